//! Long CSV — what a database export gives: `unit,criterion,points[,note]`, one row per
//! cell; `criterion` is a leaf id, `bonus` or `deduction`; the note belongs to the cell.

use std::collections::{BTreeMap, HashMap};

use crate::diag::catalogue::data::DATA_COLUMN_TWICE;
use crate::diag::catalogue::data_scores::{
    SCORES_KEEP_ONE_COLUMN, SCORES_LONG_NEEDS, SCORES_LONG_NEEDS_HINT, SCORES_LONG_UNEXPECTED,
    SCORES_LONG_UNEXPECTED_HINT, SCORES_ONE_ROW_PER_CELL, SCORES_VALUE_TWICE,
};
use crate::model::{CellKey, UnitStageScores};
use crate::t;

use super::super::columns::{ScoreColumn, score_column};
use super::super::report::{Clip, FileReport};
use super::super::table::{HeaderCell, Table};
use super::context::Context;
use super::{check_field_count, report_unnamed, same_name_before};

/// Reads the rows after `header`.
pub(super) fn read(
    table: &mut Table,
    header: &[HeaderCell],
    report: &mut FileReport,
    ctx: &Context,
) -> BTreeMap<String, UnitStageScores> {
    let cols: Vec<Option<ScoreColumn>> = header.iter().map(|h| column(h, report)).collect();
    let find = |k: ScoreColumn| cols.iter().position(|c| *c == Some(k));
    let (Some(unit_col), Some(crit_col), Some(points_col)) = (
        find(ScoreColumn::Unit),
        find(ScoreColumn::Criterion),
        find(ScoreColumn::Points),
    ) else {
        report.error(
            header.first().map_or(0, |h| h.offset),
            SCORES_LONG_NEEDS,
            SCORES_LONG_NEEDS_HINT,
        );
        return BTreeMap::new();
    };
    for (i, h) in header.iter().enumerate() {
        if cols[i].is_some()
            && cols[..i].contains(&cols[i])
            && cols[i] != Some(ScoreColumn::RowNumber)
            && (cols[i] != Some(ScoreColumn::Unit) || same_name_before(header, h))
        {
            report.error(
                h.offset,
                t!(DATA_COLUMN_TWICE, name = Clip(&h.text)),
                SCORES_KEEP_ONE_COLUMN,
            );
        }
    }
    let note_col = find(ScoreColumn::Note);
    let delimiter = table.delimiter;
    let comma_in_numbers = delimiter != b',';
    let src = report.src();
    let mut first: HashMap<(String, CellKey), usize> = HashMap::new();
    let mut out: BTreeMap<String, UnitStageScores> = BTreeMap::new();
    while let Some(row) = table.next_row() {
        if !check_field_count(&row, cols.len(), delimiter, report) {
            continue;
        }
        for (cell, h) in row.cells().zip(header) {
            if h.text.is_empty() && !cell.text.is_empty() {
                report_unnamed(cell.offset, report);
            }
        }
        let (Some(unit_cell), Some(crit_cell)) = (row.get(unit_col), row.get(crit_col)) else {
            continue;
        };
        let unit = ctx
            .unit(unit_cell.text)
            .map_err(|p| ctx.report_unit(&p, unit_cell.text, unit_cell.offset, report));
        let cell = ctx
            .cell(crit_cell.text)
            .map_err(|p| ctx.report_cell(&p, crit_cell.text, crit_cell.offset, report));
        let (Ok(unit), Ok((key, max))) = (unit, cell) else {
            continue;
        };
        let Some(points_cell) = row.get(points_col).filter(|c| !c.text.is_empty()) else {
            continue;
        };
        let id = (unit.id.clone(), key);
        if let Some(&at) = first.get(&id) {
            report.error(
                crit_cell.offset,
                t!(
                    SCORES_VALUE_TWICE,
                    id = &unit.id,
                    criterion = Clip(crit_cell.text),
                    line = src.pos_of(at).line
                ),
                SCORES_ONE_ROW_PER_CELL,
            );
            continue;
        }
        first.insert(id.clone(), crit_cell.offset);
        let (_, key) = id;
        match ctx.points(
            points_cell.text,
            max,
            comma_in_numbers || points_cell.quoted,
        ) {
            Ok(p) => {
                let scores = out.entry(unit.id.clone()).or_default();
                scores.cells.insert(key.clone(), p);
                if let Some(note) = note_col
                    .and_then(|n| row.get(n))
                    .filter(|c| !c.text.is_empty())
                {
                    scores.cell_notes.insert(key, note.text.to_string());
                }
            }
            Err(problem) => ctx.report_points(
                &problem,
                &key,
                points_cell.text,
                points_cell.offset,
                false,
                report,
            ),
        }
    }
    // A unit's cells came one row at a time: give back the room they grew into.
    for scores in out.values_mut() {
        scores.cells.shrink_to_fit();
    }
    out
}

/// A long file's columns are the known words only.
fn column(h: &HeaderCell, report: &mut FileReport) -> Option<ScoreColumn> {
    match score_column(&h.text) {
        Some(
            c @ (ScoreColumn::Unit
            | ScoreColumn::Criterion
            | ScoreColumn::Points
            | ScoreColumn::Note
            | ScoreColumn::RowNumber),
        ) => Some(c),
        _ if h.text.is_empty() => None,
        _ => {
            report.error(
                h.offset,
                t!(SCORES_LONG_UNEXPECTED, name = Clip(&h.text)),
                SCORES_LONG_UNEXPECTED_HINT,
            );
            None
        }
    }
}
