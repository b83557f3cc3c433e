//! The functional core: totals, bands, ranking and awards (SPEC §4).
//!
//! Pure functions over the plain values of [`crate::model`]: no file system, no templates,
//! no global state. Same input, same output; the order units are listed in never matters.

pub mod awards;
pub mod ranking;
pub mod totals;

#[cfg(test)]
mod properties;
#[cfg(test)]
mod test_support;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use rayon::prelude::*;

use crate::model::{Campaign, Participants, Points, Rubric, Scope, Unit};

pub use awards::award_results;
pub use ranking::{RankKey, Standing, rank};
pub use totals::{
    Lookup, band_index, criterion_points, ordered_stages, stage_subtotal_by, unit_result,
    unit_result_in,
};

/// The results of every rubric of a campaign, in the campaign's rubric order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignResults {
    /// One entry per rubric.
    pub rubrics: Vec<RubricResults>,
}

/// The ranked results of one rubric.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RubricResults {
    /// Rubric id.
    pub rubric: String,
    /// The rubric's maximum (sum of leaf max).
    pub max: Points,
    /// Participants in ranking order (rank, then Vietnamese alphabetical order of names).
    pub units: Vec<UnitResult>,
    /// Award outcomes: in rule order, and per rule in cluster order.
    pub awards: Vec<AwardResult>,
    /// Cluster id → how many participants of this rubric it holds.
    pub cluster_sizes: BTreeMap<String, usize>,
}

/// Final points of one cell and where they came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CellResult {
    /// Points of the latest stage that gave a value; `None` when no stage did.
    pub final_points: Option<Points>,
    /// Each stage that gave a value, in stage order.
    pub stages: Vec<StageValue>,
}

impl CellResult {
    /// The value a stage gave this cell, if it gave one.
    pub fn at(&self, stage: &str) -> Option<&StageValue> {
        self.stages.iter().find(|s| &*s.stage == stage)
    }
}

/// The points one stage gave a cell, and how that changed what an earlier stage gave: what a
/// unit sees on its scorecard when the cluster leader or the appraisal corrected its
/// self-score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageValue {
    /// Stage id, shared by every value of the stage (a national campaign has millions of
    /// values and three stage ids).
    pub stage: Arc<str>,
    /// Points given at this stage.
    pub points: Points,
    /// `points` minus the value of the latest earlier stage that scored the cell, when this
    /// stage changed it; `None` for the first value and for a value confirmed unchanged.
    pub change: Option<Points>,
}

/// One unit's result on one rubric.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitResult {
    /// Unit id.
    pub unit: String,
    /// Unit name.
    pub name: String,
    /// Unit kind.
    pub kind: String,
    /// Cluster id, when the unit is in one.
    pub cluster: Option<String>,
    /// Sum of the final points of all leaves.
    pub regular: Points,
    /// Final bonus (0 when none).
    pub bonus: Points,
    /// Final deduction (0 when none).
    pub deduction: Points,
    /// regular + bonus − deduction.
    pub total: Points,
    /// Band label, `None` when the total is below every band.
    pub band: Option<String>,
    /// Rank among all participants of the rubric (1, 2, 2, 4 …).
    pub rank_overall: u32,
    /// Rank within its cluster.
    pub rank_cluster: Option<u32>,
    /// False when some leaf has no value at any stage (it counted as 0).
    pub complete: bool,
    /// Every leaf, in rubric order: leaf id → cell.
    pub criteria: Vec<(Arc<str>, CellResult)>,
    /// Every section (criterion with children), in rubric order: id → sum of final leaf points.
    pub sections: Vec<(Arc<str>, Points)>,
    /// The bonus cell across stages.
    pub bonus_cell: CellResult,
    /// The deduction cell across stages.
    pub deduction_cell: CellResult,
}

/// The winners of one award rule in one scope (a cluster, or overall).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardResult {
    /// Title of the rule.
    pub title: String,
    /// Index of the rule in the campaign's `awards` list.
    pub rule: usize,
    /// Scope of the rule.
    pub scope: Scope,
    /// The cluster, for `scope: cluster`.
    pub cluster: Option<String>,
    /// Winning unit ids, in ranking order.
    pub units: Vec<String>,
    /// True when a tie made the winners more than the quota: the council decides.
    pub tie: bool,
    /// For a rule with a share: the participants it is a share of, and the quota K.
    pub share: Option<ShareQuota>,
}

