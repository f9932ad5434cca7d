//! The rules tested on hand-made facts, without a site, and their sentences in both locales.
//! Compiled for tests only (`#[cfg(test)] mod tests;` in mod.rs).

use super::*;
use crate::compare::facts::Request;
use crate::content::Outcome;
use crate::locales::Locales;
use crate::render_cache::NamedView;

/// A built-in outcome.
fn o(key: &str) -> &'static Outcome {
    static ALL: std::sync::LazyLock<Vec<Outcome>> =
        std::sync::LazyLock::new(crate::content::outcome::built_in);
    ALL.iter().find(|o| o.key == key).unwrap()
}

fn named(key: &str, label: &str, name: &str) -> NamedView {
    NamedView {
        key: key.into(),
        label: label.into(),
        name: name.into(),
    }
}

/// The built-in messages in English and Vietnamese.
fn locales() -> Locales {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("site.yaml"), "locales: [en, vi]\n").unwrap();
    let snapshot = crate::snapshot::Snapshot::read(dir.path());
    let config = crate::config::Config::load(&snapshot, None).unwrap().value;
    Locales::load(&snapshot, &config).unwrap().value
}

/// Every statement worded in both locales: no problem, no placeholder, one sentence each.
fn worded(statements: &[Statement]) -> Vec<(String, String)> {
    let locales = locales();
    statements
        .iter()
        .map(|s| {
            let text = |lang| {
                let say = Messages::new(&locales, lang);
                let sentence = sentence(&say, s);
                let problems = say.into_problems();
                assert!(problems.is_empty(), "{lang}: {problems:?}");
                assert_eq!(sentence.rule, s.rule());
                assert!(!sentence.text.contains('{'), "{}", sentence.text);
                assert!(sentence.text.ends_with('.'), "{}", sentence.text);
                sentence.text
            };
            (text("en"), text("vi"))
        })
        .collect()
}

fn all_rules() -> Vec<String> {
    RULES.iter().map(|r| r.name.to_string()).collect()
}

fn rules_of(statements: &[Statement]) -> Vec<&'static str> {
    statements.iter().map(Statement::rule).collect()
}

#[test]
fn the_table_names_each_rule_once() {
    let mut names: Vec<_> = RULES.iter().map(|r| r.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), RULES.len());
    // The names a family file may list under `rules:` are these, in this order.
    let table: Vec<_> = RULES.iter().map(|r| r.name).collect();
    assert_eq!(table, crate::content::family::RULE_NAMES);
}

#[test]
fn a_family_can_turn_rules_off() {
    let (four, five) = (named("4", "4yz", "t"), named("5", "5yz", "p"));
    let a = Facts {
        id: "452",
        slug: "452",
        counterpart: Some("552"),
        class: Some(&four),
        outcome: Some(o("transient")),
        ..Facts::default()
    };
    let b = Facts {
        id: "552",
        slug: "552",
        class: Some(&five),
        outcome: Some(o("permanent")),
        ..Facts::default()
    };
    let all = rules_of(&apply(&all_rules(), &a, &b));
    assert_eq!(all, ["counterpart", "class-different", "outcome"]);
    let only_class = rules_of(&apply(&["class".to_string()], &a, &b));
    assert_eq!(only_class, ["class-different"]);
    // With no rule on, nothing tells them apart but what the pages describe.
    assert_eq!(rules_of(&apply(&[], &a, &b)), ["detail-only"]);
}

/// "When to use which" for two codes with these outcomes, in `lang`, without a family's own
/// pair message.
fn which(lang: &str, first: (&str, &str), second: (&str, &str)) -> String {
    let locales = locales();
    let say = Messages::new(&locales, lang);
    let text = which_outcomes(&say, (first.0, o(first.1)), (second.0, o(second.1)));
    assert!(say.into_problems().is_empty());
    text
}

