//! The `build` command: load config, locales, content and templates (reporting every error at
//! once), compute the page graph and render cache, render every page in parallel into a staged
//! output, and commit it only when everything succeeded.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::config::Config;
use crate::console::{Console, Verbosity};
use crate::error::{Diagnostic, Diagnostics, LoadResult};
use crate::fingerprint::Fingerprints;
use crate::interrupt::{Interrupt, pause_point};
use crate::locales::Locales;
use crate::memo::Memo;
use crate::output::{Current, Found, Output, Recorded, Repair, WriteStats};
use crate::render::Renderer;
use crate::render_cache::RenderCache;
use crate::site::{Page, Site};
use crate::snapshot::Snapshot;
use crate::templates::Templates;

/// What to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site folder (content/, templates/, locales/, static/, site.yaml).
    pub root: PathBuf,
    /// Where to write; `ROOT/public` when `None`.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` of site.yaml.
    pub base_url: Option<String>,
    /// Build only shard `index` of `count` (1-based): a deterministic share of the pages, the
    /// site-wide files in shard 1. Shards go to separate folders that are merged afterwards.
    pub shard: Option<Shard>,
    /// How much to print while building.
    pub verbosity: Verbosity,
    /// Set by Ctrl-C or SIGTERM: the build stops between two pages and cleans up.
    pub interrupt: Interrupt,
}

/// One of `count` deterministic parts of a site's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// 1-based.
    pub index: usize,
    /// How many shards.
    pub count: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;

    /// Parses `I/N` with 1 ≤ I ≤ N.
    fn from_str(s: &str) -> Result<Shard, String> {
        let (i, n) = s
            .split_once('/')
            .ok_or_else(|| format!("`{s}` is not of the form I/N, e.g. 2/4"))?;
        let index: usize = i
            .trim()
            .parse()
            .map_err(|_| format!("`{i}` is not a number"))?;
        let count: usize = n
            .trim()
            .parse()
            .map_err(|_| format!("`{n}` is not a number"))?;
        if count == 0 || index == 0 || index > count {
            return Err(format!("shard {index}/{count}: I must be between 1 and N"));
        }
        Ok(Shard { index, count })
    }
}

impl Shard {
    /// Whether the `n`-th page (in the site's fixed page order) belongs to this shard.
    pub fn has(self, n: usize) -> bool {
        n % self.count == self.index - 1
    }
}

/// What a successful build did.
#[derive(Debug, Clone)]
pub struct BuildSummary {
    /// HTML pages rendered (redirect pages included).
    pub pages: usize,
    /// Files written, unchanged and removed.
    pub stats: WriteStats,
    /// Why this build checked every file it would otherwise have trusted, if it did.
    pub repair: Option<Repair>,
    /// Wall time.
    pub elapsed: Duration,
    /// Warnings (the build succeeded despite them).
    pub warnings: Vec<Diagnostic>,
    /// The output folder.
    pub output: PathBuf,
}

/// Everything loaded from the site folder, before any page is rendered.
pub struct LoadedSite {
    /// The config.
    pub config: Config,
    /// The messages.
    pub locales: Arc<Locales>,
    /// The content.
    pub content: crate::content::Content,
    /// The templates.
    pub templates: Templates,
    /// Warnings found while loading.
    pub warnings: Vec<Diagnostic>,
}

