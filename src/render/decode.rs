//! The decode page: a text box whose content `static/decode.js` decodes in the browser with the
//! locale's lookup index, the words that script needs, and a glossary of the report fields the
//! families list (their messages are checked here, as every page's are). Its sentences name
//! what the site's families say can be pasted, and nothing of other protocols.

use serde::Serialize;
use serde_json::{Map, Value, json};
use tera::Context;

use super::{Crumb, PageParts, PageRenderer};
use crate::decode_words::{self, FieldEntry};
use crate::locales::Messages;
use crate::site::Page;

/// The plural categories a message may be given for (`decode-found-one` …); `other` is required.
const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The report fields of one family, for the glossary.
#[derive(Debug, Serialize)]
struct Report {
    name: String,
    fields: Vec<FieldEntry>,
}

impl PageRenderer<'_, '_> {
    pub(super) fn decode(&self, page: Page, ctx: &mut Context) -> PageParts {
        let lang = self.lang(page);
        let mut reports = Vec::new();
        let (mut sources, mut examples) = (Vec::new(), Vec::new());
        for fc in &self.site.content.families {
            let Some(decode) = fc.family.decode.as_ref() else {
                continue;
            };
            let say = Messages::for_family(self.locales, lang, &fc.family.id);
            if let Some(name) = decode_words::report_name(&say, decode) {
                let fields = decode_words::fields(&say, decode);
                reports.push(Report { name, fields });
            }
            // A family that shares another's wording may share its phrases too: each once.
            for (list, phrase) in [
                (&mut sources, decode_words::paste(&say)),
                (&mut examples, decode_words::example(&say)),
            ] {
                if let Some(phrase) = phrase.filter(|p| !list.contains(p)) {
                    list.push(phrase);
                }
            }
            self.say.absorb(say);
        }
        sources.push(self.msg("decode-paste-any", &[]));
        let sources = self.say.join(&sources, "or");
        let none = if examples.is_empty() {
            self.msg("decode-none", &[])
        } else {
            let examples = self.say.join(&examples, "or");
            self.msg("decode-none-examples", &[("examples", &examples)])
        };
        let mut words = self.script_words();
        words.insert("none".into(), json!(none));
        ctx.insert(
            "decode",
            &json!({"index": self.url(&super::search_index_path(self.site, page.locale)),
                    "intro": self.msg("decode-intro", &[("sources", &sources)]),
                    "words": Value::Object(words).to_string(),
                    "reports": reports}),
        );
        let home = Crumb {
            name: self.msg("nav-home", &[]),
            url: self.url(self.site.locale_prefix(page.locale)),
        };
        let here = Crumb {
            name: self.msg("nav-decode", &[]),
            url: self.url(&self.site.path(page)),
        };
        PageParts {
            template: "decode.html".into(),
            title: self.msg("decode-title", &[]),
            description: self.msg("decode-description", &[("sources", &sources)]),
            crumbs: vec![home, here],
        }
    }

    /// The words `decode.js` shows, with `{name}` where it puts a value.
    fn script_words(&self) -> Map<String, Value> {
        let mut words = Map::new();
        let mut put = |key: &str, id: &str, args: &[&str]| {
            let args: Vec<(&str, String)> = args.iter().map(|a| (*a, format!("{{{a}}}"))).collect();
            let args: Vec<(&str, &str)> = args.iter().map(|(a, v)| (*a, v.as_str())).collect();
            words.insert(key.into(), json!(self.msg(id, &args)));
        };
        put("loading", "decode-loading", &[]);
        put("failed", "decode-failed", &[]);
        put("line", "decode-line", &["line"]);
        put("lines", "decode-lines", &["first", "last"]);
        put("family", "decode-family", &[]);
        put("class", "fact-class", &[]);
        put("category", "fact-category", &[]);
        put("outcome", "fact-outcome", &[]);
        put("retry", "fact-retry", &[]);
        put("actors", "fact-actors", &[]);
        put("compare", "decode-compare", &[]);
        put("page", "code-title", &["family", "code", "title"]);
        put("pair", "compare-heading", &["family", "a", "b"]);
        put("separator", "list-separator", &[]);
        for (key, id) in [
            ("found", "decode-found"),
            ("more", "decode-more"),
            ("repeated", "decode-repeated"),
        ] {
            words.insert(key.into(), Value::Object(self.plural(id, &["n", "codes"])));
        }
        words
    }

    /// Message `id` per plural category (`<id>-one`, `<id>-other` …, those the locale has), for
    /// the script to choose with `Intl.PluralRules`.
    fn plural(&self, id: &str, args: &[&str]) -> Map<String, Value> {
        let shown: Vec<(&str, String)> = args.iter().map(|a| (*a, format!("{{{a}}}"))).collect();
        let shown: Vec<(&str, &str)> = shown.iter().map(|(a, v)| (*a, v.as_str())).collect();
        PLURAL_CATEGORIES
            .iter()
            .filter(|c| **c == "other" || self.say.has(&format!("{id}-{c}")))
            .map(|c| (c.to_string(), json!(self.msg(&format!("{id}-{c}"), &shown))))
            .collect()
    }
}
