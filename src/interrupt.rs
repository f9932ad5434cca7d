//! Ctrl-C and SIGTERM: a flag the signal handler sets and the long steps of a build poll, so that
//! an interrupted build stops between two pages (or two moves of its commit) and cleans up.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Which signal, if any, asked the process to stop. Cheap to clone and to poll.
#[derive(Debug, Clone, Default)]
pub struct Interrupt(Arc<AtomicUsize>);

impl Interrupt {
    /// A flag no signal sets (tests, library callers); [`Interrupt::raise`] still sets it.
    pub fn none() -> Interrupt {
        Interrupt::default()
    }

    /// A flag that SIGINT and SIGTERM set. A second signal while the first is being handled
    /// ends the process at once with 128 + the signal's number (the output stays consistent:
    /// see the `output` module).
    pub fn on_signals() -> std::io::Result<Interrupt> {
        let flag = Interrupt::default();
        #[cfg(unix)]
        for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
            let exit_code = 128 + signal;
            let seen = Arc::new(std::sync::atomic::AtomicBool::new(false));
            // Registered first, so it sees the state before this signal's own flag is set.
            signal_hook::flag::register_conditional_shutdown(signal, exit_code, seen.clone())?;
            signal_hook::flag::register(signal, seen)?;
            let number = usize::try_from(signal).unwrap_or(usize::MAX);
            signal_hook::flag::register_usize(signal, flag.0.clone(), number)?;
        }
        Ok(flag)
    }

    /// Sets the flag as if `signal` had arrived.
    pub fn raise(&self, signal: i32) {
        let number = usize::try_from(signal).unwrap_or(usize::MAX);
        self.0.store(number, Ordering::SeqCst);
    }

    /// The signal that arrived, if one did.
    pub fn signal(&self) -> Option<i32> {
        match self.0.load(Ordering::Relaxed) {
            0 => None,
            signal => Some(i32::try_from(signal).unwrap_or(i32::MAX)),
        }
    }

    /// Whether a signal arrived.
    pub fn is_raised(&self) -> bool {
        self.signal().is_some()
    }

    /// The exit code of a process stopped by the signal: 128 + its number (130 for Ctrl-C).
    pub fn exit_code(&self) -> Option<u8> {
        self.signal()
            .and_then(|s| u8::try_from(128i32.saturating_add(s)).ok())
    }
}

/// The variable that makes a build stop at a named point and wait to be killed, so that tests can
/// kill a real process exactly there (`CODEATLAS_TEST_PAUSE_AT=move-3`). Not for users.
pub const PAUSE_VARIABLE: &str = "CODEATLAS_TEST_PAUSE_AT";

/// Waits if [`PAUSE_VARIABLE`] names this point (`point`: until killed; `point:MS`: for MS
/// milliseconds), after saying so on stderr. The points: `loaded`, `rendered`, `journal`,
/// `move-K` (after the K-th file moved into place), `moved`, `removed` (stale files removed),
/// `marker` (the marker written).
pub fn pause_point(point: &str) {
    static WANTED: std::sync::OnceLock<Option<(String, Option<u64>)>> = std::sync::OnceLock::new();
    let wanted = WANTED.get_or_init(|| {
        let value = std::env::var(PAUSE_VARIABLE).ok()?;
        Some(match value.split_once(':') {
            Some((name, ms)) => (name.to_string(), ms.parse().ok()),
            None => (value, None),
        })
    });
    let Some((name, ms)) = wanted else { return };
    if name != point {
        return;
    }
    eprintln!("codeatlas: paused at {point}");
    match ms {
        Some(ms) => std::thread::sleep(std::time::Duration::from_millis(*ms)),
        None => loop {
            std::thread::sleep(std::time::Duration::from_secs(3600));
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raised_flags_are_seen_by_every_clone() {
        let flag = Interrupt::none();
        let other = flag.clone();
        assert!(!other.is_raised());
        flag.raise(2);
        assert_eq!(other.signal(), Some(2));
        assert_eq!(other.exit_code(), Some(130));
    }
}
