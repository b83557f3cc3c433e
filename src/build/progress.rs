//! Counters of a render in progress, shared with whoever shows them (the terminal indicator of
//! `build`). Rendering only counts; it never prints.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many render jobs there are and how many have finished. Cloning shares the counters, so
/// the command line can keep one clone to read while the render updates the other.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    inner: Arc<Counters>,
}

#[derive(Debug, Default)]
struct Counters {
    total: AtomicUsize,
    done: AtomicUsize,
}

impl Progress {
    /// A render of `total` jobs begins.
    pub fn start(&self, total: usize) {
        self.inner.done.store(0, Ordering::Relaxed);
        self.inner.total.store(total, Ordering::Relaxed);
    }

    /// One job finished.
    pub fn advance(&self) {
        self.inner.done.fetch_add(1, Ordering::Relaxed);
    }

    /// (finished, total); total is 0 before the render starts.
    pub fn get(&self) -> (usize, usize) {
        (
            self.inner.done.load(Ordering::Relaxed),
            self.inner.total.load(Ordering::Relaxed),
        )
    }
}

/// With `BANGVANG_TIMINGS` set, prints to standard error how long a step took (to measure a
/// build or serve's loop; see `benches/`). Prints nothing otherwise.
pub fn timing(step: &str, since: std::time::Instant) {
    if std::env::var_os("BANGVANG_TIMINGS").is_some() {
        // The memory in use and the CPU time so far, where the system tells them (Linux).
        let rss = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
                Some(format!(", {} in use", line["VmRSS:".len()..].trim()))
            })
            .unwrap_or_default();
        let cpu = std::fs::read_to_string("/proc/self/stat")
            .ok()
            .and_then(|s| {
                // After the command's name in parentheses: utime and stime are the 12th and
                // 13th fields, in clock ticks (100 a second).
                let rest = s.get(s.rfind(')')? + 2..)?;
                let f: Vec<&str> = rest.split(' ').collect();
                let ticks: u64 =
                    f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
                Some(format!(", {} ms of CPU", ticks * 10))
            })
            .unwrap_or_default();
        eprintln!(
            "[timings] {step}: {} ms{rss}{cpu}",
            since.elapsed().as_millis()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_the_counts() {
        let p = Progress::default();
        let seen = p.clone();
        assert_eq!(seen.get(), (0, 0));
        p.start(3);
        p.advance();
        p.advance();
        assert_eq!(seen.get(), (2, 3));
    }
}
