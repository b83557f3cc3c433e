//! A unit's scorecard (SPEC §5): every leaf at every stage, the notes, and the cells that a
//! later stage (the cluster leader, the appraisal) changed, with the difference in points.
//! The differences and subtotals come from the compute stage; this page only formats them.

use serde::Serialize;

use crate::compute::{CellResult, UnitResult, criterion_points, stage_subtotal};
use crate::diag::Diagnostic;
use crate::model::{Campaign, CellKey, Criterion, Points, StageScores};
use crate::render::engine::charts;
use crate::render::engine::words::{Words, fill};
use crate::render::parts::awards::awards_won_at;
use crate::render::parts::criteria::indent;
use crate::render::parts::standing::Standing;
use crate::render::parts::units::{Num, UnitLink};
use crate::render::parts::{LinkView, PageView, page_context};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};
use crate::site::Site;

/// The scorecard's address.
pub fn route(site: &Site, ci: usize, ri: usize, k: usize) -> Route {
    let s = &site.campaigns[ci];
    let (c, r) = (&s.campaign, &s.campaign.rubrics[ri]);
    routes::scorecard(&c.id, &r.id, &s.results.rubrics[ri].units[k].unit)
}

/// It shows the campaign's scores and results and the unit's name.
pub fn reads(site: &Site, ci: usize) -> Vec<Input> {
    vec![
        Input::Campaign(site.campaigns[ci].campaign.id.clone()),
        Input::Units,
    ]
}

/// One stage's value in a cell.
#[derive(Serialize)]
struct StageCell {
    text: String,
    changed: bool,
    delta: String,
    note: String,
}

#[derive(Serialize)]
struct CardRow {
    id: String,
    title: String,
    max: String,
    depth: usize,
    indent: String,
    leaf: bool,
    stages: Vec<StageCell>,
    final_text: String,
    missing: bool,
}

#[derive(Serialize)]
struct StageNote {
    stage: String,
    note: String,
}

#[derive(Serialize)]
struct Summary {
    unit: UnitLink,
    kind: String,
    cluster: Option<LinkView>,
    regular: Num,
    bonus: Num,
    deduction: Num,
    #[serde(flatten)]
    standing: Standing,
    of_cluster: usize,
}

/// A change of points as people read it: `+0,5`, `−1`.
fn signed(w: &Words, change: Points) -> String {
    if change > Points::ZERO {
        format!("+{}", w.number(change))
    } else {
        format!("−{}", w.number(-change))
    }
}

/// One cell across the declared stages (a stage without a file gets an empty column), each
/// value marked when it changed an earlier stage's.
fn stage_cells(
    w: &Words,
    stages: &[Stage],
    unit: &str,
    key: &CellKey,
    cell: &CellResult,
) -> Vec<StageCell> {
    stages
        .iter()
        .map(|s| {
            let value = cell.at(s.id);
            let note = s
                .scores
                .and_then(|sc| sc.units.get(unit))
                .and_then(|u| u.cell_notes.get(key))
                .cloned()
                .unwrap_or_default();
            let change = value.and_then(|v| v.change);
            StageCell {
                text: value.map(|v| w.number(v.points)).unwrap_or_default(),
                changed: change.is_some(),
                delta: change.map(|c| signed(w, c)).unwrap_or_default(),
                note,
            }
        })
        .collect()
}

/// A declared stage and its scores on the rubric, when it has a file.
struct Stage<'a> {
    id: &'a str,
    scores: Option<&'a StageScores>,
}

fn walk(
    w: &Words,
    list: &[Criterion],
    depth: usize,
    u: &UnitResult,
    stages: &[Stage],
    out: &mut Vec<CardRow>,
) {
    for c in list {
        let row = CardRow {
            id: c.id.clone(),
            title: c.title.clone(),
            max: w.number(c.max),
            depth,
            indent: indent(depth),
            leaf: c.is_leaf(),
            stages: Vec::new(),
            final_text: String::new(),
            missing: false,
        };
        if c.is_leaf() {
            let cell = u
                .criteria
                .iter()
                .find(|(id, _)| *id == c.id)
                .map(|(_, x)| x.clone())
                .unwrap_or_default();
            out.push(CardRow {
                stages: stage_cells(w, stages, &u.unit, &CellKey::Leaf(c.id.clone()), &cell),
                final_text: cell
                    .final_points
                    .map(|p| w.number(p))
                    .unwrap_or_else(|| w.not_scored.into()),
                missing: cell.final_points.is_none(),
                ..row
            });
        } else {
            out.push(CardRow {
                final_text: w.number(criterion_points(u, &c.id)),
                ..row
            });
            walk(w, &c.items, depth + 1, u, stages, out);
        }
    }
}

/// The row of the bonus or the deduction.
fn extra_row(
    w: &Words,
    title: &str,
    max: Points,
    final_points: Points,
    cells: Vec<StageCell>,
) -> CardRow {
    CardRow {
        id: String::new(),
        title: title.into(),
        max: w.number(max),
        depth: 0,
        indent: indent(0),
        leaf: true,
        stages: cells,
        final_text: w.number(final_points),
        missing: false,
    }
}

