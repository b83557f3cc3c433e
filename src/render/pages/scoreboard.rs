//! Scoreboards (SPEC §5): the overall board of a rubric (with the rubric itself) and each
//! cluster's board. Rows come ranked from the compute stage; the template only prints.

use serde::Serialize;

use std::ops::Range;

use crate::compute::{UnitResult, criterion_points};
use crate::diag::Diagnostic;
use crate::model::{Cluster, Points, Rubric, TieBreaker};
use crate::render::engine::charts;
use crate::render::engine::words::{Words, fill};
use crate::render::parts::awards::{AwardView, award_views_in, awards_won_at, leaders};
use crate::render::parts::criteria::{CriterionRow, criteria_rows};
use crate::render::parts::honorees::nomination_links;
use crate::render::parts::paging::{Parts, part_rows};
use crate::render::parts::units::{Num, UnitLink};
use crate::render::parts::{LinkView, PageView, page_context};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};
use crate::site::Site;
use crate::text::{push_escaped, push_int};

/// Up to this many units, the overall board also draws its chart of totals.
const CHART_UP_TO: usize = 40;

/// A cluster's board links every cluster of its campaign up to this many; beyond, the first,
/// the last and two on each side of its own, with "…" for the rest (the overall board still
/// links them all).
const NAV_ALL_UP_TO: usize = 30;

/// The clusters a cluster's board links when there are too many to list: positions in the
/// campaign's list, `None` where some are left out.
fn nav_window(count: usize, current: usize) -> Vec<Option<usize>> {
    let near = current.saturating_sub(2)..(current + 3).min(count);
    let mut out = Vec::new();
    let mut last: Option<usize> = None;
    for i in [0].into_iter().chain(near).chain([count - 1]) {
        if last.is_some_and(|l| i <= l) {
            continue;
        }
        // A gap of one cluster shows the cluster rather than "…".
        match last {
            Some(l) if i == l + 2 => out.push(Some(l + 1)),
            Some(l) if i > l + 2 => out.push(None),
            _ => {}
        }
        out.push(Some(i));
        last = Some(i);
    }
    out
}

/// The board's address: the rubric's, or its cluster's; a part after the first of a long
/// board under it.
pub fn route(site: &Site, ci: usize, ri: usize, cluster: Option<usize>, part: usize) -> Route {
    routes::part(&whole_route(site, ci, ri, cluster), part + 1)
}

/// The address of the board's first part.
fn whole_route(site: &Site, ci: usize, ri: usize, cluster: Option<usize>) -> Route {
    let c = &site.campaigns[ci].campaign;
    let r = &c.rubrics[ri];
    match cluster {
        Some(k) => routes::cluster(&c.id, &r.id, &c.clusters[k].id),
        None => routes::rubric(&c.id, &r.id),
    }
}

