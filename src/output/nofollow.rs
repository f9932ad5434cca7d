//! File operations below the output folder that never follow a symbolic link: folders are opened
//! one component at a time with `O_NOFOLLOW`, and files are renamed, checked and removed relative
//! to the folder that holds them. A link a user put inside the output (`public/smtp` → elsewhere)
//! is never written through and never leads to a file outside the output being removed.

use std::io;
use std::os::fd::{AsFd, OwnedFd};
use std::path::Path;

use rustix::fs::{AtFlags, FileType, Mode, OFlags};

/// Opens the folder at `path` (following a link there: the output path is the user's choice).
pub fn open_dir(path: &Path) -> io::Result<OwnedFd> {
    Ok(rustix::fs::open(
        path,
        OFlags::DIRECTORY | OFlags::RDONLY | OFlags::CLOEXEC,
        Mode::empty(),
    )?)
}

/// Whether `name` in the open folder `dir` is a regular file (not a link, not a folder). For a
/// relative path, only the last component is not followed; links in earlier ones are (this only
/// reads).
pub fn is_plain_file(dir: impl AsFd, name: &str) -> bool {
    rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW)
        .is_ok_and(|st| FileType::from_raw_mode(st.st_mode).is_file())
}

/// [`is_plain_file`] for many paths in turn, each looked up from the folder that holds its
/// folder (opened once for a run of paths in the same one, as a sorted list gives them): the
/// path walk is then two names long instead of the whole path.
pub struct Folders<'a> {
    root: &'a OwnedFd,
    /// The last folder opened: its path below `root`, and the folder (`None`: not there).
    open: Option<(String, Option<OwnedFd>)>,
}

impl<'a> Folders<'a> {
    /// Paths below the open folder `root`.
    pub fn new(root: &'a OwnedFd) -> Folders<'a> {
        Folders { root, open: None }
    }

    /// Whether `rel` below the root is a regular file (links in its folders are followed, as
    /// [`is_plain_file`] does; the file itself is not).
    pub fn is_plain_file(&mut self, rel: &str) -> bool {
        // The folder that holds the file's folder, and the rest (`x/index.html`).
        let Some((holder, rest)) = rel
            .rsplitn(3, '/')
            .nth(2)
            .map(|holder| (holder, &rel[holder.len() + 1..]))
        else {
            return is_plain_file(self.root, rel);
        };
        if self.open.as_ref().is_none_or(|(path, _)| path != holder) {
            let fd = rustix::fs::openat(
                self.root,
                holder,
                OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
                Mode::empty(),
            );
            self.open = Some((holder.to_string(), fd.ok()));
        }
        match &self.open {
            Some((_, Some(fd))) => is_plain_file(fd, rest),
            _ => false,
        }
    }
}

/// Reads `name` in the open folder `dir`, refusing a link.
pub fn read_plain_file(dir: impl AsFd, name: &str) -> io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    open_plain_file(dir, name)?.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The first `limit` bytes (or fewer) of `name` in the open folder `dir`, refusing a link.
pub fn read_plain_file_start(dir: impl AsFd, name: &str, limit: usize) -> io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::with_capacity(limit);
    (open_plain_file(dir, name)?)
        .take(limit as u64)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// `name` in the open folder `dir`, opened for reading, refusing a link.
fn open_plain_file(dir: impl AsFd, name: &str) -> io::Result<std::fs::File> {
    let fd = rustix::fs::openat(
        dir,
        name,
        OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::empty(),
    )?;
    Ok(std::fs::File::from(fd))
}

/// Writes `bytes` as `name` in the open folder `dir` so that a reader (or a crash, or a power
/// loss) sees either the old file or the whole new one: a temporary file, flushed to disk, renamed
/// over the old one, then the folder itself flushed.
pub fn write_durably(dir: &OwnedFd, name: &str, bytes: &[u8]) -> io::Result<()> {
    replace(dir, name, bytes, true)?;
    rustix::fs::fsync(dir)?;
    Ok(())
}

/// Writes `bytes` as `name` in the open folder `dir` through a temporary file renamed over the
/// old one, so that a reader sees the old file or the whole new one; nothing is flushed to disk
/// (for files whose loss costs nothing but time, such as the parse cache).
pub fn write_replacing(dir: &OwnedFd, name: &str, bytes: &[u8]) -> io::Result<()> {
    replace(dir, name, bytes, false)
}

/// Writes `bytes` to `name.tmp` in `dir` (flushed to disk when `sync`), then renames it to `name`.
fn replace(dir: &OwnedFd, name: &str, bytes: &[u8], sync: bool) -> io::Result<()> {
    use std::io::Write;
    let temp = format!("{name}.tmp");
    let fd = rustix::fs::openat(
        dir,
        &temp,
        OFlags::WRONLY | OFlags::CREATE | OFlags::TRUNC | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::from_raw_mode(0o644),
    )?;
    let mut file = std::fs::File::from(fd);
    file.write_all(bytes)?;
    if sync {
        file.sync_all()?;
    }
    rustix::fs::renameat(dir, &temp, dir, name)?;
    Ok(())
}

/// Removes `name` from the open folder `dir` if it is a regular file; returns whether it did.
pub fn remove_plain_file(dir: impl AsFd, name: &str) -> io::Result<bool> {
    if !is_plain_file(&dir, name) {
        return Ok(false);
    }
    rustix::fs::unlinkat(dir, name, AtFlags::empty())?;
    Ok(true)
}

/// Opens folders below a root folder by relative path, one component at a time, never following
/// a link, and keeps the folders of the last path open for the next (sorted paths share most of
/// them).
pub struct FolderCursor<'a> {
    root: &'a OwnedFd,
    /// The folders of the last path opened, from the root down: (name, open folder).
    open: Vec<(String, OwnedFd)>,
}

