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
    let mut start = 0;
    // The three characters are ASCII, so byte positions are character boundaries; the runs in
    // between are copied whole.
    for (i, b) in json.bytes().enumerate() {
        let escaped = match b {
            b'<' => "\\u003c",
            b'>' => "\\u003e",
            b'&' => "\\u0026",
            _ => continue,
        };
        out.push_str(&json[start..i]);
        out.push_str(escaped);
        start = i + 1;
    }
    out.push_str(&json[start..]);
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
        assert_eq!(
            escape_script("ả<b>&c"),
            "ả\\u003cb\\u003e\\u0026c",
            "text around the escapes is kept"
        );
    }
}
