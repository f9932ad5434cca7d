//! The `check` command: everything `build` validates, plus what a build tolerates (missing
//! translations, template keys on branches no page takes, broken internal links), without
//! touching the user's output — the site is built into a temporary folder.

use std::fmt::Write as _;
use std::path::Path;

use regex::Regex;

use crate::commands::build::{self, BuildOptions, LoadedSite};
use crate::content::Texts;
use crate::error::{Diagnostic, Diagnostics};
use crate::snapshot::Snapshot;

/// Texts present per locale and family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// Locales, in config order.
    pub locales: Vec<String>,
    /// Family ids.
    pub families: Vec<String>,
    /// `cells[locale][family]` = (texts present in the locale, texts present in the default).
    pub cells: Vec<Vec<(usize, usize)>>,
}

/// What `check` found.
#[derive(Debug, Clone)]
pub struct CheckReport {
    /// Errors and warnings, sorted.
    pub diagnostics: Diagnostics,
    /// The translation coverage table (absent when the content did not load).
    pub coverage: Option<Coverage>,
    /// What the citation check covered (absent when the content did not load).
    pub citations: Option<CitationReport>,
}

/// What the citation check covered.
#[derive(Debug, Clone)]
pub struct CitationReport {
    /// The folder the RFC texts were read from.
    pub folder: std::path::PathBuf,
    /// The RFCs the content lists, and how many of them have a text there.
    pub rfcs: (usize, usize),
    /// Per family.
    pub families: Vec<crate::citations::Coverage>,
}

impl CheckReport {
    /// Whether the check fails: any error, or any warning when `strict`.
    pub fn failed(&self, strict: bool) -> bool {
        self.diagnostics.has_errors() || (strict && !self.diagnostics.0.is_empty())
    }
}

/// Checks the site at `root`, its citations against the RFC texts of its `sources/rfc/`.
pub fn check(root: &Path) -> CheckReport {
    check_with(root, None)
}

/// Checks the site at `root`, its citations against the RFC texts of `rfc_texts` (the site's
/// `sources/rfc/` when `None`).
pub fn check_with(root: &Path, rfc_texts: Option<&Path>) -> CheckReport {
    let mut diagnostics = Diagnostics::default();
    let snapshot = Snapshot::read(root);
    let loaded = match build::load(&snapshot, None, &crate::memo::Memo::off()) {
        Ok(loaded) => loaded,
        Err(d) => {
            return CheckReport {
                diagnostics: d,
                coverage: None,
                citations: None,
            };
        }
    };
    diagnostics.extend(loaded.warnings.iter().cloned());
    diagnostics.extend(template_keys(&snapshot, &loaded.locales));
    diagnostics.extend(stray_family_templates(&snapshot, &loaded));
    diagnostics.extend(missing_translations(&loaded));
    let coverage = coverage(&loaded.content, &loaded.config.locales);
    let folder = rfc_texts.map_or_else(
        || root.join(crate::citations::TEXTS_FOLDER),
        Path::to_path_buf,
    );
    let (problems, citations) = citation_report(&snapshot, &loaded, &folder);
    diagnostics.extend(problems);
    drop(loaded);
    match tempfile::tempdir() {
        Err(e) => diagnostics.push(Diagnostic::error(
            "<temp>",
            format!("cannot make a temporary folder: {e}"),
        )),
        Ok(temp) => {
            let out = temp.path().join("site");
            let options = BuildOptions {
                root: root.to_path_buf(),
                output: Some(out.clone()),
                base_url: None,
                shard: None,
                verbosity: crate::console::Verbosity::Quiet,
                interrupt: crate::interrupt::Interrupt::none(),
            };
            match build::build(&options) {
                Ok(_) => {
                    let base = crate::config::Config::load(&snapshot, None)
                        .map(|c| c.value.base_url.path)
                        .unwrap_or_else(|_| "/".into());
                    diagnostics.extend(crate::links::check(&out, &base));
                }
                Err(d) => diagnostics.extend(d.0.into_iter().filter(Diagnostic::is_error)),
            }
        }
    }
    diagnostics.sort();
    CheckReport {
        diagnostics,
        coverage: Some(coverage),
        citations: Some(citations),
    }
}

