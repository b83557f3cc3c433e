//! Internal links and `#anchors`: every link of every rendered page must lead to a file the
//! build produced, and a `#fragment` to an anchor on that page.
//!
//! Links written in Markdown are reported at their line in the Markdown file; links that come
//! from templates are reported once per broken address, on the first generated page that has
//! it, with the number of pages that share it.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::check::address::{Resolved, address_of_md_link, distance_within, resolve};
use crate::check::html;
use crate::diag::catalogue::site as msg;
use crate::diag::{Diagnostic, Diagnostics, Pos, Text};
use crate::load::files::read_text;
use crate::load::frontmatter::split;
use crate::render::engine::markdown::{self, relativise};
use crate::routes::{self, root_of, url_of};
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

/// A broken link key: the page it is on and what is wrong.
type BrokenKey = (String, Problem);

/// Checks every link of every page. Links written in Markdown are reported at their line in
/// the source file; the rest (from templates) once per broken address, and only when `diags`
/// holds no error yet.
pub fn check_links(site: &Site, index: &OutputIndex, diags: &mut Diagnostics) {
    let loading_failed = diags.has_errors();
    let mut reported: HashSet<BrokenKey> = HashSet::new();
    for page in &site.content.pages {
        let written = Written {
            source: &page.source,
            body: &page.body,
            body_line: page.body_line,
            path: &page.path,
        };
        check_markdown_links(&written, index, &mut reported, diags);
    }
    // Honoree stories and conference texts are Markdown too, read by their own loaders.
    let stories = site
        .honorees
        .iter()
        .map(|h| (&h.source, routes::honoree(&h.id).path().to_string()));
    let conferences = site
        .conferences
        .iter()
        .map(|c| (&c.source, routes::conference(&c.id).path().to_string()));
    for (source, path) in stories.chain(conferences) {
        if source.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let Ok(text) = read_text(&site.root, source) else {
            continue;
        };
        let Ok(sp) = split(&text.text) else { continue };
        let written = Written {
            source,
            body: sp.body,
            body_line: sp.body_line,
            path: &path,
        };
        check_markdown_links(&written, index, &mut reported, diags);
    }
    // A wrong reference (an honoree's unknown unit) makes templates print links to pages that
    // do not exist: that error is already reported, so template links wait until it is fixed.
    if loading_failed {
        return;
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
            crate::t!(msg::LINK_AND_MORE, count = count - 1)
        } else {
            Text::default()
        };
        let (what, hint) = describe(index, &problem, &href);
        let hint = crate::t!(msg::LINK_FROM_TEMPLATE_HINT, hint = hint);
        let d = Diagnostic {
            file: PathBuf::from(format!("(generated page) {page}")),
            ..Diagnostic::error("", None, what.join("", &others), hint)
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

/// Markdown an author wrote, and the page it is published on.
struct Written<'a> {
    source: &'a Path,
    body: &'a str,
    /// 1-based line of the body's first line in the source file.
    body_line: usize,
    /// Site path of the page (`van-ban/x/`).
    path: &'a str,
}

fn check_markdown_links(
    page: &Written,
    index: &OutputIndex,
    reported: &mut HashSet<BrokenKey>,
    diags: &mut Diagnostics,
) {
    let root = root_of(page.path);
    let from = url_of(page.path);
    let rendered = markdown::render(page.body, &root);
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
            hint = match address_of_md_link(page.source, &link.dest) {
                Some(addr) => crate::t!(msg::LINK_TO_MD_HINT, address = addr),
                None => msg::LINK_TO_MD_GENERAL_HINT.into(),
            };
        }
        let pos = Some(Pos::new(line, column));
        if matches!(problem, Problem::FolderWithoutSlash(_)) {
            diags.warning(page.source, pos, what, hint);
        } else {
            diags.error(page.source, pos, what, hint);
        }
        reported.insert((from.clone(), problem));
    }
}

/// The message and hint for a problem with the link `href`.
fn describe(index: &OutputIndex, problem: &Problem, href: &str) -> (Text, Text) {
    match problem {
        Problem::Missing(file) => {
            let what = crate::t!(msg::LINK_MISSING, href = href, target = display(file));
            let hint = match index.nearest_page(file) {
                Some(near) => crate::t!(msg::LINK_DID_YOU_MEAN, page = display(near)),
                None => msg::LINK_MISSING_HINT.into(),
            };
            (what, hint)
        }
        Problem::FolderWithoutSlash(file) => (
            crate::t!(msg::LINK_NO_SLASH, href = href, folder = file),
            crate::t!(msg::LINK_NO_SLASH_HINT, folder = file),
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
                msg::LINK_NO_ANCHOR_HINT.into()
            } else {
                crate::t!(msg::LINK_NO_ANCHOR_LIST_HINT, anchors = listed.join(", "))
            };
            (
                crate::t!(
                    msg::LINK_NO_ANCHOR,
                    href = href,
                    anchor = anchor,
                    page = display(file)
                ),
                hint,
            )
        }
        Problem::Outside => (
            crate::t!(msg::LINK_OUTSIDE, href = href),
            msg::LINK_OUTSIDE_HINT.into(),
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
}
