//! The HTTP side of `serve`: files of the built site, and the event stream of the live-reload
//! script. Local use only: the listener is bound to 127.0.0.1 by the caller.

use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tiny_http::{Header, Request, Response, StatusCode};

use crate::serve::events::{EVENTS_PATH, Events};

/// What the server shares with the rebuild loop.
#[derive(Debug)]
pub struct Served {
    /// The folder holding the last good build.
    pub dir: PathBuf,
    /// False until a first build succeeded; meanwhile pages are a placeholder that shows the
    /// errors.
    pub ready: AtomicBool,
    /// The open event streams.
    pub events: Events,
    /// The live-reload script, also put in the placeholder page.
    pub script: String,
}

/// How often an idle event stream gets a comment line, so a closed tab is noticed.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// Answers one request. Event streams block until the tab goes, so call this on its own thread.
pub fn handle(req: Request, served: &Served) {
    let url = req
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_string();
    if url == EVENTS_PATH {
        stream_events(req, served);
        return;
    }
    let response = match resolve(&served.dir, &url) {
        _ if !served.ready.load(Ordering::SeqCst) => {
            html(StatusCode(503), placeholder(&served.script))
        }
        Target::File(path) => match std::fs::read(&path) {
            Ok(bytes) => Response::from_data(bytes)
                .with_header(header("Content-Type", content_type(&path)))
                .with_status_code(200),
            Err(_) => not_found(&served.dir),
        },
        Target::Redirect(to) => Response::from_data(Vec::new())
            .with_status_code(301)
            .with_header(header("Location", &to)),
        Target::Missing => not_found(&served.dir),
    };
    let _ = req.respond(response.with_header(header("Cache-Control", "no-store")));
}

/// What a URL path maps to.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    File(PathBuf),
    /// A folder asked for without its final `/`: relative links need it.
    Redirect(String),
    Missing,
}

fn resolve(dir: &Path, url: &str) -> Target {
    let decoded = percent_decode(url);
    let rel = Path::new(decoded.trim_start_matches('/'));
    // Only plain names: no `..`, no absolute parts, so nothing outside the site is served.
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Target::Missing;
    }
    let path = dir.join(rel);
    if path.is_dir() {
        if !url.ends_with('/') {
            return Target::Redirect(format!("{url}/"));
        }
        let index = path.join("index.html");
        return if index.is_file() {
            Target::File(index)
        } else {
            Target::Missing
        };
    }
    if path.is_file() {
        Target::File(path)
    } else {
        Target::Missing
    }
}

fn not_found(dir: &Path) -> Response<std::io::Cursor<Vec<u8>>> {
    let body = std::fs::read(dir.join("404.html"))
        .unwrap_or_else(|_| b"<!DOCTYPE html><title>404</title><p>Not found</p>".to_vec());
    Response::from_data(body)
        .with_status_code(404)
        .with_header(header("Content-Type", "text/html; charset=utf-8"))
}

fn html(status: StatusCode, body: String) -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_data(body.into_bytes())
        .with_status_code(status)
        .with_header(header("Content-Type", "text/html; charset=utf-8"))
}

/// The page shown before a first good build: it carries the script, so the errors appear
/// over it and it reloads when the site builds.
fn placeholder(script: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>bangvang serve</title></head>\n<body><p>Trang đang được dựng, hoặc có lỗi cần sửa. The site is being built, or has errors to fix.</p>\n{script}</body></html>\n"
    )
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap_or_else(|_| {
        Header::from_bytes(&b"X-Invalid"[..], &b"1"[..]).expect("a valid header")
    })
}

/// Keeps an event stream open: writes each frame as it comes, and a comment line when idle;
/// returns when the tab has gone (a write fails).
fn stream_events(req: Request, served: &Served) {
    let rx = served.events.subscribe();
    let mut w = req.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\nConnection: keep-alive\r\nAccess-Control-Allow-Origin: *\r\n\r\n";
    if w.write_all(head.as_bytes())
        .and_then(|_| w.write_all(b": connected\n\n"))
        .and_then(|_| w.flush())
        .is_err()
    {
        return;
    }
    loop {
        let chunk = match rx.recv_timeout(KEEP_ALIVE) {
            Ok(frame) => frame,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return,
        };
        if w.write_all(chunk.as_bytes())
            .and_then(|_| w.flush())
            .is_err()
        {
            return;
        }
    }
}

/// The Content-Type of a file, from its extension.
pub fn content_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("xml") => "application/xml",
        Some("csv") => "text/csv; charset=utf-8",
        Some("ics") => "text/calendar; charset=utf-8",
        Some("txt" | "md") => "text/plain; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("ico") => "image/x-icon",
        Some("pdf") => "application/pdf",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        _ => "application/octet-stream",
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b[i], hex) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_map_to_files_inside_the_site_only() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        std::fs::create_dir_all(d.join("van-ban")).unwrap();
        std::fs::write(d.join("index.html"), "home").unwrap();
        std::fs::write(d.join("van-ban/index.html"), "docs").unwrap();
        std::fs::write(d.join("ảnh x.jpg"), "img").unwrap();
        assert_eq!(resolve(d, "/"), Target::File(d.join("index.html")));
        assert_eq!(
            resolve(d, "/van-ban/"),
            Target::File(d.join("van-ban/index.html"))
        );
        assert_eq!(resolve(d, "/van-ban"), Target::Redirect("/van-ban/".into()));
        assert_eq!(
            resolve(d, "/%E1%BA%A3nh%20x.jpg"),
            Target::File(d.join("ảnh x.jpg"))
        );
        assert_eq!(resolve(d, "/../etc/passwd"), Target::Missing);
        assert_eq!(resolve(d, "/nope/"), Target::Missing);
        assert_eq!(
            content_type(Path::new("a/b.CSS")),
            "text/css; charset=utf-8"
        );
    }
}