/// Loads config, locales, content and templates from the snapshot, collecting every problem of
/// all of them. Templates are parsed even when the locales fail to load. When anything fails,
/// the Markdown of the code texts (checked otherwise while the pages are prepared) is checked
/// too, against the content as far as it loaded, so that a broken internal link is reported in
/// the same run as a broken file elsewhere.
///
/// Code files that this build of codeatlas parsed before are taken from `memo` (see
/// `crate::memo`; `Memo::off()` parses every file); the result is the same.
pub fn load(
    snapshot: &Snapshot,
    base_url: Option<&str>,
    memo: &Memo,
) -> Result<LoadedSite, Diagnostics> {
    let config = Config::load(snapshot, base_url)?;
    let mut problems = Diagnostics(config.warnings);
    let config = config.value;
    // The templates are parsed while the messages and the content load.
    let ((locales, (content, content_problems)), parsed) = rayon::join(
        || {
            rayon::join(
                || Locales::load(snapshot, &config),
                || crate::content::load_partial_with(snapshot, &config.locales, memo),
            )
        },
        || Templates::parse(snapshot, config.base_url.clone()),
    );
    let mut locales = keep(&mut problems, locales);
    let content_failed = content_problems.iter().any(Diagnostic::is_error);
    problems.extend(content_problems);
    if let Some(locales) = locales.as_mut() {
        share_wording(locales, &content);
    }
    let locales = locales.map(Arc::new);
    let families: Vec<&str> = content
        .families
        .iter()
        .map(|f| f.family.id.as_str())
        .collect();
    let templates = match &locales {
        Some(locales) => {
            let templates = Templates::from_parsed(parsed, locales, &families);
            keep(&mut problems, templates)
        }
        None => {
            let base_url = config.base_url.clone();
            problems.extend(Templates::syntax_problems(snapshot, base_url));
            None
        }
    };
    match (locales, templates) {
        (Some(locales), Some(templates)) if !content_failed => Ok(LoadedSite {
            config,
            locales,
            content,
            templates,
            warnings: problems.0,
        }),
        _ => {
            let site = Site::new(&content, &config.locales);
            problems.extend(crate::render_cache::text_problems(&site));
            problems.sort();
            Err(problems)
        }
    }
}

/// Makes each family that names another in `wording-from` use that family's wording where it has
/// none of its own.
pub fn share_wording(locales: &mut Locales, content: &crate::content::Content) {
    for f in &content.families {
        if let Some(from) = &f.family.wording_from {
            locales.inherit_wording(&f.family.id, from);
        }
    }
}

/// A loader's value, its problems (warnings, or errors and warnings) added to `problems`.
fn keep<T>(problems: &mut Diagnostics, result: LoadResult<T>) -> Option<T> {
    match result {
        Ok(loaded) => {
            problems.extend(loaded.warnings);
            Some(loaded.value)
        }
        Err(all) => {
            problems.extend(all.0);
            None
        }
    }
}

/// Messages the views and pages needed but no locale (not even the default) could format: those
/// of the render cache and `pages` (those of the pages rendered).
pub fn message_problems(
    locales: &Locales,
    cache: &RenderCache,
    pages: BTreeSet<String>,
) -> Vec<Diagnostic> {
    let mut unformatted = cache.message_problems().clone();
    unformatted.extend(pages);
    unformatted
        .into_iter()
        .map(|problem| {
            Diagnostic::error(format!("locales/{}", locales.default_locale()), problem)
                .hint("add the message to the default locale's .ftl files (every other locale falls back to it)")
        })
        .collect()
}

/// Builds the site. On any error (or an interruption) the previous output is left exactly as it
/// was; a build killed while it moves files into place leaves a journal that the next build
/// repairs from (see the `output` module). The parse cache for the next build is written only by
/// a rebuild: a fresh output (as CI builds and publishes) gets none, and the first rebuild into
/// it writes it; later ones once more than a few entries are out of date.
pub fn build(options: &BuildOptions) -> Result<BuildSummary, Diagnostics> {
    run(options, Ending::Free)
}

/// [`build`] in a process that ends right after it (the command line): the site's model,
/// templates and caches are left to the end of the process rather than freed value by value.
pub fn build_and_exit(options: &BuildOptions) -> Result<BuildSummary, Diagnostics> {
    run(options, Ending::Exit)
}

/// What becomes of a build's values when it is done.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// Freed (a library call, the server's rebuilds).
    Free,
    /// Left to the end of the process.
    Exit,
}

