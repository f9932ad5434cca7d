//! Property tests: any code file that loads renders without panic, and any two codes compare
//! without panic into clean sentences, in every locale.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;

use codeatlas::compare::{Side, compare};
use codeatlas::config::{BaseUrl, Config};
use codeatlas::content::{Code, Content, Family, FamilyContent};
use codeatlas::locales::{Locales, Messages};
use codeatlas::render_cache::RenderCache;
use codeatlas::site::Site;
use proptest::prelude::*;

const FAMILY: &str = include_str!("../../content/smtp/_family.yaml");

fn config() -> Config {
    Config {
        base_url: BaseUrl::parse("https://example.org/atlas/").expect("base"),
        default_locale: "en".into(),
        locales: vec!["en".into(), "vi".into()],
        cname: None,
    }
}

/// The built-in locales (an empty site folder has only those).
fn locales() -> &'static Locales {
    static LOCALES: OnceLock<Locales> = OnceLock::new();
    LOCALES.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp");
        Locales::load(&codeatlas::snapshot::Snapshot::read(dir.path()), &config())
            .expect("built-in locales load")
            .value
    })
}

fn family() -> Family {
    Family::parse("smtp", Path::new("_family.yaml"), FAMILY).expect("family")
}

const COMMANDS: [&str; 8] = [
    "EHLO",
    "MAIL FROM",
    "RCPT TO",
    "DATA",
    "end-of-data",
    "VRFY",
    "connection",
    "any",
];
const ACTORS: [&str; 6] = [
    "nobody",
    "client",
    "sender",
    "recipient",
    "sender-admin",
    "server-admin",
];

/// A code file from generated facts and texts (texts may hold any characters).
fn code_yaml(
    code: u16,
    commands: &[usize],
    actors: &[usize],
    title: &str,
    body: &str,
    vi: bool,
) -> String {
    let list = |items: Vec<&str>| {
        items
            .iter()
            .map(|c| format!("'{c}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let q = |s: &str| serde_json::to_string(s).expect("json string is valid YAML");
    let mut out = format!(
        "code: {code}\ncommands: [{}]\nactors: [{}]\ntexts:\n  en:\n    title: {}\n    summary: {}\n    description: {}\n    when: {}\n    fix: {}\n    action: {}\n",
        list(
            commands
                .iter()
                .map(|&i| COMMANDS[i % COMMANDS.len()])
                .collect()
        ),
        list(actors.iter().map(|&i| ACTORS[i % ACTORS.len()]).collect()),
        q(title),
        q(body),
        q(body),
        q(body),
        q(body),
        q(title)
    );
    if vi {
        out.push_str(&format!(
            "  vi:\n    title: {}\n    description: {}\n",
            q(title),
            q(body)
        ));
    }
    out
}

fn code_strategy() -> impl Strategy<Value = (u16, Vec<usize>, Vec<usize>, String, String, bool)> {
    (
        prop::sample::select(vec![211u16, 250, 252, 354, 421, 450, 452, 550, 552, 554]),
        prop::collection::vec(0usize..8, 0..4),
        prop::collection::vec(0usize..6, 0..3),
        "\\PC{0,40}",
        "\\PC{0,200}",
        any::<bool>(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    /// Arbitrary text never makes the loader panic.
    #[test]
    fn the_loader_never_panics(text in "\\PC{0,400}") {
        let _ = Code::parse(&family(), "552", Path::new("552.yaml"), &text, &config().locales);
    }

    /// Any two loadable codes render and compare without panic into clean sentences.
    #[test]
    fn any_two_codes_compare((a, b) in (code_strategy(), code_strategy())) {
        prop_assume!(a.0 != b.0);
        let locales_list = config().locales;
        let parse = |c: &(u16, Vec<usize>, Vec<usize>, String, String, bool)| {
            let yaml = code_yaml(c.0, &c.1, &c.2, &c.3, &c.4, c.5);
            Code::parse(&family(), &c.0.to_string(), Path::new("x.yaml"), &yaml, &locales_list)
        };
        let (Ok(ca), Ok(cb)) = (parse(&a), parse(&b)) else {
            // Texts the loader refuses (e.g. empty required ones) are errors, not panics.
            return Ok(());
        };
        let (fc, _) = FamilyContent::new(family(), vec![ca, cb], HashSet::new());
        let content = Content::new(vec![fc], BTreeMap::new());
        let site = Site::new(&content, &locales_list);
        let config = config();
        let (cache, _) = RenderCache::build(&site, locales(), &config);
        for (l, lang) in locales_list.iter().enumerate() {
            let fc = &content.families[0];
            let result = compare(
                &Messages::new(locales(), lang),
                Side { family: &fc.family, code: &fc.codes[0], view: &cache.get(l, 0, 0).view },
                Side { family: &fc.family, code: &fc.codes[1], view: &cache.get(l, 0, 1).view },
            );
            prop_assert!(!result.differences.is_empty());
            for s in &result.differences {
                prop_assert!(s.text.ends_with('.'), "{}", s.text);
                prop_assert!(!s.text.contains('{') && !s.text.contains('\u{2068}'), "{}", s.text);
            }
        }
    }
}
