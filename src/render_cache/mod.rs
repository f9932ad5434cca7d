//! The render cache: each (locale, code) turned into template data once — names translated,
//! links resolved and checked, Markdown rendered when a page first shows it — and reused by its
//! code page and all of its comparisons.

mod parts;

use std::collections::BTreeSet;

pub use parts::{command_name, text_problems};
use parts::{linked_views, markdown_problem, reference_view};
use serde::Serialize;

use crate::config::Config;
use crate::content::Code;
use crate::error::Diagnostic;
use crate::locales::{Locales, Messages};
use crate::site::Site;

/// A name with its label, e.g. class `5xx` "permanent negative completion".
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct NamedView {
    /// Stable key (for CSS classes and rules).
    pub key: String,
    /// Short label (`5xx`); may be empty.
    pub label: String,
    /// Translated name.
    pub name: String,
}

/// A concrete form of a code and what its class means.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AliasView {
    /// As written (`5.2.2`).
    pub id: String,
    /// The class label (`5.XXX.XXX`).
    pub label: String,
    /// The class name ("permanent failure").
    pub name: String,
    /// The class outcome key (`permanent`), for styling.
    pub outcome: String,
    /// The retry advice of its class, if the family's alias value gives one.
    pub retry: Option<String>,
}

/// Headings and link texts that name one code, formatted once per locale rather than on every
/// comparison page that shows them.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct CodeLabels {
    /// `compare-description-of`: "552 (Mailbox full)", heading of this code's part of a comparison.
    pub of: String,
    /// `compare-read-page`: the link text to this code's own page.
    pub read_page: String,
    /// `heading-compare-with`: the heading over this code's list of comparisons.
    pub compare_with: String,
}

/// A link to another code.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct LinkView {
    /// The code as written.
    pub id: String,
    /// Its title in the page's locale.
    pub title: String,
    /// Root-relative URL; empty when the target page does not exist.
    pub url: String,
}

/// Codes of another family that a code travels with.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct LinkedView {
    /// The other family's id.
    pub family_id: String,
    /// The other family's translated name.
    pub family: String,
    /// The codes.
    pub codes: Vec<LinkView>,
}

/// A command (shown as code) or a stage such as "a new connection" (shown as text).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct CommandView {
    /// As shown.
    pub name: String,
    /// Whether it is shown as written (a command) rather than by a translated name (a stage).
    pub literal: bool,
}

/// One of the family's own properties of a code (HTTP: its header fields), ready to show.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PropertyView {
    /// The property's key (`headers`).
    pub key: String,
    /// Its name, the row heading (`property-headers`).
    pub name: String,
    /// The code's values, as shown (`literal` ones as written, in `<code>`).
    pub values: Vec<CommandView>,
    /// The values as one plain phrase, for sentences (`property-<key>-none` when the code has
    /// none; empty when the family has no such message).
    pub text: String,
}

/// A reference, ready to show.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ReferenceView {
    /// "RFC 5321, section 4.2.2".
    pub label: String,
    /// The document's title.
    pub title: String,
    /// The section's heading, where `content/references.yaml` lists it.
    pub heading: String,
    /// Where to read it.
    pub url: String,
}