fn run(options: &BuildOptions, ending: Ending) -> Result<BuildSummary, Diagnostics> {
    let started = Instant::now();
    let console = Console::new(options.verbosity);
    let out_dir = options.output_dir();
    let Begun {
        snapshot,
        inputs,
        shared,
        early,
        found,
    } = begin(options, &out_dir);
    if let Some(summary) = unchanged_since_last_build(&found, &out_dir, inputs, started) {
        console.phase("inputs unchanged since the last build, every file in place");
        return Ok(summary);
    }
    stop_if_interrupted(options, &out_dir)?;
    let (loaded, memo) = early.unwrap_or_else(|| load_with_memo(&snapshot, options, &out_dir));
    let loaded = loaded?;
    console.phase("loaded config, locales, content and templates");
    pause_point("loaded");
    stop_if_interrupted(options, &out_dir)?;
    let site = Site::new(&loaded.content, &loaded.config.locales);
    // What the last build recorded in the output is parsed meanwhile (nothing is written before
    // the site has loaded).
    let (prepared, claimed) =
        rayon::join(|| prepare_render_cache(&site, &loaded), || found.claim());
    let (cache, warnings) = prepared?;
    console.phase("prepared every code's data (its Markdown is rendered when a page shows it)");
    let mut output = claimed
        .and_then(|claimed| Output::prepare_claimed(claimed, &out_dir, options.shard.is_some()))
        .map_err(|d| Diagnostics(vec![d]))?;
    output.set_shared(shared);
    let renderer = Renderer {
        site: &site,
        cache: &cache,
        templates: &loaded.templates,
        locales: &loaded.locales,
        config: &loaded.config,
    };
    let fingerprints = Fingerprints::new(&site, &cache, global_fingerprint(&loaded));
    let pages = pages_of_shard(&site, options.shard);
    console.phase("computed page fingerprints");
    let rendering = Rendering {
        renderer: &renderer,
        fingerprints: &fingerprints,
        output,
        pages: pages.len(),
    };
    let rendered = rendering.render_pages(&pages, options, &snapshot, &console, inputs);
    pause_point("rendered");
    let (stats, repair) = rendering.commit_keeping(options, rendered, &warnings, &memo)?;
    console.phase("moved the changed files into place");
    if ending == Ending::Exit {
        // Freeing the model, templates and caches value by value costs a rebuild about 4 ms;
        // the process ends next and the system takes its memory back at once.
        std::mem::forget((fingerprints, cache, site));
        std::mem::forget((loaded, memo, snapshot));
    }
    let mut warnings = Diagnostics(warnings);
    warnings.sort();
    Ok(BuildSummary {
        pages: pages.len(),
        stats,
        repair,
        elapsed: started.elapsed(),
        warnings: warnings.0,
        output: out_dir,
    })
}

/// What a build reads before it knows whether it has anything to do.
struct Begun {
    /// Every input file.
    snapshot: Snapshot,
    /// Their hash (`None` for a shard, which never records it, or when a file could not be read).
    inputs: Option<u64>,
    /// The hash of those every page is made from (see [`shared_inputs_hash`]).
    shared: Option<u64>,
    /// The site, loaded unless the marker's record said the build may have nothing to do.
    early: Option<(Result<LoadedSite, Diagnostics>, Memo)>,
    /// What the output folder holds.
    found: Found,
}

