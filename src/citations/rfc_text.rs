//! One RFC in its plain-text form (as the RFC Editor publishes `rfcNNNN.txt`): its sections by
//! number, each with its heading and its text, page headers and footers left out.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

/// One section: its heading and its text with whitespace collapsed (subsections included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading as printed (`Reply Codes by Function Groups`).
    pub heading: String,
    /// The text from the heading to the next section of the same or a higher level, every run of
    /// whitespace made one space.
    pub text: String,
}

/// An RFC's sections by number (`4.2.2`, `A`, `A.1`).
#[derive(Debug, Clone, Default)]
pub struct RfcText {
    /// Section number → section.
    pub sections: BTreeMap<String, Section>,
}

/// A heading line: a section number (`4.2.2.`, `3.1`, `A.1.`, `Appendix A.`, `APPENDIX A:`),
/// spaces, a title.
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^( {0,6})(?:(?:Appendix|APPENDIX) ([A-Z])[.:]?|(\d{1,2}(?:\.\d{1,2})*|[A-Z](?:\.\d{1,2})+)\.?) {1,6}(\S.{0,72})$",
    )
    .unwrap_or_else(|e| unreachable!("a fixed pattern: {e}"))
});

/// A page footer (`Klensin   Standards Track   [Page 12]`) or header (`RFC 5321   SMTP
/// October 2008`).
static PAGE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\[Page \d+\]\s*$)|(^RFC ?\d+ .*(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\s*$)")
        .unwrap_or_else(|e| unreachable!("a fixed pattern: {e}"))
});

/// Collapses every run of whitespace to one space and makes every quotation mark `"`,
/// so that text compares the same whatever its line breaks.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        // Every kind of quotation mark is one: a quote may mark a quotation inside it with
        // single marks where the RFC has double ones.
        out.extend(word.chars().map(|c| match c {
            '“' | '”' | '‘' | '’' | '\'' => '"',
            _ => c,
        }));
    }
    out
}

impl RfcText {
    /// Parses an RFC's text. Headings are found at the start of a line (up to six spaces in, for
    /// RFCs of the 1980s that indent them), never in the table of contents (dot leaders).
    pub fn parse(text: &str) -> RfcText {
        let lines: Vec<&str> = (text.lines())
            .map(|l| l.trim_end_matches(['\r', '\u{c}']))
            .filter(|l| !PAGE_LINE.is_match(l))
            .collect();
        let headings = Self::headings(&lines);
        let mut sections = BTreeMap::new();
        for (i, (at, number, heading)) in headings.iter().enumerate() {
            // The section runs to the next heading that is not one of its subsections.
            let end = (headings[i + 1..].iter())
                .find(|(_, other, _)| !other.starts_with(&format!("{number}.")))
                .map_or(lines.len(), |(line, _, _)| *line);
            let body = normalize(&lines[at + 1..end].join("\n"));
            sections.entry(number.clone()).or_insert(Section {
                heading: heading.clone(),
                text: body,
            });
        }
        RfcText { sections }
    }

    /// (line, number, heading) of every heading line. Where the RFC has headings at the start of
    /// lines, indented lines are list items, not headings.
    fn headings(lines: &[&str]) -> Vec<(usize, String, String)> {
        let all: Vec<(usize, usize, String, String)> = (lines.iter().enumerate())
            .filter(|(_, l)| !l.contains(". . ") && !l.contains("...."))
            .filter_map(|(i, l)| {
                let caps = HEADING.captures(l)?;
                let indent = caps.get(1).map_or(0, |m| m.as_str().len());
                let number = caps.get(2).or(caps.get(3))?.as_str().to_string();
                let heading = caps.get(4)?.as_str().trim().to_string();
                let starts_well = heading
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '"');
                let after_blank = i == 0 || lines[i - 1].trim().is_empty();
                // Appendix subsections (`A.1`) are flush left; an indented `X.5.6` is an
                // enhanced status code in a list (RFC 4954 section 6), not a heading.
                let lettered = number.starts_with(|c: char| c.is_ascii_uppercase());
                let placed = indent == 0 || !lettered || caps.get(2).is_some();
                (starts_well && after_blank && placed).then_some((i, indent, number, heading))
            })
            .collect();
        // Modern RFCs write every level's heading flush left (`4.2.2.`); older ones indent the
        // lower levels, and there an indented numbered line may be a heading.
        // Where the top level is flush left, an indented `4.` is a list item: only indented
        // subsection numbers (`5.2.3`) can be headings there.
        let flush = |deep: bool| {
            (all.iter())
                .filter(|h| h.1 == 0 && h.2.contains('.') == deep)
                .count()
        };
        let (flush_subsections, flush_sections) = (flush(true), flush(false));
        (all.into_iter())
            .filter(|h| {
                h.1 == 0 || (flush_subsections < 3 && (flush_sections < 3 || h.2.contains('.')))
            })
            .map(|(i, _, number, heading)| (i, number, heading))
            .collect()
    }

    /// The section numbered `number`.
    pub fn section(&self, number: &str) -> Option<&Section> {
        self.sections.get(number)
    }
}

