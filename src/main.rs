//! The `codeatlas` command line: parses arguments, calls the library, prints the diagnostics and
//! a one-line summary, and sets the exit code (0 success, 1 user error, 2 usage error).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Builds a static reference site of reply codes from YAML, Fluent and Tera.
#[derive(Debug, Parser)]
#[command(name = "codeatlas", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into the output folder.
    Build {
        /// The site folder (holding content/, templates/, locales/, static/, site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: ROOT/public].
        #[arg(long)]
        output: Option<PathBuf>,
        /// The address the site is published at (overrides base_url in site.yaml).
        #[arg(long)]
        base_url: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
        } => {
            let options = codeatlas::BuildOptions {
                root,
                output,
                base_url,
            };
            match codeatlas::build(&options) {
                Ok(summary) => {
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
    }
}
