//! Quotes attributed to an RFC section in a text: a double-quoted phrase followed at once by its
//! citation, `"Requested action not taken" (RFC 5321, section 4.2.2)` (`mục` in Vietnamese, `§`
//! anywhere), found in the raw file so that each has its line and column.

use std::sync::LazyLock;

use regex::Regex;

/// One quote with its citation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words as written (line breaks and indentation included).
    pub words: String,
    /// The RFC it is attributed to.
    pub rfc: u32,
    /// The section.
    pub section: String,
    /// Where the quote starts in the file: byte offset of its opening mark.
    pub at: usize,
    /// The opening mark follows a letter or digit: it closes a quotation inside the quote
    /// (`"a "b" c" (RFC …)`), so the words found are only the end of what is quoted.
    pub nested: bool,
}

/// `"…" (RFC 5321, section 4.2.2)`: straight or typographic quotes, `section`, `mục` or `§`.
static QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"["“]([^"“”]{3,800}?)["”]\s*\(\s*RFC\s+(\d{1,5}),?\s+(?:section|mục|§)\s*([0-9A-Z](?:[0-9A-Za-z.]*[0-9A-Za-z])?)\s*\)"#,
    )
    .unwrap_or_else(|_| unreachable!())
});

/// Every quote with its citation in `source`.
pub fn find(source: &str) -> Vec<Quote> {
    QUOTE
        .captures_iter(source)
        .filter_map(|caps| {
            let at = caps.get(0)?.start();
            let before = source[..at].chars().next_back();
            Some(Quote {
                words: caps.get(1)?.as_str().to_string(),
                rfc: caps.get(2)?.as_str().parse().ok()?,
                section: caps.get(3)?.as_str().to_string(),
                at,
                nested: before.is_some_and(char::is_alphanumeric),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line_col(source: &str, at: usize) -> (usize, usize) {
        let d = crate::error::Diagnostic::error("f", "m").at_offset(source, at);
        (d.line, d.col)
    }

    #[test]
    fn quotes_in_both_languages_across_lines() {
        let src = "    description: |\n      It says \"Requested action not taken:\n      mailbox unavailable\" (RFC 5321, section 4.2.2).\n    vi: “Syntax error” (RFC 5321, mục 4.2.3), and \"x\" (RFC 1, section 2) and \"not cited\".\n    \"An appendix\" (RFC 5321, § A.1)\n";
        let found = find(src);
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[0].rfc, 5321);
        assert_eq!(found[0].section, "4.2.2");
        assert!(found[0].words.starts_with("Requested action not taken:\n"));
        assert_eq!(line_col(src, found[0].at), (2, 15));
        assert_eq!(found[1].words, "Syntax error");
        assert_eq!(found[1].section, "4.2.3");
        assert_eq!(line_col(src, found[1].at), (4, 9));
        assert_eq!(found[2].section, "A.1");
    }

    #[test]
    fn a_quote_with_quotation_marks_inside_is_told_apart() {
        let src = "it says \"use the \"Location\" field\" (RFC 9110, section 10.2.2) and \"x y\" (RFC 1, section 2)";
        let found = find(src);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].words, " field");
        assert!(found[0].nested);
        assert!(!found[1].nested);
    }

    #[test]
    fn a_citation_on_the_next_line_still_belongs_to_its_quote() {
        let src = "      it says \"Not Found\"\n      (RFC 9110, section 15.5.5), and more.\n";
        let found = find(src);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].words.as_str(), found[0].section.as_str()),
            ("Not Found", "15.5.5")
        );
    }
}
