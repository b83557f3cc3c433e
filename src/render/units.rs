//! The unit page (SPEC §5 `/units/<unit>/`): one unit across every campaign it takes part in.

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::render::campaign::{campaign_path, cluster_path, scorecard_path, unit_path};
use crate::render::scoreboard::Num;
use crate::render::view::{LinkView, PageView, url_of};
use crate::render::{base_context, render_template};
use crate::site::Site;

#[derive(Serialize)]
struct Entry {
    campaign: LinkView,
    rubric: String,
    scorecard_url: String,
    cluster: Option<LinkView>,
    role: String,
    total: Num,
    max: String,
    band: String,
    rank_overall: u32,
    of_overall: usize,
    rank_cluster: Option<u32>,
    complete: bool,
    awards: Vec<String>,
}

/// Renders the page of the unit with the given id.
pub fn render_unit(site: &Site, id: &str) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let unit = &site.data.units[id];
    let path = unit_path(id);
    let mut ctx = base_context(&path, "campaigns/index.html");
    let mut page = PageView::titled(&unit.name, url_of(&path));
    page.description = format!("Kết quả thi đua của {}", unit.name);
    ctx.insert("page", &page);
    ctx.insert("breadcrumbs", &vec![LinkView::home()]);
    let mut entries = Vec::new();
    for &(ci, ri, k) in site.unit_entries.get(id).map(Vec::as_slice).unwrap_or(&[]) {
        let c = &site.data.campaigns[ci];
        let r = &c.rubrics[ri];
        let rr = &site.results[ci].rubrics[ri];
        let u = &rr.units[k];
        let cluster = u
            .cluster
            .as_ref()
            .and_then(|cid| c.clusters.iter().find(|x| &x.id == cid));
        let role = cluster
            .map(|cl| {
                if cl.leader.as_deref() == Some(id) {
                    "Cụm trưởng"
                } else if cl.deputy.as_deref() == Some(id) {
                    "Cụm phó"
                } else {
                    ""
                }
            })
            .unwrap_or("");
        entries.push(Entry {
            campaign: LinkView {
                title: c.title.clone(),
                url: url_of(&campaign_path(&c.id)),
                label: c.year.map(|y| y.to_string()).unwrap_or_default(),
            },
            rubric: r.title.clone(),
            scorecard_url: url_of(&scorecard_path(&c.id, &r.id, id)),
            cluster: cluster.map(|cl| {
                LinkView::to(cl.name.clone(), url_of(&cluster_path(&c.id, &r.id, &cl.id)))
            }),
            role: role.into(),
            total: Num::of(u.total),
            max: r.max().to_vi(),
            band: u.band.clone().unwrap_or_default(),
            rank_overall: u.rank_overall,
            of_overall: rr.units.len(),
            rank_cluster: u.rank_cluster,
            complete: u.complete,
            awards: crate::render::campaign::awards_won(rr, id),
        });
    }
    #[derive(Serialize)]
    struct UnitView<'a> {
        name: &'a str,
        kind: &'a str,
        attrs: Vec<(&'a String, &'a String)>,
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
    ctx.insert("honorees", &site.honoree_links_of_unit(id));
    let html = render_template(site, "unit.html", &ctx)?;
    Ok(vec![(url_of(&path), html.into_bytes())])
}
