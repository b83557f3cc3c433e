//! Internal links and `#anchors`: every link of every rendered page must lead to a file the
//! build produced, and a `#fragment` to an anchor on that page.
//!
//! Links written in Markdown are reported at their line in the Markdown file; links that come
//! from templates are reported once per broken address, on the first generated page that has
//! it, with the number of pages that share it.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::check::html;
use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::render::markdown::{self, relativise};
use crate::render::view::{root_of, url_of};
use crate::site::Site;

/// What a build produced: every file, and the anchors and links of every HTML page.
#[derive(Debug, Default)]
pub struct OutputIndex {
    files: BTreeSet<String>,
    anchors: HashMap<String, HashSet<String>>,
    links: BTreeMap<String, Vec<String>>,
}

impl OutputIndex {
    /// Reads a rendered site folder.
    pub fn read(dir: &Path) -> std::io::Result<OutputIndex> {
        let mut index = OutputIndex::default();
        for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
            let entry = entry.map_err(std::io::Error::other)?;
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry
                .path()
                .strip_prefix(dir)
                .unwrap_or(entry.path())
                .to_string_lossy()
                .replace('\\', "/");
            if rel.ends_with(".html") {
                let text = std::fs::read_to_string(entry.path())?;
                index.add_page(&rel, &text);
            } else {
                index.files.insert(rel);
            }
        }
        Ok(index)
    }

    /// Adds one HTML page.
    pub fn add_page(&mut self, rel: &str, html_text: &str) {
        let scanned = html::scan(html_text);
        self.files.insert(rel.to_string());
        self.anchors
            .insert(rel.to_string(), scanned.anchors.into_iter().collect());
        self.links.insert(rel.to_string(), scanned.links);
    }

    /// Adds a file that is not HTML.
    pub fn add_file(&mut self, rel: &str) {
        self.files.insert(rel.to_string());
    }

    /// Number of links found on all pages.
    pub fn link_count(&self) -> usize {
        self.links.values().map(Vec::len).sum()
    }

    /// Number of HTML pages.
    pub fn page_count(&self) -> usize {
        self.links.len()
    }
}

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

/// What is wrong with a local link.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Problem {
    /// No such file.
    Missing(String),
    /// A folder written without its final `/`: works on a server, not from disk.
    FolderWithoutSlash(String),
    /// The file exists but has no such anchor.
    MissingAnchor(String, String),
    /// Above the root.
    Outside,
}

impl OutputIndex {
    /// The problem with a link on page `from`, if any.
    pub fn problem(&self, from: &str, href: &str) -> Option<Problem> {
        match resolve(from, href) {
            Resolved::External => None,
            Resolved::Outside => Some(Problem::Outside),
            Resolved::Local { file, fragment } => {
                if !self.files.contains(&file) {
                    let folder = format!("{file}/index.html");
                    return Some(if self.files.contains(&folder) {
                        Problem::FolderWithoutSlash(file)
                    } else {
                        Problem::Missing(file)
                    });
                }
                let anchors = self.anchors.get(&file)?;
                match fragment {
                    Some(f) if !anchors.contains(&f) => Some(Problem::MissingAnchor(file, f)),
                    _ => None,
                }
            }
        }
    }

    /// A page address close to a missing one, to suggest ("did you mean").
    fn nearest_page(&self, missing: &str) -> Option<&str> {
        let want = missing.trim_end_matches("index.html");
        let mut best: Option<(usize, &str)> = None;
        for f in self.anchors.keys() {
            let have = f.trim_end_matches("index.html");
            let limit = (want.len() / 4).clamp(1, 4);
            if let Some(d) = distance_within(want, have, limit)
                && best.is_none_or(|(bd, bf)| (d, f.as_str()) < (bd, bf))
            {
                best = Some((d, f));
            }
        }
        best.map(|(_, f)| f)
    }

    /// The anchors of a page, sorted, for hints.
    fn anchors_of(&self, file: &str) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .anchors
            .get(file)
            .map(|s| s.iter().map(String::as_str).collect())
            .unwrap_or_default();
        v.sort_unstable();
        v
    }
}

/// Edit distance between `a` and `b` when it is at most `limit`.
fn distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
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

/// A broken link key: the page it is on and what is wrong.
type BrokenKey = (String, Problem);

/// Checks every link of every page. Links written in Markdown are reported at their line in
/// the source file; the rest (from templates) once per broken address.
pub fn check_links(site: &Site, index: &OutputIndex, diags: &mut Diagnostics) {
    let mut reported: HashSet<BrokenKey> = HashSet::new();
    for page in &site.content.pages {
        check_markdown_links(page, index, &mut reported, diags);
    }
    // Template links: grouped by what is wrong, so one broken template link on 30 000 pages
    // is one message, not 30 000.
    let mut groups: BTreeMap<Problem, (String, String, usize)> = BTreeMap::new();
    for (page, links) in &index.links {
        for href in links {
            let Some(problem) = index.problem(page, href) else {
                continue;
            };
            if reported.contains(&(page.clone(), problem.clone())) {
                continue;
            }
            let entry = groups
                .entry(problem)
                .or_insert_with(|| (page.clone(), href.clone(), 0));
            entry.2 += 1;
        }
    }
    for (problem, (page, href, count)) in groups {
        let others = if count > 1 {
            format!(
                " (and {} more link(s) like it on generated pages)",
                count - 1
            )
        } else {
            String::new()
        };
        let (what, hint) = describe(index, &problem, &href);
        let hint = format!(
            "{hint}; this link comes from a template: check templates/ or the theme, and the data they print"
        );
        let d = Diagnostic {
            file: PathBuf::from(format!("(generated page) {page}")),
            ..Diagnostic::error("", None, format!("{what}{others}"), hint)
        };
        diags.push(if matches!(problem, Problem::FolderWithoutSlash(_)) {
            Diagnostic {
                severity: crate::diag::Severity::Warning,
                ..d
            }
        } else {
            d
        });
    }
}

