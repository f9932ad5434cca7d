//! The `codeatlas` binary: parses the command line, calls the library, prints diagnostics and
//! summaries, and sets the exit code (0 success, 1 a problem in the site, 2 a usage error,
//! 128 + the signal's number for a build stopped by Ctrl-C or SIGTERM).

use std::path::Path;
use std::process::ExitCode;

/// Rendering allocates many small strings and values on two threads; mimalloc handles that
/// pattern markedly faster than the system allocator (see BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use codeatlas::cli::{Cli, Command};
use codeatlas::console::Verbosity;
use codeatlas::interrupt::Interrupt;
use codeatlas::output::{JOURNAL, Repair};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let quiet = cli.quiet;
    let verbosity = if cli.quiet {
        Verbosity::Quiet
    } else if cli.verbose {
        Verbosity::Verbose
    } else {
        Verbosity::Normal
    };
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            shard,
        } => build(codeatlas::BuildOptions {
            root: root.root,
            output,
            base_url,
            shard,
            verbosity,
            interrupt: signals(),
        }),
        Command::Check {
            root,
            strict,
            rfc_texts,
        } => check(&root.root, rfc_texts.as_deref(), strict, quiet),
        Command::Serve { root, port, open } => serve(codeatlas::commands::serve::ServeOptions {
            root: root.root,
            port,
            open,
            quiet,
            interrupt: signals(),
        }),
        Command::New { root, family, code } => new(&root.root, &family, &code, quiet),
    }
}

/// The Ctrl-C/SIGTERM flag; without it (the handlers could not be installed) a signal ends the
/// process as usual, which the output folder also survives.
fn signals() -> Interrupt {
    Interrupt::on_signals().unwrap_or_else(|err| {
        eprintln!("warning: cannot handle Ctrl-C ({err}); it will stop codeatlas at once");
        Interrupt::none()
    })
}

fn build(options: codeatlas::BuildOptions) -> ExitCode {
    let quiet = options.verbosity == Verbosity::Quiet;
    match codeatlas::build_and_exit(&options) {
        Ok(summary) => {
            if !quiet {
                print_build_summary(&summary, options.verbosity);
            }
            ExitCode::SUCCESS
        }
        Err(diagnostics) => {
            eprint!("{diagnostics}");
            let state = if output_has_journal(&options.output_dir()) {
                "the commit had begun: the next build checks the files it moved and finishes it"
            } else {
                "the output folder was left as it was"
            };
            match options.interrupt.exit_code() {
                Some(code) => {
                    eprintln!("build interrupted; {state}");
                    ExitCode::from(code)
                }
                None => {
                    eprintln!(
                        "build failed: {} error(s); {state}",
                        diagnostics.error_count()
                    );
                    ExitCode::from(1)
                }
            }
        }
    }
}

/// Whether a commit into `out` was cut short (its journal is there).
fn output_has_journal(out: &Path) -> bool {
    std::fs::symlink_metadata(out.join(JOURNAL)).is_ok()
}

fn print_build_summary(summary: &codeatlas::BuildSummary, verbosity: Verbosity) {
    for w in &summary.warnings {
        eprintln!("{w}");
    }
    match summary.repair {
        Some(Repair::InterruptedCommit) => eprintln!(
            "note: the last build into this folder was cut short while moving files into place; \
             this build checked every file it had touched and repaired them"
        ),
        Some(Repair::Restarted) if verbosity == Verbosity::Verbose => eprintln!(
            "note: first build since the machine restarted: every file was checked, not trusted"
        ),
        _ => {}
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

fn check(root: &Path, rfc_texts: Option<&Path>, strict: bool, quiet: bool) -> ExitCode {
    let report = codeatlas::commands::check::check_with(root, rfc_texts);
    for d in report
        .diagnostics
        .0
        .iter()
        .filter(|d| d.is_error() || !quiet)
    {
        eprintln!("{d}");
    }
    if let (Some(coverage), false) = (&report.coverage, quiet) {
        println!("{coverage}");
    }
    if let (Some(citations), false) = (&report.citations, quiet) {
        println!("{citations}");
    }
    let errors = report.diagnostics.error_count();
    let warnings = report.diagnostics.0.len() - errors;
    let failed = report.failed(strict);
    if !quiet || failed {
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

fn serve(options: codeatlas::commands::serve::ServeOptions) -> ExitCode {
    match codeatlas::commands::serve::serve(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
    }
}

fn new(root: &Path, family: &str, code: &str, quiet: bool) -> ExitCode {
    match codeatlas::commands::new::new_code(root, family, code) {
        Ok(path) => {
            if !quiet {
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
