//! Citations checked against the RFC texts, for `codeatlas check`: every section a code file's
//! `references` cite and every section `content/references.yaml` lists exists in the RFC with
//! that heading, and every quote attributed to a section (`"…" (RFC 5321, section 4.2.2)`)
//! occurs in it. The texts are read from a folder of `rfcNNNN.txt` files (`sources/rfc/` of the
//! site by default); an RFC whose text is not there is not checked, and the coverage says so.

pub mod quotes;
pub mod rfc_text;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::content::{Code, Content, REFERENCES_FILE, Reference, Rfcs};
use crate::error::Diagnostic;
pub use rfc_text::RfcText;

/// Where a site keeps its RFC texts, relative to its root.
pub const TEXTS_FOLDER: &str = "sources/rfc";

/// The RFC texts found in a folder.
#[derive(Debug, Default)]
pub struct Texts {
    /// RFC number → its parsed text.
    pub rfcs: BTreeMap<u32, RfcText>,
    /// The folder read.
    pub folder: PathBuf,
}

impl Texts {
    /// Reads every `rfcNNNN.txt` of `folder` (none when the folder does not exist).
    pub fn read(folder: &Path) -> (Texts, Vec<Diagnostic>) {
        let mut texts = Texts {
            rfcs: BTreeMap::new(),
            folder: folder.to_path_buf(),
        };
        let mut problems = Vec::new();
        let Ok(entries) = std::fs::read_dir(folder) else {
            return (texts, problems);
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(number) = (name.strip_prefix("rfc"))
                .and_then(|n| n.strip_suffix(".txt"))
                .and_then(|n| n.parse::<u32>().ok())
            else {
                continue;
            };
            match std::fs::read(&path) {
                Ok(bytes) => {
                    let text = String::from_utf8_lossy(crate::text::without_bom(&bytes));
                    texts.rfcs.insert(number, RfcText::parse(&text));
                }
                Err(e) => problems.push(Diagnostic::error(&path, format!("cannot read: {e}"))),
            }
        }
        (texts, problems)
    }
}

/// What was checked in one family.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    /// The family id.
    pub family: String,
    /// References to a section of an RFC.
    pub sections: usize,
    /// Of those, how many `content/references.yaml` lists with a heading.
    pub sections_listed: usize,
    /// Of those, how many were found in the RFC's text.
    pub sections_in_text: usize,
    /// Quotes attributed to an RFC section.
    pub quotes: usize,
    /// Of those, how many were found in that section of the RFC's text.
    pub quotes_in_text: usize,
}

/// Checks the citations of `content` against `texts`; `references` is the text of
/// `content/references.yaml` as shown at `references_path` (to place heading problems).
pub fn check(
    content: &Content,
    texts: &Texts,
    references_path: &Path,
    references: &str,
) -> (Vec<Diagnostic>, Vec<Coverage>) {
    let mut problems = listed_headings(&content.rfcs, texts, references_path, references);
    let mut coverage = Vec::new();
    for fc in &content.families {
        let mut cov = Coverage {
            family: fc.family.id.clone(),
            ..Coverage::default()
        };
        for code in &fc.codes {
            code_sections(&content.rfcs, texts, code, &mut cov, &mut problems);
            code_quotes(&content.rfcs, texts, code, &mut cov, &mut problems);
        }
        coverage.push(cov);
    }
    (problems, coverage)
}

/// Every section `references.yaml` lists for an RFC whose text is there exists in it, with the
/// heading it is listed with (letter case and spacing aside).
fn listed_headings(rfcs: &Rfcs, texts: &Texts, shown: &Path, source: &str) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (number, rfc) in rfcs {
        let (Some(text), Some(listed)) = (texts.rfcs.get(number), &rfc.sections) else {
            continue;
        };
        for (section, heading) in listed {
            let found = text.section(section).map(|s| s.heading.as_str());
            let same = found.is_some_and(|h| same_heading(h, heading));
            if same {
                continue;
            }
            let message = match found {
                Some(real) => format!(
                    "RFC {number} section {section} is headed \"{real}\", not \"{heading}\""
                ),
                None => format!("RFC {number} has no section {section}"),
            };
            let d = Diagnostic::error(shown, message)
                .hint("copy the section number and heading from the RFC's text");
            problems.push(match listed_at(source, *number, section) {
                Some((line, col)) => d.at(source, line, col),
                None => d,
            });
        }
    }
    problems
}

