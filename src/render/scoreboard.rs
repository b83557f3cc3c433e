//! Scoreboards (SPEC §5): the overall board of a rubric (with the rubric itself) and each
//! cluster's board. Rows come ranked from the compute stage; the template only prints.

use serde::Serialize;

use crate::compute::{RubricResults, UnitResult};
use crate::diag::Diagnostic;
use crate::model::{Campaign, Criterion, Rubric, TieBreaker};
use crate::render::campaign::{
    AwardView, UnitLink, award_views, awards_won, campaign_path, cluster_path, group_points,
    leaders, rubric_path, scorecard_path,
};
use crate::render::charts;
use crate::render::view::{LinkView, PageView, url_of};
use crate::render::{base_context, render_template};
use crate::site::Site;

/// A number cell: text for people, plain value for sorting.
#[derive(Debug, Clone, Serialize)]
pub struct Num {
    /// "93,5".
    pub text: String,
    /// "93.5".
    pub sort: String,
}

impl Num {
    /// Formats points.
    pub fn of(p: crate::model::Points) -> Self {
        Num {
            text: p.to_vi(),
            sort: p.to_plain(),
        }
    }
}

#[derive(Serialize)]
struct Row {
    order: usize,
    rank: u32,
    name: String,
    url: String,
    unit_url: String,
    cluster: String,
    groups: Vec<Num>,
    bonus: Num,
    deduction: Num,
    total: Num,
    band: String,
    awards: Vec<String>,
    complete: bool,
    leader: bool,
}

#[derive(Serialize)]
struct Column {
    id: String,
    title: String,
    max: String,
}

/// A row of the criteria tree.
#[derive(Serialize)]
pub struct CriterionRow {
    /// Id ("1.2").
    pub id: String,
    /// Title.
    pub title: String,
    /// Maximum, formatted.
    pub max: String,
    /// Nesting depth (0 = top level).
    pub depth: usize,
    /// True for a leaf (scored directly).
    pub leaf: bool,
}

/// The criteria tree, flattened depth first.
pub fn criteria_rows(list: &[Criterion], depth: usize, out: &mut Vec<CriterionRow>) {
    for c in list {
        out.push(CriterionRow {
            id: c.id.clone(),
            title: c.title.clone(),
            max: c.max.to_vi(),
            depth,
            leaf: c.is_leaf(),
        });
        criteria_rows(&c.items, depth + 1, out);
    }
}

#[derive(Serialize)]
struct RubricView {
    title: String,
    max: String,
    criteria: Vec<CriterionRow>,
    bonus_max: Option<String>,
    deduction_max: Option<String>,
    bands: Vec<(String, String)>,
    tie_breakers: Vec<String>,
    participants: usize,
}

fn tie_breaker_label(r: &Rubric, t: &TieBreaker) -> String {
    match t {
        TieBreaker::Bonus => "Điểm thưởng (cao hơn xếp trên)".into(),
        TieBreaker::Deduction => "Điểm trừ (ít hơn xếp trên)".into(),
        TieBreaker::Criterion(id) => {
            let title = r.find(id).map(|c| c.title.as_str()).unwrap_or("");
            format!("Tiêu chí {id} {title} (cao hơn xếp trên)")
        }
    }
}

fn rubric_view(r: &Rubric, participants: usize) -> RubricView {
    let mut criteria = Vec::new();
    criteria_rows(&r.criteria, 0, &mut criteria);
    RubricView {
        title: r.title.clone(),
        max: r.max().to_vi(),
        criteria,
        bonus_max: r.bonus_max.map(|p| p.to_vi()),
        deduction_max: r.deduction_max.map(|p| p.to_vi()),
        bands: r
            .bands
            .iter()
            .map(|b| (b.label.clone(), b.min.to_vi()))
            .collect(),
        tie_breakers: r
            .tie_breakers
            .iter()
            .map(|t| tie_breaker_label(r, t))
            .collect(),
        participants,
    }
}

fn rows(c: &Campaign, r: &Rubric, rr: &RubricResults, cluster: Option<&str>) -> Vec<Row> {
    let awards_of = |u: &UnitResult| awards_won(rr, &u.unit);
    rr.units
        .iter()
        .filter(|u| cluster.is_none_or(|cl| u.cluster.as_deref() == Some(cl)))
        .enumerate()
        .map(|(i, u)| {
            let rank = match cluster {
                Some(_) => u.rank_cluster.unwrap_or(u.rank_overall),
                None => u.rank_overall,
            };
            Row {
                order: i,
                rank,
                name: u.name.clone(),
                url: url_of(&scorecard_path(&c.id, &r.id, &u.unit)),
                unit_url: url_of(&crate::render::campaign::unit_path(&u.unit)),
                cluster: u
                    .cluster
                    .as_ref()
                    .and_then(|id| c.clusters.iter().find(|cl| &cl.id == id))
                    .map(|cl| cl.name.clone())
                    .unwrap_or_default(),
                groups: r
                    .criteria
                    .iter()
                    .map(|crit| Num::of(group_points(u, crit)))
                    .collect(),
                bonus: Num::of(u.bonus),
                deduction: Num::of(u.deduction),
                total: Num::of(u.total),
                band: u.band.clone().unwrap_or_default(),
                awards: awards_of(u),
                complete: u.complete,
                leader: rank == 1,
            }
        })
        .collect()
}

