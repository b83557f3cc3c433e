//! Workbooks in place of CSV (SPEC §7.1): `.xlsx`, `.ods` and `.xls`, read with `calamine`.
//!
//! A sheet is turned into the text of a CSV file, one line per row of the sheet (line 7 is
//! row 7), every cell quoted, so that the CSV readers read it exactly as they read a file a
//! spreadsheet exported: same tolerances, same checks, same messages. A [`SheetMap`] keeps
//! where each field of that text came from, and turns the positions of the diagnostics about
//! it into the sheet and cell (`sheet "Tự chấm", cell D7`).
//!
//! Numbers are written as the shortest decimal that reads back as the same `f64` (a cell
//! holding 9.3 gives `9.3`, never `9.29`), then parsed exactly like typed text; integers stay
//! integers. Rows above the header (titles, blank rows) are left blank: the header is the
//! first row with a cell the caller recognises (the unit column). `form` reads a returned
//! scoring form the same way, as a long table (SPEC §7.3).

pub(crate) mod form;

use std::io::Cursor;
use std::path::{Path, PathBuf};

use calamine::{Data, Range, Reader, Sheets, open_workbook_auto_from_rs};

use crate::diag::catalogue::data_sheets::{
    SHEETS_BOOL_CELL, SHEETS_CANNOT_OPEN, SHEETS_DATE_CELL, SHEETS_ERROR_CELL, SHEETS_FIX_FORMULA,
    SHEETS_NO_SHEET, SHEETS_PUT_TABLE, SHEETS_RETYPE, SHEETS_SAVE_AGAIN,
};
use crate::diag::{Diagnostic, Diagnostics, SheetCell, SourceText, Text};
use crate::t;

/// The extensions of the workbooks read, in lowercase.
pub(crate) const EXTENSIONS: [&str; 3] = ["xlsx", "ods", "xls"];

/// The largest workbook read.
const MAX_WORKBOOK_BYTES: u64 = 64 * 1024 * 1024;

/// True when `ext` (lowercase) is a workbook's.
pub(crate) fn is_workbook_ext(ext: &str) -> bool {
    EXTENSIONS.contains(&ext)
}

/// True when the file at `rel` is a workbook.
pub(crate) fn is_workbook(rel: &Path) -> bool {
    rel.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| is_workbook_ext(&e.to_ascii_lowercase()))
}

/// A sheet read as CSV text, with the map back to its cells.
pub(crate) struct Sheet {
    /// The CSV text of the sheet, one line per row.
    pub src: SourceText,
    /// Where each line and column of the text lies in the sheet.
    pub map: SheetMap,
}

/// Where the text of a [`Sheet`] lies in the workbook.
#[derive(Debug, Clone)]
pub(crate) struct SheetMap {
    path: PathBuf,
    sheet: String,
    /// For each line (index 0 is line 1): the character column where each field starts, and
    /// the 0-based row and column of the cell it came from.
    lines: Vec<Vec<(usize, u32, u32)>>,
}

impl SheetMap {
    /// Places every diagnostic about this workbook's text in its sheet and cell.
    pub fn place(&self, diags: &mut Diagnostics) {
        for d in diags.iter_mut() {
            self.place_one(d);
        }
    }

    /// Places one diagnostic, when it is about this workbook and has a line.
    fn place_one(&self, d: &mut Diagnostic) {
        if d.file != self.path || d.cell.is_some() {
            return;
        }
        let Some(line) = d.line else { return };
        let column = d.column.unwrap_or(1);
        let row = line.saturating_sub(1);
        let fields = self.lines.get(row).map(Vec::as_slice).unwrap_or(&[]);
        let (row, col) = fields
            .iter()
            .rev()
            .find(|(start, _, _)| *start <= column)
            .or(fields.first())
            .map_or((row as u32, 0), |f| (f.1, f.2));
        set_cell(d, &self.sheet, row, col);
    }
}

/// Places `d` at the cell (`row`, `col`) of `sheet`, both 0-based.
fn set_cell(d: &mut Diagnostic, sheet: &str, row: u32, col: u32) {
    d.line = Some(row as usize + 1);
    d.column = Some(col as usize + 1);
    d.cell = Some(Box::new(SheetCell {
        sheet: sheet.to_string(),
        cell: cell_name(row, col),
    }));
}

/// The name of a cell from its 0-based row and column: (6, 3) is `D7`.
pub(crate) fn cell_name(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut n = col + 1;
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!(
        "{}{}",
        String::from_utf8(letters).unwrap_or_default(),
        row + 1
    )
}

/// The CSV text of a sheet, made line by line, with the [`SheetMap`] of its fields.
struct Builder {
    text: String,
    lines: Vec<Vec<(usize, u32, u32)>>,
}

