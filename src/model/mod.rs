//! The domain model: plain values that the loaders build and the compute stage reads.
//!
//! Nothing here does I/O. Every identifier has already been checked by the loader that made
//! the value (SPEC §3: lowercase ASCII, digits and `-`, unique in its kind) and every
//! reference resolved, so the compute stage can trust what it is given.

pub mod collate;
pub mod conference;
pub mod date;
pub mod document;
pub mod honoree;
pub mod page;
pub mod points;

use std::collections::BTreeMap;
use std::path::PathBuf;

pub use date::Date;
pub use points::Points;

/// A unit being ranked — "đơn vị": a ward, commune, office or department (SPEC §3.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Identifier, e.g. `p12`.
    pub id: String,
    /// Display name, e.g. "Phường 12".
    pub name: String,
    /// Free category used by award rules (`phuong`, `xa`, `phong-ban`, …); may be empty.
    pub kind: String,
    /// Extra CSV columns / YAML keys, kept as attributes.
    pub attrs: BTreeMap<String, String>,
}

/// One scoring stage of a campaign, in order; a later stage overrides an earlier one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    /// Identifier, e.g. `self`, `cluster`, `appraised`.
    pub id: String,
    /// Label shown to people, e.g. "Tự chấm".
    pub label: String,
}

impl Stage {
    /// The stages used when a campaign declares none (SPEC §3.2).
    pub fn defaults() -> Vec<Stage> {
        [
            ("self", "Tự chấm"),
            ("cluster", "Cụm trưởng chấm"),
            ("appraised", "Thẩm định"),
        ]
        .into_iter()
        .map(|(id, label)| Stage {
            id: id.into(),
            label: label.into(),
        })
        .collect()
    }
}

/// A member of an inspection team (đoàn kiểm tra).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamMember {
    /// Person's name.
    pub name: String,
    /// Role in the team, e.g. "Trưởng đoàn", "Thư ký".
    pub role: String,
}

/// When and where a cluster is inspected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inspection {
    /// Local date and time as written, normalised to `YYYY-MM-DDTHH:MM` (or `YYYY-MM-DD`).
    pub at: String,
    /// Place of the inspection.
    pub place: String,
}

/// A cluster or block — "cụm thi đua", "khối thi đua": the units ranked together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    /// Identifier, e.g. `cum-1`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Member unit ids, in the order listed.
    pub members: Vec<String>,
    /// Cluster leader — "cụm trưởng" (a member unit id).
    pub leader: Option<String>,
    /// Deputy leader — "cụm phó" (a member unit id).
    pub deputy: Option<String>,
    /// Inspection appointment, when planned.
    pub inspection: Option<Inspection>,
    /// Inspection team.
    pub team: Vec<TeamMember>,
}

/// Which units an award rule applies to, per cluster or all together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Applied separately in every cluster.
    Cluster,
    /// Applied once across all participants.
    Overall,
}

impl Scope {
    /// `cluster` or `overall`, as in the YAML and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Cluster => "cluster",
            Scope::Overall => "overall",
        }
    }
}

/// An inclusive range of ranks: `ranks: 1` is 1–1, `ranks: "2-4"` is 2–4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RankRange {
    /// First rank that wins.
    pub from: u32,
    /// Last rank that wins.
    pub to: u32,
}

impl RankRange {
    /// How many winners the rule means to have.
    pub fn quota(self) -> usize {
        (self.to - self.from + 1) as usize
    }
    /// True when `rank` wins.
    pub fn contains(self, rank: u32) -> bool {
        (self.from..=self.to).contains(&rank)
    }
}

/// An award rule — "khen thưởng": who wins what, by rank (SPEC §3.2, §4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardRule {
    /// Title, e.g. "Cờ thi đua của UBND thành phố".
    pub title: String,
    /// The rubric whose ranking decides it.
    pub rubric: String,
    /// Per cluster or overall.
    pub scope: Scope,
    /// Winning ranks.
    pub ranks: RankRange,
    /// Only units of these kinds compete, when given.
    pub kinds: Option<Vec<String>>,
    /// Only units classified at least this band compete, when given (a label of the rubric's bands).
    pub min_band: Option<String>,
}

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

/// What a score cell is about: a leaf criterion, the bonus or the deduction.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CellKey {
    /// A leaf criterion id.
    Leaf(String),
    /// Bonus points.
    Bonus,
    /// Deduction points.
    Deduction,
}

/// What one unit was given at one stage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnitStageScores {
    /// The cells scored at this stage (an absent cell means "not scored at this stage").
    pub cells: BTreeMap<CellKey, Points>,
    /// Notes on single cells (long CSV, or YAML `notes:`).
    pub cell_notes: BTreeMap<CellKey, String>,
    /// A note on the whole row (wide CSV `note`, YAML `note`).
    pub note: Option<String>,
}

/// The scores of one stage of one rubric, by unit id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StageScores {
    /// The stage id.
    pub stage: String,
    /// Unit id → what it was given.
    pub units: BTreeMap<String, UnitStageScores>,
    /// The file the stage was read from.
    pub source: PathBuf,
}

/// A campaign — "phong trào thi đua" (SPEC §3.2), with its rubrics and scores loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Campaign {
    /// Identifier: the folder name under `data/campaigns/`.
    pub id: String,
    /// Title.
    pub title: String,
    /// Year.
    pub year: Option<i32>,
    /// Organising body.
    pub organiser: String,
    /// A short description in Markdown (optional `description:`).
    pub description: String,
    /// True when the data is made up for illustration (`illustrative: true`): pages say so.
    pub illustrative: bool,
    /// Scoring stages in order.
    pub stages: Vec<Stage>,
    /// Clusters, in listed order (may be empty).
    pub clusters: Vec<Cluster>,
    /// Rubrics, in the order of the campaign's `rubrics:` list.
    pub rubrics: Vec<Rubric>,
    /// Award rules, in listed order.
    pub awards: Vec<AwardRule>,
    /// Cluster id → honoree ids nominated (suy tôn).
    pub nominations: BTreeMap<String, Vec<String>>,
    /// Rubric id → stages in stage order (only the stages that have a file).
    pub scores: BTreeMap<String, Vec<StageScores>>,
    /// Every file read for this campaign, relative to the site root, sorted.
    pub sources: Vec<PathBuf>,
}

impl Campaign {
    /// The cluster a unit belongs to, if any.
    pub fn cluster_of(&self, unit: &str) -> Option<&Cluster> {
        self.clusters
            .iter()
            .find(|c| c.members.iter().any(|m| m == unit))
    }
}
