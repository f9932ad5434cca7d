//! The page graph: which pages exist, their site paths (URLs below the base) and output files.
//! Computed here only; templates and other modules ask this module for URLs.

use crate::content::{CompareMode, Content, FamilyContent};
use crate::slug::{COMPARE_SEPARATOR, DECODE_SEGMENT, concat};

/// A code of the site: its family's number and its number within the family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CodeRef {
    /// Index into the content's families.
    pub family: usize,
    /// Index into the family's codes.
    pub code: usize,
}

/// Two codes of one family compared on one page, the lower (in family order) first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PairRef {
    /// Index into the content's families.
    pub family: usize,
    /// The lower code's index.
    pub low: usize,
    /// The higher code's index.
    pub high: usize,
}

/// A concrete form of a code (`5.2.2` of `X.2.2`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AliasRef {
    /// The code.
    pub code: CodeRef,
    /// Index into the code's aliases.
    pub alias: usize,
}

/// One page to write (in one locale).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PageKind {
    /// The locale's home page.
    Home,
    /// The decode page: paste a bounce or a log, see its codes explained.
    Decode,
    /// A family index (the family's number).
    Family(usize),
    /// A code page.
    Code(CodeRef),
    /// A comparison page.
    Compare(PairRef),
    /// The reversed URL of a comparison, redirecting to it.
    CompareRedirect(PairRef),
    /// A concrete form of a code, redirecting to the code's page.
    AliasRedirect(AliasRef),
}

impl PageKind {
    /// The family the page belongs to (none for the home page).
    pub fn family(self) -> Option<usize> {
        match self {
            PageKind::Home | PageKind::Decode => None,
            PageKind::Family(f) => Some(f),
            PageKind::Code(c) => Some(c.family),
            PageKind::Compare(p) | PageKind::CompareRedirect(p) => Some(p.family),
            PageKind::AliasRedirect(a) => Some(a.code.family),
        }
    }
}

/// A page in a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Page {
    /// Index into the configured locales.
    pub locale: usize,
    /// What the page is.
    pub kind: PageKind,
}

/// The page graph over loaded content.
#[derive(Debug)]
pub struct Site<'a> {
    /// The content.
    pub content: &'a Content,
    /// The locales, the default first.
    pub locales: &'a [String],
    /// Comparison pairs per family (indices into the family's codes, lower first).
    pairs: Vec<Vec<(usize, usize)>>,
    /// Per locale, the prefix of its pages: empty for the default, `vi/` for the others.
    prefixes: Vec<String>,
}

