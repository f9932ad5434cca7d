//! The real binary: exit codes, the summary line and positioned errors.

use crate::harness::Fixture;

#[test]
fn build_prints_one_summary_line_and_exits_zero() {
    let f = Fixture::new("basic");
    let out = f.run(&["build"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.starts_with("built 22 pages"), "{stdout}");
    assert!(f.out().join("smtp/252/index.html").is_file());
}

#[test]
fn user_error_exits_non_zero_with_file_line_and_column() {
    let f = Fixture::new("basic");
    f.write(
        "content/smtp/252.yaml",
        "code: 252\nrelatd: [552]\ntexts: {}\n",
    );
    let out = f.run(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("unknown field `relatd`"), "{stderr}");
    assert!(stderr.contains("content/smtp/252.yaml:2:1"), "{stderr}");
    assert!(
        !f.out().exists(),
        "a failed first build must not leave an output folder"
    );
}

#[test]
fn output_and_base_url_options() {
    let f = Fixture::new("basic");
    let target = f.root().join("elsewhere");
    let out = f.run(&[
        "build",
        "--output",
        "elsewhere",
        "--base-url",
        "https://user.github.io/repo",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(target.join("smtp/252/index.html")).expect("page");
    assert!(html.contains("href=\"/repo/style.css\""));
    assert!(
        html.contains("<link rel=\"canonical\" href=\"https://user.github.io/repo/smtp/252/\">")
    );
}
