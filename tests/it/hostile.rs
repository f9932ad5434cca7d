//! Hostile strings in every field come out inert: escaped as text, never as markup, script or
//! attribute, in HTML, JSON-LD and the search index.

use crate::harness::{Fixture, snapshot};

const HOSTILE: &str = r#"<script>alert(1)</script> "><img src=x onerror=alert(2)> </script><script>alert(3)</script> ' onmouseover='alert(4)"#;

fn hostile_code(code: &str) -> String {
    let q = serde_json::to_string(HOSTILE).unwrap_or_default();
    format!(
        "code: {code}\ncommands: [{q}]\nactors: [nobody]\nreferences:\n  - url: https://example.org/?q=\"><script>alert(5)</script>\n    title: {q}\ntexts:\n  en:\n    title: {q}\n    summary: {q}\n    description: {q}\n    when: {q}\n    fix: {q}\n    fix_admin: {q}\n    retry: {q}\n    practice: {q}\n    action: {q}\n  vi:\n    title: {q}\n    summary: {q}\n    description: {q}\n    when: {q}\n    fix: {q}\n    action: {q}\n"
    )
}

#[test]
fn hostile_text_in_every_field_comes_out_inert() {
    let f = Fixture::new("basic");
    f.write("content/smtp/252.yaml", &hostile_code("252"));
    // The family declares the hostile request too, so that it reaches the pages.
    let family = std::fs::read_to_string(f.root().join("content/smtp/_family.yaml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let q = serde_json::to_string(HOSTILE).unwrap_or_default();
    f.write(
        "content/smtp/_family.yaml",
        &family.replace("ATRN, any]", &format!("ATRN, any, {q}]")),
    );
    f.build_ok();
    let tag = regex::Regex::new(r"<[a-zA-Z][^>]*>").unwrap_or_else(|e| panic!("{e}"));
    let handler = regex::Regex::new(r#"\son[a-z]+\s*="#).unwrap_or_else(|e| panic!("{e}"));
    let quoted = regex::Regex::new(r#""[^"]*""#).unwrap_or_else(|e| panic!("{e}"));
    for (rel, bytes) in snapshot(&f.out()) {
        let text = String::from_utf8_lossy(&bytes);
        for live in ["<script>alert", "<img", "</script><script>"] {
            assert!(!text.contains(live), "{rel} contains live `{live}`");
        }
        // No tag carries an event-handler attribute.
        for m in tag.find_iter(&text) {
            // Attribute values are double-quoted: what is inside a value is not an attribute.
            let outside_values = quoted.replace_all(m.as_str(), "\"\"");
            assert!(
                !handler.is_match(&outside_values),
                "{rel}: live attribute in {}",
                m.as_str()
            );
        }
        if rel.ends_with(".html") {
            // Only the JSON-LD block and the site script: no other script element.
            let scripts = text.matches("<script").count();
            assert!(scripts <= 3, "{rel}: {scripts} script elements");
            if let Some(start) = text.find("<script type=\"application/ld+json\">") {
                let json = &text[start + 35..];
                let json = &json[..json.find("</script>").unwrap_or(json.len())];
                assert!(
                    serde_json::from_str::<serde_json::Value>(json).is_ok(),
                    "{rel}: JSON-LD does not parse"
                );
            }
        }
    }
    let page = f.page("smtp/252/index.html");
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the text is shown, escaped"
    );
    let index = f.page("search-index.json");
    let entries: serde_json::Value = serde_json::from_str(&index).unwrap_or_default();
    assert!(
        entries["codes"]
            .as_array()
            .is_some_and(|a| a.iter().any(|e| e["title"] == HOSTILE)),
        "the index holds the text as data"
    );
}

#[test]
fn unsafe_links_in_markdown_are_refused() {
    for link in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "vbscript:x",
        "data:text/html,<script>alert(1)</script>",
    ] {
        let f = Fixture::new("basic");
        let text =
            std::fs::read_to_string(f.root().join("content/smtp/252.yaml")).unwrap_or_default();
        f.write(
            "content/smtp/252.yaml",
            &text.replace(
                "Nothing to fix: send the message",
                &format!("Nothing to [fix]({link}): send the message"),
            ),
        );
        let err = f.build().err().map(|d| d.to_string()).unwrap_or_default();
        assert!(
            err.contains("removed: only http(s), mailto and relative links are allowed"),
            "{link}: {err}"
        );
    }
}
