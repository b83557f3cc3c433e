//! `/campaigns/`: every campaign, newest first, with who leads each rubric.

use crate::diag::Diagnostic;
use crate::render::parts::campaigns::campaign_cards;
use crate::render::parts::{LinkView, PageView, page_context};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};

/// The page's address.
pub fn route() -> Route {
    routes::campaigns()
}

/// It shows every campaign's leaders.
pub fn reads() -> Vec<Input> {
    vec![Input::Campaigns, Input::Units]
}

/// Renders `/campaigns/`.
pub fn render(r: &Renderer) -> Result<Files, Diagnostic> {
    let route = route();
    let mut ctx = page_context(&route, &route);
    ctx.insert(
        "page",
        &PageView::titled(r.words.emulation_campaigns, &route),
    );
    ctx.insert("breadcrumbs", &vec![LinkView::home(r.words)]);
    ctx.insert("campaigns", &campaign_cards(r.site));
    r.page(&route, "campaigns.html", &ctx)
}