/// The quota of a share rule in one scope (SPEC §9.1): "20% của 7 đơn vị = 1".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShareQuota {
    /// The participants of the scope of the rule's kinds.
    pub base: usize,
    /// K: the share of `base`, rounded as the rule says.
    pub quota: usize,
}

/// The participants of a rubric, as unit ids in a stable order (SPEC §3.3): the listed units;
/// or every unit of the listed kinds; or, by default, all cluster members (all units when the
/// campaign has no clusters).
pub fn participants(
    campaign: &Campaign,
    rubric: &Rubric,
    units: &BTreeMap<String, Unit>,
) -> Vec<String> {
    match &rubric.participants {
        Participants::Units(list) => list.clone(),
        Participants::Kinds(kinds) => units
            .values()
            .filter(|u| kinds.contains(&u.kind))
            .map(|u| u.id.clone())
            .collect(),
        Participants::Default if campaign.clusters.is_empty() => units.keys().cloned().collect(),
        Participants::Default => campaign
            .clusters
            .iter()
            .flat_map(|c| c.members.iter().cloned())
            .collect(),
    }
}

/// The results of every rubric of a campaign (SPEC §4), in the campaign's rubric order.
pub fn campaign_results(campaign: &Campaign, units: &BTreeMap<String, Unit>) -> CampaignResults {
    CampaignResults {
        rubrics: campaign
            .rubrics
            .par_iter()
            .map(|r| rubric_results(campaign, r, units))
            .collect(),
    }
}

/// The results of one rubric: every participant scored and ranked overall and within its
/// cluster, listed in ranking order, with the outcomes of the rubric's award rules.
pub fn rubric_results(
    campaign: &Campaign,
    rubric: &Rubric,
    units: &BTreeMap<String, Unit>,
) -> RubricResults {
    // A unit listed twice (twice in `units:`, or in two clusters) is still one participant.
    let mut seen = BTreeSet::new();
    let ids: Vec<String> = participants(campaign, rubric, units)
        .into_iter()
        .filter(|id| seen.insert(id.clone()))
        .collect();
    let stages = ordered_stages(campaign, &rubric.id);
    let lookup = Lookup::new(rubric, &stages);
    // Unit → its cluster, built once: a campaign of 10,000 units must not search every
    // cluster for every unit. The first cluster listing a unit is its cluster.
    let mut home: BTreeMap<&str, &str> = BTreeMap::new();
    for c in &campaign.clusters {
        for m in &c.members {
            home.entry(m.as_str()).or_insert(c.id.as_str());
        }
    }
    let mut results: Vec<UnitResult> = ids
        .par_iter()
        .map(|id| {
            let cluster = home.get(id.as_str()).copied();
            unit_result_in(&lookup, id, units.get(id), cluster)
        })
        .collect();
    let standings: Vec<Standing> = results
        .par_iter()
        .map(|r| Standing::of(rubric, r))
        .collect();

    let everyone: Vec<usize> = (0..results.len()).collect();
    let overall = rank(&standings, &everyone);
    for &(i, r) in &overall {
        results[i].rank_overall = r;
    }
    let mut by_cluster: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, r) in results.iter().enumerate() {
        if let Some(c) = &r.cluster {
            by_cluster.entry(c.clone()).or_default().push(i);
        }
    }
    let mut cluster_sizes = BTreeMap::new();
    for (cluster, members) in &by_cluster {
        cluster_sizes.insert(cluster.clone(), members.len());
        for (i, r) in rank(&standings, members) {
            results[i].rank_cluster = Some(r);
        }
    }
    let awards = award_results(campaign, rubric, &results, &standings);

    let mut slots: Vec<Option<UnitResult>> = results.into_iter().map(Some).collect();
    let units = overall
        .iter()
        .filter_map(|&(i, _)| slots[i].take())
        .collect();
    RubricResults {
        rubric: rubric.id.clone(),
        max: rubric.max(),
        units,
        awards,
        cluster_sizes,
    }
}
