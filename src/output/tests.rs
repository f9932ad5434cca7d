//! Unit tests of the output folder: the guard, incremental commits, aborts, journals, links.
//! Compiled for tests only (`#[cfg(test)] mod tests;` in mod.rs).

use super::*;

fn commit(o: Output) -> WriteStats {
    o.commit(&Interrupt::none()).unwrap()
}

#[test]
fn refuses_foreign_non_empty_folders_and_deletes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("public");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("precious.txt"), "keep").unwrap();
    let err = Output::prepare(root.path(), &out, false).unwrap_err();
    assert!(err.message.contains("not made by codeatlas"), "{err}");
    assert_eq!(
        std::fs::read_to_string(out.join("precious.txt")).unwrap(),
        "keep"
    );
}

#[test]
fn rebuild_writes_only_changes_and_removes_stale_files() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("public");
    let o = Output::prepare(root.path(), &out, false).unwrap();
    o.write("a/index.html", b"one").unwrap();
    o.write("b/index.html", b"two").unwrap();
    assert_eq!(commit(o).written, 2);
    let o = Output::prepare(root.path(), &out, false).unwrap();
    o.write("a/index.html", b"one").unwrap();
    o.write("c/index.html", b"three").unwrap();
    let stats = commit(o);
    assert_eq!(
        stats,
        WriteStats {
            written: 1,
            unchanged: 1,
            removed: 1
        }
    );
    assert!(!out.join("b").exists());
    assert!(out.join(MARKER).is_file());
    assert!(!out.join(JOURNAL).exists());
}

#[test]
fn abort_leaves_the_previous_output_untouched() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("public");
    let o = Output::prepare(root.path(), &out, false).unwrap();
    o.write("a/index.html", b"one").unwrap();
    commit(o);
    let o = Output::prepare(root.path(), &out, false).unwrap();
    o.write("a/index.html", b"changed").unwrap();
    o.abort();
    assert_eq!(std::fs::read(out.join("a/index.html")).unwrap(), b"one");
    assert!(!root.path().join(".public.codeatlas-staging").exists());
}

#[test]
fn a_journal_distrusts_the_record_and_the_fingerprints_it_names() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("public");
    let mut o = Output::prepare(root.path(), &out, false).unwrap();
    o.write_page("a/index.html", b"one", 7).unwrap();
    o.write_page("b/index.html", b"two", 8).unwrap();
    o.set_record(Some(Recorded {
        inputs: 1,
        pages: 2,
    }));
    commit(o);
    assert!(Output::up_to_date(root.path(), &out, 1).is_some());
    std::fs::write(
        out.join(JOURNAL),
        marker::render_journal(["a/index.html", "new/index.html"].into_iter()),
    )
    .unwrap();
    assert!(Output::up_to_date(root.path(), &out, 1).is_none());
    let o = Output::prepare(root.path(), &out, false).unwrap();
    assert_eq!(o.repair(), Some(Repair::InterruptedCommit));
    assert!(!o.is_current("a/index.html", 7));
    assert!(o.is_current("b/index.html", 8));
    // A file the cut-short commit added is ours: the next commit removes it if unused.
    std::fs::create_dir_all(out.join("new")).unwrap();
    std::fs::write(out.join("new/index.html"), "half").unwrap();
    o.write_page("a/index.html", b"one", 7).unwrap();
    let kept = o.current("b/index.html".into(), 8).unwrap();
    o.keep_all(vec![kept]);
    assert_eq!(commit(o).removed, 1);
    assert!(!out.join("new").exists());
    assert!(!out.join(JOURNAL).exists());
}

