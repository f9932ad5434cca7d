//! A family's own wording (`<family>-<id>` messages) and templates (`templates/<family>/…`):
//! used on that family's pages only, with the documented fallback order.

use crate::harness::{Fixture, section};

/// The HTTP fixture with the basic fixture's SMTP family added: two families.
fn two_families() -> Fixture {
    let f = Fixture::new("http");
    let basic = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic");
    for name in ["_family.yaml", "252.yaml", "452.yaml", "552.yaml"] {
        let text = std::fs::read_to_string(basic.join("content/smtp").join(name)).unwrap();
        f.write(&format!("content/smtp/{name}"), &text);
    }
    // The HTTP fixture's references, and the RFC that the SMTP codes cite.
    let references = std::fs::read_to_string(f.root().join("content/references.yaml")).unwrap();
    f.write(
        "content/references.yaml",
        &format!("{references}  5321: Simple Mail Transfer Protocol\n"),
    );
    f
}

const SMTP_WHEN_EN: &str = "When an SMTP server sends this";
const SMTP_WHEN_VI: &str = "Khi máy chủ SMTP gửi mã này";
const SMTP_DIFFERENCES_EN: &str = "Differences, the SMTP way";
const HEADING_FIX_EN: &str = "<h2>How to fix it</h2>";
const SMTP_CLASS_EN: &str =
    "{ $a } and { $b } are SMTP replies of different classes ({ $a_label }, { $b_label }).";

#[test]
fn a_familys_messages_change_its_pages_only() {
    let f = two_families();
    f.write(
        "locales/en/smtp-wording.ftl",
        &format!(
            "smtp-heading-when = {SMTP_WHEN_EN}\nsmtp-compare-class-different = {SMTP_CLASS_EN}\n"
        ),
    );
    f.write(
        "locales/vi/smtp-wording.ftl",
        &format!("smtp-heading-when = {SMTP_WHEN_VI}\n"),
    );
    f.build_ok();
    let smtp = f.page("smtp/552/index.html");
    assert!(section(&smtp, "when").contains(SMTP_WHEN_EN), "{smtp}");
    assert!(!smtp.contains("When you see this code"));
    assert!(section(&f.page("vi/smtp/552/index.html"), "when").contains(SMTP_WHEN_VI));
    let http = f.page("http/200/index.html");
    assert!(
        section(&http, "when").contains("When you see this code"),
        "{http}"
    );
    assert!(!http.contains(SMTP_WHEN_EN));
    // The comparison sentences (made in Rust) follow the family's words too.
    let compare = f.page("smtp/252-vs-552/index.html");
    assert!(
        section(&compare, "differences")
            .contains("252 and 552 are SMTP replies of different classes (2xx, 5xx)."),
        "{}",
        section(&compare, "differences")
    );
    let http_compare = f.page("http/404-vs-503/index.html");
    assert!(
        section(&http_compare, "differences").contains(
            "404 is in class 4xx (client error), while 503 is in class 5xx (server error)."
        ),
    );
}

#[test]
fn a_familys_message_in_the_default_locale_comes_before_a_plain_translation() {
    let f = two_families();
    // Scoped in English only: Vietnamese SMTP pages show it (the family's own wording beats a
    // generic translation), Vietnamese HTTP pages keep the plain Vietnamese heading.
    f.write(
        "locales/en/smtp-wording.ftl",
        &format!(
            "smtp-heading-when = {SMTP_WHEN_EN}\nsmtp-heading-differences = {SMTP_DIFFERENCES_EN}\n"
        ),
    );
    // Scoped in Vietnamese only: English pages keep the plain English message.
    f.write(
        "locales/vi/smtp-wording.ftl",
        "smtp-heading-fix = Cách xử lý mã SMTP này\n",
    );
    f.build_ok();
    let vi = f.page("vi/smtp/552/index.html");
    assert!(section(&vi, "when").contains(SMTP_WHEN_EN), "{vi}");
    assert!(
        section(&vi, "fix").contains("Cách xử lý mã SMTP này"),
        "{vi}"
    );
    assert!(
        section(&f.page("vi/smtp/252-vs-552/index.html"), "differences")
            .contains(SMTP_DIFFERENCES_EN)
    );
    assert!(section(&f.page("vi/http/200/index.html"), "when").contains("Khi bạn thấy mã này"));
    let en = f.page("smtp/552/index.html");
    assert!(section(&en, "fix").contains(HEADING_FIX_EN), "{en}");
    assert!(!en.contains("Cách xử lý"), "{en}");
}

