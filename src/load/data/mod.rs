//! Placeholder until the data loaders land.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostics;
use crate::model::{Campaign, Unit};

/// Units and campaigns.
#[derive(Debug, Default)]
pub struct DataSet {
    /// Units by id.
    pub units: BTreeMap<String, Unit>,
    /// Campaigns by id.
    pub campaigns: Vec<Campaign>,
    /// Files read.
    pub sources: Vec<PathBuf>,
}

/// Loads `data/`.
pub fn load_data(_root: &Path, _diags: &mut Diagnostics) -> DataSet {
    DataSet::default()
}