#[test]
fn when_to_use_which_follows_the_outcome_properties() {
    let cases = [
        (
            ("150", "preliminary"),
            ("226", "success"),
            "which-no-failure",
        ),
        (("301", "redirect"), ("308", "redirect"), "which-no-failure"),
        (
            ("421", "transient"),
            ("450", "transient"),
            "which-both-retry",
        ),
        (
            ("501", "permanent"),
            ("550", "permanent"),
            "which-both-change",
        ),
        (
            ("450", "transient"),
            ("550", "permanent"),
            "which-retry-change",
        ),
        (
            ("220", "success"),
            ("421", "transient"),
            "which-one-failure-retry",
        ),
        (
            ("331", "intermediate"),
            ("530", "permanent"),
            "which-one-failure-change",
        ),
    ];
    let locales = locales();
    for (first, second, id) in cases {
        for lang in ["en", "vi"] {
            let text = which(lang, first, second);
            let say = Messages::new(&locales, lang);
            // The message chosen is the one the properties call for: its fixed words are there.
            let template = say.get(
                id,
                &[
                    ("a", "A"),
                    ("b", "B"),
                    ("retry", "A"),
                    ("change", "B"),
                    ("failed", "A"),
                ],
            );
            let fixed = template
                .split(['A', 'B'])
                .max_by_key(|p| p.len())
                .unwrap_or_default();
            assert!(text.contains(fixed), "{lang} {id}: {text}");
            assert!(text.contains(first.0) || text.contains(second.0), "{text}");
            assert!(!text.contains('{'), "{text}");
        }
    }
    // The code that may succeed later is named as such, whichever comes first.
    let en = which("en", ("450", "transient"), ("550", "permanent"));
    assert!(
        en.starts_with("After 450 the same request may succeed later; after 550"),
        "{en}"
    );
    let en = which("en", ("220", "success"), ("421", "transient"));
    assert!(en.starts_with("Only 421 reports a failure"), "{en}");
}

#[test]
fn an_exception_kind_may_have_its_own_sentence() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("site.yaml"), "locales: [en, vi]\n").unwrap();
    std::fs::create_dir_all(dir.path().join("locales/en")).unwrap();
    std::fs::write(
        dir.path().join("locales/en/x.ftl"),
        "compare-retry-exception-next-poll = { $code } waits for the next poll.\n",
    )
    .unwrap();
    let snapshot = crate::snapshot::Snapshot::read(dir.path());
    let config = crate::config::Config::load(&snapshot, None).unwrap().value;
    let locales = Locales::load(&snapshot, &config).unwrap().value;
    let say = Messages::new(&locales, "en");
    let own = Statement::RetryException {
        code: "453",
        kind: "next-poll",
    };
    assert_eq!(sentence(&say, &own).text, "453 waits for the next poll.");
    let plain = Statement::RetryException {
        code: "552",
        kind: "as-transient",
    };
    assert!(
        sentence(&say, &plain)
            .text
            .starts_with("552 has retry advice of its own")
    );
    assert!(say.into_problems().is_empty());
}

#[test]
fn counterparts_name_the_temporary_one_first() {
    let a = Facts {
        id: "452",
        slug: "452",
        counterpart: Some("552"),
        counterpart_first: Some("transient"),
        outcome: Some(o("transient")),
        ..Facts::default()
    };
    let b = Facts {
        id: "552",
        slug: "552",
        counterpart_first: Some("transient"),
        outcome: Some(o("permanent")),
        ..Facts::default()
    };
    let found = rules::counterpart(&a, &b);
    assert_eq!(
        found,
        vec![Statement::Counterpart {
            first: "452",
            second: "552"
        }]
    );
    assert_eq!(
        rules::counterpart(&b, &a),
        found,
        "either side may name the other"
    );
    let c = Facts {
        id: "550",
        slug: "550",
        ..Facts::default()
    };
    assert!(rules::counterpart(&a, &c).is_empty());
    let (en, vi) = &worded(&found)[0];
    assert!(en.contains("452") && en.contains("552"), "{en}");
    assert_ne!(en, vi);
}

