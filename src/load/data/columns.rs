//! Column names of the CSV files, in English or Vietnamese.
//!
//! Spreadsheets are made by people who write `Đơn vị`, `ĐIỂM THƯỞNG` or `Ghi chú`, with or
//! without tone marks. Names are compared after folding: NFC text is decomposed, every
//! combining mark dropped, `đ` turned into `d`, case ignored and runs of spaces, `_` and `-`
//! made one space. So `Điểm thưởng`, `diem thuong` and `DIEM_THUONG` are the same name.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// What a score-file column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScoreColumn {
    /// The unit (id or exact name) — "đơn vị".
    Unit,
    /// The criterion of a long file — "tiêu chí".
    Criterion,
    /// The points of a long file — "điểm".
    Points,
    /// A note — "ghi chú".
    Note,
    /// Bonus points — "điểm thưởng".
    Bonus,
    /// Deduction points — "điểm trừ".
    Deduction,
    /// A row number — "STT" (số thứ tự), which spreadsheets often carry; ignored.
    RowNumber,
}

/// What a units-file column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitColumn {
    /// The unit id — "mã".
    Id,
    /// The unit name — "tên".
    Name,
    /// The unit kind — "loại".
    Kind,
}

/// No column name is longer than this many bytes; longer texts are not folded at all.
const LONGEST: usize = 48;

/// Folds a name for comparison: no tone or vowel marks, `đ` → `d`, lowercase, single spaces.
pub(crate) fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        let c = match c {
            'đ' | 'Đ' => 'd',
            ' ' | '_' | '-' | '\t' | '\u{a0}' => {
                space = !out.is_empty();
                continue;
            }
            c => c,
        };
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// The score column a header cell names, if it is one of the known words.
pub(crate) fn score_column(name: &str) -> Option<ScoreColumn> {
    if name.len() > LONGEST {
        return None;
    }
    Some(match fold(name).as_str() {
        "unit" | "don vi" | "ma don vi" | "ten don vi" => ScoreColumn::Unit,
        "criterion" | "tieu chi" | "ma tieu chi" => ScoreColumn::Criterion,
        "points" | "point" | "diem" | "diem so" => ScoreColumn::Points,
        "note" | "notes" | "ghi chu" => ScoreColumn::Note,
        "bonus" | "diem thuong" => ScoreColumn::Bonus,
        "deduction" | "diem tru" => ScoreColumn::Deduction,
        "stt" => ScoreColumn::RowNumber,
        _ => return None,
    })
}

/// The units-file column a header cell names, if it is one of the known words.
pub(crate) fn unit_column(name: &str) -> Option<UnitColumn> {
    if name.len() > LONGEST {
        return None;
    }
    Some(match fold(name).as_str() {
        "id" | "ma" | "ma don vi" => UnitColumn::Id,
        "name" | "ten" | "ten don vi" => UnitColumn::Name,
        "kind" | "loai" | "loai don vi" => UnitColumn::Kind,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_names_match_without_marks_or_case() {
        for n in [
            "đơn vị",
            "Đơn vị",
            "ĐƠN VỊ",
            "don vi",
            "Don  Vi",
            "unit",
            "UNIT",
        ] {
            assert_eq!(score_column(n), Some(ScoreColumn::Unit), "{n}");
        }
        for n in ["Điểm thưởng", "diem_thuong", "bonus"] {
            assert_eq!(score_column(n), Some(ScoreColumn::Bonus), "{n}");
        }
        assert_eq!(score_column("Điểm trừ"), Some(ScoreColumn::Deduction));
        assert_eq!(score_column("điểm"), Some(ScoreColumn::Points));
        assert_eq!(score_column("Tiêu chí"), Some(ScoreColumn::Criterion));
        assert_eq!(score_column("Ghi chú"), Some(ScoreColumn::Note));
        assert_eq!(score_column("1.1"), None);
        assert_eq!(unit_column("Tên"), Some(UnitColumn::Name));
        // The decomposed form (NFD) of "Điểm" folds the same way.
        assert_eq!(fold("Đie\u{0302}\u{0309}m"), "diem");
    }
}