/// Whether `quote` occurs in `text` (both normalized), parts around an ellipsis in order; the
/// first letter of each part may differ in case (a quote may begin mid-sentence).
pub fn contains_quote(text: &str, quote: &str) -> bool {
    let quote = normalize(quote);
    let mut from = 0;
    for part in quote.split(['…']).flat_map(|p| p.split("...")) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let found = find_from(text, part, from).or_else(|| {
            let mut chars = part.chars();
            let first = chars.next()?;
            let flipped: String = if first.is_uppercase() {
                first.to_lowercase().chain(chars).collect()
            } else {
                first.to_uppercase().chain(chars).collect()
            };
            find_from(text, &flipped, from)
        });
        match found {
            Some(end) => from = end,
            None => return false,
        }
    }
    true
}

/// The end of the first `needle` in `text` at or after byte `from`.
fn find_from(text: &str, needle: &str, from: usize) -> Option<usize> {
    let rest = text.get(from..)?;
    rest.find(needle).map(|at| from + at + needle.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
Network Working Group                                         A. Author
Request for Comments: 9999                                  October 2008

                         A Sample Protocol

Table of Contents

   1.  Introduction . . . . . . . . . . . . . . . . . . . . . . . .  2
   2.  Replies  . . . . . . . . . . . . . . . . . . . . . . . . . .  2

1.  Introduction

   This protocol has replies.  The client reads
   them.

   1.  A list item that is not a heading.

2.  Replies

   Text of section two.

Author                       Standards Track                    [Page 1]
\u{c}
RFC 9999                  Sample                           October 2008


2.1.  Positive Replies

   A positive reply means the request
   succeeded.

Appendix A.  Examples

   An example.
";

    #[test]
    fn sections_are_found_outside_the_table_of_contents() {
        let rfc = RfcText::parse(SAMPLE);
        let numbers: Vec<&str> = rfc.sections.keys().map(String::as_str).collect();
        assert_eq!(numbers, ["1", "2", "2.1", "A"]);
        assert_eq!(rfc.section("2.1").unwrap().heading, "Positive Replies");
        assert_eq!(rfc.section("A").unwrap().heading, "Examples");
        // A section holds its subsections; page lines are gone.
        let two = &rfc.section("2").unwrap().text;
        assert!(two.contains("Text of section two. 2.1. Positive Replies A positive reply"));
        assert!(!two.contains("[Page 1]") && !two.contains("October 2008"));
        assert!(!rfc.section("1").unwrap().text.contains("Replies Text"));
    }

    #[test]
    fn quotes_match_across_line_breaks_and_ellipses_only_in_order() {
        let rfc = RfcText::parse(SAMPLE);
        let text = &rfc.section("2.1").unwrap().text;
        assert!(contains_quote(
            text,
            "A positive reply means\n      the request succeeded"
        ));
        assert!(contains_quote(text, "positive reply … succeeded"));
        assert!(contains_quote(text, "a positive reply"));
        assert!(!contains_quote(text, "succeeded … positive reply"));
        assert!(!contains_quote(
            text,
            "A positive reply means the request failed"
        ));
        assert!(!contains_quote(
            &rfc.section("1").unwrap().text,
            "A positive reply"
        ));
    }

    #[test]
    fn indented_headings_of_old_rfcs() {
        let old = "1.  INTRODUCTION\n\n      Text one.\n\n   4.  A list item, not a heading\n\n2.  Second\n\n3.  Third\n\n   4.2.  SMTP REPLIES\n\n      Replies here.\n\n   4.2.1.  Reply Codes by Function Group\n\n      More.\n\n      5.2.3  VRFY and EXPN Commands: RFC-821 Section 3.3\n\n         Text.\n";
        let rfc = RfcText::parse(old);
        assert_eq!(rfc.section("4.2").unwrap().heading, "SMTP REPLIES");
        assert!(rfc.section("4").is_none());
        assert!(rfc.section("4.2").unwrap().text.contains("Replies here."));
        assert_eq!(
            rfc.section("4.2.1").unwrap().heading,
            "Reply Codes by Function Group"
        );
        assert_eq!(
            rfc.section("5.2.3").unwrap().heading,
            "VRFY and EXPN Commands: RFC-821 Section 3.3"
        );
    }

    #[test]
    fn indented_enhanced_codes_and_status_code_headings() {
        // RFC 4954 section 6 lists enhanced codes indented under its text: they are not
        // appendix subsections, and the section runs on past them. RFC 9110 headings begin
        // with the code itself.
        let text = "6.  Status Codes\n\n   Some codes:\n\n   X.5.6 Authentication Exchange line is too long\n\n   This is useful.\n\n15.5.2.  401 Unauthorized\n\n   The 401 status code.\n";
        let rfc = RfcText::parse(text);
        assert!(rfc.section("X.5.6").is_none());
        assert!(rfc.section("6").unwrap().text.contains("This is useful."));
        assert_eq!(rfc.section("15.5.2").unwrap().heading, "401 Unauthorized");
    }
}
