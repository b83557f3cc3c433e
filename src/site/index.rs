//! Lookups built once per site, so that each of thousands of pages finds what it shows
//! without a search through every campaign or honoree.

use std::collections::BTreeMap;

use crate::model::Unit;
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
}

impl Index {
    /// Builds the lookups.
    pub fn new(
        units: &BTreeMap<String, Unit>,
        campaigns: &[Scored],
        honorees: &[Honoree],
    ) -> Index {
        let entries = entries(campaigns);
        let mut with_unit: Vec<usize> = (0..honorees.len())
            .filter(|&i| honorees[i].unit.is_some())
            .collect();
        with_unit.sort_by_cached_key(|&i| honorees[i].order_key());
        let mut honorees_by_unit: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for i in with_unit {
            if let Some(u) = &honorees[i].unit {
                honorees_by_unit.entry(u.clone()).or_default().push(i);
            }
        }
        Index {
            unit_ids: units.keys().cloned().collect(),
            entries,
            honorees_by_unit,
        }
    }
}

impl Index {
    /// Finds again where each unit takes part, after the results of a campaign changed
    /// (positions in a ranking move; the rest of the lookups stays).
    pub fn refresh_entries(&mut self, campaigns: &[Scored]) {
        self.entries = entries(campaigns);
    }
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
