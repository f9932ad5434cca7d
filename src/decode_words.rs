//! What the decode page says of each family, in one locale's words (through the family's
//! messages): the fields of its reports, for the lookup index and the page's glossary, and the
//! optional phrases `decode-paste` (what to paste: "a bounce message") and `decode-example`
//! (where its codes stand: "a status line (…)"), so that the page's generic sentences name only
//! what the site's families have.

use serde::Serialize;

use crate::content::family::Decode;
use crate::locales::Messages;

/// A report field in the locale's words: its label, what it says and what its values mean.
#[derive(Debug, Serialize)]
pub struct FieldEntry {
    /// As reports write it (`Final-Recipient`).
    pub name: String,
    /// `decode-field-<key>`.
    pub label: String,
    /// `decode-field-<key>-meaning`.
    pub meaning: String,
    /// Each value with `decode-field-<key>-<value>`.
    pub values: Vec<ValueEntry>,
}

/// A value of a report field and what it means.
#[derive(Debug, Serialize)]
pub struct ValueEntry {
    /// As written (`failed`).
    pub value: String,
    /// What it means.
    pub meaning: String,
}

/// The name of a family's reports (`decode-report`), when it lists report fields.
pub fn report_name(say: &Messages, decode: &Decode) -> Option<String> {
    (!decode.fields.is_empty()).then(|| say.get("decode-report", &[]))
}

/// A family's report fields, named by `say` (the family's messages).
pub fn fields(say: &Messages, decode: &Decode) -> Vec<FieldEntry> {
    (decode.fields.iter())
        .map(|field| {
            let id = format!("decode-field-{}", field.key);
            FieldEntry {
                name: field.name.clone(),
                label: say.get(&id, &[]),
                meaning: say.get(&format!("{id}-meaning"), &[]),
                values: (field.values.iter())
                    .map(|value| ValueEntry {
                        value: value.clone(),
                        meaning: say.get(&format!("{id}-{value}"), &[]),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// What to paste to decode the family's codes (`decode-paste`), if its messages say.
pub fn paste(say: &Messages) -> Option<String> {
    say.get_optional("decode-paste")
}

/// Where the family's codes stand in a text (`decode-example`), if its messages say.
pub fn example(say: &Messages) -> Option<String> {
    say.get_optional("decode-example")
}
