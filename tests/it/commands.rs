//! `check` and `new`, and snapshots of the diagnostics users see for common mistakes.

use crate::harness::Fixture;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn check_passes_a_good_site_prints_coverage_and_writes_nothing() {
    let f = Fixture::new("basic");
    let out = f.run(&["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("translation coverage"), "{stdout}");
    assert!(stdout.contains("en              18/18 100.0%"), "{stdout}");
    assert!(stdout.contains("vi              11/18  61.1%"), "{stdout}");
    assert!(
        stdout.contains("check passed: 0 error(s), 2 warning(s)"),
        "{stdout}"
    );
    assert!(!f.out().exists(), "check must not write the output folder");
}

#[test]
fn check_strict_fails_on_missing_translations() {
    let f = Fixture::new("basic");
    let out = f.run(&["check", "--strict"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no `vi` text for: title, summary, description, when, fix, action")
    );
}

#[test]
fn check_reports_several_errors_in_one_run() {
    let f = Fixture::new("basic");
    f.write(
        "content/smtp/252.yaml",
        &std::fs::read_to_string(f.root().join("content/smtp/252.yaml"))
            .unwrap()
            .replace("related: [552]", "related: [552, 999]"),
    );
    f.write("content/smtp/452.yaml", "code: 452\ntexts: [\n");
    f.write("locales/vi/extra.ftl", "broken = { $x\n");
    let out = f.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("content/smtp/452.yaml:2:8"), "{err}");
    assert!(err.contains("content/smtp/252.yaml:4:16"), "{err}");
    assert!(err.contains("locales/vi/extra.ftl:2:1"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("check failed"));
}

#[test]
fn check_finds_unknown_template_keys_and_broken_links() {
    let f = Fixture::new("basic");
    f.write(
        "templates/home.html",
        "{% extends \"base.html\" %}{% block main %}{% if false %}{{ t(key=\"no-such-message\") }}{{ msg[\"no-such-label\"] }}{{ msg[\"compare-read-page\"] }}{% endif %}<a href=\"/atlas/nowhere/\">x</a>{% endblock main %}",
    );
    let out = f.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("template asks for message `no-such-message`"),
        "{err}"
    );
    assert!(
        err.contains("template asks for message `no-such-label`"),
        "{err}"
    );
    assert!(
        err.contains("message `compare-read-page` takes arguments"),
        "{err}"
    );
    assert!(err.contains("templates/home.html:1:"), "{err}");
    assert!(
        err.contains("broken link: `/atlas/nowhere/` names no file"),
        "{err}"
    );
    assert!(err.contains("--> index.html:"), "{err}");
}

#[test]
fn new_writes_a_skeleton_with_every_locale_and_refuses_to_overwrite() {
    let f = Fixture::new("basic");
    let out = f.run(&["new", "smtp", "551"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(f.root().join("content/smtp/551.yaml")).unwrap();
    assert!(text.contains("code: 551\n"));
    assert!(text.contains("  en:\n    title: ") && text.contains("  vi:\n    title: "));
    for field in [
        "summary:",
        "description: |",
        "when: |",
        "fix: |",
        "action:",
        "references:",
        "commands:",
        "# fix_admin: |",
    ] {
        assert!(text.contains(field), "no {field} in skeleton");
    }
    let again = f.run(&["new", "smtp", "551"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already exists; nothing was written"));
    let bad = f.run(&["new", "smtp", "651"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(stderr(&bad).contains("`651` is not a valid SMTP code"));
    // The skeleton is refused by the build until it is filled in, with a precise message.
    let build = f.run(&["build"]);
    assert_eq!(build.status.code(), Some(1));
    assert!(stderr(&build).contains("content/smtp/551.yaml"));
}

/// The diagnostics as users see them, for a set of broken inputs.
#[test]
fn diagnostics_snapshots() {
    let cases: [(&str, &str, &str); 6] = [
        (
            "yaml-syntax",
            "content/smtp/252.yaml",
            "code: 252\ncommands: [VRFY\ntexts: {}\n",
        ),
        (
            "unknown-field",
            "content/smtp/252.yaml",
            "code: 252\ncomands: [VRFY]\ntexts: {}\n",
        ),
        (
            "wrong-type",
            "content/smtp/252.yaml",
            "code: 252\nactors: nobody\ntexts: {}\n",
        ),
        (
            "fluent-syntax",
            "locales/en/extra.ftl",
            "fine = ok\nbroken = { $x ]\n",
        ),
        (
            "tera-syntax",
            "templates/code.html",
            "{% extends \"base.html\" %}\n{% block main %}{% if %}{% endblock main %}\n",
        ),
        ("section-decimal", "content/smtp/452.yaml", "__452__"),
    ];
    for (name, rel, text) in cases {
        let f = Fixture::new("basic");
        let text = if text == "__452__" {
            std::fs::read_to_string(f.root().join(rel))
                .unwrap()
                .replace("section: '4.2.2'", "section: 4.10")
        } else {
            text.to_string()
        };
        f.write(rel, &text);
        let out = f.run(&["build"]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        insta::assert_snapshot!(name, stderr(&out));
    }
}

#[test]
fn actors_come_from_the_family_file_and_every_unknown_one_is_reported() {
    let f = Fixture::new("basic");
    let text = std::fs::read_to_string(f.root().join("content/smtp/252.yaml")).expect("read");
    f.write(
        "content/smtp/252.yaml",
        &text.replace("actors: [nobody]", "actors: [sender, mailman, postman]"),
    );
    let out = f.run(&["check"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for (actor, col) in [("mailman", 18), ("postman", 27)] {
        assert!(
            err.contains(&format!("content/smtp/252.yaml:3:{col}")),
            "{actor} not placed:\n{err}"
        );
        assert!(
            err.contains(&format!(
                "unknown actor `{actor}`; the actors of SMTP are: nobody, client, sender, recipient, sender-admin, server-admin"
            )),
            "{err}"
        );
    }
    // Declared in the family file, the same actor is accepted (and needs its name in the locales).
    let family = std::fs::read_to_string(f.root().join("content/smtp/_family.yaml")).expect("read");
    f.write(
        "content/smtp/_family.yaml",
        &family.replace("server-admin]", "server-admin, mailman, postman]"),
    );
    f.write(
        "locales/en/actors.ftl",
        "actor-mailman = the mail carrier\nactor-postman = the postman\n",
    );
    let out = f.run(&["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // A key that cannot make a message id, or one listed twice, is refused in the family file.
    f.write(
        "content/smtp/_family.yaml",
        &family.replace("server-admin]", "server-admin, Mail Man, sender]"),
    );
    let err = stderr(&f.run(&["check"]));
    assert!(err.contains("actor `Mail Man` is not a key"), "{err}");
    assert!(err.contains("actor `sender` is listed twice"), "{err}");
}

#[test]
fn retry_kinds_come_from_the_family_file() {
    let f = Fixture::new("basic");
    let text = std::fs::read_to_string(f.root().join("content/smtp/552.yaml")).expect("read");
    f.write(
        "content/smtp/552.yaml",
        &text.replace("retry: as-transient", "retry: whenever"),
    );
    let err = stderr(&f.run(&["check"]));
    assert!(err.contains("content/smtp/552.yaml:5:8"), "{err}");
    assert!(
        err.contains("unknown retry advice `whenever`; the retry kinds of SMTP are: after-change, as-transient, continue, later, none"),
        "{err}"
    );
    f.write("content/smtp/552.yaml", &text);
    let family = std::fs::read_to_string(f.root().join("content/smtp/_family.yaml")).expect("read");
    f.write(
        "content/smtp/_family.yaml",
        &family.replace(
            "outcome: transient, retry: later",
            "outcome: transient, retry: soon",
        ),
    );
    let err = stderr(&f.run(&["check"]));
    assert!(
        err.contains("retry advice `soon` is not declared under `retry:`"),
        "{err}"
    );
    assert_eq!(
        err.matches("`soon`").count(),
        1,
        "reported once, in the family file: {err}"
    );
}

#[test]
fn requests_come_from_the_family_file() {
    let f = Fixture::new("basic");
    let text = std::fs::read_to_string(f.root().join("content/smtp/252.yaml")).expect("read");
    f.write(
        "content/smtp/252.yaml",
        &text.replace("commands: [VRFY]", "commands: [VRFY, RETRR, not a command]"),
    );
    let err = stderr(&f.run(&["check"]));
    for (token, col) in [("RETRR", 18), ("not a command", 25)] {
        assert!(
            err.contains(&format!(
                "unknown request `{token}`; the requests of SMTP are: connection, HELO"
            )),
            "{err}"
        );
        assert!(
            err.contains(&format!("content/smtp/252.yaml:2:{col}")),
            "{token}: {err}"
        );
    }
    // A wildcard that is not a token is refused in the family file.
    f.write("content/smtp/252.yaml", &text);
    let family = std::fs::read_to_string(f.root().join("content/smtp/_family.yaml")).expect("read");
    f.write(
        "content/smtp/_family.yaml",
        &family.replace("wildcard: any", "wildcard: anything"),
    );
    let err = stderr(&f.run(&["check"]));
    assert!(
        err.contains("the wildcard `anything` is not one of the request tokens"),
        "{err}"
    );
}

#[test]
fn what_a_counterpart_pairs_comes_from_the_family_file() {
    let f = Fixture::new("basic");
    let family = std::fs::read_to_string(f.root().join("content/smtp/_family.yaml")).expect("read");
    let rule = "counterpart: { outcomes: [transient, permanent] }";
    assert!(family.contains(rule));
    // Without a rule, the family has no counterparts.
    f.write("content/smtp/_family.yaml", &family.replace(rule, ""));
    let err = stderr(&f.run(&["check"]));
    assert!(err.contains("SMTP declares no counterparts"), "{err}");
    assert!(err.contains("content/smtp/452.yaml:4:14"), "{err}");
    // `counterpart: {}` pairs any two codes that name each other (HTTP's 301/308 share a class).
    f.write(
        "content/smtp/_family.yaml",
        &family.replace(rule, "counterpart: {}"),
    );
    let text = std::fs::read_to_string(f.root().join("content/smtp/252.yaml")).expect("read");
    f.write(
        "content/smtp/252.yaml",
        &text.replace("related: [552]", "related: [552]\ncounterpart: 552"),
    );
    let out = f.run(&["check"]);
    let err = stderr(&out);
    assert!(!err.contains("opposite"), "{err}");
    // With the rule, 252 (success) cannot pair with 552 (permanent).
    f.write("content/smtp/_family.yaml", &family);
    let err = stderr(&f.run(&["check"]));
    assert!(
        err.contains("counterpart `552` is not the transient/permanent opposite of `252`"),
        "{err}"
    );
}

#[test]
fn an_unknown_outcome_is_named_with_the_allowed_ones() {
    let f = Fixture::new("basic");
    let family = std::fs::read_to_string(f.root().join("content/smtp/_family.yaml")).expect("read");
    f.write(
        "content/smtp/_family.yaml",
        &family.replace("outcome: intermediate", "outcome: pending"),
    );
    let err = stderr(&f.run(&["check"]));
    assert!(
        err.contains("unknown outcome `pending` for class value `positive-intermediate`; the outcomes are: preliminary, success, intermediate, redirect, transient, permanent"),
        "{err}"
    );
    assert!(err.contains("content/smtp/_family.yaml:13:"), "{err}");
    assert!(!err.contains("untagged enum"), "{err}");
}

#[test]
fn a_fresh_skeleton_gets_one_error_per_field_to_fill_all_at_once() {
    let f = Fixture::new("basic");
    assert!(f.run(&["new", "smtp", "559"]).status.success());
    let out = f.run(&["check"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("`rfc: 0` is a placeholder"), "{err}");
    assert!(err.contains("`section: '0.0'` is a placeholder"), "{err}");
    assert!(!err.contains("invalid type"), "{err}");
    let mut lines = Vec::new();
    for field in ["title", "summary", "description", "when", "fix", "action"] {
        let message =
            format!("`texts.en.{field}` is missing or empty\n  --> content/smtp/559.yaml:");
        let at = err
            .find(&message)
            .unwrap_or_else(|| panic!("no error for {field}:\n{err}"));
        let line: String = err[at + message.len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        lines.push(line);
    }
    lines.dedup();
    assert_eq!(
        lines.len(),
        6,
        "each error points at its own field: {lines:?}"
    );
}
