//! Reading YAML files the user wrote: size, UTF-8 and emptiness checks, serde_yaml with the error
//! turned into a [`Diagnostic`] at line:column, and locating keys for errors found after parsing.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::Diagnostic;

/// The largest YAML file accepted; larger ones are refused before parsing.
pub const MAX_YAML_BYTES: usize = 1024 * 1024;

/// Turns raw bytes into text (a leading byte order mark dropped), refusing huge, empty, binary
/// and non-UTF-8 files.
pub fn text<'a>(shown: &Path, bytes: &'a [u8]) -> Result<&'a str, Diagnostic> {
    if bytes.len() > MAX_YAML_BYTES {
        return Err(Diagnostic::error(
            shown,
            format!(
                "file is {} bytes, larger than the limit of {MAX_YAML_BYTES}",
                bytes.len()
            ),
        )
        .hint("a code description is a few kilobytes; split or shorten this file"));
    }
    // Positions count from the first character after a byte order mark.
    let bytes = crate::text::without_bom(bytes);
    // Checked with SIMD; only a file that fails is checked again, for the standard message.
    let text = simdutf8::basic::from_utf8(bytes).or_else(|_| std::str::from_utf8(bytes));
    let text = text.map_err(|err| {
        let before = &bytes[..err.valid_up_to()];
        let source = String::from_utf8_lossy(before);
        Diagnostic::error(shown, format!("file is not valid UTF-8: {err}"))
            .at_offset(&source, source.len())
            .hint("save the file as UTF-8 (binary files do not belong in content/)")
    })?;
    if text.contains('\0') {
        return Err(
            Diagnostic::error(shown, "file contains a NUL byte: it looks binary")
                .at_offset(text, text.find('\0').unwrap_or(0))
                .hint("only YAML files belong in content/"),
        );
    }
    if text.trim().is_empty() {
        return Err(Diagnostic::error(shown, "file is empty")
            .hint("fill it in (`codeatlas new <family> <code>` writes a skeleton) or delete it"));
    }
    Ok(text)
}

/// The deepest `[`/`{` nesting accepted. Content needs two or three levels; the YAML scanner
/// takes time quadratic in this depth, so deeper files are refused before parsing.
pub const MAX_FLOW_DEPTH: usize = 64;

/// Parses `source` into `T`, reporting a syntax or schema error at its line and column.
pub fn parse<T: DeserializeOwned>(shown: &Path, source: &str) -> Result<T, Diagnostic> {
    check_nesting(shown, source)?;
    serde_yaml::from_str(source).map_err(|err| from_serde(shown, source, &err))
}

