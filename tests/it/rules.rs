//! Tests of the comparison rules: each fires when it should and only then, in both locales, and
//! the sentences are grammatical (no doubled words, no stray capitals, no English in Vietnamese).

use std::path::Path;

use codeatlas::compare::{Comparison, Side, compare};
use codeatlas::config::Config;
use codeatlas::locales::{Locales, Messages};
use codeatlas::render_cache::RenderCache;
use codeatlas::site::Site;
use codeatlas::snapshot::Snapshot;

const FAMILY: &str = include_str!("../../content/smtp/_family.yaml");

/// A code file with the given structured fields and minimal texts in both locales.
fn code(id: &str, fields: &str) -> String {
    format!(
        "code: {id}\n{fields}\ntexts:\n  en:\n    title: Title {id}\n    summary: Summary.\n    description: D.\n    when: W.\n    fix: F.\n    action: Act.\n  vi:\n    title: Tiêu đề {id}\n    summary: Tóm tắt.\n    description: Mô tả.\n    when: Khi.\n    fix: Sửa.\n    action: Làm.\n"
    )
}

struct TestSite {
    _dir: tempfile::TempDir,
    root: std::path::PathBuf,
}

fn site(files: &[(&str, String)]) -> TestSite {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    let write = |rel: &str, text: &str| {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    write("site.yaml", "locales: [en, vi]\n");
    write(
        "content/references.yaml",
        "rfcs:\n  5321: Simple Mail Transfer Protocol\n",
    );
    write("content/smtp/_family.yaml", FAMILY);
    for (rel, text) in files {
        write(rel, text);
    }
    TestSite { _dir: dir, root }
}

/// Compares codes `a` and `b` of family `fam` in `lang`.
fn run(site: &TestSite, fam: &str, a: &str, b: &str, lang: &str) -> Comparison {
    let snapshot = Snapshot::read(&site.root);
    let config = Config::load(&snapshot, None).unwrap().value;
    let mut locales = Locales::load(&snapshot, &config).unwrap().value;
    let content = codeatlas::content::load(&snapshot, &config.locales)
        .unwrap_or_else(|e| panic!("{e:?}"))
        .value;
    codeatlas::commands::build::share_wording(&mut locales, &content);
    let s = Site::new(&content, &config.locales);
    let (cache, _) = RenderCache::build(&s, &locales, &config);
    let f = content
        .families
        .iter()
        .position(|x| x.family.id == fam)
        .unwrap();
    let fc = &content.families[f];
    let (ia, ib) = (fc.resolve(a).unwrap(), fc.resolve(b).unwrap());
    let l = config.locales.iter().position(|x| x == lang).unwrap();
    let say = Messages::for_family(&locales, lang, fam);
    let comparison = compare(
        &say,
        Side {
            family: &fc.family,
            code: &fc.codes[ia],
            view: &cache.get(l, f, ia).view,
        },
        Side {
            family: &fc.family,
            code: &fc.codes[ib],
            view: &cache.get(l, f, ib).view,
        },
    );
    let unformatted = say.into_problems();
    assert!(unformatted.is_empty(), "messages missing: {unformatted:?}");
    comparison
}

fn rules(c: &Comparison) -> Vec<&'static str> {
    c.differences.iter().map(|s| s.rule).collect()
}

/// The sentence a rule wrote; the test fails when the rule did not fire.
fn sentence<'c>(c: &'c Comparison, rule: &str) -> &'c str {
    match c.differences.iter().find(|d| d.rule == rule) {
        Some(d) => &d.text,
        None => panic!("rule {rule} did not fire; fired: {:?}", rules(c)),
    }
}

