//! Parts shared by several pages: links, the page header, lists of children, and the views of
//! units, awards, campaigns, honorees, conferences, documents and criteria. Every view is built
//! here from the site; templates only print it (STYLE: templates stay dumb).
//!
//! Every `url` is relative to the site root and made by [`crate::routes`]; templates print
//! `{{ root }}{{ x.url }}`, where `root` is the page's way back to the site root.

pub mod awards;
pub mod campaigns;
pub mod conferences;
pub mod criteria;
pub mod decisions;
pub mod document;
pub mod frame;
pub mod honorees;
pub mod paging;
pub mod portrait;
pub mod search;
pub mod standing;
pub mod units;

use serde::Serialize;
use tera::Context;

use crate::model::page::Page;
use crate::render::engine::words::Words;
use crate::routes::{self, Route};

/// A link to another page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    /// A link to a page.
    pub fn page(title: impl Into<String>, route: &Route) -> Self {
        LinkView::to(title, route.url())
    }
    /// The first breadcrumb of every page.
    pub fn home(w: &Words) -> Self {
        LinkView::page(w.home, &routes::home())
    }
    /// The breadcrumbs of the campaigns' list: home, then the campaigns.
    pub fn to_campaigns(w: &Words) -> Vec<Self> {
        vec![
            LinkView::home(w),
            LinkView::page(w.nav_campaigns, &routes::campaigns()),
        ]
    }
}

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
    /// The provisional-results note, when the page shows results not yet approved.
    pub provisional: Option<String>,
}

impl PageView {
    /// A page with only a title (generated pages).
    pub fn titled(title: impl Into<String>, route: &Route) -> Self {
        PageView {
            title: title.into(),
            description: String::new(),
            url: route.url(),
            html: String::new(),
            date: None,
            date_iso: None,
            illustrative: None,
            provisional: None,
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
    /// True when the page is shown in the main language, having no translation.
    pub untranslated: bool,
}

impl ChildView {
    /// The listing entry of a content page.
    pub fn of(w: &Words, page: &Page) -> Self {
        ChildView {
            untranslated: false,
            title: page.title.clone(),
            url: routes::url_of(&page.path),
            date: page.date.map(|d| w.date_short(d)),
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

/// Content pages as a list, in the order given.
pub fn children<'a>(
    r: &crate::render::Renderer,
    pages: impl IntoIterator<Item = &'a Page>,
) -> Vec<ChildView> {
    pages
        .into_iter()
        .map(|p| ChildView {
            untranslated: r.site.content.untranslated.contains(&p.path),
            ..ChildView::of(r.words, p)
        })
        .collect()
}

/// The context every page starts from: the page's way back to the root, the section it is in
/// (for the navigation's `aria-current`), empty breadcrumbs and related links.
pub fn page_context(route: &Route, section: &Route) -> Context {
    page_context_in(route, &section.url())
}

/// [`page_context`] for a page outside every section of the navigation (`section_url` empty)
/// or in one given by its address.
pub fn page_context_in(route: &Route, section_url: &str) -> Context {
    let mut ctx = Context::new();
    ctx.insert("root", &route.root());
    // The page's own address from its language's root: the language switch links to the
    // same address under another language's root.
    ctx.insert("page_url", &route.url());
    // True on a page shown in the site's main language for want of a translation.
    ctx.insert("untranslated", &false);
    ctx.insert("section_url", section_url);
    ctx.insert("breadcrumbs", &Vec::<LinkView>::new());
    ctx.insert("has_code", &false);
    ctx.insert("links", &Vec::<LinkView>::new());
    ctx
}
