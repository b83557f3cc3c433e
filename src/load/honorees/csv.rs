//! `data/honorees.csv`: many honorees at once, one row each (SPEC §3.5).
//!
//! Spreadsheets save CSV in several ways, so a byte-order mark, `;` as the delimiter and
//! Vietnamese column names are accepted. Every other problem is an error at the cell.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diag::catalogue::load as msg;
use crate::diag::{Diagnostics, Pos, SourceText, Text};
use crate::model::honoree::Origin;

use super::{FIELDS, Partial, Value};

/// Where the honorees table is read from, relative to the site root.
pub const CSV_FILE: &str = "data/honorees.csv";

/// Column names accepted for each field, English first, then the Vietnamese a spreadsheet
/// made by staff is likely to have.
const COLUMNS: &[(&str, &[&str])] = &[
    ("id", &["id", "mã"]),
    ("name", &["name", "tên", "họ và tên", "họ tên"]),
    ("kind", &["kind", "loại"]),
    ("unit", &["unit", "đơn vị"]),
    ("position", &["position", "chức vụ"]),
    ("field", &["field", "lĩnh vực"]),
    ("photo", &["photo", "ảnh"]),
    ("summary", &["summary", "tóm tắt"]),
    ("illustrative", &["illustrative", "minh họa"]),
];

/// Reads the rows of the table, in file order. Rows that are entirely blank are skipped.
pub fn read_rows(src: &SourceText, diags: &mut Diagnostics) -> Vec<Partial> {
    // A workbook's title rows before the header are blank lines.
    let first = header_line(src);
    let header_line = src.line_text(first).unwrap_or("");
    // The most frequent of `,`, `;` and tab (Excel's "Unicode Text"); `,` on a tie.
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .rev()
        .max_by_key(|&d| header_line.matches(d as char).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(src.text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            diags.error(
                &src.path,
                Some(Pos::line(first)),
                crate::t!(msg::HONOREES_HEADER_UNREADABLE, error = e),
                msg::HONOREES_HEADER_HINT,
            );
            return Vec::new();
        }
    };
    let Some(columns) = map_columns(src, &headers, delimiter, diags) else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(1);
                diags.error(
                    &src.path,
                    Some(Pos::line(line)),
                    crate::t!(msg::HONOREES_ROW_UNREADABLE, error = e),
                    msg::HONOREES_ROW_UNREADABLE_HINT,
                );
                continue;
            }
        };
        let line = record.position().map(|p| p.line() as usize).unwrap_or(1);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.len() > headers.len() {
            let pos = cell_starts(src, line, delimiter)
                .get(headers.len())
                .copied()
                .unwrap_or(Pos::line(line));
            diags.error(
                &src.path,
                Some(pos),
                crate::t!(
                    msg::HONOREES_EXTRA_CELLS,
                    cells = record.len(),
                    columns = headers.len()
                ),
                msg::HONOREES_EXTRA_CELLS_HINT,
            );
            continue;
        }
        // Where each cell starts, worked out once per row and only when a value is kept.
        let starts = std::cell::OnceCell::new();
        let origin = |i: usize| Origin {
            file: src.path.clone(),
            pos: Some(
                starts
                    .get_or_init(|| cell_starts(src, line, delimiter))
                    .get(i)
                    .copied()
                    .unwrap_or(Pos::line(line)),
            ),
        };
        let mut fields = BTreeMap::new();
        let mut id = None;
        for (i, cell) in record.iter().enumerate() {
            let Some(field) = columns.get(&i) else {
                continue;
            };
            let text = crate::text::nfc(cell.trim());
            if text.is_empty() {
                continue;
            }
            if *field == "id" {
                id = Some((text, origin(i)));
            } else {
                fields.insert(
                    *field,
                    Value {
                        text,
                        origin: origin(i),
                    },
                );
            }
        }
        let Some((id, id_origin)) = id else {
            diags.error(
                &src.path,
                Some(Pos::line(line)),
                msg::HONOREES_NO_ID,
                msg::HONOREES_NO_ID_HINT,
            );
            continue;
        };
        rows.push(Partial {
            id,
            id_origin,
            fields,
            achievements: Vec::new(),
            awards: Vec::new(),
            story: String::new(),
            source: src.path.clone(),
        });
    }
    rows
}

