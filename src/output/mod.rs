//! The output folder: the guard decides whether a folder may be written (`guard`), changed files
//! are staged beside it (`staging`), and the commit moves them into place (`commit`) only once
//! every page rendered; the marker records what was built (`marker`).
//!
//! # Crash consistency
//! A build may be killed at any moment (SIGKILL, Ctrl-C, a full disk, a power loss). The one
//! thing a later build trusts is the marker: its `inputs` line lets a rebuild with the same inputs
//! skip everything, and its page fingerprints let a rebuild skip unchanged pages. So the marker
//! must never describe files that are not there yet. The commit runs in this order:
//!
//! 1. Everything is rendered and staged beside the output; the output is untouched. A crash
//!    leaves only the staging folder, which the next build removes.
//! 2. Before anything is moved, the folders the staged files go into are checked (no link, no
//!    file in the way), so a refused commit also leaves the output untouched.
//! 3. The journal `.codeatlas-journal`, naming every file about to be replaced or added, is
//!    written and flushed to disk (file and folder) before the first move.
//! 4. The staged files are moved in one by one (each `rename` is atomic: a file is whole, old or
//!    new), then the files the new site no longer has are removed.
//! 5. The new marker is written last, atomically (temporary file, flush, rename, folder flush),
//!    and only then is the journal removed.
//!
//! A build that finds a journal knows a commit was cut short: it trusts neither the marker's
//! `inputs` line (no fast path) nor the fingerprints of the journal's files, renders those pages
//! again and compares bytes, so it writes exactly what a clean build would, and says that it
//! repaired an interrupted build. A crash between 5 and the journal's removal only costs that
//! check. A new output folder is simpler: the staging folder, marker included, is renamed into
//! place in one step.
//!
//! Power loss: the journal and the marker are flushed to disk, but the pages are not (one flush
//! per page would cost more than the build); so after a power loss the marker may survive while
//! a page it lists does not. The marker records the machine's boot (Linux's `boot_id`); a build
//! on a later boot trusts no fingerprint, renders every page and compares bytes, which repairs
//! any file that did not reach the disk. Where the system gives no boot id, this check is off.
//!
//! Links: nothing below the output folder is written or removed through a symbolic link (see
//! `nofollow`); a page whose folder is a link makes the build fail before anything moves.

use std::io;
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::Diagnostic;
use crate::interrupt::Interrupt;
use marker::{Listed, Manifest, Marker};
use staging::{Staged, Staging};

mod commit;
mod guard;
mod marker;
mod nofollow;
mod staging;

pub use guard::check_location;
pub use marker::{JOURNAL, MARKER, Recorded};

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

/// Why a build checked every file it would otherwise have trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repair {
    /// The last commit into this folder was cut short (killed, interrupted, disk full).
    InterruptedCommit,
    /// The machine restarted since the last build (files it wrote may not have reached the disk).
    Restarted,
}

/// What the last build left in the output folder.
#[derive(Debug, Default)]
struct Previous {
    /// Its marker's files, with the page fingerprints that may be trusted (0 for the others,
    /// and for files that were no longer plain files in the folder when it was read); the
    /// new marker lists the files in their order when it can, rather than sorting them.
    listed: Listed,
    /// Its inputs, when they may be trusted.
    record: Option<Recorded>,
    /// The hash of the inputs all its pages were made from (see `Marker::shared`).
    shared: Option<u64>,
    /// Why nothing it says may be taken on trust.
    repair: Option<Repair>,
}

/// What looking in the output folder for the files a marker lists found.
#[derive(Debug, Default)]
struct Presence {
    /// How many files the marker lists.
    files: usize,
    /// Those that are not plain files in the folder (missing, or replaced by a folder or a
    /// link).
    missing: Vec<String>,
    /// Whether looking was stopped before the end.
    stopped: bool,
}

