//! The content shipped in this repository: complete in every locale, referenced, cross-linked,
//! and covering every code the RFCs and the IANA registry define.

use std::collections::BTreeSet;
use std::path::Path;

use codeatlas::config::Config;
use codeatlas::content::{Content, code::REQUIRED_TEXTS};
use codeatlas::snapshot::Snapshot;

fn shipped() -> (Content, Config) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let snapshot = Snapshot::read(root);
    let config = Config::load(&snapshot, None)
        .unwrap_or_else(|d| panic!("{d}"))
        .value;
    let loaded =
        codeatlas::content::load(&snapshot, &config.locales).unwrap_or_else(|d| panic!("{d}"));
    let (content, warnings) = (loaded.value, loaded.warnings);
    assert!(warnings.is_empty(), "{}", codeatlas::Diagnostics(warnings));
    (content, config)
}

#[test]
fn every_code_has_every_text_in_every_locale_and_a_reference() {
    let (content, config) = shipped();
    let mut problems = Vec::new();
    for fc in &content.families {
        for code in &fc.codes {
            for lang in &config.locales {
                let texts = code.texts.get(lang);
                for field in REQUIRED_TEXTS {
                    if texts.and_then(|t| t.get(field)).is_none() {
                        problems.push(format!("{}: no `{lang}` {field}", code.source.display()));
                    }
                }
                // Optional texts present in English are present in every locale too.
                for field in ["fix_admin", "retry", "practice"] {
                    let en = code
                        .texts
                        .get(&config.default_locale)
                        .and_then(|t| t.get(field));
                    if en.is_some() && texts.and_then(|t| t.get(field)).is_none() {
                        problems.push(format!(
                            "{}: `{field}` only in English",
                            code.source.display()
                        ));
                    }
                }
            }
            if code.references.is_empty() {
                problems.push(format!("{}: no reference", code.source.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn related_codes_and_counterparts_exist_and_counterparts_are_mutual() {
    let (content, _) = shipped();
    for fc in &content.families {
        for code in &fc.codes {
            for rel in &code.related {
                assert!(
                    fc.get(rel).is_some(),
                    "{}: related {rel} missing",
                    code.source.display()
                );
            }
            if let Some(cp) = &code.counterpart {
                let other = fc.get(cp).unwrap_or_else(|| {
                    panic!("{}: counterpart {cp} missing", code.source.display())
                });
                assert_eq!(
                    other.counterpart.as_deref(),
                    Some(code.slug.as_str()),
                    "{cp} does not name {} back",
                    code.id
                );
            }
        }
    }
}

#[test]
fn the_smtp_catalog_holds_every_code_the_rfcs_define() {
    let (content, _) = shipped();
    let smtp = content.family("smtp").expect("smtp family");
    let have: BTreeSet<&str> = smtp.codes.iter().map(|c| c.id.as_str()).collect();
    // RFC 5321 §4.2.2–4.2.3, RFC 4954 (AUTH), RFC 7504, RFC 1985 (ETRN), RFC 2645 (ODMR),
    // RFC 1845 (checkpoint/restart).
    let rfc = [
        "211", "214", "220", "221", "250", "251", "252", "354", "421", "450", "451", "452", "455",
        "500", "501", "502", "503", "504", "550", "551", "552", "553", "554", "555", "235", "334",
        "432", "454", "530", "534", "535", "538", "521", "556", "458", "459", "253", "453", "355",
    ];
    let missing: Vec<&str> = rfc.iter().copied().filter(|c| !have.contains(c)).collect();
    assert!(missing.is_empty(), "missing SMTP codes: {missing:?}");
    // The three counterpart pairs.
    for (t, p) in [("450", "550"), ("452", "552"), ("455", "555")] {
        assert_eq!(smtp.get(t).and_then(|c| c.counterpart.as_deref()), Some(p));
    }
    // RFC 5321 §4.5.3.1.10: a 552 for too many recipients is to be treated as 452.
    let retry = smtp.get("552").and_then(|c| c.retry.clone());
    assert_eq!(
        retry,
        Some(codeatlas::content::Retry {
            key: "as-transient".into(),
            exception: true
        })
    );
}

#[test]
fn the_enhanced_family_holds_every_registry_code_with_links_both_ways() {
    let (content, _) = shipped();
    let enhanced = content
        .family("smtp-enhanced")
        .expect("smtp-enhanced family");
    let mut expected = vec!["X.0.0".to_string()];
    for (subject, last) in [(1, 10), (2, 4), (3, 6), (4, 7), (5, 6), (6, 10), (7, 30)] {
        for detail in 0..=last {
            expected.push(format!("X.{subject}.{detail}"));
        }
    }
    let have: BTreeSet<&str> = enhanced.codes.iter().map(|c| c.id.as_str()).collect();
    let missing: Vec<&String> = expected
        .iter()
        .filter(|c| !have.contains(c.as_str()))
        .collect();
    assert!(missing.is_empty(), "missing registry codes: {missing:?}");
    // Every concrete form resolves to its page, and X.2.2 comes as 4.2.2 and 5.2.2.
    for code in &enhanced.codes {
        assert!(!code.aliases.is_empty(), "{}: no class", code.id);
    }
    assert_eq!(enhanced.resolve("5.2.2"), enhanced.resolve("X.2.2"));
    assert_eq!(enhanced.resolve("4.2.2"), enhanced.resolve("x.2.2"));
    // 552 ↔ X.2.2 both ways.
    let smtp_index = content
        .families
        .iter()
        .position(|f| f.family.id == "smtp")
        .expect("smtp");
    let enhanced_index = content
        .families
        .iter()
        .position(|f| f.family.id == "smtp-enhanced")
        .expect("enhanced");
    let x22 = enhanced.resolve("X.2.2").expect("X.2.2");
    let s552 = content.families[smtp_index].resolve("552").expect("552");
    let x22_links_552 = enhanced.codes[x22]
        .linked
        .iter()
        .any(|(f, codes)| f == "smtp" && codes.iter().any(|c| c == "552"))
        || enhanced.linked_from[x22].contains(&(smtp_index, s552));
    let s552_links_x22 = content.families[smtp_index].linked_from[s552]
        .contains(&(enhanced_index, x22))
        || content.families[smtp_index].codes[s552]
            .linked
            .iter()
            .any(|(f, codes)| {
                f == "smtp-enhanced" && codes.iter().any(|c| enhanced.resolve(c) == Some(x22))
            });
    assert!(x22_links_552 && s552_links_x22);
}

#[test]
fn the_shipped_site_checks_clean_and_its_pages_link_both_ways() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let report = codeatlas::commands::check::check(root);
    assert!(report.diagnostics.0.is_empty(), "{}", report.diagnostics);
}

/// Every permanent entry of the IANA HTTP Status Code Registry (the "(Unused)" ones included,
/// temporary registrations left out), with the document and section the registry cites.
const HTTP_REGISTRY: [(&str, u32, &str); 63] = [
    ("100", 9110, "15.2.1"),
    ("101", 9110, "15.2.2"),
    ("102", 2518, "10.1"),
    ("103", 8297, "2"),
    ("200", 9110, "15.3.1"),
    ("201", 9110, "15.3.2"),
    ("202", 9110, "15.3.3"),
    ("203", 9110, "15.3.4"),
    ("204", 9110, "15.3.5"),
    ("205", 9110, "15.3.6"),
    ("206", 9110, "15.3.7"),
    ("207", 4918, "11.1"),
    ("208", 5842, "7.1"),
    ("226", 3229, "10.4.1"),
    ("300", 9110, "15.4.1"),
    ("301", 9110, "15.4.2"),
    ("302", 9110, "15.4.3"),
    ("303", 9110, "15.4.4"),
    ("304", 9110, "15.4.5"),
    ("305", 9110, "15.4.6"),
    ("306", 9110, "15.4.7"),
    ("307", 9110, "15.4.8"),
    ("308", 9110, "15.4.9"),
    ("400", 9110, "15.5.1"),
    ("401", 9110, "15.5.2"),
    ("402", 9110, "15.5.3"),
    ("403", 9110, "15.5.4"),
    ("404", 9110, "15.5.5"),
    ("405", 9110, "15.5.6"),
    ("406", 9110, "15.5.7"),
    ("407", 9110, "15.5.8"),
    ("408", 9110, "15.5.9"),
    ("409", 9110, "15.5.10"),
    ("410", 9110, "15.5.11"),
    ("411", 9110, "15.5.12"),
    ("412", 9110, "15.5.13"),
    ("413", 9110, "15.5.14"),
    ("414", 9110, "15.5.15"),
    ("415", 9110, "15.5.16"),
    ("416", 9110, "15.5.17"),
    ("417", 9110, "15.5.18"),
    ("418", 9110, "15.5.19"),
    ("421", 9110, "15.5.20"),
    ("422", 9110, "15.5.21"),
    ("423", 4918, "11.3"),
    ("424", 4918, "11.4"),
    ("425", 8470, "5.2"),
    ("426", 9110, "15.5.22"),
    ("428", 6585, "3"),
    ("429", 6585, "4"),
    ("431", 6585, "5"),
    ("451", 7725, "3"),
    ("500", 9110, "15.6.1"),
    ("501", 9110, "15.6.2"),
    ("502", 9110, "15.6.3"),
    ("503", 9110, "15.6.4"),
    ("504", 9110, "15.6.5"),
    ("505", 9110, "15.6.6"),
    ("506", 2295, "8.1"),
    ("507", 4918, "11.5"),
    ("508", 5842, "7.2"),
    ("510", 2774, "7"),
    ("511", 6585, "6"),
];

#[test]
fn the_http_family_holds_every_registry_entry_citing_its_defining_section_first() {
    let (content, _) = shipped();
    let http = content.family("http").expect("http family");
    let mut problems = Vec::new();
    for (id, rfc, section) in HTTP_REGISTRY {
        let Some(code) = http.get(id) else {
            problems.push(format!("{id}: missing"));
            continue;
        };
        let first = code.references.first();
        let expected = codeatlas::content::Reference::Rfc {
            number: rfc,
            section: Some(section.to_string()),
        };
        if first != Some(&expected) {
            problems.push(format!(
                "{id}: first reference {first:?}, not RFC {rfc} §{section}"
            ));
        }
        // The section is one content/references.yaml lists with its heading (which `check`
        // compares with the RFC text when the texts are present).
        let heading = (content.rfcs.get(&rfc)).and_then(|r| r.heading(section));
        if heading.is_none() {
            problems.push(format!("{id}: RFC {rfc} §{section} is not listed"));
        }
    }
    // Nothing but the registry's entries.
    let registry: BTreeSet<&str> = HTTP_REGISTRY.iter().map(|e| e.0).collect();
    for code in &http.codes {
        if !registry.contains(code.id.as_str()) {
            problems.push(format!("{}: not a permanent registry entry", code.id));
        }
    }
    // The two redirect pairs that differ only in whether the method may change.
    for (a, b) in [("301", "308"), ("302", "307")] {
        assert_eq!(http.get(a).and_then(|c| c.counterpart.as_deref()), Some(b));
        assert_eq!(http.get(b).and_then(|c| c.counterpart.as_deref()), Some(a));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn http_texts_use_no_mail_vocabulary_outside_rfc_quotes() {
    let (content, _) = shipped();
    let http = content.family("http").expect("http family");
    let quote = regex::Regex::new(r#""[^"]*"|“[^”]*”|`[^`]*`"#).expect("regex");
    let mail = regex::Regex::new(
        r"(?i)\b(sender|senders|recipient|recipients|mailbox|mailboxes|bounce|bounces|smtp|e-?mail|thư)\b",
    )
    .expect("regex");
    let mut problems = Vec::new();
    for code in &http.codes {
        for (lang, texts) in &code.texts {
            for field in codeatlas::content::Texts::FIELDS {
                let Some(text) = texts.get(field) else {
                    continue;
                };
                // "thư mục" (folder) and "thư viện" (library) are no mail.
                let outside = quote.replace_all(text, "");
                let outside = outside.split_whitespace().collect::<Vec<_>>().join(" ");
                let outside = (outside.to_lowercase())
                    .replace("thư mục", "")
                    .replace("thư viện", "");
                if let Some(m) = mail.find(&outside) {
                    problems.push(format!("{} {lang} {field}: `{}`", code.id, m.as_str()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
