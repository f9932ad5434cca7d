//! Every input file of a site, read once: hashed for the fast path and handed to the loaders.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::Diagnostic;
use crate::hash::Hasher64;
use crate::sources::SourceFile;

/// The config file's name, at the site root.
pub const CONFIG_FILE: &str = "site.yaml";

/// The site's input folders, in the order they are hashed.
pub const FOLDERS: [&str; 4] = ["content", "templates", "locales", "static"];

/// One input folder as it was read.
#[derive(Debug, Default)]
pub struct Folder {
    /// Whether the folder exists.
    pub exists: bool,
    /// Its regular files (hidden ones skipped, symlinks followed), sorted by relative path.
    pub files: Vec<SourceFile>,
    /// Paths below it that could not be read.
    pub problems: Vec<Diagnostic>,
}

/// A folder that is not one of [`FOLDERS`]: empty.
static NO_FOLDER: Folder = Folder {
    exists: false,
    files: Vec::new(),
    problems: Vec::new(),
};

/// The site's input files, read from disk once.
#[derive(Debug)]
pub struct Snapshot {
    root: PathBuf,
    /// Whether `site.yaml` is a regular file (the loader reads it only then).
    config_is_file: bool,
    /// `site.yaml`'s bytes, or why they could not be read (`NotFound` when it is absent).
    config: std::io::Result<Vec<u8>>,
    /// The folders, in the order of [`FOLDERS`].
    folders: Vec<Folder>,
}

impl Snapshot {
    /// Reads `site.yaml` and every file below the input folders of `root`. Files that cannot
    /// be read are kept as problems, reported by the loader of their folder.
    pub fn read(root: &Path) -> Snapshot {
        let config_path = root.join(CONFIG_FILE);
        let folders = FOLDERS
            .par_iter()
            .map(|folder| {
                let mut problems = Vec::new();
                let files = crate::sources::site_files(root, folder, &mut problems);
                Folder {
                    exists: root.join(folder).is_dir(),
                    files,
                    problems,
                }
            })
            .collect();
        Snapshot {
            root: root.to_path_buf(),
            config_is_file: config_path.is_file(),
            config: std::fs::read(&config_path),
            folders,
        }
    }

    /// The site folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `site.yaml` as read: `None` when it is not a file (the defaults apply).
    pub fn config_file(&self) -> Option<Result<&[u8], &std::io::Error>> {
        self.config_is_file
            .then(|| self.config.as_ref().map(Vec::as_slice))
    }

    /// One input folder (`content`, `templates`, `locales` or `static`).
    pub fn folder(&self, name: &str) -> &Folder {
        FOLDERS
            .iter()
            .position(|f| *f == name)
            .and_then(|i| self.folders.get(i))
            .unwrap_or(&NO_FOLDER)
    }

    /// The site's files of `folder` over the embedded defaults of the same folder (a site file
    /// overrides the embedded one with the same path), sorted by relative path, with the
    /// folder's read problems.
    pub fn layered(&self, folder: &str) -> (Vec<SourceFile>, Vec<Diagnostic>) {
        let own = self.folder(folder);
        (
            crate::sources::layered(folder, &own.files),
            own.problems.clone(),
        )
    }

    /// The embedded files of `folder` and then the site's, all of them (see
    /// [`crate::sources::stacked`]), with the folder's read problems.
    pub fn stacked(&self, folder: &str) -> (Vec<SourceFile>, Vec<Diagnostic>) {
        let own = self.folder(folder);
        (
            crate::sources::stacked(folder, &own.files),
            own.problems.clone(),
        )
    }

    /// A hash of everything a build reads: every file below `content/`, `templates/`,
    /// `locales/` and `static/`, `site.yaml`, the `--base-url` override and the generator build
    /// (which covers the embedded defaults). When it equals the hash recorded by the last build,
    /// the site would be rebuilt byte for byte the same. `None` when a file could not be read:
    /// the full build then reports it.
    pub fn inputs_hash(&self, base_url: Option<&str>) -> Option<u64> {
        self.hash_of(base_url, |_, _| true)
    }

    /// [`Snapshot::inputs_hash`] of only the files of `FOLDERS` that `wanted(folder, rel)`
    /// keeps (and `site.yaml`, the override and the generator build, always).
    pub fn hash_of(
        &self,
        base_url: Option<&str>,
        wanted: impl Fn(&str, &str) -> bool,
    ) -> Option<u64> {
        let mut h = Hasher64::default();
        (env!("CODEATLAS_BUILD_ID"), base_url).hash(&mut h);
        for (folder, own) in FOLDERS.iter().zip(&self.folders) {
            if !own.problems.is_empty() {
                return None;
            }
            let files: Vec<_> = (own.files.iter())
                .filter(|file| wanted(folder, &file.rel))
                .collect();
            (folder, files.len()).hash(&mut h);
            for file in files {
                (&file.rel, &file.bytes).hash(&mut h);
            }
        }
        match &self.config {
            Ok(bytes) => Some(bytes).hash(&mut h),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => None::<&Vec<u8>>.hash(&mut h),
            Err(_) => return None,
        }
        Some(h.finish())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, rel: &str, bytes: &[u8]) {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap_or(root)).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(path, bytes).unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn the_hash_follows_every_input_and_the_base_url() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = dir.path();
        write(root, "content/smtp/552.yaml", b"code: 552\n");
        let first = Snapshot::read(root).inputs_hash(None);
        assert!(first.is_some());
        assert_eq!(Snapshot::read(root).inputs_hash(None), first);
        assert_ne!(Snapshot::read(root).inputs_hash(Some("/x/")), first);
        write(root, "site.yaml", b"base_url: /x/\n");
        let with_config = Snapshot::read(root).inputs_hash(None);
        assert_ne!(with_config, first);
        write(root, "static/.hidden", b"not an input");
        assert_eq!(Snapshot::read(root).inputs_hash(None), with_config);
        write(root, "static/a.css", b"a {}");
        assert_ne!(Snapshot::read(root).inputs_hash(None), with_config);
    }

    #[test]
    fn folders_and_config_as_read() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = dir.path();
        write(root, "templates/base.html", b"mine");
        let snapshot = Snapshot::read(root);
        assert!(snapshot.config_file().is_none());
        assert!(!snapshot.folder("content").exists);
        assert!(snapshot.folder("templates").exists);
        let (files, problems) = snapshot.layered("templates");
        assert!(problems.is_empty());
        let base = files.iter().find(|f| f.rel == "base.html");
        assert_eq!(base.map(|f| f.bytes.as_slice()), Some(&b"mine"[..]));
    }
}
