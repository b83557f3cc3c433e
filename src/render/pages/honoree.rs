//! An honoree's profile (SPEC §5 `/honorees/<id>/`): picture, achievements, awards by year,
//! nominations, conferences and their story.

use crate::diag::Diagnostic;
use crate::render::parts::honorees::{index_title, kind_label, profile};
use crate::render::parts::{LinkView, PageView, page_context};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};
use crate::site::Site;

/// The profile's address.
pub fn route(site: &Site, i: usize) -> Route {
    routes::honoree(&site.honorees[i].id)
}

/// It shows the honoree with their unit, photo, nominations and conferences, under the
/// index's title.
pub fn reads(site: &Site, i: usize) -> Vec<Input> {
    let mut reads = vec![
        Input::Honorees,
        Input::Units,
        Input::CampaignHeads,
        Input::Conferences,
        Input::Page(routes::honorees().path().to_string()),
    ];
    reads.extend(site.honorees[i].photo.clone().map(Input::Photo));
    reads
}

/// Renders the profile of the `i`-th honoree.
pub fn render(r: &Renderer, i: usize) -> Result<Files, Diagnostic> {
    let (site, w) = (r.site, r.words);
    let h = &site.honorees[i];
    let route = route(site, i);
    let mut ctx = page_context(&route, &routes::honorees());
    let mut page = PageView::titled(&h.name, &route);
    page.description = if h.summary.is_empty() {
        format!("{} — {}", kind_label(w, h.kind), h.name)
    } else {
        h.summary.clone()
    };
    page.illustrative = h.illustrative.clone().map(|n| {
        if n.is_empty() {
            w.illustrative_profile.into()
        } else {
            n
        }
    });
    ctx.insert("page", &page);
    ctx.insert(
        "breadcrumbs",
        &vec![
            LinkView::home(w),
            LinkView::page(index_title(w, site), &routes::honorees()),
        ],
    );
    ctx.insert("profile", &profile(r, h, &route.root())?);
    r.page(&route, "honoree.html", &ctx)
}
