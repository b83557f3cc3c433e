//! Campaigns — "phong trào thi đua" (SPEC §3.2): `data/campaigns/<id>/campaign.yaml`, its
//! rubrics and its scores, loaded and checked together.

mod awards;
mod clusters;
mod decisions;
mod nominations;
mod raw;
mod rubric_files;
mod schedule;
mod stages;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostics;
use crate::diag::catalogue::data_campaign::{
    CAMPAIGN_ADD_FILE, CAMPAIGN_ADD_TITLE, CAMPAIGN_EMPTY_HINT, CAMPAIGN_KEEP_ONE,
    CAMPAIGN_NO_FILE, CAMPAIGN_NO_TITLE, CAMPAIGN_NOT_A_YEAR, CAMPAIGN_TWICE, CAMPAIGN_YEAR_HINT,
};
use crate::model::Campaign;
use crate::t;

use super::read::read_text;
use super::report::FileReport;
use super::scores::load_scores;
use super::units::UnitIndex;
use super::walk::{self, Entry};
use super::yaml;
use nominations::nominations;
use raw::{RawCampaign, text};
use rubric_files::{declared_rubrics, rubrics};
use stages::stages;

/// What loading one campaign folder gave: the campaign (when its `campaign.yaml` could be
/// read), the files read and the problems found.
pub(crate) struct Loaded {
    /// The campaign, possibly missing the parts that were wrong.
    pub campaign: Option<Campaign>,
    /// Every file read, relative to the site root.
    pub sources: Vec<PathBuf>,
    /// Every problem found.
    pub diags: Diagnostics,
}

/// Loads the campaign in the folder `dir` (under `data/campaigns/`).
pub(crate) fn load_campaign(root: &Path, dir: &Entry, units: &UnitIndex) -> Loaded {
    let mut diags = Diagnostics::new();
    let mut sources = Vec::new();
    let campaign = load(root, dir, units, &mut sources, &mut diags);
    sources.sort();
    if let Some(c) = &campaign {
        debug_assert_eq!(c.sources, sources);
    }
    Loaded {
        campaign,
        sources,
        diags,
    }
}

fn load(
    root: &Path,
    dir: &Entry,
    units: &UnitIndex,
    sources: &mut Vec<PathBuf>,
    diags: &mut Diagnostics,
) -> Option<Campaign> {
    let entries = walk::list(root, &dir.rel);
    let files = walk::yaml_named(&entries, "campaign");
    let file = match files.as_slice() {
        [] => {
            diags.error(
                dir.rel.join("campaign.yaml"),
                None,
                CAMPAIGN_NO_FILE,
                CAMPAIGN_ADD_FILE,
            );
            return None;
        }
        [first, rest @ ..] => {
            for other in rest {
                diags.error(
                    &other.rel,
                    None,
                    t!(CAMPAIGN_TWICE, first = first.rel.display()),
                    CAMPAIGN_KEEP_ONE,
                );
            }
            *first
        }
    };
    let src = match read_text(root, &file.rel) {
        Ok(s) => s,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    sources.push(file.rel.clone());
    // The units' names and kinds shape the results too, so the units file is a source of
    // every campaign (results.json lists it with its checksum).
    sources.extend(
        units
            .source
            .iter()
            .filter(|p| root.join(p).is_file())
            .cloned(),
    );
    let mut report = FileReport::new(&src);
    let parsed = match yaml::parse::<RawCampaign>(&src, CAMPAIGN_EMPTY_HINT) {
        Ok(p) => p,
        Err(d) => {
            report.push(d);
            report.finish(diags);
            return None;
        }
    };
    let raw = &parsed.value;
    let root_at = parsed.root();

    let title = text(&raw.title);
    if title.is_empty() {
        report.error(root_at.offset(), CAMPAIGN_NO_TITLE, CAMPAIGN_ADD_TITLE);
    }
    let year = raw.year.as_ref().and_then(|y| {
        let parsed = y.0.trim().parse::<i32>().ok();
        if parsed.is_none() {
            report.error(
                root_at.key("year").offset(),
                t!(CAMPAIGN_NOT_A_YEAR, year = y.0.trim()),
                CAMPAIGN_YEAR_HINT,
            );
        }
        parsed
    });
    let stages = stages(raw.stages.as_deref(), root_at.key("stages"), &mut report);
    let clusters = raw
        .clusters
        .as_deref()
        .map(|c| clusters::clusters(c, root_at.key("clusters"), units, &mut report))
        .unwrap_or_default();
    let declared = declared_rubrics(
        raw.rubrics.as_deref().unwrap_or_default(),
        root_at.key("rubrics"),
        &mut report,
    );
    let nominations = nominations(
        raw.nominations.as_ref(),
        root_at.key("nominations"),
        &clusters,
        &mut report,
    );
    let rubrics = rubrics(root, dir, &declared, units, &mut report, sources, diags);

    let declared_ids: Vec<String> = declared.iter().map(|(id, _)| id.clone()).collect();
    let ctx = awards::Context {
        declared: &declared_ids,
        rubrics: &rubrics,
        has_clusters: !clusters.is_empty(),
    };
    let awards = raw
        .awards
        .as_deref()
        .map(|a| awards::awards(a, root_at.key("awards"), &ctx, &mut report))
        .unwrap_or_default();
    let mut campaign = Campaign {
        id: dir.name.clone(),
        title,
        year,
        organiser: text(&raw.organiser),
        description: raw
            .description
            .as_ref()
            .map(|d| d.0.trim_end().to_string())
            .unwrap_or_default(),
        illustrative: raw.illustrative.unwrap_or(false),
        stages,
        clusters,
        rubrics,
        awards,
        nominations,
        scores: BTreeMap::new(),
        sources: Vec::new(),
        ..Campaign::default()
    };
    decisions::read_proceedings(raw, root_at, &mut report, &mut campaign);
    report.finish(diags);
    let scores = load_scores(root, &dir.rel, &campaign, &declared_ids, units);
    campaign.scores = scores.scores;
    sources.extend(scores.sources);
    diags.extend(scores.diags);
    sources.sort();
    campaign.sources = sources.clone();
    Some(campaign)
}
