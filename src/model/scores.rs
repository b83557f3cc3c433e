//! Scores — "điểm chấm" (SPEC §3.4): what each stage gave each unit, cell by cell.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use super::Points;

/// What a score cell is about: a leaf criterion, the bonus or the deduction.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CellKey {
    /// A leaf criterion id (shared by every cell of the column it was read from: a national
    /// campaign has millions of cells and a few hundred leaves).
    Leaf(Arc<str>),
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