impl Builder {
    fn new() -> Self {
        Builder {
            text: String::new(),
            lines: Vec::new(),
        }
    }

    /// Writes one line of fields at line `row + 1` (blank lines before it when needed), each
    /// field quoted unless empty, with the cell it came from.
    fn line(&mut self, row: u32, fields: &[(&str, u32, u32)]) {
        while self.lines.len() < row as usize {
            self.text.push('\n');
            self.lines.push(Vec::new());
        }
        let mut starts = Vec::with_capacity(fields.len());
        let mut column = 1;
        for (i, (value, r, c)) in fields.iter().enumerate() {
            if i > 0 {
                self.text.push(',');
                column += 1;
            }
            starts.push((column, *r, *c));
            if !value.is_empty() {
                let quoted = format!("\"{}\"", value.replace('"', "\"\""));
                column += quoted.chars().count();
                self.text.push_str(&quoted);
            }
        }
        self.text.push('\n');
        self.lines.push(starts);
    }

    fn finish(self, rel: &Path, sheet: String) -> Sheet {
        Sheet {
            src: SourceText::new(rel, crate::text::nfc(&self.text)),
            map: SheetMap {
                path: rel.to_path_buf(),
                sheet,
                lines: self.lines,
            },
        }
    }
}

/// An open workbook.
struct Book {
    sheets: Sheets<Cursor<Vec<u8>>>,
    names: Vec<String>,
}

/// Opens the workbook at `rel`.
fn open(root: &Path, rel: &Path) -> Result<Book, Diagnostic> {
    let bytes = crate::load::files::read_bytes(root, rel, MAX_WORKBOOK_BYTES)?;
    let sheets = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| cannot(rel, &e))?;
    let names = sheets.sheet_names();
    Ok(Book { sheets, names })
}

/// The error for a workbook that cannot be read.
fn cannot(rel: &Path, e: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::error(
        rel,
        None,
        t!(SHEETS_CANNOT_OPEN, error = e),
        SHEETS_SAVE_AGAIN,
    )
}

impl Book {
    /// The sheet named like one of `names` (NFC, any case), else the first holding a text cell
    /// that `wanted` recognises, else the first; its name and cells.
    fn pick(
        &mut self,
        rel: &Path,
        names: &[&str],
        wanted: impl Fn(&str) -> bool,
    ) -> Result<(String, Range<Data>), Diagnostic> {
        let names: Vec<String> = names.iter().map(|n| fold(n)).collect();
        let named = self
            .names
            .iter()
            .find(|s| names.contains(&fold(s)))
            .cloned();
        let sheets = &mut self.sheets;
        let mut holding = || {
            self.names
                .iter()
                .find(|s| {
                    sheets.worksheet_range(s).is_ok_and(|range| {
                        range
                            .used_cells()
                            .any(|(_, _, c)| matches!(c, Data::String(t) if wanted(t)))
                    })
                })
                .cloned()
        };
        let Some(sheet) = named.or_else(&mut holding).or(self.names.first().cloned()) else {
            return Err(Diagnostic::error(
                rel,
                None,
                SHEETS_NO_SHEET,
                SHEETS_PUT_TABLE,
            ));
        };
        let range = self
            .sheets
            .worksheet_range(&sheet)
            .map_err(|e| cannot(rel, &e))?;
        Ok((sheet, range))
    }
}

/// The cells of a sheet, read as CSV text one at a time: a cell that holds no number or text
/// is reported where it is and read as empty.
struct Cells<'a> {
    rel: &'a Path,
    sheet: &'a str,
    range: &'a Range<Data>,
}

impl Cells<'_> {
    /// The text of the cell at the 0-based `row` and `col` of the sheet.
    fn text(&self, row: u32, col: u32, diags: &mut Diagnostics) -> String {
        let Some(data) = self.range.get_value((row, col)) else {
            return String::new();
        };
        cell_text(data).unwrap_or_else(|(message, hint)| {
            let mut d = Diagnostic::error(self.rel, None, message, hint);
            set_cell(&mut d, self.sheet, row, col);
            diags.push(d);
            String::new()
        })
    }

    /// The 0-based row and column of every text cell, row by row.
    fn texts(&self) -> impl Iterator<Item = (u32, u32, &str)> + '_ {
        let (top, left) = self.range.start().unwrap_or((0, 0));
        self.range
            .used_cells()
            .filter_map(move |(r, c, d)| match d {
                Data::String(s) => Some((top + r as u32, left + c as u32, s.as_str())),
                _ => None,
            })
    }
}

