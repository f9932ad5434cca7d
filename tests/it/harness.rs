//! Fixture handling shared by the integration tests.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

/// A fixture site copied into a temporary folder.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

impl Fixture {
    /// Copies `tests/fixtures/<name>` into a fresh temporary folder.
    pub fn new(name: &str) -> Fixture {
        let src = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&src, dir.path());
        Fixture { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }

    /// Writes (or overwrites) a file of the site.
    pub fn write(&self, rel: &str, text: &str) {
        let p = self.root().join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }

    /// Builds with the library into `public/`.
    pub fn build(&self) -> Result<codeatlas::BuildSummary, codeatlas::Diagnostics> {
        codeatlas::build(&codeatlas::BuildOptions {
            root: self.root().to_path_buf(),
            output: None,
            base_url: None,
            shard: None,
            verbosity: Default::default(),
            interrupt: Default::default(),
        })
    }

    /// Builds and returns the summary, failing the test on error.
    pub fn build_ok(&self) -> codeatlas::BuildSummary {
        match self.build() {
            Ok(s) => s,
            Err(d) => panic!("build failed:\n{d}"),
        }
    }

    /// Writes (or overwrites) a file of the site with raw bytes.
    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let p = self.root().join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, bytes).expect("write");
    }

    /// Copies `tests/fixtures/<overlay>` over the site, then deletes the paths listed in its
    /// `_remove` file (one relative path a line; the `_remove` file itself is not copied).
    pub fn overlay(&self, overlay: &str) {
        let src = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(overlay);
        assert!(src.is_dir(), "no fixture folder {}", src.display());
        copy_dir(&src, self.root());
        let remove = self.root().join("_remove");
        if remove.is_file() {
            let list = std::fs::read_to_string(&remove).expect("read _remove");
            for rel in list.lines().map(str::trim).filter(|l| !l.is_empty()) {
                let p = self.root().join(rel);
                assert!(p.exists(), "_remove of {overlay}: {rel} does not exist");
                if p.is_dir() {
                    std::fs::remove_dir_all(&p).expect("remove dir");
                } else {
                    std::fs::remove_file(&p).expect("remove file");
                }
            }
            std::fs::remove_file(remove).expect("remove _remove");
        }
    }

    /// Reads a file of the output.
    pub fn page(&self, rel: &str) -> String {
        let p = self.out().join(rel);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    /// Runs the real binary in the fixture folder.
    pub fn run(&self, args: &[&str]) -> Output {
        std::process::Command::new(env!("CARGO_BIN_EXE_codeatlas"))
            .args(args)
            .current_dir(self.root())
            .output()
            .expect("run codeatlas")
    }
}

/// What one run of the binary did, and how long and how much memory it took.
pub struct TimedRun {
    /// The exit code; `None` when killed (by a signal or for running out of time).
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
    /// Whether it was killed for running longer than the limit.
    pub timed_out: bool,
    /// The highest peak resident set size (VmHWM) seen while it ran, in KiB (Linux only; a
    /// lower bound, sampled every few milliseconds).
    pub peak_kib: Option<u64>,
}

impl Fixture {
    /// Runs the real binary in the fixture folder, killing it once it has run for `limit`.
    pub fn run_timed(&self, args: &[&str], limit: Duration) -> TimedRun {
        let start = Instant::now();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_codeatlas"))
            .args(args)
            .current_dir(self.root())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run codeatlas");
        let stdout = drain(child.stdout.take().expect("stdout"));
        let stderr = drain(child.stderr.take().expect("stderr"));
        let status_file = format!("/proc/{}/status", child.id());
        let mut peak_kib = None;
        let mut timed_out = false;
        let status = loop {
            if let Some(kib) = peak_rss_kib(&status_file) {
                peak_kib = Some(peak_kib.map_or(kib, |p: u64| p.max(kib)));
            }
            if let Some(status) = child.try_wait().expect("wait") {
                break status;
            }
            if start.elapsed() > limit {
                timed_out = true;
                // The child may have exited in the meantime: then kill fails, which is fine.
                let _ = child.kill();
                break child.wait().expect("wait");
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        let elapsed = start.elapsed();
        TimedRun {
            code: status.code(),
            stdout: stdout.join().expect("stdout reader"),
            stderr: stderr.join().expect("stderr reader"),
            elapsed,
            timed_out,
            peak_kib,
        }
    }
}

/// Reads a pipe to its end on a thread of its own, so that a chatty child never blocks.
fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// The `VmHWM` (peak resident set size, KiB) of a running process, from `/proc/<pid>/status`.
fn peak_rss_kib(status_file: &str) -> Option<u64> {
    let status = std::fs::read_to_string(status_file).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

pub fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).expect("mkdir");
    for entry in std::fs::read_dir(src).expect("read fixture") {
        let entry = entry.expect("entry");
        let target = dst.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// Every file below `dir` with its bytes, sorted.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.expect("walk");
        if entry.file_type().is_file() {
            let rel = entry
                .path()
                .strip_prefix(dir)
                .expect("prefix")
                .display()
                .to_string();
            out.push((rel, std::fs::read(entry.path()).expect("read")));
        }
    }
    out
}

/// The text of an element's section: from `id="<id>"` to the next `</section>`.
pub fn section<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no section {id}"));
    let rest = &html[start..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}
