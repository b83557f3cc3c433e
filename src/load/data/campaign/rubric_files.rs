//! The campaign's rubrics: the ids listed under `rubrics:` and their files in `rubrics/`.

use std::path::{Path, PathBuf};

use crate::diag::catalogue::data::DATA_KIND_RUBRIC;
use crate::diag::catalogue::data_campaign::{
    CAMPAIGN_CREATE_RUBRIC, CAMPAIGN_DECLARE_RUBRIC, CAMPAIGN_KEEP_ONE_RUBRIC,
    CAMPAIGN_MOVE_OR_REMOVE, CAMPAIGN_RUBRIC_NO_FILE, CAMPAIGN_RUBRIC_NOT_DECLARED,
    CAMPAIGN_RUBRIC_TWICE, CAMPAIGN_RUBRICS_ONLY_YAML,
};
use crate::diag::{Diagnostics, SourceText};
use crate::model::Rubric;
use crate::t;

use super::super::ids::IdRegistry;
use super::super::read::read_text;
use super::super::report::FileReport;
use super::super::rubric::load_rubric;
use super::super::units::UnitIndex;
use super::super::walk::{self, Entry};
use super::super::yaml::{At, Text};

/// The rubric ids listed under `rubrics:`, with where each is written.
pub(super) fn declared_rubrics(
    list: &[Text],
    at: At,
    report: &mut FileReport,
) -> Vec<(String, usize)> {
    let mut ids = IdRegistry::new(DATA_KIND_RUBRIC);
    let mut out = Vec::with_capacity(list.len());
    for (i, t) in list.iter().enumerate() {
        let id = t.0.trim().to_string();
        let offset = at.item(i).offset();
        if ids.check(&id, offset, report) {
            out.push((id, offset));
        }
    }
    out
}

/// Loads the declared rubrics from `rubrics/`, in the declared order, and reports rubric files
/// that nobody declared.
pub(super) fn rubrics(
    root: &Path,
    dir: &Entry,
    declared: &[(String, usize)],
    units: &UnitIndex,
    report: &mut FileReport,
    sources: &mut Vec<PathBuf>,
    diags: &mut Diagnostics,
) -> Vec<Rubric> {
    let folder = dir.rel.join("rubrics");
    let entries = walk::list(root, &folder);
    for e in &entries {
        let stem = e.stem_and_ext().0;
        if e.is_yaml() && !declared.iter().any(|(id, _)| id == stem) {
            diags.error(
                &e.rel,
                None,
                t!(CAMPAIGN_RUBRIC_NOT_DECLARED, id = stem),
                t!(
                    CAMPAIGN_DECLARE_RUBRIC,
                    id = stem,
                    file = dir.rel.join("campaign.yaml").display()
                ),
            );
        } else if !e.is_yaml() {
            diags.warning(
                &e.rel,
                None,
                CAMPAIGN_RUBRICS_ONLY_YAML,
                CAMPAIGN_MOVE_OR_REMOVE,
            );
        }
    }
    let mut out = Vec::with_capacity(declared.len());
    for (id, offset) in declared {
        let files = walk::yaml_named(&entries, id);
        let Some(file) = files.first() else {
            report.error(
                *offset,
                t!(
                    CAMPAIGN_RUBRIC_NO_FILE,
                    id = id,
                    file = folder.join(format!("{id}.yaml")).display()
                ),
                t!(CAMPAIGN_CREATE_RUBRIC, id = id),
            );
            continue;
        };
        for other in &files[1..] {
            diags.error(
                &other.rel,
                None,
                t!(CAMPAIGN_RUBRIC_TWICE, id = id, file = file.rel.display()),
                CAMPAIGN_KEEP_ONE_RUBRIC,
            );
        }
        let src: SourceText = match read_text(root, &file.rel) {
            Ok(s) => s,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        sources.push(file.rel.clone());
        if let Some(r) = load_rubric(&src, id, units, diags) {
            out.push(r);
        }
    }
    out
}
