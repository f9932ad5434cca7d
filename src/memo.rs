//! Results of parsing kept from one build to the next (the file `.codeatlas-cache` in the output
//! folder): each entry is the JSON of a value computed from one input (a code file's bytes),
//! keyed by a 128-bit hash of the generator build, the kind of value and the input. Nothing in it
//! is trusted blindly: a file of another build, or one that is garbled or cut short, is ignored
//! as a whole; an entry whose checksum or JSON does not hold is computed again. A build with the
//! cache writes exactly what a build without it writes.

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hash, Hasher as _};
use std::ops::Range;
use std::sync::{Mutex, PoisonError};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::hash::Hasher64;

/// The cache file's name in the output folder.
pub const FILE: &str = ".codeatlas-cache";

/// The first line of the file, for people who come across it.
const HEADER: &str = "codeatlas keeps parsed input files here to rebuild faster; safe to delete\n";

/// The generator build: a cache written by another build of codeatlas is never read.
const BUILD: &str = env!("CODEATLAS_BUILD_ID");

/// The file is written again once more than one in this many of its entries are out of date
/// (see [`Memo::worth_writing`]): on the shipped site, after about eight files were edited.
const STALE_SHARE: usize = 24;

/// The key of one entry: two independent 64-bit hashes of (build, kind, input).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Key(u64, u64);

impl Key {
    fn of(kind: &str, input: &[u8]) -> Key {
        let seeded = |seed| {
            let mut h = Hasher64::with_seed(seed);
            (BUILD, kind, input).hash(&mut h);
            h.finish()
        };
        Key(seeded(0), seeded(0x9e37_79b9_7f4a_7c15))
    }
}

/// The checksum of an entry: its key and its JSON, so that a damaged line or body is noticed.
fn checksum(key: Key, json: &[u8]) -> u64 {
    crate::hash::of((key.0, key.1, json))
}

/// The entries of a file read: key → (checksum, range of its JSON).
type Entries = HashMap<Key, (u64, Range<usize>), BuildHasherDefault<Hasher64>>;

/// Where an entry's JSON is: in the file read at the start, or computed by this build.
#[derive(Debug)]
enum Json {
    /// A range of the file read.
    Read(Range<usize>),
    /// Computed now.
    Fresh(Vec<u8>),
}

/// The cache of one build: the entries read, and those this build used or computed (the next
/// file holds only these, so entries of deleted or changed files drop out).
#[derive(Debug)]
pub struct Memo {
    /// Whether values are recorded at all (`check` does not keep them).
    enabled: bool,
    /// The file as read.
    bytes: Vec<u8>,
    /// Entries of the file read.
    read: Entries,
    /// Entries of this build.
    next: Mutex<BTreeMap<Key, Json>>,
}

impl Memo {
    /// A cache that keeps nothing: every value is computed.
    pub fn off() -> Memo {
        Memo {
            enabled: false,
            ..Memo::from_file(Vec::new())
        }
    }

    /// The cache as read from its file (`bytes` empty when there is none); a file that is not
    /// a whole cache of this build gives an empty cache.
    pub fn from_file(bytes: Vec<u8>) -> Memo {
        let read = parse(&bytes).unwrap_or_default();
        Memo {
            enabled: true,
            bytes,
            read,
            next: Mutex::new(BTreeMap::new()),
        }
    }

    /// The value of kind `kind` computed from `input`: the cached one when an intact entry
    /// exists, otherwise `compute()` (whose success is kept for the next build; errors are not).
    pub fn get_or_compute<T, E>(
        &self,
        kind: &str,
        input: &[u8],
        compute: impl FnOnce() -> Result<T, E>,
    ) -> Result<T, E>
    where
        T: Serialize + DeserializeOwned,
    {
        if !self.enabled {
            return compute();
        }
        let key = Key::of(kind, input);
        if let Some((sum, range)) = self.read.get(&key) {
            let json = &self.bytes[range.clone()];
            if checksum(key, json) == *sum
                && let Ok(value) = serde_json::from_slice(json)
            {
                self.keep(key, Json::Read(range.clone()));
                return Ok(value);
            }
        }
        let value = compute()?;
        if let Ok(json) = serde_json::to_vec(&value) {
            self.keep(key, Json::Fresh(json));
        }
        Ok(value)
    }

    fn keep(&self, key: Key, json: Json) {
        let mut next = self.next.lock().unwrap_or_else(PoisonError::into_inner);
        next.insert(key, json);
    }

