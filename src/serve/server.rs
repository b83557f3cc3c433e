//! The HTTP/1.1 server of `serve`, on `std::net`: one thread accepts connections, and each
//! connection is served on a thread of its own, as many at once as
//! [`MAX_CONNECTIONS`] allows. Kept-alive connections carry several requests; a request never
//! has a body.
//!
//! A request meets these rules in order, and the first it breaks answers it (with a short
//! plain-text body that holds nothing of the site) and closes the connection:
//!
//! 1. a connection beyond [`MAX_CONNECTIONS`]: 503;
//! 2. a request head not complete within [`HEAD_TIMEOUT`] (408, or closed silently when nothing
//!    came), larger than [`MAX_HEAD`] (431), with a target longer than [`MAX_TARGET`] (414), or
//!    not HTTP (400);
//! 3. no `Host`, or two (400); a `Host` other than `127.0.0.1:<port>` or `localhost:<port>`
//!    (421): a web page whose host name was pointed at 127.0.0.1 (DNS rebinding) reaches the
//!    server under its own name, and is refused;
//! 4. a browser's request that another site's page made, other than a navigation (403): such a
//!    page could otherwise run the site's scripts (`search-index.js`) inside itself and read
//!    what they hold;
//! 5. a method other than GET and HEAD (405);
//! 6. a target that is not a path (400);
//! 7. the event stream beyond [`MAX_STREAMS`] (503).
//!
//! No answer carries `Access-Control-Allow-Origin`: the browser keeps other sites' pages from
//! reading anything served here.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::serve::events::{self, EVENTS_PATH};
use crate::serve::http::{self, Served, path_of};
use crate::serve::limits::{
    HEAD_TIMEOUT, MAX_CONNECTIONS, MAX_HEAD, MAX_STREAMS, MAX_TARGET, Slots, WRITE_TIMEOUT,
};
use crate::serve::request::{Deadline, Head, Method, ReadError, read_head};
use crate::serve::response::Response;

/// How long, and how many bytes, a connection is drained after its last answer (see
/// [`close_gently`]).
const LINGER_TIME: Duration = Duration::from_secs(1);
const LINGER_BYTES: usize = 256 * 1024;

/// What every connection thread shares.
struct Server {
    served: Arc<Served>,
    /// `127.0.0.1:<port>` and `localhost:<port>`.
    own_hosts: [String; 2],
    connections: Arc<Slots>,
    streams: Arc<Slots>,
}

/// Serves `served` on `listener` (bound to 127.0.0.1 by the caller) from a thread of its own,
/// until the process ends.
pub fn start(listener: TcpListener, served: Arc<Served>) -> std::io::Result<()> {
    let port = listener.local_addr()?.port();
    let server = Arc::new(Server {
        served,
        own_hosts: [format!("127.0.0.1:{port}"), format!("localhost:{port}")],
        connections: Slots::new(MAX_CONNECTIONS),
        streams: Slots::new(MAX_STREAMS),
    });
    std::thread::Builder::new()
        .name("bangvang-accept".into())
        .spawn(move || server.accept(listener))?;
    Ok(())
}

impl Server {
    fn accept(self: Arc<Self>, listener: TcpListener) {
        for conn in listener.incoming() {
            let Ok(conn) = conn else {
                // Out of file descriptors, most likely: give the open connections time to end
                // rather than spin.
                std::thread::sleep(Duration::from_millis(100));
                continue;
            };
            let _ = conn.set_write_timeout(Some(WRITE_TIMEOUT));
            let Some(slot) = self.connections.take() else {
                turn_away(conn);
                continue;
            };
            let server = Arc::clone(&self);
            // When no thread can be made, the closure is dropped with the connection and its
            // slot: the client sees the connection closed.
            let _ = std::thread::Builder::new()
                .name("bangvang-http".into())
                .spawn(move || {
                    let _slot = slot;
                    server.connection(conn);
                });
        }
    }