/// Renders the overall scoreboard of a rubric, or a cluster's board when `cluster` is given.
pub fn render_board(
    site: &Site,
    ci: usize,
    ri: usize,
    cluster: Option<usize>,
) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let c = &site.data.campaigns[ci];
    let r = &c.rubrics[ri];
    let rr = &site.results[ci].rubrics[ri];
    let cl = cluster.map(|i| &c.clusters[i]);
    let path = match cl {
        Some(cl) => cluster_path(&c.id, &r.id, &cl.id),
        None => rubric_path(&c.id, &r.id),
    };
    let mut ctx = base_context(&path, "campaigns/index.html");
    let title = match cl {
        Some(cl) => format!("{} — {}", cl.name, r.title),
        None => r.title.clone(),
    };
    let mut page = PageView::titled(&title, url_of(&path));
    page.description = format!("Bảng xếp hạng {} — {}", r.title, c.title);
    page.illustrative = c
        .illustrative
        .then(|| crate::render::view::ILLUSTRATIVE_SCORES.to_string());
    ctx.insert("page", &page);
    let mut crumbs = vec![
        LinkView::home(),
        LinkView::to(c.title.clone(), url_of(&campaign_path(&c.id))),
    ];
    if cl.is_some() {
        crumbs.push(LinkView::to(
            r.title.clone(),
            url_of(&rubric_path(&c.id, &r.id)),
        ));
    }
    ctx.insert("breadcrumbs", &crumbs);
    let board_rows = rows(c, r, rr, cl.map(|x| x.id.as_str()));
    let columns: Vec<Column> = r
        .criteria
        .iter()
        .map(|crit| Column {
            id: crit.id.clone(),
            title: crit.title.clone(),
            max: crit.max.to_vi(),
        })
        .collect();
    ctx.insert("columns", &columns);
    ctx.insert("has_bonus", &r.bonus_max.is_some());
    ctx.insert("has_deduction", &r.deduction_max.is_some());
    ctx.insert("show_cluster", &(cl.is_none() && !c.clusters.is_empty()));
    ctx.insert(
        "incomplete",
        &board_rows.iter().filter(|x| !x.complete).count(),
    );
    let chart_rows: Vec<(String, crate::model::Points)> = rr
        .units
        .iter()
        .filter(|u| cl.is_none_or(|x| u.cluster.as_deref() == Some(x.id.as_str())))
        .map(|u| (u.name.clone(), u.total))
        .collect();
    let chart = if cl.is_some() || chart_rows.len() <= 40 {
        charts::totals_with_bands(
            &format!("Tổng điểm — {title}"),
            &chart_rows,
            r.max(),
            &r.bands,
        )
    } else {
        String::new()
    };
    ctx.insert("chart", &chart);
    ctx.insert("rows", &board_rows);
    let cluster_links: Vec<LinkView> = c
        .clusters
        .iter()
        .map(|x| LinkView {
            title: x.name.clone(),
            url: url_of(&cluster_path(&c.id, &r.id, &x.id)),
            label: if cl.is_some_and(|y| y.id == x.id) {
                "current".into()
            } else {
                String::new()
            },
        })
        .collect();
    ctx.insert("cluster_links", &cluster_links);
    ctx.insert("overall_url", &url_of(&rubric_path(&c.id, &r.id)));
    let awards: Vec<AwardView> = award_views(site, c, &site.results[ci], Some(&r.id))
        .into_iter()
        .map(|mut a| {
            if let Some(cl) = cl {
                a.outcomes
                    .retain(|o| o.cluster == cl.name || o.cluster.is_empty());
            }
            a
        })
        .collect();
    ctx.insert("awards", &awards);
    let lead: Vec<UnitLink> = leaders(site, rr, cl.map(|x| x.id.as_str()));
    ctx.insert("leaders", &lead);
    ctx.insert(
        "nominations",
        &cl.map(|x| site.nomination_links(c, &x.id))
            .unwrap_or_default(),
    );
    if cl.is_none() {
        ctx.insert("rubric", &Some(rubric_view(r, rr.units.len())));
    } else {
        ctx.insert("rubric", &None::<RubricView>);
    }
    let html = render_template(site, "scoreboard.html", &ctx)?;
    Ok(vec![(url_of(&path), html.into_bytes())])
}