/// It shows the campaign's results, the names of award winners and the honorees a cluster
/// nominated.
pub fn reads(site: &Site, ci: usize) -> Vec<Input> {
    vec![
        Input::Campaign(site.campaigns[ci].campaign.id.clone()),
        Input::Units,
        Input::Honorees,
    ]
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

fn tie_breaker_label(w: &Words, r: &Rubric, t: &TieBreaker) -> String {
    match t {
        TieBreaker::Bonus => w.tie_by_bonus.into(),
        TieBreaker::Deduction => w.tie_by_deduction.into(),
        TieBreaker::Criterion(id) => {
            let title = r.find(id).map(|c| c.title.as_str()).unwrap_or("");
            fill(w.tie_by_criterion, &[id, title])
        }
    }
}

fn rubric_view(w: &Words, r: &Rubric, participants: usize) -> RubricView {
    let mut criteria = Vec::new();
    criteria_rows(w, &r.criteria, 0, &mut criteria);
    RubricView {
        title: r.title.clone(),
        max: w.number(r.max()),
        criteria,
        bonus_max: r.bonus_max.map(|p| w.number(p)),
        deduction_max: r.deduction_max.map(|p| w.number(p)),
        bands: r
            .bands
            .iter()
            .map(|b| (b.label.clone(), w.number(b.min)))
            .collect(),
        tie_breakers: r
            .tie_breakers
            .iter()
            .map(|t| tie_breaker_label(w, r, t))
            .collect(),
        participants,
    }
}

/// The positions in the ranking of the board's units: the rubric's, or those of the
/// cluster at index `cluster`, in ranking order.
fn board_units(site: &Site, ci: usize, ri: usize, cluster: Option<usize>) -> Vec<usize> {
    let s = &site.campaigns[ci];
    let rr = &s.results.rubrics[ri];
    match cluster {
        None => (0..rr.units.len()).collect(),
        Some(k) => match site.index.rubric(ci, ri, rr.units.len()) {
            Some(ix) => ix.clusters[k].clone(),
            None => {
                let cl = s.campaign.clusters[k].id.as_str();
                (0..rr.units.len())
                    .filter(|&i| rr.units[i].cluster.as_deref() == Some(cl))
                    .collect()
            }
        },
    }
}

/// The rows of the board's units `shown` (a part of a long board: only those are made).
fn rows(
    w: &Words,
    site: &Site,
    (ci, ri): (usize, usize),
    (units, shown, cluster): (&[usize], Range<usize>, Option<&str>),
) -> Vec<Row> {
    let c = &site.campaigns[ci].campaign;
    let r = &c.rubrics[ri];
    let rr = &site.campaigns[ci].results.rubrics[ri];
    units[shown.clone()]
        .iter()
        .zip(shown)
        .map(|(&k, i)| {
            let u = &rr.units[k];
            let rank = match cluster {
                Some(_) => u.rank_cluster.unwrap_or(u.rank_overall),
                None => u.rank_overall,
            };
            Row {
                order: i,
                rank,
                name: u.name.clone(),
                url: routes::scorecard(&c.id, &r.id, &u.unit).url(),
                unit_url: routes::unit(&u.unit).url(),
                cluster: site
                    .cluster_at(ci, ri, k)
                    .map(|cl| cl.name.clone())
                    .unwrap_or_default(),
                groups: r
                    .criteria
                    .iter()
                    .map(|crit| Num::of(w, criterion_points(u, &crit.id)))
                    .collect(),
                bonus: Num::of(w, u.bonus),
                deduction: Num::of(w, u.deduction),
                total: Num::of(w, u.total),
                band: u.band.clone().unwrap_or_default(),
                awards: awards_won_at(w, site, ci, ri, k),
                complete: u.complete,
                leader: rank == 1,
            }
        })
        .collect()
}

/// The template of the table's rows.
const ROWS_TEMPLATE: &str = "scoreboard_rows.html";

/// What the rows' template reads besides the rows.
struct RowsFrame<'a> {
    root: &'a str,
    show_cluster: bool,
    has_bonus: bool,
    has_deduction: bool,
}

/// The table's rows as the built-in `scoreboard_rows.html` writes them, byte for byte (a test
/// builds sites both ways and compares): a national campaign's boards have 31,000 rows, and
/// the template engine spent a twentieth of a build on them.
fn rows_html(w: &Words, f: &RowsFrame, rows: &[Row]) -> String {
    let mut out = String::with_capacity(rows.len() * 900);
    let num = |out: &mut String, class: &str, n: &Num, strong: bool| {
        out.push_str("<td class=\"");
        out.push_str(class);
        out.push_str("\" data-sort=\"");
        push_escaped(out, &n.sort);
        out.push_str(if strong { "\"><strong>" } else { "\">" });
        push_escaped(out, &n.text);
        out.push_str(if strong { "</strong></td>" } else { "</td>" });
    };
    for r in rows {
        out.push_str("\n      <tr data-order=\"");
        push_int(&mut out, r.order as u64);
        out.push_str(if r.leader {
            "\" class=\"leader\">"
        } else {
            "\">"
        });
        out.push_str("\n        <td class=\"num\" data-sort=\"");
        push_int(&mut out, u64::from(r.rank));
        out.push_str("\">");
        push_int(&mut out, u64::from(r.rank));
        out.push_str("</td>\n        <td><a href=\"");
        push_escaped(&mut out, f.root);
        push_escaped(&mut out, &r.url);
        out.push_str("\">");
        push_escaped(&mut out, &r.name);
        out.push_str("</a>");
        if r.leader {
            out.push_str(" <span class=\"badge leader\">");
            push_escaped(&mut out, w.leading);
            out.push_str("</span>");
        }
        if !r.complete {
            out.push_str(" <span class=\"badge incomplete\">");
            push_escaped(&mut out, w.incomplete);
            out.push_str("</span>");
        }
        out.push_str("</td>\n        ");
        num(&mut out, "num narrow", &r.total, true);
        out.push_str("\n        <td class=\"narrow\">");
        push_escaped(&mut out, &r.band);
        out.push_str("</td>\n        ");
        if f.show_cluster {
            out.push_str("<td>");
            push_escaped(&mut out, &r.cluster);
            out.push_str("</td>");
        }
        out.push_str("\n        ");
        for g in &r.groups {
            num(&mut out, "num", g, false);
        }
        out.push_str("\n        ");
        if f.has_bonus {
            num(&mut out, "num", &r.bonus, false);
        }
        out.push_str("\n        ");
        if f.has_deduction {
            num(&mut out, "num", &r.deduction, false);
        }
        out.push_str("\n        ");
        num(&mut out, "num wide", &r.total, true);
        out.push_str("\n        <td class=\"wide\">");
        push_escaped(&mut out, &r.band);
        out.push_str("</td>\n        <td class=\"awards\">");
        for (i, a) in r.awards.iter().enumerate() {
            if i > 0 {
                out.push_str("; ");
            }
            push_escaped(&mut out, a);
        }
        out.push_str("</td>\n      </tr>\n      ");
    }
    out
}

