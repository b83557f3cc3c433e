//! Incomplete scores (SPEC §4): a leaf that no stage scored counts as 0 and flags the unit.
//! That is often just "scoring not finished", so it is a warning; `--strict` makes it fail.

use std::path::{Path, PathBuf};

use crate::compute::UnitResult;
use crate::diag::catalogue::site as msg;
use crate::diag::{Diagnostics, Pos, Severity, Text};
use crate::load::files::read_text;
use crate::model::Campaign;
use crate::site::Scored;

/// Warns once per incomplete unit and rubric, naming the leaves without points. A campaign
/// whose files already have errors is skipped: a rejected cell would show up here as a
/// missing one, and the error already says what to fix.
pub fn warn_incomplete(root: &Path, campaigns: &[Scored], diags: &mut Diagnostics) {
    for Scored {
        campaign,
        results: result,
    } in campaigns
    {
        let folder = Path::new("data/campaigns").join(&campaign.id);
        let has_errors = diags
            .iter()
            .any(|d| d.severity == Severity::Error && d.file.starts_with(&folder));
        if has_errors {
            continue;
        }
        for rubric in &result.rubrics {
            for unit in rubric.units.iter().filter(|u| !u.complete) {
                let (file, pos) = place(root, campaign, &rubric.rubric, &unit.unit);
                let dir = file
                    .parent()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                diags.warning(
                    &file,
                    pos,
                    message(unit),
                    crate::t!(msg::BUILD_INCOMPLETE_HINT, dir = dir),
                );
            }
        }
    }
}

fn message(unit: &UnitResult) -> Text {
    let missing: Vec<&str> = unit
        .criteria
        .iter()
        .filter(|(_, c)| c.final_points.is_none())
        .map(|(id, _)| &**id)
        .collect();
    let phrase = if missing.len() == 1 {
        msg::BUILD_INCOMPLETE_ONE
    } else {
        msg::BUILD_INCOMPLETE_MANY
    };
    crate::t!(
        phrase,
        name = &unit.name,
        unit = &unit.unit,
        criteria = missing.join(", ")
    )
}

/// Where the points would go: the unit's row in the latest score file that lists the unit,
/// else the first score file of the rubric, else the rubric file.
fn place(root: &Path, campaign: &Campaign, rubric: &str, unit: &str) -> (PathBuf, Option<Pos>) {
    let stages = campaign
        .scores
        .get(rubric)
        .map(Vec::as_slice)
        .unwrap_or_default();
    if let Some(stage) = stages.iter().rev().find(|s| s.units.contains_key(unit)) {
        let line = read_text(root, &stage.source)
            .ok()
            .and_then(|t| t.find_token(unit, 2))
            .map(|p| Pos::line(p.line));
        return (stage.source.clone(), line.or(Some(Pos::line(1))));
    }
    if let Some(first) = stages.first() {
        return (first.source.clone(), None);
    }
    let file = campaign
        .rubrics
        .iter()
        .find(|r| r.id == rubric)
        .map(|r| r.source.clone())
        .unwrap_or_else(|| PathBuf::from("data/campaigns").join(&campaign.id));
    (file, None)
}
