//! `data/units.csv`: header `id,name,kind` (in any order, English or Vietnamese: `mã`,
//! `tên`, `loại`); any other column is kept as an attribute named by its header.

use std::collections::BTreeMap;

use crate::diag::catalogue::data::{
    DATA_COLUMN_TWICE, DATA_FILE_EMPTY, DATA_KIND_UNIT, DATA_ROW_FIELDS, DATA_ROW_FIELDS_HINT,
    DATA_UNNAMED_COLUMN, DATA_UNNAMED_COLUMN_HINT, DATA_WHOSE_UNIT, UNITS_CSV_HEADER_FIX,
    UNITS_CSV_HEADER_HINT, UNITS_CSV_NEEDS_ID_NAME, UNITS_KEEP_ONE_COLUMN, UNITS_NO_NAME,
    UNITS_WRITE_NAME,
};
use crate::diag::{Diagnostics, SourceText};
use crate::model::Unit;
use crate::t;

use super::super::columns::{UnitColumn, unit_column};
use super::super::ids::IdRegistry;
use super::super::report::{Clip, FileReport, invisible_in_name};
use super::super::table::Table;
use super::Excused;

/// What a column of the units file is used for.
enum Use {
    Known(UnitColumn),
    Attr(String),
    Unnamed,
}

/// Reads the units; `None` when the header cannot be understood.
pub(super) fn read(
    src: &SourceText,
    diags: &mut Diagnostics,
) -> Option<(BTreeMap<String, Unit>, Excused)> {
    let mut report = FileReport::new(src);
    let units = read_rows(src, &mut report);
    report.finish(diags);
    units
}

fn read_rows(
    src: &SourceText,
    report: &mut FileReport,
) -> Option<(BTreeMap<String, Unit>, Excused)> {
    let mut excused = Excused::default();
    let mut table = Table::open(src, |n| unit_column(n).is_some());
    let header = match table.next_row().map(|r| (r.offset, r.to_header())) {
        None => {
            report.error(0, DATA_FILE_EMPTY, UNITS_CSV_HEADER_HINT);
            return None;
        }
        Some((_, Ok(h))) => h,
        Some((at, Err(message))) => {
            report.error(at, message, UNITS_CSV_HEADER_HINT);
            return None;
        }
    };
    let mut uses = Vec::with_capacity(header.len());
    for (i, cell) in header.iter().enumerate() {
        let u = match unit_column(&cell.text) {
            _ if cell.text.is_empty() => Use::Unnamed,
            Some(k) => Use::Known(k),
            None => Use::Attr(cell.text.clone()),
        };
        let repeated = header[..i].iter().any(|h| {
            !h.text.is_empty()
                && (h.text == cell.text
                    || (unit_column(&h.text).is_some()
                        && unit_column(&h.text) == unit_column(&cell.text)))
        });
        if repeated {
            report.error(
                cell.offset,
                t!(DATA_COLUMN_TWICE, name = Clip(&cell.text)),
                UNITS_KEEP_ONE_COLUMN,
            );
        }
        uses.push(u);
    }
    let col = |k: UnitColumn| {
        uses.iter()
            .position(|u| matches!(u, Use::Known(x) if *x == k))
    };
    let (Some(id_col), Some(name_col)) = (col(UnitColumn::Id), col(UnitColumn::Name)) else {
        report.error(
            header.first().map_or(0, |h| h.offset),
            UNITS_CSV_NEEDS_ID_NAME,
            UNITS_CSV_HEADER_FIX,
        );
        return None;
    };
    let kind_col = col(UnitColumn::Kind);
    let mut ids = IdRegistry::new(DATA_KIND_UNIT);
    let mut units = BTreeMap::new();
    while let Some(row) = table.next_row() {
        if row.len() != uses.len() {
            let at = row.get(uses.len()).map_or_else(|| row.end(), |c| c.offset);
            report.error(
                at,
                t!(DATA_ROW_FIELDS, n = row.len(), expected = uses.len()),
                DATA_ROW_FIELDS_HINT,
            );
        }
        let mut attrs = BTreeMap::new();
        for (i, cell) in row.cells().enumerate() {
            match uses.get(i) {
                Some(Use::Attr(name)) => {
                    attrs.insert(name.clone(), cell.text.to_string());
                }
                Some(Use::Unnamed) if !cell.text.is_empty() => {
                    report.error(cell.offset, DATA_UNNAMED_COLUMN, DATA_UNNAMED_COLUMN_HINT);
                }
                _ => {}
            }
        }
        let Some(id_cell) = row.get(id_col) else {
            continue;
        };
        let id = id_cell.text.to_string();
        let name = row
            .get(name_col)
            .map(|c| c.text.to_string())
            .unwrap_or_default();
        if let Some(((i, msg, hint), cell)) =
            invisible_in_name(&name, || t!(DATA_WHOSE_UNIT, id = Clip(&id))).zip(row.get(name_col))
        {
            report.error(cell.offset + i, msg, hint);
        }
        let name = if name.is_empty() {
            report.error(
                row.get(name_col).map_or_else(|| row.end(), |c| c.offset),
                t!(UNITS_NO_NAME, id = Clip(&id)),
                UNITS_WRITE_NAME,
            );
            id.clone()
        } else {
            name
        };
        let kind = kind_col
            .and_then(|k| row.get(k))
            .map(|c| c.text.to_string())
            .unwrap_or_default();
        if ids.check(&id, id_cell.offset, report) {
            units.insert(
                id.clone(),
                Unit {
                    id,
                    name,
                    kind,
                    attrs,
                },
            );
        } else if !units.contains_key(&id) {
            excused.add(&id, &name);
        }
    }
    Some((units, excused))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn load(text: &str) -> (Option<BTreeMap<String, Unit>>, Vec<crate::diag::Diagnostic>) {
        let src = crate::diag::decode_source(Path::new("data/units.csv"), text.as_bytes()).unwrap();
        let mut d = Diagnostics::new();
        let u = read(&src, &mut d).map(|(u, _)| u);
        (u, d.into_vec())
    }

    #[test]
    fn semicolons_bom_vietnamese_header_and_attributes() {
        let (u, d) =
            load("\u{feff}Mã;Tên;Loại;Địa chỉ\r\np12;Phường 12;phuong;73 Tân Thành\r\n;;;\r\n");
        assert!(d.is_empty(), "{d:?}");
        let u = u.unwrap();
        assert_eq!(u.len(), 1);
        assert_eq!(u["p12"].kind, "phuong");
        assert_eq!(u["p12"].attrs["Địa chỉ"], "73 Tân Thành");
    }

    #[test]
    fn errors_name_line_and_column() {
        let (_, d) = load(
            "id,name,kind\np12,Phường 12,phuong\nP 7,Phường 7,phuong\np12,Again,x\np9,,phuong\np4,Phường 4\n",
        );
        let got: Vec<(usize, usize, &str)> = d
            .iter()
            .map(|d| (d.line.unwrap(), d.column.unwrap(), d.message.as_ref()))
            .collect();
        assert_eq!(
            got,
            [
                (3, 1, "`P 7` is not a valid unit id"),
                (4, 1, "unit id `p12` is used twice (first on line 2)"),
                (5, 4, "unit `p9` has no name"),
                (6, 12, "this row has 2 fields but the header has 3"),
            ]
        );
    }

    #[test]
    fn header_without_name_column() {
        let (u, d) = load("id,kind\np1,x\n");
        assert!(u.is_none());
        assert_eq!((d[0].line, d[0].column), (Some(1), Some(1)));
        assert!(d[0].hint.contains("id,name,kind"));
    }
}
