//! A unit's scorecard (SPEC §5): every leaf at every stage, the notes, and the cells that a
//! later stage (the cluster leader, the appraisal) changed, with the difference in points.

use serde::Serialize;

use crate::compute::{CellResult, UnitResult};
use crate::diag::Diagnostic;
use crate::model::{Campaign, CellKey, Criterion, Points, Rubric, StageScores};
use crate::render::campaign::{
    UnitLink, campaign_path, cluster_path, group_points, rubric_path, scorecard_path,
};
use crate::render::charts;
use crate::render::scoreboard::Num;
use crate::render::view::{LinkView, PageView, url_of};
use crate::render::{base_context, render_template};
use crate::site::Site;

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
    leaf: bool,
    stages: Vec<StageCell>,
    final_text: String,
    missing: bool,
}

/// The cells of one key across stages, marking each value that differs from the value an
/// earlier stage gave (what the cluster leader or the appraisal changed).
fn stage_cells(
    stages: &[&StageScores],
    unit: &str,
    key: &CellKey,
    cell: &CellResult,
) -> Vec<StageCell> {
    let mut previous: Option<Points> = None;
    stages
        .iter()
        .map(|s| {
            let value = cell
                .stages
                .iter()
                .find(|(id, _)| *id == s.stage)
                .map(|(_, p)| *p);
            let note = s
                .units
                .get(unit)
                .and_then(|u| u.cell_notes.get(key))
                .cloned()
                .unwrap_or_default();
            let (changed, delta) = match (previous, value) {
                (Some(before), Some(now)) if before != now => {
                    let d = now - before;
                    (
                        true,
                        if d > Points::ZERO {
                            format!("+{}", d.to_vi())
                        } else {
                            format!("−{}", (-d).to_vi())
                        },
                    )
                }
                _ => (false, String::new()),
            };
            if value.is_some() {
                previous = value;
            }
            StageCell {
                text: value.map(|p| p.to_vi()).unwrap_or_default(),
                changed,
                delta,
                note,
            }
        })
        .collect()
}

fn walk(
    list: &[Criterion],
    depth: usize,
    u: &UnitResult,
    stages: &[&StageScores],
    out: &mut Vec<CardRow>,
) {
    for c in list {
        if c.is_leaf() {
            let cell = u
                .criteria
                .iter()
                .find(|(id, _)| *id == c.id)
                .map(|(_, x)| x.clone())
                .unwrap_or_default();
            out.push(CardRow {
                id: c.id.clone(),
                title: c.title.clone(),
                max: c.max.to_vi(),
                depth,
                leaf: true,
                stages: stage_cells(stages, &u.unit, &CellKey::Leaf(c.id.clone()), &cell),
                final_text: cell
                    .final_points
                    .map(|p| p.to_vi())
                    .unwrap_or_else(|| "chưa chấm".into()),
                missing: cell.final_points.is_none(),
            });
        } else {
            out.push(CardRow {
                id: c.id.clone(),
                title: c.title.clone(),
                max: c.max.to_vi(),
                depth,
                leaf: false,
                stages: Vec::new(),
                final_text: group_points(u, c).to_vi(),
                missing: false,
            });
            walk(&c.items, depth + 1, u, stages, out);
        }
    }
}

#[derive(Serialize)]
struct StageNote {
    stage: String,
    note: String,
}

