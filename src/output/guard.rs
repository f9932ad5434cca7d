//! The output guard: which folders a build may write into. codeatlas writes only into a folder
//! it made itself (holding its marker as a plain file, not a link), an empty folder or a new one,
//! and never into the site folder or its sources.

use std::io;
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};

use super::marker::{JOURNAL, MARKER};
use super::nofollow;
use crate::error::Diagnostic;

/// What the guard found at the output path.
pub enum Claim {
    /// Absent, or an empty folder: the staging folder is renamed into its place.
    New,
    /// A folder of ours (or an empty folder reached through a link), open; with the text of its
    /// marker and of an unfinished commit's journal, where present.
    Existing {
        /// The output folder, open.
        dir: OwnedFd,
        /// The marker's text (empty for an empty folder).
        marker: String,
        /// The journal's text, when a commit was interrupted.
        journal: Option<String>,
    },
}

/// Decides whether `dir` may be written, and reads what the last build left there.
pub fn claim(root: &Path, dir: &Path) -> Result<Claim, Diagnostic> {
    check_location(root, dir)?;
    let shown = dir.to_path_buf();
    let link = match std::fs::symlink_metadata(dir) {
        Ok(meta) => meta.file_type().is_symlink(),
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Claim::New),
        Err(err) => return Err(cannot_open(&shown, &err)),
    };
    let empty = match std::fs::read_dir(dir) {
        Ok(mut entries) => entries.next().is_none(),
        Err(err) if err.kind() == io::ErrorKind::NotADirectory => {
            return Err(
                Diagnostic::error(shown, "the output path is a file, not a folder")
                    .hint("choose a folder for --output"),
            );
        }
        Err(err) => return Err(cannot_open(&shown, &err)),
    };
    if empty && !link {
        return Ok(Claim::New);
    }
    let fd = nofollow::open_dir(dir).map_err(|e| cannot_open(&shown, &e))?;
    if empty {
        return Ok(Claim::Existing {
            dir: fd,
            marker: String::new(),
            journal: None,
        });
    }
    // The marker must be a plain file: a link named like it proves nothing.
    if !nofollow::is_plain_file(&fd, MARKER) {
        return Err(Diagnostic::error(
            shown,
            "the output folder is not empty and was not made by codeatlas; nothing was deleted",
        )
        .hint(format!(
            "choose another --output, or empty this folder yourself (codeatlas only replaces folders holding its {MARKER} file)"
        )));
    }
    let read = |name| {
        nofollow::read_plain_file(&fd, name).ok().map(|b| {
            String::from_utf8(b)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
        })
    };
    let marker = read(MARKER).unwrap_or_default();
    let journal = read(JOURNAL);
    Ok(Claim::Existing {
        dir: fd,
        marker,
        journal,
    })
}

fn cannot_open(shown: &Path, err: &io::Error) -> Diagnostic {
    Diagnostic::error(shown, format!("cannot open the output folder: {err}"))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_root_and_content_folders() {
        let root = tempfile::tempdir().unwrap();
        assert!(check_location(root.path(), root.path()).is_err());
        assert!(check_location(root.path(), &root.path().join("content/x")).is_err());
        assert!(check_location(&root.path().join("site"), root.path()).is_err());
        assert!(check_location(root.path(), &root.path().join("public")).is_ok());
    }

    #[test]
    fn a_linked_marker_does_not_make_a_folder_ours() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("public");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("precious.txt"), "keep").unwrap();
        std::fs::write(root.path().join("elsewhere"), "").unwrap();
        std::os::unix::fs::symlink(root.path().join("elsewhere"), out.join(MARKER)).unwrap();
        let refused = claim(root.path(), &out).err().map(|d| d.message);
        assert!(
            refused.is_some_and(|m| m.contains("not made by codeatlas")),
            "a linked marker was trusted"
        );
    }
}
