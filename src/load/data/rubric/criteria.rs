//! The criteria tree — "tiêu chí": leaves carry `max`; a section's `max`, when written, must
//! equal the sum of its items' (SPEC §3.3).

use crate::diag::catalogue::data::DATA_WRITE_ZERO_OR_MORE;
use crate::diag::catalogue::data_rubric::{
    RUBRIC_CRITERION_ADD_ID, RUBRIC_CRITERION_ADD_TITLE, RUBRIC_CRITERION_NO_ID,
    RUBRIC_CRITERION_NO_MAX, RUBRIC_CRITERION_NO_MAX_HINT, RUBRIC_CRITERION_NO_TITLE,
    RUBRIC_MAX_NEGATIVE, RUBRIC_RESERVED_HINT, RUBRIC_RESERVED_ID, RUBRIC_SECTION_NO_ITEMS,
    RUBRIC_SECTION_NO_ITEMS_HINT, RUBRIC_SECTION_SUM, RUBRIC_SECTION_SUM_HINT,
};
use crate::model::{Criterion, Points};
use crate::t;

use super::super::ids::IdRegistry;
use super::super::numbers::parse_points;
use super::super::report::FileReport;
use super::super::yaml::{At, Num};
use super::raw::RawCriterion;

/// Criterion ids that name the rubric's other cells in score files.
pub(super) const RESERVED: [&str; 2] = ["bonus", "deduction"];

/// Validates a list of criteria at `at`. The flag is false when something below was invalid,
/// so that a section's sum is not compared with a sum that is missing a part.
pub(super) fn build(
    list: &[RawCriterion],
    at: At,
    ids: &mut IdRegistry,
    report: &mut FileReport,
) -> (Vec<Criterion>, bool) {
    let mut out = Vec::with_capacity(list.len());
    let mut all_ok = true;
    for (i, raw) in list.iter().enumerate() {
        let at = at.item(i);
        match build_one(raw, at, ids, report) {
            Some((c, ok)) => {
                all_ok &= ok;
                out.push(c);
            }
            None => all_ok = false,
        }
    }
    (out, all_ok)
}

fn build_one(
    raw: &RawCriterion,
    at: At,
    ids: &mut IdRegistry,
    report: &mut FileReport,
) -> Option<(Criterion, bool)> {
    let Some(id) = raw.id.as_ref().map(|t| t.0.trim().to_string()) else {
        report.error(at.offset(), RUBRIC_CRITERION_NO_ID, RUBRIC_CRITERION_ADD_ID);
        return None;
    };
    let id_at = at.key("id").offset();
    let mut ok = true;
    if RESERVED.contains(&id.as_str()) {
        report.error(
            id_at,
            t!(RUBRIC_RESERVED_ID, id = &id),
            RUBRIC_RESERVED_HINT,
        );
        ok = false;
    } else if !ids.check_unique(&id, id_at, report) {
        ok = false;
    }
    let title = raw
        .title
        .as_ref()
        .map(|t| t.0.trim().to_string())
        .unwrap_or_default();
    if title.is_empty() {
        report.error(
            at.offset(),
            t!(RUBRIC_CRITERION_NO_TITLE, id = &id),
            RUBRIC_CRITERION_ADD_TITLE,
        );
        ok = false;
    }
    let written_max = match &raw.max {
        Some(m) => {
            let max = read_max(m, at.key("max").offset(), report);
            ok &= max.is_some();
            max
        }
        None => None,
    };
    match &raw.items {
        Some(items) if items.is_empty() => {
            report.error(
                at.key("items").offset(),
                t!(RUBRIC_SECTION_NO_ITEMS, id = &id),
                RUBRIC_SECTION_NO_ITEMS_HINT,
            );
            None
        }
        Some(items) => {
            let (children, children_ok) = build(items, at.key("items"), ids, report);
            let sum: Points = children.iter().map(|c| c.max).sum();
            if let (Some(max), true) = (written_max, children_ok)
                && max != sum
            {
                report.error(
                    at.key("max").offset(),
                    t!(RUBRIC_SECTION_SUM, id = &id, max = max, sum = sum),
                    t!(RUBRIC_SECTION_SUM_HINT, sum = sum),
                );
                ok = false;
            }
            Some((
                Criterion {
                    id,
                    title,
                    max: sum,
                    items: children,
                },
                ok && children_ok,
            ))
        }
        None => match written_max {
            Some(max) => Some((
                Criterion {
                    id,
                    title,
                    max,
                    items: Vec::new(),
                },
                ok,
            )),
            None => {
                if raw.max.is_none() {
                    report.error(
                        at.offset(),
                        t!(RUBRIC_CRITERION_NO_MAX, id = &id),
                        RUBRIC_CRITERION_NO_MAX_HINT,
                    );
                }
                None
            }
        },
    }
}

/// Reads a `max`: a number with at most two decimals, not negative.
pub(super) fn read_max(m: &Num, at: usize, report: &mut FileReport) -> Option<Points> {
    match parse_points(&m.0, false) {
        Ok(p) if p < Points::ZERO => {
            report.error(
                at,
                t!(RUBRIC_MAX_NEGATIVE, max = p),
                DATA_WRITE_ZERO_OR_MORE,
            );
            None
        }
        Ok(p) => Some(p),
        Err(e) => {
            report.error(at, e.message(&m.0), e.yaml_hint());
            None
        }
    }
}
