//! Page contexts and rendering: for each page of the site graph, the template data (from the
//! render cache and the comparison rules) and the HTML, with errors as diagnostics.
//! `pages` builds the data of each kind of page, `decode` that of the decode page, `grid` a
//! family's comparison grid, `schema` its JSON-LD.

mod decode;
mod grid;
mod pages;
mod schema;

pub use schema::{escape_script, script_json};

use std::borrow::Cow;
use std::collections::BTreeSet;

use serde::Serialize;
use serde_json::json;
use tera::Context;

use crate::config::Config;
use crate::error::Diagnostic;
use crate::locales::{Locales, Messages};
use crate::render_cache::RenderCache;
use crate::site::{Page, PageKind, Site};
use crate::templates::Templates;
use schema::{Article, Breadcrumbs, JsonLd, ListItem};

/// Everything a page needs, borrowed for the whole build.
#[derive(Debug, Clone, Copy)]
pub struct Renderer<'a> {
    /// The page graph.
    pub site: &'a Site<'a>,
    /// Per-code template data.
    pub cache: &'a RenderCache,
    /// Templates.
    pub templates: &'a Templates,
    /// Messages.
    pub locales: &'a Locales,
    /// Config.
    pub config: &'a Config,
}

#[derive(Debug, Serialize)]
struct Alternate {
    lang: String,
    name: String,
    url: String,
    absolute: String,
    current: bool,
}

/// What every template knows of the page it renders.
#[derive(Debug, Serialize)]
struct PageInfo<'a> {
    kind: &'static str,
    title: &'a str,
    description: &'a str,
    url: String,
    canonical: &'a str,
    x_default: String,
    alternates: Vec<Alternate>,
    breadcrumbs: &'a [Crumb],
    home_url: String,
    decode_url: String,
    search_index: String,
}

/// What a page kind's builder hands back: its template and what the common head needs.
#[derive(Debug)]
struct PageParts {
    template: Cow<'static, str>,
    title: String,
    description: String,
    crumbs: Vec<Crumb>,
}

#[derive(Debug, Serialize)]
pub(super) struct Crumb {
    name: String,
    url: String,
}

/// A rendered page: its HTML, and the messages it needed that no locale could format (it shows
/// their ids meanwhile; the build fails naming them).
#[derive(Debug)]
pub struct Rendered {
    /// The page's bytes.
    pub html: Vec<u8>,
    /// Formatting problems (missing messages or arguments).
    pub unformatted: BTreeSet<String>,
}

impl<'a> Renderer<'a> {
    fn lang(&self, page: Page) -> &'a str {
        &self.site.locales[page.locale]
    }

    fn url(&self, site_path: &str) -> String {
        self.config.base_url.root_relative(site_path)
    }

    /// Renders one page to HTML. A family's pages speak in its words: its own messages
    /// (`<family>-<id>`) before the plain ones, in Rust and in templates alike.
    pub fn render(&self, page: Page) -> Result<Rendered, Diagnostic> {
        let family = page
            .kind
            .family()
            .map(|f| self.site.content.families[f].family.id.as_str());
        let lang = self.lang(page);
        let one = PageRenderer {
            renderer: self,
            say: match family {
                Some(id) => Messages::for_family(self.locales, lang, id),
                None => Messages::new(self.locales, lang),
            },
            family,
        };
        let html = one.render(page)?;
        Ok(Rendered {
            html,
            unformatted: one.say.into_problems(),
        })
    }
}

/// One page being rendered: the shared renderer (which it derefs to) and the messages of the
/// page's language, which keep the problems met to hand them back with the page.
struct PageRenderer<'r, 'a> {
    renderer: &'r Renderer<'a>,
    say: Messages<'a>,
    /// The id of the page's family (none for the home page).
    family: Option<&'a str>,
}

impl<'a> std::ops::Deref for PageRenderer<'_, 'a> {
    type Target = Renderer<'a>;

    fn deref(&self) -> &Renderer<'a> {
        self.renderer
    }
}

impl PageRenderer<'_, '_> {
    fn msg(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.say.get(id, args)
    }

    /// "A, B and C" in the page's language.
    fn list_and(&self, items: &[String]) -> String {
        self.say.join(items, "and")
    }

