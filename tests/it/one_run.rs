//! Every problem is reported in one run: an error in one file does not hide the errors of
//! another (a broken family file those of its code files, an unknown related code a broken
//! internal link, a content error a locale error), through `build` and `check` alike, and nothing
//! is written.

use crate::harness::Fixture;

/// A file of the site with `from` replaced by `to` (which must be there).
fn edit(f: &Fixture, rel: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(f.root().join(rel)).expect("read");
    assert!(text.contains(from), "{rel} has no `{from}`");
    f.write(rel, &text.replacen(from, to, 1));
}

/// Runs the binary; returns the exit code and what it printed (stdout and stderr).
fn run(f: &Fixture, command: &str) -> (Option<i32>, String) {
    let out = f.run(&[command]);
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), printed)
}

/// `build` and `check` both exit 1 naming every `expected` text and none of `absent`, and
/// neither writes the output folder.
fn fails_with_all(f: &Fixture, expected: &[&str], absent: &[&str]) {
    for command in ["check", "build"] {
        let (code, printed) = run(f, command);
        assert_eq!(code, Some(1), "{command}:\n{printed}");
        for text in expected {
            assert!(
                printed.contains(text),
                "{command}: no `{text}` in:\n{printed}"
            );
        }
        for text in absent {
            assert!(
                !printed.contains(text),
                "{command}: `{text}` in:\n{printed}"
            );
        }
        assert!(!f.out().exists(), "{command} wrote the output folder");
    }
}

/// The family file has an unknown field; 452 has one too, 552 lacks a required text and still
/// has a placeholder section, and 252 has `related` of the wrong type.
fn break_family_and_codes(f: &Fixture) {
    edit(
        f,
        "content/smtp/_family.yaml",
        "name: SMTP\n",
        "name: SMTP\ncolour: red\n",
    );
    edit(
        f,
        "content/smtp/452.yaml",
        "actors: [client]\n",
        "actors: [client]\nbogus: 1\n",
    );
    edit(f, "content/smtp/252.yaml", "related: [552]", "related: 552");
    let path = "content/smtp/552.yaml";
    let text = std::fs::read_to_string(f.root().join(path)).expect("read 552");
    let section = text.find("section: '").expect("a section") + "section: '".len();
    let end = section + text[section..].find('\'').expect("quoted");
    let mut text = format!("{}0.0{}", &text[..section], &text[end..]);
    // A family-dependent mistake: with the family broken, it cannot be checked (and must not be
    // reported as if the family had no requests).
    text = text.replacen("commands: [", "commands: [NOPE, ", 1);
    let fix = text.find("\n    fix: |").expect("an English fix");
    let after = fix + 1 + text[fix + 1..].find("\n    action:").expect("an action");
    text.replace_range(fix..after, "");
    f.write(path, &text);
}

#[test]
fn a_broken_family_file_does_not_hide_the_errors_of_its_code_files() {
    let f = Fixture::new("basic");
    break_family_and_codes(&f);
    let problems = f.build().expect_err("the build must fail").0;
    let at = |path: &str, message: &str| {
        problems
            .iter()
            .find(|d| d.path.ends_with(path) && d.message.contains(message))
            .map(|d| (d.line, d.col))
            .unwrap_or_else(|| panic!("no `{message}` in {path}: {problems:#?}"))
    };
    assert_eq!(at("_family.yaml", "unknown field `colour`"), (5, 1));
    assert_eq!(at("452.yaml", "unknown field `bogus`"), (4, 1));
    assert_eq!(at("252.yaml", "invalid type"), (4, 10));
    let (line, col) = at("552.yaml", "`section: '0.0'` is a placeholder");
    assert!(line > 0 && col > 0, "{problems:#?}");
    let (line, col) = at("552.yaml", "`texts.en.fix` is missing or empty");
    assert!(line > 0 && col > 0, "{problems:#?}");
    assert_eq!(
        problems.iter().filter(|d| d.is_error()).count(),
        5,
        "{problems:#?}"
    );
    fails_with_all(
        &f,
        &[
            "content/smtp/_family.yaml:5:1",
            "content/smtp/452.yaml:4:1",
            "content/smtp/252.yaml:4:10",
            "is a placeholder",
            "`texts.en.fix` is missing or empty",
        ],
        &["NOPE", "unknown request", "does not exist"],
    );
}