fn smtp_site() -> TestSite {
    site(&[
        (
            "content/smtp/250.yaml",
            code("250", "commands: [RCPT TO, end-of-data]\nactors: [nobody]"),
        ),
        (
            "content/smtp/251.yaml",
            code("251", "commands: [RCPT TO]\nactors: [nobody]"),
        ),
        (
            "content/smtp/252.yaml",
            code("252", "commands: [VRFY]\nactors: [nobody]"),
        ),
        (
            "content/smtp/354.yaml",
            code("354", "commands: [DATA]\nactors: [client]"),
        ),
        (
            "content/smtp/421.yaml",
            code("421", "commands: [any]\nactors: [client]"),
        ),
        (
            "content/smtp/450.yaml",
            code(
                "450",
                "commands: [RCPT TO]\nactors: [client]\ncounterpart: 550",
            ),
        ),
        (
            "content/smtp/452.yaml",
            code(
                "452",
                "commands: [RCPT TO]\nactors: [client]\ncounterpart: 552",
            ),
        ),
        (
            "content/smtp/550.yaml",
            code(
                "550",
                "commands: [RCPT TO]\nactors: [sender]\ncounterpart: 450",
            ),
        ),
        (
            "content/smtp/551.yaml",
            code("551", "commands: [RCPT TO]\nactors: [sender]"),
        ),
        (
            "content/smtp/552.yaml",
            code(
                "552",
                "commands: [RCPT TO, end-of-data]\nactors: [recipient, server-admin]\ncounterpart: 452\nretry: as-transient",
            ),
        ),
    ])
}

#[test]
fn class_sentence_different_or_same_never_both() {
    let s = smtp_site();
    let c = run(&s, "smtp", "252", "552", "en");
    assert_eq!(
        c.differences[0].text,
        "252 is a 2xx positive completion reply, while 552 is a 5xx permanent negative completion reply."
    );
    assert!(!rules(&c).contains(&"class-same"));
    let c = run(&s, "smtp", "550", "552", "en");
    assert!(rules(&c).contains(&"class-same"));
    assert!(!rules(&c).contains(&"class-different"));
    assert!(
        c.differences
            .iter()
            .any(|d| d.text == "Both 550 and 552 are 5xx permanent negative completion replies.")
    );
    let vi = run(&s, "smtp", "550", "552", "vi");
    assert!(
        vi.differences
            .iter()
            .any(|d| d.text == "Cả 550 và 552 đều là phản hồi lỗi vĩnh viễn (5xx).")
    );
}

#[test]
fn counterpart_fires_only_for_counterparts_and_comes_first() {
    let s = smtp_site();
    let c = run(&s, "smtp", "452", "552", "en");
    assert_eq!(c.differences[0].rule, "counterpart");
    assert!(
        c.differences[0]
            .text
            .starts_with("452 is the temporary counterpart of 552")
    );
    let vi = run(&s, "smtp", "452", "552", "vi");
    assert!(
        vi.differences[0]
            .text
            .starts_with("452 là mã tạm thời tương ứng với 552")
    );
    for (a, b) in [
        ("450", "552"),
        ("252", "552"),
        ("550", "552"),
        ("421", "550"),
    ] {
        assert!(
            !rules(&run(&s, "smtp", a, b, "en")).contains(&"counterpart"),
            "{a} vs {b}"
        );
    }
}

#[test]
fn outcome_sentence_only_when_outcomes_differ() {
    let s = smtp_site();
    let c = run(&s, "smtp", "452", "552", "en");
    assert_eq!(
        sentence(&c, "outcome"),
        "After 452 a sending client keeps the message and retries later; after 552 it should not repeat the same request unchanged."
    );
    assert!(rules(&run(&s, "smtp", "250", "354", "en")).contains(&"outcome"));
    assert!(!rules(&run(&s, "smtp", "550", "551", "en")).contains(&"outcome"));
    assert!(!rules(&run(&s, "smtp", "450", "452", "en")).contains(&"outcome"));
}

#[test]
fn retry_exception_for_552_only() {
    let s = smtp_site();
    assert!(rules(&run(&s, "smtp", "252", "552", "en")).contains(&"retry-exception"));
    assert!(!rules(&run(&s, "smtp", "450", "550", "en")).contains(&"retry-exception"));
}

#[test]
fn command_sentences() {
    let s = smtp_site();
    let c = run(&s, "smtp", "252", "552", "en");
    assert_eq!(
        sentence(&c, "commands-different"),
        "252 is a reply to VRFY, while 552 is a reply to RCPT TO or the end of the message data."
    );
    let vi = run(&s, "smtp", "252", "552", "vi");
    assert_eq!(
        sentence(&vi, "commands-different"),
        "252 là phản hồi cho VRFY, còn 552 là phản hồi cho RCPT TO hoặc phần kết thúc dữ liệu thư."
    );
    let same = run(&s, "smtp", "550", "551", "en");
    assert!(rules(&same).contains(&"commands-same"));
    assert!(!rules(&same).contains(&"commands-different"));
}

