//! The marker file `.codeatlas-output` and the commit journal `.codeatlas-journal`: what a
//! build records in its output folder (the inputs hash, the machine's boot, every file it wrote
//! with its page fingerprint) and which files a commit that has begun may have replaced. Paths
//! that could lead out of the folder are never read from either.

use std::ops::Range;

use hashbrown::HashTable;

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
    /// The hash of the inputs every page is made from (templates, messages, config, family
    /// files, references), when known: a build whose own differs renders every page again, so
    /// it need not look for the files first.
    pub shared: Option<u64>,
    /// Every file of the output with its page fingerprint (0 for other files).
    pub manifest: Manifest,
}

impl Marker {
    /// Reads a marker file (lines it does not know are ignored).
    #[cfg(test)]
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
            shared: value("shared").and_then(|hex| u64::from_str_radix(hex, 16).ok()),
            manifest: Manifest::default(),
        }
    }

    /// The file's text: a header for people, then the keyed lines, then the manifest.
    pub fn render(&self) -> String {
        let mut out = self.header();
        out.push_str(&self.manifest.render());
        out
    }

    /// [`Marker::render`], with the manifest in the order of the `previous` marker's lines when
    /// that gives the same text (see [`Manifest::render_in_order`]), which saves sorting it.
    pub fn render_after(&self, previous: &Listed) -> String {
        match self.manifest.render_in_order(previous) {
            Some(manifest) => self.header() + &manifest,
            None => self.render(),
        }
    }

    /// The file's text with the given manifest `lines` (see [`Manifest::render_changed`]) in
    /// place of its own manifest's.
    pub fn render_with_lines(&self, lines: &str) -> String {
        self.header() + lines
    }

    /// The lines before the manifest.
    fn header(&self) -> String {
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
        if let Some(shared) = self.shared {
            out.push_str(&format!("shared {shared:016x}\n"));
        }
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
    /// Parses the marker file's lines `<hex> <path>` (see [`Listed::read`]).
    #[cfg(test)]
    pub fn parse(text: &str) -> Manifest {
        Manifest(
            text.lines()
                .filter_map(entry)
                .map(|(path, fp)| (path.to_string(), fp))
                .collect(),
        )
    }

    /// Every path of the marker file's manifest lines (the same paths, with the same checks, as
    /// [`Listed::read`] keeps), piece by piece on every core (see [`Manifest::pieces`]).
    #[cfg(test)]
    pub fn paths(text: &str) -> impl rayon::iter::ParallelIterator<Item = &str> {
        use rayon::prelude::*;
        Manifest::pieces(text)
            .into_par_iter()
            .with_max_len(1)
            .flat_map_iter(Manifest::paths_of_piece)
    }

    /// The manifest lines' paths of one piece of a marker's text (see [`Manifest::pieces`]).
    pub fn paths_of_piece(piece: &str) -> impl Iterator<Item = &str> {
        piece.lines().filter_map(entry).map(|(path, _)| path)
    }

    /// A marker's text in pieces of whole lines of about 16 KiB, to be handed out one job each:
    /// looking a file up costs the same everywhere, but not always the same time, so that
    /// halving the text (as `par_lines` does) can leave one core looking up a quarter of the
    /// files alone at the end.
    pub fn pieces(text: &str) -> Vec<&str> {
        const PIECE: usize = 16 * 1024;
        let mut pieces = Vec::with_capacity(text.len() / PIECE + 1);
        let mut rest = text;
        while rest.len() > PIECE {
            // Just after a newline: always a character boundary.
            let newline = rest.as_bytes()[PIECE..].iter().position(|&b| b == b'\n');
            let end = newline.map_or(rest.len(), |n| PIECE + n + 1);
            let (piece, after) = rest.split_at(end);
            pieces.push(piece);
            rest = after;
        }
        pieces.push(rest);
        pieces
    }

    /// Writes the lines, sorted by path so that the file is deterministic.
    pub fn render(&self) -> String {
        use rayon::slice::ParallelSliceMut;
        let mut entries: Vec<_> = self.0.iter().collect();
        // Paths are unique: an unstable sort gives the same order.
        entries.par_sort_unstable_by(|a, b| a.0.cmp(b.0));
        let mut out = String::with_capacity(entries.len() * 48);
        for (path, fp) in entries {
            push_line(&mut out, *fp, path);
        }
        out
    }

    /// [`Manifest::render`] without sorting: the lines in the order of the `previous` marker's,
    /// when they stand in sorted order and list exactly the paths of this manifest (as the last
    /// marker does when the site has the same files). `None` when they do not.
    pub fn render_in_order(&self, previous: &Listed) -> Option<String> {
        let lines = previous.sorted_lines()?;
        if lines.len() != self.0.len() {
            return None;
        }
        let mut out = String::with_capacity(previous.text.len());
        for (place, _) in lines {
            let path = &previous.text[place.clone()];
            push_line(&mut out, *self.0.get(path)?, path);
        }
        Some(out)
    }

    /// The manifest lines of `previous` (when sorted, see [`Listed::is_sorted`]), with the
    /// fingerprints of `changed` for the files it names: the lines of a site that has the same
    /// files as the last one, some of them made again. Files `changed` names that `previous`
    /// does not are left out.
    pub fn render_changed(previous: &Listed, changed: &StrMap<u64>) -> String {
        let mut out = String::with_capacity(previous.text.len());
        for (place, recorded) in previous.sorted_lines().unwrap_or_default() {
            let path = &previous.text[place.clone()];
            let fingerprint = changed.get(path).unwrap_or(recorded);
            push_line(&mut out, *fingerprint, path);
        }
        out
    }
}

