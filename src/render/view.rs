//! The one place that turns domain values into template context (STYLE: templates stay
//! dumb). Every `url` here is relative to the site root and ends with `index.html` or a file
//! name; templates print `{{ root }}{{ x.url }}`, where `root` is the page's way back to the
//! site root (`../../`).

use serde::Serialize;

use crate::model::document::DocumentMeta;
use crate::model::page::Page;

/// A link to another page.
#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    /// Text of the link.
    pub title: String,
    /// Root-relative address.
    pub url: String,
    /// What the link is ("Phong trào", "Hội nghị" …), for related-link lists.
    pub label: String,
}

impl LinkView {
    /// A link with no label.
    pub fn to(title: impl Into<String>, url: impl Into<String>) -> Self {
        LinkView {
            title: title.into(),
            url: url.into(),
            label: String::new(),
        }
    }
    /// The first breadcrumb of every page.
    pub fn home() -> Self {
        LinkView::to("Trang chủ", "index.html")
    }
}

/// The note every page of an illustrative campaign carries.
pub const ILLUSTRATIVE_SCORES: &str = "Số liệu chấm điểm là ví dụ, không phải kết quả thật.";

/// The page being rendered.
#[derive(Debug, Clone, Serialize)]
pub struct PageView {
    /// Title.
    pub title: String,
    /// Description for the meta tag.
    pub description: String,
    /// Root-relative address of the page itself.
    pub url: String,
    /// The rendered Markdown body.
    pub html: String,
    /// Date for people (`15/03/2024`).
    pub date: Option<String>,
    /// Date for machines (`2024-03-15`).
    pub date_iso: Option<String>,
    /// The illustrative-data note, when the page carries made-up data.
    pub illustrative: Option<String>,
}

impl PageView {
    /// A page with only a title (generated pages).
    pub fn titled(title: impl Into<String>, url: impl Into<String>) -> Self {
        PageView {
            title: title.into(),
            description: String::new(),
            url: url.into(),
            html: String::new(),
            date: None,
            date_iso: None,
            illustrative: None,
        }
    }
}

/// An item in a section listing.
#[derive(Debug, Clone, Serialize)]
pub struct ChildView {
    /// Title.
    pub title: String,
    /// Root-relative address.
    pub url: String,
    /// Date for people.
    pub date: Option<String>,
    /// Date for machines.
    pub date_iso: Option<String>,
    /// Document number, for official documents.
    pub number: Option<String>,
    /// Description.
    pub description: String,
}

impl ChildView {
    /// The listing entry of a content page.
    pub fn of(page: &Page) -> Self {
        ChildView {
            title: page.title.clone(),
            url: url_of(&page.path),
            date: page.date.map(|d| d.to_vi_short()),
            date_iso: page.date.map(|d| d.iso()),
            number: page
                .document
                .as_ref()
                .map(|d| d.number.clone())
                .filter(|n| !n.trim().is_empty()),
            description: page.description.clone(),
        }
    }
}

/// The signature block.
#[derive(Debug, Clone, Serialize)]
pub struct SignerView {
    /// "KT. CHỦ TỊCH".
    pub authority: String,
    /// "PHÓ CHỦ TỊCH".
    pub position: String,
    /// Name.
    pub name: String,
}

/// An official document's parts, formatted.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    /// Type of document, or none for an official letter.
    pub doc_type: Option<String>,
    /// "432/KH-UBND".
    pub number: String,
    /// Parent body.
    pub parent: Option<String>,
    /// Issuer.
    pub issuer: String,
    /// "Tịnh Biên, ngày 15 tháng 3 năm 2024".
    pub place_date: String,
    /// Summary.
    pub summary: String,
    /// "Kính gửi" addressees.
    pub to: Vec<String>,
    /// Legal bases.
    pub bases: Vec<String>,
    /// Signature block.
    pub signer: Option<SignerView>,
    /// Recipients, without trailing punctuation (the template adds `;` and `.`).
    pub recipients: Vec<String>,
}

impl DocumentView {
    /// Formats a document block.
    pub fn of(d: &DocumentMeta) -> Self {
        DocumentView {
            doc_type: d.doc_type.clone(),
            number: d.number.clone(),
            parent: d.parent.clone(),
            issuer: d.issuer.clone(),
            place_date: d.place_and_date(),
            summary: d.summary.clone(),
            to: d.to.clone(),
            bases: d.bases.clone(),
            signer: d.signer.as_ref().map(|s| SignerView {
                authority: s.authority.clone(),
                position: s.position.clone(),
                name: s.name.clone(),
            }),
            recipients: d
                .recipients
                .iter()
                .map(|r| {
                    r.trim()
                        .trim_end_matches([';', '.', ','])
                        .trim()
                        .to_string()
                })
                .collect(),
        }
    }
}

/// The root-relative address of a site path: `a/b/` → `a/b/index.html`, `` → `index.html`.
pub fn url_of(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

/// The way back to the site root from a site path: `a/b/` → `../../`.
pub fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_roots() {
        assert_eq!(url_of(""), "index.html");
        assert_eq!(url_of("a/b/"), "a/b/index.html");
        assert_eq!(
            url_of("campaigns/x/results.json"),
            "campaigns/x/results.json"
        );
        assert_eq!(root_of(""), "");
        assert_eq!(root_of("a/b/"), "../../");
    }
}
