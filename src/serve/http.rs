//! What `serve` answers to a GET or HEAD that the [`server`](crate::serve::server) admitted: a
//! file of the built site, a redirect from a folder to its address with the final `/`, the 404
//! page, or the placeholder page before the first good build. Addresses are read strictly: only
//! plain names under the served folder, so nothing outside it is ever read, and a redirect is
//! written from those names, never echoed from the request, so it cannot send the browser to
//! another host (`//x` and `/\x` are other hosts to a browser).

use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::serve::events::Events;
use crate::serve::response::Response;

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

/// The answer to a GET (or HEAD) of `target`, a request target starting with `/`.
pub fn answer(served: &Served, target: &str) -> Response {
    if !served.ready.load(Ordering::SeqCst) {
        return Response::new(
            503,
            "text/html; charset=utf-8",
            placeholder(&served.script).into_bytes(),
        );
    }
    match resolve(&served.dir, target) {
        Target::File(path) => match std::fs::read(&path) {
            Ok(bytes) => Response::new(200, content_type(&path), bytes),
            Err(_) => not_found(&served.dir),
        },
        Target::Redirect(to) => {
            Response::text(301, &format!("the folder's address ends with /: {to}"))
                .with("Location", to)
        }
        Target::Missing => not_found(&served.dir),
    }
}

/// The path of a request target, without its query.
pub fn path_of(target: &str) -> &str {
    target.split(['?', '#']).next().unwrap_or("/")
}

/// What a request target maps to.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    File(PathBuf),
    /// A folder asked for without its final `/` (relative links need it): where to go.
    Redirect(String),
    Missing,
}

fn resolve(dir: &Path, target: &str) -> Target {
    let path = path_of(target);
    let Some(names) = names_of(path) else {
        return Target::Missing;
    };
    let file = names.iter().fold(dir.to_path_buf(), |p, n| p.join(n));
    if file.is_dir() {
        if !path.ends_with('/') {
            return Target::Redirect(folder_address(&names));
        }
        let index = file.join("index.html");
        return if index.is_file() {
            Target::File(index)
        } else {
            Target::Missing
        };
    }
    if file.is_file() {
        Target::File(file)
    } else {
        Target::Missing
    }
}

/// The decoded names of a URL path (`/a/b%20c/` → `a`, `b c`), or None when the path is not
/// one the site can have: not one leading `/`, an empty name (`//`), `.` or `..`, a backslash
/// (raw or `%5C`), an encoded `/`, a control character, or a name that is not UTF-8.
fn names_of(path: &str) -> Option<Vec<String>> {
    let rest = path.strip_prefix('/')?;
    if path.contains('\\') {
        return None;
    }
    let parts: Vec<&str> = rest.split('/').collect();
    let mut names = Vec::with_capacity(parts.len());
    for (i, raw) in parts.iter().enumerate() {
        if raw.is_empty() {
            // Only the last part may be empty: the `/` that ends a folder's address.
            if i + 1 == parts.len() {
                break;
            }
            return None;
        }
        let name = percent_decode(raw)?;
        let plain = !name.contains(['/', '\\'])
            && !name.chars().any(char::is_control)
            && matches!(
                Path::new(&name).components().collect::<Vec<_>>()[..],
                [Component::Normal(_)]
            );
        if !plain {
            return None;
        }
        names.push(name);
    }
    Some(names)
}

/// The address of a folder with its final `/`, written from its names with everything but
/// letters, digits and `-._~` percent-encoded: it starts with one `/` followed by a name, so a
/// browser reads it as a path on this host.
fn folder_address(names: &[String]) -> String {
    let mut out = String::from("/");
    for name in names {
        for b in name.bytes() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                out.push(char::from(b));
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out.push('/');
    }
    out
}

fn not_found(dir: &Path) -> Response {
    let body = std::fs::read(dir.join("404.html"))
        .unwrap_or_else(|_| b"<!DOCTYPE html><title>404</title><p>Not found</p>".to_vec());
    Response::new(404, "text/html; charset=utf-8", body)
}

/// The page shown before a first good build: it carries the script, so the errors appear
/// over it and it reloads when the site builds.
fn placeholder(script: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>bangvang serve</title></head>\n<body><p>Trang đang được dựng, hoặc có lỗi cần sửa. The site is being built, or has errors to fix.</p>\n{script}</body></html>\n"
    )
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

/// Decodes `%XX` escapes (a `%` not followed by two hex digits stays as it is); None when the
/// result is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
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
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        std::fs::create_dir_all(d.join("van-ban")).unwrap();
        std::fs::create_dir_all(d.join("thi đua")).unwrap();
        std::fs::write(d.join("index.html"), "home").unwrap();
        std::fs::write(d.join("van-ban/index.html"), "docs").unwrap();
        std::fs::write(d.join("ảnh x.jpg"), "img").unwrap();
        tmp
    }

    #[test]
    fn urls_map_to_files_inside_the_site_only() {
        let tmp = site();
        let d = tmp.path();
        assert_eq!(resolve(d, "/"), Target::File(d.join("index.html")));
        assert_eq!(
            resolve(d, "/van-ban/?x=1"),
            Target::File(d.join("van-ban/index.html"))
        );
        assert_eq!(
            resolve(d, "/%E1%BA%A3nh%20x.jpg"),
            Target::File(d.join("ảnh x.jpg"))
        );
        for outside in [
            "/../etc/passwd",
            "/%2E%2E/etc/passwd",
            "/van-ban/../index.html",
            "/./index.html",
            "/nope/",
            "/%FF",
            "/a%00b",
        ] {
            assert_eq!(resolve(d, outside), Target::Missing, "{outside}");
        }
        assert_eq!(
            content_type(Path::new("a/b.CSS")),
            "text/css; charset=utf-8"
        );
    }

    #[test]
    fn redirects_never_leave_this_host() {
        let tmp = site();
        let d = tmp.path();
        assert_eq!(resolve(d, "/van-ban"), Target::Redirect("/van-ban/".into()));
        assert_eq!(
            resolve(d, "/van-ban?a=//evil.example"),
            Target::Redirect("/van-ban/".into())
        );
        assert_eq!(
            resolve(d, "/thi%20%C4%91ua"),
            Target::Redirect("/thi%20%C4%91ua/".into())
        );
        // Paths a browser would read as another host are not the site's addresses at all.
        for other_host in [
            "//van-ban",
            "///van-ban",
            "/\\van-ban",
            "/van-ban\\",
            "/%2Fvan-ban",
            "/%5Cvan-ban",
            "/van-ban//",
            "/van-ban%2F",
        ] {
            assert_eq!(resolve(d, other_host), Target::Missing, "{other_host}");
        }
    }

    #[test]
    fn a_folder_address_is_a_path_on_this_host() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(folder_address(&names(&["a", "b"])), "/a/b/");
        assert_eq!(
            folder_address(&names(&["evil.example:80"])),
            "/evil.example%3A80/"
        );
        assert_eq!(folder_address(&names(&["a?b#c"])), "/a%3Fb%23c/");
    }
}
