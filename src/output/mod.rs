//! The output folder: refuses folders it did not create, stages changed files beside the output,
//! and moves them into place (removing stale files) only once every page rendered, so a failed
//! build leaves the previous site as it was and a no-op rebuild writes nothing.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use walkdir::WalkDir;

use crate::error::Diagnostic;
use crate::hash::StrMap as PathMap;
use marker::Manifest;

mod marker;

/// The marker file codeatlas writes into every output folder it owns.
pub const MARKER: &str = ".codeatlas-output";

/// What the marker records of a complete build that had no warnings: the hash of its inputs
/// (`fingerprint::site_inputs`) and how many pages it rendered. A later build with the same
/// inputs, into an output that still has every file, has nothing to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recorded {
    /// The inputs hash.
    pub inputs: u64,
    /// Pages rendered (redirect pages included).
    pub pages: usize,
}

impl Recorded {
    /// Reads the `inputs` and `pages` lines of a marker file.
    fn parse(text: &str) -> Option<Recorded> {
        let value = |key: &str| {
            text.lines()
                .find_map(|line| line.strip_prefix(key)?.strip_prefix(' '))
        };
        Some(Recorded {
            inputs: u64::from_str_radix(value("inputs")?, 16).ok()?,
            pages: value("pages")?.parse().ok()?,
        })
    }

    fn render(&self) -> String {
        format!("inputs {:016x}\npages {}\n", self.inputs, self.pages)
    }
}

/// Counts of one commit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteStats {
    /// Files whose bytes changed (or are new).
    pub written: usize,
    /// Files left as they were.
    pub unchanged: usize,
    /// Stale files removed.
    pub removed: usize,
}

/// An output folder being built.
#[derive(Debug)]
pub struct Output {
    dir: PathBuf,
    staging: PathBuf,
    /// The output does not exist yet (or is empty): the staging folder becomes it.
    fresh: bool,
    /// The page fingerprints recorded by the previous build (empty when fresh).
    previous: Manifest,
    /// The inputs recorded by the previous build, and those to record for this one.
    previous_record: Option<Recorded>,
    record: Option<Recorded>,
    /// The output folder, open, to look files up relative to it (half the path walk of a stat
    /// by absolute path, for the thousands of pages a rebuild checks).
    #[cfg(unix)]
    dir_fd: Option<std::os::fd::OwnedFd>,
    /// Only part of the site is built (a shard): files of the other parts are kept.
    partial: bool,
    /// Every file of the new site, with its page fingerprint where it is a page.
    produced: Mutex<PathMap<Option<u64>>>,
    written: AtomicUsize,
    unchanged: AtomicUsize,
}

/// Refuses output folders that would destroy or overwrite the user's files.
pub fn check_location(root: &Path, dir: &Path) -> Result<(), Diagnostic> {
    let root = absolute(root);
    let out = absolute(dir);
    let shown = dir.to_path_buf();
    if out == root || root.starts_with(&out) {
        return Err(Diagnostic::error(
            shown,
            "the output folder is the site folder or contains it",
        )
        .hint("choose a folder of its own, e.g. --output public"));
    }
    for protected in ["content", "templates", "locales", "static", ".git"] {
        if out.starts_with(root.join(protected)) {
            return Err(Diagnostic::error(
                shown,
                format!("the output folder is inside {protected}/"),
            )
            .hint("choose a folder of its own, e.g. --output public"));
        }
    }
    if out.parent().is_none() {
        return Err(Diagnostic::error(
            shown,
            "the output folder is the file system root",
        ));
    }
    Ok(())
}

/// Makes `path` absolute and removes `.` and `..` without touching the file system (so it works
/// for folders that do not exist yet); symlinked parents are resolved where they exist.
fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    // Resolve symlinks on the longest existing ancestor.
    let mut existing = out.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (
            existing.file_name().map(|n| n.to_os_string()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        resolved.push(name);
    }
    resolved
}

