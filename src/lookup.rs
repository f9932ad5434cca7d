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
            let mut entry = code_entry(renderer, &say, f, v);
            if fc.family.compare == CompareMode::Related {
                let global: Vec<usize> = partners.iter().map(|p| offset + p).collect();
                entry["with"] = json!(global);
            }
            codes.push(entry);
        }
    }
    // Serialized as it stands: a `json!` of the lists would copy every code's entry first.
    let families = family_entries.iter().map(|f| json!(f)).collect();
    let json = serde_json::to_string(&Index { codes, families }).unwrap_or_default();
    crate::render::escape_script(&json)
}

/// The whole lookup index of one locale (its keys in the order a JSON object sorts them).
#[derive(Serialize)]
struct Index {
    codes: Vec<Value>,
    families: Vec<Value>,
}

/// One code's entry: what it is, what it means, whether to retry and who acts.
fn code_entry(renderer: &Renderer, say: &Messages, f: usize, v: &CodeView) -> Value {
    let named = |n: &Option<NamedView>| {
        n.as_ref()
            .map(|n| json!({"label": n.label, "name": n.name}))
    };
    let outcome = v.outcome.as_ref().map(|o| {
        let meaning = say.get_optional(&format!("outcome-{}-meaning", o.key));
        json!({"key": o.key, "name": o.name, "meaning": meaning})
    });
    let aliases: Vec<Value> = (v.aliases.iter())
        .map(|a| {
            let meaning = say.get_optional(&format!("outcome-{}-meaning", a.outcome));
            json!({"id": a.id, "label": a.label, "name": a.name, "outcome": a.outcome, "meaning": meaning, "retry": a.retry})
        })
        .collect();
    let linked: Vec<Value> = v
        .linked
        .iter()
        .filter_map(|l| {
            let target = renderer
                .site
                .content
                .families
                .iter()
                .position(|fc| fc.family.id == l.family_id)?;
            let ids: Vec<&str> = l.codes.iter().map(|c| c.id.as_str()).collect();
            Some(json!({"f": target, "codes": ids}))
        })
        .collect();
    json!({
        "f": f,
        "code": v.id,
        "slug": v.slug,
        "url": v.url,
        "title": v.title,
        "summary": v.summary,
        "aliases": aliases,
        "class": named(&v.class).or_else(|| named(&v.category)),
        "category": named(&v.category),
        "outcome": outcome,
        "retry": v.retry.as_ref().map(|r| r.name.as_str()),
        "actors": v.actors,
        "linked": linked,
    })
}
