//! Server-sent events to the open browser tabs: `reload` after a good rebuild, `errors` after a
//! failed one. A tab that connects while the site is broken gets the errors at once, so the
//! overlay shows on every page until the site builds again.

use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};

/// The address the live-reload script listens to.
pub const EVENTS_PATH: &str = "/__bangvang/events";

/// Every open event stream, and the errors of the last build when it failed.
#[derive(Debug, Default)]
pub struct Events {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    subscribers: Vec<Sender<String>>,
    failing: Option<String>,
}

impl Events {
    /// A new stream: frames are sent to the receiver as they happen; the errors of a failed
    /// build come first when the site is broken now.
    pub fn subscribe(&self) -> Receiver<String> {
        let (tx, rx) = channel();
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(frame) = &inner.failing {
            let _ = tx.send(frame.clone());
        }
        inner.subscribers.push(tx);
        rx
    }

    /// The site was rebuilt: every tab reloads.
    pub fn reload(&self) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.failing = None;
        broadcast(&mut inner, frame("reload", "{}"));
    }

    /// The rebuild failed: every tab shows these messages over the last good page.
    pub fn errors(&self, messages: &[String]) {
        let json = serde_json::to_string(messages).unwrap_or_else(|_| "[]".into());
        let f = frame("errors", &json);
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.failing = Some(f.clone());
        broadcast(&mut inner, f);
    }

    /// True while the last build failed.
    pub fn is_failing(&self) -> bool {
        self.inner
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .failing
            .is_some()
    }

    /// Number of open streams (for tests and the terminal).
    pub fn subscribers(&self) -> usize {
        self.inner
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .subscribers
            .len()
    }
}

/// Sends a frame to every stream, forgetting the ones whose tab has gone.
fn broadcast(inner: &mut Inner, f: String) {
    inner.subscribers.retain(|tx| tx.send(f.clone()).is_ok());
}

/// One server-sent event: `event:` line, one `data:` line (JSON never holds a newline), blank
/// line.
pub fn frame(event: &str, data: &str) -> String {
    format!("event: {event}\ndata: {data}\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn late_subscribers_see_current_errors() {
        let ev = Events::default();
        let early = ev.subscribe();
        ev.errors(&["error: a.md:1:1: x — y".into()]);
        assert_eq!(
            early.try_recv().unwrap(),
            "event: errors\ndata: [\"error: a.md:1:1: x — y\"]\n\n"
        );
        let late = ev.subscribe();
        assert!(late.try_recv().unwrap().starts_with("event: errors"));
        ev.reload();
        assert_eq!(late.try_recv().unwrap(), "event: reload\ndata: {}\n\n");
        let fresh = ev.subscribe();
        assert!(
            fresh.try_recv().is_err(),
            "a good site sends nothing on connect"
        );
        drop(early);
        ev.reload();
        assert_eq!(ev.subscribers(), 2);
    }
}
