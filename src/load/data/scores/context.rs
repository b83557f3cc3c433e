//! What every score form checks the same way: which unit a row is about, which cell a column
//! or key names, and whether the points fit (SPEC §3.4). The three readers (wide, long, YAML)
//! differ only in how they find these texts and where they are written.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use crate::model::{CellKey, Points, Rubric, Unit};

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
}

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
        }
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
            Lookup::Unknown if !self.units.reliable => Err(UnitProblem::Unchecked),
            Lookup::Unknown => Err(UnitProblem::Unknown),
        }
    }

    /// The cell `name` names — a leaf id, or `bonus`/`deduction` in English or Vietnamese —
    /// with its maximum.
    pub fn cell(&self, name: &str) -> Result<(CellKey, Points), CellProblem> {
        let name = name.trim();
        if let Some(&max) = self.leaves.get(name) {
            return Ok((CellKey::Leaf(name.to_string()), max));
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
            UnitProblem::Missing => report.error(at, "the unit is missing", "write the unit's id or its exact name"),
            UnitProblem::Unknown => report.error(
                at,
                format_args!("unknown unit `{text}`"),
                format_args!("write the id or the exact name of a unit of {}", self.units.file_name()),
            ),
            UnitProblem::Ambiguous => report.error(at, format_args!("two or more units are named `{text}`"), "write the unit's id instead of its name"),
            UnitProblem::NotParticipant(u) => report.error(
                at,
                format_args!("unit `{}` ({}) is not scored on rubric `{rubric}`", u.id, u.name),
                "remove this row, or make the unit a participant (rubric participants, or a cluster member)",
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
                format_args!("`{shown}` is not a criterion of rubric `{rubric}`"),
                format_args!("use a leaf id: {}", self.leaf_list()),
            ),
            CellProblem::Section => {
                let items = self
                    .sections
                    .get(name)
                    .map(|l| l.join(", "))
                    .unwrap_or_default();
                report.error(
                    at,
                    format_args!("`{shown}` is a section of rubric `{rubric}`, not a leaf"),
                    format_args!("score its items instead: {items}"),
                )
            }
            CellProblem::NoBonus => report.error(
                at,
                format_args!("rubric `{rubric}` has no bonus"),
                format_args!("remove the bonus, or add `bonus: {{max: …}}` to {file}"),
            ),
            CellProblem::NoDeduction => report.error(
                at,
                format_args!("rubric `{rubric}` has no deduction"),
                format_args!("remove the deduction, or add `deduction: {{max: …}}` to {file}"),
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
                format_args!("a deduction is written as a positive number, not `{text}`"),
                "write 2 for a deduction of 2 points",
            ),
            (ValueProblem::Negative, CellKey::Bonus) => report.error(
                at,
                format_args!("a bonus cannot be below 0 (`{text}`)"),
                "write 0 or more",
            ),
            (ValueProblem::Negative, CellKey::Leaf(_)) => report.error(
                at,
                format_args!("points cannot be below 0 (`{text}`)"),
                "write 0 or more; points taken away belong in the deduction",
            ),
            (ValueProblem::AboveMax(max), CellKey::Leaf(id)) => report.error(
                at,
                format_args!("`{text}` is above the maximum of criterion `{id}` ({max})"),
                format_args!("write at most {max}"),
            ),
            (ValueProblem::AboveMax(max), CellKey::Bonus) => report.error(
                at,
                format_args!("bonus `{text}` is above the rubric's cap of {max}"),
                format_args!("write at most {max}"),
            ),
            (ValueProblem::AboveMax(max), CellKey::Deduction) => report.error(
                at,
                format_args!("deduction `{text}` is above the rubric's cap of {max}"),
                format_args!("write at most {max}"),
            ),
        }
    }

    /// The rubric's leaf ids for hints, the first dozen.
    fn leaf_list(&self) -> String {
        let leaves = self.rubric.leaves();
        let mut s = String::new();
        for (i, l) in leaves.iter().take(12).enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&l.id);
        }
        if leaves.len() > 12 {
            let _ = write!(s, " … ({} in all)", leaves.len());
        }
        if self.rubric.bonus_max.is_some() {
            s.push_str(", or bonus");
        }
        if self.rubric.deduction_max.is_some() {
            s.push_str(", or deduction");
        }
        s
    }
}
