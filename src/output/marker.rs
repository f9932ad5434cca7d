//! The marker file `.codeatlas-output` and the commit journal `.codeatlas-journal`: what a
//! build records in its output folder (the inputs hash, the machine's boot, every file it wrote
//! with its page fingerprint) and which files a commit that has begun may have replaced. Paths
//! that could lead out of the folder are never read from either.

use crate::hash::StrMap;

/// The marker file codeatlas writes into every output folder it owns, last of all its files.
pub const MARKER: &str = ".codeatlas-output";

/// The journal: present only while a commit moves files into place.
pub const JOURNAL: &str = ".codeatlas-journal";

/// What the marker records of a complete build that had no warnings: the hash of its inputs
/// (`Snapshot::inputs_hash`) and how many pages it rendered. A later build with the same inputs,
/// into an output that still has every file, has nothing to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recorded {
    /// The inputs hash.
    pub inputs: u64,
    /// Pages rendered (redirect pages included).
    pub pages: usize,
}

/// The whole marker file.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Marker {
    /// The inputs of the build, when it may be trusted to skip the next one.
    pub record: Option<Recorded>,
    /// The boot of the machine the build ran on (see [`boot_id`]).
    pub boot: Option<String>,
    /// Every file of the output with its page fingerprint (0 for other files).
    pub manifest: Manifest,
}

impl Marker {
    /// Reads a marker file; lines it does not know are ignored.
    pub fn parse(text: &str) -> Marker {
        Marker {
            manifest: Manifest::parse(text),
            ..Marker::parse_header(text)
        }
    }

    /// Reads only the keyed lines before the manifest (the record and the boot), which is all
    /// the fast path needs to know whether a rebuild may have nothing to do.
    pub fn parse_header(text: &str) -> Marker {
        let value = |key: &str| {
            text.lines()
                .take_while(|line| !is_manifest_line(line))
                .find_map(|line| line.strip_prefix(key)?.strip_prefix(' '))
        };
        let record = (|| {
            Some(Recorded {
                inputs: u64::from_str_radix(value("inputs")?, 16).ok()?,
                pages: value("pages")?.parse().ok()?,
            })
        })();
        Marker {
            record,
            boot: value("boot").map(str::to_string),
            manifest: Manifest::default(),
        }
    }

    /// The file's text: a header for people, then the keyed lines, then the manifest.
    pub fn render(&self) -> String {
        let mut out = String::from(
            "This folder is written by codeatlas. Its files are replaced on every build.\n\
             The lines below record what each page was built from.\n",
        );
        if let Some(boot) = &self.boot {
            out.push_str(&format!("boot {boot}\n"));
        }
        if let Some(r) = self.record {
            out.push_str(&format!("inputs {:016x}\npages {}\n", r.inputs, r.pages));
        }
        out.push_str(&self.manifest.render());
        out
    }
}

/// Whether a marker line is a manifest entry (`<16 hex digits> <path>`): the keyed lines stand
/// before the first of them.
fn is_manifest_line(line: &str) -> bool {
    line.as_bytes().get(16) == Some(&b' ')
        && line.as_bytes()[..16].iter().all(u8::is_ascii_hexdigit)
}

/// The journal's text: the files a commit is about to replace or add, one per line.
pub fn render_journal<'a>(paths: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::from(
        "codeatlas is moving these files into place; if this file is still here, that commit was \
         interrupted and the next build checks them.\n",
    );
    for path in paths {
        out.push_str(path);
        out.push('\n');
    }
    out
}

/// The paths a journal names (its first line is the header; unsafe paths are dropped).
pub fn parse_journal(text: &str) -> Vec<String> {
    text.lines()
        .skip(1)
        .filter(|path| stays_inside(path))
        .map(str::to_string)
        .collect()
}

/// The identity of the machine's current boot (Linux), so that a build can tell that the machine
/// restarted since the last one: after a power loss, files the last build wrote may not have
/// reached the disk although its marker did. `None` where the system does not say.
pub fn boot_id() -> Option<String> {
    let text = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").ok()?;
    let id = text.trim();
    (!id.is_empty() && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-'))
        .then(|| id.to_string())
}

/// The fingerprints recorded at the last build: output path → fingerprint.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Manifest(pub StrMap<u64>);

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
        use rayon::slice::ParallelSliceMut;
        use std::fmt::Write;
        let mut entries: Vec<_> = self.0.iter().collect();
        // Paths are unique: an unstable sort gives the same order.
        entries.par_sort_unstable_by(|a, b| a.0.cmp(b.0));
        let mut out = String::with_capacity(entries.len() * 48);
        for (path, fp) in entries {
            // Writing into a String cannot fail.
            let _ = writeln!(out, "{fp:016x} {path}");
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_round_trip() {
        let mut marker = Marker {
            record: Some(Recorded {
                inputs: 0xabc,
                pages: 12,
            }),
            boot: Some("0d1f-22".into()),
            manifest: Manifest::default(),
        };
        marker.manifest.0.insert("index.html".into(), 1);
        assert_eq!(Marker::parse(&marker.render()), marker);
        let bare = Marker::default();
        assert_eq!(Marker::parse(&bare.render()), bare);
    }

    #[test]
    fn journals_round_trip_without_unsafe_paths() {
        let text = render_journal(["a/index.html", "../x", "b.css"].into_iter());
        assert_eq!(parse_journal(&text), vec!["a/index.html", "b.css"]);
    }

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
