//! Incomplete scores (SPEC §4): a leaf that no stage scored counts as 0 and flags the unit.
//! That is often just "scoring not finished", so it is a warning; `--strict` makes it fail.

use std::path::Path;

use crate::compute::CampaignResults;
use crate::diag::{Diagnostics, Pos, read_source};
use crate::model::Campaign;

/// Warns once per incomplete unit and rubric, naming the leaves without points. The warning is
/// placed on the unit's row in the rubric's latest score file (where the points would go), or
/// on the rubric when no score file exists yet.
pub fn warn_incomplete(root: &Path, campaigns: &[Campaign], results: &[CampaignResults], diags: &mut Diagnostics) {
    for (campaign, result) in campaigns.iter().zip(results) {
        for rubric in &result.rubrics {
            let latest = campaign.scores.get(&rubric.rubric).and_then(|stages| stages.last());
            let source = latest.map(|s| s.source.clone()).or_else(|| campaign.rubrics.iter().find(|r| r.id == rubric.rubric).map(|r| r.source.clone()));
            let Some(source) = source else { continue };
            let text = read_source(root, &source).ok();
            for unit in rubric.units.iter().filter(|u| !u.complete) {
                let missing: Vec<&str> = unit.criteria.iter().filter(|(_, c)| c.final_points.is_none()).map(|(id, _)| id.as_str()).collect();
                let pos = text.as_ref().and_then(|t| t.find_token(&unit.unit, 2)).map(|p| Pos::line(p.line)).or(Some(Pos::line(1)));
                let dir = source.parent().map(|p| p.display().to_string()).unwrap_or_default();
                diags.warning(
                    &source,
                    pos,
                    format!(
                        "{} ({}) has no points for {} {} at any stage: {} counted as 0 and the unit is marked incomplete",
                        unit.name,
                        unit.unit,
                        if missing.len() == 1 { "criterion" } else { "criteria" },
                        missing.join(", "),
                        if missing.len() == 1 { "it is" } else { "they are" }
                    ),
                    format!("add the points in a score file under {dir}/, or leave it while scoring is not finished (`--strict` fails on it)"),
                );
            }
        }
    }
}
