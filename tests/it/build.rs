//! Building the fixture site: pages, headings, sentences, escaping, fallback, determinism.

use crate::harness::{Fixture, section, snapshot};

#[test]
fn writes_code_and_comparison_pages_in_both_locales() {
    let f = Fixture::new("basic");
    let summary = f.build_ok();
    // 3 codes, 3 pairs (+3 redirects), home, decode page and family index, per locale.
    assert_eq!(summary.pages, 2 * (1 + 1 + 1 + 3 + 3 + 3));
    for rel in [
        "index.html",
        "vi/index.html",
        "decode/index.html",
        "vi/decode/index.html",
        "smtp/index.html",
        "vi/smtp/index.html",
        "smtp/252/index.html",
        "vi/smtp/252/index.html",
        "smtp/252-vs-552/index.html",
        "vi/smtp/252-vs-552/index.html",
        "style.css",
        "sitemap.xml",
        "robots.txt",
        "404.html",
    ] {
        assert!(f.out().join(rel).is_file(), "{rel} missing");
    }
}

#[test]
fn code_page_has_sections_with_stable_ids_and_headings() {
    let f = Fixture::new("basic");
    f.build_ok();
    let en = f.page("smtp/252/index.html");
    for id in ["description", "when", "fix", "learn-more"] {
        assert!(
            en.contains(&format!("<section id=\"{id}\">")),
            "en: no section {id}"
        );
    }
    assert!(en.contains("<h2>Description</h2>"));
    let vi = f.page("vi/smtp/252/index.html");
    assert!(vi.contains("<html lang=\"vi\">"));
    for heading in [
        "Mô tả",
        "Khi bạn thấy mã này",
        "Cách khắc phục",
        "Tìm hiểu thêm",
    ] {
        assert!(
            vi.contains(&format!("<h2>{heading}</h2>")),
            "vi: no heading {heading}"
        );
    }
    assert!(vi.contains("Không thể xác minh người dùng"));
}

#[test]
fn comparison_page_has_the_class_sentence_and_vietnamese_headings() {
    let f = Fixture::new("basic");
    f.build_ok();
    let en = f.page("smtp/252-vs-552/index.html");
    let differences = section(&en, "differences");
    assert!(
        differences.contains("252 is a 2xx positive completion reply, while 552 is a 5xx permanent negative completion reply."),
        "{differences}"
    );
    for id in ["differences", "description", "when", "which", "learn-more"] {
        assert!(
            en.contains(&format!("<section id=\"{id}\">")),
            "no section {id}"
        );
    }
    assert!(en.contains("href=\"/atlas/smtp/252/\"") && en.contains("href=\"/atlas/smtp/552/\""));
    let vi = f.page("vi/smtp/252-vs-552/index.html");
    for heading in [
        "Sự khác biệt chính",
        "Khi nào dùng cái nào",
        "Tìm hiểu thêm",
        "Mô tả",
        "Khi bạn thấy mã này",
    ] {
        assert!(
            vi.contains(&format!("<h2>{heading}</h2>")),
            "vi: no heading {heading}"
        );
    }
    assert!(section(&vi, "differences").contains(
        "252 là phản hồi hoàn tất thành công (2xx), còn 552 là phản hồi lỗi vĩnh viễn (5xx)."
    ));
}

#[test]
fn same_class_pairs_say_so() {
    let f = Fixture::new("basic");
    f.write(
        "content/smtp/550.yaml",
        &std::fs::read_to_string(f.root().join("content/smtp/552.yaml"))
            .unwrap()
            .replace("code: 552", "code: 550")
            .replace("counterpart: 452\n", "")
            .replace("retry: as-transient\n", ""),
    );
    f.build_ok();
    let en = f.page("smtp/550-vs-552/index.html");
    assert!(
        en.contains("Both 550 and 552 are 5xx permanent negative completion replies."),
        "{}",
        section(&en, "differences")
    );
}

#[test]
fn plain_fields_are_escaped() {
    let f = Fixture::new("basic");
    f.build_ok();
    let en = f.page("smtp/552/index.html");
    assert!(
        en.contains("Exceeded storage allocation &lt;&amp;&gt;"),
        "title not escaped"
    );
    assert!(!en.contains("allocation <&>"));
    assert!(en.contains("The mailbox is full &amp; the action was aborted."));
}

