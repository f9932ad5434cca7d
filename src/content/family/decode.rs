//! The `decode:` key of a family file: how the decode page finds the family's codes in pasted
//! text, and the report fields that carry them. A pattern runs in the reader's browser, so it is
//! checked here to mean the same to Rust's regex crate and to JavaScript's `RegExp` (flags
//! `imu`: ignoring case, `^` and `$` at line ends), and each problem is placed at its
//! line:column of `_family.yaml`.

use regex_syntax::ast::{
    self, AssertionKind, Ast, ClassSetItem, ClassUnicode, GroupKind, HexLiteralKind, Literal,
    LiteralKind, SpecialLiteralKind,
};
use serde::Deserialize;

use super::check::FamilyCheck;
use crate::content::outcome;
use crate::error::Diagnostic;

/// The named group of a pattern that holds the code.
const CODE_GROUP: &str = "code";

/// The hint every pattern problem ends with.
const PATTERN_HINT: &str = "write a regular expression that Rust's regex crate and a browser's RegExp both read, with the code in a group named `code` and the context that tells it from other numbers, e.g. 'said: (?<code>[2-5][0-9]{2}) '";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDecode {
    #[serde(default)]
    patterns: Vec<String>,
    #[serde(default)]
    fields: Vec<RawField>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    name: String,
    #[serde(default)]
    values: Vec<String>,
}

/// How the decode page recognises a family's codes in pasted text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Decode {
    /// Regular expressions, each with a group named `code`, matched ignoring case with `^` and
    /// `$` at line ends.
    pub patterns: Vec<String>,
    /// Fields of the reports that carry the family's codes (`Name: value` lines), in order.
    pub fields: Vec<DecodeField>,
}

/// A report field (`Action: failed`), named in the locales as `decode-field-<key>`, with its
/// meaning `decode-field-<key>-meaning` and that of each value `decode-field-<key>-<value>`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DecodeField {
    /// As written in reports (`Final-Recipient`); matched ignoring case.
    pub name: String,
    /// The name in lower case, the key of its messages (`final-recipient`).
    pub key: String,
    /// The values whose meaning the locales give (`failed`, `delayed` …).
    pub values: Vec<String>,
}

impl FamilyCheck<'_> {
    /// The `decode:` key: every pattern valid in both dialects with a `code` group, every field
    /// a header-style name listed once, every value a key listed once.
    pub(super) fn decode(
        &self,
        raw: Option<RawDecode>,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<Decode> {
        let raw = raw?;
        for (i, pattern) in raw.patterns.iter().enumerate() {
            if let Err((offset, message)) = check_pattern(pattern) {
                let d = Diagnostic::error(self.shown, format!("invalid decode pattern: {message}"))
                    .hint(PATTERN_HINT);
                problems.push(self.at_pattern(i, pattern, offset, d));
            }
        }
        let mut fields: Vec<DecodeField> = Vec::new();
        for field in raw.fields {
            let key = field.name.to_ascii_lowercase();
            let well_formed = field.name.starts_with(|c: char| c.is_ascii_alphanumeric())
                && field
                    .name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-');
            let problem = if !well_formed {
                Some(format!(
                    "decode field `{}` is not a field name: use letters, digits and `-`",
                    field.name
                ))
            } else if fields.iter().any(|f| f.key == key) {
                Some(format!("decode field `{}` is listed twice", field.name))
            } else {
                field.values.iter().enumerate().find_map(|(i, v)| {
                    (!outcome::is_key(v) || field.values[..i].contains(v)).then(|| {
                        format!("value `{v}` of decode field `{}` is not a key (lowercase letters, digits, `-`) or is listed twice", field.name)
                    })
                })
            };
            if let Some(message) = problem {
                problems.push(crate::yaml::at_value(
                    self.source,
                    "name",
                    &field.name,
                    Diagnostic::error(self.shown, message).hint(
                        "list each field once as reports write it, e.g. `- { name: Action, values: [failed, delayed] }`",
                    ),
                ));
            }
            fields.push(DecodeField {
                name: field.name,
                key,
                values: field.values,
            });
        }
        Some(Decode {
            patterns: raw.patterns,
            fields,
        })
    }

    /// `d` placed at `offset` (bytes) of pattern number `index` as the file writes it, or at the
    /// pattern's list item when it is written in a way not searched for (escapes, block text).
    fn at_pattern(&self, index: usize, pattern: &str, offset: usize, d: Diagnostic) -> Diagnostic {
        let Some((line, col)) = crate::yaml::locate_item(self.source, "patterns", index) else {
            return crate::yaml::at_key(self.source, "patterns", d);
        };
        let item_start = line_offset(self.source, line) + col - 1;
        // Single-quoted YAML doubles each quote; a plain or double-quoted pattern without
        // escapes is written as it is.
        let quoted = pattern.replace('\'', "''");
        let within = |written: &str| {
            self.source[item_start..]
                .find(written)
                .map(|at| item_start + at)
        };
        let (start, doubled) = match within(&format!("'{quoted}'")) {
            Some(at) => (at + 1, true),
            None => match within(pattern) {
                Some(at) => (at, false),
                None => return d.at(self.source, line, col),
            },
        };
        let offset = offset.min(pattern.len());
        let quotes = if doubled {
            pattern[..offset].matches('\'').count()
        } else {
            0
        };
        d.at_offset(self.source, start + offset + quotes)
    }
}