/// Renders the scorecard of the `k`-th unit (in ranking order) of a rubric.
pub fn render_scorecard(
    site: &Site,
    ci: usize,
    ri: usize,
    k: usize,
) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let c: &Campaign = &site.data.campaigns[ci];
    let r: &Rubric = &c.rubrics[ri];
    let rr = &site.results[ci].rubrics[ri];
    let u = &rr.units[k];
    let path = scorecard_path(&c.id, &r.id, &u.unit);
    let mut ctx = base_context(&path, "campaigns/index.html");
    let mut page = PageView::titled(format!("{} — {}", u.name, r.title), url_of(&path));
    page.description = format!("Bảng điểm của {} — {}", u.name, c.title);
    page.illustrative = c
        .illustrative
        .then(|| crate::render::view::ILLUSTRATIVE_SCORES.to_string());
    ctx.insert("page", &page);
    let mut crumbs = vec![
        LinkView::home(),
        LinkView::to(c.title.clone(), url_of(&campaign_path(&c.id))),
        LinkView::to(r.title.clone(), url_of(&rubric_path(&c.id, &r.id))),
    ];
    let cluster = u
        .cluster
        .as_ref()
        .and_then(|id| c.clusters.iter().find(|x| &x.id == id));
    if let Some(cl) = cluster {
        crumbs.push(LinkView::to(
            cl.name.clone(),
            url_of(&cluster_path(&c.id, &r.id, &cl.id)),
        ));
    }
    ctx.insert("breadcrumbs", &crumbs);
    let empty: Vec<StageScores> = Vec::new();
    let sheets = c.scores.get(&r.id).unwrap_or(&empty);
    // Every declared stage gets a column, in stage order, even when it has no file yet.
    let placeholder: Vec<StageScores> = c
        .stages
        .iter()
        .map(|s| StageScores {
            stage: s.id.clone(),
            ..Default::default()
        })
        .collect();
    let stages: Vec<&StageScores> = c
        .stages
        .iter()
        .zip(&placeholder)
        .map(|(s, ph)| sheets.iter().find(|x| x.stage == s.id).unwrap_or(ph))
        .collect();
    let mut rows = Vec::new();
    walk(&r.criteria, 0, u, &stages, &mut rows);
    if r.bonus_max.is_some() {
        rows.push(CardRow {
            id: String::new(),
            title: "Điểm thưởng".into(),
            max: r.bonus_max.map(|p| p.to_vi()).unwrap_or_default(),
            depth: 0,
            leaf: true,
            stages: stage_cells(&stages, &u.unit, &CellKey::Bonus, &u.bonus_cell),
            final_text: u.bonus.to_vi(),
            missing: false,
        });
    }
    if r.deduction_max.is_some() {
        rows.push(CardRow {
            id: String::new(),
            title: "Điểm trừ".into(),
            max: r.deduction_max.map(|p| p.to_vi()).unwrap_or_default(),
            depth: 0,
            leaf: true,
            stages: stage_cells(&stages, &u.unit, &CellKey::Deduction, &u.deduction_cell),
            final_text: u.deduction.to_vi(),
            missing: false,
        });
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
    ctx.insert("changed", &changed);
    let notes: Vec<StageNote> = c
        .stages
        .iter()
        .filter_map(|s| {
            let note = sheets
                .iter()
                .find(|x| x.stage == s.id)?
                .units
                .get(&u.unit)?
                .note
                .clone()?;
            Some(StageNote {
                stage: s.label.clone(),
                note,
            })
        })
        .collect();
    ctx.insert("notes", &notes);
    #[derive(Serialize)]
    struct Summary {
        unit: UnitLink,
        kind: String,
        cluster: Option<LinkView>,
        regular: Num,
        bonus: Num,
        deduction: Num,
        total: Num,
        max: String,
        band: String,
        rank_overall: u32,
        of_overall: usize,
        rank_cluster: Option<u32>,
        of_cluster: usize,
        complete: bool,
        awards: Vec<String>,
    }
    let of_cluster = cluster
        .and_then(|cl| rr.cluster_sizes.get(&cl.id).copied())
        .unwrap_or(0);
    ctx.insert(
        "summary",
        &Summary {
            unit: UnitLink::of(site, &u.unit),
            kind: u.kind.clone(),
            cluster: cluster.map(|cl| {
                LinkView::to(cl.name.clone(), url_of(&cluster_path(&c.id, &r.id, &cl.id)))
            }),
            regular: Num::of(u.regular),
            bonus: Num::of(u.bonus),
            deduction: Num::of(u.deduction),
            total: Num::of(u.total),
            max: r.max().to_vi(),
            band: u.band.clone().unwrap_or_else(|| "không đạt mức nào".into()),
            rank_overall: u.rank_overall,
            of_overall: rr.units.len(),
            rank_cluster: u.rank_cluster,
            of_cluster,
            complete: u.complete,
            awards: crate::render::campaign::awards_won(rr, &u.unit),
        },
    );
    let groups: Vec<(String, Points, Points)> = r
        .criteria
        .iter()
        .map(|crit| {
            (
                format!("{} {}", crit.id, crit.title),
                group_points(u, crit),
                crit.max,
            )
        })
        .collect();
    ctx.insert(
        "chart_points",
        &charts::points_against_max(
            &format!("Điểm đạt so với điểm tối đa — {}", u.name),
            &groups,
        ),
    );
    let first_stage = c.stages.first().map(|s| s.id.clone()).unwrap_or_default();
    let self_rows: Vec<(String, Option<Points>, Points, Points)> = r
        .criteria
        .iter()
        .map(|crit| {
            let leaves = crit.leaves();
            let mut any = false;
            let selfp: Points = leaves
                .iter()
                .filter_map(|l| u.criteria.iter().find(|(id, _)| *id == l.id))
                .filter_map(|(_, cell)| {
                    cell.stages
                        .iter()
                        .find(|(s, _)| *s == first_stage)
                        .map(|(_, p)| *p)
                })
                .inspect(|_| any = true)
                .sum();
            (
                format!("{} {}", crit.id, crit.title),
                any.then_some(selfp),
                group_points(u, crit),
                crit.max,
            )
        })
        .collect();
    let first_label = c
        .stages
        .first()
        .map(|s| s.label.clone())
        .unwrap_or_default();
    ctx.insert(
        "chart_self",
        &charts::self_against_final(
            &format!("{first_label} so với kết quả cuối cùng — {}", u.name),
            &self_rows,
        ),
    );
    let html = render_template(site, "scorecard.html", &ctx)?;
    Ok(vec![(url_of(&path), html.into_bytes())])
}
