//! The scoring form — "phiếu chấm điểm" (SPEC §7.3): one workbook for one unit on one rubric,
//! which the office sends out, the unit fills in and sends back, and bangvang reads as a
//! stage's scores.
//!
//! Layout (the reader of returned forms relies on it):
//! - a title, the campaign, the rubric and the stage, merged across the table;
//! - the cell `Mã đơn vị` with the unit's id in the cell to its right, and the unit's name;
//! - a header row `Mã tiêu chí`, `Tiêu chí`, `Điểm tối đa`, `Điểm`, `Ghi chú`;
//! - a row per criterion in rubric order, sections included (titles indented, bold, a subtotal
//!   formula in `Điểm`), leaves with their maximum; then the rows `bonus` (Điểm thưởng) and
//!   `deduction` (Điểm trừ) when the rubric has them; then the total formula;
//! - room for the date and the signature, as on any paper the office receives.
//!
//! Only the `Điểm` and `Ghi chú` cells of leaves, bonus and deduction are unlocked; the sheet is
//! protected without a password, so the structure cannot be broken by accident. Each `Điểm`
//! accepts a number from 0 to the row's maximum with at most two decimals. It prints on A4,
//! one page wide, the header repeated. The same inputs give the same bytes.

use rust_xlsxwriter::{
    DataValidation, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Formula,
    Workbook, Worksheet, XlsxError,
};

use crate::compute::UnitResult;
use crate::model::{Campaign, Criterion, Points, Rubric, Stage};
use crate::render::engine::words::{Words, fill};

/// The label of the cell left of the unit's id.
pub const UNIT_ID_LABEL: &str = "Mã đơn vị";
/// The column titles of the table, in order.
pub const COLUMNS: [&str; 5] = ["Mã tiêu chí", "Tiêu chí", "Điểm tối đa", "Điểm", "Ghi chú"];
/// The id written in `Mã tiêu chí` for the bonus row.
pub const BONUS_ID: &str = "bonus";
/// The id written in `Mã tiêu chí` for the deduction row.
pub const DEDUCTION_ID: &str = "deduction";

/// The 0-based row of the header (rows above: title, campaign, rubric, stage, unit).
const HEADER_ROW: u32 = 7;

/// Who is filled in on a form, and with which points already there.
pub struct FormFor<'a> {
    /// The campaign.
    pub campaign: &'a Campaign,
    /// The rubric.
    pub rubric: &'a Rubric,
    /// The stage the form is for.
    pub stage: &'a Stage,
    /// Unit id.
    pub unit: &'a str,
    /// Unit name.
    pub name: &'a str,
    /// The points the earlier stages gave, to start from (none for the first stage).
    pub before: Option<&'a UnitResult>,
}

/// The workbook of one form.
pub fn scoring_form(w: &Words, f: &FormFor) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let year = f
        .campaign
        .year
        .and_then(|y| u16::try_from(y).ok())
        .unwrap_or(2000);
    book.set_properties(
        &DocProperties::new()
            .set_title(format!("{} — {}", w.form_title, f.name))
            .set_creation_datetime(&ExcelDateTime::from_ymd(year.clamp(1900, 9999), 1, 1)?),
    );
    let sheet = book.add_worksheet();
    sheet.set_name(w.form_sheet)?;
    Writer::new(w, f).write(sheet)?;
    book.save_to_buffer()
}

/// The formats of a form.
struct Formats {
    title: Format,
    subtitle: Format,
    label: Format,
    head: Format,
    id: Format,
    leaf: Format,
    section: Format,
    number: Format,
    section_number: Format,
    input: Format,
    note: Format,
    total: Format,
    total_number: Format,
}

impl Formats {
    fn new() -> Formats {
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::VerticalCenter);
        let number = cell
            .clone()
            .set_num_format("0.##")
            .set_align(FormatAlign::Center);
        Formats {
            title: Format::new()
                .set_bold()
                .set_font_size(14)
                .set_align(FormatAlign::Center),
            subtitle: Format::new().set_align(FormatAlign::Center).set_text_wrap(),
            label: Format::new().set_bold(),
            head: cell
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_background_color(0xEDE7D9),
            id: cell.clone().set_align(FormatAlign::Center),
            leaf: cell.clone().set_text_wrap(),
            section: cell.clone().set_text_wrap().set_bold(),
            number: number.clone(),
            section_number: number.clone().set_bold(),
            input: number.clone().set_unlocked().set_background_color(0xFFF8DC),
            note: cell.clone().set_text_wrap().set_unlocked(),
            total: cell.clone().set_bold().set_align(FormatAlign::Right),
            total_number: number.set_bold(),
        }
    }
}

/// Writes the rows of one form.
struct Writer<'a> {
    w: &'a Words,
    f: &'a FormFor<'a>,
    fmt: Formats,
    row: u32,
    /// The rows of every leaf's `Điểm` cell, for the total.
    leaf_rows: Vec<u32>,
}

