//! What a change of scores moved in one campaign: its results computed before and after are
//! compared unit by unit, so that only the pages showing a row that differs are rendered again
//! (a unit's scorecard and page, the boards listing it), and the pages that show the campaign
//! as a whole (its page, its files, the home page, the list of campaigns, handouts) once.
//!
//! A unit's row on a rubric is everything its scorecard, its page and a board print of it:
//! its computed result (cells, subtotals, total, band, ranks), the awards it won, and what each
//! stage gave it (cells and notes). When a change reaches more than rows (the campaign's
//! definition, the set of units ranked, the stages read, the size of a cluster), the change is
//! not one of rows and the caller renders by the declarations of [`crate::render::reads`].

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::compute::{AwardResult, RubricResults, UnitResult};
use crate::model::scores::{StageScores, UnitStageScores};
use crate::render::Output;
use crate::render::pages::PageOutput;
use crate::render::reads::same_head;
use crate::site::{Scored, Site};

/// How a campaign's new results differ from its old ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Nothing the site prints differs.
    Same,
    /// Only rows of units differ (and what lists them).
    Rows(Rows),
    /// More than rows: the definition, the units ranked, the stages or the clusters' sizes.
    Whole,
}

/// The rows that differ, rubric by rubric (in the campaign's rubric order).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rows {
    /// One entry per rubric.
    pub rubrics: Vec<RubricRows>,
}

/// The rows of one rubric that differ.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RubricRows {
    /// Units whose row differs.
    pub units: BTreeSet<String>,
    /// Clusters whose board differs: a changed unit's cluster, or every cluster when an
    /// award every cluster's board shows (one not given per cluster) moved.
    pub clusters: BTreeSet<String>,
    /// The overall board differs (a row or the order of rows).
    pub board: bool,
}

impl Rows {
    /// True when some unit's row differs on some rubric.
    pub fn any(&self) -> bool {
        self.rubrics.iter().any(|r| r.board)
    }

    /// True when the unit's row differs on some rubric.
    pub fn unit(&self, id: &str) -> bool {
        self.rubrics.iter().any(|r| r.units.contains(id))
    }
}

/// Compares the results of the same campaign computed twice. `hashes_same` tells whether the
/// campaign's files hash the same (its `results.json` lists the hashes); `kept[i]` is true
/// when the `i`-th rubric's results were kept as they were (none of its files changed), so
/// its rows are not compared one by one.
pub fn compare(old: &Scored, new: &Scored, hashes_same: bool, kept: &[bool]) -> Change {
    if !same_head(&old.campaign, &new.campaign)
        || old.results.rubrics.len() != new.results.rubrics.len()
    {
        return Change::Whole;
    }
    let mut rows = Rows::default();
    for (i, (a, b)) in old
        .results
        .rubrics
        .iter()
        .zip(&new.results.rubrics)
        .enumerate()
    {
        if kept.get(i) == Some(&true) {
            rows.rubrics.push(RubricRows::default());
            continue;
        }
        let sheets_a = sheets(old, &a.rubric);
        let sheets_b = sheets(new, &b.rubric);
        match rubric_rows(a, b, sheets_a, sheets_b) {
            Some(r) => rows.rubrics.push(r),
            None => return Change::Whole,
        }
    }
    // The kept rubrics are stand-ins in `new` (see `reload::recompute`): they are not compared.
    // Only asked when no row moved (a national campaign's scores take a tenth of a second to
    // compare).
    let same = || {
        old.campaign == new.campaign
            && old
                .results
                .rubrics
                .iter()
                .zip(&new.results.rubrics)
                .enumerate()
                .all(|(i, (a, b))| kept.get(i) == Some(&true) || a == b)
    };
    if rows.any() {
        Change::Rows(rows)
    } else if hashes_same && same() {
        Change::Same
    } else {
        // Something no row shows (a file's hash, a note nobody prints): the pages of the
        // campaign as a whole are rendered again, no unit's.
        Change::Rows(rows)
    }
}

/// The stage sheets of a rubric.
fn sheets<'a>(s: &'a Scored, rubric: &str) -> &'a [StageScores] {
    s.campaign
        .scores
        .get(rubric)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// The rows of a rubric that differ; `None` when more than rows differ.