/// Reads every input file once (hashed for the fast path, then loaded, at once unless the
/// marker's record says the build may have nothing to do) while what the output folder holds
/// is read, once for the fast path and the build, and every file its marker lists looked for.
fn begin(options: &BuildOptions, out_dir: &Path) -> Begun {
    // Raised when what every page is made from changed: every page is made again, so the
    // output's files need not be looked for.
    let every_page = AtomicBool::new(false);
    let ((snapshot, inputs, shared, early), found) = rayon::join(
        || {
            let snapshot = Snapshot::read(&options.root);
            let base_url = options.base_url.as_deref();
            // A shard never records its inputs (it is only part of a site), so never needs them.
            let (inputs, shared) = match options.shard {
                None => (
                    snapshot.inputs_hash(base_url),
                    shared_inputs_hash(&snapshot, base_url),
                ),
                Some(_) => (None, None),
            };
            let (recorded, recorded_shared) = crate::output::recorded_hashes(out_dir);
            if recorded_shared.is_some() && shared != recorded_shared {
                every_page.store(true, Ordering::Relaxed);
            }
            let maybe_unchanged = inputs.is_some() && inputs == recorded;
            let early = (!maybe_unchanged).then(|| load_with_memo(&snapshot, options, out_dir));
            (snapshot, inputs, shared, early)
        },
        || Output::find_unless(&options.root, out_dir, &every_page),
    );
    Begun {
        snapshot,
        inputs,
        shared,
        early,
        found,
    }
}

/// The hash of the inputs every page is made from: templates, messages, `site.yaml` (with the
/// `--base-url` override), the family files and the references, and the generator build. It
/// covers what the pages' common fingerprint does (see `global_fingerprint`), so when it is
/// unchanged that fingerprint usually is too; either way it only decides whether the output's
/// files are looked for before the pages are compared.
fn shared_inputs_hash(snapshot: &Snapshot, base_url: Option<&str>) -> Option<u64> {
    use crate::content::{REFERENCES_FILE, family::FAMILY_FILE};
    snapshot.hash_of(base_url, |folder, rel| match folder {
        "templates" | "locales" => true,
        // As the content loader finds them: `references.yaml`, `<family>/_family.yaml`.
        "content" => {
            rel == REFERENCES_FILE || rel.split_once('/').is_some_and(|(_, f)| f == FAMILY_FILE)
        }
        _ => false,
    })
}

/// The site loaded from `snapshot`, with the parse cache of the output folder `out_dir` that it
/// was loaded with (a shard, only part of a site, keeps none).
fn load_with_memo(
    snapshot: &Snapshot,
    options: &BuildOptions,
    out_dir: &Path,
) -> (Result<LoadedSite, Diagnostics>, Memo) {
    let memo = match options.shard {
        None => Memo::from_file(crate::output::read_memo(out_dir)),
        Some(_) => Memo::off(),
    };
    (load(snapshot, options.base_url.as_deref(), &memo), memo)
}

impl BuildOptions {
    /// Where the build writes: `--output`, or `ROOT/public`.
    pub fn output_dir(&self) -> PathBuf {
        self.output
            .clone()
            .unwrap_or_else(|| self.root.join("public"))
    }
}

/// The summary of a build that has nothing to do: nothing changed since the last complete build
/// and every file is still in place, so nothing is loaded, rendered or written.
fn unchanged_since_last_build(
    found: &Found,
    out_dir: &Path,
    inputs: Option<u64>,
    started: Instant,
) -> Option<BuildSummary> {
    let (pages, files) = found.up_to_date(inputs?)?;
    Some(BuildSummary {
        pages,
        stats: WriteStats {
            written: 0,
            unchanged: files,
            removed: 0,
        },
        repair: None,
        elapsed: started.elapsed(),
        warnings: Vec::new(),
        output: out_dir.to_path_buf(),
    })
}

/// The error of a build stopped by Ctrl-C or SIGTERM before its commit began.
fn stop_if_interrupted(options: &BuildOptions, out_dir: &Path) -> Result<(), Diagnostics> {
    match options.interrupt.signal() {
        None => Ok(()),
        Some(signal) => Err(Diagnostics(vec![Diagnostic::error(
            out_dir,
            format!(
                "the build was interrupted (signal {signal}); the output folder was left as it was"
            ),
        )])),
    }
}

