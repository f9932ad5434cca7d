//! The staging writer: every file of the new site is recorded, and those whose bytes differ from
//! the file already in the output are written into a staging folder beside it (never into the
//! output itself), from many threads at once.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::Current;
use crate::error::Diagnostic;
use crate::hash::StrMap;

/// The files of the site being built, and the staging folder holding the changed ones.
#[derive(Debug)]
pub struct Staging {
    /// The staging folder, beside the output.
    pub dir: PathBuf,
    /// The output folder to compare bytes with; `None` when it is new (everything is staged).
    compare_with: Option<PathBuf>,
    /// Every file of the new site that was made by this build, with its page fingerprint where
    /// it is a page (0 for others).
    produced: Mutex<StrMap<u64>>,
    /// The files of the last build kept as they are.
    kept: Mutex<Vec<Current>>,
    /// The files written into the staging folder (relative paths), in no particular order;
    /// only for an output that exists (a new one is the staging folder renamed).
    staged: Mutex<Vec<String>>,
    written: AtomicUsize,
    unchanged: AtomicUsize,
}

/// What staging recorded: every file of the new site, and the counts.
#[derive(Debug)]
pub struct Staged {
    /// Every file of the new site that was made by this build, with its page fingerprint where
    /// it is a page (0 for others, as the marker records them).
    pub produced: StrMap<u64>,
    /// The other files of the new site: the last build's, kept as they are.
    pub kept: Vec<Current>,
    /// The files in the staging folder (relative paths), sorted; empty for a new output.
    pub files: Vec<String>,
    /// Files staged (new or changed).
    pub written: usize,
    /// Files left as they were.
    pub unchanged: usize,
}

/// The staging folder of the output `dir`: `.NAME.codeatlas-staging` beside it.
pub fn staging_path(dir: &Path) -> PathBuf {
    let name = dir
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    parent.join(format!(".{name}.codeatlas-staging"))
}

impl Staging {
    /// Creates an empty staging folder for the output `dir` (removing one a killed build left).
    pub fn create(dir: &Path, output_is_new: bool) -> Result<Staging, Diagnostic> {
        let staging = staging_path(dir);
        // A staging folder left by a killed run is ours to remove (links in it are not followed).
        if std::fs::symlink_metadata(&staging).is_ok() {
            std::fs::remove_dir_all(&staging).map_err(|e| {
                Diagnostic::error(
                    &staging,
                    format!("cannot remove an old staging folder: {e}"),
                )
            })?;
        }
        std::fs::create_dir_all(&staging).map_err(|e| {
            Diagnostic::error(&staging, format!("cannot create the staging folder: {e}"))
        })?;
        Ok(Staging {
            dir: staging,
            compare_with: (!output_is_new).then(|| dir.to_path_buf()),
            produced: Mutex::new(StrMap::default()),
            kept: Mutex::new(Vec::new()),
            staged: Mutex::new(Vec::new()),
            written: AtomicUsize::new(0),
            unchanged: AtomicUsize::new(0),
        })
    }

    /// Records files kept as they are (their inputs did not change).
    pub fn keep_all(&self, mut files: Vec<Current>) {
        self.unchanged.fetch_add(files.len(), Ordering::Relaxed);
        if let Ok(mut kept) = self.kept.lock() {
            kept.append(&mut files);
        }
    }

    /// Records `rel` as part of the new site and stages its bytes if they differ from the file
    /// already in the output.
    pub fn stage(&self, rel: &str, bytes: &[u8], fingerprint: Option<u64>) -> io::Result<()> {
        debug_assert!(!rel.starts_with('/') && !rel.split('/').any(|s| s == ".."));
        if let Ok(mut produced) = self.produced.lock() {
            produced.insert(rel.to_string(), fingerprint.unwrap_or(0));
        }
        if let Some(out) = &self.compare_with
            && same_bytes(&out.join(rel), bytes)
        {
            self.unchanged.fetch_add(1, Ordering::Relaxed);
            return Ok(());
        }
        let target = self.dir.join(rel);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&target, bytes)?;
        // A new output is the staging folder itself, renamed: its files need no list.
        if self.compare_with.is_some()
            && let Ok(mut staged) = self.staged.lock()
        {
            staged.push(rel.to_string());
        }
        self.written.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// What was staged.
    pub fn finish(self) -> (PathBuf, Staged) {
        let mut files = self.staged.into_inner().unwrap_or_default();
        files.sort_unstable();
        let staged = Staged {
            produced: self.produced.into_inner().unwrap_or_default(),
            kept: self.kept.into_inner().unwrap_or_default(),
            files,
            written: self.written.into_inner(),
            unchanged: self.unchanged.into_inner(),
        };
        (self.dir, staged)
    }
}

/// Whether the file at `path` holds exactly `bytes` (length checked before reading). This only
/// reads, so a link on the way is followed.
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == bytes.len() as u64 => {
            std::fs::read(path).is_ok_and(|old| old == bytes)
        }
        _ => false,
    }
}
