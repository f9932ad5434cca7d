//! Everything the build prints while it runs: phase timings with `--verbose`, and a progress
//! line for builds that take longer than a second when stderr is a terminal. Quiet in CI.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How much to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Verbosity {
    /// Errors only.
    Quiet,
    /// The summary, and progress on a terminal for long builds.
    #[default]
    Normal,
    /// Also each phase with its time.
    Verbose,
}

/// Reports the phases of one build.
#[derive(Debug)]
pub struct Console {
    verbosity: Verbosity,
    started: Instant,
}

impl Console {
    /// Starts timing a build.
    pub fn new(verbosity: Verbosity) -> Console {
        Console {
            verbosity,
            started: Instant::now(),
        }
    }

    /// Marks the end of a phase (printed with `--verbose`).
    pub fn phase(&self, name: &str) {
        if self.verbosity == Verbosity::Verbose {
            eprintln!("{:>8.3} s  {name}", self.started.elapsed().as_secs_f64());
        }
    }

    /// Runs `work` while a progress line counts `done` up to `total`: after one second on a
    /// terminal, or at every second with `--verbose`.
    pub fn with_progress<T>(
        &self,
        what: &str,
        total: usize,
        done: &AtomicUsize,
        work: impl FnOnce() -> T,
    ) -> T {
        let terminal = std::io::stderr().is_terminal();
        let show = match self.verbosity {
            Verbosity::Quiet => false,
            Verbosity::Normal => terminal,
            Verbosity::Verbose => true,
        };
        if !show {
            return work();
        }
        let finished = AtomicBool::new(false);
        std::thread::scope(|scope| {
            let watcher = scope.spawn(|| {
                let start = Instant::now();
                let mut shown = false;
                while !finished.load(Ordering::Relaxed) {
                    // Woken at once when the work ends, so that it never waits for a tick.
                    std::thread::park_timeout(Duration::from_millis(100));
                    if start.elapsed() < Duration::from_secs(1) {
                        continue;
                    }
                    let n = done.load(Ordering::Relaxed);
                    if terminal {
                        eprint!("\r{what}: {n}/{total} ({}%)", n * 100 / total.max(1));
                        let _ = std::io::stderr().flush();
                        shown = true;
                    } else if start.elapsed().as_millis() % 1000 < 100 {
                        eprintln!("{what}: {n}/{total}");
                    }
                }
                if shown {
                    eprint!("\r{}\r", " ".repeat(what.len() + 32));
                }
            });
            let result = work();
            finished.store(true, Ordering::Relaxed);
            watcher.thread().unpark();
            result
        })
    }
}
