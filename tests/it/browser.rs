//! Browser flows in headless Chromium (ignored by default: they need Chromium and the tools of
//! ../shared/tools, which `.ci/run` installs; run them with `cargo test -- --ignored`).
//! Each flow is a script of tests/browser/ run over the shipped site built under a base path.

use std::process::Command;

/// Builds the shipped site under the base path /atlas/ and runs tests/browser/`script` over it;
/// fails with the script's log unless every check passed, else returns the log.
pub fn run_flow(script: &str) -> String {
    run_flow_at(script, "https://example.github.io/atlas/", "/atlas/")
}

/// Builds the shipped site for `base_url` and runs tests/browser/`script` over it served under
/// `base_path` (the path of `base_url`); fails with the script's log unless every check passed.
pub fn run_flow_at(script: &str, base_url: &str, base_path: &str) -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("site");
    let build = Command::new(env!("CARGO_BIN_EXE_codeatlas"))
        .args(["build", "--root", root, "--base-url", base_url, "--output"])
        .arg(&out)
        .output()
        .expect("run codeatlas");
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let flows = Command::new("node")
        .arg(format!("{root}/tests/browser/{script}"))
        .arg(&out)
        .arg(base_path)
        .output()
        .expect("run node");
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&flows.stdout),
        String::from_utf8_lossy(&flows.stderr)
    );
    assert!(flows.status.success(), "{log}");
    log
}

#[test]
#[ignore = "needs Chromium and ../shared/tools (run by .ci/run)"]
fn search_picker_and_language_switch_work_in_chromium() {
    let log = run_flow("flows.mjs");
    assert!(log.contains("Sự khác biệt chính"), "{log}");
}

#[test]
#[ignore = "needs Chromium and ../shared/tools (run by .ci/run)"]
fn the_comparison_grid_opens_the_comparison_of_two_codes() {
    let log = run_flow("grid.mjs");
    assert!(log.contains("opens 452 vs 552"), "{log}");
}

#[test]
#[ignore = "needs Chromium and ../shared/tools (run by .ci/run)"]
fn not_found_page_suggests_the_page_meant_at_the_root() {
    let log = run_flow_at("notfound.mjs", "https://codeatlas.example/", "/");
    assert!(
        log.contains("the first suggestion is /smtp-enhanced/x.1.1/"),
        "{log}"
    );
}

#[test]
#[ignore = "needs Chromium and ../shared/tools (run by .ci/run)"]
fn search_understands_codes_in_any_shape_in_chromium() {
    let log = run_flow("search.mjs");
    assert!(log.contains("so sánh 452 và 552"), "{log}");
}

#[test]
#[ignore = "needs Chromium and ../shared/tools (run by .ci/run)"]
fn not_found_page_suggests_the_page_meant_under_a_base_path() {
    let log = run_flow("notfound.mjs");
    assert!(
        log.contains("the first suggestion is /atlas/vi/smtp-enhanced/x.1.1/"),
        "{log}"
    );
}

#[test]
#[ignore = "needs Chromium and ../shared/tools (run by .ci/run)"]
fn the_decode_page_explains_the_codes_of_real_shaped_bounces() {
    let log = run_flow("decode.mjs");
    assert!(log.contains("a paste with 452 and 552 links"), "{log}");
    assert!(log.contains("nothing is sent anywhere"), "{log}");
}
