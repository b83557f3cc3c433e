//! The search page. What it searches is the index written by
//! [`crate::render::exports::search_index`]; the page says how many entries there are.

use crate::diag::Diagnostic;
use crate::render::parts::{LinkView, PageView, page_context, search};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};

/// The page's address.
pub fn route() -> Route {
    routes::search()
}

/// It counts what can be searched: the pages, campaigns and their rubrics, units, honorees
/// and conferences.
pub fn reads() -> Vec<Input> {
    vec![
        Input::PageList,
        Input::CampaignHeads,
        Input::Units,
        Input::Honorees,
        Input::Conferences,
    ]
}

/// Renders `/search/`.
pub fn render(r: &Renderer) -> Result<Files, Diagnostic> {
    let route = route();
    let mut ctx = page_context(&route, &route);
    ctx.insert("page", &PageView::titled(r.words.search, &route));
    ctx.insert("breadcrumbs", &vec![LinkView::home(r.words)]);
    ctx.insert("count", &search::count(r.site));
    // Where a large site's index shards are (`search/<key>.js`): this page's own folder.
    ctx.insert("shard_folder", route.path());
    r.page(&route, "search.html", &ctx)
}
