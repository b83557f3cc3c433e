//! The unit page (SPEC §5 `/units/<unit>/`): one unit across every campaign it takes part in,
//! and its honorees.

use serde::Serialize;

use crate::model::decisions::Status;
use crate::render::parts::decisions::provisional_among;

use crate::diag::Diagnostic;
use crate::render::engine::words::fill;
use crate::render::parts::awards::awards_won_at;
use crate::render::parts::honorees::links_of_unit;
use crate::render::parts::standing::Standing;
use crate::render::parts::{LinkView, PageView, page_context};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};
use crate::site::Site;

/// The page's address.
pub fn route(site: &Site, i: usize) -> Route {
    routes::unit(&site.index.unit_ids[i])
}

/// It shows the unit, its results in every campaign it takes part in, and its honorees.
pub fn reads(site: &Site, i: usize) -> Vec<Input> {
    let mut reads = vec![Input::Units, Input::Honorees];
    reads.extend(
        site.entries_of(&site.index.unit_ids[i])
            .iter()
            .map(|e| Input::Campaign(site.campaigns[e.campaign].campaign.id.clone())),
    );
    reads.dedup();
    reads
}

#[derive(Serialize)]
struct Entry {
    campaign: LinkView,
    rubric: String,
    scorecard_url: String,
    cluster: Option<LinkView>,
    role: String,
    /// The campaign's results are not approved yet.
    provisional: bool,
    #[serde(flatten)]
    standing: Standing,
}

#[derive(Serialize)]
struct UnitView<'a> {
    name: &'a str,
    kind: &'a str,
    attrs: Vec<(&'a String, &'a String)>,
}

/// Renders the page of the `i`-th unit (in id order).
pub fn render(r: &Renderer, i: usize) -> Result<Files, Diagnostic> {
    let (site, w) = (r.site, r.words);
    let id = site.index.unit_ids[i].as_str();
    let unit = &site.units[id];
    let route = route(site, i);
    let mut ctx = page_context(&route, &routes::campaigns());
    let mut page = PageView::titled(&unit.name, &route);
    page.description = fill(w.unit_description, &[&unit.name]);
    page.provisional = provisional_among(
        w,
        site.entries_of(id)
            .iter()
            .map(|e| &site.campaigns[e.campaign].campaign),
    );
    ctx.insert("page", &page);
    ctx.insert("breadcrumbs", &vec![LinkView::home(w)]);
    let mut entries = Vec::new();
    for e in site.entries_of(id) {
        let scored = &site.campaigns[e.campaign];
        let c = &scored.campaign;
        let rb = &c.rubrics[e.rubric];
        let rr = &scored.results.rubrics[e.rubric];
        let u = &rr.units[e.position];
        let cluster = site.cluster_at(e.campaign, e.rubric, e.position);
        let role = cluster
            .map(|cl| {
                if cl.leader.as_deref() == Some(id) {
                    w.cluster_leader
                } else if cl.deputy.as_deref() == Some(id) {
                    w.cluster_deputy
                } else {
                    ""
                }
            })
            .unwrap_or("");
        entries.push(Entry {
            campaign: LinkView {
                title: c.title.clone(),
                url: routes::campaign(&c.id).url(),
                label: c.year.map(|y| y.to_string()).unwrap_or_default(),
            },
            rubric: rb.title.clone(),
            scorecard_url: routes::scorecard(&c.id, &rb.id, id).url(),
            cluster: cluster
                .map(|cl| LinkView::page(cl.name.clone(), &routes::cluster(&c.id, &rb.id, &cl.id))),
            role: role.into(),
            provisional: c.status == Status::Provisional,
            standing: Standing::of(
                w,
                rr,
                u,
                awards_won_at(w, site, e.campaign, e.rubric, e.position),
                "",
            ),
        });
    }
    ctx.insert(
        "unit",
        &UnitView {
            name: &unit.name,
            kind: &unit.kind,
            attrs: unit.attrs.iter().collect(),
        },
    );
    ctx.insert("entries", &entries);
    ctx.insert("honorees", &links_of_unit(w, site, id));
    r.page(&route, "unit.html", &ctx)
}
