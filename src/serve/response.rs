//! One answer of `serve`, and how it is written on the connection. Every answer has a
//! `Content-Length` (the files of a site are read whole), so a kept-alive connection always
//! knows where an answer ends; every answer says `Cache-Control: no-store`, so the browser
//! never shows a page older than the last build.

use std::io::{self, Write};

/// A status, headers and a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// The status code.
    pub status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

impl Response {
    /// An answer with a body of the given type.
    pub fn new(status: u16, content_type: &str, body: Vec<u8>) -> Response {
        Response {
            status,
            headers: vec![("Content-Type", content_type.to_string())],
            body,
        }
    }

    /// A short plain-text answer, for refusals: it tells a person what happened and holds
    /// nothing of the site.
    pub fn text(status: u16, message: &str) -> Response {
        Response::new(
            status,
            "text/plain; charset=utf-8",
            format!("{status} {}: {message}\n", reason(status)).into_bytes(),
        )
    }

    /// The same answer with one more header. A value holding a line break is dropped rather
    /// than let it start a header of its own.
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Response {
        let value = value.into();
        if !value.contains(['\r', '\n']) {
            self.headers.push((name, value));
        }
        self
    }

    /// The value of a header, for tests.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// Writes the answer: without its body for a HEAD request (the `Content-Length` is still the
    /// body's), and saying `Connection: close` when the connection ends after it.
    pub fn write_to(&self, w: &mut impl Write, head_only: bool, close: bool) -> io::Result<()> {
        let mut head = format!("HTTP/1.1 {} {}\r\n", self.status, reason(self.status));
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!(
            "Content-Length: {}\r\nCache-Control: no-store\r\n",
            self.body.len()
        ));
        if close {
            head.push_str("Connection: close\r\n");
        }
        head.push_str("\r\n");
        w.write_all(head.as_bytes())?;
        if !head_only {
            w.write_all(&self.body)?;
        }
        w.flush()
    }
}

/// The reason phrase of the statuses `serve` uses.
pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        414 => "URI Too Long",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_answers_carry_the_length_but_no_body() {
        let r = Response::new(200, "text/html; charset=utf-8", b"<p>hi</p>".to_vec());
        let mut out = Vec::new();
        r.write_to(&mut out, true, false).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 9\r\nCache-Control: no-store\r\n\r\n"
        );
        let mut out = Vec::new();
        r.write_to(&mut out, false, true).unwrap();
        assert!(
            String::from_utf8(out)
                .unwrap()
                .ends_with("Connection: close\r\n\r\n<p>hi</p>")
        );
    }

    #[test]
    fn a_header_value_cannot_start_another_header() {
        let r = Response::text(404, "x").with("Location", "/a\r\nSet-Cookie: b");
        assert_eq!(r.header("Location"), None);
        assert_eq!(r.body(), b"404 Not Found: x\n");
    }
}
