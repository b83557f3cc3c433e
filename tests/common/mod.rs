//! Helpers shared by the integration tests: fixtures and copies of sites, builds into a
//! temporary folder and what came out ([`scratch`] for a site to break or change, [`cli`] for
//! running the binary and talking to `serve`).

#![allow(dead_code)]

pub mod cli;
pub mod scratch;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use bangvang::build::{Options, Report, build};

/// The repository root: the example site.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture site under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(name)
}

/// Copies a folder tree (files and folders; the output `public/` of a site is left out).
pub fn copy_dir(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from).sort_by_file_name() {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(from).unwrap();
        if rel.starts_with("public") {
            continue;
        }
        let target = to.join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// The parts of a site folder a build reads.
pub const SITE_PARTS: [&str; 6] = [
    "config.yaml",
    "content",
    "data",
    "static",
    "themes",
    "templates",
];

/// Copies the parts of the site at `from` that a build reads into `to` (not its output, not
/// the repository around the example site).
pub fn copy_site(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for part in SITE_PARTS {
        let src = from.join(part);
        if src.is_dir() {
            copy_dir(&src, &to.join(part));
        } else if src.is_file() {
            std::fs::copy(&src, to.join(part)).unwrap();
        }
    }
}

/// Builds the site at `root` into `out`.
pub fn build_into(root: &Path, out: &Path) -> Result<Report, bangvang::diag::Diagnostics> {
    build(&Options {
        root: root.to_path_buf(),
        output: Some(out.to_path_buf()),
        ..Default::default()
    })
    .map_err(|f| f.diags)
}

/// Builds the example site once per test binary into a temporary folder and returns it.
pub fn example_site() -> &'static Path {
    use std::sync::OnceLock;
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        if let Err(d) = build_into(&repo_root(), &out) {
            let msgs: Vec<String> = d.iter().map(|x| x.to_string()).collect();
            panic!("the example site does not build:\n{}", msgs.join("\n"));
        }
        dir
    })
    .path()
}

/// The output folder of the example site.
pub fn example_output() -> PathBuf {
    example_site().join("public")
}

/// Reads a file of the output as text.
pub fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
}

/// Every file under a folder, relative path → bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.unwrap();
        if e.file_type().is_file() {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.insert(rel, std::fs::read(e.path()).unwrap());
        }
    }
    out
}

/// The text inside the first element whose class attribute contains `class`, tags removed.
pub fn text_of_class(html: &str, class: &str) -> Option<String> {
    let needle = format!("class=\"{class}\"");
    let at = html
        .find(&needle)
        .or_else(|| html.find(&format!("class=\"{class} ")))?;
    let open_end = at + html[at..].find('>')? + 1;
    let tag_start = html[..at].rfind('<')?;
    let tag: String = html[tag_start + 1..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    // Find the matching close tag, counting nested tags of the same name.
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut depth = 1;
    let mut i = open_end;
    while depth > 0 {
        let next_open = html[i..].find(&open).map(|x| x + i);
        let next_close = html[i..].find(&close).map(|x| x + i)?;
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                i = o + open.len();
            }
            _ => {
                depth -= 1;
                if depth == 0 {
                    return Some(strip_tags(&html[open_end..next_close]));
                }
                i = next_close + close.len();
            }
        }
    }
    None
}

/// Removes tags and collapses white space.
pub fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// Every `href` and `src` value in an HTML text.
pub fn references(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            let after = &rest[i + attr.len()..];
            if let Some(end) = after.find('"') {
                out.push(after[..end].replace("&amp;", "&"));
            }
            rest = &after[after.find('"').unwrap_or(0)..];
        }
    }
    out
}