#[test]
fn code_files_without_a_family_file_are_still_checked() {
    let f = Fixture::new("basic");
    std::fs::remove_file(f.root().join("content/smtp/_family.yaml")).expect("remove");
    edit(
        &f,
        "content/smtp/452.yaml",
        "actors: [client]\n",
        "actors: [client]\nbogus: 1\n",
    );
    edit(&f, "content/smtp/552.yaml", "rfc: 5321", "rfc: 9999");
    fails_with_all(
        &f,
        &[
            "has no _family.yaml",
            "content/smtp/452.yaml:4:1",
            "RFC 9999 is not listed",
        ],
        &["unknown actor"],
    );
}

#[test]
fn an_unknown_related_code_does_not_hide_a_broken_internal_link() {
    let f = Fixture::new("basic");
    edit(
        &f,
        "content/smtp/252.yaml",
        "related: [552]",
        "related: [552, 999]",
    );
    edit(&f, "content/smtp/452.yaml", "(@/smtp/552)", "(@/smtp/998)");
    let problems = f.build().expect_err("the build must fail").0;
    let related = problems
        .iter()
        .find(|d| d.message.contains("related code `999` does not exist"))
        .unwrap_or_else(|| panic!("{problems:#?}"));
    assert_eq!((related.line, related.col), (4, 16));
    let link = problems
        .iter()
        .find(|d| {
            d.message
                .contains("internal link `@/smtp/998` names no page")
        })
        .unwrap_or_else(|| panic!("{problems:#?}"));
    assert!(link.path.ends_with("content/smtp/452.yaml"));
    assert_eq!(link.line, 14);
    assert!(link.col > 0);
    let line = format!("content/smtp/452.yaml:14:{}", link.col);
    fails_with_all(
        &f,
        &["content/smtp/252.yaml:4:16", &line, "names no page"],
        &[],
    );
}

#[test]
fn a_locale_error_does_not_hide_a_broken_internal_link() {
    let f = Fixture::new("basic");
    edit(&f, "content/smtp/452.yaml", "(@/smtp/552)", "(@/smtp/998)");
    f.write("locales/vi/extra.ftl", "broken = { $x\n");
    fails_with_all(
        &f,
        &[
            "locales/vi/extra.ftl:2:1",
            "internal link `@/smtp/998` names no page",
        ],
        &[],
    );
}

#[test]
fn a_link_to_a_code_whose_file_failed_is_not_reported_as_broken() {
    let f = Fixture::new("basic");
    // 452 links to 552 and names it as counterpart; 552's own error is the only one.
    edit(
        &f,
        "content/smtp/552.yaml",
        "code: 552\n",
        "code: 552\nbogus: 1\n",
    );
    fails_with_all(
        &f,
        &["content/smtp/552.yaml:2:1", " 1 error(s)"],
        &["names no page", "does not exist"],
    );
}

#[test]
fn family_code_and_locale_errors_are_reported_in_one_run() {
    let f = Fixture::new("basic");
    break_family_and_codes(&f);
    f.write("locales/vi/extra.ftl", "broken = { $x\n");
    fails_with_all(
        &f,
        &[
            "content/smtp/_family.yaml:5:1",
            "content/smtp/452.yaml:4:1",
            "content/smtp/252.yaml:4:10",
            "locales/vi/extra.ftl:2:1",
        ],
        &["NOPE"],
    );
    let (_, printed) = run(&f, "check");
    assert!(printed.contains("check failed: 6 error(s)"), "{printed}");
}

#[test]
fn a_locale_error_does_not_hide_a_template_error() {
    let f = Fixture::new("basic");
    f.write("locales/vi/extra.ftl", "broken = { $x\n");
    f.write(
        "templates/home.html",
        "{% extends \"base.html\" %}{% block main %}{{ t(key=\"home-title\") }}{{ oops(\n",
    );
    fails_with_all(
        &f,
        &["locales/vi/extra.ftl:2:1", "templates/home.html:1:"],
        &["Unknown function `t`"],
    );
}
