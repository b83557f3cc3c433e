//! Units — "đơn vị" (SPEC §3.1): `data/units.yaml` or `data/units.csv`.

mod from_csv;
mod from_yaml;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::diag::Diagnostics;
use crate::diag::catalogue::data::{
    UNITS_GIVEN_TWICE, UNITS_KEEP_ONE_FILE, UNITS_UNKNOWN, UNITS_USE_ID_FROM,
};
use crate::model::Unit;
use crate::t;

use super::columns::{UnitColumn, unit_column};
use super::read::read_text;
use super::walk;
use super::workbook;

/// Units that the units file names but that were refused there (an id that breaks the rule,
/// a row without an id), or all units when the file could not be read. A reference to one of
/// them elsewhere is a consequence of the error already reported in the units file, not an
/// error of its own: reporting it would send the reader to the wrong file (SPEC §8).
#[derive(Debug, Default, Clone)]
pub struct Excused {
    /// Every unit is excused: the units file is missing, given twice or unreadable.
    pub all: bool,
    /// Refused ids, trimmed and in lowercase (`P1` written for `p1`).
    ids: HashSet<String>,
    /// Names of the refused units, trimmed.
    names: HashSet<String>,
}

impl Excused {
    /// Remembers a unit refused in the units file.
    pub fn add(&mut self, id: &str, name: &str) {
        if !id.trim().is_empty() {
            self.ids.insert(id.trim().to_lowercase());
        }
        if !name.trim().is_empty() {
            self.names.insert(name.trim().to_string());
        }
    }

    /// True when a reference written as `text` (an id or a name) may be to a refused unit.
    pub fn covers(&self, text: &str) -> bool {
        let text = text.trim();
        self.all || self.ids.contains(&text.to_lowercase()) || self.names.contains(text)
    }
}

/// The units of the site, with a lookup by exact name for score files.
#[derive(Debug, Default)]
pub(crate) struct UnitIndex {
    /// Units by id.
    pub units: BTreeMap<String, Unit>,
    /// Exact name → id; `None` when two units share the name.
    by_name: HashMap<String, Option<String>>,
    /// False when the units file is missing or could not be read at all: references to units
    /// are then not checked, since every one of them would be reported for a single cause.
    pub reliable: bool,
    /// The units file, relative to the site root.
    pub source: Option<PathBuf>,
    /// Units refused in the units file: references to them are not reported again.
    pub excused: Excused,
}

/// What a unit reference in a score file points to.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Lookup<'a> {
    /// A unit, by its id or its exact name.
    Found(&'a Unit),
    /// A name that two or more units share.
    Ambiguous,
    /// Nothing.
    Unknown,
}

impl UnitIndex {
    /// Indexes `units`.
    pub fn new(
        units: BTreeMap<String, Unit>,
        reliable: bool,
        source: Option<PathBuf>,
        excused: Excused,
    ) -> Self {
        let mut by_name: HashMap<String, Option<String>> = HashMap::new();
        for u in units.values() {
            by_name
                .entry(u.name.trim().to_string())
                .and_modify(|e| *e = None)
                .or_insert_with(|| Some(u.id.clone()));
        }
        let excused = Excused {
            all: !reliable,
            ..excused
        };
        UnitIndex {
            units,
            by_name,
            reliable,
            source,
            excused,
        }
    }

    /// Finds a unit by id, else by exact name (text is already NFC; spaces around are ignored).
    pub fn resolve(&self, text: &str) -> Lookup<'_> {
        let text = text.trim();
        if let Some(u) = self.units.get(text) {
            return Lookup::Found(u);
        }
        match self.by_name.get(text) {
            Some(Some(id)) => self.units.get(id).map_or(Lookup::Unknown, Lookup::Found),
            Some(None) => Lookup::Ambiguous,
            None => Lookup::Unknown,
        }
    }

    /// True when `id` is a unit, or when units cannot be checked (see [`UnitIndex::reliable`]).
    pub fn accepts(&self, id: &str) -> bool {
        !self.reliable || self.units.contains_key(id)
    }

    /// Like [`UnitIndex::accepts`], reporting an unknown unit written at byte offset `at`
    /// unless it is [excused](Excused) (then it is left out without a word).
    pub fn check_known(&self, id: &str, at: usize, report: &mut super::report::FileReport) -> bool {
        let ok = self.accepts(id);
        if !ok && !self.excused.covers(id) {
            report.error(
                at,
                t!(UNITS_UNKNOWN, id = id),
                t!(UNITS_USE_ID_FROM, file = self.file_name()),
            );
        }
        ok
    }

    /// The units file for hints: `data/units.yaml` when there is none.
    pub fn file_name(&self) -> String {
        self.source
            .as_deref()
            .unwrap_or(Path::new("data/units.yaml"))
            .display()
            .to_string()
    }
}