/// One code in one locale, as templates and comparison rules see it.
#[derive(Debug, Clone, Serialize)]
pub struct CodeView {
    /// The code as written (`552`).
    pub id: String,
    /// URL segment.
    pub slug: String,
    /// Root-relative URL of its page.
    pub url: String,
    /// Plain-text title.
    pub title: String,
    /// Plain-text one-sentence summary.
    pub summary: String,
    /// HTML.
    pub description: String,
    /// HTML.
    pub when: String,
    /// HTML.
    pub fix: String,
    /// HTML, for server administrators.
    pub fix_admin: Option<String>,
    /// HTML: whether and when to retry.
    pub retry_text: Option<String>,
    /// HTML: use in practice.
    pub practice: Option<String>,
    /// Plain text: what whoever acts does.
    pub action: String,
    /// Fields shown in the default locale because this locale lacks them.
    pub fallback: Vec<&'static str>,
    /// Class per the family.
    pub class: Option<NamedView>,
    /// Category per the family.
    pub category: Option<NamedView>,
    /// Success, intermediate, transient or permanent.
    pub outcome: Option<NamedView>,
    /// Concrete forms (`5.2.2`) with their class, e.g. label `5.XXX.XXX`, name "permanent failure".
    pub aliases: Vec<AliasView>,
    /// Retry advice.
    pub retry: Option<NamedView>,
    /// Commands that return it, as shown.
    pub commands: Vec<CommandView>,
    /// Who acts, as shown.
    pub actors: Vec<String>,
    /// References.
    pub references: Vec<ReferenceView>,
    /// Related codes.
    pub related: Vec<LinkView>,
    /// The transient/permanent counterpart.
    pub counterpart: Option<LinkView>,
    /// Codes of other families sent with it.
    pub linked: Vec<LinkedView>,
    /// Its values of the family's properties, one per property the family declares, in order.
    pub properties: Vec<PropertyView>,
    /// HTML: what decides between it and a higher code, by that code's slug.
    pub versus: std::collections::BTreeMap<String, String>,
    /// Headings and link texts naming this code.
    pub labels: CodeLabels,
}

/// A cached code: the view and the same data as a template value (cheap to clone).
#[derive(Debug, Clone)]
pub struct CachedCode {
    /// The view, its Markdown texts not rendered yet (their HTML fields are empty).
    pub view: CodeView,
    /// Those texts, rendered into the template value.
    markdown: Vec<Pending>,
    /// The hashes of the view (see [`ViewHashes`]).
    pub hashes: ViewHashes,
    /// `view` as a Tera value, its Markdown rendered, made the first time a page needs it (a
    /// rebuild renders the Markdown of the codes its pages show, not of every code).
    value: std::sync::OnceLock<tera::Value>,
}

impl CachedCode {
    /// The view of `code` (the code it was made from) as a Tera value, its Markdown rendered
    /// (cheap to clone: its maps and lists are shared).
    pub fn value(&self, code: &Code) -> tera::Value {
        self.value
            .get_or_init(|| {
                let mut view = self.view.clone();
                for pending in &self.markdown {
                    pending.render_into(code, &mut view);
                }
                tera::Value::from_serializable(&view)
            })
            .clone()
    }
}

/// A Markdown text of a view, rendered only when a page shows the view. Its links were
/// resolved and checked when the view was made (with the destinations the parse cache keeps for
/// the code's file), so the problems it has are known without rendering it, and so is all that
/// its HTML is made from: the text, what its links resolve to, and the language it is in.
#[derive(Debug, Clone, Hash)]
struct Pending {
    /// The text, and the HTML field it goes into.
    field: Field,
    /// The language of the text: the view's, or the default one when the view's lacks it.
    lang: String,
    /// Whether that is the default language instead of the view's.
    fell_back: bool,
    /// Its internal link targets and what they resolve to, in order.
    resolved: Vec<(String, Option<String>)>,
}

/// A Markdown text of a code.
#[derive(Debug, Clone, Hash)]
enum Field {
    /// One of `Texts::MARKDOWN`.
    Text(&'static str),
    /// What decides between the code and another (the other code as written in the file).
    Versus(String),
}

impl Pending {
    /// The text in `code`.
    fn text<'c>(&self, code: &'c Code) -> &'c str {
        let texts = code.texts.get(&self.lang);
        let text = match &self.field {
            Field::Versus(other) => texts.and_then(|t| t.versus.get(other)).map(String::as_str),
            Field::Text(field) => texts.and_then(|t| t.get(field)),
        };
        text.unwrap_or_default()
    }

    /// Renders the text of `code` into its field of `view`.
    fn render_into(&self, code: &Code, view: &mut CodeView) {
        let resolved = crate::markdown::Resolved(&self.resolved);
        let (html, _) = crate::markdown::render(self.text(code), &resolved);
        match &self.field {
            Field::Versus(other) => {
                // A text in the default language is marked as such on a page in another.
                let html = match self.fell_back {
                    true => format!("<div lang=\"{}\">{html}</div>", self.lang),
                    false => html,
                };
                view.versus.insert(other.to_ascii_lowercase(), html);
            }
            Field::Text(field) => match *field {
                "description" => view.description = html,
                "when" => view.when = html,
                "fix" => view.fix = html,
                "fix_admin" => view.fix_admin = Some(html),
                "retry" => view.retry_text = Some(html),
                _ => view.practice = Some(html),
            },
        }
    }
}

