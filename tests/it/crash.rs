//! Interrupted builds: a real build process is killed (SIGKILL) at many points, from loading to
//! the last move of its commit, or stopped with SIGINT/SIGTERM; the next build must give exactly
//! the bytes of a clean build, and say when it repaired a cut-short commit.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::harness::Fixture;

const JOURNAL: &str = ".codeatlas-journal";
const MARKER: &str = ".codeatlas-output";
/// The parse cache (and its temporary file): not part of the site.
const CACHE: &str = ".codeatlas-cache";

/// Every file below `dir` but the marker, the journal and the parse cache, with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.expect("walk"))
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).expect("below");
            (
                rel.to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("read"),
            )
        })
        .filter(|(rel, _)| rel != MARKER && rel != JOURNAL && !rel.starts_with(CACHE))
        .collect()
}

/// The second version of the basic site: every English page changes (a footer message) and the
/// pages of code 252 go (their files become stale).
fn change_inputs(fixture: &Fixture) {
    fixture.write(
        "locales/en/zz-footer.ftl",
        "footer-about = A changed footer, on every English page.\n",
    );
    std::fs::remove_file(fixture.root().join("content/smtp/252.yaml")).expect("remove 252");
}

/// The files of a clean build of the second version.
fn clean_build_of_changed_site() -> BTreeMap<String, Vec<u8>> {
    let clean = Fixture::new("basic");
    change_inputs(&clean);
    clean.build_ok();
    files(&clean.out())
}

/// Starts `codeatlas build` in the fixture, paused at `pause` (see `CODEATLAS_TEST_PAUSE_AT`);
/// returns the process and its stderr lines.
fn spawn_build(fixture: &Fixture, pause: &str) -> (Child, mpsc::Receiver<String>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_codeatlas"))
        .arg("build")
        .current_dir(fixture.root())
        .env("CODEATLAS_TEST_PAUSE_AT", pause)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn codeatlas");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    (child, rx)
}

/// Waits until the build says it paused at `point`.
fn wait_for_pause(lines: &mpsc::Receiver<String>, point: &str) {
    let wanted = format!("codeatlas: paused at {point}");
    loop {
        match lines.recv_timeout(Duration::from_secs(60)) {
            Ok(line) if line == wanted => return,
            Ok(_) => {}
            Err(err) => panic!("the build never paused at {point}: {err}"),
        }
    }
}

/// Everything the rest of a stopped process printed on stderr.
fn rest_of(lines: &mpsc::Receiver<String>) -> String {
    lines.iter().collect::<Vec<_>>().join("\n")
}

