//! The command line (clap derive): `build`, `check`, `new`, `serve`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Builds a static reference site of reply codes from YAML, Fluent and Tera.
#[derive(Debug, Parser)]
#[command(name = "codeatlas", version, about)]
pub struct Cli {
    /// Print nothing but errors.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print each step with its time.
    #[arg(long, short, global = true)]
    pub verbose: bool,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The site folder option shared by every command.
#[derive(Debug, Args)]
pub struct RootArg {
    /// The site folder (holding content/, templates/, locales/, static/, site.yaml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder.
    Build {
        #[command(flatten)]
        root: RootArg,
        /// Where to write the site [default: ROOT/public].
        #[arg(long)]
        output: Option<PathBuf>,
        /// The address the site is published at (overrides base_url in site.yaml).
        #[arg(long)]
        base_url: Option<String>,
        /// Build only shard I of N (e.g. 2/4): a fixed share of the pages, site-wide files in
        /// shard 1. Give each shard its own --output and merge the folders afterwards.
        #[arg(long, value_name = "I/N")]
        shard: Option<crate::commands::build::Shard>,
    },
    /// Validate everything without writing the site; print translation coverage.
    Check {
        #[command(flatten)]
        root: RootArg,
        /// Fail on warnings too (e.g. missing translations).
        #[arg(long)]
        strict: bool,
        /// The folder of RFC texts (`rfcNNNN.txt`) that citations are checked against (default:
        /// the site's sources/rfc/).
        #[arg(long, value_name = "DIR")]
        rfc_texts: Option<std::path::PathBuf>,
    },
    /// Build, serve on 127.0.0.1, rebuild on change and reload the browser.
    Serve {
        #[command(flatten)]
        root: RootArg,
        /// The port (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
    },
    /// Write a skeleton code file to fill in (never overwrites).
    New {
        #[command(flatten)]
        root: RootArg,
        /// The family folder under content/ (e.g. smtp).
        family: String,
        /// The code (e.g. 552).
        code: String,
    },
}