/// A manifest line: its path (a range of the marker's text) and fingerprint.
type Line = (Range<usize>, u64);

/// The manifest of the last marker, read where it stands: each line's path is a range of the
/// marker's text (no path is copied), found through a table of path hashes.
#[derive(Debug, Default)]
pub struct Listed {
    /// The marker's text.
    text: String,
    /// Each manifest line's path (a range of `text`) and fingerprint, in the text's order.
    lines: Vec<Line>,
    /// The place in `lines` of each path's last line, by the path's hash.
    table: HashTable<usize>,
    /// Whether the paths stand in strictly increasing order (so each once).
    sorted: bool,
}

/// A path's hash in [`Listed`]'s table.
fn path_hash(path: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(path)
}

impl Listed {
    /// Reads the manifest lines `<hex> <path>` of a marker's `text`. Other lines are ignored,
    /// and so are paths that could lead out of the output folder (absolute, `..`, `.`, empty
    /// parts, `\`): a marker edited by hand must never make a rebuild delete or check files
    /// elsewhere. A path listed twice has the fingerprint of its last line.
    pub fn read(text: String) -> Listed {
        let mut lines = Vec::with_capacity(text.bytes().filter(|&b| b == b'\n').count() + 1);
        let mut sorted = true;
        let mut last = "";
        for (path, fingerprint) in text.lines().filter_map(entry) {
            sorted &= last.is_empty() || last < path;
            last = path;
            // `path` is a part of `text`.
            let start = path.as_ptr() as usize - text.as_ptr() as usize;
            lines.push((start..start + path.len(), fingerprint));
        }
        let mut table = HashTable::with_capacity(lines.len());
        for (i, (place, _)) in lines.iter().enumerate() {
            let path = &text[place.clone()];
            let hash = path_hash(path);
            let same = |&j: &usize| text[lines[j].0.clone()] == *path;
            match table.find_mut(hash, same) {
                Some(slot) => *slot = i,
                None => {
                    let rehash = |&j: &usize| path_hash(&text[lines[j].0.clone()]);
                    table.insert_unique(hash, i, rehash);
                }
            }
        }
        Listed {
            text,
            lines,
            table,
            sorted,
        }
    }

    /// How many paths it lists.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether it lists no path.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// The place of `path`'s line, if it is listed.
    pub fn find(&self, path: &str) -> Option<usize> {
        let same = |&j: &usize| self.text[self.lines[j].0.clone()] == *path;
        self.table.find(path_hash(path), same).copied()
    }

    /// The fingerprint recorded for `path`, if it is listed.
    pub fn get(&self, path: &str) -> Option<u64> {
        self.find(path).map(|i| self.lines[i].1)
    }

    /// The path and fingerprint of the line at `place` (see [`Listed::find`]).
    pub fn line(&self, place: usize) -> (&str, u64) {
        let (range, fingerprint) = &self.lines[place];
        (&self.text[range.clone()], *fingerprint)
    }

    /// Trusts no fingerprint of `path` (0), if it is listed.
    pub fn distrust(&mut self, path: &str) {
        if let Some(i) = self.find(path) {
            self.lines[i].1 = 0;
        }
    }

    /// Trusts no fingerprint at all.
    pub fn distrust_all(&mut self) {
        self.lines.iter_mut().for_each(|line| line.1 = 0);
    }

    /// Every path listed, once, with its fingerprint.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u64)> {
        self.table.iter().map(|&i| self.line(i))
    }

    /// Whether the paths stand in strictly increasing order (each once).
    pub fn is_sorted(&self) -> bool {
        self.sorted
    }

    /// The lines in the text's order, when their paths stand in strictly increasing order.
    fn sorted_lines(&self) -> Option<&[Line]> {
        self.sorted.then_some(self.lines.as_slice())
    }
}

