//! The criteria tree — "tiêu chí": leaves carry `max`; a section's `max`, when written, must
//! equal the sum of its items' (SPEC §3.3).

use crate::model::{Criterion, Points};

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
        report.error(
            at.offset(),
            "this criterion has no `id`",
            "add `id: \"1.1\"` (any text, unique in the rubric)",
        );
        return None;
    };
    let id_at = at.key("id").offset();
    let mut ok = true;
    if RESERVED.contains(&id.as_str()) {
        report.error(id_at, format_args!("`{id}` cannot be a criterion id"), "bonus and deduction are reserved for the rubric's own bonus and deduction; choose another id");
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
            format_args!("criterion `{id}` has no title"),
            "add `title: …`",
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
                format_args!("section `{id}` has no items"),
                "list its items, or remove `items:` and give it a `max` to make it a leaf",
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
                    format_args!("section `{id}` has max {max} but its items add up to {sum}"),
                    format_args!("write max: {sum}, correct the items' max, or leave max out"),
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
                    report.error(at.offset(), format_args!("criterion `{id}` has no max"), "give a leaf its maximum points (max: 10), or give it items to make it a section");
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
                format_args!("the maximum cannot be negative ({p})"),
                "write a number of 0 or more",
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