    /// Answers the requests of one connection until it closes, breaks a rule or stays idle.
    fn connection(&self, mut conn: TcpStream) {
        let mut buf = Vec::new();
        loop {
            let mut from = Deadline::new(&conn, Instant::now() + HEAD_TIMEOUT);
            let head = match read_head(&mut from, &mut buf) {
                Ok(head) => head,
                Err(ReadError::Gone) => return,
                Err(ReadError::TimedOut) => {
                    return refuse(
                        conn,
                        Response::text(
                            408,
                            &format!(
                                "the request did not arrive within {} seconds",
                                HEAD_TIMEOUT.as_secs()
                            ),
                        ),
                    );
                }
                Err(ReadError::Refused(status)) => return refuse(conn, refusal(status)),
            };
            buf.drain(..head.len);
            if let Err(no) = self.admit(&head) {
                return refuse(conn, no);
            }
            let head_only = head.method == Method::Head;
            if path_of(&head.target) == EVENTS_PATH && !head_only {
                return self.stream_events(conn);
            }
            let answer = if path_of(&head.target) == EVENTS_PATH {
                Response::new(200, "text/event-stream; charset=utf-8", Vec::new())
            } else {
                http::answer(&self.served, &head.target)
            };
            // A body is never read: the connection ends after answering, so its bytes are
            // never taken for a request.
            let close = !head.keep_alive || head.has_body;
            if answer.write_to(&mut conn, head_only, close).is_err() {
                return;
            }
            if close {
                return close_gently(conn);
            }
        }
    }

    /// The rules a request passes before anything of the site is looked at.
    fn admit(&self, head: &Head) -> Result<(), Response> {
        let [ip, name] = &self.own_hosts;
        match &head.host {
            None => {
                return Err(Response::text(
                    400,
                    "a request must name its host once (Host header)",
                ));
            }
            Some(host) if host != ip && !host.eq_ignore_ascii_case(name) => {
                return Err(Response::text(
                    421,
                    &format!("bangvang serve answers only http://{ip}/ and http://{name}/"),
                ));
            }
            Some(_) => {}
        }
        let other_site = head
            .fetch_site
            .as_deref()
            .is_some_and(|site| site != "same-origin" && site != "none");
        if other_site && head.fetch_mode.as_deref() != Some("navigate") {
            return Err(Response::text(
                403,
                "another site's page may not use the pages of bangvang serve",
            ));
        }
        if head.method == Method::Other {
            return Err(
                Response::text(405, "bangvang serve answers only GET and HEAD")
                    .with("Allow", "GET, HEAD"),
            );
        }
        if !head.target.starts_with('/') {
            return Err(Response::text(400, "the request target must be a path"));
        }
        Ok(())
    }

    fn stream_events(&self, mut conn: TcpStream) {
        let Some(_stream) = self.streams.take() else {
            return refuse(
                conn,
                Response::text(
                    503,
                    &format!(
                        "{MAX_STREAMS} live-reload streams are open already; close some tabs of the site"
                    ),
                ),
            );
        };
        events::stream(&mut conn, &self.served.events);
    }
}

/// The answer to a head that broke a limit.
fn refusal(status: u16) -> Response {
    let why = match status {
        414 => format!("the address is longer than {} KiB", MAX_TARGET / 1024),
        431 => format!("the request head is larger than {} KiB", MAX_HEAD / 1024),
        _ => "this is not an HTTP request bangvang serve understands".to_string(),
    };
    Response::text(status, &why)
}

/// Answers with `no` and closes.
fn refuse(mut conn: TcpStream, no: Response) {
    if no.write_to(&mut conn, false, true).is_ok() {
        close_gently(conn);
    }
}

/// Ends a connection so that its last answer arrives. Closing a socket that still holds unread
/// bytes (the rest of a 20 MB address, a body) makes the system reset the connection, and the
/// client may lose the answer with it; so the sending side is shut first, and what the client
/// still sends is read and dropped, for at most [`LINGER_TIME`] and [`LINGER_BYTES`].
fn close_gently(conn: TcpStream) {
    let _ = conn.shutdown(Shutdown::Write);
    let mut rest = Deadline::new(&conn, Instant::now() + LINGER_TIME);
    let mut scratch = [0u8; 8192];
    let mut drained = 0;
    while drained < LINGER_BYTES {
        match rest.read(&mut scratch) {
            Ok(0) | Err(_) => break,
            Ok(n) => drained += n,
        }
    }
}

/// Answers 503 to a connection beyond the cap, on the accepting thread, without waiting: what
/// the client already sent is dropped first (so the close does not reset the connection before
/// the answer is read), then the answer is written and the connection closed.
fn turn_away(mut conn: TcpStream) {
    if conn.set_nonblocking(true).is_ok() {
        let mut scratch = [0u8; 8192];
        for _ in 0..8 {
            if !matches!(conn.read(&mut scratch), Ok(n) if n > 0) {
                break;
            }
        }
    }
    let _ = conn.set_nonblocking(false);
    let _ = conn.set_write_timeout(Some(Duration::from_millis(200)));
    let busy = Response::text(
        503,
        &format!("{MAX_CONNECTIONS} connections are open already; try again in a moment"),
    );
    let _ = busy.write_to(&mut conn, false, true);
    let _ = conn.flush();
    let _ = conn.shutdown(Shutdown::Both);
}