impl<'a> Writer<'a> {
    fn new(w: &'a Words, f: &'a FormFor<'a>) -> Self {
        Writer {
            w,
            f,
            fmt: Formats::new(),
            row: HEADER_ROW + 1,
            leaf_rows: Vec::new(),
        }
    }

    fn write(mut self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        let (w, f) = (self.w, self.f);
        sheet.merge_range(0, 0, 0, 4, w.form_title, &self.fmt.title)?;
        sheet.merge_range(1, 0, 1, 4, &f.campaign.title, &self.fmt.subtitle)?;
        sheet.merge_range(2, 0, 2, 4, &f.rubric.title, &self.fmt.subtitle)?;
        let stage = fill(w.form_stage, &[&f.stage.label]);
        sheet.merge_range(3, 0, 3, 4, &stage, &self.fmt.subtitle)?;
        sheet.write_string_with_format(5, 0, UNIT_ID_LABEL, &self.fmt.label)?;
        sheet.write_string_with_format(5, 1, f.unit, &self.fmt.label)?;
        sheet.write_string(5, 2, w.form_unit_name)?;
        sheet.merge_range(5, 3, 5, 4, f.name, &self.fmt.label)?;
        for (c, title) in (0u16..).zip(COLUMNS) {
            sheet.write_string_with_format(HEADER_ROW, c, title, &self.fmt.head)?;
        }
        self.criteria(sheet, &f.rubric.criteria, 0)?;
        let mut total = sum_of(&self.leaf_rows);
        let mut total_value = self.leaf_sum();
        if let Some(max) = f.rubric.bonus_max {
            let given = f.before.and_then(|u| u.bonus_cell.final_points);
            let row = self.input_row(sheet, BONUS_ID, w.bonus_points, max, given)?;
            total = format!("{total}+D{}", row + 1);
            total_value += given.unwrap_or(Points::ZERO);
        }
        if let Some(max) = f.rubric.deduction_max {
            let given = f.before.and_then(|u| u.deduction_cell.final_points);
            let row = self.input_row(sheet, DEDUCTION_ID, w.deduction_points, max, given)?;
            total = format!("{total}-D{}", row + 1);
            total_value -= given.unwrap_or(Points::ZERO);
        }
        let total_row = self.row;
        sheet.merge_range(total_row, 0, total_row, 2, w.total_points, &self.fmt.total)?;
        sheet.write_formula_with_format(
            total_row,
            3,
            Formula::new(total).set_result(total_value.to_plain()),
            &self.fmt.total_number,
        )?;
        sheet.write_blank(total_row, 4, &self.fmt.leaf)?;
        self.signature(sheet, total_row + 2)?;
        sheet.set_column_width(0, 11)?;
        sheet.set_column_width(1, TITLE_WIDTH)?;
        sheet.set_column_width(2, 11)?;
        sheet.set_column_width(3, 10)?;
        sheet.set_column_width(4, 26)?;
        sheet.set_paper_size(9); // A4
        sheet.set_portrait();
        sheet.set_margins(0.6, 0.5, 0.75, 0.75, 0.3, 0.3);
        sheet.set_print_fit_to_pages(1, 0);
        sheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
        // `&P` and `&N` are the page and the page count (an `&` in the id cannot happen).
        sheet.set_footer(format!("&C{} — &P/&N", fill(w.form_footer, &[f.unit])));
        sheet.protect();
        Ok(())
    }

    /// The sum of the points already given to the leaves (the cached value of the total).
    fn leaf_sum(&self) -> Points {
        self.f
            .before
            .map(|u| u.criteria.iter().filter_map(|(_, c)| c.final_points).sum())
            .unwrap_or(Points::ZERO)
    }

    /// The rows of a list of criteria, depth first.
    fn criteria(
        &mut self,
        sheet: &mut Worksheet,
        list: &[Criterion],
        depth: u8,
    ) -> Result<(), XlsxError> {
        for c in list {
            if c.is_leaf() {
                let given = self.f.before.and_then(|u| {
                    u.criteria
                        .iter()
                        .find(|(id, _)| **id == *c.id)
                        .and_then(|(_, cell)| cell.final_points)
                });
                let title_fmt = self.fmt.leaf.clone().set_indent(depth);
                let row = self.row;
                sheet.write_string_with_format(row, 1, &c.title, &title_fmt)?;
                fit_row(sheet, row, &c.title, depth)?;
                self.input_row(sheet, &c.id, "", c.max, given)?;
                self.leaf_rows.push(row);
            } else {
                let row = self.row;
                self.row += 1;
                let first_leaf = self.leaf_rows.len();
                self.criteria(sheet, &c.items, depth.saturating_add(1))?;
                let leaves = &self.leaf_rows[first_leaf..];
                let value: Points = self
                    .f
                    .before
                    .map(|u| {
                        c.leaves()
                            .iter()
                            .filter_map(|l| {
                                u.criteria
                                    .iter()
                                    .find(|(id, _)| **id == *l.id)
                                    .and_then(|(_, cell)| cell.final_points)
                            })
                            .sum()
                    })
                    .unwrap_or(Points::ZERO);
                sheet.write_string_with_format(row, 0, &c.id, &self.fmt.id)?;
                sheet.write_string_with_format(
                    row,
                    1,
                    &c.title,
                    &self.fmt.section.clone().set_indent(depth),
                )?;
                fit_row(sheet, row, &c.title, depth)?;
                sheet.write_number_with_format(row, 2, c.max.as_f64(), &self.fmt.section_number)?;
                sheet.write_formula_with_format(
                    row,
                    3,
                    Formula::new(sum_of(leaves)).set_result(value.to_plain()),
                    &self.fmt.section_number,
                )?;
                sheet.write_blank(row, 4, &self.fmt.leaf)?;
            }
        }
        Ok(())
    }

