//! The lookup index of a locale (`search-index.json`): every family and code with what search,
//! the decode page and the 404 page need to find a code and explain it in the browser.
//!
//! Shape: `{"families": [Family], "codes": [Code]}`. Codes are in family order, so of two codes
//! of one family the one listed first is the lower one, named first in comparison URLs
//! (`<family url><low slug>-vs-<high slug>/`).
//! - Family: `id`, `name` (as written in replies, "SMTP"), `title` (translated), `url`,
//!   `pairs` (`all`: every pair has a comparison page; `related`: only those in `with`), and
//!   `decode` when the family file says how its codes are found in pasted text: `patterns`
//!   (regular expressions with a group `code`, for the flags `dgimu`), `report` (the name of the
//!   reports whose fields it lists) and `fields` (`name` as reports write it, translated `label`
//!   and `meaning`, and `values`, each `value` with its `meaning`).
//! - Code: `f` (its family's index), `code`, `slug`, `url`, `title`, `summary`, `aliases`
//!   (`id`, `label`, `name`, `outcome`, `meaning` and `retry` of each concrete form), `class`
//!   (label and name; the category where the family has no class), `category`, `outcome` (`key`,
//!   `name`, `meaning`), `retry` (the advice), `actors`, `linked` (codes of other families it
//!   travels with: `f` and `codes`), and `with` (indexes in `codes` of the codes it has a
//!   comparison with, for `related` families only).

use serde::Serialize;
use serde_json::{Value, json};

use crate::content::family::CompareMode;
use crate::decode_words::{self, FieldEntry};
use crate::locales::Messages;
use crate::render::Renderer;
use crate::render_cache::{CodeView, NamedView};

/// A family as the lookup index lists it.
#[derive(Debug, Serialize)]
struct FamilyEntry {
    id: String,
    name: String,
    title: String,
    url: String,
    pairs: CompareMode,
    #[serde(skip_serializing_if = "Option::is_none")]
    decode: Option<DecodeEntry>,
}

/// How the decode page finds a family's codes, with the report fields in the locale's words.
#[derive(Debug, Serialize)]
struct DecodeEntry {
    patterns: Vec<String>,
    report: Option<String>,
    fields: Vec<FieldEntry>,
}

/// The lookup index of `locale`, as JSON safe to serve (and to embed in a script element).
pub fn index(renderer: &Renderer, locale: usize) -> String {
    let site = renderer.site;
    let lang = site.locales[locale].as_str();
    let mut codes = Vec::new();
    let mut family_entries = Vec::new();
    for (f, fc) in site.content.families.iter().enumerate() {
        let say = Messages::for_family(renderer.locales, lang, &fc.family.id);
        let path = format!("{}{}/", site.locale_prefix(locale), fc.family.id);
        family_entries.push(FamilyEntry {
            id: fc.family.id.clone(),
            name: fc.family.name.clone(),
            title: say.get(&format!("family-{}-name", fc.family.id), &[]),
            url: renderer.config.base_url.root_relative(&path),
            pairs: fc.family.compare,
            decode: fc.family.decode.as_ref().map(|d| DecodeEntry {
                patterns: d.patterns.clone(),
                report: decode_words::report_name(&say, d),
                fields: decode_words::fields(&say, d),
            }),
        });
        let offset = codes.len();
        for (c, partners) in site.partners(f).into_iter().enumerate() {
            let v = &renderer.cache.get(locale, f, c).view;
            let with = (fc.family.compare == CompareMode::Related)
                .then(|| partners.iter().map(|p| offset + p).collect());
            codes.push(code_entry(renderer, &say, f, v, with));
        }
    }
    // The families as JSON values, so that their keys (those of the decode fields too) stand
    // in sorted order, as the codes' fields are declared.
    let families = family_entries.iter().map(|f| json!(f)).collect();
    let json = serde_json::to_string(&Index { codes, families }).unwrap_or_default();
    crate::render::escape_script(&json)
}

/// The whole lookup index of one locale (its keys in sorted order).
#[derive(Serialize)]
struct Index<'a> {
    codes: Vec<CodeEntry<'a>>,
    families: Vec<Value>,
}

/// One code's entry, its fields in sorted order (as those of the other entries: the index
/// reads as if every object's keys were sorted).
#[derive(Serialize)]
struct CodeEntry<'a> {
    actors: &'a [String],
    aliases: Vec<AliasEntry<'a>>,
    category: Option<NameEntry<'a>>,
    class: Option<NameEntry<'a>>,
    code: &'a str,
    f: usize,
    linked: Vec<LinkedEntry<'a>>,
    outcome: Option<OutcomeEntry<'a>>,
    retry: Option<&'a str>,
    slug: &'a str,
    summary: &'a str,
    title: &'a str,
    url: &'a str,
    /// Only for families whose pairs are `related`.
    #[serde(skip_serializing_if = "Option::is_none")]
    with: Option<Vec<usize>>,
}

#[derive(Serialize)]
struct AliasEntry<'a> {
    id: &'a str,
    label: &'a str,
    meaning: Option<String>,
    name: &'a str,
    outcome: &'a str,
    retry: &'a Option<String>,
}

#[derive(Serialize)]
struct NameEntry<'a> {
    label: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct OutcomeEntry<'a> {
    key: &'a str,
    meaning: Option<String>,
    name: &'a str,
}

#[derive(Serialize)]
struct LinkedEntry<'a> {
    codes: Vec<&'a str>,
    f: usize,
}

/// One code's entry: what it is, what it means, whether to retry and who acts (`with`: the
/// indexes of the codes it has a comparison with, for `related` families).
fn code_entry<'a>(
    renderer: &Renderer,
    say: &Messages,
    f: usize,
    v: &'a CodeView,
    with: Option<Vec<usize>>,
) -> CodeEntry<'a> {
    let named = |n: &'a Option<NamedView>| {
        (n.as_ref()).map(|n| NameEntry {
            label: &n.label,
            name: &n.name,
        })
    };
    let outcome = v.outcome.as_ref().map(|o| OutcomeEntry {
        key: &o.key,
        meaning: say.get_optional(&format!("outcome-{}-meaning", o.key)),
        name: &o.name,
    });
    let aliases = (v.aliases.iter())
        .map(|a| AliasEntry {
            id: &a.id,
            label: &a.label,
            meaning: say.get_optional(&format!("outcome-{}-meaning", a.outcome)),
            name: &a.name,
            outcome: &a.outcome,
            retry: &a.retry,
        })
        .collect();
    let families = &renderer.site.content.families;
    let linked = (v.linked.iter())
        .filter_map(|l| {
            let target = families.iter().position(|fc| fc.family.id == l.family_id)?;
            let codes = l.codes.iter().map(|c| c.id.as_str()).collect();
            Some(LinkedEntry { codes, f: target })
        })
        .collect();
    CodeEntry {
        actors: &v.actors,
        aliases,
        category: named(&v.category),
        class: named(&v.class).or_else(|| named(&v.category)),
        code: &v.id,
        f,
        linked,
        outcome,
        retry: v.retry.as_ref().map(|r| r.name.as_str()),
        slug: &v.slug,
        summary: &v.summary,
        title: &v.title,
        url: &v.url,
        with,
    }
}
