//! A unit's scorecard (SPEC §5): every leaf at every stage, the notes, and the cells that a
//! later stage (the cluster leader, the appraisal) changed, with the difference in points.
//! The differences and subtotals come from the compute stage; this page only formats them.

use serde::Serialize;

use std::borrow::Cow;
use std::cell::Cell;

use crate::compute::{CellResult, UnitResult, criterion_points, stage_subtotal_by};
use crate::diag::Diagnostic;
use crate::model::{Campaign, CellKey, Criterion, Points, StageScores, UnitStageScores};
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
use crate::text::push_escaped;

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

/// The indent of a row at a depth, made once for the depths a rubric has in practice.
fn indent_of(depth: usize) -> Cow<'static, str> {
    static MADE: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let made = MADE.get_or_init(|| (0..8).map(indent).collect());
    match made.get(depth) {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(indent(depth)),
    }
}

/// One stage's value in a cell, and the points by which it changed an earlier stage's.
struct StageCell<'a> {
    value: Option<Points>,
    change: Option<Points>,
    note: &'a str,
}

/// A row of the table: a criterion, a section, the bonus or the deduction. Numbers are kept as
/// points and written in the page's language when the row is (a national campaign has tens of
/// thousands of scorecards of fifty rows).
struct CardRow<'a> {
    w: &'a Words,
    id: &'a str,
    title: &'a str,
    max: Points,
    depth: usize,
    leaf: bool,
    stages: Vec<StageCell<'a>>,
    /// `None` for a leaf no stage scored ("chưa chấm").
    final_points: Option<Points>,
}

impl CardRow<'_> {
    fn missing(&self) -> bool {
        self.final_points.is_none()
    }

    fn push_final(&self, out: &mut String) {
        match self.final_points {
            Some(p) => self.w.push_number(out, p),
            None => out.push_str(self.w.not_scored),
        }
    }
}

/// What a theme's `scorecard_rows.html` sees of a row: `id`, `title`, `max`, `depth`,
/// `indent`, `leaf`, `stages` (each with `text`, `changed`, `delta`, `note`), `final_text`
/// and `missing`, the numbers written in the page's language.
impl Serialize for CardRow<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let w = self.w;
        let stages: Vec<StageView> = self
            .stages
            .iter()
            .map(|c| StageView {
                text: c.value.map(|v| w.number(v)).unwrap_or_default(),
                changed: c.change.is_some(),
                delta: c.change.map(|d| signed(w, d)).unwrap_or_default(),
                note: c.note,
            })
            .collect();
        let mut final_text = String::new();
        self.push_final(&mut final_text);
        let mut row = s.serialize_struct("CardRow", 9)?;
        row.serialize_field("id", self.id)?;
        row.serialize_field("title", self.title)?;
        row.serialize_field("max", &w.number(self.max))?;
        row.serialize_field("depth", &self.depth)?;
        row.serialize_field("indent", &indent_of(self.depth))?;
        row.serialize_field("leaf", &self.leaf)?;
        row.serialize_field("stages", &stages)?;
        row.serialize_field("final_text", &final_text)?;
        row.serialize_field("missing", &(self.leaf && self.missing()))?;
        row.end()
    }
}

/// A stage's cell as a theme's template sees it.
#[derive(Serialize)]
struct StageView<'a> {
    text: String,
    changed: bool,
    delta: String,
    note: &'a str,
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
    let mut out = String::new();
    push_signed(w, &mut out, change);
    out
}

fn push_signed(w: &Words, out: &mut String, change: Points) {
    if change > Points::ZERO {
        out.push('+');
        w.push_number(out, change);
    } else {
        out.push('−');
        w.push_number(out, -change);
    }
}

/// One cell across the declared stages (a stage without a file gets an empty column), each
/// value marked when it changed an earlier stage's.
/// `key` is the cell's key when some stage has notes on cells (most have none).
fn stage_cells<'a>(
    stages: &[Stage<'a>],
    key: Option<CellKey>,
    cell: &CellResult,
) -> Vec<StageCell<'a>> {
    stages
        .iter()
        .map(|s| {
            let value = cell.at(s.id);
            StageCell {
                value: value.map(|v| v.points),
                change: value.and_then(|v| v.change),
                note: (s.unit.zip(key.as_ref()))
                    .and_then(|(u, key)| u.cell_notes.get(key))
                    .map_or("", String::as_str),
            }
        })
        .collect()
}

