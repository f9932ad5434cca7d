//! Page fingerprints: a hash of everything a page is made from. A page whose fingerprint is the
//! one recorded at the last build, and whose file is still there, is not rendered again — so a
//! no-op rebuild renders nothing, and editing one code re-renders only the pages that show it.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use rayon::prelude::*;
use twox_hash::XxHash64;

/// The hasher of fingerprints: XXH64 with seed 0, the same on every machine and every build
/// (std's `DefaultHasher` may change between Rust releases), and fast on long inputs.
type DefaultHasher = XxHash64;

/// A hash map keyed by output paths, hashed the same way.
pub type PathMap<V> = HashMap<String, V, BuildHasherDefault<XxHash64>>;

use crate::context::RenderCache;
use crate::site::{Page, PageKind, Site};

/// Fingerprints of every input, computed once per build.
#[derive(Debug)]
pub struct Fingerprints {
    global: u64,
    /// [locale][family][code]: the code's view (everything its page shows of it).
    views: Vec<Vec<Vec<u64>>>,
    /// [locale][family]: ids, titles, classes and relations of all codes (code pages list them).
    titles: Vec<Vec<u64>>,
    /// [family]: ids and relations, locale-free (comparison pages and redirects use them).
    structure: Vec<u64>,
}

/// Feeds serialized bytes straight into a hasher (no intermediate string).
struct HashWriter(DefaultHasher);

