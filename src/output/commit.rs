//! The commit: moves the staged files into the output, removes the files the new site no longer
//! has, and writes the marker, in an order that a crash at any point cannot turn into a folder
//! that a later build trusts wrongly (see the `output` module for the design).

use std::io;
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};

use super::marker::{JOURNAL, MARKER, Marker, render_journal};
use super::nofollow::{self, FolderCursor};
use crate::interrupt::{Interrupt, pause_point};

/// A new output: the staging folder, marker included, is renamed into place in one step.
pub fn commit_new(dir: &Path, staging: &Path, marker: &str) -> io::Result<()> {
    let result = rename_into_place(dir, staging, marker);
    if result.is_err() {
        let _ = std::fs::remove_dir_all(staging);
    }
    result
}

fn rename_into_place(dir: &Path, staging: &Path, marker: &str) -> io::Result<()> {
    let marker_path = staging.join(MARKER);
    std::fs::write(&marker_path, marker)?;
    std::fs::File::open(&marker_path)?.sync_all()?;
    if std::fs::symlink_metadata(dir).is_ok() {
        std::fs::remove_dir(dir)?; // an empty folder, checked by the guard
    }
    std::fs::rename(staging, dir)?;
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    rustix::fs::fsync(nofollow::open_dir(parent)?)?;
    Ok(())
}

/// What an in-place commit does.
pub struct InPlace<'a> {
    /// The output folder, open.
    pub dir: &'a OwnedFd,
    /// The staging folder.
    pub staging: PathBuf,
    /// The files in it (relative paths), sorted.
    pub staged: Vec<String>,
    /// Files of the previous site that the new one does not have, sorted.
    pub stale: Vec<String>,
    /// Stops the moves between two files.
    pub interrupt: &'a Interrupt,
}

impl InPlace<'_> {
    /// Runs the commit; returns how many stale files it removed. `marker` makes the new
    /// marker's text (`None` leaves the marker as it is: nothing changed) and `cache` the parse
    /// cache's (`None`: left as it is), both while the files are moved in; the cache is written
    /// once they are in place. An error before the journal is written leaves the output exactly
    /// as it was; after it, the next build repairs. The staging folder is removed either way.
    pub fn run(
        self,
        marker: impl FnOnce() -> Option<String> + Send,
        cache: impl FnOnce() -> Option<Vec<u8>> + Send,
    ) -> io::Result<usize> {
        let result = self.steps(marker, cache);
        if result.is_err() {
            let _ = std::fs::remove_dir_all(&self.staging);
        }
        result
    }

    fn steps(
        &self,
        marker: impl FnOnce() -> Option<String> + Send,
        cache: impl FnOnce() -> Option<Vec<u8>> + Send,
    ) -> io::Result<usize> {
        let staged = &self.staged;
        let ((marker, cache), moved) =
            rayon::join(|| rayon::join(marker, cache), || self.move_in(staged));
        moved?;
        // The emptied staging folders are removed meanwhile: the output does not depend on it
        // (a staging folder that is left behind is removed by the next build, which never
        // takes its fast path while one is there). Nor does it depend on the parse cache.
        let (_, (finished, _)) = rayon::join(
            || std::fs::remove_dir_all(&self.staging),
            || {
                rayon::join(
                    || self.finish(marker.as_deref()),
                    || cache.map(|bytes| write_cache(self.dir, &bytes)),
                )
            },
        );
        finished
    }

    /// Checks the folders the files go into, writes the journal and moves the files in.
    fn move_in(&self, staged: &[String]) -> io::Result<()> {
        let targets = check_targets(self.dir, staged)?;
        if !staged.is_empty() {
            if !nofollow::is_plain_file(self.dir, MARKER) {
                // A folder that was empty (reached through a link): mark it ours first, so that
                // the journal is read if this commit is cut short.
                let empty = Marker::default().render();
                nofollow::write_durably(self.dir, MARKER, empty.as_bytes())?;
            }
            let journal = render_journal(staged.iter().map(String::as_str));
            nofollow::write_durably(self.dir, JOURNAL, journal.as_bytes())?;
            pause_point("journal");
        }
        self.move_files(staged, targets)?;
        pause_point("moved");
        Ok(())
    }

    /// The steps after the moves: the stale files are removed, the `marker` written (unless
    /// `None`) and the journal removed.
    fn finish(&self, marker: Option<&str>) -> io::Result<usize> {
        let removed = remove_stale(self.dir, &self.stale)?;
        pause_point("removed");
        if let Some(marker) = marker {
            nofollow::write_durably(self.dir, MARKER, marker.as_bytes())?;
            pause_point("marker");
        }
        nofollow::remove_plain_file(self.dir, JOURNAL)?;
        Ok(removed)
    }

    /// Moves every staged file into the output, creating folders as needed, never through a link
    /// (into the folders `targets` holds open where it does).
    fn move_files(&self, staged: &[String], targets: Targets) -> io::Result<()> {
        let mut cursor = FolderCursor::new(self.dir);
        let from = nofollow::open_dir(&self.staging)?;
        let mut held = targets.0.into_iter();
        for (done, rel) in staged.iter().enumerate() {
            if self.interrupt.is_raised() {
                return Err(io::Error::new(
                    io::ErrorKind::Interrupted,
                    format!(
                        "interrupted after {done} of {} files were moved into place; the next build checks them",
                        staged.len()
                    ),
                ));
            }
            let (folder, name) = split(rel);
            let open = held.next().flatten();
            let target = match &open {
                Some(fd) => fd,
                None => match cursor.open(folder, true)? {
                    Some(fd) => fd,
                    None => return Err(io::Error::other(format!("cannot create `{folder}`"))),
                },
            };
            rustix::fs::renameat(&from, rel.as_str(), target, name)?;
            pause_point(&format!("move-{}", done + 1));
        }
        Ok(())
    }
}

