//! Wide CSV — what a spreadsheet gives: `unit,<leaf>,<leaf>,…[,bonus][,deduction][,note]`,
//! one row per unit; an empty cell is "not scored at this stage".

use std::collections::{BTreeMap, HashMap};

use crate::diag::catalogue::data::DATA_COLUMN_TWICE;
use crate::diag::catalogue::data_scores::{
    SCORES_KEEP_ONE_COLUMN, SCORES_MERGE_ROWS, SCORES_MISSING_COLUMNS, SCORES_MISSING_COLUMNS_HINT,
    SCORES_UNIT_ROW_TWICE,
};
use crate::model::{CellKey, CellMap, Points, UnitStageScores};
use crate::t;

use super::super::columns::{ScoreColumn, score_column};
use super::super::report::{Clip, FileReport};
use super::super::table::{HeaderCell, Table};
use super::context::Context;
use super::{check_field_count, report_unnamed, same_name_before};

/// What a column holds.
#[derive(Debug, PartialEq, Eq)]
enum Col {
    Unit,
    Note,
    Cell(CellKey, Points),
    /// A row-number column, or a column already reported as wrong.
    Ignored,
    /// A column with an empty header: it must stay empty.
    Unnamed,
}

/// Reads the rows after `header`; `unit_col` is the index of the unit column.
pub(super) fn read(
    table: &mut Table,
    header: &[HeaderCell],
    ctx: &Context,
    first: bool,
    report: &mut FileReport,
) -> BTreeMap<String, UnitStageScores> {
    let cols = columns(header, ctx, report);
    let Some(unit_col) = cols.iter().position(|c| *c == Col::Unit) else {
        return BTreeMap::new();
    };
    if first {
        missing_columns(header, &cols, ctx, report);
    }
    let delimiter = table.delimiter;
    let comma_in_numbers = delimiter != b',';
    let src = report.src();
    let mut first_row: HashMap<String, usize> = HashMap::new();
    let mut out = BTreeMap::new();
    while let Some(row) = table.next_row() {
        if !check_field_count(&row, cols.len(), delimiter, report) {
            continue;
        }
        let Some(unit_cell) = row.get(unit_col) else {
            continue;
        };
        let unit = match ctx.unit(unit_cell.text) {
            Ok(u) => u,
            Err(p) => {
                ctx.report_unit(&p, unit_cell.text, unit_cell.offset, report);
                continue;
            }
        };
        if let Some(&first) = first_row.get(&unit.id) {
            report.error(
                unit_cell.offset,
                t!(
                    SCORES_UNIT_ROW_TWICE,
                    id = &unit.id,
                    line = src.pos_of(first).line
                ),
                SCORES_MERGE_ROWS,
            );
            continue;
        }
        first_row.insert(unit.id.clone(), unit_cell.offset);
        let mut scores = UnitStageScores {
            cells: CellMap::with_capacity(cols.len()),
            ..UnitStageScores::default()
        };
        for (cell, col) in row.cells().zip(&cols) {
            if cell.text.is_empty() {
                continue;
            }
            match col {
                Col::Cell(key, max) => {
                    match ctx.points(cell.text, *max, comma_in_numbers || cell.quoted) {
                        Ok(p) => {
                            scores.cells.insert(key.clone(), p);
                        }
                        Err(problem) => {
                            ctx.report_points(&problem, key, cell.text, cell.offset, false, report)
                        }
                    }
                }
                Col::Note => scores.note = Some(cell.text.to_string()),
                Col::Unnamed => report_unnamed(cell.offset, report),
                Col::Unit | Col::Ignored => {}
            }
        }
        if !scores.cells.is_empty() || scores.note.is_some() {
            scores.cells.shrink_to_fit();
            out.insert(unit.id.clone(), scores);
        }
    }
    out
}

/// In the rubric's first score file, the leaves without a column, kept aside in `ctx`: when no
/// stage scores such a leaf for any unit, the missing column is the cause, and it is reported
/// at this header ([`missing_columns_error`]) rather than as every unit's incomplete score.
fn missing_columns(header: &[HeaderCell], cols: &[Col], ctx: &Context, report: &FileReport) {
    let missing: Vec<String> = ctx
        .rubric
        .leaves()
        .into_iter()
        .filter(|leaf| {
            !cols
                .iter()
                .any(|c| matches!(c, Col::Cell(CellKey::Leaf(id), _) if **id == *leaf.id))
        })
        .map(|leaf| leaf.id.clone())
        .collect();
    if missing.is_empty() {
        return;
    }
    let at = header.last().map_or(0, |h| h.offset + h.text.len());
    ctx.note_missing_columns(report.src().path.clone(), report.src().pos_of(at), missing);
}

/// The error for a header that lacks the columns of `leaves` (see [`missing_columns`]).
pub(super) fn missing_columns_error(
    file: &std::path::Path,
    at: crate::diag::Pos,
    leaves: &[&crate::model::Criterion],
) -> crate::diag::Diagnostic {
    let list: Vec<String> = leaves
        .iter()
        .map(|leaf| format!("`{}` ({})", leaf.id, Clip(&leaf.title)))
        .collect();
    crate::diag::Diagnostic::error(
        file,
        Some(at),
        t!(
            SCORES_MISSING_COLUMNS,
            count = list.len(),
            leaves = list.join(", ")
        ),
        SCORES_MISSING_COLUMNS_HINT,
    )
}

/// Reads the header: every column must be the unit, a leaf, bonus, deduction or the note.
fn columns(header: &[HeaderCell], ctx: &Context, report: &mut FileReport) -> Vec<Col> {
    let mut cols: Vec<Col> = Vec::with_capacity(header.len());
    for h in header {
        let col = if h.text.is_empty() {
            Col::Unnamed
        } else {
            match score_column(&h.text) {
                Some(ScoreColumn::Unit) => Col::Unit,
                Some(ScoreColumn::Note) => Col::Note,
                Some(ScoreColumn::RowNumber) => Col::Ignored,
                _ => match ctx.cell(&h.text) {
                    Ok((key, max)) => Col::Cell(key, max),
                    Err(problem) => {
                        ctx.report_cell(&problem, &h.text, h.offset, report);
                        Col::Ignored
                    }
                },
            }
        };
        if col == Col::Unit && cols.contains(&col) && !same_name_before(header, h) {
            // `Mã đơn vị` and `Tên đơn vị` side by side: the first one is used.
            cols.push(Col::Ignored);
        } else if col != Col::Ignored && col != Col::Unnamed && cols.contains(&col) {
            report.error(
                h.offset,
                t!(DATA_COLUMN_TWICE, name = Clip(&h.text)),
                SCORES_KEEP_ONE_COLUMN,
            );
            cols.push(Col::Ignored);
        } else {
            cols.push(col);
        }
    }
    cols
}