/// A declared stage and what the scorecard's unit was given at it, when the stage has a
/// file on the rubric.
struct Stage<'a> {
    id: &'a str,
    unit: Option<&'a UnitStageScores>,
}

/// The scorecard's unit: its results, its scores at each stage and whether any of them has
/// notes on cells.
struct Card<'a> {
    u: &'a UnitResult,
    /// Where the next leaf is likely to be in `u.criteria` (see [`Card::cell`]).
    next: Cell<usize>,
    stages: &'a [Stage<'a>],
    notes: bool,
}

impl<'a> Card<'a> {
    /// The unit's cell of the leaf `id` (the first with that id). The result lists the
    /// leaves in rubric order, the order the card asks for them in, so the next one is
    /// nearly always the one asked for; any other is searched for.
    fn cell(&self, id: &str) -> Option<&'a CellResult> {
        let criteria = &self.u.criteria;
        let at = self.next.get();
        let found = match criteria.get(at) {
            Some((leaf, _)) if **leaf == *id => Some(at),
            _ => criteria.iter().position(|(leaf, _)| **leaf == *id),
        }?;
        self.next.set(found + 1);
        Some(&criteria[found].1)
    }
}

fn walk<'a>(
    w: &'a Words,
    list: &'a [Criterion],
    depth: usize,
    card: &Card<'a>,
    out: &mut Vec<CardRow<'a>>,
) {
    let u = card.u;
    for c in list {
        let row = CardRow {
            w,
            id: &c.id,
            title: &c.title,
            max: c.max,
            depth,
            leaf: c.is_leaf(),
            stages: Vec::new(),
            final_points: None,
        };
        if c.is_leaf() {
            let none = CellResult::default();
            let cell = card.cell(&c.id).unwrap_or(&none);
            out.push(CardRow {
                stages: stage_cells(
                    card.stages,
                    card.notes.then(|| CellKey::Leaf(c.id.as_str().into())),
                    cell,
                ),
                final_points: cell.final_points,
                ..row
            });
        } else {
            out.push(CardRow {
                final_points: Some(criterion_points(u, &c.id)),
                ..row
            });
            walk(w, &c.items, depth + 1, card, out);
        }
    }
}

/// The row of the bonus or the deduction.
fn extra_row<'a>(
    w: &'a Words,
    title: &'a str,
    max: Points,
    final_points: Points,
    cells: Vec<StageCell<'a>>,
) -> CardRow<'a> {
    CardRow {
        w,
        id: "",
        title,
        max,
        depth: 0,
        leaf: true,
        stages: cells,
        final_points: Some(final_points),
    }
}

/// The template of the table's rows.
const ROWS_TEMPLATE: &str = "scorecard_rows.html";