#[test]
fn class_and_outcome_rules_fire_only_on_what_they_read() {
    let (four, five) = (
        named("4", "4yz", "transient"),
        named("5", "5yz", "permanent"),
    );
    let a = Facts {
        id: "452",
        class: Some(&four),
        outcome: Some(o("transient")),
        ..Facts::default()
    };
    let b = Facts {
        id: "552",
        class: Some(&five),
        outcome: Some(o("permanent")),
        ..Facts::default()
    };
    let same = Facts {
        id: "451",
        class: Some(&four),
        outcome: Some(o("transient")),
        ..Facts::default()
    };
    assert_eq!(rules_of(&rules::class(&a, &b)), ["class-different"]);
    assert_eq!(rules_of(&rules::class(&a, &same)), ["class-same"]);
    assert!(rules::class(&a, &Facts::default()).is_empty());
    assert_eq!(
        rules::outcome(&b, &a),
        vec![Statement::Outcomes {
            first: ("452", o("transient")),
            second: ("552", o("permanent"))
        }]
    );
    assert!(rules::outcome(&a, &same).is_empty());
    worded(
        &[
            rules::class(&a, &b),
            rules::class(&a, &same),
            rules::outcome(&a, &b),
        ]
        .concat(),
    );
}

#[test]
fn commands_compare_sets_and_any_alone_says_nothing() {
    let rcpt = vec![Request {
        token: "RCPT TO",
        name: "RCPT TO",
        wildcard: false,
    }];
    let any = vec![Request {
        token: "any",
        name: "any command",
        wildcard: true,
    }];
    let a = Facts {
        id: "452",
        commands: rcpt.clone(),
        ..Facts::default()
    };
    let b = Facts {
        id: "552",
        commands: vec![
            Request {
                token: "RCPT TO",
                name: "RCPT TO",
                wildcard: false,
            },
            Request {
                token: "end-of-data",
                name: "the end of the message data",
                wildcard: false,
            },
        ],
        ..Facts::default()
    };
    assert_eq!(rules_of(&rules::commands(&a, &b)), ["commands-different"]);
    let a2 = Facts {
        id: "450",
        commands: rcpt,
        ..Facts::default()
    };
    assert_eq!(rules_of(&rules::commands(&a, &a2)), ["commands-same"]);
    let (x, y) = (
        Facts {
            id: "500",
            commands: any.clone(),
            ..Facts::default()
        },
        Facts {
            id: "501",
            commands: any,
            ..Facts::default()
        },
    );
    assert!(rules::commands(&x, &y).is_empty());
    assert!(rules::commands(&a, &Facts::default()).is_empty());
    worded(
        &[
            rules::commands(&a, &b),
            rules::commands(&a, &a2),
            rules::commands(&a, &x),
        ]
        .concat(),
    );
}