#[test]
fn category_sentence_only_when_categories_differ() {
    let s = smtp_site();
    let c = run(&s, "smtp", "421", "552", "en");
    assert_eq!(
        sentence(&c, "category-different"),
        "421 belongs to the connections category (x2z), while 552 belongs to the mail system category (x5z)."
    );
    assert!(!rules(&run(&s, "smtp", "452", "552", "en")).contains(&"category-different"));
}

#[test]
fn actor_sentences() {
    let s = smtp_site();
    let c = run(&s, "smtp", "252", "552", "en");
    assert_eq!(
        sentence(&c, "actors-nobody"),
        "252 asks nothing of anyone, while 552 needs the recipient and the receiving server's administrator to act."
    );
    let vi = run(&s, "smtp", "252", "552", "vi");
    assert!(vi.differences.iter().any(|d| d.text == "252 không đòi hỏi ai phải làm gì, còn 552 cần người nhận và quản trị viên máy chủ nhận xử lý."));
    let c = run(&s, "smtp", "450", "550", "en");
    assert_eq!(
        sentence(&c, "actors-different"),
        "Only 450 calls on the sending software to act; only 550 calls on the sender."
    );
    let c = run(&s, "smtp", "452", "552", "vi");
    assert_eq!(
        sentence(&c, "actors-different"),
        "Chỉ 452 cần phần mềm gửi thư xử lý; chỉ 552 cần người nhận và quản trị viên máy chủ nhận xử lý."
    );
    // Who both call on is said too, so that "only 452 …" does not read as "452 calls on no one else".
    let shared = site(&[
        (
            "content/smtp/452.yaml",
            code("452", "actors: [client, server-admin, recipient]"),
        ),
        (
            "content/smtp/552.yaml",
            code("552", "actors: [sender, recipient, server-admin]"),
        ),
    ]);
    assert_eq!(
        sentence(
            &run(&shared, "smtp", "452", "552", "en"),
            "actors-different"
        ),
        "Both 452 and 552 call on the receiving server's administrator and the recipient to act; only 452 also calls on the sending software, and only 552 on the sender."
    );
    assert_eq!(
        sentence(
            &run(&shared, "smtp", "452", "552", "vi"),
            "actors-different"
        ),
        "Cả 452 và 552 đều cần quản trị viên máy chủ nhận và người nhận xử lý; chỉ 452 cần thêm phần mềm gửi thư, và chỉ 552 cần thêm người gửi."
    );
    // Basic codes have classes: the codes they travel with are facts, not key differences.
    assert!(
        !rules(&run(&s, "smtp", "450", "550", "en"))
            .iter()
            .any(|r| r.starts_with("linked"))
    );
    assert!(
        !rules(&run(&s, "smtp", "550", "551", "en"))
            .iter()
            .any(|r| r.starts_with("actors"))
    );
}

#[test]
fn a_pair_that_differs_only_in_detail_says_so() {
    let s = smtp_site();
    let c = run(&s, "smtp", "550", "551", "en");
    assert_eq!(
        rules(&c),
        vec!["class-same", "commands-same", "detail-only"]
    );
    assert!(!rules(&run(&s, "smtp", "252", "552", "en")).contains(&"detail-only"));
}

#[test]
fn when_to_use_which_follows_the_outcomes_and_actors() {
    let s = smtp_site();
    let c = run(&s, "smtp", "452", "552", "en");
    assert_eq!(
        c.which_intro,
        "Wait and let the client retry after 452; after 552, change something first. 552 has an exception to this: see its retry advice below."
    );
    assert_eq!(c.guidance[0].who, "Who acts on 452: the sending software.");
    assert_eq!(
        c.guidance[1].who,
        "Who acts on 552: the recipient and the receiving server's administrator."
    );
    let c = run(&s, "smtp", "250", "252", "vi");
    assert_eq!(
        c.which_intro,
        "Cả hai đều báo thành công: không có gì cần sửa."
    );
    assert_eq!(c.guidance[0].who, "Khi nhận 250, không ai cần làm gì.");
}