    /// A row scored directly: a leaf, the bonus or the deduction. Returns its row.
    fn input_row(
        &mut self,
        sheet: &mut Worksheet,
        id: &str,
        title: &str,
        max: Points,
        given: Option<Points>,
    ) -> Result<u32, XlsxError> {
        let row = self.row;
        self.row += 1;
        sheet.write_string_with_format(row, 0, id, &self.fmt.id)?;
        if !title.is_empty() {
            sheet.write_string_with_format(row, 1, title, &self.fmt.section)?;
        }
        sheet.write_number_with_format(row, 2, max.as_f64(), &self.fmt.number)?;
        match given {
            Some(p) => sheet.write_number_with_format(row, 3, p.as_f64(), &self.fmt.input)?,
            None => sheet.write_blank(row, 3, &self.fmt.input)?,
        };
        sheet.write_blank(row, 4, &self.fmt.note)?;
        let cell = format!("D{}", row + 1);
        let rule = format!(
            "=AND(ISNUMBER({cell}),{cell}>=0,{cell}<=C{r},ROUND({cell},2)={cell})",
            r = row + 1
        );
        let check = DataValidation::new()
            .allow_custom(Formula::new(rule))
            .ignore_blank(true)
            .set_error_title(self.w.form_error_title)?
            .set_error_message(fill(self.w.form_error, &[&self.w.number(max)]))?;
        sheet.add_data_validation(row, 3, row, 3, &check)?;
        Ok(row)
    }

    /// The date and signature lines under the table.
    fn signature(&self, sheet: &mut Worksheet, row: u32) -> Result<(), XlsxError> {
        let center = Format::new().set_align(FormatAlign::Center);
        let italic = center.clone().set_italic();
        sheet.merge_range(row, 3, row, 4, self.w.form_date_line, &italic)?;
        sheet.merge_range(
            row + 1,
            3,
            row + 1,
            4,
            self.w.form_signer,
            &center.set_bold(),
        )?;
        sheet.merge_range(row + 2, 3, row + 2, 4, self.w.form_sign_hint, &italic)?;
        Ok(())
    }
}

/// The width of the title column, in characters.
const TITLE_WIDTH: f64 = 52.0;

/// Makes a row tall enough for its wrapped title: spreadsheets do not grow a row by
/// themselves when a file sets its text to wrap.
fn fit_row(sheet: &mut Worksheet, row: u32, title: &str, depth: u8) -> Result<(), XlsxError> {
    // Indented titles have less room; the column holds a few more letters of a plain font
    // than its nominal width.
    let per_line = (TITLE_WIDTH + 2.0 - 3.0 * f64::from(depth)).max(20.0);
    let lines = (title.chars().count() as f64 / per_line).ceil().max(1.0);
    if lines > 1.0 {
        sheet.set_row_height(row, 15.0 * lines)?;
    }
    Ok(())
}

/// `=SUM(D9,D10,D12)` over the given 0-based rows of column D; long lists are summed in
/// groups (a function takes at most 255 arguments).
fn sum_of(rows: &[u32]) -> String {
    if rows.is_empty() {
        return "=0".into();
    }
    let groups: Vec<String> = rows
        .chunks(200)
        .map(|g| {
            let cells: Vec<String> = g.iter().map(|r| format!("D{}", r + 1)).collect();
            format!("SUM({})", cells.join(","))
        })
        .collect();
    format!("={}", groups.join("+"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::campaign_results;
    use crate::render::engine::words::VI;
    use crate::render::exports::sample::sample;

    #[test]
    fn forms_are_the_same_bytes_every_time() {
        let (c, units) = sample(false);
        let results = campaign_results(&c, &units);
        let u = &results.rubrics[0].units[0];
        let form = FormFor {
            campaign: &c,
            rubric: &c.rubrics[0],
            stage: &c.stages[1],
            unit: &u.unit,
            name: &u.name,
            before: Some(u),
        };
        let a = scoring_form(&VI, &form).unwrap();
        assert_eq!(a, scoring_form(&VI, &form).unwrap());
        assert!(a.starts_with(b"PK"));
    }

    #[test]
    fn sums_of_many_cells_stay_within_the_argument_limit() {
        assert_eq!(sum_of(&[8, 9, 11]), "=SUM(D9,D10,D12)");
        let many: Vec<u32> = (0..450).collect();
        assert_eq!(sum_of(&many).matches("SUM(").count(), 3);
    }
}
