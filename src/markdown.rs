//! The one pulldown-cmark setup: Markdown text fields → safe HTML. Raw HTML is shown as text,
//! links may only be http(s), mailto, relative or `@/family/code` (resolved per locale), and
//! headings are demoted below the page's own.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Turns `@/family/code` into a URL for the current locale, or `None` if no such page exists.
pub trait LinkResolver {
    /// The URL of an internal `@/…` link target.
    fn resolve(&self, target: &str) -> Option<String>;
}

impl<F: Fn(&str) -> Option<String>> LinkResolver for F {
    fn resolve(&self, target: &str) -> Option<String> {
        self(target)
    }
}

/// What went wrong while rendering one field (unknown internal links).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownProblem {
    /// The message.
    pub message: String,
    /// The link destination as written, to find it in the source.
    pub target: String,
}

/// A link or image destination of a Markdown text, as written.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Destination {
    /// A link's (`@/family/code` for a page of the site).
    Link(String),
    /// An image's.
    Image(String),
}

/// The link and image destinations of `text`, in the order [`render`] meets them.
pub fn destinations(text: &str) -> Vec<Destination> {
    Parser::new_ext(text, options())
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                Some(Destination::Link(dest_url.to_string()))
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                Some(Destination::Image(dest_url.to_string()))
            }
            _ => None,
        })
        .collect()
}

/// What [`render`] makes of the destinations `dests` of a text without rendering it: each
/// internal target with what it resolves to (in order), and the problems render reports.
pub fn check(
    dests: &[Destination],
    links: &dyn LinkResolver,
) -> (Vec<(String, Option<String>)>, Vec<MarkdownProblem>) {
    let mut resolved = Vec::new();
    let mut problems = Vec::new();
    for dest in dests {
        let url = match dest {
            Destination::Link(dest) => link_url(dest, links),
            Destination::Image(dest) => image_problem(dest).map_or(Ok(None), Err),
        };
        if let Destination::Link(dest) = dest
            && let Some(target) = dest.strip_prefix("@/")
        {
            resolved.push((target.to_string(), url.clone().ok().flatten()));
        }
        problems.extend(url.err());
    }
    (resolved, problems)
}

/// Where a link goes: an internal `@/` target's URL, or `None` for a destination kept as
/// written; the problem when the link is dropped (a target that names no page, an unsafe URL).
fn link_url(dest: &str, links: &dyn LinkResolver) -> Result<Option<String>, MarkdownProblem> {
    match dest.strip_prefix("@/") {
        Some(target) => (links.resolve(target).map(Some)).ok_or_else(|| unknown_target(target)),
        None if is_safe_url(dest) => Ok(None),
        None => Err(unsafe_link(dest)),
    }
}

/// The problem of an image whose source is not safe (it is then left out).
fn image_problem(dest: &str) -> Option<MarkdownProblem> {
    (!is_safe_url(dest)).then(|| unsafe_image(dest))
}

/// A resolver that answers with what [`check`] found.
pub struct Resolved<'a>(pub &'a [(String, Option<String>)]);

impl LinkResolver for Resolved<'_> {
    fn resolve(&self, target: &str) -> Option<String> {
        let found = self.0.iter().find(|(t, _)| t == target);
        found.and_then(|(_, url)| url.clone())
    }
}

fn unknown_target(target: &str) -> MarkdownProblem {
    MarkdownProblem {
        message: format!("internal link `@/{target}` names no page"),
        target: format!("@/{target}"),
    }
}

fn unsafe_link(url: &str) -> MarkdownProblem {
    MarkdownProblem {
        message: format!(
            "link to `{url}` removed: only http(s), mailto and relative links are allowed"
        ),
        target: url.to_string(),
    }
}

fn unsafe_image(url: &str) -> MarkdownProblem {
    MarkdownProblem {
        message: format!("image `{url}` removed: only http(s) and relative images are allowed"),
        target: url.to_string(),
    }
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION
}

/// Whether a link or image destination is safe to publish.
fn is_safe_url(url: &str) -> bool {
    let lower: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    match lower.find(':') {
        // A scheme comes before any '/', '?' or '#'.
        Some(colon) if !lower[..colon].contains(['/', '?', '#']) => {
            let scheme = &lower[..colon];
            matches!(scheme, "http" | "https" | "mailto")
        }
        _ => true,
    }
}