fn rubric_rows(
    a: &RubricResults,
    b: &RubricResults,
    sheets_a: &[StageScores],
    sheets_b: &[StageScores],
) -> Option<RubricRows> {
    let same_frame = a.rubric == b.rubric
        && a.max == b.max
        && a.cluster_sizes == b.cluster_sizes
        && a.units.len() == b.units.len()
        && sheets_a.len() == sheets_b.len()
        && sheets_a
            .iter()
            .zip(sheets_b)
            .all(|(x, y)| x.stage == y.stage && x.source == y.source);
    if !same_frame {
        return None;
    }
    let mut out = RubricRows::default();
    if a == b && sheets_a == sheets_b {
        return Some(out);
    }
    let old: HashMap<&str, &UnitResult> = a.units.iter().map(|u| (u.unit.as_str(), u)).collect();
    let (won_a, won_b) = (awards_by_unit(&a.awards), awards_by_unit(&b.awards));
    for u in &b.units {
        let before = old.get(u.unit.as_str())?;
        let differs = *before != u
            || won_a.get(u.unit.as_str()) != won_b.get(u.unit.as_str())
            || stage_rows(sheets_a, &u.unit) != stage_rows(sheets_b, &u.unit);
        if differs {
            out.units.insert(u.unit.clone());
            out.clusters
                .extend(before.cluster.iter().chain(&u.cluster).cloned());
        }
    }
    let order_moved = a.units.iter().zip(&b.units).any(|(x, y)| x.unit != y.unit);
    // Awards given over the whole rubric show on every cluster's board.
    let overall = |r: &RubricResults| -> Vec<AwardResult> {
        r.awards
            .iter()
            .filter(|x| x.cluster.is_none())
            .cloned()
            .collect()
    };
    if overall(a) != overall(b) || a.awards.len() != b.awards.len() {
        out.clusters
            .extend(b.units.iter().filter_map(|u| u.cluster.clone()));
    }
    out.board = !out.units.is_empty() || order_moved || a.awards != b.awards;
    Some(out)
}

/// The awards each unit won on a rubric, as its row shows them (in the rubric's award order).
fn awards_by_unit(awards: &[AwardResult]) -> HashMap<&str, Vec<(&str, bool)>> {
    let mut won: HashMap<&str, Vec<(&str, bool)>> = HashMap::new();
    for a in awards {
        for (i, u) in a.units.iter().enumerate() {
            // A unit named twice in one award still shows it once.
            if !a.units[..i].contains(u) {
                won.entry(u.as_str())
                    .or_default()
                    .push((a.title.as_str(), a.tie));
            }
        }
    }
    won
}

/// What each stage gave a unit.
fn stage_rows<'a>(sheets: &'a [StageScores], unit: &str) -> Vec<Option<&'a UnitStageScores>> {
    sheets.iter().map(|s| s.units.get(unit)).collect()
}

/// Whether `output`, an output of `site` (the new site, in any of its languages), prints
/// something the change of the campaign at index `ci` moved. Outputs that do not read the
/// campaign are not asked: the caller selects by what each output reads.
pub fn reaches(output: &Output, site: &Site, ci: usize, rows: &Rows) -> bool {
    match output {
        Output::Page(PageOutput::Scorecard {
            campaign,
            rubric,
            position,
        }) if *campaign == ci => site.campaigns[ci].results.rubrics[*rubric]
            .units
            .get(*position)
            .is_none_or(|u| rows.rubrics[*rubric].units.contains(&u.unit)),
        // Every part of a long board: a moved row may shift the rows of the parts after it.
        Output::Page(PageOutput::Board {
            campaign,
            rubric,
            cluster,
            ..
        }) if *campaign == ci => {
            let r = &rows.rubrics[*rubric];
            match cluster {
                None => r.board,
                Some(k) => site.campaigns[ci]
                    .campaign
                    .clusters
                    .get(*k)
                    .is_none_or(|c| r.clusters.contains(&c.id)),
            }
        }
        Output::Page(PageOutput::Unit(i)) => {
            site.index.unit_ids.get(*i).is_none_or(|id| rows.unit(id))
        }
        // The campaign's page and files, and every page that shows campaigns as a whole.
        _ => true,
    }
}

/// The outputs of a site that a change of rows in some campaigns reaches: those that read a
/// changed campaign (or every campaign) and print what moved. `changes` maps the index of a
/// campaign in `site.campaigns` to its rows.
pub fn select(outputs: Vec<Output>, site: &Site, changes: &BTreeMap<usize, Rows>) -> Vec<Output> {
    use crate::render::reads::Input;
    let ids: BTreeMap<&str, usize> = changes
        .keys()
        .map(|&ci| (site.campaigns[ci].campaign.id.as_str(), ci))
        .collect();
    outputs
        .into_iter()
        .filter(|o| {
            // Cheap answers first: thousands of scorecards of other campaigns.
            if let Output::Page(
                PageOutput::Scorecard { campaign, .. } | PageOutput::Board { campaign, .. },
            ) = o
            {
                return changes
                    .get(campaign)
                    .is_some_and(|rows| reaches(o, site, *campaign, rows));
            }
            o.reads(site).iter().any(|input| match input {
                Input::Campaigns => true,
                Input::Campaign(id) => ids
                    .get(id.as_str())
                    .is_some_and(|&ci| reaches(o, site, ci, &changes[&ci])),
                _ => false,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