/// Two hashes of a view's JSON, made while the view is built: what page fingerprints are
/// made of.
#[derive(Debug, Clone, Copy)]
pub struct ViewHashes {
    /// The view as a comparison page shows it: without the titles of the codes it links to
    /// (related, counterpart, linked), which a comparison names by id only.
    pub compared: u64,
    /// The whole view: `compared` and those titles.
    pub full: u64,
}

impl ViewHashes {
    /// The hashes of `view` (made from `code`) with its Markdown texts `markdown`, not rendered:
    /// its link titles are taken out for the first and put back.
    fn of(view: &mut CodeView, markdown: &[Pending], code: &Code) -> ViewHashes {
        let titles: Vec<String> = view.links_mut().map(std::mem::take).collect();
        let texts: Vec<(&Pending, &str)> = markdown.iter().map(|p| (p, p.text(code))).collect();
        let compared = crate::hash::of((crate::hash::of_serialized(view), texts));
        for (title, link) in titles.into_iter().zip(view.links_mut()) {
            *link = title;
        }
        let titles: Vec<&str> = view.links().map(|link| link.title.as_str()).collect();
        let full = crate::hash::of((compared, titles));
        ViewHashes { compared, full }
    }
}

impl CodeView {
    /// The codes it links to: related, counterpart, linked, in that order.
    fn links(&self) -> impl Iterator<Item = &LinkView> {
        (self.related.iter())
            .chain(self.counterpart.iter())
            .chain(self.linked.iter().flat_map(|l| l.codes.iter()))
    }

    /// The titles of the codes it links to, in the order of [`CodeView::links`].
    fn links_mut(&mut self) -> impl Iterator<Item = &mut String> {
        (self.related.iter_mut())
            .chain(self.counterpart.iter_mut())
            .chain(self.linked.iter_mut().flat_map(|l| l.codes.iter_mut()))
            .map(|link| &mut link.title)
    }
}

/// Every (locale, family, code) view.
#[derive(Debug)]
pub struct RenderCache {
    entries: Vec<Vec<Vec<CachedCode>>>,
    /// The messages the views needed but no locale (not even the default) could format.
    message_problems: BTreeSet<String>,
}

impl RenderCache {
    /// Builds every view in parallel; Markdown problems (unknown `@/` links, unsafe URLs) are
    /// returned as diagnostics on the code's file.
    pub fn build(
        site: &Site,
        locales: &Locales,
        config: &Config,
    ) -> (RenderCache, Vec<Diagnostic>) {
        let built = site.each_code_in_each_locale(|locale, family, c| {
            let scope = Scope {
                site,
                locales,
                config,
                locale,
                family,
            };
            let code = &site.content.families[family].codes[c];
            let (mut view, markdown, problems, unformatted) = code_view(&scope, c, code);
            let hashes = ViewHashes::of(&mut view, &markdown, code);
            let value = std::sync::OnceLock::new();
            let cached = CachedCode {
                view,
                markdown,
                hashes,
                value,
            };
            (cached, problems, unformatted)
        });
        let mut problems = Vec::new();
        let mut message_problems = BTreeSet::new();
        let mut entries = Vec::with_capacity(built.len());
        for per_family in built {
            let mut families = Vec::with_capacity(per_family.len());
            for codes in per_family {
                let mut cached_codes = Vec::with_capacity(codes.len());
                for (cached, p, unformatted) in codes {
                    cached_codes.push(cached);
                    problems.extend(p);
                    message_problems.extend(unformatted);
                }
                families.push(cached_codes);
            }
            entries.push(families);
        }
        let cache = RenderCache {
            entries,
            message_problems,
        };
        (cache, problems)
    }

