//! Bands and tie-breakers of a rubric: how totals are classified and ties broken.

use crate::model::{Band, Criterion, TieBreaker};

use super::super::numbers::parse_points;
use super::super::report::FileReport;
use super::super::yaml::{At, Text};
use super::raw::RawBand;

/// Bands — "xếp loại", highest first: labels unique, each `min` strictly below the one above.
pub(super) fn bands(list: &[RawBand], at: At, report: &mut FileReport) -> Vec<Band> {
    let mut out: Vec<Band> = Vec::with_capacity(list.len());
    for (i, raw) in list.iter().enumerate() {
        let at = at.item(i);
        let label = raw
            .label
            .as_ref()
            .map(|t| t.0.trim().to_string())
            .unwrap_or_default();
        if label.is_empty() {
            report.error(
                at.offset(),
                "this band has no label",
                "add `label: …`, e.g. label: Xuất sắc",
            );
            continue;
        }
        if out.iter().any(|b| b.label == label) {
            report.error(
                at.key("label").offset(),
                format_args!("the band `{label}` is listed twice"),
                "give each band its own label",
            );
            continue;
        }
        let Some(min_text) = &raw.min else {
            report.error(
                at.offset(),
                format_args!("band `{label}` has no min"),
                "add the lowest total that reaches it: min: 90",
            );
            continue;
        };
        let min = match parse_points(&min_text.0, false) {
            Ok(p) => p,
            Err(e) => {
                report.error(
                    at.key("min").offset(),
                    e.message(&min_text.0),
                    e.yaml_hint(),
                );
                continue;
            }
        };
        if let Some(above) = out.last()
            && min >= above.min
        {
            report.error(
                at.key("min").offset(),
                format_args!("band `{label}` has min {min}, which is not below the band above it (`{}`, min {})", above.label, above.min),
                "list the bands from highest to lowest, each with a lower min than the one before",
            );
            continue;
        }
        out.push(Band { label, min });
    }
    out
}

/// Tie-breakers: criterion or section ids of the rubric (higher wins), `bonus` (higher wins)
/// or `deduction` (lower wins); `bonus` and `deduction` only when the rubric has them.
pub(super) fn tie_breakers(
    list: &[Text],
    at: At,
    criteria: &[Criterion],
    has_bonus: bool,
    has_deduction: bool,
    report: &mut FileReport,
) -> Vec<TieBreaker> {
    let mut out: Vec<TieBreaker> = Vec::with_capacity(list.len());
    for (i, t) in list.iter().enumerate() {
        let name = t.0.trim();
        let at = at.item(i).offset();
        let tb = match name {
            "bonus" if has_bonus => TieBreaker::Bonus,
            "deduction" if has_deduction => TieBreaker::Deduction,
            "bonus" | "deduction" => {
                report.error(
                    at,
                    format_args!("the tie-breaker `{name}` needs a {name} in this rubric, and it has none"),
                    format_args!("add `{name}: {{max: …}}` to the rubric, or remove `{name}` from tie_breakers"),
                );
                continue;
            }
            id if find(criteria, id) => TieBreaker::Criterion(id.to_string()),
            _ => {
                report.error(
                    at,
                    format_args!("the tie-breaker `{name}` is not a criterion of this rubric"),
                    "use criterion or section ids of this rubric, `bonus` or `deduction`",
                );
                continue;
            }
        };
        if out.contains(&tb) {
            report.error(
                at,
                format_args!("the tie-breaker `{name}` is listed twice"),
                "list each tie-breaker once",
            );
            continue;
        }
        out.push(tb);
    }
    out
}

fn find(list: &[Criterion], id: &str) -> bool {
    list.iter().any(|c| c.id == id || find(&c.items, id))
}