impl Output {
    /// Opens `dir` for a build: checks it is ours (marker) or empty or absent, and creates a
    /// fresh staging folder beside it.
    pub fn prepare(root: &Path, dir: &Path, partial: bool) -> Result<Output, Diagnostic> {
        check_location(root, dir)?;
        let shown = dir.to_path_buf();
        let fresh = match std::fs::read_dir(dir) {
            Ok(mut entries) => {
                if entries.next().is_none() {
                    true
                } else if dir.join(MARKER).is_file() {
                    false
                } else {
                    return Err(Diagnostic::error(
                        shown,
                        "the output folder is not empty and was not made by codeatlas; nothing was deleted",
                    )
                    .hint(format!(
                        "choose another --output, or empty this folder yourself (codeatlas only replaces folders holding its {MARKER} file)"
                    )));
                }
            }
            Err(err) if err.kind() == io::ErrorKind::NotFound => true,
            Err(err) if err.kind() == io::ErrorKind::NotADirectory => {
                return Err(
                    Diagnostic::error(shown, "the output path is a file, not a folder")
                        .hint("choose a folder for --output"),
                );
            }
            Err(err) => {
                return Err(Diagnostic::error(
                    shown,
                    format!("cannot open the output folder: {err}"),
                ));
            }
        };
        let name = dir
            .file_name()
            .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
        let parent = match dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let staging = parent.join(format!(".{name}.codeatlas-staging"));
        // A staging folder left by a crashed run is ours to remove.
        if staging.exists() {
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
        let marker = if fresh {
            String::new()
        } else {
            std::fs::read_to_string(dir.join(MARKER)).unwrap_or_default()
        };
        let previous = Manifest::parse(&marker);
        let previous_record = Recorded::parse(&marker);
        #[cfg(unix)]
        let dir_fd = if fresh { None } else { open_dir(dir) };
        Ok(Output {
            dir: dir.to_path_buf(),
            staging,
            fresh,
            previous,
            previous_record,
            record: None,
            #[cfg(unix)]
            dir_fd,
            partial,
            produced: Mutex::new(PathMap::default()),
            written: AtomicUsize::new(0),
            unchanged: AtomicUsize::new(0),
        })
    }

    /// The fast path of a rebuild: `dir` is an output of ours whose marker records `inputs`, and
    /// every file the marker lists is still there, so a build would write nothing. Returns what
    /// that build would report: pages rendered and files left unchanged.
    pub fn up_to_date(root: &Path, dir: &Path, inputs: u64) -> Option<(usize, usize)> {
        use rayon::prelude::*;
        check_location(root, dir).ok()?;
        let text = std::fs::read_to_string(dir.join(MARKER)).ok()?;
        let recorded = Recorded::parse(&text)?;
        if recorded.inputs != inputs {
            return None;
        }
        let manifest = Manifest::parse(&text);
        #[cfg(unix)]
        let fd = open_dir(dir)?;
        let all_there = manifest.0.par_iter().all(|(rel, _)| {
            #[cfg(unix)]
            return is_file_at(&fd, rel);
            #[cfg(not(unix))]
            return dir.join(rel).is_file();
        });
        all_there.then_some((recorded.pages, manifest.0.len()))
    }

    /// Records, for the next build, the inputs of this one (`None` for a shard or a build with
    /// warnings: those always rebuild in full, so that the warnings are shown again).
    pub fn set_record(&mut self, record: Option<Recorded>) {
        self.record = record;
    }

    /// Whether the page at `rel` was built from exactly these inputs last time and is still there.
    pub fn is_current(&self, rel: &str, fingerprint: u64) -> bool {
        self.previous.0.get(rel) == Some(&fingerprint) && self.exists(rel)
    }

    /// Whether `rel` is a regular file in the output.
    fn exists(&self, rel: &str) -> bool {
        #[cfg(unix)]
        if let Some(fd) = &self.dir_fd {
            return is_file_at(fd, rel);
        }
        self.dir.join(rel).is_file()
    }

    /// Keeps a page as it is (its inputs did not change).
    pub fn keep(&self, rel: &str, fingerprint: u64) {
        self.keep_all(vec![(rel.to_string(), fingerprint)]);
    }

    /// Keeps many pages as they are.
    pub fn keep_all(&self, pages: Vec<(String, u64)>) {
        self.unchanged.fetch_add(pages.len(), Ordering::Relaxed);
        if let Ok(mut produced) = self.produced.lock() {
            produced.extend(pages.into_iter().map(|(rel, fp)| (rel, Some(fp))));
        }
    }

    /// Writes a page and records its fingerprint.
    pub fn write_page(&self, rel: &str, bytes: &[u8], fingerprint: u64) -> io::Result<()> {
        self.stage(rel, bytes, Some(fingerprint))
    }

    /// Records `rel` as part of the new site and stages its bytes if they differ from the file
    /// already in the output. Safe to call from many threads.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        self.stage(rel, bytes, None)
    }

