//! Content pages (SPEC §5): every Markdown page, a section listing its children, an official
//! document in the Decree 30 layout, and the home page with the latest campaigns, documents
//! and conferences.

use tera::Context;

use crate::diag::Diagnostic;
use crate::model::page::Page;
use crate::render::parts::campaigns::campaign_cards;
use crate::render::parts::conferences::{home_list, link_of_page};
use crate::render::parts::document::DocumentView;
use crate::render::parts::{ChildView, LinkView, PageView, children, page_context_in};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};
use crate::site::Site;

/// How many documents the home page lists.
const HOME_DOCUMENTS: usize = 10;

/// The page's address: the path of its file under `content/`.
pub fn route(site: &Site, i: usize) -> Route {
    Route::at(site.content.pages[i].path.clone())
}

/// A page reads itself, the headings of the sections above it (its breadcrumbs) and of its
/// children (a section's list), and the campaign and conference it belongs to; the home page
/// also every page's heading (the latest documents, the sections) and every campaign's
/// leaders.
pub fn reads(site: &Site, i: usize) -> Vec<Input> {
    let page = &site.content.pages[i];
    let mut reads = vec![
        Input::Page(page.path.clone()),
        Input::CampaignHeads,
        Input::Conferences,
    ];
    if page.path.is_empty() {
        reads.extend([Input::PageList, Input::Campaigns, Input::Units]);
        return reads;
    }
    reads.extend(ancestors(&page.path).map(|p| Input::Heading(p.to_string())));
    if page.is_section {
        reads.extend(
            site.content
                .pages
                .iter()
                .filter(|p| p.path != page.path && p.parent_path().as_deref() == Some(&page.path))
                .map(|p| Input::Heading(p.path.clone())),
        );
    }
    reads
}

/// The site paths of the sections above a page: `a/b/c/` → `a/`, `a/b/`.
fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    let trimmed = path.trim_end_matches('/');
    trimmed.match_indices('/').map(move |(i, _)| &trimmed[..=i])
}

/// Renders a content page, section or the home page.
pub fn render(r: &Renderer, i: usize) -> Result<Files, Diagnostic> {
    let site = r.site;
    let page = &site.content.pages[i];
    let route = route(site, i);
    let untranslated = site.content.untranslated.contains(&page.path);
    // A page shown in the main language for want of a translation links, as its text does,
    // to the pages of the main language (their headings are the anchors it names).
    let body = if untranslated {
        let main_root = format!("{}{}", route.root(), r.shared);
        crate::render::engine::markdown::render(&page.body, &main_root)
    } else {
        r.markdown(&page.body, &route.root())
    };
    let top = page
        .path
        .split('/')
        .next()
        .filter(|s| !s.is_empty())
        .map(|s| Route::at(format!("{s}/")).url())
        .unwrap_or_default();
    let mut ctx = page_context_in(&route, &top);
    ctx.insert("has_code", &body.has_code);
    ctx.insert("untranslated", &untranslated);
    ctx.insert(
        "page",
        &PageView {
            title: page.title.clone(),
            description: page.description.clone(),
            url: route.url(),
            html: body.html,
            date: page.date.map(|d| r.words.date_short(d)),
            date_iso: page.date.map(|d| d.iso()),
            illustrative: page.illustrative.clone(),
            provisional: None,
        },
    );
    ctx.insert("breadcrumbs", &breadcrumbs(r, page));
    ctx.insert("links", &related(r, page));
    let template = if let Some(t) = &page.template {
        t.clone()
    } else if page.path.is_empty() {
        home(r, &mut ctx);
        "home.html".into()
    } else if page.document.is_some() {
        ctx.insert(
            "document",
            &page.document.as_ref().map(|d| DocumentView::of(r.words, d)),
        );
        "document.html".into()
    } else if page.is_section {
        ctx.insert("children", &children_of(r, site, page));
        "section.html".into()
    } else {
        "page.html".into()
    };
    if !r.templates.contains(&template) {
        return Err(Diagnostic::error(
            &page.source,
            None,
            crate::t!(
                crate::diag::catalogue::site::TEMPLATE_NOT_FOUND,
                template = &template
            ),
            crate::diag::catalogue::site::TEMPLATE_NOT_FOUND_HINT,
        ));
    }
    r.page(&route, &template, &ctx)
}

/// Adds the home page's lists to its context: campaigns, the latest documents, conferences
/// and the top-level sections.
fn home(r: &Renderer, ctx: &mut Context) {
    let site = r.site;
    ctx.insert("campaigns", &campaign_cards(site));
    let mut docs: Vec<&Page> = site
        .content
        .pages
        .iter()
        .filter(|p| p.document.is_some())
        .collect();
    docs.sort_by(|a, b| b.date.cmp(&a.date).then(a.path.cmp(&b.path)));
    ctx.insert(
        "documents",
        &children(r, docs.into_iter().take(HOME_DOCUMENTS)),
    );
    ctx.insert("conferences", &home_list(r.words, site));
    let sections: Vec<LinkView> = site
        .top_sections()
        .map(|p| LinkView::page(p.title.clone(), &Route::at(p.path.clone())))
        .collect();
    ctx.insert("sections", &sections);
}

/// The pages directly under a section, in order: weight, then newest first, then title.
fn children_of(r: &Renderer, site: &Site, section: &Page) -> Vec<ChildView> {
    let mut kids: Vec<&Page> = site
        .content
        .pages
        .iter()
        .filter(|p| {
            p.path != section.path && p.parent_path().as_deref() == Some(section.path.as_str())
        })
        .collect();
    // Each title's collation key is made once, not twice at every comparison (that was a
    // twentieth of a build of ten sections of a thousand pages each).
    kids.sort_by_cached_key(|p| {
        (
            p.weight,
            std::cmp::Reverse(p.date),
            crate::model::collate::sort_key(&p.title),
            &p.path,
        )
    });
    children(r, kids)
}

/// Home, then every section above the page.
fn breadcrumbs(r: &Renderer, page: &Page) -> Vec<LinkView> {
    if page.path.is_empty() {
        return Vec::new();
    }
    let site = r.site;
    let mut out = vec![LinkView::home(r.words)];
    let mut acc = String::new();
    let parts: Vec<&str> = page.path.trim_end_matches('/').split('/').collect();
    for part in &parts[..parts.len().saturating_sub(1)] {
        acc.push_str(part);
        acc.push('/');
        if let Some(sec) = site.content.page(&acc) {
            out.push(LinkView::page(sec.title.clone(), &Route::at(acc.clone())));
        }
    }
    out
}

/// Links from a page to what it belongs to (its campaign, its conference).
fn related(r: &Renderer, page: &Page) -> Vec<LinkView> {
    let site = r.site;
    let mut out = Vec::new();
    if let Some(s) = page.campaign.as_deref().and_then(|id| site.campaign(id)) {
        out.push(LinkView {
            title: s.campaign.title.clone(),
            url: routes::campaign(&s.campaign.id).url(),
            label: r.words.campaign.into(),
        });
    }
    out.extend(link_of_page(r.words, site, page));
    out
}