/// The byte offset where 1-based `line` starts.
fn line_offset(source: &str, line: usize) -> usize {
    source
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum()
}

/// Checks one pattern; the error is the byte offset in the pattern and what is wrong there.
fn check_pattern(pattern: &str) -> Result<(), (usize, String)> {
    let ast = ast::parse::Parser::new()
        .parse(pattern)
        .map_err(|e| (e.span().start.offset, e.kind().to_string()))?;
    ast::visit(&ast, BrowserDialect).map_err(|(span, message)| (span.start.offset, message))?;
    let hir = regex_syntax::hir::translate::TranslatorBuilder::new()
        .case_insensitive(true)
        .multi_line(true)
        .build()
        .translate(pattern, &ast)
        .map_err(|e| (e.span().start.offset, e.kind().to_string()))?;
    if hir.properties().minimum_len() == Some(0) {
        return Err((0, "it can match empty text, which finds nothing".into()));
    }
    if !names_group(&hir, CODE_GROUP) {
        return Err((
            0,
            format!(
                "it has no group named `{CODE_GROUP}`: write `(?<{CODE_GROUP}>…)` around the code"
            ),
        ));
    }
    Ok(())
}

/// Whether `hir` has a capture group named `name`.
fn names_group(hir: &regex_syntax::hir::Hir, name: &str) -> bool {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Capture(group) => {
            group.name.as_deref() == Some(name) || names_group(&group.sub, name)
        }
        HirKind::Repetition(repeated) => names_group(&repeated.sub, name),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => {
            parts.iter().any(|part| names_group(part, name))
        }
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => false,
    }
}

/// Finds the first construct that a browser's `RegExp` (with the `u` flag) rejects or reads
/// differently from Rust's regex crate.
struct BrowserDialect;

type Refusal = (ast::Span, String);

/// The characters a browser accepts escaped outside a class with the `u` flag.
const JS_SYNTAX_CHARACTERS: &str = "^$\\.*+?()[]{}|/";

impl BrowserDialect {
    fn literal(lit: &Literal, in_class: bool) -> Result<(), Refusal> {
        let refuse = |what: &str| Err((lit.span, what.to_string()));
        match &lit.kind {
            LiteralKind::Verbatim if !in_class && matches!(lit.c, ']' | '{' | '}') => refuse(
                "a browser refuses an unescaped bracket or brace here: escape it (`\\]`, `\\{`, `\\}`)",
            ),
            LiteralKind::Verbatim if in_class && lit.c == ']' => {
                refuse("a browser ends the class at this `]`: escape it as `\\]`")
            }
            LiteralKind::Meta | LiteralKind::Superfluous
                if !(JS_SYNTAX_CHARACTERS.contains(lit.c) || (in_class && lit.c == '-')) =>
            {
                refuse(&format!(
                    "a browser refuses the escape `\\{}`: write the character without `\\`",
                    lit.c
                ))
            }
            LiteralKind::Octal => {
                refuse("octal escapes differ between Rust and browsers: write `\\x..`")
            }
            LiteralKind::HexFixed(HexLiteralKind::UnicodeLong) => {
                refuse("a browser has no `\\U........`: write `\\u{...}`")
            }
            LiteralKind::HexBrace(kind) if *kind != HexLiteralKind::UnicodeShort => refuse(
                "a browser reads no braces after `\\x` or `\\U`: write `\\xHH` or `\\u{...}`",
            ),
            LiteralKind::Special(SpecialLiteralKind::Bell | SpecialLiteralKind::Space) => {
                refuse("a browser has no such escape: write the character itself")
            }
            _ => Ok(()),
        }
    }

    fn unicode(class: &ClassUnicode) -> Result<(), Refusal> {
        Err((
            class.span,
            "Unicode classes (`\\p{…}`) are named differently in browsers: list the characters in `[…]`".into(),
        ))
    }
}

impl ast::Visitor for BrowserDialect {
    type Output = ();
    type Err = Refusal;

    fn finish(self) -> Result<(), Refusal> {
        Ok(())
    }

