//! The data files of a site (SPEC §3.1–3.4): units, campaigns, rubrics and staged scores.
//!
//! Emulation staff edit these in spreadsheets and text editors, so every loader tolerates what
//! spreadsheets produce (byte-order mark, `;` between fields, decimal commas, Vietnamese
//! column names, a unit written by its name) and reports everything else as a [`Diagnostic`]
//! naming the file, line and column, what is wrong and what to do — all problems of a run, never
//! only the first, and never a panic. `docs/data-formats.md` is the user's side of this module.
//!
//! Each loader parses into private raw structs (serde for YAML, the `csv` crate for CSV) and
//! then validates into the [`crate::model`] types; positions of YAML values come from a second,
//! structural walk of the same text (`yaml::At`).
//!
//! Map: `units/` (units.yaml, units.csv or a units workbook) · `campaign/` (campaign.yaml:
//! stages, clusters, awards, nominations, and which rubric files to load) · `rubric/` (the
//! criteria tree, bands, tie-breakers) · `scores/` (finding score files and folders of returned
//! forms; wide, long and YAML readers sharing one `Context` of checks) · `table` (CSV with
//! delimiter detection, field positions and quoting) · `workbook/` (`.xlsx`, `.ods`, `.xls`
//! sheets read as CSV text, with a map from its positions back to sheets and cells, SPEC §7.1;
//! `form.rs`: a returned scoring form as a long table, §7.3) · `yaml/` (parsing, positions,
//! readable errors) · `report` (per-file diagnostics, capped) · `columns`, `ids`, `numbers`,
//! `read`, `walk` (small shared rules). Text that is not UTF-8 is decoded in
//! `crate::diag::encoding`, and warned about by `report`.
//!
//! [`Diagnostic`]: crate::diag::Diagnostic

mod campaign;
mod columns;
pub mod fuzz;
mod ids;
mod numbers;
mod read;
mod report;
mod rubric;
mod scores;
mod table;

pub(crate) use table::MAX_COLUMNS;
#[cfg(test)]
mod testing;
#[cfg(test)]
mod tests;
mod units;
pub use units::Excused;
mod walk;
pub(crate) mod workbook;
pub(crate) mod yaml;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diag::Diagnostics;
use crate::diag::catalogue::data::{
    DATA_ADD_UNITS_FILE, DATA_CAMPAIGN_FOLDER_ID, DATA_MOVE_INTO_CAMPAIGN, DATA_NO_UNITS_FILE,
    DATA_NOT_A_CAMPAIGN_FOLDER, DATA_RENAME_FOLDER,
};
use crate::model::{Campaign, Unit};
use crate::t;
use crate::text::is_valid_id;

/// Everything read from `data/`: the units and the campaigns with their rubrics and scores.
#[derive(Debug, Default)]
pub struct DataSet {
    /// Units by id (SPEC §3.1).
    pub units: BTreeMap<String, Unit>,
    /// Campaigns, sorted by id (the folder name under `data/campaigns/`).
    pub campaigns: Vec<Campaign>,
    /// Every data file read, relative to the site root, sorted.
    pub sources: Vec<PathBuf>,
    /// Units refused in the units file (or all, when it could not be read): a reference to
    /// one elsewhere is a consequence of an error already reported, not another error.
    pub excused_units: Excused,
    /// Campaign folders whose campaign.yaml could not be read: the errors are reported there,
    /// and a page or conference naming the campaign is not reported again.
    pub broken_campaigns: BTreeSet<String>,
}

/// Loads the data files of the site at `root`, reporting every problem into `diags`.
///
/// What could be read is returned even when there are errors, so that later checks can run
/// and report their own problems in the same run; a build must still stop on any error.
pub fn load_data(root: &Path, diags: &mut Diagnostics) -> DataSet {
    let units = units::load_units(root, diags);
    let campaigns_dir = Path::new("data/campaigns");
    let mut folders = Vec::new();
    for e in walk::list(root, campaigns_dir) {
        if !e.is_dir {
            diags.warning(
                &e.rel,
                None,
                DATA_NOT_A_CAMPAIGN_FOLDER,
                DATA_MOVE_INTO_CAMPAIGN,
            );
        } else if !is_valid_id(&e.name) {
            diags.error(
                &e.rel,
                None,
                t!(DATA_CAMPAIGN_FOLDER_ID, name = &e.name),
                DATA_RENAME_FOLDER,
            );
        } else {
            folders.push(e);
        }
    }
    if !folders.is_empty() && units.source.is_none() {
        diags.error(
            "data/units.yaml",
            None,
            DATA_NO_UNITS_FILE,
            DATA_ADD_UNITS_FILE,
        );
    }
    let loaded: Vec<campaign::Loaded> = folders
        .par_iter()
        .map(|dir| campaign::load_campaign(root, dir, &units))
        .collect();
    let mut sources: Vec<PathBuf> = units
        .source
        .iter()
        .filter(|p| root.join(p).is_file())
        .cloned()
        .collect();
    let mut campaigns = Vec::with_capacity(loaded.len());
    let mut broken_campaigns = BTreeSet::new();
    for (l, dir) in loaded.into_iter().zip(&folders) {
        diags.extend(l.diags);
        sources.extend(l.sources);
        match l.campaign {
            Some(c) => campaigns.push(c),
            None => {
                broken_campaigns.insert(dir.name.clone());
            }
        }
    }
    let mut excused_units = units.excused.clone();
    excused_units.all = !units.reliable && (units.source.is_some() || !folders.is_empty());
    sources.sort();
    sources.dedup();
    DataSet {
        units: units.units,
        campaigns,
        sources,
        excused_units,
        broken_campaigns,
    }
}

/// What loading one campaign again gave: the campaign (when its `campaign.yaml` could be
/// read), the files read and the problems found.
#[derive(Debug)]
pub struct Reloaded {
    /// The campaign.
    pub campaign: Option<Campaign>,
    /// Every file read, relative to the site root, sorted.
    pub sources: Vec<PathBuf>,
    /// Every problem found in the campaign's files.
    pub diags: Diagnostics,
}

/// Loads again the campaign in `data/campaigns/<id>/` alone, against the units of a site that
/// loaded without errors (so the units file was read and refused none): `serve` reads only
/// the campaign whose scores changed. `units_file` is the units file the site was loaded with
/// (a source of every campaign).
pub fn reload_campaign(
    root: &Path,
    id: &str,
    units: &BTreeMap<String, Unit>,
    units_file: Option<PathBuf>,
) -> Reloaded {
    let index = units::UnitIndex::new(units.clone(), true, units_file, Excused::default());
    let dir = walk::Entry {
        name: id.to_string(),
        rel: Path::new("data/campaigns").join(id),
        is_dir: true,
    };
    let l = campaign::load_campaign(root, &dir, &index);
    Reloaded {
        campaign: l.campaign,
        sources: l.sources,
        diags: l.diags,
    }
}