/// Renders the overall scoreboard of a rubric, or a cluster's board when `cluster` is given:
/// its part `part` when it is long (the rubric itself, the chart, the awards and the
/// nominations on the first part only).
pub fn render(
    r: &Renderer,
    ci: usize,
    ri: usize,
    cluster: Option<usize>,
    part: usize,
) -> Result<Files, Diagnostic> {
    let (site, w) = (r.site, r.words);
    let scored = &site.campaigns[ci];
    let c = &scored.campaign;
    let rb = &c.rubrics[ri];
    let rr = &scored.results.rubrics[ri];
    let cl: Option<&Cluster> = cluster.map(|i| &c.clusters[i]);
    let route = route(site, ci, ri, cluster, part);
    let mut ctx = page_context(&route, &routes::campaigns());
    let title = match cl {
        Some(cl) => format!("{} — {}", cl.name, rb.title),
        None => rb.title.clone(),
    };
    let mut page = PageView::titled(&title, &route);
    page.description = fill(w.board_description, &[&rb.title, &c.title]);
    page.illustrative = c.illustrative.then(|| w.illustrative_scores.to_string());
    page.provisional = crate::render::parts::decisions::provisional_note(w, c);
    ctx.insert("page", &page);
    let mut crumbs = vec![
        LinkView::home(w),
        LinkView::page(c.title.clone(), &routes::campaign(&c.id)),
    ];
    if cl.is_some() {
        crumbs.push(LinkView::page(
            rb.title.clone(),
            &routes::rubric(&c.id, &rb.id),
        ));
    }
    ctx.insert("breadcrumbs", &crumbs);
    let positions = board_units(site, ci, ri, cluster);
    let units: Vec<&UnitResult> = positions.iter().map(|&k| &rr.units[k]).collect();
    let parts = Parts::of(&whole_route(site, ci, ri, cluster), units.len(), part);
    let first = part == 0;
    let columns: Vec<Column> = rb
        .criteria
        .iter()
        .map(|crit| Column {
            id: crit.id.clone(),
            title: crit.title.clone(),
            max: w.number(crit.max),
        })
        .collect();
    ctx.insert("columns", &columns);
    let root = route.root();
    let frame = RowsFrame {
        root: &root,
        show_cluster: cl.is_none() && !c.clusters.is_empty(),
        has_bonus: rb.bonus_max.is_some(),
        has_deduction: rb.deduction_max.is_some(),
    };
    ctx.insert("has_bonus", &frame.has_bonus);
    ctx.insert("has_deduction", &frame.has_deduction);
    ctx.insert("show_cluster", &frame.show_cluster);
    ctx.insert("incomplete", &units.iter().filter(|u| !u.complete).count());
    let shown = part_rows(units.len(), part);
    let board_rows = rows(
        w,
        site,
        (ci, ri),
        (&positions, shown, cl.map(|x| x.id.as_str())),
    );
    ctx.insert("parts", &parts);
    let chart = if first && (cl.is_some() || units.len() <= CHART_UP_TO) {
        let chart_rows: Vec<(String, Points)> =
            units.iter().map(|u| (u.name.clone(), u.total)).collect();
        charts::totals_with_bands(
            w,
            &fill(w.chart_totals_title, &[&title]),
            &chart_rows,
            rr.max,
            &rb.bands,
        )
    } else {
        String::new()
    };
    ctx.insert("chart", &chart);
    // The rows are written here while both templates are the built-in ones; a theme's own
    // board or rows see them as `rows` (and `rows_html` from the rows' template).
    let rows_html =
        if r.templates.is_builtin(ROWS_TEMPLATE) && r.templates.is_builtin("scoreboard.html") {
            rows_html(w, &frame, &board_rows)
        } else {
            ctx.insert("rows", &board_rows);
            r.templates.render(ROWS_TEMPLATE, &ctx)?
        };
    ctx.insert("rows_html", &rows_html);
    let shown_clusters = match cluster {
        Some(i) if c.clusters.len() > NAV_ALL_UP_TO => nav_window(c.clusters.len(), i),
        _ => (0..c.clusters.len()).map(Some).collect(),
    };
    let cluster_links: Vec<LinkView> = shown_clusters
        .into_iter()
        .map(|x| match x {
            Some(i) => {
                let x = &c.clusters[i];
                LinkView {
                    title: x.name.clone(),
                    url: routes::cluster(&c.id, &rb.id, &x.id).url(),
                    label: if cluster == Some(i) {
                        "current".into()
                    } else {
                        String::new()
                    },
                }
            }
            None => LinkView {
                title: "…".into(),
                url: String::new(),
                label: "gap".into(),
            },
        })
        .collect();
    ctx.insert("cluster_links", &cluster_links);
    ctx.insert("overall_url", &routes::rubric(&c.id, &rb.id).url());
    let awards: Vec<AwardView> = if first {
        award_views_in(w, site, scored, Some(&rb.id), cl)
    } else {
        Vec::new()
    };
    ctx.insert("awards", &awards);
    let lead: Vec<UnitLink> = match cl {
        Some(_) => units
            .iter()
            .filter(|u| u.rank_cluster == Some(1))
            .map(|u| UnitLink::of(site, &u.unit))
            .collect(),
        None => leaders(site, rr, None),
    };
    ctx.insert("leaders_tied", &(lead.len() > 1));
    ctx.insert("leaders", &lead);
    ctx.insert(
        "nominations",
        &cl.filter(|_| first)
            .map(|x| nomination_links(w, site, c, &x.id))
            .unwrap_or_default(),
    );
    if cl.is_none() && first {
        ctx.insert("rubric", &Some(rubric_view(w, rb, rr.units.len())));
    } else {
        ctx.insert("rubric", &None::<RubricView>);
    }
    r.page(&route, "scoreboard.html", &ctx)
}

#[cfg(test)]
mod tests {
    use super::nav_window;

    fn shown(count: usize, current: usize) -> String {
        nav_window(count, current)
            .iter()
            .map(|x| x.map_or("…".to_string(), |i| i.to_string()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_long_cluster_list_shows_the_ends_and_the_neighbours() {
        assert_eq!(shown(700, 0), "0 1 2 … 699");
        assert_eq!(shown(700, 1), "0 1 2 3 … 699");
        assert_eq!(shown(700, 3), "0 1 2 3 4 5 … 699");
        assert_eq!(shown(700, 4), "0 1 2 3 4 5 6 … 699");
        assert_eq!(shown(700, 5), "0 … 3 4 5 6 7 … 699");
        assert_eq!(shown(700, 350), "0 … 348 349 350 351 352 … 699");
        assert_eq!(shown(700, 697), "0 … 695 696 697 698 699");
        assert_eq!(shown(700, 695), "0 … 693 694 695 696 697 698 699");
        assert_eq!(shown(700, 699), "0 … 697 698 699");
        assert_eq!(shown(31, 15), "0 … 13 14 15 16 17 … 30");
    }
}