/// Renders Markdown to HTML. Problems (unknown `@/` links) are returned beside the HTML so that
/// the caller can report them with the file they came from.
pub fn render(text: &str, links: &dyn LinkResolver) -> (String, Vec<MarkdownProblem>) {
    let mut problems = Vec::new();
    // Links whose target is refused are dropped but their text is kept: track nesting.
    let mut dropped_links: Vec<bool> = Vec::new();
    let events = Parser::new_ext(text, options()).filter_map(|event| match event {
        Event::Html(html) | Event::InlineHtml(html) => Some(Event::Text(html)),
        Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => None,
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Some(Event::Start(Tag::Heading {
            level: demote(level),
            id,
            classes,
            attrs,
        })),
        Event::End(TagEnd::Heading(level)) => Some(Event::End(TagEnd::Heading(demote(level)))),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let dest = match link_url(&dest_url, links) {
                Ok(Some(url)) => Some(CowStr::from(url)),
                Ok(None) => Some(dest_url),
                Err(problem) => {
                    problems.push(problem);
                    None
                }
            };
            dropped_links.push(dest.is_none());
            dest.map(|dest_url| {
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            })
        }
        Event::End(TagEnd::Link) => {
            if dropped_links.pop().unwrap_or(false) {
                None
            } else {
                Some(Event::End(TagEnd::Link))
            }
        }
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            // An unsafe source is left out (the image keeps its text).
            let problem = image_problem(&dest_url);
            let dest_url = if problem.is_some() {
                CowStr::from("")
            } else {
                dest_url
            };
            problems.extend(problem);
            Some(Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }))
        }
        other => Some(other),
    });
    let mut html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    (html, problems)
}

fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 | HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn raw_html_is_escaped() {
        let (html, _) = render(
            "Hi <script>alert(1)</script>\n\n<div onclick=x>b</div>",
            &none,
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<div"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn javascript_links_are_dropped_but_text_kept() {
        let (html, problems) = render(
            "[click](javascript:alert(1)) and [x]( JaVaScRiPt:alert(1))",
            &none,
        );
        assert!(!html.to_ascii_lowercase().contains("javascript"), "{html}");
        assert!(html.contains("click"));
        assert_eq!(problems.len(), 2);
    }

    #[test]
    fn internal_links_resolve_or_are_reported() {
        let resolver = |t: &str| (t == "smtp/452").then(|| "/vi/smtp/452/".to_string());
        let (html, problems) = render("See [452](@/smtp/452) and [999](@/smtp/999).", &resolver);
        assert!(
            html.contains(r#"<a href="/vi/smtp/452/">452</a>"#),
            "{html}"
        );
        assert!(!html.contains("999</a>"), "{html}");
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn checking_destinations_finds_what_rendering_does() {
        let resolver = |t: &str| (t == "smtp/452").then(|| "/vi/smtp/452/".to_string());
        let text = "See [452](@/smtp/452), [999](@/smtp/999), [x](javascript:y), \
                    ![i](data:z), ![ok](/a.png), [ref][r] and `[no](@/smtp/1)`.\n\n\
                    [r]: @/smtp/452";
        let (html, rendered) = render(text, &resolver);
        let (resolved, checked) = check(&destinations(text), &resolver);
        assert_eq!(checked, rendered);
        assert_eq!(rendered.len(), 3, "{rendered:?}");
        assert_eq!(
            resolved,
            [
                ("smtp/452".to_string(), Some("/vi/smtp/452/".to_string())),
                ("smtp/999".to_string(), None),
                ("smtp/452".to_string(), Some("/vi/smtp/452/".to_string())),
            ]
        );
        assert_eq!(render(text, &Resolved(&resolved)).0, html);
    }

    #[test]
    fn headings_are_demoted_and_safe_links_kept() {
        let (html, problems) = render(
            "# Title\n\n[rfc](https://www.rfc-editor.org/rfc/rfc5321)",
            &none,
        );
        assert!(html.contains("<h3>Title</h3>"), "{html}");
        assert!(html.contains("href=\"https://www.rfc-editor.org/rfc/rfc5321\""));
        assert!(problems.is_empty());
    }
}