/// A manifest line's path and fingerprint, when it is one and its path stays inside the output.
fn entry(line: &str) -> Option<(&str, u64)> {
    // The form this file writes, read without searching: 16 hex digits, a space, the path.
    if let (Some(digits), Some(b' ')) = (line.as_bytes().get(..16), line.as_bytes().get(16))
        && let Some(fingerprint) = hex16(digits)
    {
        let path = &line[17..];
        return stays_inside(path).then_some((path, fingerprint));
    }
    let (hex, path) = line.split_once(' ')?;
    let fingerprint = u64::from_str_radix(hex, 16).ok()?;
    stays_inside(path).then_some((path, fingerprint))
}

/// The value of 16 hex digits.
fn hex16(digits: &[u8]) -> Option<u64> {
    // Each byte's digit value, or 16 for a byte that is not a hex digit.
    const VALUES: [u8; 256] = {
        let mut values = [16u8; 256];
        let mut i = 0;
        while i < 10 {
            values[b'0' as usize + i] = i as u8;
            i += 1;
        }
        let mut i = 0;
        while i < 6 {
            values[b'a' as usize + i] = 10 + i as u8;
            values[b'A' as usize + i] = 10 + i as u8;
            i += 1;
        }
        values
    };
    let mut value = 0u64;
    let mut invalid = 0u8;
    for &digit in digits {
        let d = VALUES[digit as usize];
        invalid |= d & 16;
        value = value << 4 | u64::from(d & 15);
    }
    (invalid == 0).then_some(value)
}

/// Appends the manifest line `<fingerprint: 16 hex digits> <path>`.
pub fn push_line(out: &mut String, fingerprint: u64, path: &str) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut hex = [0u8; 16];
    for (i, digit) in hex.iter_mut().enumerate() {
        *digit = DIGITS[(fingerprint >> ((15 - i) * 4)) as usize & 0xf];
    }
    // Hex digits are ASCII.
    out.push_str(std::str::from_utf8(&hex).unwrap_or_default());
    out.push(' ');
    out.push_str(path);
    out.push('\n');
}