impl<'a> Site<'a> {
    /// Computes the pages of `content` in `locales`.
    pub fn new(content: &'a Content, locales: &'a [String]) -> Site<'a> {
        let pairs = content.families.iter().map(comparison_pairs).collect();
        let prefixes = locales
            .iter()
            .enumerate()
            .map(|(i, lang)| {
                if i == 0 {
                    String::new()
                } else {
                    format!("{lang}/")
                }
            })
            .collect();
        Site {
            content,
            locales,
            pairs,
            prefixes,
        }
    }

    /// The comparison pairs of family `f`.
    pub fn pairs(&self, f: usize) -> &[(usize, usize)] {
        self.pairs.get(f).map_or(&[], Vec::as_slice)
    }

    /// For each code of family `f`, the codes it has a comparison page with, in family order.
    pub fn partners(&self, f: usize) -> Vec<Vec<usize>> {
        let count = self.content.families.get(f).map_or(0, |fc| fc.codes.len());
        let mut with = vec![Vec::new(); count];
        for &(a, b) in self.pairs(f) {
            with[a].push(b);
            with[b].push(a);
        }
        for list in &mut with {
            list.sort_unstable();
        }
        with
    }

    /// Whether codes `a` and `b` of family `f` have a comparison page.
    pub fn has_pair(&self, f: usize, a: usize, b: usize) -> bool {
        let key = if a < b { (a, b) } else { (b, a) };
        self.pairs(f).binary_search(&key).is_ok()
    }

    /// Every page of every locale, in a fixed order.
    pub fn pages(&self) -> Vec<Page> {
        let mut pages = Vec::with_capacity(self.page_count());
        for locale in 0..self.locales.len() {
            let mut push = |kind| pages.push(Page { locale, kind });
            push(PageKind::Home);
            push(PageKind::Decode);
            for (f, fc) in self.content.families.iter().enumerate() {
                push(PageKind::Family(f));
                for (c, code) in fc.codes.iter().enumerate() {
                    let code_ref = CodeRef { family: f, code: c };
                    push(PageKind::Code(code_ref));
                    for alias in 0..code.aliases.len() {
                        push(PageKind::AliasRedirect(AliasRef {
                            code: code_ref,
                            alias,
                        }));
                    }
                }
                for &(low, high) in self.pairs(f) {
                    let pair = PairRef {
                        family: f,
                        low,
                        high,
                    };
                    push(PageKind::Compare(pair));
                    push(PageKind::CompareRedirect(pair));
                }
            }
        }
        pages
    }

    /// `make(locale, family, code)` for every code of the site in every locale, all of them in
    /// one parallel pass (a pass per family would leave a core idle at the end of each), as
    /// `[locale][family][code]`.
    pub fn each_code_in_each_locale<T: Send>(
        &self,
        make: impl Fn(usize, usize, usize) -> T + Sync,
    ) -> Vec<Vec<Vec<T>>> {
        use rayon::prelude::*;
        let families = &self.content.families;
        let work: Vec<(usize, usize, usize)> = (0..self.locales.len())
            .flat_map(|l| {
                (families.iter().enumerate())
                    .flat_map(move |(f, fc)| (0..fc.codes.len()).map(move |c| (l, f, c)))
            })
            .collect();
        let made: Vec<T> = work.par_iter().map(|&(l, f, c)| make(l, f, c)).collect();
        // `work` runs locale by locale, family by family, code by code: so does this.
        let mut made = made.into_iter();
        (0..self.locales.len())
            .map(|_| {
                (families.iter())
                    .map(|fc| made.by_ref().take(fc.codes.len()).collect())
                    .collect()
            })
            .collect()
    }

    /// How many of the pages [`Site::pages`] lists are [listed](Site::is_listed) (not
    /// redirects), counted without listing them.
    pub fn listed_page_count(&self) -> usize {
        let per_locale: usize = (self.content.families.iter().enumerate())
            .map(|(f, fc)| 1 + fc.codes.len() + self.pairs(f).len())
            .sum();
        self.locales.len() * (2 + per_locale)
    }

    /// How many pages [`Site::pages`] lists.
    fn page_count(&self) -> usize {
        let per_locale: usize = (self.content.families.iter().enumerate())
            .map(|(f, fc)| {
                let codes: usize = fc.codes.iter().map(|c| 1 + c.aliases.len()).sum();
                1 + codes + 2 * self.pairs(f).len()
            })
            .sum();
        self.locales.len() * (2 + per_locale)
    }

    /// The prefix of a locale's pages: empty for the default, `vi/` for the others.
    pub fn locale_prefix(&self, locale: usize) -> &str {
        self.prefixes.get(locale).map_or("", String::as_str)
    }

    fn family(&self, f: usize) -> &FamilyContent {
        &self.content.families[f]
    }

    /// The site path (below the base URL, ending in `/`) of a page.
    pub fn path(&self, page: Page) -> String {
        self.path_and(page, "")
    }

    /// The site path of a page with `end` added, made in one allocation.
    fn path_and(&self, page: Page, end: &str) -> String {
        let prefix = self.locale_prefix(page.locale);
        match page.kind {
            PageKind::Home => concat(&[prefix, end]),
            PageKind::Decode => concat(&[prefix, DECODE_SEGMENT, "/", end]),
            PageKind::Family(f) => concat(&[prefix, &self.family(f).family.id, "/", end]),
            PageKind::Code(c) => self.code_path_and(page.locale, c.family, c.code, end),
            PageKind::Compare(p) => {
                self.compare_path_and(page.locale, p.family, p.low, p.high, end)
            }
            PageKind::CompareRedirect(p) => {
                let fc = self.family(p.family);
                let (id, hi, lo) = (&fc.family.id, &fc.codes[p.high].slug, &fc.codes[p.low].slug);
                concat(&[prefix, id, "/", hi, COMPARE_SEPARATOR, lo, "/", end])
            }
            PageKind::AliasRedirect(a) => {
                let fc = self.family(a.code.family);
                concat(&[
                    prefix,
                    &fc.family.id,
                    "/",
                    &fc.codes[a.code.code].aliases[a.alias].slug,
                    "/",
                    end,
                ])
            }
        }
    }

    /// The site path of a code page.
    pub fn code_path(&self, locale: usize, f: usize, c: usize) -> String {
        self.code_path_and(locale, f, c, "")
    }

    fn code_path_and(&self, locale: usize, f: usize, c: usize, end: &str) -> String {
        let fc = self.family(f);
        let prefix = self.locale_prefix(locale);
        concat(&[prefix, &fc.family.id, "/", &fc.codes[c].slug, "/", end])
    }

    /// The site path of the comparison of codes `a` and `b` (in either order).
    pub fn compare_path(&self, locale: usize, f: usize, a: usize, b: usize) -> String {
        self.compare_path_and(locale, f, a, b, "")
    }

    fn compare_path_and(&self, locale: usize, f: usize, a: usize, b: usize, end: &str) -> String {
        let (lo, hi) = if a < b { (a, b) } else { (b, a) };
        let fc = self.family(f);
        let (prefix, id) = (self.locale_prefix(locale), &fc.family.id);
        concat(&[
            prefix,
            id,
            "/",
            &fc.codes[lo].slug,
            COMPARE_SEPARATOR,
            &fc.codes[hi].slug,
            "/",
            end,
        ])
    }

    /// The output file of a page, relative to the output folder.
    pub fn output_file(&self, page: Page) -> String {
        self.path_and(page, "index.html")
    }

    /// Whether a page is a real page (listed in the sitemap), not a redirect.
    pub fn is_listed(page: Page) -> bool {
        !matches!(
            page.kind,
            PageKind::CompareRedirect(..) | PageKind::AliasRedirect(..)
        )
    }

    /// The same page in another locale.
    pub fn in_locale(page: Page, locale: usize) -> Page {
        Page { locale, ..page }
    }

    /// Resolves `family/code` (an `@/` Markdown link target) to a site path in `locale`.
    pub fn resolve_internal(&self, locale: usize, target: &str) -> Option<String> {
        let target = target.trim_end_matches('/');
        let (fam, rest) = target.split_once('/').unwrap_or((target, ""));
        let f = self
            .content
            .families
            .iter()
            .position(|fc| fc.family.id == fam)?;
        if rest.is_empty() {
            return Some(format!("{}{fam}/", self.locale_prefix(locale)));
        }
        let fc = self.family(f);
        if let Some((a, b)) = rest.split_once(COMPARE_SEPARATOR) {
            let (a, b) = (*fc.index.get(a)?, *fc.index.get(b)?);
            return self
                .has_pair(f, a, b)
                .then(|| self.compare_path(locale, f, a, b));
        }
        let c = *fc.index.get(&rest.to_ascii_lowercase())?;
        Some(self.code_path(locale, f, c))
    }

    /// Whether an `@/` link target names a family or code whose file did not load: the page may
    /// well exist once that file is fixed, so a link there is not reported as broken too (the
    /// file's own error says what is wrong).
    pub fn names_unloaded(&self, target: &str) -> bool {
        let target = target.trim_end_matches('/');
        let (fam, rest) = target.split_once('/').unwrap_or((target, ""));
        if self.content.unloaded.contains(fam) {
            return true;
        }
        let Some(fc) = self.content.family(fam) else {
            return false;
        };
        let rest = rest.to_ascii_lowercase();
        let (a, b) = rest
            .split_once(COMPARE_SEPARATOR)
            .unwrap_or((rest.as_str(), ""));
        [a, b]
            .iter()
            .any(|c| !c.is_empty() && fc.unparsed.contains(*c))
    }
}