/// Maps column indexes to field names; `None` when the table cannot be read at all.
fn map_columns(
    src: &SourceText,
    headers: &csv::StringRecord,
    delimiter: u8,
    diags: &mut Diagnostics,
) -> Option<BTreeMap<usize, &'static str>> {
    let first = header_line(src);
    if headers.len() > crate::load::data::MAX_COLUMNS {
        diags.error(
            &src.path,
            Some(Pos::line(first)),
            crate::t!(msg::HONOREES_TOO_MANY_COLUMNS, count = headers.len()),
            msg::HONOREES_TOO_MANY_COLUMNS_HINT,
        );
        return None;
    }
    let starts = cell_starts(src, first, delimiter);
    let mut unknown: Vec<(String, Pos)> = Vec::new();
    let mut columns: BTreeMap<usize, &'static str> = BTreeMap::new();
    for (i, h) in headers.iter().enumerate() {
        let name = crate::text::nfc(h.trim()).to_lowercase();
        let at = starts.get(i).copied().unwrap_or(Pos::line(first));
        let pos = Some(at);
        match COLUMNS
            .iter()
            .find(|(_, names)| names.contains(&name.as_str()))
        {
            Some((field, _)) if columns.values().any(|f| f == field) => {
                diags.error(
                    &src.path,
                    pos,
                    crate::t!(msg::HONOREES_COLUMN_TWICE, column = field),
                    msg::HONOREES_COLUMN_TWICE_HINT,
                );
            }
            Some((field, _)) => {
                columns.insert(i, field);
            }
            None if name.is_empty() => {}
            None => unknown.push((h.trim().to_string(), at)),
        }
    }
    // One warning for all the unknown columns: a sheet with many extra columns gets one line.
    if let Some((first, pos)) = unknown.first() {
        let listed: Vec<String> = unknown
            .iter()
            .take(5)
            .map(|(n, _)| format!("`{n}`"))
            .collect();
        let more = match unknown.len() {
            n if n > 5 => crate::t!(msg::HONOREES_AND_MORE, count = n - 5),
            _ => Text::default(),
        };
        let message = if unknown.len() == 1 {
            crate::t!(msg::HONOREES_UNKNOWN_COLUMN, column = first)
        } else {
            crate::t!(
                msg::HONOREES_UNKNOWN_COLUMNS,
                columns = listed.join(", "),
                more = more
            )
        };
        diags.warning(
            &src.path,
            Some(*pos),
            message,
            crate::t!(msg::HONOREES_COLUMNS_ARE, columns = FIELDS.join(", ")),
        );
    }
    let mut ok = true;
    for required in ["id", "name"] {
        if !columns.values().any(|f| *f == required) {
            diags.error(
                &src.path,
                Some(Pos::line(1)),
                crate::t!(msg::HONOREES_NO_COLUMN, column = required),
                msg::HONOREES_HEADER_HINT,
            );
            ok = false;
        }
    }
    ok.then_some(columns)
}

/// Where each cell of the record starting at `line` begins, in one pass over the line.
/// Quotes are honoured; a cell that starts on a later line (a quoted line break before it) is
/// not listed, and callers place it at the start of the row.
fn cell_starts(src: &SourceText, line: usize, delimiter: u8) -> Vec<Pos> {
    let text = src.line_text(line).unwrap_or("");
    let delimiter = delimiter as char;
    let mut in_quotes = false;
    let mut out = vec![Pos::line(line)];
    for (col, c) in text.chars().enumerate() {
        match c {
            '"' => in_quotes = !in_quotes,
            c if c == delimiter && !in_quotes => out.push(Pos::new(line, col + 2)),
            _ => {}
        }
    }
    out
}

/// The line of the header: the first that is not blank.
fn header_line(src: &SourceText) -> usize {
    src.text
        .lines()
        .position(|l| !l.trim().is_empty())
        .map_or(1, |i| i + 1)
}

/// The honorees tables of the site: `data/honorees.csv` or a workbook of the same name
/// (SPEC §7.1); more than one is an error reported by the caller.
pub fn files(root: &Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![Path::new(CSV_FILE).to_path_buf()];
    for ext in crate::load::data::workbook::EXTENSIONS {
        out.push(Path::new(CSV_FILE).with_extension(ext));
    }
    out.retain(|rel| root.join(rel).is_file());
    out
}

/// True when a header cell names the id or name column (the header row of a workbook).
pub fn is_header(name: &str) -> bool {
    let name = crate::text::nfc(name.trim()).to_lowercase();
    COLUMNS
        .iter()
        .take(2)
        .any(|(_, names)| names.contains(&name.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> (Vec<Partial>, Diagnostics) {
        let mut d = Diagnostics::new();
        let src = SourceText::new(CSV_FILE, text.to_string());
        (read_rows(&src, &mut d), d)
    }

    #[test]
    fn semicolons_and_vietnamese_headers() {
        let (r, d) =
            rows("Mã;Họ và tên;Loại;Đơn vị\nle-van-ut;Lê Văn Út;cá nhân;bh-tan-mai\n\n;;;\n");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].id, "le-van-ut");
        assert_eq!(r[0].fields["name"].text, "Lê Văn Út");
        assert_eq!(r[0].fields["unit"].origin.pos, Some(Pos::new(2, 29)));
    }

    #[test]
    fn quoted_cells_and_positions() {
        let (r, d) = rows("id,name,summary,kind\na,\"Trần, Thị\",\"x, y\",collective\n");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(r[0].fields["kind"].origin.pos, Some(Pos::new(2, 22)));
    }

    #[test]
    fn problems_are_placed() {
        let (_, d) = rows("id,nme\n");
        let v: Vec<String> = d.iter().map(|x| x.to_string()).collect();
        assert!(
            v.iter()
                .any(|m| m.contains("data/honorees.csv:1:4") && m.contains("`nme`")),
            "{v:?}"
        );
        assert!(v.iter().any(|m| m.contains("no `name` column")), "{v:?}");
        let (_, d) = rows("id,name\na,A,extra\n,B\n");
        let v: Vec<String> = d.iter().map(|x| x.to_string()).collect();
        assert!(v[0].starts_with("error: data/honorees.csv:2:5:"), "{v:?}");
        assert!(
            v[1].starts_with("error: data/honorees.csv:3:1: this row has no id"),
            "{v:?}"
        );
    }
}