    /// Whether the file should be written again: this build computed a value, or did not use
    /// every entry it read.
    pub fn changed(&self) -> bool {
        let next = self.next.lock().unwrap_or_else(PoisonError::into_inner);
        self.enabled
            && (next.len() != self.read.len()
                || next.values().any(|json| matches!(json, Json::Fresh(_))))
    }

    /// Whether writing the file again pays off: more than a small share of its entries are out
    /// of date (computed by this build, or no longer used). Each entry left out of date costs
    /// the builds after it one file's parsing again until the file is written; writing it costs
    /// about as much as parsing a 24th of its files again.
    pub fn worth_writing(&self) -> bool {
        let next = self.next.lock().unwrap_or_else(PoisonError::into_inner);
        let fresh = (next.values())
            .filter(|json| matches!(json, Json::Fresh(_)))
            .count();
        let unused = self.read.len().saturating_sub(next.len() - fresh);
        self.enabled && (fresh + unused) * STALE_SHARE > next.len()
    }

    /// The file to write: the entries of this build, sorted by key.
    pub fn render(&self) -> Vec<u8> {
        use std::io::Write as _;
        let next = self.next.lock().unwrap_or_else(PoisonError::into_inner);
        let size: usize = next
            .values()
            .map(|json| match json {
                Json::Read(range) => range.len(),
                Json::Fresh(bytes) => bytes.len(),
            })
            .sum();
        let mut out = Vec::with_capacity(HEADER.len() + 64 + size + next.len() * 56);
        out.extend_from_slice(HEADER.as_bytes());
        // Writing into a Vec cannot fail.
        let _ = writeln!(out, "build {BUILD}");
        for (key, json) in next.iter() {
            let json = match json {
                Json::Read(range) => &self.bytes[range.clone()],
                Json::Fresh(bytes) => bytes.as_slice(),
            };
            let sum = checksum(*key, json);
            let _ = writeln!(
                out,
                "{:016x}{:016x} {sum:016x} {}",
                key.0,
                key.1,
                json.len()
            );
            out.extend_from_slice(json);
            out.push(b'\n');
        }
        out
    }
}

/// The entries of a cache file: `None` unless it is whole and of this build. After the header
/// and the build line, each entry is a line `<key: 32 hex> <checksum: 16 hex> <length>`, then
/// that many bytes of JSON and a newline.
fn parse(bytes: &[u8]) -> Option<Entries> {
    let build = format!("build {BUILD}\n");
    let mut at = HEADER.len() + build.len();
    if bytes.get(..HEADER.len())? != HEADER.as_bytes()
        || bytes.get(HEADER.len()..at)? != build.as_bytes()
    {
        return None;
    }
    let mut entries = HashMap::default();
    while at < bytes.len() {
        let line_end = at + bytes.get(at..)?.iter().take(80).position(|&b| b == b'\n')?;
        let line = std::str::from_utf8(&bytes[at..line_end]).ok()?;
        let mut fields = line.split(' ');
        let (key, sum, len) = (fields.next()?, fields.next()?, fields.next()?);
        if key.len() != 32 || sum.len() != 16 || fields.next().is_some() {
            return None;
        }
        let key = Key(hex(&key[..16])?, hex(&key[16..])?);
        let start = line_end + 1;
        let end = start.checked_add(len.parse().ok()?)?;
        if bytes.get(end) != Some(&b'\n') {
            return None;
        }
        entries.insert(key, (hex(sum)?, start..end));
        at = end + 1;
    }
    Some(entries)
}

