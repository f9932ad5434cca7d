//! Browser flows in headless Chromium (ignored by default: they need Chromium and the tools of
//! ../shared/tools, which `.ci/run` installs; run them with `cargo test -- --ignored`).
//! Each flow is a script of tests/browser/ run over the shipped site built under a base path.

use std::process::Command;

/// Builds the shipped site under the base path /atlas/ and runs tests/browser/`script` over it;
/// fails with the script's log unless every check passed, else returns the log.
pub fn run_flow(script: &str) -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("site");
    let build = Command::new(env!("CARGO_BIN_EXE_codeatlas"))
        .args([
            "build",
            "--root",
            root,
            "--base-url",
            "https://example.github.io/atlas/",
            "--output",
        ])
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
        .arg("/atlas/")
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
fn the_decode_page_explains_the_codes_of_real_shaped_bounces() {
    let log = run_flow("decode.mjs");
    assert!(log.contains("a paste with 452 and 552 links"), "{log}");
    assert!(log.contains("nothing is sent anywhere"), "{log}");
}
