//! A draft award decision (SPEC §9.4 `/campaigns/<c>/decisions/<k>/`): the Decree 30 layout,
//! "QUYẾT ĐỊNH Về việc tặng …", the articles and the attached list of winners grouped by
//! cluster, tied winners marked for the council; printable on A4, with `decision.docx`
//! beside it.

use crate::diag::Diagnostic;
use crate::render::parts::decisions::{decision_draft, paper_context, paper_reads};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};
use crate::site::Site;

/// The page's address.
pub fn route(site: &Site, ci: usize, k: usize) -> Route {
    routes::decision(&site.campaigns[ci].campaign.id, k)
}

/// It shows the campaign's results and settings, and the names of its units.
pub fn reads(site: &Site, ci: usize) -> Vec<Input> {
    paper_reads(site, ci)
}

/// Renders the draft decision of the `k`-th award rule (from 1) of the `ci`-th campaign.
pub fn render(r: &Renderer, ci: usize, k: usize) -> Result<Files, Diagnostic> {
    let (site, w) = (r.site, r.words);
    let scored = &site.campaigns[ci];
    let c = &scored.campaign;
    let route = route(site, ci, k);
    let draft = decision_draft(w, site, scored, k);
    let award = draft.as_ref().map_or(String::new(), |d| d.award.clone());
    let mut ctx = paper_context(w, c, &route, format!("{} — {award}", w.decision_page));
    ctx.insert("decision", &draft);
    ctx.insert("docx", &routes::decision_docx(&c.id, k));
    r.page(&route, "decision.html", &ctx)
}
