//! Link addresses: where a link found on a page leads, the page a link to a `.md` file meant,
//! and how close two addresses are (for "did you mean").

use std::path::{Path, PathBuf};

/// Where a link leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// Another site (`https:`), an e-mail (`mailto:`), a phone (`tel:`): not checked.
    External,
    /// Above the site's root folder.
    Outside,
    /// A file of the site, relative to the output root, and the fragment after `#`.
    Local {
        /// The file (`van-ban/x/index.html`).
        file: String,
        /// The anchor, percent-decoded, when the link has one.
        fragment: Option<String>,
    },
}

/// Resolves a link found on the page `from` (a file relative to the output root).
pub fn resolve(from: &str, href: &str) -> Resolved {
    let href = href.trim();
    if href.starts_with("//") || has_scheme(href) {
        return Resolved::External;
    }
    let (rest, fragment) = match href.split_once('#') {
        Some((r, f)) => (r, Some(percent_decode(f)).filter(|f| !f.is_empty())),
        None => (href, None),
    };
    let path = rest.split('?').next().unwrap_or("");
    if path.is_empty() {
        return Resolved::Local {
            file: from.to_string(),
            fragment,
        };
    }
    let path = percent_decode(path);
    let mut parts: Vec<&str> = if path.starts_with('/') {
        Vec::new()
    } else {
        from.split('/').collect()
    };
    if !path.starts_with('/') {
        parts.pop(); // the page's own file name
    }
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Resolved::Outside;
                }
            }
            s => parts.push(s),
        }
    }
    let mut file = parts.join("/");
    if path.ends_with('/') || file.is_empty() {
        if !file.is_empty() {
            file.push('/');
        }
        file.push_str("index.html");
    }
    Resolved::Local { file, fragment }
}

fn has_scheme(href: &str) -> bool {
    match href.find(':') {
        Some(i) => {
            let scheme = &href[..i];
            !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// Decodes `%XX` escapes (UTF-8); malformed escapes are kept as written.
fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        if let (b'%', Some(v)) = (b[i], hex) {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

/// Edit distance between `a` and `b` when it is at most `limit`.
pub fn distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        if cur.iter().min().is_some_and(|&m| m > limit) {
            return None;
        }
        prev = cur;
    }
    let d = prev[b.len()];
    (d <= limit).then_some(d)
}

/// The address of the page a Markdown link to a `.md` file meant: `bai-mot.md` written in
/// `content/tin/x.md` → `/tin/bai-mot/`.
pub fn address_of_md_link(source: &Path, dest: &str) -> Option<String> {
    let (file, fragment) = dest
        .split_once('#')
        .map(|(f, a)| (f, format!("#{a}")))
        .unwrap_or((dest, String::new()));
    let target = match file.strip_prefix('/') {
        Some(abs) => PathBuf::from("content").join(abs.trim_start_matches("content/")),
        None => source.parent()?.join(file),
    };
    let mut parts: Vec<&std::ffi::OsStr> = Vec::new();
    for c in target.components() {
        match c {
            std::path::Component::ParentDir => {
                parts.pop()?;
            }
            std::path::Component::Normal(n) => parts.push(n),
            _ => {}
        }
    }
    let normal: PathBuf = parts.iter().collect();
    let (path, _) = crate::load::content::page_path(&normal).ok()?;
    Some(format!("/{path}{fragment}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(file: &str, fragment: Option<&str>) -> Resolved {
        Resolved::Local {
            file: file.into(),
            fragment: fragment.map(String::from),
        }
    }

    #[test]
    fn resolving_relative_links() {
        assert_eq!(
            resolve("van-ban/x/index.html", "../../index.html"),
            local("index.html", None)
        );
        assert_eq!(
            resolve("van-ban/x/index.html", "../y/index.html#muc-1"),
            local("van-ban/y/index.html", Some("muc-1"))
        );
        assert_eq!(
            resolve("van-ban/x/index.html", "#muc-2"),
            local("van-ban/x/index.html", Some("muc-2"))
        );
        assert_eq!(
            resolve("index.html", "van-ban/"),
            local("van-ban/index.html", None)
        );
        assert_eq!(
            resolve("index.html", "photos/a%20b.jpg?v=2"),
            local("photos/a b.jpg", None)
        );
        assert_eq!(resolve("index.html", "../x"), Resolved::Outside);
        for ext in [
            "https://example.org/",
            "mailto:a@b.vn",
            "tel:0912345678",
            "//cdn.example/x.js",
            "data:image/png;base64,xx",
        ] {
            assert_eq!(resolve("index.html", ext), Resolved::External, "{ext}");
        }
    }

    #[test]
    fn links_to_markdown_files_get_their_address() {
        let src = Path::new("content/tin/x.md");
        assert_eq!(
            address_of_md_link(src, "bai-mot.md").as_deref(),
            Some("/tin/bai-mot/")
        );
        assert_eq!(
            address_of_md_link(src, "../van-ban/_index.md#muc").as_deref(),
            Some("/van-ban/#muc")
        );
        assert_eq!(
            address_of_md_link(src, "/content/a/b.md").as_deref(),
            Some("/a/b/")
        );
    }

    #[test]
    fn edit_distance() {
        assert_eq!(distance_within("van-ban/", "van-bna/", 3), Some(2));
        assert_eq!(distance_within("abc", "xyz-long", 2), None);
    }
}
