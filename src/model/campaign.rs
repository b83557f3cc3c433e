//! Campaigns — "phong trào thi đua" (SPEC §3.2): stages, clusters, award rules, and the
//! rubrics and scores loaded with them.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::date::Date;
use super::decisions::{CertificateSettings, Consultation, Milestone, Status};
use super::document::DocumentMeta;
use super::rubric::Rubric;
use super::scores::StageScores;

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

/// How a rule rounds a share to a whole number of winners (SPEC §9.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rounding {
    /// Toward zero (the default): 20% of 7 is 1.
    Down,
    /// To the nearest whole number, a half up: 50% of 5 is 3.
    Nearest,
    /// Away from zero: 20% of 7 is 2.
    Up,
}

impl Rounding {
    /// `down`, `nearest` or `up`, as in the YAML.
    pub fn as_str(self) -> &'static str {
        match self {
            Rounding::Down => "down",
            Rounding::Nearest => "nearest",
            Rounding::Up => "up",
        }
    }
}

/// A quota given as a share of the participants (`share: 12.5%`), exact: the percentage is
/// kept in hundredths of a percent (12.5% is 1250), so 28% of 25 is 7, never 7.000000001.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    /// The percentage in hundredths of a percent: 2000 is 20%.
    pub hundredths: u32,
    /// How a fraction of a unit is rounded.
    pub rounding: Rounding,
}

impl Share {
    /// The quota K for `base` participants: share × base, rounded as the rule says.
    pub fn of(self, base: usize) -> usize {
        let num = u128::from(self.hundredths) * base as u128;
        const WHOLE: u128 = 10_000;
        let k = match self.rounding {
            Rounding::Down => num / WHOLE,
            Rounding::Up => num.div_ceil(WHOLE),
            Rounding::Nearest => (num + WHOLE / 2) / WHOLE,
        };
        k as usize
    }

    /// The percentage as a number of hundredths, for printing ("12.5" as 12.50).
    pub fn percent(self) -> super::Points {
        super::Points::from_hundredths(i64::from(self.hundredths))
    }
}

/// How many win: ranks (`ranks: "2-4"`) or a share of the participants (`share: 20%`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quota {
    /// The candidates ranked within this range.
    Ranks(RankRange),
    /// The candidates ranked at most K = share × participants of the scope.
    Share(Share),
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
    /// Winning ranks, or a share of the participants.
    pub quota: Quota,
    /// Only units of these kinds compete, when given.
    pub kinds: Option<Vec<String>>,
    /// Only units classified at least this band compete, when given (a label of the rubric's bands).
    pub min_band: Option<String>,
}

/// A campaign — "phong trào thi đua" (SPEC §3.2), with its rubrics and scores loaded.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
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
    /// Whether the results are approved (SPEC §9.2).
    pub status: Status,
    /// The public comment window, when announced.
    pub consultation: Option<Consultation>,
    /// Days off besides Saturdays and Sundays, sorted.
    pub holidays: Vec<Date>,
    /// Deadlines and events (SPEC §9.3), in date and time order.
    pub timeline: Vec<Milestone>,
    /// The header and footer of the draft award decisions (SPEC §9.4), when asked for.
    pub decisions: Option<DocumentMeta>,
    /// The certificates printed for the winners, when asked for.
    pub certificates: Option<CertificateSettings>,
}

impl Campaign {
    /// True when some cluster has an inspection planned (the campaign then has a schedule).
    pub fn has_inspections(&self) -> bool {
        self.clusters.iter().any(|c| c.inspection.is_some())
    }

    /// True when the campaign has something for calendars: an inspection or a timeline.
    pub fn has_schedule(&self) -> bool {
        self.has_inspections() || !self.timeline.is_empty()
    }

    /// The cluster a unit belongs to, if any.
    pub fn cluster_of(&self, unit: &str) -> Option<&Cluster> {
        self.clusters
            .iter()
            .find(|c| c.members.iter().any(|m| m == unit))
    }
}