#[test]
fn links_inside_the_output_are_never_written_through_or_emptied() {
    let root = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(outside.path().join("x")).unwrap();
    std::fs::write(outside.path().join("x/index.html"), "precious").unwrap();
    let out = root.path().join("public");
    let o = Output::prepare(root.path(), &out, false).unwrap();
    o.write("s/x/index.html", b"ours").unwrap();
    o.write("t/index.html", b"ours").unwrap();
    commit(o);
    // The user replaces the folder `s` by a link to a folder of their own.
    std::fs::remove_dir_all(out.join("s")).unwrap();
    std::os::unix::fs::symlink(outside.path(), out.join("s")).unwrap();
    // A build that no longer has s/x/index.html: the file behind the link is not removed.
    let o = Output::prepare(root.path(), &out, false).unwrap();
    o.write("t/index.html", b"ours").unwrap();
    assert_eq!(commit(o).removed, 0);
    let precious = outside.path().join("x/index.html");
    assert_eq!(std::fs::read(&precious).unwrap(), b"precious");
    // A build that writes s/x/index.html again fails before moving anything.
    let o = Output::prepare(root.path(), &out, false).unwrap();
    o.write("s/x/index.html", b"new").unwrap();
    o.write("t/index.html", b"changed").unwrap();
    let err = o.commit(&Interrupt::none()).unwrap_err();
    assert!(err.to_string().contains("symbolic link"), "{err}");
    assert_eq!(std::fs::read(&precious).unwrap(), b"precious");
    assert_eq!(std::fs::read(out.join("t/index.html")).unwrap(), b"ours");
    assert!(!out.join(JOURNAL).exists());
}

#[test]
fn after_a_restart_nothing_recorded_is_trusted() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("public");
    let mut o = Output::prepare(root.path(), &out, false).unwrap();
    o.write_page("a/index.html", b"one", 7).unwrap();
    o.set_record(Some(Recorded {
        inputs: 1,
        pages: 1,
    }));
    commit(o);
    if marker::boot_id().is_none() {
        return; // no boot id on this system: the check is off
    }
    let text = std::fs::read_to_string(out.join(MARKER)).unwrap();
    let mut other_boot = Marker::parse(&text);
    other_boot.boot = Some("00000000-0000-0000-0000-000000000000".into());
    std::fs::write(out.join(MARKER), other_boot.render()).unwrap();
    assert!(Output::up_to_date(root.path(), &out, 1).is_none());
    let o = Output::prepare(root.path(), &out, false).unwrap();
    assert_eq!(o.repair(), Some(Repair::Restarted));
    assert!(!o.is_current("a/index.html", 7));
    // The page is rendered again, compared, found the same: nothing is written, and the marker
    // is rewritten with this boot, so the next build trusts it again.
    o.write_page("a/index.html", b"one", 7).unwrap();
    assert_eq!(commit(o).written, 0);
    let o = Output::prepare(root.path(), &out, false).unwrap();
    assert_eq!(o.repair(), None);
    assert!(o.is_current("a/index.html", 7));
}

#[test]
fn an_empty_folder_behind_a_link_is_marked_before_the_first_move() {
    let root = tempfile::tempdir().unwrap();
    let target = root.path().join("target");
    std::fs::create_dir_all(&target).unwrap();
    let out = root.path().join("public");
    std::os::unix::fs::symlink(&target, &out).unwrap();
    // A commit stopped before its first move (Ctrl-C): the folder is ours already, and the
    // next build reads the journal.
    let o = Output::prepare(root.path(), &out, false).unwrap();
    o.write("a/index.html", b"one").unwrap();
    let stop = Interrupt::none();
    stop.raise(2);
    let err = o.commit(&stop).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::Interrupted);
    assert!(target.join(MARKER).is_file());
    assert!(target.join(JOURNAL).is_file());
    let o = Output::prepare(root.path(), &out, false).unwrap();
    assert_eq!(o.repair(), Some(Repair::InterruptedCommit));
    o.write("a/index.html", b"one").unwrap();
    assert_eq!(commit(o).written, 1);
    assert_eq!(std::fs::read(target.join("a/index.html")).unwrap(), b"one");
    assert!(!target.join(JOURNAL).exists());
}

