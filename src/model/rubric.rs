//! Rubrics — "bảng chấm điểm" (SPEC §3.3): the criteria tree, bands and tie-breakers.

use std::path::PathBuf;

use super::Points;

/// One criterion — "tiêu chí": a leaf with a maximum, or a section holding others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criterion {
    /// Identifier, unique in the rubric, e.g. `1.2`.
    pub id: String,
    /// Title.
    pub title: String,
    /// Maximum points: given for a leaf; for a section, the sum of its children's.
    pub max: Points,
    /// Children; empty for a leaf.
    pub items: Vec<Criterion>,
}

impl Criterion {
    /// True when it has no children and so is scored directly.
    pub fn is_leaf(&self) -> bool {
        self.items.is_empty()
    }
    /// Every leaf below (or this one, for a leaf), depth first in listed order.
    pub fn leaves(&self) -> Vec<&Criterion> {
        let mut out = Vec::new();
        self.collect_leaves(&mut out);
        out
    }
    fn collect_leaves<'a>(&'a self, out: &mut Vec<&'a Criterion>) {
        if self.is_leaf() {
            out.push(self);
        } else {
            for c in &self.items {
                c.collect_leaves(out);
            }
        }
    }
}

/// A classification band — "xếp loại": the first band (highest first) whose `min` ≤ total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    /// Label, e.g. "Xuất sắc".
    pub label: String,
    /// Lowest total that reaches it.
    pub min: Points,
}

/// A tie-breaker applied after the total (SPEC §3.3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TieBreaker {
    /// The points of a criterion or section: higher wins.
    Criterion(String),
    /// Bonus points: higher wins.
    Bonus,
    /// Deduction points: lower wins.
    Deduction,
}

/// Who is scored on a rubric.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Participants {
    /// All cluster members, or all units when the campaign has no clusters.
    Default,
    /// All units (of the units file) whose kind is listed.
    Kinds(Vec<String>),
    /// Exactly these units.
    Units(Vec<String>),
}

/// A scoring table — "bảng chấm điểm" (SPEC §3.3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rubric {
    /// Identifier (the file name without `.yaml`).
    pub id: String,
    /// Title.
    pub title: String,
    /// Who is scored.
    pub participants: Participants,
    /// The criteria tree.
    pub criteria: Vec<Criterion>,
    /// Cap on bonus points — "điểm thưởng"; `None` when the rubric has no bonus.
    pub bonus_max: Option<Points>,
    /// Cap on deduction points — "điểm trừ"; `None` when the rubric has no deduction.
    pub deduction_max: Option<Points>,
    /// Bands, highest first.
    pub bands: Vec<Band>,
    /// Tie-breakers after the total, in order.
    pub tie_breakers: Vec<TieBreaker>,
    /// The source file, for messages and `results.json`.
    pub source: PathBuf,
}

impl Rubric {
    /// Every leaf of the rubric in listed order.
    pub fn leaves(&self) -> Vec<&Criterion> {
        self.criteria.iter().flat_map(|c| c.leaves()).collect()
    }
    /// The rubric's maximum: the sum of its leaves' max.
    pub fn max(&self) -> Points {
        self.leaves().iter().map(|c| c.max).sum()
    }
    /// Finds a criterion (leaf or section) by id.
    pub fn find(&self, id: &str) -> Option<&Criterion> {
        fn walk<'a>(list: &'a [Criterion], id: &str) -> Option<&'a Criterion> {
            list.iter().find_map(|c| {
                if c.id == id {
                    Some(c)
                } else {
                    walk(&c.items, id)
                }
            })
        }
        walk(&self.criteria, id)
    }
}