    fn visit_pre(&mut self, ast: &Ast) -> Result<(), Refusal> {
        match ast {
            Ast::Flags(f) => Err((f.span, "a browser has no inline flags such as `(?i)`: patterns already ignore case, and `^` and `$` match at line ends".into())),
            Ast::Literal(lit) => Self::literal(lit, false),
            Ast::Assertion(a) => match a.kind {
                AssertionKind::StartLine | AssertionKind::EndLine => Ok(()),
                AssertionKind::WordBoundary | AssertionKind::NotWordBoundary => Err((a.span, "`\\b` and `\\B` know only ASCII words in a browser but any Unicode word in Rust: write the context, e.g. `(?:^|[^0-9A-Za-z])`".into())),
                _ => Err((a.span, "a browser has no such assertion: use `^` and `$` (they match at line ends)".into())),
            },
            Ast::ClassPerl(c) => match c.kind {
                ast::ClassPerlKind::Space => Ok(()),
                _ => Err((c.span, "`\\d` and `\\w` are ASCII in a browser but Unicode in Rust: write `[0-9]` or `[A-Za-z0-9_]`".into())),
            },
            Ast::ClassUnicode(c) => Self::unicode(c),
            Ast::Group(g) => match &g.kind {
                GroupKind::CaptureName { starts_with_p: true, .. } => Err((g.span, "a browser does not read `(?P<name>`: write `(?<name>`".into())),
                GroupKind::CaptureName { name, .. }
                    if !name.name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                        || !name.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') =>
                {
                    Err((name.span, "a group name is letters, digits and `_`, not starting with a digit".into()))
                }
                GroupKind::NonCapturing(flags) if !flags.items.is_empty() => Err((flags.span, "a browser has no flags in groups such as `(?i:…)`: write `(?:…)`".into())),
                _ => Ok(()),
            },
            _ => Ok(()),
        }
    }

    fn visit_class_set_item_pre(&mut self, item: &ClassSetItem) -> Result<(), Refusal> {
        match item {
            ClassSetItem::Literal(lit) => Self::literal(lit, true),
            ClassSetItem::Range(range) => {
                Self::literal(&range.start, true).and_then(|()| Self::literal(&range.end, true))
            }
            ClassSetItem::Ascii(c) => Err((c.span, "a browser has no `[:name:]` classes: list the characters".into())),
            ClassSetItem::Unicode(c) => Self::unicode(c),
            ClassSetItem::Perl(c) if c.kind != ast::ClassPerlKind::Space => Err((c.span, "`\\d` and `\\w` are ASCII in a browser but Unicode in Rust: write `0-9` or `A-Za-z0-9_`".into())),
            ClassSetItem::Bracketed(c) => Err((c.span, "a browser has no nested classes: write one class".into())),
            _ => Ok(()),
        }
    }

    fn visit_class_set_binary_op_pre(&mut self, op: &ast::ClassSetBinaryOp) -> Result<(), Refusal> {
        Err((
            op.span,
            "a browser has no class operations such as `&&` or `--`: list the characters".into(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::check_pattern;

    #[test]
    fn patterns_both_dialects_read_alike_are_accepted() {
        for good in [
            r"said:[ \t]+(?<code>[2-5][0-5][0-9])(?:[ -]|$)",
            r"^[ \t]*status[ \t]*:[ \t]*(?<code>[245]\.[0-9]{1,3}\.[0-9]{1,3})",
            r#"\\?"status\\?"\s*:\s*\\?"(?<code>[245]\.[0-9]+\.[0-9]+)"#,
            r"HTTP/[0-9](?:\.[0-9])?[ ]+(?<code>[1-5][0-9]{2})(?:[^0-9]|$)",
            r"(?<code>[a-z\-]+)\{x\}\u{41}\x41",
            // The group may stand inside others, repeated or as one branch.
            r"(?:said|(?:x(?<code>[0-9]{3}))+)y",
            r"z(?:(?<other>a)|b(?<code>[0-9]))",
        ] {
            assert_eq!(check_pattern(good), Ok(()), "{good}");
        }
    }

    #[test]
    fn what_a_browser_reads_otherwise_is_refused_at_its_offset() {
        for (bad, at, says) in [
            (r"x(?P<code>[0-9]{3})", 1, "(?<name>"),
            (r"(?i)(?<code>x)", 0, "inline flags"),
            (r"(?<code>\d{3})", 8, "[0-9]"),
            (r"\b(?<code>5[0-9]{2})", 0, "ASCII words"),
            (r"(?<code>[0-9]{3})(?=x)", 17, "look-around"),
            (r"(?<code>[0-9])\#", 14, "escape"),
            (r"(?<code>\p{L})", 8, "Unicode classes"),
            (r"(?<code>[[:digit:]])", 9, "[:name:]"),
            (r"(?<code>[0-9]])", 13, "escape it"),
            (r"(?<code>[]0-9])", 9, "escape it"),
            (r"x?(?<code>y?)", 0, "empty text"),
            (r"said: ([0-9]{3})", 0, "no group named `code`"),
            (r"said: (?<kode>[0-9]{3})", 0, "no group named `code`"),
            (r"(?<code>[0-9]{3}", 0, "unclosed"),
        ] {
            let Err((offset, message)) = check_pattern(bad) else {
                panic!("{bad} should be refused");
            };
            assert!(message.contains(says), "{bad}: {message}");
            assert_eq!(offset, at, "{bad}: {message}");
        }
    }
}