/// Reads the workbook at `rel` as a table: the sheet named like one of `names` (NFC, any
/// case), else the first that has a header row, else the first; `is_header` recognises a
/// cell of the header row. Problems in cells (a date, a formula error) are reported into
/// `diags`; a workbook that cannot be read is an error.
pub(crate) fn read(
    root: &Path,
    rel: &Path,
    names: &[&str],
    is_header: impl Fn(&str) -> bool,
    diags: &mut Diagnostics,
) -> Result<Sheet, Diagnostic> {
    let mut book = open(root, rel)?;
    let (sheet, range) = book.pick(rel, names, &is_header)?;
    let cells = Cells {
        rel,
        sheet: &sheet,
        range: &range,
    };
    let (Some((top, left)), Some((bottom, right))) = (range.start(), range.end()) else {
        return Ok(Builder::new().finish(rel, sheet));
    };
    let header = cells
        .texts()
        .find(|(_, _, t)| is_header(t))
        .map_or(top, |(r, _, _)| r);
    let mut rows: Vec<(u32, Vec<String>)> = Vec::new();
    for row in header..=bottom {
        let texts: Vec<String> = (left..=right).map(|c| cells.text(row, c, diags)).collect();
        if texts.iter().any(|t| !t.is_empty()) {
            rows.push((row, texts));
        }
    }
    let width = rows
        .iter()
        .filter_map(|(_, t)| t.iter().rposition(|c| !c.is_empty()))
        .max()
        .map_or(0, |w| w + 1);
    let mut out = Builder::new();
    for (row, texts) in &rows {
        let fields: Vec<(&str, u32, u32)> = texts
            .iter()
            .take(width)
            .zip(left..)
            .map(|(t, c)| (t.as_str(), *row, c))
            .collect();
        out.line(*row, &fields);
    }
    Ok(out.finish(rel, sheet))
}

/// A name compared with a sheet's or a column's: NFC, lowercase, trimmed.
fn fold(name: &str) -> String {
    crate::text::nfc(name.trim()).to_lowercase()
}