/// Rebuilds with the real binary and checks the result against the clean build; returns stderr.
fn rebuild_matches_clean(
    fixture: &Fixture,
    clean: &BTreeMap<String, Vec<u8>>,
    what: &str,
) -> String {
    let out = fixture.run(&["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        out.status.success(),
        "{what}: the rebuild failed:\n{stderr}"
    );
    let got = files(&fixture.out());
    let differing: Vec<_> = clean
        .keys()
        .chain(got.keys())
        .filter(|k| clean.get(*k) != got.get(*k))
        .collect();
    assert!(
        differing.is_empty(),
        "{what}: files differ from a clean build: {differing:?}"
    );
    assert!(
        !fixture.out().join(JOURNAL).exists(),
        "{what}: journal left"
    );
    assert!(
        !fixture.root().join(".public.codeatlas-staging").exists(),
        "{what}: staging left"
    );
    // The marker is trusted again: one more build writes nothing.
    let again = fixture.run(&["build"]);
    let summary = String::from_utf8_lossy(&again.stdout);
    assert!(
        summary.contains("(0 files written"),
        "{what}: not settled: {summary}"
    );
    stderr
}

/// Puts the second version's inputs back to the first.
fn revert_inputs(fixture: &Fixture) {
    std::fs::remove_file(fixture.root().join("locales/en/zz-footer.ftl")).expect("remove");
    let original =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic/content/smtp/252.yaml");
    std::fs::copy(original, fixture.root().join("content/smtp/252.yaml")).expect("restore 252");
}

#[test]
fn a_build_killed_at_any_point_is_repaired_by_the_next() {
    let clean = clean_build_of_changed_site();
    let points = [
        ("loaded", false),
        ("rendered", false),
        ("journal", true),
        ("move-1", true),
        ("move-4", true),
        ("move-8", true),
        ("move-12", true),
        ("moved", true),
        ("removed", true),
        ("marker", true),
    ];
    for (point, commit_began) in points {
        // The next build has the inputs of the killed one, or the inputs of the build before it
        // (the marker of that build is still in place while the commit runs).
        for reverted in [false, true] {
            let what = format!("killed at {point}, reverted: {reverted}");
            let fixture = Fixture::new("basic");
            fixture.build_ok();
            let before = files(&fixture.out());
            change_inputs(&fixture);
            let (mut child, lines) = spawn_build(&fixture, point);
            wait_for_pause(&lines, point);
            child.kill().expect("SIGKILL");
            child.wait().expect("wait");
            assert_eq!(
                fixture.out().join(JOURNAL).exists(),
                commit_began,
                "{what}: journal"
            );
            if !commit_began {
                assert_eq!(files(&fixture.out()), before, "{what}: output touched");
            }
            let expected = if reverted {
                revert_inputs(&fixture);
                &before
            } else {
                &clean
            };
            let stderr = rebuild_matches_clean(&fixture, expected, &what);
            assert_eq!(
                stderr.contains("cut short while moving files into place"),
                commit_began,
                "{what}: repair note:\n{stderr}"
            );
        }
    }
}

#[test]
fn a_build_killed_after_any_delay_is_repaired_by_the_next() {
    let clean = clean_build_of_changed_site();
    for delay_ms in [0, 5, 15, 30, 60, 100, 200] {
        let fixture = Fixture::new("basic");
        fixture.build_ok();
        change_inputs(&fixture);
        let (mut child, _lines) = spawn_build(&fixture, "none");
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // it may have finished already
        child.wait().expect("wait");
        rebuild_matches_clean(&fixture, &clean, &format!("killed after {delay_ms} ms"));
    }
}

/// Sends `signal` to a build paused for a while at `point`; returns its exit code and stderr.
fn signal_build(
    fixture: &Fixture,
    point: &str,
    signal: rustix::process::Signal,
) -> (Option<i32>, String) {
    let (mut child, lines) = spawn_build(fixture, &format!("{point}:1500"));
    wait_for_pause(&lines, point);
    let pid = rustix::process::Pid::from_child(&child);
    rustix::process::kill_process(pid, signal).expect("send the signal");
    let status = child.wait().expect("wait");
    (status.code(), rest_of(&lines))
}

#[test]
fn ctrl_c_before_the_commit_leaves_the_output_as_it_was() {
    for (point, signal, code) in [
        ("loaded", rustix::process::Signal::INT, 130),
        ("rendered", rustix::process::Signal::INT, 130),
        ("rendered", rustix::process::Signal::TERM, 143),
    ] {
        let fixture = Fixture::new("basic");
        fixture.build_ok();
        let before = files(&fixture.out());
        change_inputs(&fixture);
        let (exit, stderr) = signal_build(&fixture, point, signal);
        assert_eq!(exit, Some(code), "{point}: {stderr}");
        assert!(
            stderr.contains("build interrupted; the output folder was left as it was"),
            "{stderr}"
        );
        assert_eq!(files(&fixture.out()), before, "{point}: output touched");
        assert!(
            !fixture.root().join(".public.codeatlas-staging").exists(),
            "{point}: staging left"
        );
    }
}

#[test]
fn ctrl_c_during_the_commit_stops_it_and_the_next_build_finishes_it() {
    let clean = clean_build_of_changed_site();
    let fixture = Fixture::new("basic");
    fixture.build_ok();
    change_inputs(&fixture);
    let (exit, stderr) = signal_build(&fixture, "move-2", rustix::process::Signal::INT);
    assert_eq!(exit, Some(130), "{stderr}");
    assert!(stderr.contains("interrupted after 2 of"), "{stderr}");
    assert!(stderr.contains("the commit had begun"), "{stderr}");
    assert!(
        !fixture.root().join(".public.codeatlas-staging").exists(),
        "staging left"
    );
    let stderr = rebuild_matches_clean(&fixture, &clean, "Ctrl-C in the commit");
    assert!(stderr.contains("cut short"), "{stderr}");
}

#[test]
fn a_link_inside_the_output_is_never_written_through_or_emptied() {
    let fixture = Fixture::new("basic");
    fixture.build_ok();
    // The user replaces `public/smtp` by a link to a folder of their own that looks like it.
    let theirs = tempfile::tempdir().expect("temp dir");
    let smtp = fixture.out().join("smtp");
    for rel in ["252/index.html", "452/index.html", "552/index.html"] {
        let path = theirs.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, "theirs").expect("write");
    }
    std::fs::remove_dir_all(&smtp).expect("remove smtp");
    std::os::unix::fs::symlink(theirs.path(), &smtp).expect("symlink");
    let before = files(theirs.path());
    let output_before = files(&fixture.out().join("vi"));
    // A build that must rewrite pages below the link (and remove 252's) fails before it moves
    // anything, naming the link.
    change_inputs(&fixture);
    let out = fixture.run(&["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("`smtp` in the output folder is a symbolic link"),
        "{stderr}"
    );
    assert!(
        stderr.contains("the output folder was left as it was"),
        "{stderr}"
    );
    assert_eq!(
        files(theirs.path()),
        before,
        "a file behind the link changed"
    );
    assert_eq!(
        files(&fixture.out().join("vi")),
        output_before,
        "the output changed"
    );
    assert!(!fixture.out().join(JOURNAL).exists());
    // Once the link is gone, the build goes through.
    std::fs::remove_file(&smtp).expect("remove the link");
    let out = fixture.run(&["build"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(files(theirs.path()), before);
}
