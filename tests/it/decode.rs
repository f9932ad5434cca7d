//! The decode page: one per locale, in the sitemap with its alternates, linked from the header of
//! every kind of page; a family's `decode:` key carried into the lookup index in each locale's
//! words; a pattern a browser would read otherwise named at its line:column of `_family.yaml`.

use crate::harness::Fixture;

fn family(f: &Fixture) -> String {
    std::fs::read_to_string(f.root().join("content/smtp/_family.yaml")).expect("family file")
}

#[test]
fn the_decode_page_is_in_every_locale_and_every_page_links_it() {
    let f = Fixture::new("basic");
    f.build_ok();
    for (lang, prefix) in [("en", ""), ("vi", "vi/")] {
        let page = f.page(&format!("{prefix}decode/index.html"));
        assert!(page.contains(&format!("<html lang=\"{lang}\">")), "{page}");
        for (alt, at) in [("en", ""), ("vi", "vi/"), ("x-default", "")] {
            let link = format!(
                "<link rel=\"alternate\" hreflang=\"{alt}\" href=\"https://example.org/atlas/{at}decode/\">"
            );
            assert!(page.contains(&link), "{link} in {page}");
        }
        assert!(page.contains("<label for=\"decode-input\">"), "{page}");
        assert!(
            page.contains(&format!(
                "data-decode-index=\"/atlas/{prefix}search-index.json\""
            )),
            "{page}"
        );
        assert!(page.contains("aria-live=\"polite\""), "{page}");
        assert!(page.contains("/atlas/decode.js"), "{page}");
        // The header of every kind of page links it (marked on the page itself).
        let link = format!("<a class=\"header-link\" href=\"/atlas/{prefix}decode/\"");
        for rel in [
            "index.html",
            "decode/index.html",
            "smtp/index.html",
            "smtp/552/index.html",
            "smtp/252-vs-552/index.html",
        ] {
            let html = f.page(&format!("{prefix}{rel}"));
            let start = html.find("<header").expect("a header");
            let header = &html[start..html.find("</header>").expect("its end")];
            assert!(header.contains(&link), "{prefix}{rel}: {header}");
            assert_eq!(
                header.contains("aria-current=\"page\">"),
                rel == "decode/index.html",
                "{prefix}{rel}: {header}"
            );
        }
    }
    assert!(f.page("decode/index.html").contains("not sent anywhere"));
    assert!(
        f.page("vi/decode/index.html")
            .contains("không được gửi đi đâu cả")
    );
    let sitemap = std::fs::read_to_string(f.out().join("sitemap.xml")).expect("sitemap");
    for loc in [
        "https://example.org/atlas/decode/",
        "https://example.org/atlas/vi/decode/",
    ] {
        assert!(sitemap.contains(&format!("<loc>{loc}</loc>")), "{sitemap}");
    }
}

#[test]
fn a_familys_decode_key_reaches_the_lookup_index_in_each_locales_words() {
    let f = Fixture::new("basic");
    let decode = "decode:\n  patterns:\n    - 'said:[ \\t]*(?<code>[2-5][0-9]{2})(?:[ -]|$)'\n  fields:\n    - { name: Final-Status, values: [failed] }\n";
    f.write("content/smtp/_family.yaml", &(family(&f) + decode));
    let words = "smtp-decode-report = Transfer report\nsmtp-decode-field-final-status = final state\nsmtp-decode-field-final-status-meaning = What became of it.\nsmtp-decode-field-final-status-failed = it failed\nsmtp-decode-paste = a transcript\n";
    f.write("locales/en/transfer.ftl", words);
    f.build_ok();
    let index = std::fs::read_to_string(f.out().join("search-index.json")).expect("index");
    let index: serde_json::Value = serde_json::from_str(&index).expect("JSON");
    let decode = &index["families"][0]["decode"];
    assert_eq!(
        decode["patterns"][0],
        "said:[ \\t]*(?<code>[2-5][0-9]{2})(?:[ -]|$)"
    );
    assert_eq!(decode["report"], "Transfer report");
    assert_eq!(decode["fields"][0]["name"], "Final-Status");
    assert_eq!(decode["fields"][0]["label"], "final state");
    assert_eq!(decode["fields"][0]["values"][0]["meaning"], "it failed");
    let page = f.page("decode/index.html");
    assert!(
        page.contains("Paste a transcript or a log excerpt."),
        "{page}"
    );
    assert!(
        page.contains("<dt><code>Final-Status</code> (final state)</dt>"),
        "{page}"
    );
    // A field's message missing in every locale fails the build, naming it.
    f.write(
        "locales/en/transfer.ftl",
        "smtp-decode-report = Transfer report\n",
    );
    let err = f.build().err().map(|d| d.to_string()).unwrap_or_default();
    assert!(
        err.contains("no message `decode-field-final-status`"),
        "{err}"
    );
}

#[test]
fn a_pattern_a_browser_reads_otherwise_is_named_at_its_line_and_column() {
    let f = Fixture::new("basic");
    let own = family(&f);
    let first = own.lines().count() + 3;
    let patterns = [
        // (pattern as written, column of the problem, what the message says)
        ("'said: (?P<code>[0-9]{3})'", 14, "write `(?<name>`"),
        ("'x(?<code>\\d{3})'", 17, "write `[0-9]`"),
        ("'it''s (?<code>[0-9]{3}'", 14, "unclosed group"),
        ("'said: ([0-9]{3})'", 8, "no group named `code`"),
        ("\"(?<code>[0-9]+)(?=x)\"", 23, "look-around"),
    ];
    let mut text = own + "decode:\n  patterns:\n";
    for (written, ..) in &patterns {
        text += &format!("    - {written}\n");
    }
    f.write("content/smtp/_family.yaml", &text);
    let out = f.run(&["check"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    for (i, (written, col, says)) in patterns.iter().enumerate() {
        let at = format!("content/smtp/_family.yaml:{}:{col}\n", first + i);
        let problem = err
            .split("error: ")
            .find(|p| p.contains(&at))
            .unwrap_or_else(|| panic!("{written}: nothing at {at}\n{err}"));
        assert!(problem.contains("invalid decode pattern"), "{problem}");
        assert!(problem.contains(says), "{written}: {problem}");
        assert!(
            problem.contains("= hint: write a regular expression that Rust's regex crate and a browser's RegExp both read"),
            "{problem}"
        );
    }
}

#[test]
fn report_fields_are_names_listed_once_and_the_decode_folder_is_taken() {
    let f = Fixture::new("basic");
    let fields = "decode:\n  fields:\n    - { name: Status }\n    - { name: status }\n    - { name: 'Bad Name' }\n    - { name: Action, values: [Failed] }\n";
    f.write("content/smtp/_family.yaml", &(family(&f) + fields));
    f.write("content/decode/_family.yaml", &family(&f));
    let out = f.run(&["check"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    for says in [
        "decode field `status` is listed twice",
        "decode field `Bad Name` is not a field name",
        "value `Failed` of decode field `Action` is not a key",
        "the family folder name `decode` is the address of the decode page",
    ] {
        assert!(err.contains(says), "{says}\n{err}");
    }
    assert!(err.contains("content/smtp/_family.yaml:"), "{err}");
}
