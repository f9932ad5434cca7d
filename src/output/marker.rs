//! The marker file `.codeatlas-output`: what a build records in its output folder (the state of
//! the last commit, the inputs hash, every file it wrote with its page fingerprint) and how it is
//! read back. Paths that could lead out of the folder are never read from it.

use crate::hash::StrMap;

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