/// The pairs compared in a family: all of them, or only related ones.
fn comparison_pairs(fc: &FamilyContent) -> Vec<(usize, usize)> {
    let n = fc.codes.len();
    match fc.family.compare {
        CompareMode::All => (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .collect(),
        CompareMode::Related => {
            let mut pairs = Vec::new();
            for (a, code) in fc.codes.iter().enumerate() {
                let linked = code.related.iter().chain(code.counterpart.iter());
                for b in linked.filter_map(|slug| fc.index.get(slug).copied()) {
                    if a != b {
                        pairs.push((a.min(b), a.max(b)));
                    }
                }
            }
            pairs.sort_unstable();
            pairs.dedup();
            pairs
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_counted_as_they_are_listed() {
        for fixture in ["basic", "http"] {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(fixture);
            let locales = ["en".to_string(), "vi".to_string()];
            let snapshot = crate::snapshot::Snapshot::read(&root);
            let (content, _) = crate::content::load_partial(&snapshot, &locales);
            let site = Site::new(&content, &locales);
            let pages = site.pages();
            assert!(pages.len() > 10, "{fixture}: {}", pages.len());
            assert_eq!(site.page_count(), pages.len(), "{fixture}");
            let listed = pages.iter().filter(|&&p| Site::is_listed(p)).count();
            assert_eq!(site.listed_page_count(), listed, "{fixture}");
        }
    }
}
