//! schema.org data (JSON-LD) of a page, and JSON made safe inside a `<script>` element.

use serde::Serialize;

/// schema.org data of a page: the article (or page) and its breadcrumbs.
#[derive(Debug, Serialize)]
pub(super) struct JsonLd<'a> {
    #[serde(rename = "@context")]
    pub(super) context: &'static str,
    #[serde(rename = "@graph")]
    pub(super) graph: (Article<'a>, Breadcrumbs<'a>),
}

#[derive(Debug, Serialize)]
pub(super) struct Article<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    pub(super) headline: &'a str,
    pub(super) name: &'a str,
    pub(super) description: &'a str,
    #[serde(rename = "inLanguage")]
    pub(super) in_language: &'a str,
    pub(super) url: &'a str,
}

#[derive(Debug, Serialize)]
pub(super) struct Breadcrumbs<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    #[serde(rename = "itemListElement")]
    pub(super) items: Vec<ListItem<'a>>,
}

#[derive(Debug, Serialize)]
pub(super) struct ListItem<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    pub(super) position: usize,
    pub(super) name: &'a str,
    pub(super) item: String,
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn script_json_cannot_close_the_script_element() {
        let v = json!({"x": "</script><script>alert(1)</script>&"});
        let s = script_json(&v);
        assert!(!s.contains("</script"), "{s}");
        assert!(!s.contains('<') && !s.contains('&'), "{s}");
    }
}