impl Presence {
    /// Looks in the output folder `dir` for every file the marker's `text` lists, on every core;
    /// `None` when `stop` was raised before every file was looked for.
    fn of(text: &str, dir: &OwnedFd, stop: &AtomicBool) -> Option<Presence> {
        use rayon::prelude::*;
        let found = marker::Manifest::pieces(text)
            .into_par_iter()
            .with_max_len(1)
            .map(|piece| {
                let mut found = Presence::default();
                let mut folders = nofollow::Folders::new(dir);
                for rel in marker::Manifest::paths_of_piece(piece) {
                    found.files += 1;
                    if stop.load(Ordering::Relaxed) {
                        found.stopped = true;
                    } else if !folders.is_plain_file(rel) {
                        found.missing.push(rel.to_string());
                    }
                }
                found
            })
            .reduce(Presence::default, |mut a, b| {
                a.files += b.files;
                a.missing.extend(b.missing);
                a.stopped |= b.stopped;
                a
            });
        (!found.stopped).then_some(found)
    }
}

impl Previous {
    /// Whether the new site has exactly the files the last marker lists, in sorted order: every
    /// one kept or made again, none new (and the build is not a shard, which keeps other
    /// shards' files). Kept files are the last build's and each is kept once (see
    /// [`Current`]), so counting them is enough.
    fn same_files(&self, staged: &Staged, partial: bool) -> bool {
        let count = self.listed.len();
        !partial
            && self.listed.is_sorted()
            && staged.kept.len() + staged.produced.len() == count
            && (staged.produced.keys()).all(|path| self.listed.find(path).is_some())
    }

    /// Whether the last marker still says all there is to say after a build that wrote
    /// `written` files and records `record`: nothing was written, nothing had to be repaired,
    /// the records are the same, and `same_fingerprints` (every file has the fingerprint it
    /// lists).
    fn stands(
        &self,
        written: usize,
        record: (Option<Recorded>, Option<u64>),
        same_fingerprints: impl FnOnce() -> bool,
    ) -> bool {
        written == 0
            && self.repair.is_none()
            && record == (self.record, self.shared)
            && same_fingerprints()
    }

    /// The new marker of a site with the same files as the last (see [`Previous::same_files`])
    /// and the inputs `record`: the last one with the fingerprints of the files made again, or
    /// `None` (the marker stays as it is) when nothing changed.
    fn marker_of_same_files(
        &self,
        staged: &Staged,
        written: usize,
        (record, shared): (Option<Recorded>, Option<u64>),
    ) -> Option<String> {
        let unchanged_site = self.stands(written, (record, shared), || {
            (staged.produced.iter()).all(|(p, fp)| self.listed.get(p) == Some(*fp))
        });
        (!unchanged_site).then(|| {
            let lines = Manifest::render_changed(&self.listed, &staged.produced);
            new_marker(record, shared, Manifest::default()).render_with_lines(&lines)
        })
    }

    /// Reads the marker and the journal of an unfinished commit. A file that `presence` found
    /// no longer a plain file in the folder is not trusted (fingerprint 0), so its page is made
    /// again; after a restart (when the files were not looked for) none is.
    fn read(mut text: String, journal: Option<&str>, presence: Option<Presence>) -> Previous {
        let header = Marker::parse_header(&text);
        let repair = if journal.is_some() {
            Some(Repair::InterruptedCommit)
        } else if header.boot != marker::boot_id() {
            Some(Repair::Restarted)
        } else {
            None
        };
        if let Some(journal) = journal {
            // Those files may be old or new: they are ours, and their bytes must be checked.
            // They are listed after the marker's own lines, with no fingerprint.
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            for path in marker::parse_journal(journal) {
                marker::push_line(&mut text, 0, &path);
            }
        }
        let mut listed = Listed::read(text);
        if listed.is_empty() && journal.is_none() {
            return Previous::default();
        }
        match presence {
            Some(presence) if repair != Some(Repair::Restarted) => {
                for path in presence.missing {
                    listed.distrust(&path);
                }
            }
            _ => listed.distrust_all(),
        }
        Previous {
            listed,
            record: header.record.filter(|_| repair.is_none()),
            shared: header.shared,
            repair,
        }
    }
}

/// A file of the last build that this build keeps as it is (the place of its line in the last
/// marker): only [`Output::current`] makes one, so a kept file is always one the last build
/// recorded, with the fingerprint recorded for it. Each file is kept at most once.
#[derive(Debug)]
pub struct Current(usize);