    fn stage(&self, rel: &str, bytes: &[u8], fingerprint: Option<u64>) -> io::Result<()> {
        debug_assert!(!rel.starts_with('/') && !rel.split('/').any(|s| s == ".."));
        if let Ok(mut produced) = self.produced.lock() {
            produced.insert(rel.to_string(), fingerprint);
        }
        if !self.fresh && same_bytes(&self.dir.join(rel), bytes) {
            self.unchanged.fetch_add(1, Ordering::Relaxed);
            return Ok(());
        }
        let target = self.staging.join(rel);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&target, bytes)?;
        self.written.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// Moves the staged files into the output and removes files of the old site that the new
    /// one no longer has. Only called when every page rendered.
    pub fn commit(self) -> io::Result<WriteStats> {
        let mut produced = self.produced.into_inner().unwrap_or_default();
        if self.partial {
            // A shard keeps what other shards wrote into the same folder.
            for (path, fp) in &self.previous.0 {
                produced.entry(path.clone()).or_insert(Some(*fp));
            }
        }
        let mut stats = WriteStats {
            written: self.written.load(Ordering::Relaxed),
            unchanged: self.unchanged.load(Ordering::Relaxed),
            removed: 0,
        };
        // Every file is recorded (0 for files that are not pages), so that the next build knows
        // which files it wrote and never touches others.
        let manifest = Manifest(
            produced
                .into_iter()
                .map(|(p, fp)| (p, fp.unwrap_or(0)))
                .collect(),
        );
        // A no-op rebuild (nothing staged, the same manifest) leaves the marker untouched too.
        let unchanged_site = !self.fresh
            && stats.written == 0
            && manifest == self.previous
            && self.record == self.previous_record;
        if !unchanged_site {
            let record = self.record.map(|r| r.render()).unwrap_or_default();
            std::fs::write(
                self.staging.join(MARKER),
                format!("{}{record}{}", marker_text(), manifest.render()),
            )?;
        }
        if self.fresh {
            if self.dir.exists() {
                std::fs::remove_dir(&self.dir)?; // empty, checked in prepare
            }
            std::fs::rename(&self.staging, &self.dir)?;
            return Ok(stats);
        }
        for entry in WalkDir::new(&self.staging).sort_by_file_name() {
            let entry = entry.map_err(io::Error::other)?;
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry
                .path()
                .strip_prefix(&self.staging)
                .map_err(io::Error::other)?;
            let target = self.dir.join(rel);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::rename(entry.path(), &target)?;
        }
        std::fs::remove_dir_all(&self.staging)?;
        // Remove the files the previous build wrote that the new site does not have, then the
        // folders left empty. Files codeatlas did not write are never removed.
        let mut stale: Vec<&String> = self
            .previous
            .0
            .keys()
            .filter(|p| !manifest.0.contains_key(*p))
            .collect();
        stale.sort();
        for rel in stale {
            let path = self.dir.join(rel);
            if path.is_file() {
                std::fs::remove_file(&path)?;
                stats.removed += 1;
            }
            let mut dir = path.parent();
            while let Some(d) = dir.filter(|d| *d != self.dir) {
                // Fails (and stops) when the folder is not empty.
                if std::fs::remove_dir(d).is_err() {
                    break;
                }
                dir = d.parent();
            }
        }
        Ok(stats)
    }

