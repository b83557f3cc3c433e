//! Rubrics — "bảng chấm điểm" (SPEC §3.3): `rubrics/<id>.yaml` in a campaign folder.

mod criteria;
mod ranking;
mod raw;
#[cfg(test)]
mod tests;

use std::collections::HashSet;

use crate::diag::catalogue::data::{DATA_KIND_CRITERION, DATA_WRITE_ZERO_OR_MORE};
use crate::diag::catalogue::data_rubric::{
    RUBRIC_ADD_CRITERIA, RUBRIC_ADD_TITLE, RUBRIC_BONUS, RUBRIC_CAP_ADD_MAX, RUBRIC_CAP_NEGATIVE,
    RUBRIC_CAP_NO_MAX, RUBRIC_DEDUCTION, RUBRIC_EMPTY_HINT, RUBRIC_KIND_ONCE, RUBRIC_KIND_TWICE,
    RUBRIC_NO_CRITERIA, RUBRIC_NO_TITLE, RUBRIC_PARTICIPANT_ONCE, RUBRIC_PARTICIPANTS_BOTH,
    RUBRIC_PARTICIPANTS_HINT, RUBRIC_PARTICIPANTS_KEEP_ONE, RUBRIC_PARTICIPANTS_NEITHER,
    RUBRIC_UNIT_TWICE,
};
use crate::diag::text::Phrase;
use crate::diag::{Diagnostics, SourceText};
use crate::model::{Participants, Points, Rubric};
use crate::t;

use super::ids::IdRegistry;
use super::numbers::parse_points;
use super::report::FileReport;
use super::units::UnitIndex;
use super::yaml::{self, At};
use raw::{RawCap, RawParticipants, RawRubric};

/// Loads the rubric `id` from `src`; `None` when the file cannot be parsed or a criterion is
/// wrong (its score files are then not checked: every one would repeat the same problem).
/// Every problem is reported; a rubric whose bands or tie-breakers are wrong is still returned,
/// so that its score files are checked too.
pub(crate) fn load_rubric(
    src: &SourceText,
    id: &str,
    units: &UnitIndex,
    diags: &mut Diagnostics,
) -> Option<Rubric> {
    let mut report = FileReport::new(src);
    let rubric = build(src, id, units, &mut report);
    report.finish(diags);
    rubric
}

fn build(src: &SourceText, id: &str, units: &UnitIndex, report: &mut FileReport) -> Option<Rubric> {
    let parsed = match yaml::parse::<RawRubric>(src, RUBRIC_EMPTY_HINT) {
        Ok(p) => p,
        Err(d) => {
            report.push(d);
            return None;
        }
    };
    let raw = &parsed.value;
    let root = parsed.root();
    let title = raw
        .title
        .as_ref()
        .map(|t| t.0.trim().to_string())
        .unwrap_or_default();
    if title.is_empty() {
        report.error(root.offset(), RUBRIC_NO_TITLE, RUBRIC_ADD_TITLE);
    }
    let participants = match &raw.participants {
        Some(p) => participants(p, root.key("participants"), units, report),
        None => Participants::Default,
    };
    let mut ids = IdRegistry::new(DATA_KIND_CRITERION);
    let (criteria, criteria_ok) = match &raw.criteria {
        Some(list) if !list.is_empty() => {
            criteria::build(list, root.key("criteria"), &mut ids, report)
        }
        _ => {
            report.error(
                root.key("criteria").offset(),
                RUBRIC_NO_CRITERIA,
                RUBRIC_ADD_CRITERIA,
            );
            (Vec::new(), false)
        }
    };
    let bonus_max = raw
        .bonus
        .as_ref()
        .and_then(|c| cap(c, "bonus", RUBRIC_BONUS, root.key("bonus"), report));
    let deduction_max = raw.deduction.as_ref().and_then(|c| {
        cap(
            c,
            "deduction",
            RUBRIC_DEDUCTION,
            root.key("deduction"),
            report,
        )
    });
    let bands = raw
        .bands
        .as_deref()
        .map(|b| ranking::bands(b, root.key("bands"), report))
        .unwrap_or_default();
    // A tree with a broken criterion would make every score file and tie-breaker naming that
    // criterion wrong as well: the rubric counts as not loaded, the rest of it still checked.
    if !criteria_ok {
        return None;
    }
    let tie_breakers = raw
        .tie_breakers
        .as_deref()
        .map(|t| {
            ranking::tie_breakers(
                t,
                root.key("tie_breakers"),
                &criteria,
                bonus_max.is_some(),
                deduction_max.is_some(),
                report,
            )
        })
        .unwrap_or_default();
    Some(Rubric {
        id: id.to_string(),
        title,
        participants,
        criteria,
        bonus_max,
        deduction_max,
        bands,
        tie_breakers,
        source: src.path.clone(),
    })
}

