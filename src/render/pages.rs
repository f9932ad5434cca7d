//! The data of each kind of page: home, family index, code page and comparison page.

use serde::Serialize;
use serde_json::json;
use tera::Context;

use super::{Crumb, PageParts, PageRenderer, truncate_sentence};
use crate::compare::{Side, compare};
use crate::render_cache::LinkView;
use crate::site::{Page, PageKind};

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

impl PageRenderer<'_, '_> {
    pub(super) fn home(&self, page: Page, ctx: &mut Context) -> PageParts {
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
                    "title": self.msg(&format!("family-{}-name", fc.family.id), &[]),
                    "url": self.url(&self.site.path(Page { locale: page.locale, kind: PageKind::Family(f) })),
                    "count": count,
                    "codes": codes,
                    "compare_base": self.url(&format!("{}{}/", self.site.locale_prefix(page.locale), fc.family.id)),
                })
            })
            .collect();
        ctx.insert("families", &families);
        let title = self.msg("home-title", &[]);
        let names: Vec<String> = (families.iter())
            .filter_map(|f| f["title"].as_str().map(str::to_string))
            .collect();
        let description = self.msg("home-description", &[("families", &self.list_and(&names))]);
        let crumbs = vec![Crumb {
            name: self.msg("nav-home", &[]),
            url: self.url(&self.site.path(page)),
        }];
        PageParts {
            template: "home.html".into(),
            title,
            description,
            crumbs,
        }
    }

    pub(super) fn family(&self, page: Page, f: usize, ctx: &mut Context) -> PageParts {
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
        let title = self.msg(&format!("family-{}-name", fc.family.id), &[]);
        let description = self.msg(
            "family-description",
            &[
                ("family", &fc.family.name),
                ("count", &fc.codes.len().to_string()),
            ],
        );
        ctx.insert("family", &json!({"id": fc.family.id, "name": fc.family.name, "title": title, "count": fc.codes.len()}));
        ctx.insert("groups", &groups);
        let base = self.url(&self.site.path(page));
        ctx.insert("grid", &self.grid(page, f, base));
        let crumbs = self.family_crumbs(page, f);
        PageParts {
            template: self.template("family.html"),
            title,
            description,
            crumbs,
        }
    }

    fn family_crumbs(&self, page: Page, f: usize) -> Vec<Crumb> {
        let fc = &self.site.content.families[f];
        vec![
            Crumb {
                name: self.msg("nav-home", &[]),
                url: self.url(self.site.locale_prefix(page.locale)),
            },
            Crumb {
                name: self.msg(&format!("family-{}-name", fc.family.id), &[]),
                url: self.url(&self.site.path(Page {
                    locale: page.locale,
                    kind: PageKind::Family(f),
                })),
            },
        ]
    }

    pub(super) fn code(&self, page: Page, f: usize, c: usize, ctx: &mut Context) -> PageParts {
        let fc = &self.site.content.families[f];
        let cached = self.cache.get(page.locale, f, c);
        let v = &cached.view;
        let title = self.msg(
            "code-title",
            &[
                ("family", &fc.family.name),
                ("code", &v.id),
                ("title", &v.title),
            ],
        );
        ctx.insert_value("code", cached.value(&fc.codes[c]));
        ctx.insert(
            "family",
            &json!({"id": fc.family.id, "name": fc.family.name, "facts": fc.family.facts,
            "title": self.msg(&format!("family-{}-name", fc.family.id), &[])}),
        );
        ctx.insert("comparisons", &self.comparison_groups(page, f, c));
        let mut crumbs = self.family_crumbs(page, f);
        crumbs.push(Crumb {
            name: format!("{} {}", fc.family.name, v.id),
            url: v.url.clone(),
        });
        PageParts {
            template: self.template("code.html"),
            title,
            description: v.summary.clone(),
            crumbs,
        }
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
            let heading = self.msg(headings[r as usize], &[]);
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

    pub(super) fn compare(
        &self,
        page: Page,
        f: usize,
        a: usize,
        b: usize,
        ctx: &mut Context,
    ) -> PageParts {
        let fc = &self.site.content.families[f];
        let (ca, cb) = (
            self.cache.get(page.locale, f, a),
            self.cache.get(page.locale, f, b),
        );
        let comparison = compare(
            &self.say,
            Side {
                family: &fc.family,
                code: &fc.codes[a],
                view: &ca.view,
            },
            Side {
                family: &fc.family,
                code: &fc.codes[b],
                view: &cb.view,
            },
        );
        let args = [
            ("family", fc.family.name.as_str()),
            ("a", ca.view.id.as_str()),
            ("b", cb.view.id.as_str()),
        ];
        let title = self.msg("compare-title", &args);
        let heading = self.msg("compare-heading", &args);
        let description = comparison
            .differences
            .iter()
            .take(2)
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        ctx.insert_value("a", ca.value(&fc.codes[a]));
        ctx.insert_value("b", cb.value(&fc.codes[b]));
        ctx.insert("heading", &heading);
        ctx.insert(
            "facts_caption",
            &self.msg(
                "compare-facts-caption",
                &[("a", &ca.view.id), ("b", &cb.view.id)],
            ),
        );
        ctx.insert("comparison", &comparison);
        ctx.insert(
            "family",
            &json!({"id": fc.family.id, "name": fc.family.name, "facts": fc.family.facts}),
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
        PageParts {
            template: self.template("compare.html"),
            title,
            description: truncate_sentence(&description, 300),
            crumbs,
        }
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
                        "label": self.msg("compare-heading", &[("family", &fc.family.name), ("a", &vp.id), ("b", &vq.id)]),
                    }));
                }
            }
        }
        out.truncate(6);
        out
    }
}