    /// Drops the staging folder: the output stays exactly as it was.
    pub fn abort(self) {
        let _ = std::fs::remove_dir_all(&self.staging);
    }
}

fn marker_text() -> String {
    "This folder is written by codeatlas. Its files are replaced on every build.\n\
     The lines below record what each page was built from.\n"
        .to_string()
}

/// The folder `dir`, open, to look files up relative to it.
#[cfg(unix)]
fn open_dir(dir: &Path) -> Option<std::os::fd::OwnedFd> {
    rustix::fs::open(
        dir,
        rustix::fs::OFlags::DIRECTORY | rustix::fs::OFlags::RDONLY,
        rustix::fs::Mode::empty(),
    )
    .ok()
}

/// Whether `rel` below the open folder `dir` is a regular file (symlinks are not followed).
#[cfg(unix)]
fn is_file_at(dir: &std::os::fd::OwnedFd, rel: &str) -> bool {
    rustix::fs::statat(dir, rel, rustix::fs::AtFlags::SYMLINK_NOFOLLOW)
        .is_ok_and(|st| rustix::fs::FileType::from_raw_mode(st.st_mode).is_file())
}

/// Whether the file at `path` holds exactly `bytes` (length checked before reading).
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == bytes.len() as u64 => {
            std::fs::read(path).is_ok_and(|old| old == bytes)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_foreign_non_empty_folders_and_deletes_nothing() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("public");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("precious.txt"), "keep").unwrap();
        let err = Output::prepare(root.path(), &out, false).unwrap_err();
        assert!(err.message.contains("not made by codeatlas"), "{err}");
        assert_eq!(
            std::fs::read_to_string(out.join("precious.txt")).unwrap(),
            "keep"
        );
    }

    #[test]
    fn refuses_root_and_content_folders() {
        let root = tempfile::tempdir().unwrap();
        assert!(check_location(root.path(), root.path()).is_err());
        assert!(check_location(root.path(), &root.path().join("content/x")).is_err());
        assert!(check_location(&root.path().join("site"), root.path()).is_err());
        assert!(check_location(root.path(), &root.path().join("public")).is_ok());
    }

    #[test]
    fn rebuild_writes_only_changes_and_removes_stale_files() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("public");
        let o = Output::prepare(root.path(), &out, false).unwrap();
        o.write("a/index.html", b"one").unwrap();
        o.write("b/index.html", b"two").unwrap();
        assert_eq!(o.commit().unwrap().written, 2);
        let o = Output::prepare(root.path(), &out, false).unwrap();
        o.write("a/index.html", b"one").unwrap();
        o.write("c/index.html", b"three").unwrap();
        let stats = o.commit().unwrap();
        assert_eq!(
            stats,
            WriteStats {
                written: 1,
                unchanged: 1,
                removed: 1
            }
        );
        assert!(!out.join("b").exists());
        assert!(out.join(MARKER).is_file());
    }

    #[test]
    fn recorded_inputs_round_trip_and_are_not_manifest_entries() {
        let r = Recorded {
            inputs: 0xabc,
            pages: 12,
        };
        let text = format!(
            "{}{}0000000000000001 index.html\n",
            marker_text(),
            r.render()
        );
        assert_eq!(Recorded::parse(&text), Some(r));
        assert_eq!(Manifest::parse(&text).0.len(), 1);
        assert_eq!(Recorded::parse(&marker_text()), None);
    }

    #[test]
    fn abort_leaves_the_previous_output_untouched() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("public");
        let o = Output::prepare(root.path(), &out, false).unwrap();
        o.write("a/index.html", b"one").unwrap();
        o.commit().unwrap();
        let o = Output::prepare(root.path(), &out, false).unwrap();
        o.write("a/index.html", b"changed").unwrap();
        o.abort();
        assert_eq!(std::fs::read(out.join("a/index.html")).unwrap(), b"one");
        assert!(!root.path().join(".public.codeatlas-staging").exists());
    }
}
