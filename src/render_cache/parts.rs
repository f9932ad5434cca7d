//! The parts of a code's view that look elsewhere: links to codes of other families (both
//! ways), references, command names, and where a text problem sits in its file.

use super::{CommandView, LinkView, LinkedView, ReferenceView, Scope};
use crate::content::{Code, Reference, Texts};
use crate::error::Diagnostic;
use crate::locales::Messages;
use crate::markdown::MarkdownProblem;
use crate::site::Site;

/// The problem of a Markdown text (`texts.<lang>.<field>` of `code`) as a diagnostic at its
/// place in the code's file.
pub(super) fn markdown_problem(
    code: &Code,
    lang: &str,
    field: &str,
    issue: MarkdownProblem,
) -> Diagnostic {
    let d = Diagnostic::error(
        &code.source,
        format!("in `texts.{lang}.{field}`: {}", issue.message),
    );
    match text_position(&code.text, lang, field, &issue.target) {
        Some((line, col)) => d.at(&code.text, line, col),
        None => d,
    }
}

/// The problems of every code's Markdown texts (internal links naming no page, unsafe links),
/// as the render cache reports them, found without the site's messages or templates: a build
/// that stops before rendering reports them with its other problems. The site may be made of
/// content that did not load whole: a link to a family or code whose file did not load is not
/// reported (that file's error says what is wrong).
pub fn text_problems(site: &Site) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (locale, lang) in site.locales.iter().enumerate() {
        let resolver = |target: &str| {
            site.resolve_internal(locale, target)
                .or_else(|| site.names_unloaded(target).then(String::new))
        };
        for code in site.content.families.iter().flat_map(|fc| &fc.codes) {
            let Some(texts) = code.texts.get(lang) else {
                continue;
            };
            for field in Texts::MARKDOWN {
                let Some(text) = texts.get(field) else {
                    continue;
                };
                let (_, issues) = crate::markdown::render(text, &resolver);
                for issue in issues {
                    problems.push(markdown_problem(code, lang, field, issue));
                }
            }
        }
    }
    problems
}

/// (family id, the code as written, its (family, code) index when it exists).
type LinkedEntry = (String, String, Option<(usize, usize)>);

/// Where `target` is written inside `texts.<lang>.<field>` of a code file (falling back to the
/// field's key, then to nothing).
fn text_position(source: &str, lang: &str, field: &str, target: &str) -> Option<(usize, usize)> {
    let (texts_line, _) = crate::yaml::locate_key(source, "texts", 1)?;
    let (lang_line, _) = crate::yaml::locate_key(source, lang, texts_line)?;
    let (field_line, field_col) = crate::yaml::locate_key(source, field, lang_line)?;
    for (i, line) in source.lines().enumerate().skip(field_line - 1) {
        if i + 1 > field_line {
            let indent = line.len() - line.trim_start().len() + 1;
            if !line.trim().is_empty() && indent <= field_col {
                break;
            }
        }
        if let Some(byte) = line.find(target) {
            return Some((i + 1, line[..byte].chars().count() + 1));
        }
    }
    Some((field_line, field_col))
}

/// The codes of other families a code travels with: those its file names in `linked`, then
/// those whose files name it (so the link shows both ways), grouped by family.
pub(super) fn linked_views(scope: &Scope, c: usize, say: &Messages) -> Vec<LinkedView> {
    let Scope {
        site,
        config,
        locale,
        family: f,
        ..
    } = *scope;
    let (lang, default) = scope.langs();
    let families = &site.content.families;
    let code = &families[f].codes[c];
    let mut entries: Vec<LinkedEntry> = Vec::new();
    for (fam_id, codes) in &code.linked {
        let target = families.iter().position(|x| &x.family.id == fam_id);
        for id in codes {
            let found = target.and_then(|t| families[t].resolve(id).map(|i| (t, i)));
            entries.push((fam_id.clone(), id.clone(), found));
        }
    }
    for &(tf, tc) in &families[f].linked_from[c] {
        if !entries.iter().any(|e| e.2 == Some((tf, tc))) {
            let other = &families[tf];
            // Show the concrete form of the same outcome (452 ← X.2.4 shows 4.2.4).
            let rule = other.family.aliases.as_ref();
            let id = other.codes[tc]
                .aliases
                .iter()
                .find(|alias| {
                    code.outcome.is_some()
                        && rule
                            .and_then(|r| r.values.get(&alias.value))
                            .and_then(|v| v.outcome.as_ref().map(|o| &o.key))
                            == code.outcome.as_ref().map(|o| &o.key)
                })
                .map_or_else(|| other.codes[tc].id.clone(), |alias| alias.id.clone());
            entries.push((other.family.id.clone(), id, Some((tf, tc))));
        }
    }
    // In the other family's order (the order its index page shows), unresolved ones last.
    entries.sort_by_key(|e| (e.0.clone(), e.2.is_none(), e.2));
    let mut views: Vec<LinkedView> = Vec::new();
    for (fam_id, id, found) in entries {
        let link = LinkView {
            id,
            title: found
                .and_then(|(t, i)| families[t].codes[i].text(lang, default, "title"))
                .map(|(t, _)| t.to_string())
                .unwrap_or_default(),
            url: found
                .map(|(t, i)| config.base_url.root_relative(&site.code_path(locale, t, i)))
                .unwrap_or_default(),
        };
        match views.iter_mut().find(|v| v.family_id == fam_id) {
            Some(v) => v.codes.push(link),
            None => views.push(LinkedView {
                family: say.get(&format!("family-{fam_id}-name"), &[]),
                family_id: fam_id,
                codes: vec![link],
            }),
        }
    }
    views
}

/// A command token as shown: a translation for stages (`connection`), else the token itself.
pub fn command_name(say: &Messages, token: &str) -> CommandView {
    let id = format!(
        "command-{}",
        token
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
    );
    match say.get_optional(&id) {
        Some(name) => CommandView {
            name,
            literal: false,
        },
        None => CommandView {
            name: token.to_string(),
            literal: true,
        },
    }
}

pub(super) fn reference_view(site: &Site, say: &Messages, r: &Reference) -> ReferenceView {
    match r {
        Reference::Rfc { number, section } => {
            let n = number.to_string();
            let (label, url) = match section {
                Some(s) => {
                    let anchor = if s.starts_with(|c: char| c.is_ascii_alphabetic()) {
                        format!("appendix-{s}")
                    } else {
                        format!("section-{s}")
                    };
                    (
                        say.get("reference-rfc-section", &[("number", &n), ("section", s)]),
                        format!("https://www.rfc-editor.org/rfc/rfc{n}.html#{anchor}"),
                    )
                }
                None => (
                    say.get("reference-rfc", &[("number", &n)]),
                    format!("https://www.rfc-editor.org/rfc/rfc{n}.html"),
                ),
            };
            let rfc = site.content.rfcs.get(number);
            ReferenceView {
                label,
                title: rfc.map(|r| r.title.clone()).unwrap_or_default(),
                heading: (rfc.zip(section.as_deref()))
                    .and_then(|(r, s)| r.heading(s))
                    .unwrap_or_default()
                    .to_string(),
                url,
            }
        }
        Reference::Link { url, title } => ReferenceView {
            label: title.clone(),
            title: String::new(),
            heading: String::new(),
            url: url.clone(),
        },
    }
}
