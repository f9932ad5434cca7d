//! `codeatlas check` against RFC texts: sections and headings listed in
//! `content/references.yaml`, sections cited by code files and quotes attributed to a section,
//! each problem at its file:line:col, and the coverage report. The RFC text here is a made-up
//! sample in the RFC Editor's plain-text layout, not a real RFC.

use crate::harness::Fixture;

const SAMPLE_RFC: &str = "\
Internet Engineering Task Force (IETF)                         A. Author
Request for Comments: 9999                                  October 2008
Category: Informational

                         A Sample Reply Protocol

Table of Contents

   1.  Introduction . . . . . . . . . . . . . . . . . . . . . . . .  2
   2.  Replies  . . . . . . . . . . . . . . . . . . . . . . . . . .  2

1.  Introduction

   This document describes replies.

2.  Replies

   A server that cannot store the message any more replies with a
   permanent failure; the client does not repeat the same request
   unchanged.

Author                        Informational                     [Page 1]
\u{c}
RFC 9999                  Sample Replies                    October 2008


2.1.  Storage

   Storage replies report a full mailbox.
";

const REFERENCES: &str = "\
rfcs:
  5321: Simple Mail Transfer Protocol
  9999:
    title: A Sample Reply Protocol
    sections:
      '1': Introduction
      '2': Replies
      '2.1': Storage
";

/// The basic fixture with the sample RFC text, its listing, and 552 citing it.
fn site(description: &str, section: &str) -> Fixture {
    let f = Fixture::new("basic");
    f.write("sources/rfc/rfc9999.txt", SAMPLE_RFC);
    f.write("content/references.yaml", REFERENCES);
    let code = std::fs::read_to_string(f.root().join("content/smtp/552.yaml")).expect("read");
    let code = code
        .replace(
            "  - rfc: 5321\n    section: '4.2.2'\n",
            &format!("  - rfc: 9999\n    section: '{section}'\n"),
        )
        .replace(
            "      Requested mail action aborted: exceeded storage allocation.\n",
            description,
        );
    f.write("content/smtp/552.yaml", &code);
    f
}

fn check(f: &Fixture) -> (bool, String, String) {
    let out = f.run(&["check"]);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_correct_quote_across_a_line_break_passes_and_is_counted() {
    let f = site(
        "      The RFC says \"the client does not repeat the same\n      request unchanged\" (RFC 9999, section 2).\n",
        "2.1",
    );
    let (ok, out, err) = check(&f);
    assert!(ok, "{err}");
    assert!(
        out.contains("citations: 1 of the 2 RFCs in content/references.yaml have their text in"),
        "{out}"
    );
    let smtp = out
        .lines()
        .find(|l| l.starts_with("smtp "))
        .unwrap_or_default();
    assert!(smtp.contains("3: 1, 1"), "{out}");
    assert!(smtp.contains("1 of 1"), "{out}");
    // The heading is on the reference's link.
    f.build_ok();
    let page = f.page("smtp/552/index.html");
    assert!(
        page.contains("title=\"RFC 9999, section 2.1: Storage\""),
        "{page}"
    );
    assert!(page.contains("<cite>A Sample Reply Protocol</cite>, “Storage”"));
}

#[test]
fn a_misquote_a_wrong_section_and_an_unlisted_rfc_are_errors_at_their_place() {
    let f = site(
        "      It says \"the client repeats the request\" (RFC 9999, section 2),\n      \"Storage replies report a full mailbox\" (RFC 9999, section 1),\n      and \"anything\" (RFC 4242, section 1).\n",
        "2.1",
    );
    let (ok, _, err) = check(&f);
    assert!(!ok);
    for expected in [
        "content/smtp/552.yaml:14:15",
        "these quoted words are not in RFC 9999 section 2",
        "content/smtp/552.yaml:15:7",
        "these quoted words are not in RFC 9999 section 1",
        "content/smtp/552.yaml:16:11",
        "the quote is attributed to RFC 4242, which content/references.yaml does not list",
    ] {
        assert!(err.contains(expected), "{expected}\n{err}");
    }
}

#[test]
fn a_section_the_rfc_lacks_or_a_wrong_heading_is_an_error() {
    // Listed, but not in the text; and a heading that is not the RFC's.
    let f = site("      Text.\n", "2.1");
    f.write(
        "content/references.yaml",
        &REFERENCES
            .replace("'2.1': Storage", "'2.1': Storage\n      '7': Gone")
            .replace("'2': Replies", "'2': Answers"),
    );
    let (ok, _, err) = check(&f);
    assert!(!ok);
    assert!(err.contains("RFC 9999 has no section 7"), "{err}");
    assert!(err.contains("content/references.yaml:9:7"), "{err}");
    assert!(
        err.contains("RFC 9999 section 2 is headed \"Replies\", not \"Answers\""),
        "{err}"
    );
    assert!(err.contains("content/references.yaml:7:7"), "{err}");
    // A section that references.yaml does not list fails the build itself.
    let f = site("      Text.\n", "3");
    let err = f.build().err().map(|d| d.to_string()).unwrap_or_default();
    assert!(
        err.contains(
            "RFC 9999 has no section 3 among the sections content/references.yaml lists for it"
        ),
        "{err}"
    );
    assert!(err.contains("content/smtp/552.yaml:8:15"), "{err}");
}

#[test]
fn without_the_texts_nothing_is_claimed() {
    let f = site(
        "      It says \"the client repeats the request\" (RFC 9999, section 2).\n",
        "2.1",
    );
    std::fs::remove_file(f.root().join("sources/rfc/rfc9999.txt")).expect("remove");
    let (ok, out, err) = check(&f);
    assert!(ok, "{err}");
    assert!(out.contains("citations: 0 of the 2 RFCs"), "{out}");
    let smtp = out
        .lines()
        .find(|l| l.starts_with("smtp "))
        .unwrap_or_default();
    assert!(smtp.contains("0 of 1"), "{out}");
}