/// Words that may appear in any locale: codes, commands, labels.
fn is_token(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
        || word.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

#[test]
fn every_sentence_of_every_pair_is_clean_in_both_locales() {
    let s = smtp_site();
    let ids = [
        "250", "251", "252", "354", "421", "450", "452", "550", "551", "552",
    ];
    let english = [
        "the", "while", "is", "reply", "replies", "both", "and", "or", "after", "request",
        "client", "who", "acts",
    ];
    for (i, a) in ids.iter().enumerate() {
        for b in &ids[i + 1..] {
            for lang in ["en", "vi"] {
                let c = run(&s, "smtp", a, b, lang);
                let mut sentences: Vec<&str> =
                    c.differences.iter().map(|d| d.text.as_str()).collect();
                sentences.push(&c.which_intro);
                sentences.extend(c.guidance.iter().map(|g| g.who.as_str()));
                let sentences: Vec<&str> = sentences
                    .iter()
                    .flat_map(|t| t.split_inclusive(". "))
                    .map(str::trim)
                    .collect();
                for text in sentences {
                    assert!(text.ends_with('.'), "{lang} {a}/{b}: no full stop: {text}");
                    assert!(!text.contains('{') && !text.contains('\u{2068}'), "{text}");
                    let words: Vec<&str> = text
                        .split(|c: char| !c.is_alphanumeric() && c != '.')
                        .filter(|w| !w.is_empty())
                        .collect();
                    for pair in words.windows(2) {
                        assert!(
                            !pair[0].eq_ignore_ascii_case(pair[1]) || is_token(pair[0]),
                            "{lang} {a}/{b}: doubled word in: {text}"
                        );
                    }
                    // After the first word, a capital letter starts only codes, commands and labels.
                    for w in words.iter().skip(1) {
                        let w = w.trim_end_matches('.');
                        if w.chars().next().is_some_and(char::is_uppercase) {
                            assert!(
                                is_token(w),
                                "{lang} {a}/{b}: stray capital `{w}` in: {text}"
                            );
                        }
                    }
                    if lang == "vi" {
                        for w in &words {
                            assert!(
                                !english.contains(&w.to_lowercase().as_str()),
                                "{a}/{b}: English `{w}` in: {text}"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn enhanced_codes_compare_by_subject_forms_and_basic_codes() {
    let enhanced = include_str!("../../content/smtp-enhanced/_family.yaml");
    let s = site(&[
        ("content/smtp-enhanced/_family.yaml", enhanced.to_string()),
        (
            "content/smtp-enhanced/x.2.2.yaml",
            code("X.2.2", "classes: [4, 5]\nlinked:\n  smtp: [552, 452]"),
        ),
        (
            "content/smtp-enhanced/x.1.1.yaml",
            code("X.1.1", "classes: [5]\nlinked:\n  smtp: [550]"),
        ),
        ("content/smtp/550.yaml", code("550", "")),
        (
            "content/smtp/552.yaml",
            code("552", "linked:\n  smtp-enhanced: [5.2.2]"),
        ),
        ("content/smtp/452.yaml", code("452", "")),
    ]);
    let c = run(&s, "smtp-enhanced", "X.1.1", "X.2.2", "en");
    assert_eq!(
        rules(&c),
        vec![
            "classes-different",
            "category-different",
            "linked-different"
        ]
    );
    assert_eq!(
        c.differences[0].text,
        "X.1.1 is only sent as 5.1.1, while X.2.2 can be sent as 4.2.2 or 5.2.2."
    );
    assert_eq!(
        c.differences[1].text,
        "X.1.1 belongs to the addressing status category (X.1.XXX), while X.2.2 belongs to the mailbox status category (X.2.XXX)."
    );
    assert_eq!(
        c.differences[2].text,
        "X.1.1 travels with 550, while X.2.2 travels with 452 or 552."
    );
    // A concrete code resolves to its page's code.
    let via_alias = run(&s, "smtp-enhanced", "5.1.1", "4.2.2", "en");
    assert_eq!(via_alias.differences, c.differences);
    let _ = Path::new("");
}
