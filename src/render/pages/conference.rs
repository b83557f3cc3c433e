//! A conference's page (SPEC §5 `/conferences/<id>/`): date, venue, organiser, the program
//! as an agenda, the speakers and honorees linked to their profiles, the campaigns reviewed
//! and the documents that belong to the conference.

use crate::diag::Diagnostic;
use crate::render::parts::conferences::{
    commended, conference_view, illustrative_note, index_title,
};
use crate::render::parts::{LinkView, PageView, children, page_context};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};
use crate::site::Site;

/// The page's address.
pub fn route(site: &Site, i: usize) -> Route {
    routes::conference(&site.conferences[i].id)
}

/// It shows the conference, its speakers and honorees (with their units and photos), the
/// campaigns it reviews and its documents, under the list's title.
pub fn reads(site: &Site, i: usize) -> Vec<Input> {
    let c = &site.conferences[i];
    let mut reads = vec![
        Input::Conferences,
        Input::Honorees,
        Input::Units,
        Input::CampaignHeads,
        Input::PageList,
        Input::Page(routes::conferences().path().to_string()),
    ];
    reads.extend(
        c.honorees
            .iter()
            .filter_map(|id| site.honoree(id)?.photo.clone())
            .map(Input::Photo),
    );
    reads
}

/// Renders the page of the `i`-th conference.
pub fn render(r: &Renderer, i: usize) -> Result<Files, Diagnostic> {
    let site = r.site;
    let c = &site.conferences[i];
    let route = route(site, i);
    let mut ctx = page_context(&route, &routes::conferences());
    let mut page = PageView::titled(&c.title, &route);
    page.description = c.description.clone();
    page.html = r.markdown(&c.body, &route.root()).html;
    page.date = c.date.map(|d| r.words.date_short(d));
    page.date_iso = c.date.map(|d| d.iso());
    page.illustrative = illustrative_note(r.words, c);
    ctx.insert("page", &page);
    ctx.insert(
        "breadcrumbs",
        &vec![
            LinkView::home(r.words),
            LinkView::page(index_title(r.words, site), &routes::conferences()),
        ],
    );
    ctx.insert("conference", &conference_view(r.words, site, c));
    ctx.insert("honorees", &commended(r, c)?);
    let campaigns: Vec<LinkView> = c
        .campaigns
        .iter()
        .filter_map(|id| site.campaign(id))
        .map(|s| LinkView {
            title: s.campaign.title.clone(),
            url: routes::campaign(&s.campaign.id).url(),
            label: s.campaign.year.map(|y| y.to_string()).unwrap_or_default(),
        })
        .collect();
    ctx.insert("campaigns", &campaigns);
    let mut docs: Vec<&crate::model::page::Page> = site.pages_of_conference(&c.id).collect();
    docs.sort_by(|a, b| a.date.cmp(&b.date).then(a.path.cmp(&b.path)));
    ctx.insert("documents", &children(r, docs));
    r.page(&route, "conference.html", &ctx)
}