/// Refuses flow collections nested deeper than [`MAX_FLOW_DEPTH`], in one linear pass (quoted
/// scalars and comments are skipped).
fn check_nesting(shown: &Path, source: &str) -> Result<(), Diagnostic> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut comment = false;
    let mut previous = '\n';
    for (offset, c) in source.char_indices() {
        if comment {
            comment = c != '\n';
        } else if let Some(q) = quote {
            if c == q {
                quote = None;
            }
        } else {
            match c {
                '#' if previous.is_whitespace() => comment = true,
                '\'' | '"' if !previous.is_alphanumeric() => quote = Some(c),
                '[' | '{' => {
                    depth += 1;
                    if depth > MAX_FLOW_DEPTH {
                        return Err(Diagnostic::error(
                            shown,
                            format!("brackets nested more than {MAX_FLOW_DEPTH} levels deep"),
                        )
                        .at_offset(source, offset)
                        .hint(
                            "a code file needs two or three levels; write the values out plainly",
                        ));
                    }
                }
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        previous = c;
    }
    Ok(())
}

/// Converts a serde_yaml error into a diagnostic with a hint fitted to the kind of mistake.
pub fn from_serde(shown: &Path, source: &str, err: &serde_yaml::Error) -> Diagnostic {
    let message = without_first_location(&err.to_string());
    let hint = hint_for(&message);
    let mut diagnostic = Diagnostic::error(shown, message);
    if let Some(location) = err.location() {
        diagnostic = diagnostic.at(source, location.line(), location.column());
    }
    if let Some(hint) = hint {
        diagnostic = diagnostic.hint(hint);
    }
    diagnostic
}

/// Drops the first " at line L column C" (the position is shown separately) and turns later ones
/// into `L:C`, keeping libyaml's context ("while parsing a flow sequence that started at 2:11").
fn without_first_location(full: &str) -> String {
    let location =
        regex::Regex::new(r" at line (\d+) column (\d+)").unwrap_or_else(|_| unreachable!());
    let mut out = String::new();
    let mut last = 0;
    for (i, caps) in location.captures_iter(full).enumerate() {
        let Some(m) = caps.get(0) else { continue };
        out.push_str(&full[last..m.start()]);
        if i > 0 {
            out.push_str(&format!(" that started at {}:{}", &caps[1], &caps[2]));
        }
        last = m.end();
    }
    out.push_str(&full[last..]);
    out
}

fn hint_for(message: &str) -> Option<String> {
    if message.contains("unknown field") {
        Some(
            "remove the field or fix its spelling; the fields this place accepts are listed above"
                .into(),
        )
    } else if message.contains("missing field") {
        Some("add the field; `codeatlas new <family> <code>` shows a complete file".into())
    } else if message.contains("invalid type") {
        Some("check the value's type: lists start with `- `, texts with a block scalar (`|`) are safest".into())
    } else if message.contains("recursion limit") || message.contains("repetition limit") {
        Some(
            "the file nests too deeply or expands too many aliases; write the values out plainly"
                .into(),
        )
    } else if message.contains("did not find expected")
        || message.contains("mapping values are not allowed")
    {
        Some("check the indentation and quote values that contain `: ` or start with a special character".into())
    } else {
        None
    }
}

/// The 1-based (line, column) of the first line whose key is `key` (e.g. `related:`), searching
/// from `from_line`. Used for problems found after parsing, such as an unknown related code.
pub fn locate_key(source: &str, key: &str, from_line: usize) -> Option<(usize, usize)> {
    for (i, line) in source.lines().enumerate().skip(from_line.saturating_sub(1)) {
        let trimmed = line.trim_start();
        let trimmed = trimmed.strip_prefix("- ").unwrap_or(trimmed);
        if let Some(rest) = trimmed.strip_prefix(key)
            && rest.starts_with(':')
        {
            let col = line.chars().count() - line.trim_start().chars().count() + 1;
            return Some((i + 1, col));
        }
    }
    None
}

/// `d` placed at the first line of `source` whose key is `key` (left unplaced when none is).
pub fn at_key(source: &str, key: &str, d: Diagnostic) -> Diagnostic {
    match locate_key(source, key, 1) {
        Some((line, col)) => d.at(source, line, col),
        None => d,
    }
}

/// `d` placed at `value` written after `key` in `source` (see [`locate_value`]).
pub fn at_value(source: &str, key: &str, value: &str, d: Diagnostic) -> Diagnostic {
    match locate_value(source, key, value) {
        Some((line, col)) => d.at(source, line, col),
        None => d,
    }
}

/// The position of the `index`-th (0-based) `- ` item of the block list under `key`.
pub fn locate_item(source: &str, key: &str, index: usize) -> Option<(usize, usize)> {
    let (key_line, key_col) = locate_key(source, key, 1)?;
    let mut count = 0;
    let mut item_indent = None;
    for (i, line) in source.lines().enumerate().skip(key_line) {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = line.len() - trimmed.len() + 1;
        if indent < key_col || (indent == key_col && !trimmed.starts_with("- ")) {
            break;
        }
        if trimmed.starts_with("- ") && item_indent.is_none_or(|w| w == indent) {
            item_indent = Some(indent);
            if count == index {
                return Some((i + 1, indent));
            }
            count += 1;
        }
    }
    None
}

/// The position of `value` written after `key` (on the key's line or the lines below it).
pub fn locate_value(source: &str, key: &str, value: &str) -> Option<(usize, usize)> {
    let (key_line, key_col) = locate_key(source, key, 1)?;
    for (i, line) in source.lines().enumerate().skip(key_line - 1) {
        if i + 1 > key_line {
            let indent = line.chars().count() - line.trim_start().chars().count() + 1;
            if !line.trim().is_empty() && indent <= key_col && !line.trim_start().starts_with('-') {
                break;
            }
        }
        let search_from = if i + 1 == key_line { key.len() + 1 } else { 0 };
        let line_after_key = line.get(search_from..).unwrap_or("");
        if let Some(pos) = find_token(line_after_key, value) {
            let byte = search_from + pos;
            return Some((i + 1, line[..byte].chars().count() + 1));
        }
    }
    Some((key_line, key_col))
}

/// Finds `value` in `line` as a whole token (not inside a longer code like 5521).
fn find_token(line: &str, value: &str) -> Option<usize> {
    let mut start = 0;
    while let Some(pos) = line[start..].find(value) {
        let at = start + pos;
        let before = line[..at].chars().next_back();
        let after = line[at + value.len()..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '.');
        if boundary(before) && boundary(after) {
            return Some(at);
        }
        start = at + value.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        code: String,
        #[serde(default)]
        related: Vec<String>,
    }

    #[test]
    fn unknown_field_is_reported_at_its_line() {
        let src = "code: '552'\nrelatd: [452]\n";
        let err = parse::<Sample>(Path::new("x.yaml"), src).err();
        let err = err.unwrap_or_else(|| panic!("expected an error"));
        assert!(
            err.message.contains("unknown field `relatd`"),
            "{}",
            err.message
        );
        assert_eq!(err.line, 2);
        assert!(err.hint.is_some());
    }

    #[test]
    fn libyaml_context_is_kept_as_line_and_column() {
        assert_eq!(
            without_first_location(
                "did not find expected ',' or ']' at line 3 column 6, while parsing a flow sequence at line 2 column 11"
            ),
            "did not find expected ',' or ']', while parsing a flow sequence that started at 2:11"
        );
        assert_eq!(
            without_first_location("unknown field `x` at line 2 column 1"),
            "unknown field `x`"
        );
    }

    #[test]
    fn syntax_error_has_a_position() {
        let src = "code: '552'\nrelated: [452\n";
        let err = parse::<Sample>(Path::new("x.yaml"), src).err();
        let err = err.unwrap_or_else(|| panic!("expected an error"));
        assert!(err.line >= 2, "{err:?}");
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = format!("code: {}1{}\n", "[".repeat(500_000), "]".repeat(500_000));
        let started = std::time::Instant::now();
        let err = parse::<Sample>(Path::new("x.yaml"), &deep).err();
        assert!(started.elapsed().as_secs() < 2);
        assert!(err.is_some_and(|e| e.message.contains("nested more than")));
        // Brackets in quotes and comments do not count.
        let quoted = format!("code: '{}' # {}\n", "[".repeat(100), "{".repeat(100));
        assert!(parse::<Sample>(Path::new("x.yaml"), &quoted).is_ok());
    }

    #[test]
    fn text_refuses_empty_binary_and_bad_utf8() {
        let p = Path::new("x.yaml");
        assert!(text(p, b"  \n").is_err());
        assert!(text(p, b"a: \0").is_err());
        let bad = text(p, b"code: 1\nx: \xff\n").err();
        assert_eq!(bad.map(|d| d.line), Some(2));
        assert!(text(p, b"code: 1").is_ok());
        assert_eq!(text(p, b"\xEF\xBB\xBFcode: 1").ok(), Some("code: 1"));
    }

    #[test]
    fn locate_item_counts_block_list_items() {
        let src = "code: 1\nreferences:\n  - rfc: 1\n    section: '2'\n  - rfc: 3\n    url: x\ntexts: {}\n";
        assert_eq!(locate_item(src, "references", 0), Some((3, 3)));
        assert_eq!(locate_item(src, "references", 1), Some((5, 3)));
        assert_eq!(locate_item(src, "references", 2), None);
    }

    #[test]
    fn locate_value_finds_whole_tokens_in_lists() {
        let src = "code: 552\nrelated:\n  - 5521\n  - 552\ncounterpart: 452\n";
        assert_eq!(locate_value(src, "related", "552"), Some((4, 5)));
        assert_eq!(locate_value(src, "counterpart", "452"), Some((5, 14)));
        assert_eq!(locate_key(src, "related", 1), Some((2, 1)));
    }
}