impl<'a> FolderCursor<'a> {
    /// A cursor at `root`.
    pub fn new(root: &'a OwnedFd) -> FolderCursor<'a> {
        FolderCursor {
            root,
            open: Vec::new(),
        }
    }

    /// The folder `rel` (`/`-separated, `""` for the root). `Ok(None)` when a folder on the way is
    /// missing and `create` is false; an error when one is a link or not a folder.
    pub fn open(&mut self, rel: &str, create: bool) -> io::Result<Option<&OwnedFd>> {
        let parts: Vec<&str> = rel.split('/').filter(|p| !p.is_empty()).collect();
        let shared = self
            .open
            .iter()
            .zip(&parts)
            .take_while(|((name, _), part)| name == *part)
            .count();
        self.open.truncate(shared);
        for (depth, part) in parts.iter().enumerate().skip(shared) {
            let parent = self.open.last().map_or(self.root, |(_, fd)| fd);
            match open_child(parent, part, create) {
                Ok(Some(fd)) => self.open.push(((*part).to_string(), fd)),
                Ok(None) => return Ok(None),
                Err(err) => return Err(not_a_folder(&parts[..=depth], err)),
            }
        }
        Ok(Some(self.open.last().map_or(self.root, |(_, fd)| fd)))
    }

    /// [`FolderCursor::open`] without creating, the folder itself opened apart (the caller
    /// owns it; the folders above it stay open for the next path). `rel` must not be `""`.
    pub fn open_owned(&mut self, rel: &str) -> io::Result<Option<OwnedFd>> {
        let (above, name) = rel.rsplit_once('/').unwrap_or(("", rel));
        let Some(parent) = self.open(above, false)? else {
            return Ok(None);
        };
        open_child(parent, name, false).map_err(|err| {
            let parts: Vec<&str> = rel.split('/').filter(|p| !p.is_empty()).collect();
            not_a_folder(&parts, err)
        })
    }

    /// Removes the folders of the last path opened, deepest first, while they are empty.
    pub fn remove_empty_folders(&mut self) {
        while let Some((name, fd)) = self.open.pop() {
            drop(fd);
            let parent = self.open.last().map_or(self.root, |(_, fd)| fd);
            if rustix::fs::unlinkat(parent, &name, AtFlags::REMOVEDIR).is_err() {
                // Not empty (or not ours to remove): the folders above are not empty either.
                self.open.clear();
                return;
            }
        }
    }
}

/// Opens the folder `name` in `parent` without following a link, creating it when asked.
fn open_child(parent: &OwnedFd, name: &str, create: bool) -> io::Result<Option<OwnedFd>> {
    let flags = OFlags::DIRECTORY | OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    match rustix::fs::openat(parent, name, flags, Mode::empty()) {
        Ok(fd) => Ok(Some(fd)),
        Err(rustix::io::Errno::NOENT) if create => {
            match rustix::fs::mkdirat(parent, name, Mode::from_raw_mode(0o755)) {
                Ok(()) | Err(rustix::io::Errno::EXIST) => {}
                Err(err) => return Err(err.into()),
            }
            Ok(Some(rustix::fs::openat(
                parent,
                name,
                flags,
                Mode::empty(),
            )?))
        }
        Err(rustix::io::Errno::NOENT) => Ok(None),
        Err(err) => Err(err.into()),
    }
}

/// The error for a path component that is a link (or a file) where a folder was expected.
fn not_a_folder(parts: &[&str], err: io::Error) -> io::Error {
    let path = parts.join("/");
    if matches!(err.raw_os_error(), Some(code) if code == rustix::io::Errno::LOOP.raw_os_error() || code == rustix::io::Errno::NOTDIR.raw_os_error())
    {
        io::Error::other(format!(
            "`{path}` in the output folder is a symbolic link or a file, not a folder; codeatlas \
             never writes through a link: remove it (or move it out of the output folder)"
        ))
    } else {
        io::Error::new(err.kind(), format!("`{path}`: {err}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_refuses_links_and_creates_folders() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("link")).unwrap();
        let root = open_dir(dir.path()).unwrap();
        let mut cursor = FolderCursor::new(&root);
        assert!(cursor.open("a/b", false).unwrap().is_none());
        assert!(cursor.open("a/b", true).unwrap().is_some());
        assert!(dir.path().join("a/b").is_dir());
        let err = cursor.open("link/x", true).unwrap_err();
        assert!(err.to_string().contains("`link`"), "{err}");
        assert!(!outside.path().join("x").exists());
        cursor.open("a/b", false).unwrap();
        cursor.remove_empty_folders();
        assert!(!dir.path().join("a").exists());
    }
}
