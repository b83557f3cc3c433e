//! Reading one request head, within the limits of [`limits`](crate::serve::limits): `httparse`
//! does the parsing; this file decides how much is read and what the parts mean to `serve`.
//! A body is never read: `serve` answers only GET and HEAD, and a request announcing a body is
//! answered and its connection closed, so its bytes can never be taken for a next request.

use std::io::{self, Read};
use std::net::TcpStream;
use std::time::Instant;

use crate::serve::limits::{MAX_HEAD, MAX_HEADERS, MAX_TARGET};

/// The request methods `serve` tells apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Method {
    /// GET: the file, or the event stream.
    Get,
    /// HEAD: what GET would answer, without the body.
    Head,
    /// Anything else (answered 405).
    Other,
}

/// What a request asks, as far as `serve` cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    /// The method.
    pub method: Method,
    /// The request target as sent (`/tin-tuc/?a=b`).
    pub target: String,
    /// The value of the `Host` header; None when there is none or more than one.
    pub host: Option<String>,
    /// The connection may carry another request after this one (HTTP/1.1 without
    /// `Connection: close`).
    pub keep_alive: bool,
    /// The request announces a body (`Content-Length` other than 0, or `Transfer-Encoding`).
    pub has_body: bool,
    /// `Sec-Fetch-Site`, sent by browsers: who asked (`same-origin`, `cross-site` …).
    pub fetch_site: Option<String>,
    /// `Sec-Fetch-Mode`, sent by browsers: `navigate` when the address bar or a link asked.
    pub fetch_mode: Option<String>,
    /// Bytes of the buffer the head took; what follows belongs to the next request.
    pub len: usize,
}

/// Why no head could be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The client closed the connection or stayed silent: there is no one to answer.
    Gone,
    /// Part of a head came, then the time ran out (answered 408).
    TimedOut,
    /// The head is too large or not HTTP: answered with this status, then the connection is
    /// closed.
    Refused(u16),
}

/// Reads until `buf` holds a whole request head, and returns it; `buf` may already hold bytes
/// that followed the previous request. Never reads more than [`MAX_HEAD`] bytes into `buf`, and
/// stops at once when the target passes [`MAX_TARGET`]: a 20 MB address costs 8 KiB.
pub fn read_head(r: &mut impl Read, buf: &mut Vec<u8>) -> Result<Head, ReadError> {
    let mut chunk = [0u8; 4096];
    loop {
        if !buf.is_empty() {
            match parse(buf) {
                Ok(Some(head)) => return Ok(head),
                Ok(None) if buf.len() >= MAX_HEAD => return Err(ReadError::Refused(431)),
                Ok(None) => {}
                Err(status) => return Err(ReadError::Refused(status)),
            }
        }
        let room = (MAX_HEAD - buf.len()).min(chunk.len());
        match r.read(&mut chunk[..room]) {
            Ok(0) => return Err(ReadError::Gone),
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if is_timeout(&e) && !buf.is_empty() => return Err(ReadError::TimedOut),
            Err(_) => return Err(ReadError::Gone),
        }
    }
}

/// A connection read with one deadline for a whole head, however the bytes trickle in.
pub struct Deadline<'a> {
    stream: &'a TcpStream,
    until: Instant,
}

impl<'a> Deadline<'a> {
    /// Reads from `stream` until `until`.
    pub fn new(stream: &'a TcpStream, until: Instant) -> Self {
        Deadline { stream, until }
    }
}

impl Read for Deadline<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        let mut stream = self.stream;
        stream.read(buf)
    }
}

/// A read that ran out of time: Unix says "would block", Windows "timed out".
fn is_timeout(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
    )
}

/// The head in `buf` when it is complete, None when more is needed, or the status to refuse it
/// with.
fn parse(buf: &[u8]) -> Result<Option<Head>, u16> {
    if target_so_far(buf) > MAX_TARGET {
        return Err(414);
    }
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut req = httparse::Request::new(&mut headers);
    match req.parse(buf) {
        Ok(httparse::Status::Complete(len)) => Ok(Some(head_of(&req, len))),
        Ok(httparse::Status::Partial) => Ok(None),
        Err(httparse::Error::TooManyHeaders) => Err(431),
        Err(_) => Err(400),
    }
}

/// The length of the request target read so far, complete or not: counted before `httparse`
/// sees the head, so that a long address is refused as soon as it passes the limit rather than
/// when the head limit is reached.
fn target_so_far(buf: &[u8]) -> usize {
    let line = buf.trim_ascii_start();
    let Some(space) = line.iter().position(|&b| b == b' ') else {
        return 0;
    };
    line[space + 1..]
        .iter()
        .take_while(|&&b| !matches!(b, b' ' | b'\r' | b'\n'))
        .count()
}

