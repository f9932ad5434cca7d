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
