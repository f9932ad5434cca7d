//! A protocol is only files: the HTTP (RFC 9110 §15) and DNS RCODE (RFC 1035 §4.1.1) fixtures
//! are families made of content and locale files alone. Their pages must read as HTTP and DNS
//! pages (no mail vocabulary from the SMTP family), their comparisons must say what is true of
//! the codes, and the visible text of a few pages is kept as snapshots so that wording changes
//! are reviewed.

use std::path::Path;

use regex::Regex;

use crate::harness::{Fixture, section};

/// Builds a fixture and returns it.
fn built(name: &str) -> Fixture {
    let f = Fixture::new(name);
    f.build_ok();
    f
}

/// Every HTML page of the output: (path relative to the output, HTML).
fn pages(f: &Fixture) -> Vec<(String, String)> {
    let out = f.out();
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(&out).sort_by_file_name() {
        let entry = entry.expect("walk");
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "html") {
            let rel = path
                .strip_prefix(&out)
                .expect("prefix")
                .display()
                .to_string();
            found.push((rel, std::fs::read_to_string(path).expect("read page")));
        }
    }
    assert!(found.len() > 10, "too few pages in {}", out.display());
    found
}

/// The text of some HTML: tags removed, entities decoded, one line per block element.
fn visible_text(html: &str) -> String {
    let blocks = Regex::new(
        r"(?i)<(/?(p|li|h[1-6]|tr|caption|section|ol|ul|table|thead|tbody|article|nav|header|footer|div|main|title|pre|blockquote)|br)\b[^>]*>",
    )
    .expect("regex");
    let cells = Regex::new(r"(?i)</t[dh]>").expect("regex");
    let tags = Regex::new(r"<[^>]*>").expect("regex");
    let spaces = Regex::new(r"\s+").expect("regex");
    let flat = spaces.replace_all(html, " ");
    let flat = cells.replace_all(&flat, " | ");
    let flat = blocks.replace_all(&flat, "\n");
    let flat = tags.replace_all(&flat, "");
    let decoded = flat
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&");
    decoded
        .lines()
        .map(|l| l.trim().trim_end_matches('|').trim())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The visible text of a page's `<main>` (what the snapshots keep: no navigation or footer).
fn main_text(html: &str) -> String {
    let start = html.find("<main").expect("a <main> element");
    let end = html.rfind("</main>").expect("</main>");
    visible_text(&html[start..end])
}

/// The generated key differences of a comparison page, one sentence each.
fn differences(html: &str) -> Vec<String> {
    let item = Regex::new(r#"(?s)<li class="rule-([a-z-]+)">(.*?)</li>"#).expect("regex");
    item.captures_iter(section(html, "differences"))
        .map(|c| format!("{}: {}", &c[1], visible_text(&c[2])))
        .collect()
}

/// Words that belong to mail, in any language's pages (word boundaries, any case).
fn mail_words() -> Regex {
    Regex::new(r"(?i)\b(message|messages|sender|senders|recipient|recipients|mailbox|mailboxes|bounce|bounces|smtp|e?mail)\b")
        .expect("regex")
}

fn assert_no_mail_vocabulary(f: &Fixture, family: &str) {
    let mail = mail_words();
    let vi_mail = Regex::new(r"(?i)\bthư\b").expect("regex");
    let mut seen = 0;
    for (rel, html) in pages(f) {
        let text = visible_text(&html);
        if let Some(m) = mail.find(&text) {
            panic!("{family}: `{}` on {rel}:\n{text}", m.as_str());
        }
        if rel.starts_with("vi/") {
            seen += 1;
            if let Some(m) = vi_mail.find(&text) {
                panic!("{family}: `{}` on {rel}:\n{text}", m.as_str());
            }
        }
    }
    assert!(seen > 0, "{family}: no Vietnamese page checked");
}

/// A word written twice in a row ("reply reply"), compared case-insensitively.
fn doubled_word(sentence: &str) -> Option<String> {
    let words: Vec<String> = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words
        .windows(2)
        .find(|w| w[0] == w[1])
        .map(|w| format!("{} {}", w[0], w[1]))
}

/// Checks every comparison page of a family in both languages: no doubled words, and no code
/// title (a text field) pasted into a generated sentence.
fn assert_differences_read_right(f: &Fixture, family: &str, titles: &[&str]) {
    let mut checked = 0;
    for (rel, html) in pages(f) {
        if !rel.contains("-vs-") || html.contains("http-equiv=\"refresh\"") {
            continue;
        }
        let found = differences(&html);
        assert!(!found.is_empty(), "{rel}: no key differences");
        for sentence in &found {
            checked += 1;
            if let Some(twice) = doubled_word(sentence) {
                panic!("{family}: `{twice}` in {rel}: {sentence}");
            }
            for title in titles {
                let pasted = Regex::new(&format!(r"\b{}\b", regex::escape(title))).expect("regex");
                assert!(
                    !pasted.is_match(sentence),
                    "{family}: title `{title}` pasted into {rel}: {sentence}"
                );
            }
        }
    }
    assert!(checked >= 30, "{family}: only {checked} sentences checked");
}

/// The English titles of a family's codes, read from its code files.
fn titles(family: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(family)
        .join("content")
        .join(family);
    let title = Regex::new(r"(?m)^  en:\n    title: (.+)$").expect("regex");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("read fixture") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("read");
        if let Some(c) = title.captures(&text) {
            found.push(c[1].trim().to_string());
        }
    }
    assert!(found.len() >= 6, "{found:?}");
    found
}

#[test]
fn http_and_dns_pages_have_no_mail_vocabulary() {
    let http = built("http");
    assert_no_mail_vocabulary(&http, "http");
    let dns = built("dns");
    assert_no_mail_vocabulary(&dns, "dns");
    // DNS has responses, not replies, on every page (home and footer included).
    let reply = Regex::new(r"(?i)\brepl(y|ies)\b").expect("regex");
    for (rel, html) in pages(&dns) {
        let text = visible_text(&html);
        assert!(!reply.is_match(&text), "dns: `reply` on {rel}:\n{text}");
    }
}

#[test]
fn generated_differences_have_no_doubled_words_and_no_pasted_titles() {
    let http_titles = titles("http");
    let http_titles: Vec<&str> = http_titles.iter().map(String::as_str).collect();
    assert_differences_read_right(&built("http"), "http", &http_titles);
    let dns_titles = titles("dns");
    let dns_titles: Vec<&str> = dns_titles.iter().map(String::as_str).collect();
    assert_differences_read_right(&built("dns"), "dns", &dns_titles);
}

#[test]
fn redirect_counterparts_say_what_tells_them_apart() {
    let f = built("http");
    for (pair, lower, higher) in [("302-vs-307", "302", "307"), ("301-vs-308", "301", "308")] {
        let en = differences(&f.page(&format!("http/{pair}/index.html")));
        let counterpart = en
            .iter()
            .find(|s| s.starts_with("counterpart: "))
            .unwrap_or_else(|| panic!("{pair}: no counterpart sentence in {en:?}"));
        assert!(
            counterpart.contains(lower)
                && counterpart.contains(higher)
                && counterpart.contains("are counterparts")
                && counterpart.contains("change POST to GET")
                && counterpart.contains("301 and 302 allow it, 307 and 308 do not"),
            "{pair}: {counterpart}"
        );
        assert_eq!(
            en.first(),
            Some(counterpart),
            "{pair}: counterpart comes first"
        );
        let class =
            format!("class-same: Both {lower} and {higher} are in class 3xx (redirection).");
        assert!(en.contains(&class), "{pair}: {en:?}");
        let vi = differences(&f.page(&format!("vi/http/{pair}/index.html")));
        assert!(
            vi.iter().any(|s| s.starts_with("counterpart: ")
                && s.contains("là hai mã đối ứng")
                && s.contains("đổi POST thành GET")),
            "{pair}: {vi:?}"
        );
        // The code pages name the counterpart in their facts.
        let page = f.page(&format!("http/{lower}/index.html"));
        assert!(
            page.contains(&format!("<a href=\"/http/{higher}/\">{higher}</a>")),
            "{lower}: no counterpart fact"
        );
    }
    // Redirects are not failures: "when to use which" says so without blaming anyone.
    let which = section(&f.page("http/302-vs-307/index.html"), "which").to_string();
    assert!(
        which.contains("Both are redirects: the client completes the request elsewhere"),
        "{which}"
    );
}

#[test]
fn unauthorized_and_forbidden_are_told_apart() {
    let f = built("http");
    let page = f.page("http/401-vs-403/index.html");
    let en = differences(&page);
    assert_eq!(
        en,
        [
            "class-same: Both 401 and 403 are in class 4xx (client error).",
            "actors-different: Both 401 and 403 call on the end user to act; only 401 also calls on \
             the client developer, and only 403 on the server operator.",
            "property-different: 401 goes with WWW-Authenticate; 403 has none of its own.",
        ],
        "{en:?}"
    );
    // No counterpart: 401 and 403 do not name each other.
    assert!(!page.contains("rule-counterpart"));
    // The retry advice differs: credentials cure a 401; the same credentials never cure a 403.
    let text = visible_text(&page);
    assert!(
        text.contains("Yes, with valid credentials: authenticate as WWW-Authenticate asks"),
        "{text}"
    );
    assert!(
        text.contains("Not as it is: change something before repeating the request."),
        "{text}"
    );
    assert!(text.contains("SHOULD NOT repeat the request with the same credentials"));
    let vi = differences(&f.page("vi/http/401-vs-403/index.html"));
    assert_eq!(
        vi.first().map(String::as_str),
        Some("class-same: Cả 401 và 403 đều thuộc lớp 4xx (lỗi phía máy khách).")
    );
}

#[test]
fn family_properties_and_versus_texts_show_on_the_pages() {
    let f = built("http");
    // The fact table of a code shows each property the family declares, literal values as code.
    let text = visible_text(&f.page("http/401/index.html"));
    assert!(text.contains("Header fields | WWW-Authenticate"), "{text}");
    assert!(
        text.contains("Caching | cached only with explicit freshness information"),
        "{text}"
    );
    assert!(
        f.page("http/401/index.html")
            .contains("<td><code>WWW-Authenticate</code></td>")
    );
    // A code without values shows the property's own "none".
    let text = visible_text(&f.page("http/403/index.html"));
    assert!(text.contains("Header fields | none of its own"), "{text}");
    // The comparison table has a row per property, and the lower code's versus text leads the
    // key differences, in each language.
    let page = f.page("http/401-vs-403/index.html");
    let text = visible_text(&page);
    assert!(
        text.contains("Header fields | WWW-Authenticate | none of its own"),
        "{text}"
    );
    let decides = |html: &str| {
        let at = html.find("<div class=\"decides\">").expect("a versus text");
        let end = html[at..].find("</div>").expect("its end");
        html[at..at + end].to_string()
    };
    assert!(decides(&page).contains("Credentials decide"), "{page}");
    assert!(
        decides(&f.page("vi/http/401-vs-403/index.html"))
            .contains("Điều quyết định là thông tin xác thực")
    );
    // A pair without a versus text has none; properties that agree say nothing.
    let page = f.page("http/403-vs-404/index.html");
    assert!(!page.contains("class=\"decides\""));
    assert!(!page.contains("property-different\">Header"));
    // A property that one code lacks, without words for "none", is not compared.
    let diffs = differences(&f.page("http/200-vs-201/index.html"));
    assert!(!diffs.iter().any(|d| d.contains("cacheable")), "{diffs:?}");
    let text = visible_text(&f.page("http/200-vs-201/index.html"));
    assert!(
        text.contains("Caching | cacheable by default (RFC 9110, section 15.1) | none"),
        "{text}"
    );
    assert!(!visible_text(&f.page("http/201/index.html")).contains("Caching"));
}

#[test]
fn rate_limits_and_unavailability_carry_their_retry_advice() {
    let f = built("http");
    for (code, fact, text) in [
        (
            "429",
            "Yes, after waiting: send the request again once the time in Retry-After has passed.",
            "wait the time given in <code>Retry-After</code>",
        ),
        (
            "503",
            "Yes, later: wait as long as Retry-After says, if the server sent it.",
            "Wait as long as <code>Retry-After</code> says",
        ),
    ] {
        let page = f.page(&format!("http/{code}/index.html"));
        assert!(page.contains(fact), "{code}: retry fact");
        assert!(section(&page, "retry").contains(text), "{code}: retry text");
        let vi = f.page(&format!("vi/http/{code}/index.html"));
        assert!(section(&vi, "retry").contains("Retry-After"), "{code}: vi");
        assert!(!section(&vi, "retry").contains("lang=\"en\""), "{code}: vi");
    }
    // 429 is a client error that may succeed once the client has waited: comparisons say so.
    let page = f.page("http/404-vs-429/index.html");
    assert!(
        differences(&page).contains(
            &"retry-exception: Although 429 is a client error, the same request may succeed \
              once the client has waited: see the retry advice below."
                .to_string()
        ),
        "{:?}",
        differences(&page)
    );
    // 501 is a server error that repeating does not cure.
    let page = f.page("http/500-vs-501/index.html");
    assert!(section(&page, "which").contains(
        "After 501, though, the same request keeps failing until the method or the server changes."
    ),);
}

#[test]
fn dns_codes_are_numbers_reachable_by_their_mnemonics() {
    let f = built("dns");
    let index = f.page("dns/index.html");
    for (code, mnemonic, title) in [
        ("0", "NOERROR", "No error"),
        ("1", "FORMERR", "Format error"),
        ("2", "SERVFAIL", "Server failure"),
        ("3", "NXDOMAIN", "Name error"),
        ("4", "NOTIMP", "Not implemented"),
        ("5", "REFUSED", "Refused"),
    ] {
        assert!(
            index.contains(&format!("href=\"/dns/{code}/\"")),
            "{code} in index"
        );
        let page = f.page(&format!("dns/{code}/index.html"));
        assert!(page.contains(&format!("<code>{mnemonic}</code>")), "{code}");
        assert!(page.contains(title), "{code}");
        let slug = mnemonic.to_lowercase();
        for prefix in ["", "vi/"] {
            let redirect = f.page(&format!("{prefix}dns/{slug}/index.html"));
            assert!(
                redirect.contains(&format!("url=/{prefix}dns/{code}/\"")),
                "{prefix}{slug}: {redirect}"
            );
        }
    }
    // No classes: the index does not claim to group codes by class, and pages show no class.
    assert!(!visible_text(&index).contains("class"), "{index}");
    assert!(
        !f.page("vi/dns/index.html").contains("xếp theo lớp"),
        "vi index speaks of classes"
    );
    assert!(
        !f.page("dns/3/index.html")
            .contains("<th scope=\"row\">Class</th>")
    );
    // What tells two RCODEs apart is who acts, and their meaning.
    let compare = differences(&f.page("dns/2-vs-5/index.html"));
    assert_eq!(
        compare,
        [
            "actors-different: Both 2 and 5 call on the resolver operator to act; only 2 also calls \
          on the zone administrator, and only 5 on the end user."
        ],
    );
}

#[test]
fn check_strict_passes_both_fixtures() {
    for name in ["http", "dns"] {
        let f = Fixture::new(name);
        let out = f.run(&["check", "--strict"]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{name}:\n{stdout}\n{stderr}");
        assert!(
            stdout.contains("check passed: 0 error(s), 0 warning(s) (strict)"),
            "{name}: {stdout}"
        );
    }
}

/// The visible text of one code page and one comparison page per family and language, kept as
/// snapshots (`tests/it/snapshots/it__families__*.snap`): a wording change shows up in review.
#[test]
fn wording_snapshots() {
    let http = built("http");
    let dns = built("dns");
    for (f, family, code, pair) in [
        (&http, "http", "429", "302-vs-307"),
        (&dns, "dns", "3", "2-vs-5"),
    ] {
        for (lang, prefix) in [("en", ""), ("vi", "vi/")] {
            let page = f.page(&format!("{prefix}{family}/{code}/index.html"));
            insta::assert_snapshot!(format!("{family}-{code}-{lang}"), main_text(&page));
            let page = f.page(&format!("{prefix}{family}/{pair}/index.html"));
            insta::assert_snapshot!(format!("{family}-{pair}-{lang}"), main_text(&page));
        }
    }
}

#[test]
fn wrong_properties_and_versus_texts_are_errors_at_their_place() {
    let f = Fixture::new("http");
    let read = |rel: &str| std::fs::read_to_string(f.root().join(rel)).expect("read");
    let (page_401, page_403) = (read("content/http/401.yaml"), read("content/http/403.yaml"));
    let fails_with = |expected: &[(&str, &str)]| {
        let errors = f.build().expect_err("the build fails").to_string();
        for (says, at) in expected {
            let found = errors.lines().position(|l| l.contains(says));
            let next = found
                .and_then(|i| errors.lines().nth(i + 1))
                .unwrap_or_default();
            assert!(next.contains(at), "{says} at {at}:\n{errors}");
        }
    };
    let wrong = page_401.replace(
        "cacheable: [explicit]",
        "cacheable: [sometimes]\n  colour: [red]",
    );
    f.write("content/http/401.yaml", &wrong);
    fails_with(&[
        (
            "unknown value `sometimes` of property `cacheable`",
            "401.yaml:8:15",
        ),
        (
            "unknown property `colour`; the properties of HTTP are: headers, cacheable",
            "401.yaml:9:3",
        ),
    ]);
    // A versus text must name an existing higher code: the lower code's file holds it.
    f.write(
        "content/http/401.yaml",
        &page_401.replace("'403': |", "'999': |"),
    );
    let versus = "  en:\n    versus:\n      '401': The lower code's file holds this.\n";
    f.write(
        "content/http/403.yaml",
        &page_403.replacen("  en:\n", versus, 1),
    );
    fails_with(&[
        (
            "`versus` names `999`, which does not exist in http (en)",
            "401.yaml:31:7",
        ),
        (
            "belongs in 401's file, the lower code of the pair (en)",
            "403.yaml:",
        ),
    ]);
}