/// The byte offset of the value of the first `section:` line that gives `section`, quoted or
/// not.
fn section_at(source: &str, section: &str) -> Option<usize> {
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if let Some(rest) = line.trim_start().strip_prefix("section:") {
            let value = rest.trim().trim_matches(['\'', '"']);
            if value == section {
                return Some(offset + line.find(section)?);
            }
        }
        offset += line.len();
    }
    None
}

/// Where `references.yaml` lists `section` of RFC `number`: the section's key below the RFC's.
fn listed_at(source: &str, number: u32, section: &str) -> Option<(usize, usize)> {
    let (rfc_line, _) = crate::yaml::locate_key(source, &number.to_string(), 1)?;
    [
        format!("'{section}'"),
        format!("\"{section}\""),
        section.to_string(),
    ]
    .iter()
    .find_map(|key| crate::yaml::locate_key(source, key, rfc_line))
}

/// Whether two headings are the same, letter case and spacing aside.
fn same_heading(a: &str, b: &str) -> bool {
    let norm = |s: &str| rfc_text::normalize(s).to_lowercase();
    norm(a) == norm(b)
}

/// The sections a code file's `references` cite: counted, and checked against the RFC's text
/// where it is there.
fn code_sections(
    rfcs: &Rfcs,
    texts: &Texts,
    code: &Code,
    cov: &mut Coverage,
    problems: &mut Vec<Diagnostic>,
) {
    for r in &code.references {
        let Reference::Rfc {
            number,
            section: Some(section),
        } = r
        else {
            continue;
        };
        cov.sections += 1;
        if rfcs.get(number).and_then(|r| r.heading(section)).is_some() {
            cov.sections_listed += 1;
        }
        let Some(text) = texts.rfcs.get(number) else {
            continue;
        };
        if text.section(section).is_some() {
            cov.sections_in_text += 1;
        } else {
            let d = Diagnostic::error(
                &code.source,
                format!("RFC {number} has no section {section}"),
            )
            .hint("cite a section the RFC has (its text is in the RFC texts folder)");
            problems.push(match section_at(&code.text, section) {
                Some(offset) => d.at_offset(&code.text, offset),
                None => d,
            });
        }
    }
}

/// The quotes of a code file's texts: counted, and looked for in the section they are
/// attributed to where the RFC's text is there.
fn code_quotes(
    rfcs: &Rfcs,
    texts: &Texts,
    code: &Code,
    cov: &mut Coverage,
    problems: &mut Vec<Diagnostic>,
) {
    for quote in quotes::find(&code.text) {
        cov.quotes += 1;
        let (number, section) = (quote.rfc, quote.section.as_str());
        let problem = if quote.nested {
            Some(
                "this quote holds quotation marks of its own, so only the words after the last of them would be checked: quote without the inner marks (or with single ones), or cut with …".to_string(),
            )
        } else if !rfcs.contains_key(&number) {
            Some(format!(
                "the quote is attributed to RFC {number}, which content/{REFERENCES_FILE} does not list"
            ))
        } else {
            match texts.rfcs.get(&number).map(|t| t.section(section)) {
                None => None,
                Some(None) => Some(format!("RFC {number} has no section {section}")),
                Some(Some(s)) if rfc_text::contains_quote(&s.text, &quote.words) => {
                    cov.quotes_in_text += 1;
                    None
                }
                Some(Some(_)) => Some(format!(
                    "these quoted words are not in RFC {number} section {section}"
                )),
            }
        };
        if let Some(message) = problem {
            problems.push(
                Diagnostic::error(&code.source, message)
                    .at_offset(&code.text, quote.at)
                    .hint("quote the RFC word for word (line breaks and spacing do not matter, `…` marks a cut), and cite the section the words are in"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_headings_are_checked_against_the_text() {
        let text = "1.  Introduction\n\n   Text.\n\n2.  Reply Codes\n\n   More.\n";
        let texts = Texts {
            rfcs: [(9999, RfcText::parse(text))].into(),
            folder: PathBuf::new(),
        };
        let source = "rfcs:\n  9999:\n    title: T\n    sections:\n      '1': introduction\n      '2': Replies\n      '3': Gone\n";
        let rfcs =
            crate::content::references::parse(Path::new("references.yaml"), source.as_bytes())
                .unwrap();
        let found = listed_headings(&rfcs, &texts, Path::new("references.yaml"), source);
        let messages: Vec<_> = found.iter().map(|d| (d.line, d.message.as_str())).collect();
        assert_eq!(
            messages,
            [
                (
                    6,
                    "RFC 9999 section 2 is headed \"Reply Codes\", not \"Replies\""
                ),
                (7, "RFC 9999 has no section 3"),
            ]
        );
    }
}