#[test]
fn a_rebuild_of_the_same_files_records_what_a_full_render_would() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("public");
    let record = |inputs| Some(Recorded { inputs, pages: 2 });
    let mut o = Output::prepare(root.path(), &out, false).unwrap();
    o.write_page("a/index.html", b"one", 1).unwrap();
    o.write_page("b/index.html", b"two", 2).unwrap();
    o.write("c.css", b"css").unwrap();
    o.set_record(record(10));
    commit(o);
    let marker_text = || std::fs::read_to_string(out.join(MARKER)).unwrap();
    let expected = |manifest: &[(&str, u64)], inputs| {
        let manifest = manifest.iter().map(|(p, fp)| (p.to_string(), *fp));
        new_marker(record(inputs), None, Manifest(manifest.collect())).render()
    };
    // One page kept, one made again, the other file written with the same bytes: no file is
    // new or stale, and the marker is the last one with the new fingerprint.
    let mut o = Output::prepare(root.path(), &out, false).unwrap();
    let kept = o.current("a/index.html".into(), 1).unwrap();
    o.keep_all(vec![kept]);
    o.write_page("b/index.html", b"TWO", 3).unwrap();
    o.write("c.css", b"css").unwrap();
    o.set_record(record(11));
    assert_eq!(commit(o).written, 1);
    assert_eq!(
        marker_text(),
        expected(
            &[("a/index.html", 1), ("b/index.html", 3), ("c.css", 0)],
            11
        )
    );
    // A page that is no longer current cannot be kept.
    let mut o = Output::prepare(root.path(), &out, false).unwrap();
    assert_eq!(
        o.current("b/index.html".into(), 2).unwrap_err(),
        "b/index.html"
    );
    // A page dropped: it is stale, removed, and no longer recorded.
    let kept = o.current("a/index.html".into(), 1).unwrap();
    o.keep_all(vec![kept]);
    o.write("c.css", b"css").unwrap();
    o.set_record(record(12));
    assert_eq!(commit(o).removed, 1);
    assert!(!out.join("b/index.html").exists());
    assert_eq!(
        marker_text(),
        expected(&[("a/index.html", 1), ("c.css", 0)], 12)
    );
}

#[test]
fn files_no_longer_plain_files_in_the_output_are_not_current() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("public");
    let o = Output::prepare(root.path(), &out, false).unwrap();
    for (n, page) in ["a", "b", "c", "d"].into_iter().enumerate() {
        o.write_page(&format!("{page}/index.html"), b"page", n as u64 + 1)
            .unwrap();
    }
    commit(o);
    // By hand: one page deleted, one replaced by a link to a file, one by a folder.
    std::fs::remove_file(out.join("a/index.html")).unwrap();
    std::fs::remove_file(out.join("b/index.html")).unwrap();
    std::os::unix::fs::symlink(out.join("d/index.html"), out.join("b/index.html")).unwrap();
    std::fs::remove_file(out.join("c/index.html")).unwrap();
    std::fs::create_dir(out.join("c/index.html")).unwrap();
    let o = Output::prepare(root.path(), &out, false).unwrap();
    assert!(!o.is_current("a/index.html", 1));
    assert!(!o.is_current("b/index.html", 2));
    assert!(!o.is_current("c/index.html", 3));
    assert!(o.is_current("d/index.html", 4));
    assert!(!o.is_current("d/index.html", 5), "another fingerprint");
}

#[test]
fn a_build_that_makes_every_page_again_need_not_look_for_files_and_trusts_none() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("public");
    let mut o = Output::prepare(root.path(), &out, false).unwrap();
    o.write_page("a/index.html", b"page", 1).unwrap();
    o.set_shared(Some(7));
    commit(o);
    let text = std::fs::read_to_string(out.join(MARKER)).unwrap();
    assert_eq!(Marker::parse_header(&text).shared, Some(7));
    assert_eq!(recorded_hashes(&out), (None, Some(7)));
    let stopped = std::sync::atomic::AtomicBool::new(true);
    let claimed = Output::find_unless(root.path(), &out, &stopped)
        .claim()
        .unwrap();
    let o = Output::prepare_claimed(claimed, &out, false).unwrap();
    assert!(!o.is_current("a/index.html", 1));
    o.abort();
    let o = Output::prepare(root.path(), &out, false).unwrap();
    assert!(o.is_current("a/index.html", 1), "looked for: trusted");
}