fn check_markdown_links(
    page: &crate::model::page::Page,
    index: &OutputIndex,
    reported: &mut HashSet<BrokenKey>,
    diags: &mut Diagnostics,
) {
    let root = root_of(&page.path);
    let from = url_of(&page.path);
    let rendered = markdown::render(&page.body, &root);
    let body_lines: Vec<&str> = page.body.lines().collect();
    for link in &rendered.links {
        let href = relativise(&link.dest, &root);
        let Some(problem) = index.problem(&from, &href) else {
            continue;
        };
        let line = page.body_line + link.line - 1;
        let column = body_lines
            .get(link.line - 1)
            .and_then(|l| {
                l.find(link.dest.as_str())
                    .map(|b| l[..b].chars().count() + 1)
            })
            .unwrap_or(1);
        let (what, mut hint) = describe(index, &problem, &link.dest);
        if link.dest.ends_with(".md") || link.dest.contains(".md#") {
            hint = match address_of_md_link(&page.source, &link.dest) {
                Some(addr) => format!("link to the page's address, not to its file: write {addr}"),
                None => {
                    "link to the page's address, not to its file: for content/a/b.md write /a/b/"
                        .into()
                }
            };
        }
        let pos = Some(Pos::new(line, column));
        if matches!(problem, Problem::FolderWithoutSlash(_)) {
            diags.warning(&page.source, pos, what, hint);
        } else {
            diags.error(&page.source, pos, what, hint);
        }
        reported.insert((from.clone(), problem));
    }
}

/// The address of the page a Markdown link to a `.md` file meant: `bai-mot.md` written in
/// `content/tin/x.md` → `/tin/bai-mot/`.
fn address_of_md_link(source: &Path, dest: &str) -> Option<String> {
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

/// The message and hint for a problem with the link `href`.
fn describe(index: &OutputIndex, problem: &Problem, href: &str) -> (String, String) {
    match problem {
        Problem::Missing(file) => {
            let what = format!(
                "the link `{href}` leads to `{}`, which the site does not have",
                display(file)
            );
            let hint = match index.nearest_page(file) {
                Some(near) => format!("did you mean /{}?", display(near)),
                None => "check the address: content/a/b.md is published at /a/b/, and static/x/y.pdf at /x/y.pdf".into(),
            };
            (what, hint)
        }
        Problem::FolderWithoutSlash(file) => (
            format!(
                "the link `{href}` leads to the folder /{file} without its final `/`: it works on a web server but not when the site is opened from disk"
            ),
            format!("write /{file}/"),
        ),
        Problem::MissingAnchor(file, anchor) => {
            let have = index.anchors_of(file);
            let listed: Vec<String> = have
                .iter()
                .filter(|a| !a.is_empty())
                .take(8)
                .map(|a| format!("#{a}"))
                .collect();
            let hint = if listed.is_empty() {
                "headings get anchors from their text: `## II. Nội dung` is #ii-noi-dung"
                    .to_string()
            } else {
                format!(
                    "that page's anchors include {}; headings get anchors from their text (`## II. Nội dung` is #ii-noi-dung)",
                    listed.join(", ")
                )
            };
            (
                format!(
                    "the link `{href}` points to `#{anchor}`, but /{} has no such heading or anchor",
                    display(file)
                ),
                hint,
            )
        }
        Problem::Outside => (
            format!("the link `{href}` goes above the site's root folder"),
            "remove the extra `../`, or write the address from the root: /a/b/".into(),
        ),
    }
}

/// A file as a reader would write its address: `a/b/index.html` → `a/b/`.
fn display(file: &str) -> &str {
    file.strip_suffix("index.html").unwrap_or(file)
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
    fn problems_found() {
        let mut idx = OutputIndex::default();
        idx.add_page(
            "index.html",
            r#"<main id="noi-dung"><a href="a/index.html#x">a</a></main>"#,
        );
        idx.add_page("a/index.html", r#"<h2 id="x">X</h2>"#);
        idx.add_file("photos/p.jpg");
        assert_eq!(idx.problem("index.html", "a/index.html#x"), None);
        assert_eq!(
            idx.problem("index.html", "a/index.html#y"),
            Some(Problem::MissingAnchor("a/index.html".into(), "y".into()))
        );
        assert_eq!(
            idx.problem("index.html", "a"),
            Some(Problem::FolderWithoutSlash("a".into()))
        );
        assert_eq!(
            idx.problem("index.html", "b/index.html"),
            Some(Problem::Missing("b/index.html".into()))
        );
        assert_eq!(idx.problem("a/index.html", "../photos/p.jpg"), None);
        assert_eq!(idx.nearest_page("aa/index.html"), Some("a/index.html"));
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