/// An output folder being built.
#[derive(Debug)]
pub struct Output {
    dir: PathBuf,
    /// The output folder, open; `None` when it is new (the staging folder becomes it).
    existing: Option<OwnedFd>,
    previous: Previous,
    staging: Staging,
    /// The inputs to record for the next build.
    record: Option<Recorded>,
    /// The hash of the inputs every page is made from, to record for the next build.
    shared: Option<u64>,
    /// Only part of the site is built (a shard): files of the other parts are kept.
    partial: bool,
}

/// What an output folder held when a build began, read once (the marker's and the journal's
/// text, whether a killed build left its staging folder): for the fast path, then for the build.
pub struct Found {
    /// Whether a killed build left its staging folder beside the output.
    staging_left: bool,
    /// What the guard found, or why the folder may not be written.
    claim: Result<guard::Claim, Diagnostic>,
    /// Which of the files the marker lists are still there, unless the machine restarted
    /// since it was written (then none is trusted, so none is looked for).
    presence: Option<Presence>,
}

impl Found {
    /// The fast path of a rebuild: the folder is an output of ours whose marker records
    /// `inputs`, no commit was cut short, the machine did not restart, no killed build left its
    /// staging folder, and every file the marker lists is still there, so a build would write
    /// nothing. Returns the pages and files it would report.
    pub fn up_to_date(&self, inputs: u64) -> Option<(usize, usize)> {
        let Ok(guard::Claim::Existing {
            marker, journal, ..
        }) = &self.claim
        else {
            return None;
        };
        if self.staging_left {
            return None;
        }
        // The header says whether the inputs are the ones recorded; only then is the manifest
        // (a line per file) worth parsing.
        let header = marker::Marker::parse_header(marker);
        let recorded = header.record.filter(|r| r.inputs == inputs)?;
        if journal.is_some() || header.boot != marker::boot_id() {
            return None;
        }
        // No commit was cut short and the machine did not restart: the manifest is trusted.
        // An empty manifest is a bare marker (see `Previous::read`): nothing to trust.
        let presence = self.presence.as_ref()?;
        (presence.missing.is_empty() && presence.files > 0)
            .then_some((recorded.pages, presence.files))
    }

    /// The folder claimed for a build, with what the last build recorded there (parsed here);
    /// an error when it may not be written.
    pub fn claim(self) -> Result<Claimed, Diagnostic> {
        Ok(match self.claim? {
            guard::Claim::New => Claimed {
                existing: None,
                previous: Previous::default(),
            },
            guard::Claim::Existing {
                dir,
                marker,
                journal,
            } => Claimed {
                existing: Some(dir),
                previous: Previous::read(marker, journal.as_deref(), self.presence),
            },
        })
    }
}

/// An output folder the guard let a build write into, with what the last build left there: read
/// only, so it can be read while the site loads.
#[derive(Debug)]
pub struct Claimed {
    /// The output folder, open; `None` when it is new.
    existing: Option<OwnedFd>,
    previous: Previous,
}

impl Output {
    /// Checks that `dir` may be written (it is ours, marker and all, or empty or absent) and
    /// reads what the last build recorded there. Writes nothing.
    pub fn claim(root: &Path, dir: &Path) -> Result<Claimed, Diagnostic> {
        Output::find(root, dir).claim()
    }

    /// Reads what the output folder `dir` holds (see [`Found`]), and looks there for every file
    /// its marker lists. Writes nothing.
    pub fn find(root: &Path, dir: &Path) -> Found {
        Output::find_unless(root, dir, &AtomicBool::new(false))
    }

    /// [`Output::find`], which stops looking for the marker's files when `stop` is raised: a
    /// build that will make every page again trusts none of them anyway (see
    /// `Marker::shared`). None is trusted then.
    pub fn find_unless(root: &Path, dir: &Path, stop: &AtomicBool) -> Found {
        let claim = guard::claim(root, dir);
        let presence = match &claim {
            Ok(guard::Claim::Existing { dir, marker, .. })
                if Marker::parse_header(marker).boot == marker::boot_id() =>
            {
                Presence::of(marker, dir, stop)
            }
            _ => None,
        };
        Found {
            staging_left: std::fs::symlink_metadata(staging::staging_path(dir)).is_ok(),
            claim,
            presence,
        }
    }

    /// Opens `dir` for a build: checks it is ours (marker) or empty or absent, reads what the
    /// last build recorded, and creates a fresh staging folder beside it.
    pub fn prepare(root: &Path, dir: &Path, partial: bool) -> Result<Output, Diagnostic> {
        Output::prepare_claimed(Output::claim(root, dir)?, dir, partial)
    }

