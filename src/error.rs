//! Diagnostics: the user's mistakes as values (file, line:column, message, hint), collected and
//! reported together, printed like a compiler error with the offending line and a caret.

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a diagnostic is: errors fail the build, warnings do not (unless `--strict`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Fails the command.
    Error,
    /// Reported, but the command succeeds.
    Warning,
}

/// One problem in a file the user wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, as the user should see it (relative to the site root where possible).
    pub path: PathBuf,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column (in characters); 0 when unknown.
    pub col: usize,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
    /// The offending source line, shown with a caret under `col`.
    pub snippet: Option<String>,
}

impl Diagnostic {
    /// An error about a whole file (no position).
    pub fn error(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line: 0,
            col: 0,
            message: message.into(),
            hint: None,
            snippet: None,
        }
    }

    /// A warning about a whole file (no position).
    pub fn warning(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, message)
        }
    }

    /// Sets the position (1-based line and column) and takes the offending line from `source`.
    pub fn at(mut self, source: &str, line: usize, col: usize) -> Self {
        self.line = line;
        self.col = col;
        self.snippet = line
            .checked_sub(1)
            .and_then(|i| source.lines().nth(i))
            .map(|l| l.trim_end_matches('\r').to_string());
        self
    }

    /// Sets the position from a byte offset into `source`.
    pub fn at_offset(self, source: &str, offset: usize) -> Self {
        let (line, col) = line_col(source, offset);
        self.at(source, line, col)
    }

    /// Adds a hint saying how to fix the problem.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Whether this diagnostic fails the command.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The widest snippet shown; longer lines are cut around the column.
const SNIPPET_WIDTH: usize = 100;

/// A source line as shown under a diagnostic: control characters made visible (a binary file
/// must not write escape codes to the terminal) and long lines cut around `col`, which is
/// returned adjusted to the cut line.
fn shown_line(line: &str, col: usize) -> (Option<String>, usize) {
    let chars: Vec<char> = line
        .chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect();
    if chars.len() <= SNIPPET_WIDTH {
        return (Some(chars.into_iter().collect()), col);
    }
    let start = col
        .saturating_sub(SNIPPET_WIDTH / 2 + 1)
        .min(chars.len() - SNIPPET_WIDTH);
    let end = start + SNIPPET_WIDTH;
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.extend(&chars[start..end]);
    if end < chars.len() {
        out.push('…');
    }
    let col = if col == 0 {
        0
    } else {
        col - start + usize::from(start > 0)
    };
    (Some(out), col)
}

/// 1-based line and column (in characters) of a byte offset in `source`.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = source[line_start..offset].chars().count() + 1;
    (line, col)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{label}: {}", self.message)?;
        let path = self.path.display();
        match (self.line, self.col) {
            (0, _) => writeln!(f, "  --> {path}")?,
            (line, 0) => writeln!(f, "  --> {path}:{line}")?,
            (line, col) => writeln!(f, "  --> {path}:{line}:{col}")?,
        }
        let shown = self.snippet.as_deref().map(|s| shown_line(s, self.col));
        if let Some((Some(snippet), col)) = shown {
            let number = self.line.to_string();
            let pad = " ".repeat(number.len());
            writeln!(f, "{pad} |")?;
            writeln!(f, "{number} | {snippet}")?;
            if col > 0 {
                let indent: String = snippet
                    .chars()
                    .take(col - 1)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                writeln!(f, "{pad} | {indent}^")?;
            }
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "  = hint: {hint}")?;
        }
        Ok(())
    }
}

/// Every problem found in one run, errors and warnings together.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Adds one diagnostic.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    /// Adds several diagnostics.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(other);
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    /// The number of errors.
    pub fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }

    /// Sorts by file, position and message so that output is deterministic.
    pub fn sort(&mut self) {
        self.0.sort_by(|a, b| {
            (&a.path, a.line, a.col, a.severity, &a.message)
                .cmp(&(&b.path, b.line, b.col, b.severity, &b.message))
        });
        self.0.dedup();
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// What a loader hands back when no error stopped it: the value, and the warnings it met.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    /// What was loaded.
    pub value: T,
    /// Problems that do not fail the command.
    pub warnings: Vec<Diagnostic>,
}

/// A loader's result: the value with its warnings, or every problem found (errors and warnings
/// together) when any of them is an error.
pub type LoadResult<T> = Result<Loaded<T>, Diagnostics>;

impl<T> Loaded<T> {
    /// `value` with no warnings.
    pub fn clean(value: T) -> Loaded<T> {
        Loaded {
            value,
            warnings: Vec::new(),
        }
    }

    /// The same warnings with the value changed by `f`.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Loaded<U> {
        Loaded {
            value: f(self.value),
            warnings: self.warnings,
        }
    }
}

/// The problems a loader found, as a [`LoadResult`] to be: `Err` with all of them when any is an
/// error, the warnings otherwise.
pub fn warnings_only(problems: Vec<Diagnostic>) -> Result<Vec<Diagnostic>, Diagnostics> {
    if problems.iter().any(Diagnostic::is_error) {
        Err(Diagnostics(problems))
    } else {
        Ok(problems)
    }
}

/// Shows `path` relative to `root` when it lies below it, as users expect in messages.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let src = "a: 1\nbé: x\n";
        assert_eq!(line_col(src, 0), (1, 1));
        assert_eq!(line_col(src, 5), (2, 1));
        // 'x' is after "bé: " = 5 bytes, 4 characters
        assert_eq!(line_col(src, 10), (2, 5));
    }

    #[test]
    fn long_lines_are_cut_around_the_column_and_controls_hidden() {
        let long = format!("{}X{}", "[".repeat(5000), "]".repeat(5000));
        let (snippet, col) = shown_line(&long, 5001);
        let snippet = snippet.unwrap_or_default();
        assert!(snippet.chars().count() <= 102, "{}", snippet.len());
        assert_eq!(snippet.chars().nth(col - 1), Some('X'));
        let text = Diagnostic::error("x", "m").at(&long, 1, 5001).to_string();
        assert!(text.contains("--> x:1:5001"), "{text}");
        let (snippet, _) = shown_line("a\u{1b}[2Jb\0", 1);
        assert_eq!(snippet.as_deref(), Some("a\u{fffd}[2Jb\u{fffd}"));
    }

    #[test]
    fn display_shows_position_snippet_and_hint() {
        let d = Diagnostic::error("content/smtp/552.yaml", "unknown field `titel`")
            .at("code: 552\n  titel: x\n", 2, 3)
            .hint("did you mean `title`?");
        let text = d.to_string();
        assert!(text.contains("error: unknown field `titel`"), "{text}");
        assert!(text.contains("--> content/smtp/552.yaml:2:3"), "{text}");
        assert!(text.contains("2 |   titel: x"), "{text}");
        assert!(text.contains("  |   ^"), "{text}");
        assert!(text.contains("= hint: did you mean `title`?"), "{text}");
    }
}