#[test]
fn files_looked_up_from_their_folders_holder_are_found_as_from_the_root() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path();
    for dir in [
        "vi/smtp/a",
        "vi/smtp/b",
        "vi/smtp/c",
        "smtp/d",
        "elsewhere/e",
    ] {
        std::fs::create_dir_all(out.join(dir)).unwrap();
    }
    for file in [
        "index.html",
        "smtp/index.html",
        "vi/smtp/a/index.html",
        "smtp/d/index.html",
    ] {
        std::fs::write(out.join(file), "x").unwrap();
    }
    std::fs::write(out.join("elsewhere/e/index.html"), "x").unwrap();
    std::fs::create_dir(out.join("vi/smtp/b/index.html")).unwrap();
    std::os::unix::fs::symlink(out.join("index.html"), out.join("vi/smtp/c/index.html")).unwrap();
    // A folder on the way that is a link is followed (as a lookup from the root does).
    std::os::unix::fs::symlink(out.join("elsewhere"), out.join("vi/linked")).unwrap();
    let fd = nofollow::open_dir(out).unwrap();
    let mut folders = nofollow::Folders::new(&fd);
    for (rel, plain) in [
        ("index.html", true),
        ("smtp/index.html", true),
        ("vi/smtp/a/index.html", true),
        ("vi/smtp/b/index.html", false),
        ("vi/smtp/c/index.html", false),
        ("vi/smtp/x/index.html", false),
        ("smtp/d/index.html", true),
        ("gone/x/index.html", false),
        ("vi/linked/e/index.html", true),
        ("vi/smtp/a/index.html", true),
    ] {
        assert_eq!(folders.is_plain_file(rel), plain, "{rel}");
        assert_eq!(
            nofollow::is_plain_file(&fd, rel),
            plain,
            "{rel} from the root"
        );
    }
}

#[test]
fn a_page_folder_replaced_by_a_link_fails_the_commit_before_any_move() {
    let root = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("index.html"), "precious").unwrap();
    let out = root.path().join("public");
    let o = Output::prepare(root.path(), &out, false).unwrap();
    o.write("a/b/index.html", b"ours").unwrap();
    o.write("a/c/index.html", b"ours").unwrap();
    commit(o);
    std::fs::remove_dir_all(out.join("a/b")).unwrap();
    std::os::unix::fs::symlink(outside.path(), out.join("a/b")).unwrap();
    let o = Output::prepare(root.path(), &out, false).unwrap();
    o.write("a/b/index.html", b"new").unwrap();
    o.write("a/c/index.html", b"changed").unwrap();
    let err = o.commit(&Interrupt::none()).unwrap_err();
    assert!(
        err.to_string()
            .contains("`a/b` in the output folder is a symbolic link"),
        "{err}"
    );
    let precious = outside.path().join("index.html");
    assert_eq!(std::fs::read(&precious).unwrap(), b"precious");
    assert_eq!(std::fs::read(out.join("a/c/index.html")).unwrap(), b"ours");
}

#[test]
fn commits_of_many_files_and_of_few_move_each_into_its_folder() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("public");
    let o = Output::prepare(root.path(), &out, false).unwrap();
    for i in 0..400 {
        o.write(&format!("f/{i}/index.html"), b"one").unwrap();
    }
    commit(o);
    // More files than the commit holds folders open for, then a few, one in a new folder.
    for (count, bytes) in [(400, b"two"), (3, b"333")] {
        let o = Output::prepare(root.path(), &out, false).unwrap();
        for i in 0..400 {
            let new = if i < count { &bytes[..] } else { b"" };
            let old = std::fs::read(out.join(format!("f/{i}/index.html"))).unwrap();
            o.write(
                &format!("f/{i}/index.html"),
                if new.is_empty() { &old } else { new },
            )
            .unwrap();
        }
        o.write("g/new/index.html", bytes).unwrap();
        assert_eq!(commit(o).written, count + 1);
        for i in 0..count {
            let path = out.join(format!("f/{i}/index.html"));
            assert_eq!(std::fs::read(path).unwrap(), bytes);
        }
        assert_eq!(std::fs::read(out.join("g/new/index.html")).unwrap(), bytes);
    }
    assert_eq!(std::fs::read(out.join("f/399/index.html")).unwrap(), b"two");
}