    /// [`Output::prepare`] of a folder claimed before.
    pub fn prepare_claimed(
        claimed: Claimed,
        dir: &Path,
        partial: bool,
    ) -> Result<Output, Diagnostic> {
        let Claimed { existing, previous } = claimed;
        let staging = Staging::create(dir, existing.is_none())?;
        Ok(Output {
            dir: dir.to_path_buf(),
            existing,
            previous,
            staging,
            record: None,
            shared: None,
            partial,
        })
    }

    /// [`Found::up_to_date`] of the output folder `dir`.
    pub fn up_to_date(root: &Path, dir: &Path, inputs: u64) -> Option<(usize, usize)> {
        Output::find(root, dir).up_to_date(inputs)
    }

    /// Whether the output folder is new (or was empty): the build renames its staging folder
    /// into place.
    pub fn is_new(&self) -> bool {
        self.existing.is_none()
    }

    /// Why this build checks every file it would otherwise trust, if it does.
    pub fn repair(&self) -> Option<Repair> {
        self.previous.repair
    }

    /// Records, for the next build, the inputs of this one (`None` for a shard or a build with
    /// warnings: those always rebuild in full, so that the warnings are shown again).
    pub fn set_record(&mut self, record: Option<Recorded>) {
        self.record = record;
    }

    /// Records, for the next build, the hash of the inputs every page of this one is made from
    /// (see `Marker::shared`).
    pub fn set_shared(&mut self, shared: Option<u64>) {
        self.shared = shared;
    }

    /// Whether the page at `rel` was built from exactly these inputs last time and was still
    /// there, a plain file, when the folder was read (see [`Output::find`]).
    pub fn is_current(&self, rel: &str, fingerprint: u64) -> bool {
        self.current_line(rel, fingerprint).is_some()
    }

    /// The place of `rel`'s line in the last marker, when [it is current](Output::is_current).
    fn current_line(&self, rel: &str, fingerprint: u64) -> Option<usize> {
        self.existing.as_ref()?;
        let line = self.previous.listed.find(rel)?;
        (self.previous.listed.line(line).1 == fingerprint).then_some(line)
    }

    /// The page at `rel` as one to keep, when [it is current](Output::is_current); `rel` back
    /// when it is not.
    pub fn current(&self, rel: String, fingerprint: u64) -> Result<Current, String> {
        self.current_line(&rel, fingerprint).map(Current).ok_or(rel)
    }

    /// Keeps pages as they are (their inputs did not change).
    pub fn keep_all(&self, pages: Vec<Current>) {
        self.staging.keep_all(pages);
    }

    /// Writes a page and records its fingerprint.
    pub fn write_page(&self, rel: &str, bytes: &[u8], fingerprint: u64) -> io::Result<()> {
        self.staging.stage(rel, bytes, Some(fingerprint))
    }