#[test]
fn forms_category_and_linked_codes() {
    let a = Facts {
        id: "X.2.2",
        forms: vec![("4.2.2", "4.XXX.XXX"), ("5.2.2", "5.XXX.XXX")],
        linked: vec![("smtp", vec!["452", "552"])],
        ..Facts::default()
    };
    let b = Facts {
        id: "X.1.1",
        forms: vec![("5.1.1", "5.XXX.XXX")],
        linked: vec![("smtp", vec!["550"])],
        ..Facts::default()
    };
    let c = Facts {
        id: "X.2.3",
        forms: vec![("5.2.3", "5.XXX.XXX")],
        linked: vec![("smtp", vec!["552", "452"])],
        ..Facts::default()
    };
    assert_eq!(rules_of(&rules::forms(&a, &b)), ["classes-different"]);
    assert!(rules::forms(&b, &c).is_empty());
    assert_eq!(rules_of(&rules::linked(&a, &b)), ["linked-different"]);
    assert_eq!(rules_of(&rules::linked(&a, &c)), ["linked-same"]);
    let classified = Facts {
        outcome: Some(o("permanent")),
        ..a.clone()
    };
    assert!(
        rules::linked(&classified, &b).is_empty(),
        "the class already says it"
    );
    let (k1, k2) = (
        named("addressing", "X.1.XXX", "addressing"),
        named("mailbox", "X.2.XXX", "mailbox"),
    );
    let (ka, kb) = (
        Facts {
            id: "X.1.1",
            category: Some(&k1),
            ..Facts::default()
        },
        Facts {
            id: "X.2.2",
            category: Some(&k2),
            ..Facts::default()
        },
    );
    assert_eq!(rules_of(&rules::category(&ka, &kb)), ["category-different"]);
    assert!(rules::category(&ka, &ka).is_empty());
    worded(
        &[
            rules::forms(&a, &b),
            rules::linked(&a, &b),
            rules::linked(&a, &c),
            rules::category(&ka, &kb),
        ]
        .concat(),
    );
}

#[test]
fn actors_say_who_differs_and_who_is_shared() {
    let (sender, admin, recipient) = (
        ("sender", "the sender"),
        ("server-admin", "the administrator"),
        ("recipient", "the recipient"),
    );
    let a = Facts {
        id: "452",
        actors: vec![admin, recipient, sender],
        ..Facts::default()
    };
    let b = Facts {
        id: "552",
        actors: vec![admin, recipient],
        ..Facts::default()
    };
    let c = Facts {
        id: "550",
        actors: vec![sender],
        ..Facts::default()
    };
    let nobody = Facts {
        id: "250",
        actors: vec![("nobody", "nobody")],
        ..Facts::default()
    };
    assert_eq!(
        rules::actors(&a, &b),
        vec![Statement::ActorsExtra {
            more: "452",
            fewer: "552",
            extra: vec!["the sender"]
        }]
    );
    assert_eq!(
        rules::actors(&b, &c),
        vec![Statement::ActorsDifferent {
            a: "552",
            a_only: vec!["the administrator", "the recipient"],
            b: "550",
            b_only: vec!["the sender"],
            shared: vec![]
        }]
    );
    let d = Facts {
        id: "554",
        actors: vec![admin, sender],
        ..Facts::default()
    };
    assert!(
        matches!(&rules::actors(&b, &d)[0], Statement::ActorsDifferent { shared, .. } if shared == &vec!["the administrator"])
    );
    assert_eq!(rules_of(&rules::actors(&nobody, &c)), ["actors-nobody"]);
    assert!(rules::actors(&a, &a).is_empty());
    let all = [
        rules::actors(&a, &b),
        rules::actors(&b, &c),
        rules::actors(&b, &d),
        rules::actors(&nobody, &c),
    ]
    .concat();
    for (en, vi) in worded(&all) {
        assert!(!en.contains("  ") && !vi.contains("  "), "{en} / {vi}");
    }
}

#[test]
fn detail_only_when_nothing_else_tells_them_apart() {
    let four = named("4", "4yz", "transient");
    let a = Facts {
        id: "450",
        class: Some(&four),
        outcome: Some(o("transient")),
        ..Facts::default()
    };
    let b = Facts {
        id: "451",
        class: Some(&four),
        outcome: Some(o("transient")),
        ..Facts::default()
    };
    assert_eq!(
        rules_of(&apply(&all_rules(), &a, &b)),
        ["class-same", "detail-only"]
    );
    let retry = Facts {
        id: "552",
        retry_exception: Some("as-transient"),
        ..b.clone()
    };
    assert_eq!(
        rules_of(&apply(&all_rules(), &a, &retry)),
        ["class-same", "retry-exception"]
    );
    worded(&apply(&all_rules(), &a, &retry));
}
