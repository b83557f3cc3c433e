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

/// A unit's cells at one stage by key, kept in key order in one list: a row has a few dozen
/// cells and a national campaign millions of them, which a B-tree held in three times the
/// room. Cells mostly arrive in key order (a sheet's columns), so adding one is a push.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CellMap(Vec<(CellKey, Points)>);

impl CellMap {
    /// An empty map with room for `n` cells.
    pub fn with_capacity(n: usize) -> Self {
        CellMap(Vec::with_capacity(n))
    }

    /// The points of the cell `key`.
    pub fn get(&self, key: &CellKey) -> Option<&Points> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    /// Whether the cell `key` was scored.
    pub fn contains_key(&self, key: &CellKey) -> bool {
        self.find(key).is_ok()
    }

    /// Sets the points of the cell `key`, returning those it replaces.
    pub fn insert(&mut self, key: CellKey, points: Points) -> Option<Points> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, points)),
            Err(i) => {
                self.0.insert(i, (key, points));
                None
            }
        }
    }

    /// How many cells were scored.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when no cell was scored.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The cells in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&CellKey, &Points)> {
        self.0.iter().map(|(k, p)| (k, p))
    }

    /// Gives back the room no cell took.
    pub fn shrink_to_fit(&mut self) {
        self.0.shrink_to_fit();
    }

    /// Where `key` is, or where it would go.
    fn find(&self, key: &CellKey) -> Result<usize, usize> {
        match self.0.last() {
            Some((last, _)) if last < key => Err(self.0.len()),
            _ => self.0.binary_search_by(|(k, _)| k.cmp(key)),
        }
    }
}

impl FromIterator<(CellKey, Points)> for CellMap {
    fn from_iter<I: IntoIterator<Item = (CellKey, Points)>>(iter: I) -> Self {
        let mut map = CellMap::default();
        for (k, p) in iter {
            map.insert(k, p);
        }
        map
    }
}

/// What one unit was given at one stage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnitStageScores {
    /// The cells scored at this stage (an absent cell means "not scored at this stage").
    pub cells: CellMap,
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

#[cfg(test)]
mod cell_map_tests {
    use super::*;

    fn leaf(id: &str) -> CellKey {
        CellKey::Leaf(id.into())
    }

    #[test]
    fn a_cell_map_behaves_as_an_ordered_map() {
        let p = |s: &str| Points::parse(s, false).unwrap();
        let keys = [
            CellKey::Deduction,
            leaf("2.1"),
            leaf("1.10"),
            CellKey::Bonus,
            leaf("1.2"),
            leaf("1.2"),
            leaf("3"),
        ];
        let mut ours = CellMap::default();
        let mut tree = BTreeMap::new();
        for (i, k) in keys.iter().enumerate() {
            let v = p(&i.to_string());
            assert_eq!(ours.insert(k.clone(), v), tree.insert(k.clone(), v));
        }
        assert_eq!(ours.len(), tree.len());
        assert!(ours.iter().eq(tree.iter()));
        for k in keys.iter().chain([&leaf("9"), &leaf("0")]) {
            assert_eq!(ours.get(k), tree.get(k));
            assert_eq!(ours.contains_key(k), tree.contains_key(k));
        }
        let collected: CellMap = tree.clone().into_iter().collect();
        assert_eq!(collected, ours);
    }
}