/// The text of a cell as a CSV file would hold it; a date, true/false or a formula error is a
/// problem (its message and hint).
fn cell_text(data: &Data) -> Result<String, (Text, Text)> {
    match data {
        Data::Empty => Ok(String::new()),
        Data::String(s) => Ok(s.replace(['\r', '\n'], " ").trim().to_string()),
        Data::Int(i) => Ok(i.to_string()),
        // `Display` for f64 is the shortest decimal that reads back as the same number.
        Data::Float(f) => Ok(f.to_string()),
        Data::Bool(b) => Err((t!(SHEETS_BOOL_CELL, value = b), SHEETS_RETYPE.into())),
        Data::DateTime(d) => Err((t!(SHEETS_DATE_CELL, value = d), SHEETS_RETYPE.into())),
        Data::DateTimeIso(d) | Data::DurationIso(d) => {
            Err((t!(SHEETS_DATE_CELL, value = d), SHEETS_RETYPE.into()))
        }
        Data::Error(e) => Err((t!(SHEETS_ERROR_CELL, value = e), SHEETS_FIX_FORMULA.into())),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::Site;
    use super::*;
    use crate::diag::Lang;
    use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};

    const SELF_XLSX: &str = "data/campaigns/c2023/scores/vhtt/self.xlsx";
    const SELF_CSV: &str = "data/campaigns/c2023/scores/vhtt/self.csv";

    /// A cell to write.
    enum V {
        S(&'static str),
        N(f64),
        Date,
        Bool,
        Error,
    }

    /// A workbook with a first sheet of notes, then `sheet` holding `rows` from A1.
    fn book(sheet: &str, rows: &[&[V]]) -> Vec<u8> {
        let mut wb = Workbook::new();
        wb.add_worksheet()
            .set_name("Hướng dẫn")
            .unwrap()
            .write_string(0, 0, "not this one")
            .unwrap();
        let ws = wb.add_worksheet().set_name(sheet).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match v {
                    V::S("") => continue,
                    V::S(s) => ws.write_string(r, c, *s).map(|_| ()),
                    V::N(n) => ws.write_number(r, c, *n).map(|_| ()),
                    V::Date => {
                        let d = ExcelDateTime::from_ymd(2024, 3, 15).unwrap();
                        let f = Format::new().set_num_format("dd/mm/yyyy");
                        ws.write_datetime_with_format(r, c, d, &f).map(|_| ())
                    }
                    V::Bool => ws.write_boolean(r, c, true).map(|_| ()),
                    V::Error => ws
                        .write_formula(r, c, Formula::new("=1/0").set_result("#DIV/0!"))
                        .map(|_| ()),
                }
                .unwrap();
            }
        }
        wb.save_to_buffer().unwrap()
    }

    fn scores(site: Site) -> (String, Vec<crate::diag::Diagnostic>) {
        let (data, d) = site.load();
        let s = data
            .campaigns
            .first()
            .map(|c| format!("{:?}", c.scores["vhtt"][0].units))
            .unwrap_or_default();
        (s, d)
    }

    #[test]
    fn a_sheet_reads_like_its_csv() {
        use V::*;
        let xlsx = book(
            "SELF",
            &[
                &[S("BẢNG CHẤM ĐIỂM TỰ CHẤM 2023")],
                &[],
                &[
                    S("STT"),
                    S("Đơn vị"),
                    S("1.1"),
                    S("1.2"),
                    S("2"),
                    S("Điểm thưởng"),
                    S("Ghi chú"),
                ],
                &[N(1.0), S("Phường 12"), N(29.5), N(38.0), N(30.0), N(2.0)],
                &[
                    N(2.0),
                    S("p7"),
                    N(9.3),
                    S(""),
                    S("27,25 "),
                    S(""),
                    S("đã \"xem\""),
                ],
                &[N(3.0), S("p4"), N(0.07), N(39.99)],
            ],
        );
        let csv = "unit,1.1,1.2,2,bonus,note\np12,29.5,38,30,2,\np7,9.3,,\"27,25\",,\"đã \"\"xem\"\"\"\np4,0.07,39.99,,,\n";
        let (from_book, d) = scores(Site::standard().with(SELF_XLSX, xlsx));
        assert!(d.is_empty(), "{d:?}");
        let (from_csv, d) = scores(Site::standard().with(SELF_CSV, csv));
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(from_book, from_csv);
        assert!(
            from_book.contains("9.3") || from_book.contains("930"),
            "{from_book}"
        );
    }

    #[test]
    fn problems_are_placed_in_sheet_and_cell() {
        use V::*;
        let xlsx = book(
            "Tự chấm",
            &[
                &[S("BẢNG CHẤM ĐIỂM")],
                &[S("unit"), S("1.1"), S("1.2"), S("2")],
                &[S("p12"), N(29.5), N(45.0), Date],
                &[S("p7"), Bool, Error, N(9.333)],
            ],
        );
        let (_, d) = scores(Site::standard().with(SELF_XLSX, xlsx));
        let lines: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        let at = |cell: &str| {
            lines
                .iter()
                .find(|l| l.contains(&format!("self.xlsx, sheet \"Tự chấm\", cell {cell}:")))
                .unwrap_or_else(|| panic!("{cell} in {lines:#?}"))
                .clone()
        };
        assert!(at("C3").contains("45"));
        assert!(at("D3").contains("date"), "{lines:#?}");
        assert!(at("B4").contains("true/false"));
        assert!(at("C4").contains("#DIV/0!"));
        assert!(at("D4").contains("9.333"));
        let vi = d[0].line_in(Lang::Vi);
        assert!(vi.contains("trang \"Tự chấm\", ô "), "{vi}");
    }

    #[test]
    fn a_csv_and_a_workbook_for_one_stage_are_an_error_naming_both() {
        let xlsx = book("self", &[&[V::S("unit"), V::S("1.1")]]);
        let (_, d) = scores(
            Site::standard()
                .with(SELF_CSV, "unit,1.1\n")
                .with(SELF_XLSX, xlsx),
        );
        let all: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        assert!(
            all.iter()
                .any(|l| l.contains("self.csv") && l.contains("self.xlsx")),
            "{all:#?}"
        );
    }

    #[test]
    fn units_and_a_broken_workbook() {
        let xlsx = book(
            "Đơn vị",
            &[
                &[V::S("DANH SÁCH ĐƠN VỊ")],
                &[V::S("Mã"), V::S("Tên"), V::S("Loại")],
                &[V::S("p1"), V::S("Phường 1"), V::S("phuong")],
            ],
        );
        let (data, d) = Site::empty().with("data/units.xlsx", xlsx).load();
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(data.units["p1"].name, "Phường 1");
        let (_, d) = Site::empty()
            .with("data/units.xlsx", "not a workbook")
            .load();
        assert!(d[0].to_string().contains("cannot be opened"), "{d:?}");
    }

    #[test]
    fn cell_names() {
        assert_eq!(cell_name(6, 3), "D7");
        assert_eq!(cell_name(0, 25), "Z1");
        assert_eq!(cell_name(9, 26), "AA10");
        assert_eq!(cell_name(0, 701), "ZZ1");
        assert_eq!(cell_name(0, 702), "AAA1");
    }
}