/// Each (locale, code) as template data, with the warnings of loading and of the cache; every
/// problem at once if any is an error.
fn prepare_render_cache(
    site: &Site,
    loaded: &LoadedSite,
) -> Result<(RenderCache, Vec<Diagnostic>), Diagnostics> {
    let (cache, cache_problems) = RenderCache::build(site, &loaded.locales, &loaded.config);
    let mut warnings = loaded.warnings.clone();
    if cache_problems.iter().any(Diagnostic::is_error) {
        let mut all = Diagnostics(cache_problems);
        all.extend(warnings);
        all.sort();
        return Err(all);
    }
    warnings.extend(cache_problems);
    Ok((cache, warnings))
}

/// What every page depends on: the generator build, templates, locales, config, family files and
/// the RFC list.
fn global_fingerprint(loaded: &LoadedSite) -> u64 {
    let families: Vec<_> = loaded.content.families.iter().map(|f| &f.family).collect();
    crate::hash::with_build([
        loaded.templates.fingerprint(),
        loaded.locales.fingerprint(),
        crate::hash::of(format!("{:?}", loaded.config)),
        crate::hash::of(format!("{families:?}")),
        crate::hash::of(&loaded.content.rfcs),
    ])
}

/// The pages of the site, or of one shard of it.
fn pages_of_shard(site: &Site, shard: Option<Shard>) -> Vec<Page> {
    let mut pages = site.pages();
    if let Some(shard) = shard {
        let mut n = 0;
        pages.retain(|_| {
            n += 1;
            shard.has(n - 1)
        });
    }
    pages
}

/// What became of one page.
enum PageDone {
    /// Its inputs did not change: the file stays.
    Kept(Current),
    /// Rendered and staged, with the messages it needed that could not be formatted.
    Staged(BTreeSet<String>),
    /// Not looked at: the build was interrupted.
    Skipped,
}

/// What rendering the pages gave.
struct Rendered {
    /// Every problem found.
    problems: Diagnostics,
    /// The hash of the inputs the build read (its snapshot). The pages are made from the
    /// snapshot alone, never from the files again, so the output is what those inputs give
    /// even if a file changed while the build ran: a later build whose inputs hash the same
    /// has nothing to do, and one whose files changed meanwhile hashes differently.
    inputs: Option<u64>,
}

/// A build past loading: pages are rendered and staged into the output, then committed.
struct Rendering<'a> {
    renderer: &'a Renderer<'a>,
    fingerprints: &'a Fingerprints,
    output: Output,
    /// How many pages the build renders (recorded for the fast path).
    pages: usize,
}

