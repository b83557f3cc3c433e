//! `/conferences/`: every conference, newest first, with its handout.

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::render::parts::conferences::{index_title, newest_first};
use crate::render::parts::{LinkView, PageView, page_context};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};

/// The list's address.
pub fn route() -> Route {
    routes::conferences()
}

/// It lists the conferences, under the text of `content/conferences/_index.md` when there is
/// one.
pub fn reads() -> Vec<Input> {
    vec![Input::Conferences, Input::Page(route().path().to_string())]
}

/// A conference in the list.
#[derive(Debug, Serialize)]
struct ConferenceCard {
    title: String,
    url: String,
    handout_url: String,
    date: String,
    date_iso: String,
    venue: String,
    organiser: String,
    honorees: usize,
}

/// Renders `/conferences/`.
pub fn render(r: &Renderer) -> Result<Files, Diagnostic> {
    let site = r.site;
    let route = route();
    let own = site.content.page(route.path());
    let mut ctx = page_context(&route, &route);
    let mut page = PageView::titled(index_title(r.words, site), &route);
    if let Some(p) = own {
        page.description = p.description.clone();
        page.html = r.markdown(&p.body, &route.root()).html;
        page.illustrative = p.illustrative.clone();
    }
    ctx.insert("page", &page);
    ctx.insert("breadcrumbs", &vec![LinkView::home(r.words)]);
    let cards: Vec<ConferenceCard> = newest_first(site)
        .into_iter()
        .map(|c| ConferenceCard {
            title: c.title.clone(),
            url: routes::conference(&c.id).url(),
            handout_url: routes::handout(&c.id).url(),
            date: c.date.map(|d| d.to_vi_short()).unwrap_or_default(),
            date_iso: c.date.map(|d| d.iso()).unwrap_or_default(),
            venue: c.venue.clone(),
            organiser: c.organiser.clone(),
            honorees: c.honorees.len(),
        })
        .collect();
    ctx.insert("conferences", &cards);
    r.page(&route, "conferences.html", &ctx)
}
