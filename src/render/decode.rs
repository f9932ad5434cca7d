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
        for (key, id, args) in [
            ("loading", "decode-loading", &[][..]),
            ("failed", "decode-failed", &[]),
            ("line", "decode-line", &["line"]),
            ("lines", "decode-lines", &["first", "last"]),
            ("family", "decode-family", &[]),
            ("class", "fact-class", &[]),
            ("category", "fact-category", &[]),
            ("outcome", "fact-outcome", &[]),
            ("retry", "fact-retry", &[]),
            ("actors", "fact-actors", &[]),
            ("compare", "decode-compare", &[]),
            ("page", "code-title", &["family", "code", "title"]),
            ("pair", "compare-heading", &["family", "a", "b"]),
            ("separator", "list-separator", &[]),
        ] {
            words.insert(key.into(), json!(self.with_placeholders(id, args)));
        }
        for (key, id) in [
            ("found", "decode-found"),
            ("more", "decode-more"),
            ("repeated", "decode-repeated"),
        ] {
            // Message `id` per plural category (`<id>-one`, `<id>-other` …, those the locale
            // has), for the script to choose with `Intl.PluralRules`.
            let forms: Map<String, Value> = (PLURAL_CATEGORIES.iter())
                .filter_map(|c| {
                    let form = format!("{id}-{c}");
                    (*c == "other" || self.say.has(&form)).then(|| {
                        let text = self.with_placeholders(&form, &["n", "codes"]);
                        (c.to_string(), json!(text))
                    })
                })
                .collect();
            words.insert(key.into(), Value::Object(forms));
        }
        words
    }

    /// Message `id` with `{arg}` in place of each of `args`.
    fn with_placeholders(&self, id: &str, args: &[&str]) -> String {
        let shown: Vec<String> = args.iter().map(|a| format!("{{{a}}}")).collect();
        let args: Vec<(&str, &str)> = (args.iter().copied())
            .zip(shown.iter().map(String::as_str))
            .collect();
        self.msg(id, &args)
    }
}
