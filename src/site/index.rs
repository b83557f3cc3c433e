//! Lookups built once per site, so that each of thousands of pages finds what it shows
//! without a search through every campaign or honoree.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::model::Unit;
use crate::model::conference::Conference;
use crate::model::honoree::Honoree;

use super::Scored;

/// Where a unit takes part: a campaign, one of its rubrics and the unit's position in that
/// rubric's ranking (indexes into [`crate::site::Site::campaigns`] and its results).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Index of the campaign.
    pub campaign: usize,
    /// Index of the rubric in the campaign.
    pub rubric: usize,
    /// Position of the unit in the rubric's ranking.
    pub position: usize,
}

/// The lookups of a site.
#[derive(Debug, Default, Clone)]
pub struct Index {
    /// Unit ids in order: one unit page each.
    pub unit_ids: Vec<String>,
    /// Unit id → every place it takes part, in campaign and rubric order.
    pub entries: BTreeMap<String, Vec<Entry>>,
    /// Unit id → the indexes of the honorees who belong to it, in Vietnamese order.
    pub honorees_by_unit: BTreeMap<String, Vec<usize>>,
    /// Indexes of all honorees in Vietnamese order ([`Honoree::order_key`]).
    pub honorees_in_order: Vec<usize>,
    /// Per campaign, per rubric: where each ranked unit stands among the rubric's awards and
    /// the campaign's clusters (see [`Rubric`]).
    pub rubrics: Vec<Vec<Rubric>>,
    /// Honoree id → where they were nominated: (index of the campaign, cluster id), in
    /// campaign order, then cluster order.
    pub nominated: BTreeMap<String, Vec<(usize, String)>>,
    /// For each honoree (by index): the years they are known for (awards, nominations, the
    /// conferences that commend them), ascending.
    pub honoree_years: Vec<Vec<i32>>,
    /// How many honorees have each field, unit and year (the honoree index's lists).
    pub honoree_counts: HonoreeCounts,
}

/// How many honorees have each value of the honoree index's filters.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct HonoreeCounts {
    /// Field → honorees.
    pub fields: BTreeMap<String, usize>,
    /// Unit id → honorees.
    pub units: BTreeMap<String, usize>,
    /// Year → honorees.
    pub years: BTreeMap<i32, usize>,
}

/// Lookups of one rubric's ranking, so that a board or scorecard finds a unit's awards and
/// cluster without a search through every award or cluster.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Rubric {
    /// For each position in the ranking: the indexes of the rubric's awards the unit won, in
    /// award order.
    pub awards: Vec<Vec<usize>>,
    /// For each position in the ranking: the index of the unit's cluster in the campaign (the
    /// first cluster with its id), if any.
    pub cluster_of: Vec<Option<usize>>,
    /// For each cluster of the campaign, in its order: the positions of its units in the
    /// ranking, in ranking order.
    pub clusters: Vec<Vec<usize>>,
}

impl Index {
    /// Builds the lookups.
    /// `honorees_in_order` is [`honoree_order`] of `honorees` (made beside the results).
    pub fn new(
        units: &BTreeMap<String, Unit>,
        campaigns: &[Scored],
        honorees: &[Honoree],
        honorees_in_order: Vec<usize>,
        conferences: &[Conference],
    ) -> Index {
        let entries = entries(campaigns);
        let rubrics = rubrics(campaigns);
        // The same order, kept by a stable filter.
        let with_unit: Vec<usize> = honorees_in_order
            .iter()
            .copied()
            .filter(|&i| honorees[i].unit.is_some())
            .collect();
        let mut honorees_by_unit: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for i in with_unit {
            if let Some(u) = &honorees[i].unit {
                honorees_by_unit.entry(u.clone()).or_default().push(i);
            }
        }
        let nominated = nominated(campaigns);
        let honoree_years: Vec<Vec<i32>> = honorees
            .iter()
            .map(|h| years_of(h, campaigns, conferences, &nominated))
            .collect();
        let mut counts = HonoreeCounts::default();
        for (h, years) in honorees.iter().zip(&honoree_years) {
            if !h.field.is_empty() {
                *counts.fields.entry(h.field.clone()).or_default() += 1;
            }
            if let Some(u) = &h.unit {
                *counts.units.entry(u.clone()).or_default() += 1;
            }
            for &y in years {
                *counts.years.entry(y).or_default() += 1;
            }
        }
        Index {
            unit_ids: units.keys().cloned().collect(),
            entries,
            honorees_by_unit,
            honorees_in_order,
            rubrics,
            nominated,
            honoree_years,
            honoree_counts: counts,
        }
    }
}

/// The positions of `honorees` in the order they are listed in (people by name as
/// Vietnamese sorts it, then collectives): it needs nothing but the honorees, and sorting
/// 20,000 names is worth doing while the results are computed.
pub fn honoree_order(honorees: &[Honoree]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..honorees.len()).collect();
    order.sort_by_cached_key(|&i| honorees[i].order_key());
    order
}

