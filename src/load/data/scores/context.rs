//! What every score form checks the same way: which unit a row is about, which cell a column
//! or key names, and whether the points fit (SPEC §3.4). The three readers (wide, long, YAML)
//! differ only in how they find these texts and where they are written.

use std::collections::{HashMap, HashSet};

use crate::diag::Text;
use crate::diag::catalogue::data_scores::{
    SCORES_ABOVE_MAX, SCORES_AMBIGUOUS_UNIT, SCORES_AMBIGUOUS_UNIT_HINT, SCORES_AT_MOST,
    SCORES_BONUS_ABOVE_MAX, SCORES_BONUS_NEGATIVE, SCORES_DEDUCTION_ABOVE_MAX,
    SCORES_DEDUCTION_NEGATIVE, SCORES_DEDUCTION_NEGATIVE_HINT, SCORES_LEAVES_IN_ALL,
    SCORES_LEAVES_OR_BONUS, SCORES_LEAVES_OR_DEDUCTION, SCORES_NO_BONUS, SCORES_NO_BONUS_HINT,
    SCORES_NO_DEDUCTION, SCORES_NO_DEDUCTION_HINT, SCORES_NOT_CRITERION, SCORES_NOT_PARTICIPANT,
    SCORES_NOT_PARTICIPANT_HINT, SCORES_POINTS_NEGATIVE, SCORES_POINTS_NEGATIVE_HINT,
    SCORES_SECTION, SCORES_SECTION_HINT, SCORES_UNIT_MISSING, SCORES_UNIT_MISSING_HINT,
    SCORES_UNKNOWN_UNIT, SCORES_UNKNOWN_UNIT_HINT, SCORES_USE_LEAF, SCORES_ZERO_OR_MORE,
};
use crate::model::{CellKey, Points, Rubric, Unit};
use crate::t;

use super::super::columns::{ScoreColumn, score_column};
use super::super::numbers::{NumberError, parse_points};
use super::super::report::{Clip, FileReport};
use super::super::units::{Lookup, UnitIndex};

/// A rubric and the site's units, prepared for checking its score files.
pub(crate) struct Context<'a> {
    /// The rubric.
    pub rubric: &'a Rubric,
    /// The site's units.
    pub units: &'a UnitIndex,
    /// The units scored on the rubric.
    participants: HashSet<String>,
    /// Leaf id → max.
    leaves: HashMap<&'a str, Points>,
    /// Section id → the ids of its leaves.
    sections: HashMap<&'a str, Vec<&'a str>>,
    /// Headers of the rubric's first file that lack leaves: (file, where, leaf ids).
    missing_columns: std::sync::Mutex<Vec<MissingColumns>>,
}

/// A header without the columns of some leaves.
pub(crate) type MissingColumns = (std::path::PathBuf, crate::diag::Pos, Vec<String>);

/// Why a unit reference is refused.
pub(crate) enum UnitProblem<'a> {
    /// The cell is empty.
    Missing,
    /// No unit has this id or name.
    Unknown,
    /// Two units have this name.
    Ambiguous,
    /// The unit exists but is not scored on this rubric.
    NotParticipant(&'a Unit),
    /// Units cannot be checked (the units file is broken); already reported there.
    Unchecked,
}

/// Why a column, key or `criterion` cell does not name a scorable cell.
pub(crate) enum CellProblem {
    /// Not a criterion of the rubric.
    Unknown,
    /// A section, whose points are the sum of its items.
    Section,
    /// `bonus`, and the rubric has no bonus.
    NoBonus,
    /// `deduction`, and the rubric has no deduction.
    NoDeduction,
}

/// Why points do not fit their cell.
pub(crate) enum ValueProblem {
    /// Not a valid number.
    Number(NumberError),
    /// Below zero.
    Negative,
    /// Above the leaf's max or the bonus/deduction cap (the max is given).
    AboveMax(Points),
}