/// The table's rows as the built-in `scorecard_rows.html` writes them, byte for byte (a test
/// builds sites both ways and compares): a national campaign has tens of thousands of
/// scorecards of fifty rows, and the template engine took most of a build to write them.
fn rows_html(w: &Words, rows: &[CardRow], section_span: usize) -> String {
    let mut out = String::with_capacity(rows.len() * 200);
    let span = section_span.to_string();
    for r in rows {
        if !r.leaf {
            out.push_str("<tr class=\"section-row\"><td>");
            push_escaped(&mut out, r.id);
            out.push_str("</td><td colspan=\"");
            out.push_str(&span);
            out.push_str("\" style=\"padding-left: ");
            push_escaped(&mut out, &indent_of(r.depth));
            out.push_str("rem\"><strong>");
            push_escaped(&mut out, r.title);
            out.push_str("</strong> <small>(");
            push_escaped(&mut out, w.up_to);
            out.push(' ');
            w.push_number(&mut out, r.max);
            out.push_str(")</small></td><td class=\"num\"><strong>");
            r.push_final(&mut out);
            out.push_str("</strong></td></tr>\n");
            continue;
        }
        out.push_str("<tr><td>");
        push_escaped(&mut out, r.id);
        out.push_str("</td><td style=\"padding-left: ");
        push_escaped(&mut out, &indent_of(r.depth));
        out.push_str("rem\">");
        push_escaped(&mut out, r.title);
        out.push_str("</td><td class=\"num\">");
        w.push_number(&mut out, r.max);
        out.push_str("</td>");
        for s in &r.stages {
            out.push_str(if s.change.is_some() {
                "<td class=\"num changed\">"
            } else {
                "<td class=\"num\">"
            });
            if let Some(v) = s.value {
                w.push_number(&mut out, v);
            }
            if let Some(d) = s.change {
                out.push_str("<span class=\"delta\">");
                push_signed(w, &mut out, d);
                out.push_str("</span>");
            }
            if !s.note.is_empty() {
                out.push_str("<small class=\"note\">");
                push_escaped(&mut out, s.note);
                out.push_str("</small>");
            }
            out.push_str("</td>");
        }
        out.push_str("<td class=\"num\"><strong>");
        if r.missing() {
            out.push_str("<span class=\"badge incomplete\">");
            push_escaped(&mut out, w.not_scored);
            out.push_str("</span>");
        } else {
            r.push_final(&mut out);
        }
        out.push_str("</strong></td></tr>\n");
    }
    out
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
        .map(|s| {
            let scores = sheets.iter().find(|x| x.stage == s.id);
            Stage {
                id: &s.id,
                unit: scores.and_then(|sc| sc.units.get(&u.unit)),
            }
        })
        .collect();
    let cell_notes = stages
        .iter()
        .any(|s| s.unit.is_some_and(|u| !u.cell_notes.is_empty()));
    let card = Card {
        u,
        next: Cell::new(0),
        stages: &stages,
        notes: cell_notes,
    };
    let mut rows = Vec::new();
    walk(w, &rb.criteria, 0, &card, &mut rows);
    if let Some(max) = rb.bonus_max {
        let cells = stage_cells(&stages, cell_notes.then_some(CellKey::Bonus), &u.bonus_cell);
        rows.push(extra_row(w, w.bonus_points, max, u.bonus, cells));
    }
    if let Some(max) = rb.deduction_max {
        let cells = stage_cells(
            &stages,
            cell_notes.then_some(CellKey::Deduction),
            &u.deduction_cell,
        );
        rows.push(extra_row(w, w.deduction_points, max, u.deduction, cells));
    }
    let changed = rows
        .iter()
        .flat_map(|r| &r.stages)
        .filter(|s| s.change.is_some())
        .count();
    ctx.insert(
        "stage_labels",
        &c.stages.iter().map(|s| s.label.clone()).collect::<Vec<_>>(),
    );
    let section_span = c.stages.len() + 2;
    ctx.insert("section_span", &section_span);
    let rows_html = if r.templates.is_builtin(ROWS_TEMPLATE) {
        rows_html(w, &rows, section_span)
    } else {
        ctx.insert("rows", &rows);
        r.templates.render(ROWS_TEMPLATE, &ctx)?
    };
    ctx.insert("rows_html", &rows_html);
    ctx.insert("changed", &changed);
    let notes: Vec<StageNote> = c
        .stages
        .iter()
        .zip(&stages)
        .filter_map(|(s, st)| {
            Some(StageNote {
                stage: s.label.clone(),
                note: st.unit?.note.clone()?,
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
            standing: Standing::of(w, rr, u, awards_won_at(w, site, ci, ri, k), w.no_band),
            of_cluster,
        },
    );
    // Each criterion group: its name, what the first stage gave it, its final points, its
    // maximum; the first chart leaves out the first stage.
    let first = c.stages.first();
    let first_stage = first.map(|s| s.id.as_str()).unwrap_or_default();
    let self_rows: Vec<(String, Option<Points>, Points, Points)> = rb
        .criteria
        .iter()
        .map(|crit| {
            (
                format!("{} {}", crit.id, crit.title),
                stage_subtotal_by(crit, first_stage, &|id| card.cell(id)),
                criterion_points(u, &crit.id),
                crit.max,
            )
        })
        .collect();
    let groups: Vec<(String, Points, Points)> = self_rows
        .iter()
        .map(|(name, _, points, max)| (name.clone(), *points, *max))
        .collect();
    ctx.insert(
        "chart_points",
        &charts::points_against_max(w, &fill(w.chart_points_title, &[&u.name]), &groups),
    );
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