    /// The template `name` of the page's family (`templates/<family>/<name>`) when the family
    /// has one, else `name`.
    fn template(&self, name: &'static str) -> Cow<'static, str> {
        if let Some(family) = self.family {
            let own = format!("{family}/{name}");
            if self.templates.has(&own) {
                return Cow::Owned(own);
            }
        }
        Cow::Borrowed(name)
    }

    /// Renders `name` in the page's locale and family words.
    fn render_template(&self, page: Page, name: &str, ctx: Context) -> Result<Vec<u8>, Diagnostic> {
        self.templates
            .render_for_family(page.locale, self.family, name, ctx)
    }

    /// The page's HTML.
    fn render(&self, page: Page) -> Result<Vec<u8>, Diagnostic> {
        let mut ctx = Context::new();
        let parts = match page.kind {
            PageKind::Home => self.home(page, &mut ctx),
            PageKind::Decode => self.decode(page, &mut ctx),
            PageKind::Family(f) => self.family(page, f, &mut ctx),
            PageKind::Code(c) => self.code(page, c.family, c.code, &mut ctx),
            PageKind::Compare(p) => self.compare(page, p.family, p.low, p.high, &mut ctx),
            PageKind::CompareRedirect(p) => {
                let fc = &self.site.content.families[p.family];
                let args = [
                    ("family", fc.family.name.as_str()),
                    ("a", fc.codes[p.low].id.as_str()),
                    ("b", fc.codes[p.high].id.as_str()),
                ];
                let target = self.site.compare_path(page.locale, p.family, p.low, p.high);
                let heading = self.msg("compare-heading", &args);
                return self.redirect(page, &target, &heading, ctx);
            }
            PageKind::AliasRedirect(a) => {
                let (f, c) = (a.code.family, a.code.code);
                let fc = &self.site.content.families[f];
                let args = [
                    ("family", fc.family.name.as_str()),
                    ("code", fc.codes[c].id.as_str()),
                ];
                let target = self.site.code_path(page.locale, f, c);
                let heading = self.msg("code-heading", &args);
                return self.redirect(page, &target, &heading, ctx);
            }
        };
        self.insert_common(page, &mut ctx, &parts);
        self.render_template(page, &parts.template, ctx)
    }

    /// A page that sends the reader on to `target` (a site path), named by `heading`.
    fn redirect(
        &self,
        page: Page,
        target: &str,
        heading: &str,
        mut ctx: Context,
    ) -> Result<Vec<u8>, Diagnostic> {
        let url = self.url(target);
        ctx.insert("lang", self.lang(page));
        ctx.insert("heading", heading);
        ctx.insert("moved", &self.msg("redirect-moved", &[]));
        ctx.insert("target_absolute", &self.config.base_url.absolute(target));
        let json = script_json(&json!(url));
        ctx.insert_value("target_json", tera::Value::safe_string(&json));
        ctx.insert("target", &url);
        self.render_template(page, "redirect.html", ctx)
    }

    /// What every page has: language, head data (canonical, alternates), breadcrumbs, JSON-LD.
    fn insert_common(&self, page: Page, ctx: &mut Context, parts: &PageParts) {
        let (title, description, crumbs) = (&parts.title, &parts.description, &parts.crumbs);
        let path = self.site.path(page);
        let canonical = self.config.base_url.absolute(&path);
        let x_default = self
            .config
            .base_url
            .absolute(&self.site.path(Site::in_locale(page, 0)));
        let kind = match page.kind {
            PageKind::Home => "home",
            PageKind::Decode => "decode",
            PageKind::Family(_) => "family",
            PageKind::Code(..) => "code",
            PageKind::Compare(..) => "compare",
            PageKind::CompareRedirect(..) | PageKind::AliasRedirect(..) => "redirect",
        };
        let json_ld = self.json_ld(page, parts, &canonical);
        ctx.insert("lang", self.lang(page));
        ctx.insert(
            "page",
            &PageInfo {
                kind,
                title,
                description,
                url: self.url(&path),
                canonical: &canonical,
                x_default,
                alternates: self.alternates(page),
                breadcrumbs: crumbs,
                home_url: self.url(self.site.locale_prefix(page.locale)),
                decode_url: self.url(&self.site.path(Page {
                    kind: PageKind::Decode,
                    ..page
                })),
                search_index: self.url(&search_index_path(self.site, page.locale)),
            },
        );
        ctx.insert_value(
            "json_ld",
            tera::Value::safe_string(&escape_script(&json_ld)),
        );
    }

    /// The page in every locale, for the language switcher and `hreflang` links.
    fn alternates(&self, page: Page) -> Vec<Alternate> {
        self.site
            .locales
            .iter()
            .enumerate()
            .map(|(i, lang)| {
                let p = self.site.path(Site::in_locale(page, i));
                Alternate {
                    lang: lang.clone(),
                    name: self.say.get_in(lang, "language-name", &[]),
                    url: self.url(&p),
                    absolute: self.config.base_url.absolute(&p),
                    current: i == page.locale,
                }
            })
            .collect()
    }

    /// The page's JSON-LD (schema.org article and breadcrumbs), serialized.
    fn json_ld(&self, page: Page, parts: &PageParts, canonical: &str) -> String {
        let (title, description) = (&parts.title, &parts.description);
        let items: Vec<ListItem> = parts
            .crumbs
            .iter()
            .enumerate()
            .map(|(i, c)| ListItem {
                kind: "ListItem",
                position: i + 1,
                name: &c.name,
                item: self
                    .config
                    .base_url
                    .absolute(c.url.trim_start_matches(&self.config.base_url.path)),
            })
            .collect();
        let article_type = if matches!(page.kind, PageKind::Code(..) | PageKind::Compare(..)) {
            "TechArticle"
        } else {
            "WebPage"
        };
        let json_ld = JsonLd {
            context: "https://schema.org",
            graph: (
                Article {
                    kind: article_type,
                    headline: title,
                    name: title,
                    description,
                    in_language: self.lang(page),
                    url: canonical,
                },
                Breadcrumbs {
                    kind: "BreadcrumbList",
                    items,
                },
            ),
        };
        serde_json::to_string(&json_ld).unwrap_or_default()
    }
}

/// The site path of a locale's search index.
pub fn search_index_path(site: &Site, locale: usize) -> String {
    format!("{}search-index.json", site.locale_prefix(locale))
}

/// Cuts text to at most `max` characters at a word boundary, adding "…" when cut.
fn truncate_sentence(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let end = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..end].trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_stops_at_a_word() {
        assert_eq!(truncate_sentence("short", 10), "short");
        assert_eq!(truncate_sentence("one two three four", 10), "one two…");
    }
}