impl Rendering<'_> {
    /// Renders and stages every page whose inputs changed, and meanwhile the site-wide files,
    /// all in parallel (`inputs`: the hash of the inputs the build started from).
    fn render_pages(
        &self,
        pages: &[Page],
        options: &BuildOptions,
        snapshot: &Snapshot,
        console: &Console,
        inputs: Option<u64>,
    ) -> Rendered {
        let first_shard = options.shard.is_none_or(|s| s.index == 1);
        // The site-wide files are made while the pages are (the two share the cores).
        let (results, sitewide) = rayon::join(
            || self.each_page(pages, options, console),
            || {
                first_shard.then(|| {
                    crate::sitewide::write_all(
                        self.renderer,
                        self.fingerprints,
                        &self.output,
                        snapshot,
                    )
                })
            },
        );
        let mut errors = Diagnostics::default();
        let mut kept = Vec::new();
        let mut unformatted = BTreeSet::new();
        for result in results {
            match result {
                Ok(PageDone::Kept(current)) => kept.push(current),
                Ok(PageDone::Staged(problems)) => unformatted.extend(problems),
                Ok(PageDone::Skipped) => {}
                Err(d) => errors.push(*d),
            }
        }
        self.output.keep_all(kept);
        // When a page failed, the site-wide files (which share its templates) are not reported
        // on: their problems would repeat the pages'.
        if !errors.has_errors() {
            errors.extend(sitewide.into_iter().flatten());
        }
        errors.extend(message_problems(
            self.renderer.locales,
            self.renderer.cache,
            unformatted,
        ));
        console.phase("rendered and staged the pages, sitemap, search index, 404 page");
        Rendered {
            problems: errors,
            inputs,
        }
    }

    /// Keeps or renders every page, in parallel (with a progress line); after Ctrl-C the
    /// remaining pages are skipped. Kept pages are recorded together afterwards, so that they
    /// cost no lock.
    fn each_page(
        &self,
        pages: &[Page],
        options: &BuildOptions,
        console: &Console,
    ) -> Vec<Result<PageDone, Box<Diagnostic>>> {
        let out_dir = options.output_dir();
        let done = AtomicUsize::new(0);
        // A problem is boxed: one result per page, and nearly all of them are kept pages.
        console.with_progress("pages", pages.len(), &done, || {
            pages
                .par_iter()
                .map(|&page| {
                    done.fetch_add(1, Ordering::Relaxed);
                    self.render_page(page, options, &out_dir).map_err(Box::new)
                })
                .collect()
        })
    }

    /// Keeps one page (its inputs did not change) or renders and stages it.
    fn render_page(
        &self,
        page: Page,
        options: &BuildOptions,
        out_dir: &Path,
    ) -> Result<PageDone, Diagnostic> {
        if options.interrupt.is_raised() {
            return Ok(PageDone::Skipped);
        }
        let rel = self.renderer.site.output_file(page);
        let fingerprint = self.fingerprints.page(&rel, page);
        let rel = match self.output.current(rel, fingerprint) {
            Ok(current) => return Ok(PageDone::Kept(current)),
            Err(rel) => rel,
        };
        let rendered = self.renderer.render(page)?;
        self.output
            .write_page(&rel, &rendered.html, fingerprint)
            .map_err(|e| Diagnostic::error(out_dir, format!("cannot write {rel}: {e}")))?;
        Ok(PageDone::Staged(rendered.unformatted))
    }

    /// [`Rendering::commit`], with the parse cache for the next build (see
    /// [`Output::commit_with_cache`]).
    fn commit_keeping(
        self,
        options: &BuildOptions,
        rendered: Rendered,
        warnings: &[Diagnostic],
        memo: &Memo,
    ) -> Result<(WriteStats, Option<Repair>), Diagnostics> {
        self.commit(options, rendered, warnings, || {
            memo.worth_writing().then(|| memo.render())
        })
    }

    /// Moves the staged files into place when nothing went wrong; otherwise drops them and
    /// returns every problem.
    fn commit(
        mut self,
        options: &BuildOptions,
        rendered: Rendered,
        warnings: &[Diagnostic],
        cache: impl FnOnce() -> Option<Vec<u8>> + Send,
    ) -> Result<(WriteStats, Option<Repair>), Diagnostics> {
        let Rendered {
            mut problems,
            inputs,
        } = rendered;
        let out_dir = options.output_dir();
        if let Err(interrupted) = stop_if_interrupted(options, &out_dir) {
            problems.extend(interrupted.0);
        }
        if problems.has_errors() {
            self.output.abort();
            problems.extend(warnings.iter().cloned());
            problems.sort();
            return Err(problems);
        }
        // Recorded only for a complete build without warnings (see `Rendered::inputs`).
        let pages = self.pages;
        self.output.set_record(
            inputs
                .filter(|_| warnings.is_empty())
                .map(|inputs| Recorded { inputs, pages }),
        );
        let repair = self.output.repair();
        let stats = (self.output)
            .commit_with_cache(&options.interrupt, cache)
            .map_err(|e| {
            Diagnostics(vec![
                Diagnostic::error(&out_dir, format!("cannot move the new site into place: {e}"))
                    .hint("fix the cause and build again: a build that was cut short while moving files is finished by the next one"),
            ])
        })?;
        Ok((stats, repair))
    }
}
