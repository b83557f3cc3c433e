//! Bands and tie-breakers of a rubric: how totals are classified and ties broken.

use crate::diag::catalogue::data_rubric::{
    RUBRIC_BAND_ADD_LABEL, RUBRIC_BAND_ADD_MIN, RUBRIC_BAND_NO_LABEL, RUBRIC_BAND_NO_MIN,
    RUBRIC_BAND_ORDER, RUBRIC_BAND_ORDER_HINT, RUBRIC_BAND_OWN_LABEL, RUBRIC_BAND_TWICE,
    RUBRIC_BONUS, RUBRIC_DEDUCTION, RUBRIC_TIE_NEEDS, RUBRIC_TIE_NEEDS_HINT, RUBRIC_TIE_ONCE,
    RUBRIC_TIE_TWICE, RUBRIC_TIE_UNKNOWN, RUBRIC_TIE_UNKNOWN_HINT,
};
use crate::model::{Band, Criterion, TieBreaker};
use crate::t;

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
            report.error(at.offset(), RUBRIC_BAND_NO_LABEL, RUBRIC_BAND_ADD_LABEL);
            continue;
        }
        if out.iter().any(|b| b.label == label) {
            report.error(
                at.key("label").offset(),
                t!(RUBRIC_BAND_TWICE, label = &label),
                RUBRIC_BAND_OWN_LABEL,
            );
            continue;
        }
        let Some(min_text) = &raw.min else {
            report.error(
                at.offset(),
                t!(RUBRIC_BAND_NO_MIN, label = &label),
                RUBRIC_BAND_ADD_MIN,
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
                t!(
                    RUBRIC_BAND_ORDER,
                    label = &label,
                    min = min,
                    above = &above.label,
                    above_min = above.min
                ),
                RUBRIC_BAND_ORDER_HINT,
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
                let what = if name == "bonus" {
                    RUBRIC_BONUS
                } else {
                    RUBRIC_DEDUCTION
                };
                report.error(
                    at,
                    t!(RUBRIC_TIE_NEEDS, name = name, what = t!(what)),
                    t!(RUBRIC_TIE_NEEDS_HINT, name = name),
                );
                continue;
            }
            id if find(criteria, id) => TieBreaker::Criterion(id.to_string()),
            _ => {
                report.error(
                    at,
                    t!(RUBRIC_TIE_UNKNOWN, name = name),
                    RUBRIC_TIE_UNKNOWN_HINT,
                );
                continue;
            }
        };
        if out.contains(&tb) {
            report.error(at, t!(RUBRIC_TIE_TWICE, name = name), RUBRIC_TIE_ONCE);
            continue;
        }
        out.push(tb);
    }
    out
}

fn find(list: &[Criterion], id: &str) -> bool {
    list.iter().any(|c| c.id == id || find(&c.items, id))
}