#[test]
fn missing_vietnamese_texts_fall_back_to_english_marked_as_such() {
    let f = Fixture::new("basic");
    f.build_ok();
    let vi = f.page("vi/smtp/552/index.html");
    assert!(vi.contains("Requested mail action aborted: exceeded storage allocation."));
    assert!(
        vi.contains("<div class=\"text\" lang=\"en\">"),
        "fallback text not marked lang=en"
    );
    assert!(vi.contains("Đoạn này chưa được dịch"));
    // 452 has Vietnamese texts but no `action`: only that falls back.
    let cmp = f.page("vi/smtp/452-vs-552/index.html");
    assert!(
        cmp.contains("<span lang=\"en\">Let the client retry later.</span>"),
        "{}",
        section(&cmp, "which")
    );
}

#[test]
fn no_unicode_isolation_marks_in_any_page() {
    let f = Fixture::new("basic");
    f.build_ok();
    for (rel, bytes) in snapshot(&f.out()) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "isolation mark in {rel}"
        );
    }
}

#[test]
fn building_twice_gives_identical_bytes() {
    let a = Fixture::new("basic");
    let b = Fixture::new("basic");
    a.build_ok();
    b.build_ok();
    assert_eq!(snapshot(&a.out()), snapshot(&b.out()));
    // A rebuild of the same site writes nothing, not even its marker: every mtime stays put.
    let mtimes = |dir: &std::path::Path| {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path().to_path_buf(),
                    e.metadata().ok().and_then(|m| m.modified().ok()),
                )
            })
            .collect::<Vec<_>>()
    };
    let before = mtimes(&a.out());
    std::thread::sleep(std::time::Duration::from_millis(20));
    let again = a.build_ok();
    assert_eq!(again.stats.written, 0, "{:?}", again.stats);
    assert_eq!(mtimes(&a.out()), before);
}

#[test]
fn reversed_comparison_url_redirects_to_the_canonical_one() {
    let f = Fixture::new("basic");
    f.build_ok();
    let html = f.page("smtp/552-vs-252/index.html");
    assert!(
        html.contains(
            "<link rel=\"canonical\" href=\"https://example.org/atlas/smtp/252-vs-552/\">"
        )
    );
    assert!(
        html.contains("<meta http-equiv=\"refresh\" content=\"0; url=/atlas/smtp/252-vs-552/\">")
    );
    assert!(html.contains("location.replace(\"/atlas/smtp/252-vs-552/\" + location.hash)"));
    assert!(html.contains("<title>SMTP 252 vs 552</title>"));
    assert!(html.contains("<a href=\"/atlas/smtp/252-vs-552/\">SMTP 252 vs 552</a>"));
    let vi = f.page("vi/smtp/552-vs-252/index.html");
    assert!(vi.contains("<title>SMTP 252 và 552</title>"));
    assert!(vi.contains("Trang này đã chuyển sang:"));
    let sitemap = f.page("sitemap.xml");
    assert!(sitemap.contains("/smtp/252-vs-552/"));
    assert!(!sitemap.contains("552-vs-252"));
}

#[test]
fn failed_build_leaves_the_previous_output_untouched() {
    let f = Fixture::new("basic");
    f.build_ok();
    let before = snapshot(&f.out());
    f.write("content/smtp/252.yaml", "code: 252\ntexts: [oops\n");
    assert!(f.build().is_err());
    assert_eq!(snapshot(&f.out()), before);
}

#[test]
fn site_files_override_embedded_templates() {
    let f = Fixture::new("basic");
    f.write(
        "templates/home.html",
        "{% extends \"base.html\" %}{% block main %}<p>my own home</p>{% endblock main %}",
    );
    f.build_ok();
    assert!(f.page("index.html").contains("<p>my own home</p>"));
    // The other templates still come from the embedded defaults.
    assert!(
        f.page("smtp/252/index.html")
            .contains("<section id=\"description\">")
    );
}

#[test]
fn a_site_message_overrides_the_built_in_one() {
    let f = Fixture::new("basic");
    f.write("locales/en/custom.ftl", "nav-home = Start\n");
    f.build_ok();
    assert!(
        f.page("smtp/index.html")
            .contains("<a href=\"/atlas/\">Start</a>")
    );
    // Two definitions among the site's own files are still an error.
    f.write("locales/en/custom-b.ftl", "\nnav-home = Begin\n");
    let err = f.build().err().map(|d| d.to_string()).unwrap_or_default();
    assert!(
        err.contains("locales/en/custom.ftl:1:1") || err.contains("locales/en/custom-b.ftl:2:1"),
        "{err}"
    );
}

