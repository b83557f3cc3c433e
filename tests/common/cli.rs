//! The command line under test: run the built binary, list folders, talk HTTP to `serve`.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

/// The `bangvang` binary built for these tests, speaking English (`--lang en`): most tests read
/// its messages, and read them in one language. Tests of the default language use
/// [`bin_as_installed`].
pub fn bin() -> Command {
    let mut command = bin_as_installed();
    command.args(["--lang", "en"]);
    command
}

/// The `bangvang` binary as a user runs it: no `--lang`, so it speaks the site's language or
/// Vietnamese.
pub fn bin_as_installed() -> Command {
    Command::new(env!("CARGO_BIN_EXE_bangvang"))
}

/// Runs the binary with `args`, with `tmp` as its temporary folder, and without colour.
pub fn run(args: &[&str], tmp: &Path) -> Output {
    bin()
        .args(args)
        .env("TMPDIR", tmp)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

/// Every file and folder under `dir` with its content and modification time: two listings
/// are equal only when nothing was created, removed or written.
pub fn listing(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, Option<std::time::SystemTime>)> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap())
        .map(|e| {
            let meta = e.metadata().unwrap();
            let bytes = if meta.is_file() {
                std::fs::read(e.path()).unwrap()
            } else {
                Vec::new()
            };
            (
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                (bytes, meta.modified().ok()),
            )
        })
        .collect()
}

/// A port on 127.0.0.1 that was free a moment ago.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// GET `path` from 127.0.0.1:`port`, naming the host as a browser does: (status, body), or None
/// when nothing answers.
pub fn get(port: u16, path: &str) -> Option<(u16, String)> {
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    send(port, request.as_bytes()).map(|r| (r.status, r.text()))
}

/// One answer of the server.
#[derive(Debug, Clone)]
pub struct Reply {
    /// The status code.
    pub status: u16,
    /// The headers, names as sent.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Reply {
    /// The value of a header (names compared without case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends `request` (raw bytes) to 127.0.0.1:`port` and reads until the server closes the
/// connection: the first answer, or None when nothing (readable) came. The answer to a HEAD
/// request has no body; `body` then holds whatever followed its head.
pub fn send(port: u16, request: &[u8]) -> Option<Reply> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(15))).ok()?;
    s.write_all(request).ok()?;
    let mut buf = Vec::new();
    // A reset after the answer arrived still leaves the answer in `buf`.
    let _ = s.read_to_end(&mut buf);
    let head_only = request.starts_with(b"HEAD ");
    parse_reply(&buf, head_only).map(|(reply, _)| reply)
}

/// Reads one answer from a connection that stays open (its length from `Content-Length`),
/// and not a byte more: the next answer, already sent when requests were pipelined, stays in
/// the connection for the next call.
pub fn read_reply(s: &mut TcpStream) -> Option<Reply> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        match s.read(&mut byte) {
            Ok(1) => buf.push(byte[0]),
            _ => return None,
        }
    }
    let head = String::from_utf8_lossy(&buf).to_ascii_lowercase();
    let length = head
        .split("\r\n")
        .filter_map(|l| l.split_once(':'))
        .find(|(n, _)| n.trim() == "content-length")
        .and_then(|(_, v)| v.trim().parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    s.read_exact(&mut body).ok()?;
    buf.extend_from_slice(&body);
    parse_reply(&buf, false).map(|(reply, _)| reply)
}

/// The first complete answer in `buf` and the bytes it took; without a `Content-Length` (or
/// when `head_only`, for the answer to HEAD), the body is the rest of `buf`.
pub fn parse_reply(buf: &[u8], head_only: bool) -> Option<(Reply, usize)> {
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let start = end + 4;
    let length = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok());
    let stop = match length.filter(|_| !head_only) {
        Some(n) if buf.len() >= start + n => start + n,
        Some(_) => return None,
        None => buf.len(),
    };
    let reply = Reply {
        status,
        headers,
        body: buf[start..stop].to_vec(),
    };
    Some((reply, stop))
}