/// Honoree id → (campaign index, cluster id) of each nomination, in campaign order, then
/// cluster order; a cluster that lists someone twice counts once.
fn nominated(campaigns: &[Scored]) -> BTreeMap<String, Vec<(usize, String)>> {
    let mut out: BTreeMap<String, Vec<(usize, String)>> = BTreeMap::new();
    for (ci, s) in campaigns.iter().enumerate() {
        for (cluster, ids) in &s.campaign.nominations {
            for id in ids {
                let at = out.entry(id.clone()).or_default();
                if at
                    .last()
                    .is_none_or(|(c, cl)| (*c, cl.as_str()) != (ci, cluster.as_str()))
                {
                    at.push((ci, cluster.clone()));
                }
            }
        }
    }
    out
}

/// The years an honoree is known for: awards, nominations (the campaign's year) and the
/// conferences that commend them, ascending.
pub fn years_of(
    h: &Honoree,
    campaigns: &[Scored],
    conferences: &[Conference],
    nominated: &BTreeMap<String, Vec<(usize, String)>>,
) -> Vec<i32> {
    let mut years: BTreeSet<i32> = h.award_years().into_iter().collect();
    years.extend(
        nominated
            .get(&h.id)
            .into_iter()
            .flatten()
            .filter_map(|(ci, _)| campaigns[*ci].campaign.year),
    );
    years.extend(
        conferences
            .iter()
            .filter(|c| c.honorees.contains(&h.id))
            .filter_map(|c| c.date.map(|d| d.year)),
    );
    years.into_iter().collect()
}

impl Index {
    /// Finds again where each unit takes part, after the results of a campaign changed
    /// (positions in a ranking and awards move; the rest of the lookups stays).
    pub fn refresh_entries(&mut self, campaigns: &[Scored]) {
        self.entries = entries(campaigns);
        self.rubrics = rubrics(campaigns);
    }

    /// The lookups of rubric `ri` of campaign `ci`, when they were built for results with
    /// `units` ranked units.
    pub fn rubric(&self, ci: usize, ri: usize, units: usize) -> Option<&Rubric> {
        self.rubrics
            .get(ci)
            .and_then(|c| c.get(ri))
            .filter(|r| r.awards.len() == units)
    }
}

/// Per campaign, per rubric: the lookups of its ranking.
fn rubrics(campaigns: &[Scored]) -> Vec<Vec<Rubric>> {
    campaigns
        .iter()
        .map(|s| {
            let c = &s.campaign;
            let mut cluster_at: HashMap<&str, usize> = HashMap::new();
            for (k, cl) in c.clusters.iter().enumerate() {
                cluster_at.entry(cl.id.as_str()).or_insert(k);
            }
            s.results
                .rubrics
                .iter()
                .map(|rr| {
                    let mut at: HashMap<&str, Vec<usize>> = HashMap::new();
                    let mut by_cluster: HashMap<&str, Vec<usize>> = HashMap::new();
                    for (k, u) in rr.units.iter().enumerate() {
                        at.entry(u.unit.as_str()).or_default().push(k);
                        if let Some(cl) = &u.cluster {
                            by_cluster.entry(cl.as_str()).or_default().push(k);
                        }
                    }
                    let mut awards: Vec<Vec<usize>> = vec![Vec::new(); rr.units.len()];
                    for (ai, a) in rr.awards.iter().enumerate() {
                        for x in &a.units {
                            for &k in at.get(x.as_str()).map(Vec::as_slice).unwrap_or_default() {
                                if awards[k].last() != Some(&ai) {
                                    awards[k].push(ai);
                                }
                            }
                        }
                    }
                    Rubric {
                        awards,
                        cluster_of: rr
                            .units
                            .iter()
                            .map(|u| {
                                u.cluster
                                    .as_deref()
                                    .and_then(|id| cluster_at.get(id).copied())
                            })
                            .collect(),
                        clusters: c
                            .clusters
                            .iter()
                            .map(|cl| by_cluster.get(cl.id.as_str()).cloned().unwrap_or_default())
                            .collect(),
                    }
                })
                .collect()
        })
        .collect()
}

/// Unit id → every place it takes part, in campaign and rubric order.
fn entries(campaigns: &[Scored]) -> BTreeMap<String, Vec<Entry>> {
    let mut entries: BTreeMap<String, Vec<Entry>> = BTreeMap::new();
    for (ci, s) in campaigns.iter().enumerate() {
        for (ri, rr) in s.results.rubrics.iter().enumerate() {
            for (k, u) in rr.units.iter().enumerate() {
                entries.entry(u.unit.clone()).or_default().push(Entry {
                    campaign: ci,
                    rubric: ri,
                    position: k,
                });
            }
        }
    }
    entries
}
