//! Content pages: every Markdown file under `content/` (SPEC §5 "content pages").

use std::path::PathBuf;

use super::Date;
use super::document::DocumentMeta;

/// A Markdown page or section index, as loaded (body not rendered yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Source file, relative to the site root (`content/van-ban/x.md`).
    pub source: PathBuf,
    /// Site path without a leading slash, ending with `/` (`van-ban/x/`); the home page is "".
    pub path: String,
    /// True for `_index.md`: a section page that lists its children.
    pub is_section: bool,
    /// Title.
    pub title: String,
    /// Date (documents: the date of issue).
    pub date: Option<Date>,
    /// One-sentence description for listings and meta tags.
    pub description: String,
    /// Left out of the build unless `--drafts`.
    pub draft: bool,
    /// Order in its section: lower first, then by date (newest first), then title.
    pub weight: i64,
    /// A template of the theme to use instead of the default one.
    pub template: Option<String>,
    /// The campaign this page belongs to (documents link both ways with their campaign).
    pub campaign: Option<String>,
    /// The conference this page belongs to.
    pub conference: Option<String>,
    /// When set, the page says its data is illustrative ("Dữ liệu minh họa") and what is.
    pub illustrative: Option<String>,
    /// The official-document block, when the page is one.
    pub document: Option<DocumentMeta>,
    /// The Markdown body.
    pub body: String,
    /// 1-based line of the body's first line in the source file.
    pub body_line: usize,
    /// 1-based line of each top-level front-matter key, to place later errors about values.
    pub key_lines: std::collections::BTreeMap<String, usize>,
}

impl Page {
    /// The position of a top-level front-matter key, for diagnostics.
    pub fn pos_of_key(&self, key: &str) -> Option<crate::diag::Pos> {
        self.key_lines.get(key).map(|&l| crate::diag::Pos::line(l))
    }
}

impl Page {
    /// Number of `../` needed to reach the site root from this page's folder.
    pub fn depth(&self) -> usize {
        self.path.matches('/').count()
    }
    /// The parent section's path ("" for top-level pages); `None` for the home page.
    pub fn parent_path(&self) -> Option<String> {
        if self.path.is_empty() {
            return None;
        }
        let trimmed = self.path.trim_end_matches('/');
        Some(match trimmed.rfind('/') {
            Some(i) => trimmed[..=i].to_string(),
            None => String::new(),
        })
    }
}