    /// The messages the views needed but no locale (not even the default) could format: the
    /// build fails naming them.
    pub fn message_problems(&self) -> &BTreeSet<String> {
        &self.message_problems
    }

    /// The cached view of a code.
    pub fn get(&self, locale: usize, family: usize, code: usize) -> &CachedCode {
        &self.entries[locale][family][code]
    }
}

/// Where a view is made: the site, its messages and config, one locale and one family.
#[derive(Debug, Clone, Copy)]
struct Scope<'a> {
    site: &'a Site<'a>,
    locales: &'a Locales,
    config: &'a Config,
    locale: usize,
    family: usize,
}

impl<'a> Scope<'a> {
    /// The language of the views, and the default language its texts fall back to.
    fn langs(&self) -> (&'a str, &'a str) {
        let locales = &self.site.locales;
        (locales[self.locale].as_str(), locales[0].as_str())
    }
}

/// The view of `code` (the `c`-th of its family), with its Markdown texts to render later, its
/// problems, and the messages it needed that could not be formatted.
fn code_view(
    scope: &Scope,
    c: usize,
    code: &Code,
) -> (CodeView, Vec<Pending>, Vec<Diagnostic>, BTreeSet<String>) {
    let (lang, _) = scope.langs();
    let family_id = &scope.site.content.families[scope.family].family.id;
    let say = Messages::for_family(scope.locales, lang, family_id);
    let (texts, problems) = view_texts(scope, code);
    let names = view_names(scope, code, &say);
    let labels = code_labels(&say, code, &texts.title);
    let view = CodeView {
        id: code.id.clone(),
        slug: code.slug.clone(),
        url: scope.config.base_url.root_relative(&scope.site.code_path(
            scope.locale,
            scope.family,
            c,
        )),
        title: texts.title,
        summary: texts.summary,
        description: texts.description,
        when: texts.when,
        fix: texts.fix,
        fix_admin: texts.fix_admin,
        retry_text: texts.retry_text,
        practice: texts.practice,
        action: texts.action,
        fallback: texts.fallback,
        class: names.class,
        category: names.category,
        outcome: names.outcome,
        aliases: names.aliases,
        retry: names.retry,
        commands: names.commands,
        actors: names.actors,
        references: names.references,
        related: code.related.iter().map(|s| link_view(scope, s)).collect(),
        counterpart: code.counterpart.as_deref().map(|s| link_view(scope, s)),
        linked: linked_views(scope, c, &say),
        properties: property_views(
            &scope.site.content.families[scope.family].family,
            code,
            &say,
        ),
        versus: texts.versus,
        labels,
    };
    (view, texts.markdown, problems, say.into_problems())
}

/// A code's texts in the view's language (the default language's where it lacks them); the
/// Markdown ones are left to render (their HTML fields empty).
struct ViewTexts {
    title: String,
    summary: String,
    action: String,
    description: String,
    when: String,
    fix: String,
    fix_admin: Option<String>,
    retry_text: Option<String>,
    practice: Option<String>,
    /// What decides between the code and higher ones (by slug; HTML once rendered).
    versus: std::collections::BTreeMap<String, String>,
    /// The fields taken from the default language, in the order above.
    fallback: Vec<&'static str>,
    /// The Markdown texts, to render when a page shows the view.
    markdown: Vec<Pending>,
}

