//! Page fingerprints: a hash of everything a page is made from. A page whose fingerprint is the
//! one recorded at the last build, and whose file is still there, is not rendered again — so a
//! no-op rebuild renders nothing, and editing one code re-renders only the pages that show it.

use std::hash::{Hash, Hasher};

use crate::hash::{Hasher64 as DefaultHasher, of as hash_of, of_serialized as hash_serialized};
use crate::render_cache::{CodeView, RenderCache};
use crate::site::{AliasRef, CodeRef, Page, PageKind, PairRef, Site};

/// `view` without the titles of the codes it links to (related, counterpart, linked), which
/// comparison pages do not show.
fn as_compared(view: &CodeView) -> CodeView {
    let mut v = view.clone();
    let links = (v.related.iter_mut())
        .chain(v.counterpart.iter_mut())
        .chain(v.linked.iter_mut().flat_map(|l| l.codes.iter_mut()));
    for link in links {
        link.title.clear();
    }
    v
}

/// The titles `as_compared` leaves out, in order.
fn link_titles(view: &CodeView) -> Vec<&str> {
    (view.related.iter())
        .chain(view.counterpart.iter())
        .chain(view.linked.iter().flat_map(|l| l.codes.iter()))
        .map(|link| link.title.as_str())
        .collect()
}

/// Fingerprints of every input, computed once per build.
#[derive(Debug)]
pub struct Fingerprints {
    global: u64,
    /// [locale][family][code]: the code's view (everything its page shows of it).
    views: Vec<Vec<Vec<u64>>>,
    /// [locale][family][code]: the code's view as a comparison page shows it: without the
    /// titles of the codes it links to (a comparison names those by id only), so that a new
    /// title does not render every comparison of the codes that link to it.
    pair_views: Vec<Vec<Vec<u64>>>,
    /// [locale][family]: ids, titles, classes and relations of all codes (code pages list them).
    titles: Vec<Vec<u64>>,
    /// [family]: ids and relations, locale-free (comparison pages and redirects use them).
    structure: Vec<u64>,
}

impl Fingerprints {
    /// Computes the fingerprints. `global` covers what every page depends on: the generator
    /// build, templates, locales, config, family files.
    pub fn new(site: &Site, cache: &RenderCache, global: u64) -> Fingerprints {
        let families = &site.content.families;
        // Every code's two hashes. A view is serialized once: its full hash adds the titles
        // left out of the other.
        let hashes = site.each_code_in_each_locale(|l, f, c| {
            let view = &cache.get(l, f, c).view;
            let pair = hash_serialized(&as_compared(view));
            (pair, hash_of((pair, link_titles(view))))
        });
        let pick = |which: fn(&(u64, u64)) -> u64| -> Vec<Vec<Vec<u64>>> {
            (hashes.iter())
                .map(|per_family| {
                    (per_family.iter())
                        .map(|codes| codes.iter().map(which).collect())
                        .collect()
                })
                .collect()
        };
        let (pair_views, views) = (pick(|h| h.0), pick(|h| h.1));
        let titles = (0..site.locales.len())
            .map(|l| {
                families
                    .iter()
                    .enumerate()
                    .map(|(f, fc)| {
                        let mut h = DefaultHasher::default();
                        for (c, code) in fc.codes.iter().enumerate() {
                            let v = &cache.get(l, f, c).view;
                            (
                                &v.id,
                                &v.slug,
                                &v.title,
                                &v.url,
                                v.class.as_ref().map(|k| &k.key),
                            )
                                .hash(&mut h);
                            (&code.counterpart, &code.related).hash(&mut h);
                        }
                        h.finish()
                    })
                    .collect()
            })
            .collect();
        let structure = families
            .iter()
            .enumerate()
            .map(|(f, fc)| {
                let mut h = DefaultHasher::default();
                for code in &fc.codes {
                    (&code.id, &code.slug, &code.counterpart, &code.related).hash(&mut h);
                }
                site.pairs(f).hash(&mut h);
                h.finish()
            })
            .collect();
        Fingerprints {
            global,
            views,
            pair_views,
            titles,
            structure,
        }
    }

    /// The fingerprint of the sitemap: every page's path in every locale.
    pub fn sitemap(&self) -> u64 {
        hash_of((self.global, "sitemap", &self.structure))
    }

    /// The fingerprint of a locale's search index: every code's view.
    pub fn search_index(&self, locale: usize) -> u64 {
        hash_of((self.global, "search", &self.views[locale]))
    }

    /// The fingerprint of one page.
    pub fn page(&self, output_file: &str, page: Page) -> u64 {
        let l = page.locale;
        let mut h = DefaultHasher::default();
        (self.global, output_file).hash(&mut h);
        match page.kind {
            PageKind::Home => self.titles[l].hash(&mut h),
            // Its words are the locales' and its patterns the family files' (both global): the
            // codes it explains are read from the lookup index in the browser.
            PageKind::Decode => "decode".hash(&mut h),
            PageKind::Family(f) => self.views[l][f].hash(&mut h),
            PageKind::Code(CodeRef { family: f, code: c }) => {
                (self.views[l][f][c], self.titles[l][f], self.structure[f]).hash(&mut h)
            }
            PageKind::Compare(PairRef {
                family: f,
                low,
                high,
            }) => (
                self.pair_views[l][f][low],
                self.pair_views[l][f][high],
                self.structure[f],
            )
                .hash(&mut h),
            PageKind::CompareRedirect(PairRef { family: f, .. })
            | PageKind::AliasRedirect(AliasRef {
                code: CodeRef { family: f, .. },
                ..
            }) => self.structure[f].hash(&mut h),
        }
        h.finish()
    }
}