/// The citations of the content checked against the RFC texts of `folder`.
fn citation_report(
    snapshot: &Snapshot,
    loaded: &LoadedSite,
    folder: &Path,
) -> (Vec<Diagnostic>, CitationReport) {
    let (texts, mut problems) = crate::citations::Texts::read(folder);
    let references = (snapshot.folder("content").files.iter())
        .find(|f| f.rel == crate::content::REFERENCES_FILE)
        .map(|f| String::from_utf8_lossy(crate::text::without_bom(&f.bytes)).into_owned())
        .unwrap_or_default();
    let shown = Path::new("content").join(crate::content::REFERENCES_FILE);
    let (found, families) = crate::citations::check(&loaded.content, &texts, &shown, &references);
    problems.extend(found);
    let rfcs = &loaded.content.rfcs;
    let with_text = rfcs.keys().filter(|n| texts.rfcs.contains_key(n)).count();
    let report = CitationReport {
        folder: folder.to_path_buf(),
        rfcs: (rfcs.len(), with_text),
        families,
    };
    (problems, report)
}

impl std::fmt::Display for CitationReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (listed, with_text) = self.rfcs;
        writeln!(
            f,
            "citations: {with_text} of the {listed} RFCs in content/references.yaml have their text in {}",
            self.folder.display()
        )?;
        writeln!(
            f,
            "{:<18} {:>28} {:>30}",
            "family", "sections cited: listed, in text", "quotes: found in the RFC text"
        )?;
        for c in &self.families {
            let sections = format!(
                "{}: {}, {}",
                c.sections, c.sections_listed, c.sections_in_text
            );
            let quotes = format!("{} of {}", c.quotes_in_text, c.quotes);
            writeln!(f, "{:<18} {sections:>28} {quotes:>30}", c.family)?;
        }
        Ok(())
    }
}

/// Messages and code texts the other locales lack (they are shown in the default locale).
fn missing_translations(loaded: &LoadedSite) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let default = &loaded.config.default_locale;
    let others = || loaded.config.locales.iter().filter(|l| *l != default);
    for lang in others() {
        let missing = loaded.locales.missing(lang);
        if !missing.is_empty() {
            diagnostics.push(
                Diagnostic::warning(
                    format!("locales/{lang}"),
                    format!(
                        "{} message(s) missing, shown in {default}: {}",
                        missing.len(),
                        missing.join(", ")
                    ),
                )
                .hint(format!("translate them in locales/{lang}/*.ftl")),
            );
        }
    }
    for code in loaded.content.families.iter().flat_map(|fc| &fc.codes) {
        for lang in others() {
            let missing: Vec<&str> = Texts::FIELDS
                .iter()
                .filter(|f| code.texts.get(default).and_then(|t| t.get(f)).is_some())
                .filter(|f| code.texts.get(lang).and_then(|t| t.get(f)).is_none())
                .copied()
                .collect();
            if !missing.is_empty() {
                diagnostics.push(
                    Diagnostic::warning(
                        &code.source,
                        format!("no `{lang}` text for: {}", missing.join(", ")),
                    )
                    .hint(format!("these are shown in {default} on the {lang} pages")),
                );
            }
        }
    }
    diagnostics
}