impl<'a> Context<'a> {
    /// Prepares `rubric`, scored by `participants`.
    pub fn new(rubric: &'a Rubric, units: &'a UnitIndex, participants: Vec<String>) -> Self {
        let mut leaves = HashMap::new();
        let mut sections = HashMap::new();
        fn walk<'c>(
            list: &'c [crate::model::Criterion],
            leaves: &mut HashMap<&'c str, Points>,
            sections: &mut HashMap<&'c str, Vec<&'c str>>,
        ) {
            for c in list {
                if c.is_leaf() {
                    leaves.insert(c.id.as_str(), c.max);
                } else {
                    sections.insert(
                        c.id.as_str(),
                        c.leaves().iter().map(|l| l.id.as_str()).collect(),
                    );
                    walk(&c.items, leaves, sections);
                }
            }
        }
        walk(&rubric.criteria, &mut leaves, &mut sections);
        Context {
            rubric,
            units,
            participants: participants.into_iter().collect(),
            leaves,
            sections,
            missing_columns: std::sync::Mutex::new(Vec::new()),
        }
    }

    /// The ids of the units scored on the rubric.
    pub fn participants(&self) -> impl Iterator<Item = &String> {
        self.participants.iter()
    }

    /// Keeps aside a header of `file` that lacks the columns of `leaves`.
    pub fn note_missing_columns(
        &self,
        file: std::path::PathBuf,
        at: crate::diag::Pos,
        leaves: Vec<String>,
    ) {
        if let Ok(mut list) = self.missing_columns.lock() {
            list.push((file, at, leaves));
        }
    }

    /// The headers kept aside by [`Context::note_missing_columns`].
    pub fn take_missing_columns(&self) -> Vec<MissingColumns> {
        self.missing_columns
            .lock()
            .map(|mut l| std::mem::take(&mut *l))
            .unwrap_or_default()
    }

    /// True when `name` is a criterion (leaf or section) id of the rubric: used to choose
    /// the CSV delimiter.
    pub fn knows(&self, name: &str) -> bool {
        self.leaves.contains_key(name) || self.sections.contains_key(name)
    }

    /// The unit a cell names, by id or exact name, if it is scored on this rubric.
    pub fn unit(&self, text: &str) -> Result<&'a Unit, UnitProblem<'a>> {
        if text.trim().is_empty() {
            return Err(UnitProblem::Missing);
        }
        match self.units.resolve(text) {
            Lookup::Found(u) if self.participants.contains(&u.id) => Ok(u),
            Lookup::Found(u) => Err(UnitProblem::NotParticipant(u)),
            Lookup::Ambiguous => Err(UnitProblem::Ambiguous),
            Lookup::Unknown if !self.units.reliable || self.units.excused.covers(text) => {
                Err(UnitProblem::Unchecked)
            }
            Lookup::Unknown => Err(UnitProblem::Unknown),
        }
    }

    /// The cell `name` names — a leaf id, or `bonus`/`deduction` in English or Vietnamese —
    /// with its maximum.
    pub fn cell(&self, name: &str) -> Result<(CellKey, Points), CellProblem> {
        let name = name.trim();
        if let Some(&max) = self.leaves.get(name) {
            return Ok((CellKey::Leaf(name.into()), max));
        }
        if self.sections.contains_key(name) {
            return Err(CellProblem::Section);
        }
        match score_column(name) {
            Some(ScoreColumn::Bonus) => self
                .rubric
                .bonus_max
                .map(|m| (CellKey::Bonus, m))
                .ok_or(CellProblem::NoBonus),
            Some(ScoreColumn::Deduction) => self
                .rubric
                .deduction_max
                .map(|m| (CellKey::Deduction, m))
                .ok_or(CellProblem::NoDeduction),
            _ => Err(CellProblem::Unknown),
        }
    }

    /// The points written in `text` for a cell whose maximum is `max`.
    pub fn points(
        &self,
        text: &str,
        max: Points,
        decimal_comma: bool,
    ) -> Result<Points, ValueProblem> {
        let p = parse_points(text, decimal_comma).map_err(ValueProblem::Number)?;
        if p < Points::ZERO {
            return Err(ValueProblem::Negative);
        }
        if p > max {
            return Err(ValueProblem::AboveMax(max));
        }
        Ok(p)
    }

    /// Reports a refused unit at byte offset `at` (nothing for [`UnitProblem::Unchecked`]).
    pub fn report_unit(
        &self,
        problem: &UnitProblem,
        text: &str,
        at: usize,
        report: &mut FileReport,
    ) {
        let text = Clip(text.trim());
        let rubric = &self.rubric.id;
        match problem {
            UnitProblem::Missing => report.error(at, SCORES_UNIT_MISSING, SCORES_UNIT_MISSING_HINT),
            UnitProblem::Unknown => report.error(
                at,
                t!(SCORES_UNKNOWN_UNIT, unit = text),
                t!(SCORES_UNKNOWN_UNIT_HINT, file = self.units.file_name()),
            ),
            UnitProblem::Ambiguous => report.error(
                at,
                t!(SCORES_AMBIGUOUS_UNIT, unit = text),
                SCORES_AMBIGUOUS_UNIT_HINT,
            ),
            UnitProblem::NotParticipant(u) => report.error(
                at,
                t!(
                    SCORES_NOT_PARTICIPANT,
                    id = &u.id,
                    name = &u.name,
                    rubric = rubric
                ),
                SCORES_NOT_PARTICIPANT_HINT,
            ),
            UnitProblem::Unchecked => {}
        }
    }

    /// Reports a name that is not a scorable cell at byte offset `at`.
    pub fn report_cell(
        &self,
        problem: &CellProblem,
        name: &str,
        at: usize,
        report: &mut FileReport,
    ) {
        let name = name.trim();
        let shown = Clip(name);
        let rubric = &self.rubric.id;
        let file = self.rubric.source.display();
        match problem {
            CellProblem::Unknown => report.error(
                at,
                t!(SCORES_NOT_CRITERION, name = shown, rubric = rubric),
                t!(SCORES_USE_LEAF, leaves = self.leaf_list()),
            ),
            CellProblem::Section => {
                let items = self
                    .sections
                    .get(name)
                    .map(|l| l.join(", "))
                    .unwrap_or_default();
                report.error(
                    at,
                    t!(SCORES_SECTION, name = shown, rubric = rubric),
                    t!(SCORES_SECTION_HINT, items = items),
                )
            }
            CellProblem::NoBonus => report.error(
                at,
                t!(SCORES_NO_BONUS, rubric = rubric),
                t!(SCORES_NO_BONUS_HINT, file = file),
            ),
            CellProblem::NoDeduction => report.error(
                at,
                t!(SCORES_NO_DEDUCTION, rubric = rubric),
                t!(SCORES_NO_DEDUCTION_HINT, file = file),
            ),
        }
    }

    /// Reports points that do not fit `key` at byte offset `at`; `yaml` picks the hint for
    /// numbers written in YAML rather than CSV.
    pub fn report_points(
        &self,
        problem: &ValueProblem,
        key: &CellKey,
        text: &str,
        at: usize,
        yaml: bool,
        report: &mut FileReport,
    ) {
        let full = text.trim();
        let text = Clip(full);
        match (problem, key) {
            (ValueProblem::Number(e), _) => report.error(
                at,
                e.message(full),
                if yaml { e.yaml_hint() } else { e.csv_hint() },
            ),
            (ValueProblem::Negative, CellKey::Deduction) => report.error(
                at,
                t!(SCORES_DEDUCTION_NEGATIVE, text = text),
                SCORES_DEDUCTION_NEGATIVE_HINT,
            ),
            (ValueProblem::Negative, CellKey::Bonus) => report.error(
                at,
                t!(SCORES_BONUS_NEGATIVE, text = text),
                SCORES_ZERO_OR_MORE,
            ),
            (ValueProblem::Negative, CellKey::Leaf(_)) => report.error(
                at,
                t!(SCORES_POINTS_NEGATIVE, text = text),
                SCORES_POINTS_NEGATIVE_HINT,
            ),
            (ValueProblem::AboveMax(max), CellKey::Leaf(id)) => report.error(
                at,
                t!(SCORES_ABOVE_MAX, text = text, id = id, max = max),
                t!(SCORES_AT_MOST, max = max),
            ),
            (ValueProblem::AboveMax(max), CellKey::Bonus) => report.error(
                at,
                t!(SCORES_BONUS_ABOVE_MAX, text = text, max = max),
                t!(SCORES_AT_MOST, max = max),
            ),
            (ValueProblem::AboveMax(max), CellKey::Deduction) => report.error(
                at,
                t!(SCORES_DEDUCTION_ABOVE_MAX, text = text, max = max),
                t!(SCORES_AT_MOST, max = max),
            ),
        }
    }

    /// The rubric's leaf ids for hints, the first dozen, then `bonus` and `deduction` when the
    /// rubric has them.
    fn leaf_list(&self) -> Text {
        let leaves = self.rubric.leaves();
        let ids: Vec<&str> = leaves.iter().take(12).map(|l| l.id.as_str()).collect();
        let mut list = Text::verbatim(ids.join(", "));
        if leaves.len() > 12 {
            list = t!(SCORES_LEAVES_IN_ALL, leaves = list, n = leaves.len());
        }
        if self.rubric.bonus_max.is_some() {
            list = t!(SCORES_LEAVES_OR_BONUS, leaves = list);
        }
        if self.rubric.deduction_max.is_some() {
            list = t!(SCORES_LEAVES_OR_DEDUCTION, leaves = list);
        }
        list
    }
}