/// The texts of `code` for the view; Markdown problems (unknown `@/` links, unsafe URLs) are
/// returned at their place in the code's file.
fn view_texts(scope: &Scope, code: &Code) -> (ViewTexts, Vec<Diagnostic>) {
    let (lang, default) = scope.langs();
    let mut problems = Vec::new();
    let mut fallback = Vec::new();
    let plain = |field: &'static str, fallback: &mut Vec<&'static str>| -> Option<String> {
        let (text, fell_back) = code.text(lang, default, field)?;
        if fell_back {
            fallback.push(field);
        }
        Some(text.trim().to_string())
    };
    let title = plain("title", &mut fallback).unwrap_or_default();
    let summary = plain("summary", &mut fallback).unwrap_or_default();
    let action = plain("action", &mut fallback).unwrap_or_default();
    let mut markdown = Vec::new();
    let mut pending = |field: &'static str| -> Option<String> {
        let (_, fell_back) = code.text(lang, default, field)?;
        if fell_back {
            fallback.push(field);
        }
        let text_lang = if fell_back { default } else { lang };
        let dests = code.links.of_field(text_lang, field);
        let (resolved, issues) = crate::markdown::check(dests, &scope.resolver());
        // A fallback text's problems are reported once, for the locale it belongs to.
        for issue in issues.into_iter().filter(|_| !fell_back) {
            problems.push(markdown_problem(code, lang, field, issue));
        }
        markdown.push(Pending {
            field: Field::Text(field),
            lang: text_lang.to_string(),
            fell_back,
            resolved,
        });
        Some(String::new())
    };
    let description = pending("description").unwrap_or_default();
    let when = pending("when").unwrap_or_default();
    let fix = pending("fix").unwrap_or_default();
    let fix_admin = pending("fix_admin");
    let retry_text = pending("retry");
    let practice = pending("practice");
    let versus = versus_texts(scope, code, &mut markdown, &mut problems);
    let texts = ViewTexts {
        title,
        summary,
        action,
        description,
        when,
        fix,
        fix_admin,
        retry_text,
        practice,
        versus,
        fallback,
        markdown,
    };
    (texts, problems)
}

impl Scope<'_> {
    /// The URLs of internal link targets in the view's locale.
    fn resolver(&self) -> impl Fn(&str) -> Option<String> + '_ {
        move |target: &str| {
            (self.site.resolve_internal(self.locale, target))
                .map(|p| self.config.base_url.root_relative(&p))
        }
    }
}

/// The `versus` texts of `code` in the view's language (each falling back to the default
/// language's), keyed by the other code's slug with empty HTML, each added to `markdown` to
/// render. Problems are reported for the language a text is in.
fn versus_texts(
    scope: &Scope,
    code: &Code,
    markdown: &mut Vec<Pending>,
    problems: &mut Vec<Diagnostic>,
) -> std::collections::BTreeMap<String, String> {
    let (lang, default) = scope.langs();
    let of = |l: &str| code.texts.get(l).map(|t| &t.versus);
    let (own, fallback) = (of(lang), of(default));
    let others: BTreeSet<&String> = own
        .into_iter()
        .chain(fallback)
        .flat_map(|v| v.keys())
        .collect();
    let mut out = std::collections::BTreeMap::new();
    for other in others {
        let fell_back = match own.and_then(|v| v.get(other)) {
            Some(_) => false,
            None if fallback.is_some_and(|v| v.contains_key(other)) => true,
            None => continue,
        };
        let text_lang = if fell_back { default } else { lang };
        let dests = code.links.of_versus(text_lang, other);
        let (resolved, issues) = crate::markdown::check(dests, &scope.resolver());
        for issue in issues.into_iter().filter(|_| !fell_back) {
            problems.push(markdown_problem(code, lang, "versus", issue));
        }
        markdown.push(Pending {
            field: Field::Versus(other.clone()),
            lang: text_lang.to_string(),
            fell_back,
            resolved,
        });
        out.insert(other.to_ascii_lowercase(), String::new());
    }
    out
}

/// A code's value of each property of its family, named in the view's language.
fn property_views(
    family: &crate::content::Family,
    code: &Code,
    say: &Messages,
) -> Vec<PropertyView> {
    (family.properties.iter())
        .map(|p| {
            let given = code.properties.get(&p.name).map_or(&[][..], Vec::as_slice);
            let values: Vec<CommandView> = (given.iter())
                .map(|v| CommandView {
                    name: match p.literal {
                        true => v.clone(),
                        false => say.get(&format!("property-{}-{v}", p.name), &[]),
                    },
                    literal: p.literal,
                })
                .collect();
            let none = format!("property-{}-none", p.name);
            let text = match values.is_empty() {
                true if say.has(&none) => say.get(&none, &[]),
                true => String::new(),
                false => {
                    let names: Vec<String> = values.iter().map(|v| v.name.clone()).collect();
                    say.join(&names, "and")
                }
            };
            PropertyView {
                key: p.name.clone(),
                name: say.get(&format!("property-{}", p.name), &[]),
                values,
                text,
            }
        })
        .collect()
}

