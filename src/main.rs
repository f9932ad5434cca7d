//! The `codeatlas` binary: parses the command line, calls the library, prints diagnostics and
//! summaries, and sets the exit code (0 success, 1 a problem in the site, 2 a usage error).

use std::process::ExitCode;

/// Rendering allocates many small strings and values on two threads; mimalloc handles that
/// pattern markedly faster than the system allocator (see BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use codeatlas::cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            shard,
        } => {
            let options = codeatlas::BuildOptions {
                root: root.root,
                output,
                base_url,
                shard,
                verbosity: if cli.quiet {
                    codeatlas::console::Verbosity::Quiet
                } else if cli.verbose {
                    codeatlas::console::Verbosity::Verbose
                } else {
                    codeatlas::console::Verbosity::Normal
                },
            };
            match codeatlas::build(&options) {
                Ok(summary) => {
                    if !cli.quiet {
                        for w in &summary.warnings {
                            eprintln!("{w}");
                        }
                        println!(
                            "built {} pages into {} in {:.2} s ({} files written, {} unchanged, {} removed)",
                            summary.pages,
                            summary.output.display(),
                            summary.elapsed.as_secs_f64(),
                            summary.stats.written,
                            summary.stats.unchanged,
                            summary.stats.removed
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(diagnostics) => {
                    eprint!("{diagnostics}");
                    eprintln!(
                        "build failed: {} error(s); the output folder was left as it was",
                        diagnostics.error_count()
                    );
                    ExitCode::from(1)
                }
            }
        }
        Command::Check { root, strict } => {
            let report = codeatlas::commands::check::check(&root.root);
            let shown: Vec<_> = report
                .diagnostics
                .0
                .iter()
                .filter(|d| d.is_error() || !cli.quiet)
                .collect();
            for d in shown {
                eprintln!("{d}");
            }
            if let (Some(coverage), false) = (&report.coverage, cli.quiet) {
                println!("{coverage}");
            }
            let errors = report.diagnostics.error_count();
            let warnings = report.diagnostics.0.len() - errors;
            let failed = report.failed(strict);
            if !cli.quiet || failed {
                println!(
                    "check {}: {errors} error(s), {warnings} warning(s){}",
                    if failed { "failed" } else { "passed" },
                    if strict { " (strict)" } else { "" }
                );
            }
            if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Serve { root, port, open } => {
            let options = codeatlas::commands::serve::ServeOptions {
                root: root.root,
                port,
                open,
                quiet: cli.quiet,
            };
            match codeatlas::commands::serve::serve(options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(message) => {
                    eprintln!("error: {message}");
                    ExitCode::from(1)
                }
            }
        }
        Command::New { root, family, code } => {
            match codeatlas::commands::new::new_code(&root.root, &family, &code) {
                Ok(path) => {
                    if !cli.quiet {
                        println!("wrote {}", path.display());
                    }
                    ExitCode::SUCCESS
                }
                Err(d) => {
                    eprint!("{d}");
                    ExitCode::from(1)
                }
            }
        }
    }
}
