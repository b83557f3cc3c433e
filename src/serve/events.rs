//! Server-sent events to the open browser tabs: `reload` after a good rebuild, `errors` after a
//! failed one. A tab that connects while the site is broken gets the errors at once, so the
//! overlay shows on every page until the site builds again.
//!
//! The error messages quote lines of the site's files (scores, names): the stream is for the
//! author's own tabs only, so it carries no `Access-Control-Allow-Origin` header and the server
//! answers it only under its own host name; another site's page cannot read it.

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Instant;

use crate::serve::limits::{STREAM_CHECK, STREAM_PING};

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

/// Keeps an event stream open on `conn`: writes each frame as it comes, a comment line when
/// the stream has been quiet for [`STREAM_PING`]; returns when the tab has gone. Blocks, so it
/// runs on the connection's own thread.
pub fn stream(conn: &mut TcpStream, events: &Events) {
    let rx = events.subscribe();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n: connected\n\n";
    if send(conn, head).is_err() {
        return;
    }
    let mut quiet_since = Instant::now();
    loop {
        let sent = match rx.recv_timeout(STREAM_CHECK) {
            Ok(frame) => send(conn, &frame),
            Err(RecvTimeoutError::Timeout) if tab_gone(conn) => return,
            Err(RecvTimeoutError::Timeout) if quiet_since.elapsed() >= STREAM_PING => {
                send(conn, ": keep-alive\n\n")
            }
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if sent.is_err() {
            return;
        }
        quiet_since = Instant::now();
    }
}

fn send(conn: &mut TcpStream, text: &str) -> io::Result<()> {
    conn.write_all(text.as_bytes())?;
    conn.flush()
}

/// True when the tab has closed the connection. A browser sends nothing on an event stream after
/// its request, so the end of the incoming side means the tab is gone; anything else that
/// arrives is dropped. Without this check a closed tab would be noticed only at the next write,
/// and the reload after each save (the page opens a new stream) would pile up old streams
/// against their cap.
fn tab_gone(conn: &mut TcpStream) -> bool {
    if conn.set_nonblocking(true).is_err() {
        return true;
    }
    let mut scratch = [0u8; 512];
    let gone = match conn.read(&mut scratch) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => !matches!(
            e.kind(),
            io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
        ),
    };
    conn.set_nonblocking(false).is_err() || gone
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