/// Replaces the parse cache (`crate::memo::FILE`) in the output folder `dir` by `bytes`. A
/// cache that cannot be written only costs the next build its parsing time.
fn write_cache(dir: &OwnedFd, bytes: &[u8]) {
    let _ = nofollow::write_replacing(dir, crate::memo::FILE, bytes);
}

/// The folders the staged files go into, in their order, held open for the moves when there are
/// few of them (`None`: not there yet, top level, or not held).
struct Targets(Vec<Option<OwnedFd>>);

/// How many target folders are held open at most: well below the usual limit of 1024 open files.
const HELD_FOLDERS: usize = 256;

/// Fails, before anything is moved, when a folder a staged file goes into is a link (or a file).
fn check_targets(dir: &OwnedFd, staged: &[String]) -> io::Result<Targets> {
    let mut cursor = FolderCursor::new(dir);
    let mut held = Vec::new();
    let hold = staged.len() <= HELD_FOLDERS;
    for rel in staged {
        let folder = split(rel).0;
        if hold && !folder.is_empty() {
            held.push(cursor.open_owned(folder)?);
        } else {
            cursor.open(folder, false)?;
            if hold {
                held.push(None);
            }
        }
    }
    Ok(Targets(held))
}

/// Removes the stale files (plain files only, never through a link), then the folders they
/// leave empty. Files codeatlas did not write are never listed, so never removed.
fn remove_stale(dir: &OwnedFd, stale: &[String]) -> io::Result<usize> {
    let mut cursor = FolderCursor::new(dir);
    let mut removed = 0;
    for rel in stale {
        let (folder, name) = split(rel);
        // A folder on the way that is missing, a link or a file: nothing of ours to remove there.
        let Ok(Some(parent)) = cursor.open(folder, false) else {
            continue;
        };
        if nofollow::remove_plain_file(parent, name)? {
            removed += 1;
        }
        cursor.remove_empty_folders();
    }
    Ok(removed)
}

/// `a/b/c.html` → (`a/b`, `c.html`); a top-level file has the folder `""`.
fn split(rel: &str) -> (&str, &str) {
    rel.rsplit_once('/').unwrap_or(("", rel))
}