/// Renders the scorecard of the `k`-th unit (in ranking order) of a rubric.
pub fn render(r: &Renderer, ci: usize, ri: usize, k: usize) -> Result<Files, Diagnostic> {
    let (site, w) = (r.site, r.words);
    let scored = &site.campaigns[ci];
    let c: &Campaign = &scored.campaign;
    let rb = &c.rubrics[ri];
    let rr = &scored.results.rubrics[ri];
    let u = &rr.units[k];
    let route = route(site, ci, ri, k);
    let mut ctx = page_context(&route, &routes::campaigns());
    let mut page = PageView::titled(format!("{} — {}", u.name, rb.title), &route);
    page.description = fill(w.scorecard_description, &[&u.name, &c.title]);
    page.illustrative = c.illustrative.then(|| w.illustrative_scores.to_string());
    page.provisional = crate::render::parts::decisions::provisional_note(w, c);
    ctx.insert("page", &page);
    let mut crumbs = vec![
        LinkView::home(w),
        LinkView::page(c.title.clone(), &routes::campaign(&c.id)),
        LinkView::page(rb.title.clone(), &routes::rubric(&c.id, &rb.id)),
    ];
    let cluster = site.cluster_at(ci, ri, k);
    if let Some(cl) = cluster {
        crumbs.push(LinkView::page(
            cl.name.clone(),
            &routes::cluster(&c.id, &rb.id, &cl.id),
        ));
    }
    ctx.insert("breadcrumbs", &crumbs);
    let sheets: &[StageScores] = c.scores.get(&rb.id).map(Vec::as_slice).unwrap_or(&[]);
    // Every declared stage gets a column, in stage order, even when it has no file yet.
    let stages: Vec<Stage> = c
        .stages
        .iter()
        .map(|s| Stage {
            id: &s.id,
            scores: sheets.iter().find(|x| x.stage == s.id),
        })
        .collect();
    let mut rows = Vec::new();
    walk(w, &rb.criteria, 0, u, &stages, &mut rows);
    if let Some(max) = rb.bonus_max {
        let cells = stage_cells(w, &stages, &u.unit, &CellKey::Bonus, &u.bonus_cell);
        rows.push(extra_row(w, w.bonus_points, max, u.bonus, cells));
    }
    if let Some(max) = rb.deduction_max {
        let cells = stage_cells(w, &stages, &u.unit, &CellKey::Deduction, &u.deduction_cell);
        rows.push(extra_row(w, w.deduction_points, max, u.deduction, cells));
    }
    let changed = rows
        .iter()
        .flat_map(|r| &r.stages)
        .filter(|s| s.changed)
        .count();
    ctx.insert("rows", &rows);
    ctx.insert(
        "stage_labels",
        &c.stages.iter().map(|s| s.label.clone()).collect::<Vec<_>>(),
    );
    ctx.insert("section_span", &(c.stages.len() + 2));
    ctx.insert("changed", &changed);
    let notes: Vec<StageNote> = c
        .stages
        .iter()
        .zip(&stages)
        .filter_map(|(s, st)| {
            Some(StageNote {
                stage: s.label.clone(),
                note: st.scores?.units.get(&u.unit)?.note.clone()?,
            })
        })
        .collect();
    ctx.insert("notes", &notes);
    let of_cluster = cluster
        .and_then(|cl| rr.cluster_sizes.get(&cl.id).copied())
        .unwrap_or(0);
    ctx.insert(
        "summary",
        &Summary {
            unit: UnitLink::of(site, &u.unit),
            kind: u.kind.clone(),
            cluster: cluster
                .map(|cl| LinkView::page(cl.name.clone(), &routes::cluster(&c.id, &rb.id, &cl.id))),
            regular: Num::of(w, u.regular),
            bonus: Num::of(w, u.bonus),
            deduction: Num::of(w, u.deduction),
            standing: Standing::of(w, (rb, rr), u, awards_won_at(w, site, ci, ri, k), w.no_band),
            of_cluster,
        },
    );
    let groups: Vec<(String, Points, Points)> = rb
        .criteria
        .iter()
        .map(|crit| {
            (
                format!("{} {}", crit.id, crit.title),
                criterion_points(u, &crit.id),
                crit.max,
            )
        })
        .collect();
    ctx.insert(
        "chart_points",
        &charts::points_against_max(w, &fill(w.chart_points_title, &[&u.name]), &groups),
    );
    let first = c.stages.first();
    let first_stage = first.map(|s| s.id.as_str()).unwrap_or_default();
    let self_rows: Vec<(String, Option<Points>, Points, Points)> = rb
        .criteria
        .iter()
        .map(|crit| {
            (
                format!("{} {}", crit.id, crit.title),
                stage_subtotal(u, crit, first_stage),
                criterion_points(u, &crit.id),
                crit.max,
            )
        })
        .collect();
    let first_label = first.map(|s| s.label.as_str()).unwrap_or_default();
    ctx.insert(
        "chart_self",
        &charts::self_against_final(
            w,
            &fill(w.chart_self_title, &[first_label, &u.name]),
            &self_rows,
        ),
    );
    r.page(&route, "scorecard.html", &ctx)
}
