//! The site's own `templates/`, `locales/` and `static/` files layered over the defaults that
//! build.rs embedded in the binary: a site file overrides the embedded file with the same path.
//! The site's files are read by [`site_files`], once per build (see `snapshot`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::error::Diagnostic;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// Where a layered file came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Built into the binary (relative path shown in messages).
    Embedded,
    /// The site's own file on disk.
    Site(PathBuf),
}

/// One file of a layered folder.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the folder, with `/` separators (e.g. `en/main.ftl`).
    pub rel: String,
    /// Where the bytes came from.
    pub origin: Origin,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

impl SourceFile {
    /// The path to show in messages: the site file, or `<embedded>/templates/base.html`.
    pub fn display_path(&self, root: &Path, folder: &str) -> PathBuf {
        match &self.origin {
            Origin::Site(path) => crate::error::display_path(root, path),
            Origin::Embedded => PathBuf::from(format!("<embedded>/{folder}/{}", self.rel)),
        }
    }
}

/// The site's own files of `folder` (see [`site_files`]) over the embedded defaults of the same
/// folder, sorted by relative path.
pub fn layered(folder: &str, site: &[SourceFile]) -> Vec<SourceFile> {
    let mut files: BTreeMap<String, SourceFile> = BTreeMap::new();
    let prefix = format!("{folder}/");
    for (path, bytes) in EMBEDDED_FILES {
        if let Some(rel) = path.strip_prefix(&prefix) {
            files.insert(
                rel.to_string(),
                SourceFile {
                    rel: rel.to_string(),
                    origin: Origin::Embedded,
                    bytes: bytes.to_vec(),
                },
            );
        }
    }
    for file in site {
        files.insert(file.rel.clone(), file.clone());
    }
    files.into_values().collect()
}

/// Every embedded file of `folder`, then every site file of it, both kept even where their paths
/// are the same: for Fluent files, whose messages are merged one by one (a site message overrides
/// the built-in one of the same id), not replaced file by file.
pub fn stacked(folder: &str, site: &[SourceFile]) -> Vec<SourceFile> {
    let prefix = format!("{folder}/");
    let embedded = EMBEDDED_FILES.iter().filter_map(|(path, bytes)| {
        let rel = path.strip_prefix(&prefix)?;
        Some(SourceFile {
            rel: rel.to_string(),
            origin: Origin::Embedded,
            bytes: bytes.to_vec(),
        })
    });
    embedded.chain(site.iter().cloned()).collect()
}

/// The regular files below `root/folder` (none when the folder is missing). Hidden files
/// (starting with `.`) are skipped; unreadable files and symlink loops are reported.
pub fn site_files(root: &Path, folder: &str, problems: &mut Vec<Diagnostic>) -> Vec<SourceFile> {
    let top = root.join(folder);
    if !top.is_dir() {
        return Vec::new();
    }
    // The walk finds the files (and the paths it cannot read), in order; the files are then
    // read on every core.
    let mut found: Vec<Result<(PathBuf, String), Diagnostic>> = Vec::new();
    let walker = WalkDir::new(&top)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err.path().map_or_else(|| top.clone(), Path::to_path_buf);
                let shown = crate::error::display_path(root, &path);
                found.push(Err(Diagnostic::error(
                    shown,
                    format!("cannot read this path: {err}"),
                )
                .hint("remove the symlink loop or fix the permissions")));
                continue;
            }
        };
        if entry.file_type().is_file() {
            let rel = relative_slash_path(&top, entry.path());
            found.push(Ok((entry.into_path(), rel)));
        }
    }
    let read: Vec<Result<SourceFile, Diagnostic>> = found
        .into_par_iter()
        .map(|found| {
            let (path, rel) = found?;
            match std::fs::read(&path) {
                Ok(bytes) => Ok(SourceFile {
                    rel,
                    origin: Origin::Site(path),
                    bytes,
                }),
                Err(err) => Err(Diagnostic::error(
                    crate::error::display_path(root, &path),
                    format!("cannot read this file: {err}"),
                )),
            }
        })
        .collect();
    let mut out = Vec::with_capacity(read.len());
    for file in read {
        match file {
            Ok(file) => out.push(file),
            Err(problem) => problems.push(problem),
        }
    }
    out
}

/// `path` relative to `top`, with `/` separators.
pub fn relative_slash_path(top: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(top).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_defaults_include_the_base_template_and_english_locale() {
        let names: Vec<&str> = EMBEDDED_FILES.iter().map(|(p, _)| *p).collect();
        assert!(names.contains(&"templates/base.html"), "{names:?}");
        assert!(
            names.iter().any(|n| n.starts_with("locales/en/")),
            "{names:?}"
        );
    }

    #[test]
    fn a_site_file_overrides_the_embedded_one() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::create_dir_all(dir.path().join("templates")).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("templates/base.html"), "mine")
            .unwrap_or_else(|e| panic!("{e}"));
        let mut problems = Vec::new();
        let files = layered(
            "templates",
            &site_files(dir.path(), "templates", &mut problems),
        );
        assert!(problems.is_empty());
        let base = files.iter().find(|f| f.rel == "base.html");
        assert_eq!(base.map(|f| f.bytes.as_slice()), Some(&b"mine"[..]));
        assert!(
            files
                .iter()
                .any(|f| f.rel == "code.html" && f.origin == Origin::Embedded)
        );
    }
}