    /// Records `rel` as part of the new site and stages its bytes if they differ from the file
    /// already in the output. Safe to call from many threads.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        self.staging.stage(rel, bytes, None)
    }

    /// Moves the staged files into the output, removes files of the old site that the new one
    /// no longer has, and writes the marker (see the module docs for the order). Only called
    /// when every page rendered; `interrupt` stops it between two moves.
    pub fn commit(self, interrupt: &Interrupt) -> io::Result<WriteStats> {
        self.commit_with_cache(interrupt, || None)
    }

    /// [`Output::commit`], and into a folder that existed, the parse cache that `cache` makes
    /// (while the files are moved; `None` leaves it as it is), written once they are in place.
    /// A new folder gets no cache.
    pub fn commit_with_cache(
        self,
        interrupt: &Interrupt,
        cache: impl FnOnce() -> Option<Vec<u8>> + Send,
    ) -> io::Result<WriteStats> {
        let (staging, mut staged) = self.staging.finish();
        let mut stats = WriteStats {
            written: staged.written,
            unchanged: staged.unchanged,
            removed: 0,
        };
        if let Some(dir) = &self.existing
            && self.previous.same_files(&staged, self.partial)
        {
            // No file of the last build is stale.
            let files = std::mem::take(&mut staged.files);
            let (previous, written) = (&self.previous, stats.written);
            let record = (self.record, self.shared);
            stats.removed = commit::InPlace {
                dir,
                staging,
                staged: files,
                stale: Vec::new(),
                interrupt,
            }
            .run(
                || previous.marker_of_same_files(&staged, written, record),
                cache,
            )?;
            return Ok(stats);
        }
        // Every file is recorded (0 for files that are not pages), so that the next build knows
        // which files it wrote and never touches others.
        let mut manifest = Manifest(std::mem::take(&mut staged.produced));
        let listed = &self.previous.listed;
        for Current(line) in staged.kept.drain(..) {
            let (path, fingerprint) = listed.line(line);
            manifest.0.insert(path.to_string(), fingerprint);
        }
        if self.partial {
            // A shard keeps what other shards wrote into the same folder.
            for (path, fp) in listed.iter() {
                manifest.0.entry(path.to_string()).or_insert(fp);
            }
        }
        let Some(dir) = &self.existing else {
            let marker = new_marker(self.record, self.shared, manifest).render();
            commit::commit_new(&self.dir, &staging, &marker)?;
            return Ok(stats);
        };
        let mut stale: Vec<String> = (listed.iter())
            .filter(|(p, _)| !manifest.0.contains_key(*p))
            .map(|(p, _)| p.to_string())
            .collect();
        stale.sort();
        // A no-op rebuild (nothing staged, the same files, a trusted marker) leaves the marker
        // untouched too.
        let unchanged_site =
            (self.previous).stands(stats.written, (self.record, self.shared), || {
                manifest.0.len() == listed.len()
                    && listed.iter().all(|(p, fp)| manifest.0.get(p) == Some(&fp))
            });
        let (previous, record, shared) = (&self.previous, self.record, self.shared);
        let marker = move || {
            (!unchanged_site)
                .then(|| new_marker(record, shared, manifest).render_after(&previous.listed))
        };
        stats.removed = commit::InPlace {
            dir,
            staging,
            staged: staged.files,
            stale,
            interrupt,
        }
        .run(marker, cache)?;
        Ok(stats)
    }

    /// Drops the staging folder: the output stays exactly as it was.
    pub fn abort(self) {
        let (staging, _) = self.staging.finish();
        let _ = std::fs::remove_dir_all(staging);
    }
}

/// The inputs hash and the shared inputs hash (see `Marker::shared`) recorded by the marker of
/// the output folder `dir`, read from its first lines only. Hints for deciding early whether a
/// build may have nothing to do and whether it renders every page: only [`Found::up_to_date`],
/// which reads the whole folder, says that nothing is to be done.
pub fn recorded_hashes(dir: &Path) -> (Option<u64>, Option<u64>) {
    let head = nofollow::open_dir(dir)
        .and_then(|fd| nofollow::read_plain_file_start(&fd, MARKER, 4096))
        .unwrap_or_default();
    let header = Marker::parse_header(&String::from_utf8_lossy(&head));
    (header.record.map(|r| r.inputs), header.shared)
}

/// The largest parse cache read (a file this large is not one codeatlas wrote for any real site).
const MAX_MEMO_BYTES: u64 = 1 << 30;

/// The parse cache (`crate::memo::FILE`) of the output folder `dir`, if it is a folder of ours
/// (holding the marker) and the cache a plain file of sensible size; empty otherwise.
pub fn read_memo(dir: &Path) -> Vec<u8> {
    let read = || -> io::Result<Vec<u8>> {
        let fd = nofollow::open_dir(dir)?;
        let stat = rustix::fs::statat(
            &fd,
            crate::memo::FILE,
            rustix::fs::AtFlags::SYMLINK_NOFOLLOW,
        )?;
        if !nofollow::is_plain_file(&fd, MARKER) || stat.st_size as u64 > MAX_MEMO_BYTES {
            return Ok(Vec::new());
        }
        nofollow::read_plain_file(&fd, crate::memo::FILE)
    };
    read().unwrap_or_default()
}

/// The marker of this build.
fn new_marker(record: Option<Recorded>, shared: Option<u64>, manifest: Manifest) -> Marker {
    Marker {
        record,
        shared,
        boot: marker::boot_id(),
        manifest,
    }
}

#[cfg(test)]
mod tests;