impl std::io::Write for HashWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.write(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The hash of a value's JSON serialization: everything a template can see of it.
fn hash_serialized(value: &impl serde::Serialize) -> u64 {
    let mut writer = HashWriter(DefaultHasher::default());
    // Serializing plain data into a writer that cannot fail does not fail.
    let _ = serde_json::to_writer(&mut writer, value);
    writer.0.finish()
}

fn hash_of(value: impl Hash) -> u64 {
    let mut h = DefaultHasher::default();
    value.hash(&mut h);
    h.finish()
}

impl Fingerprints {
    /// Computes the fingerprints. `global` covers what every page depends on: the generator
    /// build, templates, locales, config, family files.
    pub fn new(site: &Site, cache: &RenderCache, global: u64) -> Fingerprints {
        let families = &site.content.families;
        let views = (0..site.locales.len())
            .map(|l| {
                families
                    .iter()
                    .enumerate()
                    .map(|(f, fc)| {
                        (0..fc.codes.len())
                            .into_par_iter()
                            .map(|c| hash_serialized(&cache.get(l, f, c).view))
                            .collect()
                    })
                    .collect()
            })
            .collect();
        let titles = (0..site.locales.len())
            .map(|l| {
                families
                    .iter()
                    .enumerate()
                    .map(|(f, fc)| {
                        let mut h = DefaultHasher::default();
                        for (c, code) in fc.codes.iter().enumerate() {
                            let v = &cache.get(l, f, c).view;
                            (
                                &v.id,
                                &v.slug,
                                &v.title,
                                &v.url,
                                v.class.as_ref().map(|k| &k.key),
                            )
                                .hash(&mut h);
                            (&code.counterpart, &code.related).hash(&mut h);
                        }
                        h.finish()
                    })
                    .collect()
            })
            .collect();
        let structure = families
            .iter()
            .enumerate()
            .map(|(f, fc)| {
                let mut h = DefaultHasher::default();
                for code in &fc.codes {
                    (&code.id, &code.slug, &code.counterpart, &code.related).hash(&mut h);
                }
                site.pairs(f).hash(&mut h);
                h.finish()
            })
            .collect();
        Fingerprints {
            global,
            views,
            titles,
            structure,
        }
    }

    /// The fingerprint of the sitemap: every page's path in every locale.
    pub fn sitemap(&self) -> u64 {
        hash_of((self.global, "sitemap", &self.structure))
    }

    /// The fingerprint of a locale's search index: every code's view.
    pub fn search_index(&self, locale: usize) -> u64 {
        hash_of((self.global, "search", &self.views[locale]))
    }

    /// The fingerprint of one page.
    pub fn page(&self, output_file: &str, page: Page) -> u64 {
        let l = page.locale;
        let mut h = DefaultHasher::default();
        (self.global, output_file).hash(&mut h);
        match page.kind {
            PageKind::Home => self.titles[l].hash(&mut h),
            PageKind::Family(f) => self.views[l][f].hash(&mut h),
            PageKind::Code(f, c) => {
                (self.views[l][f][c], self.titles[l][f], self.structure[f]).hash(&mut h)
            }
            PageKind::Compare(f, a, b) => {
                (self.views[l][f][a], self.views[l][f][b], self.structure[f]).hash(&mut h)
            }
            PageKind::CompareRedirect(f, ..) | PageKind::AliasRedirect(f, ..) => {
                self.structure[f].hash(&mut h)
            }
        }
        h.finish()
    }
}

/// The fingerprints recorded at the last build: output path → fingerprint.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Manifest(pub PathMap<u64>);

impl Manifest {
    /// Parses the marker file's lines `<hex> <path>`. Other lines are ignored, and so are paths
    /// that could lead out of the output folder (absolute, `..`, `.`, empty parts, `\`): a marker
    /// edited by hand must never make a rebuild delete or check files elsewhere.
    pub fn parse(text: &str) -> Manifest {
        Manifest(
            text.lines()
                .filter_map(|line| {
                    let (hex, path) = line.split_once(' ')?;
                    let fingerprint = u64::from_str_radix(hex, 16).ok()?;
                    stays_inside(path).then(|| (path.to_string(), fingerprint))
                })
                .collect(),
        )
    }

    /// Writes the lines, sorted by path so that the file is deterministic.
    pub fn render(&self) -> String {
        let mut entries: Vec<_> = self.0.iter().collect();
        entries.sort();
        let mut out = String::with_capacity(entries.len() * 48);
        for (path, fp) in entries {
            out.push_str(&format!("{fp:016x} {path}\n"));
        }
        out
    }
}

/// Whether a relative path from the marker names a file inside the output folder: plain `/`
/// separated names, none of them empty, `.` or `..`, and no `\`.
fn stays_inside(path: &str) -> bool {
    !path.contains('\\')
        && path
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

/// Combines the hashes of every site-wide input into one.
pub fn global(parts: &[u64]) -> u64 {
    hash_of((env!("CODEATLAS_BUILD_ID"), parts))
}

/// Hashes any value (used for the site-wide inputs).
pub fn of(value: impl Hash) -> u64 {
    hash_of(value)
}

/// A hash of everything a build reads: every file below `content/`, `templates/`, `locales/`
/// and `static/` (the same files the loaders read), `site.yaml`, the `--base-url` override and
/// the generator build (which covers the embedded defaults). When it equals the hash recorded by
/// the last build, the site would be rebuilt byte for byte the same. `None` when a file cannot
/// be read: the full build then reports it.
pub fn site_inputs(root: &std::path::Path, base_url: Option<&str>) -> Option<u64> {
    let mut h = DefaultHasher::default();
    (env!("CODEATLAS_BUILD_ID"), base_url).hash(&mut h);
    for folder in ["content", "templates", "locales", "static"] {
        let mut problems = Vec::new();
        let files = crate::sources::site_files(root, folder, &mut problems);
        if !problems.is_empty() {
            return None;
        }
        (folder, files.len()).hash(&mut h);
        for file in &files {
            (&file.rel, &file.bytes).hash(&mut h);
        }
    }
    match std::fs::read(root.join(crate::config::CONFIG_FILE)) {
        Ok(bytes) => Some(bytes).hash(&mut h),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => None::<Vec<u8>>.hash(&mut h),
        Err(_) => return None,
    }
    Some(h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_round_trips_and_ignores_other_lines() {
        let mut m = Manifest::default();
        m.0.insert("smtp/552/index.html".into(), 0xabc);
        m.0.insert("index.html".into(), 1);
        let text = format!("This folder is written by codeatlas.\n{}", m.render());
        assert_eq!(Manifest::parse(&text), m);
        assert!(m.render().starts_with("0000000000000001 index.html\n"));
    }

    #[test]
    fn manifest_ignores_paths_that_leave_the_output_folder() {
        let text = "0000000000000001 ../outside.txt\n0000000000000001 /etc/passwd\n\
                    0000000000000001 a/../../b\n0000000000000001 a//b\n0000000000000001 ./a\n\
                    0000000000000001 a\\..\\b\n0000000000000001 smtp/552/index.html\n";
        let m = Manifest::parse(text);
        assert_eq!(m.0.keys().collect::<Vec<_>>(), vec!["smtp/552/index.html"]);
    }
}