#[test]
fn a_third_family_needs_only_content_and_locale_files() {
    let f = Fixture::new("http");
    f.build_ok();
    let page = f.page("http/404-vs-503/index.html");
    assert!(
        page.contains(
            "404 is in class 4xx (client error), while 503 is in class 5xx (server error)."
        ),
        "{}",
        section(&page, "differences")
    );
    assert!(f.page("vi/http/index.html").contains("Mã trạng thái HTTP"));
    assert!(f.page("http/200/index.html").contains("HTTP 200"));
}

#[test]
fn rebuilds_write_only_what_changed_and_restore_deleted_files() {
    let f = Fixture::new("basic");
    let first = f.build_ok();
    // Nothing changed: the recorded inputs match, nothing is rendered or written.
    let again = f.run(&["build", "-v"]);
    assert!(again.status.success());
    let log = String::from_utf8_lossy(&again.stderr);
    assert!(
        log.contains("inputs unchanged since the last build"),
        "{log}"
    );
    let summary = String::from_utf8_lossy(&again.stdout);
    assert!(
        summary.contains(&format!("built {} pages into ./public in", first.pages))
            && summary.contains(&format!(
                "(0 files written, {} unchanged, 0 removed)",
                first.stats.written
            )),
        "{summary}"
    );
    // A page deleted from the output is noticed and written again, alone.
    std::fs::remove_file(f.out().join("smtp/552/index.html")).expect("remove");
    let restored = f.build_ok();
    assert_eq!((restored.stats.written, restored.stats.removed), (1, 0));
    assert!(f.out().join("smtp/552/index.html").is_file());
    // Editing one code's English title rewrites the pages that show it and nothing else: the
    // comparison of the two other codes stays as it was.
    let path = f.root().join("content/smtp/552.yaml");
    let yaml = std::fs::read_to_string(&path).expect("read 552");
    let title = "title: Exceeded storage allocation <&>";
    assert!(yaml.contains(title), "{yaml}");
    f.write(
        "content/smtp/552.yaml",
        &yaml.replacen(title, "title: Storage allocation exceeded", 1),
    );
    let before = std::fs::metadata(f.out().join("smtp/252-vs-452/index.html"))
        .and_then(|m| m.modified())
        .expect("mtime");
    let edited = f.build_ok();
    // (552 has no Vietnamese title in this fixture, so its Vietnamese pages change too.)
    assert!(
        edited.stats.written > 0 && edited.stats.written < first.stats.written,
        "{:?} of {:?}",
        edited.stats,
        first.stats
    );
    assert!(
        f.page("smtp/552/index.html")
            .contains("Storage allocation exceeded")
    );
    assert!(
        f.page("smtp/452-vs-552/index.html")
            .contains("Storage allocation exceeded")
    );
    let after = std::fs::metadata(f.out().join("smtp/252-vs-452/index.html"))
        .and_then(|m| m.modified())
        .expect("mtime");
    assert_eq!(before, after);
}

