//! An internal link checker over a built site: every `href`/`src` under the base path must name
//! a file (`dir/` → `dir/index.html`), and every `#fragment` an `id` in its target page.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use regex::Regex;
use walkdir::WalkDir;

use crate::error::Diagnostic;

/// Checks every HTML file below `dir`, a site published under `base_path` (`/atlas/`).
pub fn check(dir: &Path, base_path: &str) -> Vec<Diagnostic> {
    let attr = Regex::new(r#"(?:href|src)="([^"]*)""#).unwrap_or_else(|_| unreachable!());
    let id = Regex::new(r#"\sid="([^"]*)""#).unwrap_or_else(|_| unreachable!());
    let mut pages: Vec<(PathBuf, String)> = Vec::new();
    for entry in WalkDir::new(dir).sort_by_file_name().into_iter().flatten() {
        if entry.file_type().is_file()
            && entry.path().extension().is_some_and(|e| e == "html")
            && let Ok(text) = std::fs::read_to_string(entry.path())
        {
            pages.push((entry.path().to_path_buf(), text));
        }
    }
    let ids: HashMap<&Path, HashSet<&str>> = pages
        .iter()
        .map(|(p, text)| {
            (
                p.as_path(),
                id.captures_iter(text)
                    .filter_map(|c| c.get(1))
                    .map(|m| m.as_str())
                    .collect(),
            )
        })
        .collect();
    let mut problems = Vec::new();
    for (page, text) in &pages {
        let shown = page.strip_prefix(dir).unwrap_or(page);
        for caps in attr.captures_iter(text) {
            let Some(m) = caps.get(1) else { continue };
            let url = m.as_str().replace("&amp;", "&");
            if url.is_empty()
                || url.contains("://")
                || url.starts_with("mailto:")
                || url.starts_with("data:")
                || url.starts_with("//")
            {
                continue;
            }
            let (path_part, fragment) = match url.split_once('#') {
                Some((p, f)) => (p, Some(f)),
                None => (url.as_str(), None),
            };
            let target = if path_part.is_empty() {
                Some(page.clone())
            } else if let Some(rest) = path_part.strip_prefix('/') {
                format!("/{rest}")
                    .strip_prefix(base_path)
                    .map(|inside| resolve(dir, inside))
            } else {
                page.parent().map(|parent| resolve(parent, path_part))
            };
            let broken = match &target {
                None => Some(format!("`{url}` is outside the base path {base_path}")),
                Some(t) if !t.is_file() => Some(format!("`{url}` names no file")),
                Some(t) => match fragment {
                    Some(f) if !f.is_empty() && t.extension().is_some_and(|e| e == "html") => {
                        let known = ids.get(t.as_path()).is_some_and(|set| set.contains(f));
                        (!known).then(|| {
                            format!("`{url}`: no element with id `{f}` in the target page")
                        })
                    }
                    _ => None,
                },
            };
            if let Some(message) = broken {
                problems.push(
                    Diagnostic::error(shown, format!("broken link: {message}"))
                        .at_offset(text, m.start())
                        .hint("fix the link in the template or the Markdown text that produced it"),
                );
            }
        }
    }
    problems
}

/// Resolves a relative URL path against a folder (`a/` → `a/index.html`).
fn resolve(base: &Path, rel: &str) -> PathBuf {
    let rel = rel.split('?').next().unwrap_or(rel);
    let mut path = base.to_path_buf();
    for segment in rel.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                path.pop();
            }
            s => path.push(s),
        }
    }
    if rel.ends_with('/') || path.is_dir() {
        path.push("index.html");
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_missing_files_and_fragments() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("a/index.html"), "<p id=\"x\">a</p>").unwrap();
        std::fs::write(
            dir.path().join("index.html"),
            "<a href=\"/s/a/\">ok</a><a href=\"/s/a/#x\">ok</a><a href=\"/s/a/#y\">bad</a>\n<a href=\"/s/b/\">bad</a><a href=\"https://x.org/\">ext</a><a href=\"/a/\">outside</a>",
        )
        .unwrap();
        let problems = check(dir.path(), "/s/");
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems.iter().any(|p| p.message.contains("id `y`")));
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("/s/b/") && p.line == 2)
        );
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("outside the base path"))
        );
    }
}