#[test]
fn a_familys_template_is_used_for_its_pages_only() {
    let f = two_families();
    f.write(
        "locales/en/smtp-wording.ftl",
        &format!("smtp-heading-when = {SMTP_WHEN_EN}\n"),
    );
    f.write(
        "templates/smtp/code.html",
        "{% extends \"base.html\" %}{% block main %}<p class=\"smtp-own\">{{ code.id }}|\
         {{ t(key=\"heading-when\") }}|{{ msg[\"heading-when\"] }}|\
         {{ t(key=\"heading-when\", lang=\"vi\") }}</p>{% endblock main %}",
    );
    f.build_ok();
    let smtp = f.page("smtp/552/index.html");
    assert!(
        smtp.contains(&format!(
            "<p class=\"smtp-own\">552|{SMTP_WHEN_EN}|{SMTP_WHEN_EN}|{SMTP_WHEN_EN}</p>"
        )),
        "{smtp}"
    );
    assert!(!f.page("http/200/index.html").contains("smtp-own"));
    assert!(!f.page("smtp/252-vs-552/index.html").contains("smtp-own"));
    // The family index and comparison pages still use the generic templates.
    assert!(f.page("smtp/index.html").contains("552"));
}

#[test]
fn an_error_in_a_familys_template_points_at_its_file() {
    let f = two_families();
    f.write(
        "templates/smtp/compare.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ t(key=\"no-such-message\") }}\n{% endblock main %}",
    );
    let err = f.build().err().map(|d| d.to_string()).unwrap_or_default();
    assert!(err.contains("templates/smtp/compare.html:3:"), "{err}");
    assert!(err.contains("no-such-message"), "{err}");
}

#[test]
fn check_passes_a_site_with_family_wording_and_templates() {
    let f = two_families();
    f.write(
        "locales/en/smtp-wording.ftl",
        &format!(
            "smtp-heading-when = {SMTP_WHEN_EN}\nsmtp-heading-differences = {SMTP_DIFFERENCES_EN}\n"
        ),
    );
    f.write(
        "locales/vi/smtp-wording.ftl",
        &format!("smtp-heading-when = {SMTP_WHEN_VI}\n"),
    );
    f.write(
        "templates/smtp/family.html",
        "{% extends \"family.html\" %}",
    );
    f.write(
        "templates/smtp/code.html",
        "{% extends \"base.html\" %}{% block main %}{{ msg[\"heading-when\"] }} \
         {{ msg[\"smtp-heading-when\"] }} {{ t(key=\"smtp-heading-when\") }}{% endblock main %}",
    );
    f.write("templates/smtpp/code.html", "{% extends \"code.html\" %}");
    let out = f.run(&["check"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("template asks for message"), "{stderr}");
    assert!(
        stderr.contains("no family `smtpp`, so no page uses this template"),
        "{stderr}"
    );
    assert!(!stderr.contains("no family `smtp`,"), "{stderr}");
    // A family's message missing in a locale is reported like any other.
    assert!(stderr.contains("smtp-heading-differences"), "{stderr}");
}

#[test]
fn a_site_locale_file_named_like_a_built_in_one_overrides_message_by_message() {
    let f = Fixture::new("basic");
    // One message in a site file that has the built-in file's name: the rest of the built-in
    // file still applies.
    f.write("locales/en/main.ftl", "footer-about = Our own footer.\n");
    f.build_ok();
    let page = f.page("smtp/552/index.html");
    assert!(
        page.contains("Our own footer."),
        "the site's message is used"
    );
    assert!(
        page.contains("When you see this code"),
        "the built-in messages stay"
    );
    let out = f.run(&["check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
