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
    assert!(stdout.starts_with("built 24 pages"), "{stdout}");
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

#[test]
fn shards_merged_equal_the_full_build() {
    let f = Fixture::new("basic");
    assert!(f.run(&["build", "--output", "full"]).status.success());
    let merged = f.root().join("merged");
    for i in 1..=3 {
        let out = format!("shard{i}");
        let run = f.run(&["build", "--shard", &format!("{i}/3"), "--output", &out]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        crate::harness::copy_dir(&f.root().join(&out), &merged);
    }
    let strip = |dir: &std::path::Path| {
        crate::harness::snapshot(dir)
            .into_iter()
            .filter(|(rel, _)| !rel.starts_with(".codeatlas-"))
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(&merged), strip(&f.root().join("full")));
    // Shards built one after the other into one folder keep each other's files.
    for i in 1..=3 {
        assert!(
            f.run(&["build", "--shard", &format!("{i}/3"), "--output", "same"])
                .status
                .success()
        );
    }
    assert_eq!(strip(&f.root().join("same")), strip(&f.root().join("full")));
    let bad = f.run(&["build", "--shard", "4/3"]);
    assert_eq!(bad.status.code(), Some(2));
}
