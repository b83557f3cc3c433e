//! A returned scoring form (SPEC §7.3), read as a long score table.
//!
//! The form `bangvang forms` writes (`render/exports/form.rs`) holds the unit's id right of the
//! cell `Mã đơn vị`, and a table whose header names `Mã tiêu chí`, `Điểm` and `Ghi chú`. Each
//! row whose `Mã tiêu chí` is a leaf, `bonus` or `deduction` becomes one line
//! `unit,criterion,points,note` of a long table at the row's own line, its fields mapped back
//! to the cells they came from (the unit to the id cell above the table); section and total
//! rows, whose `Điểm` is a formula, are never read (nor any row whose `Điểm` holds a formula),
//! so a form that was never recalculated reads the same.

use std::path::Path;

use calamine::Reader;

use crate::diag::catalogue::data_sheets::{
    SHEETS_FORM_FILL_UNIT, SHEETS_FORM_NO_TABLE, SHEETS_FORM_NO_UNIT, SHEETS_FORM_USE_FORMS,
};
use crate::diag::{Diagnostic, Diagnostics};

use super::{Builder, Cells, Sheet, fold, open, set_cell};

/// The label left of the unit's id.
const UNIT_LABEL: &str = "mã đơn vị";
/// The header of the criterion id column.
const ID_COLUMN: &str = "mã tiêu chí";
/// The header of the points column.
const POINTS_COLUMN: &str = "điểm";
/// The header of the note column.
const NOTE_COLUMN: &str = "ghi chú";

/// Reads the form at `rel`; `is_section` says which criterion ids are sections, whose rows
/// are left out. Problems in the cells read are reported into `diags`; a workbook that is no
/// form is an error.
pub(crate) fn read_form(
    root: &Path,
    rel: &Path,
    is_section: impl Fn(&str) -> bool,
    diags: &mut Diagnostics,
) -> Result<Sheet, Diagnostic> {
    let mut book = open(root, rel)?;
    let (sheet, range) = book.pick(rel, &[], |t| fold(t) == ID_COLUMN)?;
    // Section and total rows hold a formula in `Điểm` (its cached value, or none): not read.
    let formulas = book.sheets.worksheet_formula(&sheet).ok();
    let formula_at = |row: u32, col: u32| {
        formulas
            .as_ref()
            .and_then(|f| f.get_value((row, col)))
            .is_some_and(|f| !f.is_empty())
    };
    let cells = Cells {
        rel,
        sheet: &sheet,
        range: &range,
    };
    let no_table = || Diagnostic::error(rel, None, SHEETS_FORM_NO_TABLE, SHEETS_FORM_USE_FORMS);
    let (header, id_col) = cells
        .texts()
        .find(|(_, _, t)| fold(t) == ID_COLUMN)
        .map(|(r, c, _)| (r, c))
        .ok_or_else(no_table)?;
    let column = |name: &str| {
        cells
            .texts()
            .find(|(r, _, t)| *r == header && fold(t) == name)
            .map(|(_, c, _)| c)
    };
    let points_col = column(POINTS_COLUMN).ok_or_else(no_table)?;
    let note_col = column(NOTE_COLUMN);
    let Some((label_row, label_col)) = cells
        .texts()
        .find(|(r, _, t)| *r < header && fold(t) == UNIT_LABEL)
        .map(|(r, c, _)| (r, c))
    else {
        return Err(Diagnostic::error(
            rel,
            None,
            SHEETS_FORM_NO_UNIT,
            SHEETS_FORM_USE_FORMS,
        ));
    };
    let unit_col = label_col + 1;
    let unit = cells.text(label_row, unit_col, diags);
    if unit.is_empty() {
        let mut d = Diagnostic::error(rel, None, SHEETS_FORM_NO_UNIT, SHEETS_FORM_FILL_UNIT);
        set_cell(&mut d, &sheet, label_row, unit_col);
        return Err(d);
    }
    let mut out = Builder::new();
    let note_at = note_col.unwrap_or(points_col + 1);
    out.line(
        header,
        &[
            ("unit", label_row, label_col),
            ("criterion", header, id_col),
            ("points", header, points_col),
            ("note", header, note_at),
        ],
    );
    let bottom = range.end().map_or(header, |(r, _)| r);
    for row in header + 1..=bottom {
        if formula_at(row, points_col) {
            continue;
        }
        let id = cells.text(row, id_col, diags);
        if id.is_empty() || is_section(&id) {
            continue;
        }
        let points = cells.text(row, points_col, diags);
        let note = match note_col {
            Some(c) => cells.text(row, c, diags),
            None => String::new(),
        };
        if points.is_empty() && note.is_empty() {
            continue;
        }
        out.line(
            row,
            &[
                (&unit, label_row, unit_col),
                (&id, row, id_col),
                (&points, row, points_col),
                (&note, row, note_at),
            ],
        );
    }
    Ok(out.finish(rel, sheet))
}
