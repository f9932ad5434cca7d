//! Page fingerprints: a hash of everything a page is made from. A page whose fingerprint is the
//! one recorded at the last build, and whose file is still there, is not rendered again — so a
//! no-op rebuild renders nothing, and editing one code re-renders only the pages that show it.

use std::hash::{Hash, Hasher};

use crate::hash::{Hasher64 as DefaultHasher, of as hash_of};
use crate::render_cache::{RenderCache, ViewHashes};
use crate::site::{AliasRef, CodeRef, Page, PageKind, PairRef, Site};

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
        // Every code's two hashes, made with its view.
        let pick = |which: fn(&ViewHashes) -> u64| -> Vec<Vec<Vec<u64>>> {
            (0..site.locales.len())
                .map(|l| {
                    (families.iter().enumerate())
                        .map(|(f, fc)| {
                            (0..fc.codes.len())
                                .map(|c| which(&cache.get(l, f, c).hashes))
                                .collect()
                        })
                        .collect()
                })
                .collect()
        };
        let (pair_views, views) = (pick(|h| h.compared), pick(|h| h.full));
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
