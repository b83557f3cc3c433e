//! The progress indicator of long builds: on a terminal only (standard error), only once a
//! build has taken more than a second, updated in place and erased when done.

use std::io::{IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::build::progress::Progress;
use crate::diag::catalogue::cli::{PROGRESS_FINISHING, PROGRESS_RENDERING};
use crate::t;

/// How long a build runs before the indicator appears.
const DELAY: Duration = Duration::from_secs(1);

/// A running indicator; [`Ticker::stop`] erases it.
pub struct Ticker {
    stop: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
}

impl Ticker {
    /// Starts showing `progress` (does nothing when standard error is not a terminal).
    pub fn start(progress: Progress) -> Ticker {
        let stop = Arc::new(AtomicBool::new(false));
        if !std::io::stderr().is_terminal() {
            return Ticker { stop, handle: None };
        }
        let flag = Arc::clone(&stop);
        let lang = crate::cli::lang();
        let handle = std::thread::spawn(move || {
            let started = Instant::now();
            let mut shown = false;
            let mut last = (usize::MAX, 0);
            while !flag.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(100));
                let (done, total) = progress.get();
                if started.elapsed() < DELAY || total == 0 || (done, total) == last {
                    continue;
                }
                last = (done, total);
                let line = if done < total {
                    t!(PROGRESS_RENDERING, done = group(done), total = group(total))
                } else {
                    t!(PROGRESS_FINISHING, total = group(total))
                };
                eprint!("\r\x1b[K{}", line.get(lang));
                let _ = std::io::stderr().flush();
                shown = true;
            }
            if shown {
                eprint!("\r\x1b[K");
            }
        });
        Ticker {
            stop,
            handle: Some(handle),
        }
    }

    /// Stops and erases the indicator.
    pub fn stop(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

/// Groups digits by thousands with a space, as Vietnamese readers expect: 30 000.
fn group(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands() {
        assert_eq!(super::group(12), "12");
        assert_eq!(super::group(30000), "30 000");
        assert_eq!(super::group(1234567), "1 234 567");
    }
}
