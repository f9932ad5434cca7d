//! codeatlas — a static site generator for reply-code references (SMTP and friends).
//!
//! Data flows one way; each step hands the next an immutable value:
//!
//! ```text
//! cli ─► snapshot ─► config ─► content::load ─┐
//!                               locales::load ─┼─► site (page graph) ─► render_cache ─► compare (rules) ─► render ─► output
//!                               templates::load┘
//! ```
//!
//! The commands (`commands::{build, serve, check, new}`) drive those stages; no stage calls a
//! command, no two modules import each other (directly or around a circle), and the leaf modules
//! (`error`, `hash`, `slug`, `text`, `interrupt`, `console`, `markdown`) use nothing of the crate
//! but `error` and `text`. `tests/it/architecture.rs` checks all three.
//!
//! | module | its one job |
//! |---|---|
//! | `commands` | the `build`, `serve`, `check` and `new` commands |
//! | `cli` | the command line definition (clap) |
//! | `config` | the site config (`site.yaml`): base URL, locales, custom domain |
//! | `console` | what a build prints while it runs: phase times, progress |
//! | `error` | `Diagnostic` (file, line:column, message, hint) for the user's mistakes |
//! | `hash` | the one hash function (XXH64) and hash-keyed maps |
//! | `interrupt` | the Ctrl-C/SIGTERM flag that long steps poll |
//! | `slug` | path segments: the rule slugs pass, the `-vs-` separator, path concatenation |
//! | `text` | bytes to text: UTF-8, a leading byte order mark dropped |
//! | `yaml` | reading YAML with size/UTF-8 checks and positioned errors |
//! | `snapshot` | every input file of a site, read once: hashed for the fast path, handed to the loaders |
//! | `sources` | the site's templates/locales/static layered over the embedded defaults |
//! | `content` | code and family YAML → typed model, validated and sorted |
//! | `locales` | Fluent bundles per locale, a family's own wording, fallback to the default locale |
//! | `markdown` | the one pulldown-cmark setup, safe HTML |
//! | `memo` | parse results kept between builds, keyed by the hash of their input |
//! | `site` | the page graph: which pages exist, their URLs and output files |
//! | `render_cache` | each (locale, code) as template data, made once |
//! | `compare` | the rules that turn two codes into key differences and guidance |
//! | `templates` | Tera loading (per locale, per family that rewords messages), `t()` and `url()` |
//! | `render` | page contexts and rendering of one page |
//! | `lookup` | the lookup index per locale: codes, aliases, outcomes and pairs for search, decode and 404 |
//! | `decode_words` | what the decode page says of each family: report fields, what to paste, examples |
//! | `sitewide` | sitemap, robots.txt, 404 page, static files, and where the lookup index goes |
//! | `fingerprint` | what each page is made of, hashed: unchanged pages are not rendered again |
//! | `output` | the output folder: guard, marker, staging, crash-safe commit |
//! | `links` | the internal link checker over a built site |
//! | `citations` | `check` only: cited sections and quotes against the RFC texts |

pub mod citations;
pub mod cli;
pub mod commands;
pub mod compare;
pub mod config;
pub mod console;
pub mod content;
pub mod decode_words;
pub mod error;
pub mod fingerprint;
pub mod hash;
pub mod interrupt;
pub mod links;
pub mod locales;
pub mod lookup;
pub mod markdown;
pub mod memo;
pub mod output;
pub mod render;
pub mod render_cache;
pub mod site;
pub mod sitewide;
pub mod slug;
pub mod snapshot;
pub mod sources;
pub mod templates;
pub mod text;
pub mod yaml;

pub use commands::build::{BuildOptions, BuildSummary, build, build_and_exit};
pub use error::{Diagnostic, Diagnostics};