/// 16 hex digits (no sign, no prefix).
fn hex(digits: &str) -> Option<u64> {
    (digits.len() == 16 && digits.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| u64::from_str_radix(digits, 16).ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    /// Parses `input` as a number through `memo`, counting the computations.
    fn number(memo: &Memo, input: &str, computed: &Cell<usize>) -> Result<u64, String> {
        memo.get_or_compute("number", input.as_bytes(), || {
            computed.set(computed.get() + 1);
            input.trim().parse::<u64>().map_err(|e| e.to_string())
        })
    }

    /// A cache file holding the values of `inputs`.
    fn file_of(inputs: &[&str]) -> Vec<u8> {
        let memo = Memo::from_file(Vec::new());
        for input in inputs {
            let _ = number(&memo, input, &Cell::new(0));
        }
        memo.render()
    }

    #[test]
    fn a_value_read_back_is_not_computed_again() {
        let memo = Memo::from_file(file_of(&["552", "421"]));
        let computed = Cell::new(0);
        assert_eq!(number(&memo, "552", &computed), Ok(552));
        assert_eq!(number(&memo, "421", &computed), Ok(421));
        assert_eq!(computed.get(), 0);
        assert!(!memo.changed());
    }

    #[test]
    fn a_changed_input_is_computed_and_unused_entries_drop_out() {
        let memo = Memo::from_file(file_of(&["552", "421"]));
        let computed = Cell::new(0);
        assert_eq!(number(&memo, "553", &computed), Ok(553));
        assert_eq!(computed.get(), 1);
        assert!(memo.changed());
        let next = Memo::from_file(memo.render());
        assert_eq!(next.read.len(), 1);
        assert_eq!(number(&next, "553", &computed), Ok(553));
        assert_eq!(computed.get(), 1);
        assert!(!next.changed());
        // Not using an entry read is a change too.
        let unused = Memo::from_file(file_of(&["552", "421"]));
        let _ = number(&unused, "552", &computed);
        assert!(unused.changed());
    }

    #[test]
    fn the_file_is_written_again_once_more_than_a_24th_of_it_is_out_of_date() {
        // Inputs 0..400 from `from` on, the first `edited` of them changed.
        let build = |file: Vec<u8>, edited: u64, from: u64| {
            let memo = Memo::from_file(file);
            for n in from..400 {
                let input = if n < edited { n + 1000 } else { n };
                let _ = number(&memo, &input.to_string(), &Cell::new(0));
            }
            memo
        };
        // A first build computes every entry.
        let first = build(Vec::new(), 0, 0);
        assert!(first.worth_writing());
        // Eight entries computed anew (eight files edited) and eight unused leave the file.
        let few = build(first.render(), 8, 0);
        assert!(few.changed() && !few.worth_writing());
        // Nine are too many.
        assert!(build(first.render(), 9, 0).worth_writing());
        // So are seventeen inputs gone, not sixteen.
        assert!(build(first.render(), 0, 17).worth_writing());
        assert!(!build(first.render(), 0, 16).worth_writing());
        // In a small site, one change is.
        let small = Memo::from_file(file_of(&["552", "421"]));
        let _ = number(&small, "553", &Cell::new(0));
        let _ = number(&small, "421", &Cell::new(0));
        assert!(small.worth_writing());
        assert!(!Memo::off().worth_writing());
    }

    #[test]
    fn errors_are_not_kept() {
        let memo = Memo::from_file(Vec::new());
        let computed = Cell::new(0);
        assert!(number(&memo, "five", &computed).is_err());
        assert!(!memo.changed());
        assert!(Memo::from_file(memo.render()).read.is_empty());
    }

    #[test]
    fn garbled_truncated_or_foreign_files_are_ignored() {
        let good = file_of(&["552", "421"]);
        assert_eq!(Memo::from_file(good.clone()).read.len(), 2);
        for bad in [
            good[..good.len() - 1].to_vec(),
            good[..good.len() - 3].to_vec(),
            good[1..].to_vec(),
            String::from_utf8_lossy(&good)
                .replacen("build ", "build 0", 1)
                .into_bytes(),
            b"not a cache at all".to_vec(),
            vec![0xff; 300],
            Vec::new(),
        ] {
            assert!(Memo::from_file(bad).read.is_empty());
        }
    }

    #[test]
    fn a_damaged_entry_is_computed_again() {
        let good = String::from_utf8(file_of(&["552"])).unwrap_or_default();
        // The same length, another value: the checksum no longer holds.
        let damaged = good.replace("\n552\n", "\n553\n");
        assert_ne!(damaged, good);
        let memo = Memo::from_file(damaged.into_bytes());
        assert_eq!(memo.read.len(), 1);
        let computed = Cell::new(0);
        assert_eq!(number(&memo, "552", &computed), Ok(552));
        assert_eq!(computed.get(), 1);
        // JSON of another type under a valid checksum is computed again too.
        let as_text = Memo::from_file(file_of(&["552"]));
        let text: Result<String, String> =
            as_text.get_or_compute("number", b"552", || Ok("computed".to_string()));
        assert_eq!(text.as_deref(), Ok("computed"));
    }

    #[test]
    fn a_cache_that_is_off_computes_every_time() {
        let memo = Memo::off();
        let computed = Cell::new(0);
        let _ = number(&memo, "552", &computed);
        let _ = number(&memo, "552", &computed);
        assert_eq!(computed.get(), 2);
        assert!(!memo.changed());
    }
}
