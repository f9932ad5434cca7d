//! URL path segments: the rule every slug, family id and locale passes, the separator of
//! comparison pages, and paths built with one allocation.

/// What separates the two codes of a comparison page's segment (`252-vs-552`); reserved in every
/// other segment.
pub const COMPARE_SEPARATOR: &str = "-vs-";

/// The segment of the decode page (`decode/`, `vi/decode/`), which no family folder may take.
pub const DECODE_SEGMENT: &str = "decode";

/// The concatenation of `parts`, allocated once (paths are built hundreds of thousands of times).
pub fn concat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}

/// Checks that `s` can be one path segment of the output: no separators, no `.`/`..`, no NUL,
/// no Windows device names, only letters, digits, `.`, `-` and `_`.
pub fn check_segment(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err("it is empty".into());
    }
    if s.len() > 64 {
        return Err("it is longer than 64 characters".into());
    }
    if s == "." || s == ".." || s.starts_with('.') {
        return Err("it starts with a dot".into());
    }
    if let Some(c) = s
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')))
    {
        return Err(format!(
            "it contains `{}`; use only letters, digits, `.`, `-` and `_`",
            c.escape_default()
        ));
    }
    if s.contains(COMPARE_SEPARATOR) {
        return Err(format!(
            "`{COMPARE_SEPARATOR}` is reserved for comparison pages"
        ));
    }
    let stem = s.split('.').next().unwrap_or(s).to_ascii_lowercase();
    let reserved = matches!(stem.as_str(), "con" | "prn" | "aux" | "nul")
        || ((stem.starts_with("com") || stem.starts_with("lpt"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit());
    if reserved {
        return Err(format!("`{stem}` is a reserved device name on Windows"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_that_escape_are_refused() {
        for bad in [
            "", ".", "..", "../x", "a/b", "a\\b", "a\0b", "/etc", "CON", "com1", "nul.txt",
            "a-vs-b", ".hidden",
        ] {
            assert!(check_segment(bad).is_err(), "{bad:?} should be refused");
        }
        for good in ["552", "x.2.2", "smtp-enhanced", "vi", "pt-BR", "comp"] {
            assert!(check_segment(good).is_ok(), "{good:?} should be accepted");
        }
    }

    #[test]
    fn concat_joins_in_order() {
        assert_eq!(concat(&["vi/", "smtp", "/"]), "vi/smtp/");
    }
}