/// Loads the units file of the site at `root`.
pub(crate) fn load_units(root: &Path, diags: &mut Diagnostics) -> UnitIndex {
    let entries = walk::list(root, Path::new("data"));
    let mut candidates: Vec<&walk::Entry> = walk::yaml_named(&entries, "units");
    candidates.extend(
        entries
            .iter()
            .filter(|e| !e.is_dir && e.stem_and_ext().0 == "units")
            .filter(|e| {
                let ext = e.stem_and_ext().1;
                ext == "csv" || workbook::is_workbook_ext(&ext)
            }),
    );
    let file = match candidates.as_slice() {
        [] => return UnitIndex::default(),
        [one] => *one,
        [first, rest @ ..] => {
            for other in rest {
                diags.error(
                    &other.rel,
                    None,
                    t!(
                        UNITS_GIVEN_TWICE,
                        first = first.rel.display(),
                        second = other.rel.display()
                    ),
                    UNITS_KEEP_ONE_FILE,
                );
            }
            return UnitIndex {
                source: Some(first.rel.clone()),
                ..UnitIndex::default()
            };
        }
    };
    let read = if workbook::is_workbook(&file.rel) {
        let is_header = |n: &str| unit_column(n) == Some(UnitColumn::Id);
        workbook::read(root, &file.rel, &["units", "đơn vị"], is_header, diags)
            .map(|sheet| (sheet.src, Some(sheet.map)))
    } else {
        read_text(root, &file.rel).map(|src| (src, None))
    };
    let (src, map) = match read {
        Ok(read) => read,
        Err(d) => {
            diags.push(d);
            return UnitIndex {
                source: Some(file.rel.clone()),
                ..UnitIndex::default()
            };
        }
    };
    let loaded = if file.is_yaml() {
        from_yaml::read(&src, diags)
    } else {
        from_csv::read(&src, diags)
    };
    if let Some(map) = map {
        map.place(diags);
    }
    match loaded {
        Some((units, excused)) => UnitIndex::new(units, true, Some(file.rel.clone()), excused),
        None => UnitIndex::new(
            BTreeMap::new(),
            false,
            Some(file.rel.clone()),
            Excused::default(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(id: &str, name: &str) -> Unit {
        Unit {
            id: id.into(),
            name: name.into(),
            kind: String::new(),
            attrs: BTreeMap::new(),
        }
    }

    #[test]
    fn resolves_ids_then_exact_names() {
        let units: BTreeMap<String, Unit> = [
            unit("p12", "Phường 12"),
            unit("a", "Xã Hòa"),
            unit("b", "Xã Hòa"),
        ]
        .into_iter()
        .map(|u| (u.id.clone(), u))
        .collect();
        let idx = UnitIndex::new(units, true, None, Excused::default());
        assert_eq!(idx.resolve("p12"), Lookup::Found(&idx.units["p12"]));
        assert_eq!(idx.resolve(" Phường 12 "), Lookup::Found(&idx.units["p12"]));
        assert_eq!(idx.resolve("phường 12"), Lookup::Unknown);
        assert_eq!(idx.resolve("Xã Hòa"), Lookup::Ambiguous);
    }

    #[test]
    fn both_files_is_an_error_on_the_second() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("data")).unwrap();
        std::fs::write(dir.path().join("data/units.yaml"), "- {id: p1, name: P1}\n").unwrap();
        std::fs::write(dir.path().join("data/units.csv"), "id,name\np1,P1\n").unwrap();
        let mut d = Diagnostics::new();
        let idx = load_units(dir.path(), &mut d);
        let v = d.into_vec();
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].file, Path::new("data/units.csv"));
        assert!(v[0].message.contains("given twice"), "{}", &*v[0].message);
        assert!(!idx.reliable);
    }
}
