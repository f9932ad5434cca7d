//! The corpus of broken sites: every case must fail cleanly.
//!
//! Each case starts from a copy of `tests/fixtures/basic`, builds it once with the real binary,
//! then applies the case: the files of `tests/fixtures/broken/<case>/` are copied over the site
//! (and the paths listed in its `_remove` file deleted), and inputs that cannot be checked-in text
//! files (invalid UTF-8, NUL bytes, a huge file, symlink loops) are made by the case's `setup`.
//! The second build must exit 1 within the time limit, without a panic and in bounded memory,
//! naming the file and line of the mistake in the same diagnostic as the expected message, and
//! leaving the previous output (indeed the whole site folder) exactly as it was.

use std::path::Path;
use std::time::Duration;

use crate::harness::{Fixture, snapshot};

/// Generous, to catch hangs on a noisy machine; a clean failure takes well under a second.
const TIME_LIMIT: Duration = Duration::from_secs(10);

/// The most resident memory a failing build may use (sampled, so a lower bound of the peak).
const MEMORY_LIMIT_KIB: u64 = 512 * 1024;

/// What a broken site must produce.
struct Case {
    /// Makes the inputs that cannot be checked in (after the folder is copied).
    setup: Option<fn(&Fixture)>,
    /// The command line of the failing run.
    args: &'static [&'static str],
    /// The file named in the diagnostic, relative to the site root.
    path: &'static str,
    /// Its 1-based line, or 0 when the diagnostic concerns the whole file (no position shown).
    line: usize,
    /// A substring of the diagnostic's message.
    message: &'static str,
    /// Text that must not appear in the output (e.g. a knock-on error).
    absent: Option<&'static str>,
    /// Whether the run may instead succeed with a warning naming `path` (symlink loops).
    warning_allowed: bool,
    /// Further checks after the run.
    after: Option<fn(&Fixture)>,
}

impl Case {
    fn new(path: &'static str, line: usize, message: &'static str) -> Case {
        Case {
            setup: None,
            args: &["build"],
            path,
            line,
            message,
            absent: None,
            warning_allowed: false,
            after: None,
        }
    }

    fn setup(mut self, setup: fn(&Fixture)) -> Case {
        self.setup = Some(setup);
        self
    }

    fn args(mut self, args: &'static [&'static str]) -> Case {
        self.args = args;
        self
    }

    fn absent(mut self, text: &'static str) -> Case {
        self.absent = Some(text);
        self
    }

    fn warning_allowed(mut self) -> Case {
        self.warning_allowed = true;
        self
    }

    fn after(mut self, after: fn(&Fixture)) -> Case {
        self.after = Some(after);
        self
    }

    /// Builds the basic site, breaks it as the case says, rebuilds and checks the failure.
    fn check(self, test_name: &str) {
        let name = test_name.replace('_', "-");
        let f = Fixture::new("basic");
        let first = f.run(&["build"]);
        assert!(
            first.status.success(),
            "{name}: the basic site does not build:\n{}",
            String::from_utf8_lossy(&first.stderr)
        );
        let previous = snapshot(&f.out());
        assert!(
            !previous.is_empty(),
            "{name}: the first build wrote nothing"
        );

        // The folder under tests/fixtures/broken/ is the test's name with `-` for `_`; cases made
        // only by `setup` or by the command line have none.
        if broken_dir().join(&name).is_dir() {
            f.overlay(&format!("broken/{name}"));
        }
        if let Some(setup) = self.setup {
            setup(&f);
        }
        let site = snapshot(f.root());

        let run = f.run_timed(self.args, TIME_LIMIT);
        let stderr = &run.stderr;
        assert!(
            !run.timed_out,
            "{name}: still running after {TIME_LIMIT:?}, killed; stderr:\n{}",
            shorten(stderr)
        );
        assert!(
            !stderr.contains("panicked") && !run.stdout.contains("panicked"),
            "{name}: panic:\n{}",
            shorten(stderr)
        );
        assert!(run.elapsed < TIME_LIMIT, "{name}: took {:?}", run.elapsed);
        if let Some(kib) = run.peak_kib {
            assert!(
                kib < MEMORY_LIMIT_KIB,
                "{name}: used {kib} KiB of memory (limit {MEMORY_LIMIT_KIB} KiB)"
            );
        }
        let succeeded_with_warning = self.warning_allowed && run.code == Some(0);
        if !succeeded_with_warning {
            assert_eq!(
                run.code,
                Some(1),
                "{name}: wrong exit code; stdout:\n{}\nstderr:\n{}",
                run.stdout,
                shorten(stderr)
            );
        }
        let location = if self.line == 0 {
            format!("--> {}\n", self.path)
        } else {
            format!("--> {}:{}:", self.path, self.line)
        };
        let severity = if succeeded_with_warning {
            "warning: "
        } else {
            "error: "
        };
        let found = stderr.split("\n\n").any(|diagnostic| {
            diagnostic.starts_with(severity)
                && diagnostic.contains(&location)
                && diagnostic.contains(self.message)
        });
        assert!(
            found,
            "{name}: no {severity}diagnostic at `{location}` saying `{}`; stderr:\n{}",
            self.message.trim_end(),
            shorten(stderr)
        );
        if let Some(absent) = self.absent {
            assert!(
                !stderr.contains(absent),
                "{name}: stderr says `{absent}`:\n{}",
                shorten(stderr)
            );
        }
        if !succeeded_with_warning {
            assert_same_files(&name, "the previous output", &previous, &snapshot(&f.out()));
            assert_same_files(&name, "the site folder", &site, &snapshot(f.root()));
        }
        if let Some(after) = self.after {
            after(&f);
        }
    }
}