/// `bonus: {max: 5}` — "điểm thưởng" — or `deduction: {max: 10}` — "điểm trừ"; `key` is
/// the key, `what` the words for it ([`RUBRIC_BONUS`], [`RUBRIC_DEDUCTION`]).
fn cap(c: &RawCap, key: &str, what: Phrase, at: At, report: &mut FileReport) -> Option<Points> {
    let Some(m) = &c.max else {
        report.error(
            at.offset(),
            t!(RUBRIC_CAP_NO_MAX, what = t!(what)),
            t!(RUBRIC_CAP_ADD_MAX, key = key, what = t!(what)),
        );
        return None;
    };
    match parse_points(&m.0, false) {
        Ok(p) if p < Points::ZERO => {
            report.error(
                at.key("max").offset(),
                t!(RUBRIC_CAP_NEGATIVE, what = t!(what), max = p),
                DATA_WRITE_ZERO_OR_MORE,
            );
            None
        }
        Ok(p) => Some(p),
        Err(e) => {
            report.error(at.key("max").offset(), e.message(&m.0), e.yaml_hint());
            None
        }
    }
}

/// `participants: {kinds: […]}` or `{units: […]}`.
fn participants(
    p: &RawParticipants,
    at: At,
    units: &UnitIndex,
    report: &mut FileReport,
) -> Participants {
    match (&p.kinds, &p.units) {
        (Some(_), Some(_)) => {
            report.error(
                at.key("units").offset(),
                RUBRIC_PARTICIPANTS_BOTH,
                RUBRIC_PARTICIPANTS_KEEP_ONE,
            );
            Participants::Default
        }
        (None, None) => {
            report.error(
                at.offset(),
                RUBRIC_PARTICIPANTS_NEITHER,
                RUBRIC_PARTICIPANTS_HINT,
            );
            Participants::Default
        }
        (Some(kinds), None) => {
            let mut out: Vec<String> = Vec::new();
            for (i, k) in kinds.iter().enumerate() {
                let kind = k.0.trim().to_string();
                let at = at.key("kinds").item(i).offset();
                if out.contains(&kind) {
                    report.error(at, t!(RUBRIC_KIND_TWICE, kind = &kind), RUBRIC_KIND_ONCE);
                    continue;
                }
                out.push(kind);
            }
            Participants::Kinds(out)
        }
        (None, Some(list)) => {
            let mut seen = HashSet::new();
            let mut out = Vec::new();
            for (i, u) in list.iter().enumerate() {
                let id = u.0.trim().to_string();
                let at = at.key("units").item(i).offset();
                if !units.check_known(&id, at, report) {
                    continue;
                }
                if !seen.insert(id.clone()) {
                    report.error(at, t!(RUBRIC_UNIT_TWICE, id = &id), RUBRIC_PARTICIPANT_ONCE);
                    continue;
                }
                out.push(id);
            }
            Participants::Units(out)
        }
    }
}