fn head_of(req: &httparse::Request, len: usize) -> Head {
    let values = |name: &str| -> Vec<String> {
        req.headers
            .iter()
            .filter(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).trim().to_string())
            .collect()
    };
    let one = |name: &str| match <[String; 1]>::try_from(values(name)) {
        Ok([v]) => Some(v),
        Err(_) => None,
    };
    let method = match req.method {
        Some("GET") => Method::Get,
        Some("HEAD") => Method::Head,
        _ => Method::Other,
    };
    let close = values("connection").iter().any(|v| {
        v.split(',')
            .any(|token| token.trim().eq_ignore_ascii_case("close"))
    });
    // HTTP/1.0 connections are closed after one answer: its keep-alive is an old extension
    // no browser needs.
    let keep_alive = req.version == Some(1) && !close;
    let has_body = values("content-length").iter().any(|v| v != "0")
        || !values("transfer-encoding").is_empty();
    Head {
        method,
        target: req.path.unwrap_or_default().to_string(),
        host: one("host"),
        keep_alive,
        has_body,
        fetch_site: one("sec-fetch-site").map(|v| v.to_ascii_lowercase()),
        fetch_mode: one("sec-fetch-mode").map(|v| v.to_ascii_lowercase()),
        len,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> Result<Head, ReadError> {
        read_head(&mut &bytes[..], &mut Vec::new())
    }

    /// A client that sends `prefix`, then `fill` bytes for ever; counts what was read.
    struct Endless {
        prefix: Vec<u8>,
        fill: u8,
        read: usize,
    }

    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            for (i, b) in buf.iter_mut().enumerate() {
                *b = self.prefix.get(self.read + i).copied().unwrap_or(self.fill);
            }
            self.read += buf.len();
            Ok(buf.len())
        }
    }

    /// Sends its bytes, then stays silent as a socket whose timeout ran out.
    struct Silent<'a>(&'a [u8]);

    impl Read for Silent<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.0.is_empty() {
                return Err(io::ErrorKind::WouldBlock.into());
            }
            self.0.read(buf)
        }
    }

    #[test]
    fn a_browser_request_is_read() {
        let raw = b"GET /tin-tuc/?a=1 HTTP/1.1\r\nHost: 127.0.0.1:1111\r\nSec-Fetch-Site: Same-Origin\r\nSec-Fetch-Mode: cors\r\n\r\nGET /next";
        let h = read(raw).unwrap();
        assert_eq!(h.method, Method::Get);
        assert_eq!(h.target, "/tin-tuc/?a=1");
        assert_eq!(h.host.as_deref(), Some("127.0.0.1:1111"));
        assert!(h.keep_alive);
        assert!(!h.has_body);
        assert_eq!(h.fetch_site.as_deref(), Some("same-origin"));
        assert_eq!(h.fetch_mode.as_deref(), Some("cors"));
        assert_eq!(
            h.len,
            raw.len() - 9,
            "what follows the head is left for the next request"
        );
    }

    #[test]
    fn what_the_head_says_about_the_connection() {
        let h = read(b"HEAD / HTTP/1.0\r\n\r\n").unwrap();
        assert_eq!(
            (h.method, h.host, h.keep_alive),
            (Method::Head, None, false)
        );
        let h = read(b"GET / HTTP/1.1\r\nConnection: keep-alive, Close\r\n\r\n").unwrap();
        assert!(!h.keep_alive);
        let h = read(b"GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n").unwrap();
        assert_eq!(h.host, None, "two Host headers name no host");
        let h = read(b"POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello").unwrap();
        assert_eq!((h.method, h.has_body), (Method::Other, true));
        let h = read(b"GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n").unwrap();
        assert!(h.has_body);
        let h = read(b"GET / HTTP/1.1\r\nContent-Length: 0\r\n\r\n").unwrap();
        assert!(!h.has_body);
    }

    #[test]
    fn a_long_address_is_refused_after_reading_little() {
        let mut client = Endless {
            prefix: b"GET /".to_vec(),
            fill: b'a',
            read: 0,
        };
        assert_eq!(
            read_head(&mut client, &mut Vec::new()),
            Err(ReadError::Refused(414))
        );
        assert!(client.read <= MAX_TARGET + 4096, "read {}", client.read);
        let target = "a".repeat(MAX_TARGET);
        let ok = format!("GET /{target} HTTP/1.1\r\n\r\n");
        assert_eq!(
            read(ok.as_bytes()),
            Err(ReadError::Refused(414)),
            "one byte over"
        );
        let ok = format!("GET /{} HTTP/1.1\r\n\r\n", &target[1..]);
        assert!(read(ok.as_bytes()).is_ok(), "at the limit");
    }

    #[test]
    fn a_large_head_is_refused_after_reading_its_limit() {
        let mut client = Endless {
            prefix: b"GET / HTTP/1.1\r\nX-Long: ".to_vec(),
            fill: b'x',
            read: 0,
        };
        assert_eq!(
            read_head(&mut client, &mut Vec::new()),
            Err(ReadError::Refused(431))
        );
        assert_eq!(client.read, MAX_HEAD);
        let many: String = (0..MAX_HEADERS + 1)
            .map(|i| format!("X-{i}: y\r\n"))
            .collect();
        assert_eq!(
            read(format!("GET / HTTP/1.1\r\n{many}\r\n").as_bytes()),
            Err(ReadError::Refused(431))
        );
    }

    #[test]
    fn what_is_not_http_is_refused() {
        assert_eq!(
            read(b"\x16\x03\x01\x02\x00 hello\r\n\r\n"),
            Err(ReadError::Refused(400))
        );
        assert_eq!(
            read(b"GET / HTTP/1.1\r\nBad Header: x\r\n\r\n"),
            Err(ReadError::Refused(400))
        );
    }

    #[test]
    fn silence_and_closing() {
        assert_eq!(read(b""), Err(ReadError::Gone));
        assert_eq!(read(b"GET / HT"), Err(ReadError::Gone), "closed mid-head");
        assert_eq!(
            read_head(&mut Silent(b""), &mut Vec::new()),
            Err(ReadError::Gone),
            "an idle connection is closed without an answer"
        );
        assert_eq!(
            read_head(&mut Silent(b"GET / HT"), &mut Vec::new()),
            Err(ReadError::TimedOut)
        );
    }
}