fn broken_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken")
}

/// The start of a long text (a deeply nested line is shown in full in its diagnostic).
fn shorten(text: &str) -> &str {
    let mut end = text.len().min(4000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Fails naming the files that differ, rather than printing their bytes.
fn assert_same_files(
    name: &str,
    what: &str,
    before: &[(String, Vec<u8>)],
    after: &[(String, Vec<u8>)],
) {
    if before == after {
        return;
    }
    let mut differ: Vec<&str> = before
        .iter()
        .filter(|entry| !after.contains(entry))
        .chain(after.iter().filter(|entry| !before.contains(entry)))
        .map(|(rel, _)| rel.as_str())
        .collect();
    differ.dedup();
    panic!("{name}: the failed build changed {what}: {differ:?}");
}

/// One `#[test]` per case (so that one can be ignored), and the list of their names.
macro_rules! broken_sites {
    ($( $(#[$attr:meta])* $name:ident => $case:expr; )*) => {
        const CASE_NAMES: &[&str] = &[$(stringify!($name)),*];
        $(
            $(#[$attr])*
            #[test]
            fn $name() {
                $case.check(stringify!($name));
            }
        )*
    };
}

broken_sites! {
    // YAML syntax and schema of a code file.
    yaml_syntax_error =>
        Case::new("content/smtp/252.yaml", 3, "did not find expected ',' or ']'");
    unknown_top_level_field =>
        Case::new("content/smtp/252.yaml", 4, "unknown field `relatd`");
    unknown_text_field =>
        Case::new("content/smtp/552.yaml", 19, "texts.en: unknown field `titel`")
            .absent("does not exist");
    commands_as_string =>
        Case::new("content/smtp/252.yaml", 2, "commands: invalid type: string \"VRFY\", expected a sequence");
    missing_english_fix =>
        Case::new("content/smtp/552.yaml", 10, "`texts.en.fix` is missing or empty")
            .absent("does not exist");
    decimal_section =>
        Case::new("content/smtp/552.yaml", 8, "4.1 was read as a decimal number")
            .absent("does not exist");

    // Files that are not YAML text.
    empty_file => Case::new("content/smtp/252.yaml", 0, "file is empty");
    whitespace_only_file => Case::new("content/smtp/252.yaml", 0, "file is empty");
    invalid_utf8 =>
        Case::new("content/smtp/252.yaml", 19, "file is not valid UTF-8").setup(|f| {
            let text = std::fs::read(f.root().join("content/smtp/252.yaml")).expect("read");
            let text = String::from_utf8(text).expect("utf-8");
            let (head, tail) = text
                .split_once("Send the message anyway.")
                .expect("252.yaml has its action");
            let mut bytes = head.as_bytes().to_vec();
            bytes.extend_from_slice(b"Send the message \xff\xfe anyway.");
            bytes.extend_from_slice(tail.as_bytes());
            f.write_bytes("content/smtp/252.yaml", &bytes);
        });
    nul_bytes_in_yaml_file =>
        Case::new("content/smtp/x.yaml", 2, "file contains a NUL byte").setup(|f| {
            f.write_bytes("content/smtp/x.yaml", b"code: 252\n\0\0\0\x01\x02\x7fELF binary\n");
        });
    file_larger_than_1_mib =>
        Case::new("content/smtp/252.yaml", 0, "larger than the limit of 1048576").setup(|f| {
            let text = std::fs::read_to_string(f.root().join("content/smtp/252.yaml"))
                .expect("read");
            let line = format!("      {}\n", "x".repeat(100));
            let practice = format!("    practice: |\n{}", line.repeat(11_000));
            let action = "    action: Send the message anyway.\n";
            let text = text.replacen(action, &format!("{practice}{action}"), 1);
            assert!(text.len() > 1024 * 1024);
            f.write("content/smtp/252.yaml", &text);
        });

    // Codes and how they refer to each other.
    file_name_differs_from_code =>
        Case::new("content/smtp/252.yaml", 1, "file `252.yaml` describes code `253`");
    code_not_matching_pattern =>
        Case::new("content/smtp/652.yaml", 1, "`652` is not a valid SMTP code");
    duplicate_code => Case::new("content/smtp/552.yml", 0, "code `552` is described twice");
    unknown_related =>
        Case::new("content/smtp/252.yaml", 4, "related code `551` does not exist in smtp");
    unknown_counterpart =>
        Case::new("content/smtp/552.yaml", 4, "counterpart `451` does not exist in smtp");
    counterpart_same_outcome =>
        Case::new("content/smtp/252.yaml", 4, "counterpart `552` is not the transient/permanent opposite of `252`");
    texts_for_unbuilt_locale =>
        Case::new("content/smtp/552.yaml", 20, "texts for locale `fr`, which the site does not build")
            .absent("does not exist");

    // References and Markdown.
    unknown_rfc =>
        Case::new("content/smtp/252.yaml", 6, "RFC 9999 is not listed in content/references.yaml");
    reference_rfc_and_url =>
        Case::new("content/smtp/452.yaml", 8, "references[1] needs either `rfc` (and optionally `section`) or both `url` and `title`");
    internal_link_missing =>
        Case::new("content/smtp/452.yaml", 14, "in `texts.en.description`: internal link `@/smtp/999` names no page");
    javascript_link =>
        Case::new("content/smtp/552.yaml", 18, "in `texts.en.fix`: link to `javascript:alert(1)` removed");

    // Family files.
    family_invalid_regex =>
        Case::new("content/smtp/_family.yaml", 6, "invalid code pattern: regex parse error");
    family_file_missing =>
        Case::new("content/smtp/252.yaml", 0, "folder content/smtp/ has no _family.yaml");
    family_unknown_field => Case::new("content/smtp/_family.yaml", 5, "unknown field `title`");

    // Locales.
    fluent_syntax_error =>
        Case::new("locales/en/extra.ftl", 4, "Fluent syntax error: Expected a token starting with \"}\"");
    fluent_duplicate_message =>
        Case::new("locales/en/extra.ftl", 4, "message `extra-greeting` is defined twice in locale `en`");
    fluent_duplicate_across_files =>
        Case::new("locales/en/extra-b.ftl", 3, "message `extra-greeting` is defined twice in locale `en`");

    // Templates.
    template_syntax_error =>
        Case::new("templates/code.html", 6, "template syntax error: Found `}` but expected }}.");
    template_unknown_message =>
        Case::new("templates/code.html", 5, "no message `heading-no-such-message` in locale `en`");

    // site.yaml.
    site_unknown_field => Case::new("site.yaml", 4, "unknown field `theme`");
    site_invalid_base_url =>
        Case::new("site.yaml", 1, "invalid base URL: `example.org/atlas` is neither an http(s) URL nor a path starting with `/`");
    default_locale_not_in_locales =>
        Case::new("site.yaml", 2, "default locale `fr` is not in `locales`");
    locale_without_ftl => Case::new("locales/fr", 0, "locale `fr` has no .ftl files");

    // Hostile input: it must fail fast, in bounded memory.
    alias_bomb_code_file =>
        Case::new("content/smtp/252.yaml", 5, "related[0]: invalid type: sequence, expected a string or a whole number");
    alias_bomb_family_file =>
        Case::new("content/smtp/_family.yaml", 0, "repetition limit exceeded");
    deep_nesting_code_file =>
        Case::new("content/smtp/252.yaml", 2, "brackets nested more than 64 levels deep");
    deep_nesting_family_file =>
        Case::new("content/smtp/_family.yaml", 25, "brackets nested more than 64 levels deep");
    deep_nesting_at_the_size_limit =>
        Case::new("content/smtp/_family.yaml", 25, "brackets nested more than 64 levels deep").setup(|f| {
            let path = f.root().join("content/smtp/_family.yaml");
            let text = std::fs::read_to_string(path).expect("read");
            let depth = 520_000;
            let nested = format!("    '5': {}{}\n", "[".repeat(depth), "]".repeat(depth));
            let text = text.replacen("    '5': mail-system\n", &nested, 1);
            assert!(text.len() < 1024 * 1024 && text.len() > 1_000_000);
            f.write("content/smtp/_family.yaml", &text);
        });
    symlink_loop =>
        Case::new("content/smtp/loop", 0, "cannot read this path").warning_allowed().setup(|f| {
            std::os::unix::fs::symlink("loop", f.root().join("content/smtp/loop"))
                .expect("symlink");
        });
    symlink_to_an_ancestor =>
        Case::new("content/smtp/sub/up", 0, "File system loop found").warning_allowed().setup(|f| {
            std::fs::create_dir_all(f.root().join("content/smtp/sub")).expect("mkdir");
            std::os::unix::fs::symlink("..", f.root().join("content/smtp/sub/up"))
                .expect("symlink");
        });

    // The output folder guard.
    output_not_made_by_codeatlas =>
        Case::new("mine", 0, "the output folder is not empty and was not made by codeatlas; nothing was deleted")
            .args(&["build", "--output", "mine"])
            .setup(|f| f.write("mine/notes.txt", "my notes\n"))
            .after(|f| {
                let notes = std::fs::read_to_string(f.root().join("mine/notes.txt"));
                assert_eq!(notes.ok().as_deref(), Some("my notes\n"));
                let entries = std::fs::read_dir(f.root().join("mine")).expect("mine").count();
                assert_eq!(entries, 1, "files were added to mine/");
            });
    output_is_the_site_root =>
        Case::new(".", 0, "the output folder is the site folder or contains it")
            .args(&["build", "--output", "."]);
    output_inside_content =>
        Case::new("content/out", 0, "the output folder is inside content/")
            .args(&["build", "--output", "content/out"])
            .after(|f| assert!(!f.root().join("content/out").exists()));
}

#[test]
fn the_corpus_has_a_test_for_every_case_folder() {
    assert!(CASE_NAMES.len() >= 30, "only {} cases", CASE_NAMES.len());
    let mut folders: Vec<String> = std::fs::read_dir(broken_dir())
        .expect("tests/fixtures/broken")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    for folder in &folders {
        assert!(
            CASE_NAMES.contains(&folder.replace('-', "_").as_str()),
            "tests/fixtures/broken/{folder} has no test in tests/it/broken.rs"
        );
    }
    let mut names = CASE_NAMES.to_vec();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), CASE_NAMES.len(), "a case name is used twice");
}
