//! codeatlas — a static site generator for reply-code references (SMTP and friends).
//!
//! Data flows one way; each step hands the next an immutable value:
//!
//! ```text
//! cli ─► config ─► content::load ─┐
//!                  locales::load ─┼─► site (page graph) ─► context (render cache) ─► render ─► output
//!                  templates::load┘                        compare (rules) ─┘
//! ```
//!
//! | module | its one job |
//! |---|---|
//! | `config` | the site config (`site.yaml`): base URL, locales, custom domain |
//! | `console` | what a build prints while it runs: phase times, progress |
//! | `error` | `Diagnostic` (file, line:column, message, hint) for the user's mistakes |
//! | `yaml` | reading YAML with size/UTF-8 checks and positioned errors |
//! | `sources` | the site's templates/locales/static layered over the embedded defaults |
//! | `content` | code and family YAML → typed model, validated and sorted |
//! | `locales` | Fluent bundles per locale, fallback to the default locale |
//! | `markdown` | the one pulldown-cmark setup, safe HTML |
//! | `site` | the page graph: which pages exist, their URLs and output files |
//! | `context` | the render cache: each (locale, code) as template data, once |
//! | `compare` | the rules that turn two codes into key differences and guidance |
//! | `templates` | Tera loading, the `t()` and `url()` functions |
//! | `render` | page contexts and rendering of one page |
//! | `extras` | sitemap, robots.txt, 404 page, static files and other site-wide files |
//! | `fingerprint` | what each page is made of, hashed: unchanged pages are not rendered again |
//! | `output` | the output folder guard, staging, write-only-if-changed, commit |
//! | `pipeline` | the `build` command: runs the steps, collects every error |
//! | `check` | the `check` command: build into a temp folder, links, keys, coverage |
//! | `links` | the internal link checker over a built site |
//! | `new` | the `new` command: a skeleton code file |
//! | `cli` | the command line definition (clap) |
//! | `serve` | the dev server: temp build, file watching, live reload, error overlay |

pub mod check;
pub mod cli;
pub mod compare;
pub mod config;
pub mod console;
pub mod content;
pub mod context;
pub mod error;
pub mod extras;
pub mod fingerprint;
pub mod links;
pub mod locales;
pub mod markdown;
pub mod new;
pub mod output;
pub mod pipeline;
pub mod render;
pub mod serve;
pub mod site;
pub mod sources;
pub mod templates;
pub mod yaml;

pub use error::{Diagnostic, Diagnostics};
pub use pipeline::{BuildOptions, BuildSummary, build};
