//! Page contexts and rendering: for each page of the site graph, the template data (from the
//! render cache and the comparison rules) and the HTML, with errors as diagnostics.

use serde::Serialize;
use serde_json::json;
use tera::Context;

use crate::compare::{Side, compare};
use crate::config::Config;
use crate::context::{LinkView, RenderCache, message};
use crate::error::Diagnostic;
use crate::locales::Locales;
use crate::site::{Page, PageKind, Site};
use crate::templates::Templates;

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
    search_index: String,
}

/// schema.org data of a page: the article (or page) and its breadcrumbs.
#[derive(Debug, Serialize)]
struct JsonLd<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: (Article<'a>, Breadcrumbs<'a>),
}

#[derive(Debug, Serialize)]
struct Article<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    headline: &'a str,
    name: &'a str,
    description: &'a str,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    url: &'a str,
}

#[derive(Debug, Serialize)]
struct Breadcrumbs<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "itemListElement")]
    items: Vec<ListItem<'a>>,
}

#[derive(Debug, Serialize)]
struct ListItem<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    position: usize,
    name: &'a str,
    item: String,
}

#[derive(Debug, Serialize)]
struct Crumb {
    name: String,
    url: String,
}

#[derive(Debug, Serialize)]
struct ComparisonGroup {
    heading: String,
    items: Vec<ComparisonLink>,
}

#[derive(Debug, Serialize)]
struct ComparisonLink {
    other: LinkView,
    url: String,
}

