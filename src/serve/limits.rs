//! What one `serve` will spend on its visitors. The server is for one author's browser on the
//! same machine, so the numbers are far above what a browser needs and far below what would
//! let a misbehaving program (or a hostile web page making requests to 127.0.0.1) exhaust the
//! machine: each open connection costs a thread, so connections are counted and capped.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// The largest request head (request line and headers) read; a longer one is answered 431.
/// Browsers send 1–2 KiB.
pub const MAX_HEAD: usize = 16 * 1024;

/// The longest request target (path and query); a longer one is answered 414.
pub const MAX_TARGET: usize = 8 * 1024;

/// The most header lines in one request; more is answered 431. Browsers send about 15.
pub const MAX_HEADERS: usize = 64;

/// How long a client has to send a whole request head, counted from the moment the server
/// starts waiting for it: on a new connection, and again between requests on a kept-alive one.
/// A client sending one byte at a time cannot stretch it.
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(10);

/// How long one write may wait for a client that does not read.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(10);

/// Connections served at once (each has its own thread); more are answered 503 and closed.
/// A browser opens about six per site, plus one event stream per tab.
pub const MAX_CONNECTIONS: usize = 64;

/// Event streams open at once, counted within [`MAX_CONNECTIONS`] so that streams (which live as
/// long as their tab) never take every connection; more are answered 503.
pub const MAX_STREAMS: usize = 32;

/// How often an event stream with nothing to say gets a comment line: proxies and browsers
/// keep the stream open, and a write to a closed tab fails.
pub const STREAM_PING: Duration = Duration::from_secs(15);

/// How often an event stream checks whether its tab has closed the connection, so that the
/// reload after every save (the page opens a new stream) does not pile up old streams.
pub const STREAM_CHECK: Duration = Duration::from_secs(1);

/// A counter of places (connections, event streams) with a ceiling.
#[derive(Debug)]
pub struct Slots {
    taken: AtomicUsize,
    max: usize,
}

/// One place taken from [`Slots`]; given back when dropped, whatever way the connection ends.
#[derive(Debug)]
pub struct Slot(Arc<Slots>);

impl Slots {
    /// A counter allowing `max` places at once.
    pub fn new(max: usize) -> Arc<Slots> {
        Arc::new(Slots {
            taken: AtomicUsize::new(0),
            max,
        })
    }

    /// Takes a place, or None when all are taken.
    pub fn take(self: &Arc<Self>) -> Option<Slot> {
        self.taken
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < self.max).then_some(n + 1)
            })
            .ok()
            .map(|_| Slot(Arc::clone(self)))
    }

    /// Places taken now.
    pub fn taken(&self) -> usize {
        self.taken.load(Ordering::Acquire)
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.taken.fetch_sub(1, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_capped_and_given_back() {
        let slots = Slots::new(2);
        let a = slots.take().unwrap();
        let _b = slots.take().unwrap();
        assert!(slots.take().is_none());
        drop(a);
        assert_eq!(slots.taken(), 1);
        assert!(slots.take().is_some());
    }
}
