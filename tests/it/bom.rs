//! Files as editors save them: a YAML, Fluent or template file that starts with a UTF-8 byte
//! order mark builds exactly like the same file without it, and errors in it keep their
//! line:column.

use std::path::Path;

use crate::harness::{Fixture, snapshot};

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Every file below `dir` but the output marker.
fn built_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    snapshot(dir)
        .into_iter()
        .filter(|(rel, _)| !rel.starts_with(".codeatlas-"))
        .collect()
}

/// Writes `bytes` with a byte order mark in front as the site's `rel`.
fn with_bom(site: &Fixture, rel: &str, bytes: &[u8]) {
    site.write_bytes(rel, &[BOM, bytes].concat());
}

/// A file shipped with the generator (the embedded defaults are built from these).
fn shipped(rel: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).expect("shipped file")
}

#[test]
fn yaml_fluent_and_template_files_with_a_bom_build_the_same_site() {
    let plain = Fixture::new("basic");
    plain.build_ok();
    let marked = Fixture::new("basic");
    for rel in [
        "site.yaml",
        "content/references.yaml",
        "content/smtp/_family.yaml",
        "content/smtp/252.yaml",
    ] {
        let bytes = std::fs::read(marked.root().join(rel)).expect("fixture file");
        with_bom(&marked, rel, &bytes);
    }
    // The shipped defaults, saved by the site with a BOM: the same messages and templates.
    for rel in ["locales/en/main.ftl", "templates/base.html"] {
        with_bom(&marked, rel, &shipped(rel));
    }
    marked.build_ok();
    let (want, got) = (built_files(&plain.out()), built_files(&marked.out()));
    assert_eq!(
        want.iter().map(|(rel, _)| rel).collect::<Vec<_>>(),
        got.iter().map(|(rel, _)| rel).collect::<Vec<_>>()
    );
    for ((rel, a), (_, b)) in want.iter().zip(&got) {
        assert!(a == b, "{rel} differs");
    }
}

#[test]
fn errors_in_a_file_with_a_bom_keep_their_line_and_column() {
    let site = Fixture::new("basic");
    site.build_ok();
    with_bom(
        &site,
        "content/smtp/252.yaml",
        b"code: 252\nrelatd: [552]\n",
    );
    let errors = site.build().expect_err("the build fails");
    let error = errors
        .0
        .iter()
        .find(|d| d.path.ends_with("252.yaml"))
        .unwrap_or_else(|| panic!("no error on 252.yaml:\n{errors}"));
    assert!(error.message.contains("unknown field `relatd`"), "{error}");
    assert_eq!((error.line, error.col), (2, 1), "{error}");
    with_bom(&site, "content/smtp/252.yaml", &shipped_fixture_252());
    with_bom(&site, "locales/en/extra.ftl", b"fine = yes\nbad = { $x ]\n");
    let errors = site.build().expect_err("the build fails");
    let error = errors
        .0
        .iter()
        .find(|d| d.path.ends_with("extra.ftl"))
        .unwrap_or_else(|| panic!("no error on extra.ftl:\n{errors}"));
    assert_eq!(error.line, 2, "{error}");
}

/// The fixture's 252.yaml, unchanged.
fn shipped_fixture_252() -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic/content/smtp/252.yaml"),
    )
    .expect("fixture file")
}