/// What a code is, in words of the view's language.
struct ViewNames {
    class: Option<NamedView>,
    category: Option<NamedView>,
    outcome: Option<NamedView>,
    aliases: Vec<AliasView>,
    retry: Option<NamedView>,
    commands: Vec<CommandView>,
    actors: Vec<String>,
    references: Vec<ReferenceView>,
}

/// The code's class, category, outcome, concrete forms, retry advice, commands, actors and
/// references, named by the family's and the site's messages.
fn view_names(scope: &Scope, code: &Code, say: &Messages) -> ViewNames {
    let fc = &scope.site.content.families[scope.family];
    let fam = fc.family.id.as_str();
    let named = |prefix: &str, class: &Option<crate::content::family::Classification>| {
        class.as_ref().map(|c| NamedView {
            key: c.key.clone(),
            label: c.label.clone(),
            name: say.get(&format!("{fam}-{prefix}-{}", c.key), &[]),
        })
    };
    // A fixed value shown by its message `PREFIX-KEY`, such as `outcome-permanent`.
    let keyed = |prefix: &str, key: &str| NamedView {
        key: key.into(),
        label: String::new(),
        name: say.get(&format!("{prefix}-{key}"), &[]),
    };
    let aliases = code
        .aliases
        .iter()
        .map(|alias| {
            let rule = fc.family.aliases.as_ref();
            let value = rule.and_then(|r| r.values.get(&alias.value));
            AliasView {
                id: alias.id.clone(),
                label: rule.map_or_else(String::new, |r| r.label.replace("{}", &alias.value)),
                name: value
                    .map(|v| say.get(&format!("{fam}-alias-{}", v.key), &[]))
                    .unwrap_or_default(),
                outcome: value
                    .and_then(|v| v.outcome.as_ref())
                    .map_or_else(String::new, |o| o.key.clone()),
                retry: (value.and_then(|v| v.retry.as_ref()))
                    .map(|r| say.get(&format!("retry-{r}"), &[])),
            }
        })
        .collect();
    ViewNames {
        class: named("class", &code.class),
        category: named("category", &code.category),
        outcome: code.outcome.as_ref().map(|o| keyed("outcome", &o.key)),
        aliases,
        retry: code.retry.as_ref().map(|r| keyed("retry", &r.key)),
        commands: code
            .commands
            .iter()
            .map(|cmd| command_name(say, cmd))
            .collect(),
        actors: code
            .actors
            .iter()
            .map(|a| say.get(&format!("actor-{a}"), &[]))
            .collect(),
        references: code
            .references
            .iter()
            .map(|r| reference_view(scope.site, say, r))
            .collect(),
    }
}

/// A link to the code of the view's family with this slug (its id, title and URL; the slug
/// alone when no such code exists).
fn link_view(scope: &Scope, slug: &str) -> LinkView {
    let (lang, default) = scope.langs();
    let fc = &scope.site.content.families[scope.family];
    let other = fc.index.get(slug).map(|&i| &fc.codes[i]);
    LinkView {
        id: other.map_or_else(|| slug.to_string(), |o| o.id.clone()),
        title: other
            .and_then(|o| o.text(lang, default, "title"))
            .map(|(t, _)| t.to_string())
            .unwrap_or_default(),
        url: fc
            .index
            .get(slug)
            .map(|&i| {
                let path = scope.site.code_path(scope.locale, scope.family, i);
                scope.config.base_url.root_relative(&path)
            })
            .unwrap_or_default(),
    }
}

/// The headings and link texts that name the code.
fn code_labels(say: &Messages, code: &Code, title: &str) -> CodeLabels {
    CodeLabels {
        of: say.get(
            "compare-description-of",
            &[("code", &code.id), ("title", title)],
        ),
        read_page: say.get("compare-read-page", &[("code", &code.id)]),
        compare_with: say.get("heading-compare-with", &[("code", &code.id)]),
    }
}