#[test]
fn a_rebuild_shows_the_warnings_again_and_a_new_base_url_rebuilds() {
    let f = Fixture::new("basic");
    f.write("content/smtp/notes.txt", "not a code");
    let first = f.build_ok();
    assert_eq!(first.warnings.len(), 1, "{:?}", first.warnings);
    // The inputs did not change, but a build with warnings is never skipped: they are shown again.
    let again = f.build_ok();
    assert_eq!(again.warnings.len(), 1, "{:?}", again.warnings);
    assert_eq!(again.stats.written, 0);
    // Another --base-url is another input: every page's links change.
    let out = f.run(&["build", "--base-url", "https://example.org/elsewhere"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(f.page("smtp/552/index.html").contains("/elsewhere/"));
}

#[test]
fn a_tampered_marker_cannot_make_a_rebuild_delete_files_outside_the_output() {
    let f = Fixture::new("basic");
    f.build_ok();
    f.write("victim.txt", "keep me");
    let marker = f.out().join(".codeatlas-output");
    let mut text = std::fs::read_to_string(&marker).expect("marker");
    text.push_str("0000000000000000 ../victim.txt\n");
    std::fs::write(&marker, text).expect("write marker");
    // An input changes, so the rebuild takes the full path, which removes stale files.
    let yaml = std::fs::read_to_string(f.root().join("content/smtp/252.yaml")).expect("252");
    f.write("content/smtp/252.yaml", &format!("{yaml}\n"));
    f.build_ok();
    assert_eq!(
        std::fs::read_to_string(f.root().join("victim.txt")).expect("victim"),
        "keep me"
    );
}

#[test]
fn messages_no_locale_can_format_fail_the_build_naming_them() {
    let site = Fixture::new("basic");
    // One needed by the code views, one needed by the pages: both lack an argument.
    site.write(
        "locales/en/override.ftl",
        "reference-rfc-section = RFC { $number } { $nothing }\nhome-title = Codes { $nothing }\n",
    );
    let errors = site.build().expect_err("the build fails");
    for id in ["reference-rfc-section", "home-title"] {
        let error = errors
            .0
            .iter()
            .find(|d| d.message.contains(&format!("message `{id}` in `")))
            .unwrap_or_else(|| panic!("no problem with {id}:\n{errors}"));
        assert_eq!(error.path, std::path::Path::new("locales/en"), "{error}");
        assert!(
            error
                .hint
                .as_deref()
                .is_some_and(|h| h.contains("falls back")),
            "{error}"
        );
    }
}

/// The files of a built site, without codeatlas's own hidden files (marker, parse cache).
fn site_files(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    snapshot(dir)
        .into_iter()
        .filter(|(rel, _)| !rel.starts_with(".codeatlas-"))
        .collect()
}

#[test]
fn the_parse_cache_changes_no_byte_and_a_damaged_one_is_ignored() {
    let f = Fixture::new("basic");
    let cache = f.out().join(".codeatlas-cache");
    let retitle = |fixture: &Fixture, title: &str| {
        let path = fixture.root().join("content/smtp/552.yaml");
        let yaml = std::fs::read_to_string(&path).expect("read 552");
        let line = yaml
            .lines()
            .find(|l| l.trim_start().starts_with("title:"))
            .expect("a title");
        let indent = &line[..line.len() - line.trim_start().len()];
        fixture.write(
            "content/smtp/552.yaml",
            &yaml.replacen(line, &format!("{indent}title: {title}"), 1),
        );
    };
    // What a clean build (no cache) writes for the same inputs.
    let clean = |title: &str| {
        let other = Fixture::new("basic");
        retitle(&other, title);
        other.build_ok();
        site_files(&other.out())
    };
    f.build_ok();
    assert!(!cache.exists(), "a fresh output gets no cache");
    retitle(&f, "First title");
    f.build_ok();
    assert!(cache.is_file(), "a rebuild writes the cache");
    retitle(&f, "Second title");
    f.build_ok();
    assert_eq!(site_files(&f.out()), clean("Second title"));
    // A garbled cache is ignored as a whole.
    std::fs::write(&cache, "garbage").expect("write");
    retitle(&f, "Third title");
    f.build_ok();
    assert_eq!(site_files(&f.out()), clean("Third title"));
    // A changed byte in an entry of a file that did not change: that file is parsed again.
    let bytes = std::fs::read(&cache).expect("read cache");
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let damaged = text.replacen("hides whether", "hides whither", 1);
    assert_ne!(damaged, text, "the cache holds the texts of 252");
    std::fs::write(&cache, damaged).expect("write");
    retitle(&f, "Fourth title");
    f.build_ok();
    assert_eq!(site_files(&f.out()), clean("Fourth title"));
    assert!(f.page("smtp/252/index.html").contains("hides whether"));
}

#[test]
fn a_rebuild_checks_the_links_of_unchanged_texts_against_the_codes_there_are_now() {
    let f = Fixture::new("basic");
    f.build_ok();
    assert!(
        section(&f.page("smtp/452/index.html"), "description").contains("/smtp/552/\">552</a>")
    );
    // 452's file is unchanged (its parse and its links come from the parse cache), but the code
    // its description links to is gone.
    std::fs::remove_file(f.root().join("content/smtp/552.yaml")).expect("remove 552");
    let err = f.build().err().map(|d| d.to_string()).unwrap_or_default();
    assert!(
        err.contains("internal link `@/smtp/552` names no page"),
        "{err}"
    );
    assert!(f.out().join("smtp/552/index.html").is_file());
}