/// Whether a relative path from the marker names a file inside the output folder: plain `/`
/// separated names, none of them empty, `.` or `..`, and no `\`.
fn stays_inside(path: &str) -> bool {
    // One pass: a name of at most two bytes, all of them dots, is empty, `.` or `..`.
    let refused = |len: usize, dots: usize| len == dots && len <= 2;
    let (mut len, mut dots) = (0, 0);
    for &b in path.as_bytes() {
        match b {
            b'/' if refused(len, dots) => return false,
            b'/' => (len, dots) = (0, 0),
            b'\\' => return false,
            b'.' => (len, dots) = (len + 1, dots + 1),
            _ => len += 1,
        }
    }
    !refused(len, dots)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rayon::prelude::*;

    #[test]
    fn markers_round_trip() {
        let mut marker = Marker {
            record: Some(Recorded {
                inputs: 0xabc,
                pages: 12,
            }),
            boot: Some("0d1f-22".into()),
            shared: Some(0x5),
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
    fn paths_of_a_long_marker_are_every_path_once_whatever_the_characters() {
        let mut text = String::from("header\n");
        let mut expected = Vec::new();
        for n in 0..5000 {
            // Mostly two-byte characters: the pieces' ends fall inside some of them.
            let path = format!("vi/{}{n}/index.html", "ã".repeat(30 + n as usize % 7));
            push_line(&mut text, n, &path);
            expected.push(path);
        }
        let mut paths: Vec<String> = Manifest::paths(&text).map(str::to_string).collect();
        paths.sort();
        expected.sort();
        assert_eq!(paths, expected);
    }

    #[test]
    fn paths_are_the_manifests_paths() {
        let text = "header\n00000000000000ff a/index.html\nzz b\n0000000000000000 ../x\n";
        let mut parsed: Vec<String> = Manifest::parse(text).0.into_keys().collect();
        parsed.sort();
        let paths: Vec<String> = Manifest::paths(text).map(str::to_string).collect();
        assert_eq!(paths, parsed);
        assert_eq!(paths, ["a/index.html"]);
    }

    #[test]
    fn manifest_ignores_paths_that_leave_the_output_folder() {
        let text = "0000000000000001 ../outside.txt\n0000000000000001 /etc/passwd\n\
                    0000000000000001 a/../../b\n0000000000000001 a//b\n0000000000000001 ./a\n\
                    0000000000000001 a\\..\\b\n0000000000000001 smtp/552/index.html\n";
        let m = Manifest::parse(text);
        assert_eq!(m.0.keys().collect::<Vec<_>>(), vec!["smtp/552/index.html"]);
    }

    #[test]
    fn sixteen_hex_digits_of_either_case_and_nothing_else_are_a_fingerprint() {
        assert_eq!(hex16(b"00000000000000ff"), Some(255));
        assert_eq!(hex16(b"FEDCBA9876543210"), Some(0xfedc_ba98_7654_3210));
        assert_eq!(hex16(b"0123456789abcdef"), Some(0x0123_4567_89ab_cdef));
        for bad in [
            b"000000000000000g",
            b"00000000000000 1",
            b"0000000000000:00",
        ] {
            assert_eq!(hex16(bad), None, "{}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn paths_inside_and_outside() {
        for inside in [
            "a",
            "a/b.html",
            ".hidden/x",
            "a/.../b",
            "..a/b.",
            "vi/http/404/index.html",
        ] {
            assert!(stays_inside(inside), "{inside}");
        }
        for outside in [
            "", "/", "a/", "/a", "a//b", "./a", "a/.", "a/./b", "..", "a/../b", "a\\b",
        ] {
            assert!(!stays_inside(outside), "{outside}");
        }
    }

    #[test]
    fn the_previous_order_is_used_only_when_it_gives_the_sorted_text() {
        let manifest = |paths: &[(&str, u64)]| {
            Manifest(paths.iter().map(|(p, fp)| (p.to_string(), *fp)).collect())
        };
        let in_order = |text: &str, m: &Manifest| m.render_in_order(&Listed::read(text.into()));
        let old = manifest(&[("a/index.html", 1), ("b/index.html", 2), ("c.css", 0)]);
        let previous = Marker {
            record: None,
            boot: Some("1-2".into()),
            shared: None,
            manifest: old.clone(),
        }
        .render();
        assert_eq!(Manifest::parse(&previous), old);
        // The same files, one fingerprint changed: the same text as a sorted render.
        let new = manifest(&[("c.css", 0), ("b/index.html", 7), ("a/index.html", 1)]);
        assert_eq!(in_order(&previous, &new), Some(new.render()));
        // A file more, a file less, or another file: sorted afresh.
        let more = manifest(&[
            ("a/index.html", 1),
            ("b/index.html", 2),
            ("c.css", 0),
            ("d", 0),
        ]);
        assert_eq!(in_order(&previous, &more), None);
        let less = manifest(&[("a/index.html", 1), ("c.css", 0)]);
        assert_eq!(in_order(&previous, &less), None);
        let other = manifest(&[("a/index.html", 1), ("b/index.htm", 2), ("c.css", 0)]);
        assert_eq!(in_order(&previous, &other), None);
        // A previous marker out of order, or listing a file twice, has no order to follow.
        let unsorted = "0000000000000001 b/index.html\n0000000000000001 a/index.html\n0000000000000000 c.css\n";
        assert!(!Listed::read(unsorted.into()).is_sorted());
        let twice = "0000000000000001 a/index.html\n0000000000000001 a/index.html\n0000000000000000 c.css\n";
        assert!(!Listed::read(twice.into()).is_sorted());
        let marker = Marker {
            record: None,
            boot: None,
            shared: None,
            manifest: new.clone(),
        };
        let listed = Listed::read(previous.clone());
        assert_eq!(marker.render_after(&listed), marker.render());
        assert_eq!(
            marker.render_after(&Listed::read("garbage".into())),
            marker.render()
        );
    }

    #[test]
    fn listed_paths_are_found_in_place_and_a_path_twice_has_its_last_fingerprint() {
        let text = "header\n0000000000000001 b/index.html\n00000000000000ff a/index.html\n\
                    zz c\n0000000000000002 ../x\n0000000000000003 b/index.html\n";
        let mut listed = Listed::read(text.into());
        assert_eq!(listed.len(), 2);
        assert_eq!(listed.get("a/index.html"), Some(0xff));
        assert_eq!(listed.get("b/index.html"), Some(3));
        assert_eq!(listed.get("../x"), None);
        assert_eq!(listed.get("c"), None);
        let place = listed.find("a/index.html").unwrap();
        assert_eq!(listed.line(place), ("a/index.html", 0xff));
        let mut all: Vec<_> = listed.iter().collect();
        all.sort();
        assert_eq!(all, [("a/index.html", 0xff), ("b/index.html", 3)]);
        listed.distrust("b/index.html");
        assert_eq!(listed.get("b/index.html"), Some(0));
        listed.distrust_all();
        assert_eq!(listed.get("a/index.html"), Some(0));
    }
}
