//! Campaigns — "phong trào thi đua" (SPEC §3.2): `data/campaigns/<id>/campaign.yaml`, its
//! rubrics and its scores, loaded and checked together.

mod awards;
mod clusters;
mod raw;
mod schedule;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostics, SourceText, read_source};
use crate::model::{Campaign, Cluster, Rubric, Stage};

use super::ids::IdRegistry;
use super::report::FileReport;
use super::rubric::load_rubric;
use super::scores::load_scores;
use super::units::UnitIndex;
use super::walk::{self, Entry};
use super::yaml::{self, At, Pairs, Text};
use raw::{RawCampaign, RawStage, text};

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
                "this campaign folder has no campaign.yaml",
                "add campaign.yaml with at least a title (see docs/data-formats.md)",
            );
            return None;
        }
        [first, rest @ ..] => {
            for other in rest {
                diags.error(
                    &other.rel,
                    None,
                    format!(
                        "the campaign is described twice: here and in {}",
                        first.rel.display()
                    ),
                    "keep only one campaign.yaml",
                );
            }
            *first
        }
    };
    let src = match read_source(root, &file.rel) {
        Ok(s) => s,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    sources.push(file.rel.clone());
    let mut report = FileReport::new(&src);
    let parsed = match yaml::parse::<RawCampaign>(
        &src,
        "describe the campaign: at least `title: …` (see docs/data-formats.md)",
    ) {
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
        report.error(
            root_at.offset(),
            "the campaign has no title",
            "add `title: …` at the top of campaign.yaml",
        );
    }
    let year = raw.year.as_ref().and_then(|y| {
        let parsed = y.0.trim().parse::<i32>().ok();
        if parsed.is_none() {
            report.error(
                root_at.key("year").offset(),
                format_args!("`{}` is not a year", y.0.trim()),
                "write the year as a number, e.g. year: 2023",
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
        units,
    };
    let awards = raw
        .awards
        .as_deref()
        .map(|a| awards::awards(a, root_at.key("awards"), &ctx, &mut report))
        .unwrap_or_default();
    report.finish(diags);

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
    };
    let scores = load_scores(root, &dir.rel, &campaign, &declared_ids, units);
    campaign.scores = scores.scores;
    sources.extend(scores.sources);
    diags.extend(scores.diags);
    sources.sort();
    campaign.sources = sources.clone();
    Some(campaign)
}

/// The stages in order; the three defaults when none are listed (SPEC §3.2).
fn stages(list: Option<&[RawStage]>, at: At, report: &mut FileReport) -> Vec<Stage> {
    let Some(list) = list else {
        return Stage::defaults();
    };
    if list.is_empty() {
        report.error(
            at.offset(),
            "the campaign lists no stages",
            "list at least one stage, or remove `stages:` to use self, cluster and appraised",
        );
        return Stage::defaults();
    }
    let mut ids = IdRegistry::new("stage");
    let mut out = Vec::with_capacity(list.len());
    for (i, s) in list.iter().enumerate() {
        let at = at.item(i);
        let Some(id) = &s.id else {
            report.error(
                at.offset(),
                "this stage has no `id`",
                "add `id: …`, e.g. {id: self, label: Tự chấm}",
            );
            continue;
        };
        let id = id.0.trim().to_string();
        if ids.check(&id, at.key("id").offset(), report) {
            let label = text(&s.label);
            out.push(Stage {
                label: if label.is_empty() { id.clone() } else { label },
                id,
            });
        }
    }
    out
}

/// The rubric ids listed under `rubrics:`, with where each is written.
fn declared_rubrics(list: &[Text], at: At, report: &mut FileReport) -> Vec<(String, usize)> {
    let mut ids = IdRegistry::new("rubric");
    let mut out = Vec::with_capacity(list.len());
    for (i, t) in list.iter().enumerate() {
        let id = t.0.trim().to_string();
        let offset = at.item(i).offset();
        if ids.check(&id, offset, report) {
            out.push((id, offset));
        }
    }
    out
}

/// Nominations — "suy tôn": cluster id → honoree ids (checked against honorees elsewhere).
fn nominations(
    raw: Option<&Pairs<Text, Option<Vec<Text>>>>,
    at: At,
    clusters: &[Cluster],
    report: &mut FileReport,
) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for (i, (key, list)) in raw
        .map(|p| p.0.as_slice())
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let cluster = key.0.trim().to_string();
        let key_at = at.entry_key(i).offset();
        if !clusters.iter().any(|c| c.id == cluster) {
            let hint = if clusters.is_empty() {
                "nominations are made per cluster, and this campaign has no clusters".to_string()
            } else {
                format!(
                    "use a cluster id: {}",
                    clusters
                        .iter()
                        .map(|c| c.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            report.error(
                key_at,
                format_args!("`{cluster}` is not a cluster of this campaign"),
                hint,
            );
            continue;
        }
        if out.contains_key(&cluster) {
            report.error(
                key_at,
                format_args!("the nominations of cluster `{cluster}` are given twice"),
                "put them in one list",
            );
            continue;
        }
        let ids = list
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|t| t.0.trim().to_string())
            .collect();
        out.insert(cluster, ids);
    }
    out
}

/// Loads the declared rubrics from `rubrics/`, in the declared order, and reports rubric files
/// that nobody declared.
fn rubrics(
    root: &Path,
    dir: &Entry,
    declared: &[(String, usize)],
    units: &UnitIndex,
    report: &mut FileReport,
    sources: &mut Vec<PathBuf>,
    diags: &mut Diagnostics,
) -> Vec<Rubric> {
    let folder = dir.rel.join("rubrics");
    let entries = walk::list(root, &folder);
    for e in &entries {
        let stem = e.stem_and_ext().0;
        if e.is_yaml() && !declared.iter().any(|(id, _)| id == stem) {
            diags.error(
                &e.rel,
                None,
                format!("a file for a rubric that is not declared: `{stem}`"),
                format!(
                    "add {stem} to `rubrics:` in {}, or remove this file",
                    dir.rel.join("campaign.yaml").display()
                ),
            );
        } else if !e.is_yaml() {
            diags.warning(
                &e.rel,
                None,
                "ignored: only .yaml files belong in rubrics/",
                "move or remove it",
            );
        }
    }
    let mut out = Vec::with_capacity(declared.len());
    for (id, offset) in declared {
        let files = walk::yaml_named(&entries, id);
        let Some(file) = files.first() else {
            report.error(
                *offset,
                format_args!(
                    "rubric `{id}` has no file {}",
                    folder.join(format!("{id}.yaml")).display()
                ),
                format_args!("create that file, or remove `{id}` from rubrics:"),
            );
            continue;
        };
        for other in &files[1..] {
            diags.error(
                &other.rel,
                None,
                format!(
                    "rubric `{id}` is given twice: here and in {}",
                    file.rel.display()
                ),
                "keep one of the two files",
            );
        }
        let src: SourceText = match read_source(root, &file.rel) {
            Ok(s) => s,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        sources.push(file.rel.clone());
        if let Some(r) = load_rubric(&src, id, units, diags) {
            out.push(r);
        }
    }
    out
}