/// Literal `t(key="…")` calls and `msg["…"]` lookups naming a message the default locale lacks,
/// and `msg["…"]` lookups of messages that take arguments (only `t()` can pass them).
fn template_keys(snapshot: &Snapshot, locales: &crate::locales::Locales) -> Vec<Diagnostic> {
    let call = Regex::new(r#"\bt\(\s*key\s*=\s*"([^"]+)"|\bmsg\[\s*"([^"]+)"\s*\]"#)
        .unwrap_or_else(|_| unreachable!());
    let default = locales.default_locale();
    let (files, _) = snapshot.layered("templates");
    let mut problems = Vec::new();
    for file in files {
        let Ok(text) = crate::text::decode(&file.bytes) else {
            continue;
        };
        for caps in call.captures_iter(text) {
            // Group 1 is a `t()` key, group 2 a `msg[…]` key.
            let Some(m) = caps.get(1).or_else(|| caps.get(2)) else {
                continue;
            };
            let key = m.as_str();
            let problem = if !locales.has(default, key) {
                Some((
                    format!("template asks for message `{key}`, which no locale defines"),
                    format!("add it to locales/{default}/*.ftl or fix the key"),
                ))
            } else if caps.get(2).is_some()
                && !locales.fixed(default).is_some_and(|f| f.contains_key(key))
            {
                Some((
                    format!("message `{key}` takes arguments, so `msg[…]` cannot show it"),
                    format!("call t(key=\"{key}\", name=value, …) with its arguments"),
                ))
            } else {
                None
            };
            if let Some((message, hint)) = problem {
                problems.push(
                    Diagnostic::error(file.display_path(snapshot.root(), "templates"), message)
                        .at_offset(text, m.start())
                        .hint(hint),
                );
            }
        }
    }
    problems
}

/// Family page templates (`templates/<dir>/code.html` and the like) whose folder names no
/// family: no page uses them.
fn stray_family_templates(snapshot: &Snapshot, loaded: &LoadedSite) -> Vec<Diagnostic> {
    let (files, _) = snapshot.layered("templates");
    let families = &loaded.content.families;
    files
        .iter()
        .filter_map(|file| {
            let (dir, name) = file.rel.split_once('/')?;
            let stray = crate::templates::FAMILY_PAGES.contains(&name)
                && !families.iter().any(|fc| fc.family.id == dir);
            stray.then(|| {
                Diagnostic::warning(
                    file.display_path(snapshot.root(), "templates"),
                    format!("no family `{dir}`, so no page uses this template"),
                )
                .hint("name the folder after a family id (the folder under content/)")
            })
        })
        .collect()
}

/// Counts texts per locale and family against the default locale.
pub fn coverage(content: &crate::content::Content, locales: &[String]) -> Coverage {
    let default = locales.first().cloned().unwrap_or_default();
    let cells = locales
        .iter()
        .map(|lang| {
            content
                .families
                .iter()
                .map(|fc| {
                    let mut present = 0;
                    let mut total = 0;
                    for code in &fc.codes {
                        for field in Texts::FIELDS {
                            if code
                                .texts
                                .get(&default)
                                .and_then(|t| t.get(field))
                                .is_some()
                            {
                                total += 1;
                                if code.texts.get(lang).and_then(|t| t.get(field)).is_some() {
                                    present += 1;
                                }
                            }
                        }
                    }
                    (present, total)
                })
                .collect()
        })
        .collect();
    Coverage {
        locales: locales.to_vec(),
        families: content
            .families
            .iter()
            .map(|f| f.family.id.clone())
            .collect(),
        cells,
    }
}

impl std::fmt::Display for Coverage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let width = self
            .families
            .iter()
            .map(String::len)
            .max()
            .unwrap_or(6)
            .max(18);
        let mut line = format!("{:<8}", "locale");
        for fam in &self.families {
            let _ = write!(line, "  {fam:>width$}");
        }
        writeln!(
            f,
            "translation coverage (texts present / texts in the default locale)"
        )?;
        writeln!(f, "{}", line.trim_end())?;
        for (lang, row) in self.locales.iter().zip(&self.cells) {
            let mut line = format!("{lang:<8}");
            for &(present, total) in row {
                let percent = if total == 0 {
                    100.0
                } else {
                    present as f64 * 100.0 / total as f64
                };
                let cell = format!("{present}/{total} {percent:5.1}%");
                let _ = write!(line, "  {cell:>width$}");
            }
            writeln!(f, "{}", line.trim_end())?;
        }
        Ok(())
    }
}