impl<'a> Renderer<'a> {
    fn lang(&self, page: Page) -> &'a str {
        &self.site.locales[page.locale]
    }

    fn msg(&self, page: Page, id: &str, args: &[(&str, &str)]) -> String {
        message(self.locales, self.lang(page), id, args)
    }

    fn url(&self, site_path: &str) -> String {
        self.config.base_url.root_relative(site_path)
    }

    /// Renders one page to HTML.
    pub fn render(&self, page: Page) -> Result<Vec<u8>, Diagnostic> {
        let mut ctx = Context::new();
        let (template, title, description, crumbs) = match page.kind {
            PageKind::Home => self.home(page, &mut ctx),
            PageKind::Family(f) => self.family(page, f, &mut ctx),
            PageKind::Code(f, c) => self.code(page, f, c, &mut ctx),
            PageKind::Compare(f, a, b) => self.compare(page, f, a, b, &mut ctx),
            PageKind::CompareRedirect(..) | PageKind::AliasRedirect(..) => {
                let target = match page.kind {
                    PageKind::CompareRedirect(f, a, b) => {
                        self.site.compare_path(page.locale, f, a, b)
                    }
                    PageKind::AliasRedirect(f, c, _) => self.site.code_path(page.locale, f, c),
                    _ => self.site.path(page),
                };
                ctx.insert("lang", self.lang(page));
                ctx.insert("target", &self.url(&target));
                ctx.insert("target_absolute", &self.config.base_url.absolute(&target));
                let json = script_json(&json!(self.url(&target)));
                ctx.insert_value("target_json", tera::Value::safe_string(&json));
                return self.templates.render(page.locale, "redirect.html", &ctx);
            }
        };
        self.insert_common(page, &mut ctx, &title, &description, &crumbs);
        self.templates.render(page.locale, template, &ctx)
    }

    fn insert_common(
        &self,
        page: Page,
        ctx: &mut Context,
        title: &str,
        description: &str,
        crumbs: &[Crumb],
    ) {
        let path = self.site.path(page);
        let alternates: Vec<Alternate> = self
            .site
            .locales
            .iter()
            .enumerate()
            .map(|(i, lang)| {
                let p = self.site.path(Site::in_locale(page, i));
                Alternate {
                    lang: lang.clone(),
                    name: message(self.locales, lang, "language-name", &[]),
                    url: self.url(&p),
                    absolute: self.config.base_url.absolute(&p),
                    current: i == page.locale,
                }
            })
            .collect();
        let canonical = self.config.base_url.absolute(&path);
        let x_default = self
            .config
            .base_url
            .absolute(&self.site.path(Site::in_locale(page, 0)));
        let kind = match page.kind {
            PageKind::Home => "home",
            PageKind::Family(_) => "family",
            PageKind::Code(..) => "code",
            PageKind::Compare(..) => "compare",
            PageKind::CompareRedirect(..) | PageKind::AliasRedirect(..) => "redirect",
        };
        let items: Vec<ListItem> = crumbs
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
                    url: &canonical,
                },
                Breadcrumbs {
                    kind: "BreadcrumbList",
                    items,
                },
            ),
        };
        let json_ld = serde_json::to_string(&json_ld).unwrap_or_default();
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
                alternates,
                breadcrumbs: crumbs,
                home_url: self.url(&self.site.locale_prefix(page.locale)),
                search_index: self.url(&search_index_path(self.site, page.locale)),
            },
        );
        ctx.insert_value(
            "json_ld",
            tera::Value::safe_string(&escape_script(&json_ld)),
        );
    }

    fn home(&self, page: Page, ctx: &mut Context) -> (&'static str, String, String, Vec<Crumb>) {
        let families: Vec<_> = self
            .site
            .content
            .families
            .iter()
            .enumerate()
            .map(|(f, fc)| {
                let count = fc.codes.len().to_string();
                let codes: Vec<_> = (0..fc.codes.len())
                    .map(|c| {
                        let v = &self.cache.get(page.locale, f, c).view;
                        json!({"id": v.id, "title": v.title, "slug": v.slug})
                    })
                    .collect();
                json!({
                    "id": fc.family.id,
                    "name": fc.family.name,
                    "title": self.msg(page, &format!("family-{}-name", fc.family.id), &[]),
                    "url": self.url(&self.site.path(Page { locale: page.locale, kind: PageKind::Family(f) })),
                    "count": count,
                    "codes": codes,
                    "compare_base": self.url(&format!("{}{}/", self.site.locale_prefix(page.locale), fc.family.id)),
                })
            })
            .collect();
        ctx.insert("families", &families);
        let title = self.msg(page, "home-title", &[]);
        let description = self.msg(page, "home-description", &[]);
        let crumbs = vec![Crumb {
            name: self.msg(page, "nav-home", &[]),
            url: self.url(&self.site.path(page)),
        }];
        ("home.html", title, description, crumbs)
    }

    fn family(
        &self,
        page: Page,
        f: usize,
        ctx: &mut Context,
    ) -> (&'static str, String, String, Vec<Crumb>) {
        let fc = &self.site.content.families[f];
        let mut groups: Vec<(Option<String>, serde_json::Value)> = Vec::new();
        for c in 0..fc.codes.len() {
            let v = &self.cache.get(page.locale, f, c).view;
            let group = v.class.as_ref().or(v.category.as_ref());
            let key = group.map(|k| k.label.clone());
            let entry = json!({"id": v.id, "title": v.title, "summary": v.summary, "url": v.url,
                               "outcome": v.outcome.as_ref().map(|o| o.key.clone())});
            match groups.last_mut() {
                Some((k, g)) if *k == key => {
                    if let Some(codes) = g["codes"].as_array_mut() {
                        codes.push(entry);
                    }
                }
                _ => groups.push((
                    key,
                    json!({
                        "label": group.map(|k| k.label.clone()).unwrap_or_default(),
                        "name": group.map(|k| k.name.clone()).unwrap_or_default(),
                        "codes": [entry],
                    }),
                )),
            }
        }
        let groups: Vec<_> = groups.into_iter().map(|(_, g)| g).collect();
        let title = self.msg(page, &format!("family-{}-name", fc.family.id), &[]);
        let description = self.msg(
            page,
            "family-description",
            &[
                ("family", &fc.family.name),
                ("count", &fc.codes.len().to_string()),
            ],
        );
        ctx.insert("family", &json!({"id": fc.family.id, "name": fc.family.name, "title": title, "count": fc.codes.len()}));
        ctx.insert("groups", &groups);
        let crumbs = vec![
            Crumb {
                name: self.msg(page, "nav-home", &[]),
                url: self.url(&self.site.locale_prefix(page.locale)),
            },
            Crumb {
                name: title.clone(),
                url: self.url(&self.site.path(page)),
            },
        ];
        ("family.html", title, description, crumbs)
    }

    fn family_crumbs(&self, page: Page, f: usize) -> Vec<Crumb> {
        let fc = &self.site.content.families[f];
        vec![
            Crumb {
                name: self.msg(page, "nav-home", &[]),
                url: self.url(&self.site.locale_prefix(page.locale)),
            },
            Crumb {
                name: self.msg(page, &format!("family-{}-name", fc.family.id), &[]),
                url: self.url(&self.site.path(Page {
                    locale: page.locale,
                    kind: PageKind::Family(f),
                })),
            },
        ]
    }

    fn code(
        &self,
        page: Page,
        f: usize,
        c: usize,
        ctx: &mut Context,
    ) -> (&'static str, String, String, Vec<Crumb>) {
        let fc = &self.site.content.families[f];
        let cached = self.cache.get(page.locale, f, c);
        let v = &cached.view;
        let title = self.msg(
            page,
            "code-title",
            &[
                ("family", &fc.family.name),
                ("code", &v.id),
                ("title", &v.title),
            ],
        );
        ctx.insert_value("code", cached.value.clone());
        ctx.insert(
            "family",
            &json!({"id": fc.family.id, "name": fc.family.name,
            "title": self.msg(page, &format!("family-{}-name", fc.family.id), &[])}),
        );
        ctx.insert("comparisons", &self.comparison_groups(page, f, c));
        let mut crumbs = self.family_crumbs(page, f);
        crumbs.push(Crumb {
            name: format!("{} {}", fc.family.name, v.id),
            url: v.url.clone(),
        });
        ("code.html", title, v.summary.clone(), crumbs)
    }

    /// A code's comparisons, related ones first: counterpart, related, same class, the rest.
    fn comparison_groups(&self, page: Page, f: usize, c: usize) -> Vec<ComparisonGroup> {
        let fc = &self.site.content.families[f];
        let code = &fc.codes[c];
        let mut rank: Vec<(u8, usize)> = (0..fc.codes.len())
            .filter(|&o| o != c && self.site.has_pair(f, c, o))
            .map(|o| {
                let other = &fc.codes[o];
                let r = if code.counterpart.as_deref() == Some(other.slug.as_str()) {
                    0
                } else if code.related.contains(&other.slug) || other.related.contains(&code.slug) {
                    1
                } else if code.class.is_some()
                    && code.class.as_ref().map(|k| &k.key) == other.class.as_ref().map(|k| &k.key)
                {
                    2
                } else {
                    3
                };
                (r, o)
            })
            .collect();
        rank.sort();
        let headings = [
            "compare-group-counterpart",
            "compare-group-related",
            "compare-group-same-class",
            "compare-group-other",
        ];
        let mut groups: Vec<ComparisonGroup> = Vec::new();
        for (r, o) in rank {
            let v = &self.cache.get(page.locale, f, o).view;
            let link = ComparisonLink {
                other: LinkView {
                    id: v.id.clone(),
                    title: v.title.clone(),
                    url: v.url.clone(),
                },
                url: self.url(&self.site.compare_path(page.locale, f, c, o)),
            };
            let heading = self.msg(page, headings[r as usize], &[]);
            match groups.last_mut() {
                Some(g) if g.heading == heading => g.items.push(link),
                _ => groups.push(ComparisonGroup {
                    heading,
                    items: vec![link],
                }),
            }
        }
        groups
    }

    fn compare(
        &self,
        page: Page,
        f: usize,
        a: usize,
        b: usize,
        ctx: &mut Context,
    ) -> (&'static str, String, String, Vec<Crumb>) {
        let fc = &self.site.content.families[f];
        let (ca, cb) = (
            self.cache.get(page.locale, f, a),
            self.cache.get(page.locale, f, b),
        );
        let comparison = compare(
            self.locales,
            self.lang(page),
            Side {
                code: &fc.codes[a],
                view: &ca.view,
            },
            Side {
                code: &fc.codes[b],
                view: &cb.view,
            },
        );
        let args = [
            ("family", fc.family.name.as_str()),
            ("a", ca.view.id.as_str()),
            ("b", cb.view.id.as_str()),
        ];
        let title = self.msg(page, "compare-title", &args);
        let heading = self.msg(page, "compare-heading", &args);
        let description = comparison
            .differences
            .iter()
            .take(2)
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        ctx.insert_value("a", ca.value.clone());
        ctx.insert_value("b", cb.value.clone());
        ctx.insert("heading", &heading);
        ctx.insert("comparison", &comparison);
        ctx.insert(
            "family",
            &json!({"id": fc.family.id, "name": fc.family.name}),
        );
        ctx.insert(
            "related_comparisons",
            &self.related_comparisons(page, f, a, b),
        );
        let mut crumbs = self.family_crumbs(page, f);
        crumbs.push(Crumb {
            name: heading,
            url: self.url(&self.site.path(page)),
        });
        (
            "compare.html",
            title,
            truncate_sentence(&description, 300),
            crumbs,
        )
    }

    /// A few comparisons near this one: each code against the other's counterpart and related codes.
    fn related_comparisons(
        &self,
        page: Page,
        f: usize,
        a: usize,
        b: usize,
    ) -> Vec<serde_json::Value> {
        let fc = &self.site.content.families[f];
        let mut out = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for (x, y) in [(a, b), (b, a)] {
            let code = &fc.codes[x];
            let near = code.counterpart.iter().chain(code.related.iter());
            for slug in near {
                let Some(&o) = fc.index.get(slug) else {
                    continue;
                };
                for (p, q) in [(y, o), (x, o)] {
                    let key = (p.min(q), p.max(q));
                    if p == q
                        || key == (a.min(b), a.max(b))
                        || !self.site.has_pair(f, p, q)
                        || !seen.insert(key)
                    {
                        continue;
                    }
                    let (vp, vq) = (
                        &self.cache.get(page.locale, f, key.0).view,
                        &self.cache.get(page.locale, f, key.1).view,
                    );
                    out.push(json!({
                        "url": self.url(&self.site.compare_path(page.locale, f, p, q)),
                        "label": self.msg(page, "compare-heading", &[("family", &fc.family.name), ("a", &vp.id), ("b", &vq.id)]),
                    }));
                }
            }
        }
        out.truncate(6);
        out
    }
}

/// The site path of a locale's search index.
pub fn search_index_path(site: &Site, locale: usize) -> String {
    format!("{}search-index.json", site.locale_prefix(locale))
}

/// JSON for a `<script>` element: `<`, `>` and `&` escaped so no text can close the element.
pub fn script_json(value: &serde_json::Value) -> String {
    escape_script(&value.to_string())
}

/// Escapes `<`, `>` and `&` in serialized JSON as `\u003c` etc. (valid JSON, inert in HTML).
pub fn escape_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
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
    fn script_json_cannot_close_the_script_element() {
        let v = json!({"x": "</script><script>alert(1)</script>&"});
        let s = script_json(&v);
        assert!(!s.contains("</script"), "{s}");
        assert!(!s.contains('<') && !s.contains('&'), "{s}");
    }

    #[test]
    fn truncation_stops_at_a_word() {
        assert_eq!(truncate_sentence("short", 10), "short");
        assert_eq!(truncate_sentence("one two three four", 10), "one two…");
    }
}
