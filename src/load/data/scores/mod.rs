//! Scores (SPEC §3.4): `scores/<rubric>/<stage>.csv` or `.yaml`, one file per stage, in any
//! of three forms (wide CSV, long CSV, YAML) that give the same [`StageScores`].

pub(crate) mod context;
mod long;
#[cfg(test)]
mod tests;
mod wide;
mod yaml;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::compute::participants;
use crate::diag::Diagnostics;
use crate::diag::catalogue::data::{
    DATA_ROW_FIELDS, DATA_ROW_FIELDS_HINT, DATA_UNNAMED_COLUMN, DATA_UNNAMED_COLUMN_HINT,
};
use crate::diag::catalogue::data_scores::{
    SCORES_DECIMAL_COMMA_SPLIT, SCORES_DECIMAL_COMMA_SPLIT_HINT, SCORES_FILE_NOT_DECLARED,
    SCORES_FOLDER_HINT, SCORES_FOLDER_NOT_DECLARED, SCORES_MOVE_TO, SCORES_NAME_AFTER_STAGE,
    SCORES_NO_UNIT_COLUMN, SCORES_NO_UNIT_COLUMN_HINT, SCORES_NOT_IN_FOLDER, SCORES_NOT_SCORE_FILE,
    SCORES_NOT_SCORE_FILE_HINT, SCORES_ONE_PER_STAGE, SCORES_ROW_FIELDS_COMMA_HINT,
    SCORES_STAGE_NOT_DECLARED, SCORES_STAGE_TWO_FILES, SCORES_TOO_WIDE_HINT,
};
use crate::diag::catalogue::data_sheets::{
    SHEETS_FORM_KEEP_ONE, SHEETS_FORM_NOT_WORKBOOK, SHEETS_FORM_ONLY_FORMS, SHEETS_FORM_UNIT_TWICE,
};
use crate::model::{Campaign, Stage, StageScores};
use crate::t;

use super::columns::{ScoreColumn, score_column};
use super::read::read_text;
use super::report::FileReport;
use super::table::{HeaderCell, Row, Table};
use super::units::UnitIndex;
use super::walk::{self, Entry};
use super::workbook::{self, SheetMap};
use context::Context;

/// The scores of one campaign, the files read and the problems found.
pub(crate) struct LoadedScores {
    /// Rubric id → stages in the campaign's stage order (every loaded rubric has an entry).
    pub scores: BTreeMap<String, Vec<StageScores>>,
    /// The score files read.
    pub sources: Vec<PathBuf>,
    /// The problems found.
    pub diags: Diagnostics,
}

/// One score file to read.
struct Job {
    /// Index into the campaign's rubrics.
    rubric: usize,
    stage: usize,
    entry: Entry,
    /// The rubric's first file in stage order: a wide header there must name every leaf.
    first: bool,
}

/// Loads every score file of the campaign in `dir` (relative to `root`).
pub(crate) fn load_scores(
    root: &Path,
    dir: &Path,
    campaign: &Campaign,
    declared: &[String],
    units: &UnitIndex,
) -> LoadedScores {
    let mut diags = Diagnostics::new();
    let jobs = find_files(root, dir, campaign, declared, &mut diags);
    let contexts: Vec<Context> = campaign
        .rubrics
        .iter()
        .map(|r| Context::new(r, units, participants(campaign, r, &units.units)))
        .collect();
    let results: Vec<ReadStage> = jobs
        .par_iter()
        .map(|job| {
            // One context per rubric, built from the same list the jobs index.
            read_stage(
                root,
                job,
                &campaign.stages[job.stage],
                &contexts[job.rubric],
            )
        })
        .collect();
    let mut scores: BTreeMap<String, Vec<(usize, StageScores)>> = campaign
        .rubrics
        .iter()
        .map(|r| (r.id.clone(), Vec::new()))
        .collect();
    let mut sources = Vec::new();
    let mut maps = Vec::new();
    for (job, (stage_scores, source, d, map)) in jobs.iter().zip(results) {
        diags.extend(d);
        maps.extend(map);
        sources.extend(source);
        if let Some(s) = stage_scores {
            scores
                .entry(campaign.rubrics[job.rubric].id.clone())
                .or_default()
                .push((job.stage, s));
        }
    }
    let scores: BTreeMap<String, Vec<StageScores>> = scores
        .into_iter()
        .map(|(rubric, mut stages)| {
            stages.sort_by_key(|(i, _)| *i);
            (rubric, stages.into_iter().map(|(_, s)| s).collect())
        })
        .collect();
    for (rubric, ctx) in campaign.rubrics.iter().zip(&contexts) {
        let stages = scores
            .get(&rubric.id)
            .map(Vec::as_slice)
            .unwrap_or_default();
        for (file, at, ids) in ctx.take_missing_columns() {
            // A leaf that later stages score for every unit of the rubric: the column is not
            // missing, the file leaves the leaf to them. Otherwise some unit is left without
            // it, and the header that lacks the column is the cause to report.
            let never: Vec<&crate::model::Criterion> = rubric
                .leaves()
                .into_iter()
                .filter(|leaf| ids.contains(&leaf.id))
                .filter(|leaf| {
                    let key = crate::model::CellKey::Leaf(leaf.id.as_str().into());
                    ctx.participants().any(|unit| {
                        !stages.iter().any(|s| {
                            s.units
                                .get(unit)
                                .is_some_and(|u| u.cells.contains_key(&key))
                        })
                    })
                })
                .collect();
            if !never.is_empty() {
                diags.push(wide::missing_columns_error(&file, at, &never));
            }
        }
    }
    for map in &maps {
        map.place(&mut diags);
    }
    sources.sort();
    LoadedScores {
        scores,
        sources,
        diags,
    }
}

/// Lists the score files, reporting those that belong to no declared rubric or stage.
fn find_files(
    root: &Path,
    dir: &Path,
    campaign: &Campaign,
    declared: &[String],
    diags: &mut Diagnostics,
) -> Vec<Job> {
    let folder = dir.join("scores");
    let stage_files: Vec<String> = campaign
        .stages
        .iter()
        .map(|s| format!("{}.csv", s.id))
        .collect();
    let mut jobs = Vec::new();
    for e in walk::list(root, &folder) {
        if !e.is_dir {
            diags.error(
                &e.rel,
                None,
                SCORES_NOT_IN_FOLDER,
                t!(SCORES_MOVE_TO, folder = folder.display()),
            );
            continue;
        }
        let files = walk::list(root, &e.rel);
        let Some(rubric) = campaign.rubrics.iter().position(|r| r.id == e.name) else {
            if !declared.contains(&e.name) {
                let hint = t!(
                    SCORES_FOLDER_HINT,
                    declared = declared.join(", "),
                    name = &e.name
                );
                if files.is_empty() {
                    diags.error(
                        &e.rel,
                        None,
                        t!(SCORES_FOLDER_NOT_DECLARED, name = &e.name),
                        hint.clone(),
                    );
                }
                for f in &files {
                    diags.error(
                        &f.rel,
                        None,
                        t!(SCORES_FILE_NOT_DECLARED, name = &e.name),
                        hint.clone(),
                    );
                }
            }
            // A declared rubric that failed to load has been reported already.
            continue;
        };
        let mut taken: Vec<Option<PathBuf>> = vec![None; campaign.stages.len()];
        for f in files {
            let (stem, ext) = f.stem_and_ext();
            let readable =
                matches!(ext.as_str(), "csv" | "yaml" | "yml") || workbook::is_workbook_ext(&ext);
            // A folder named after a stage holds the returned forms of that stage.
            let stem = if f.is_dir { f.name.as_str() } else { stem };
            if !f.is_dir && !readable {
                diags.error(
                    &f.rel,
                    None,
                    SCORES_NOT_SCORE_FILE,
                    SCORES_NOT_SCORE_FILE_HINT,
                );
                continue;
            }
            let Some(stage) = campaign.stages.iter().position(|s| s.id == stem) else {
                diags.error(
                    &f.rel,
                    None,
                    t!(SCORES_STAGE_NOT_DECLARED, stage = stem),
                    t!(SCORES_NAME_AFTER_STAGE, files = stage_files.join(", ")),
                );
                continue;
            };
            if let Some(first) = &taken[stage] {
                diags.error(
                    &f.rel,
                    None,
                    t!(
                        SCORES_STAGE_TWO_FILES,
                        stage = stem,
                        first = first.display()
                    ),
                    SCORES_ONE_PER_STAGE,
                );
                continue;
            }
            taken[stage] = Some(f.rel.clone());
            jobs.push(Job {
                rubric,
                stage,
                entry: f,
                first: false,
            });
        }
    }
    for rubric in 0..campaign.rubrics.len() {
        if let Some(job) = jobs
            .iter_mut()
            .filter(|j| j.rubric == rubric)
            .min_by_key(|j| j.stage)
        {
            job.first = true;
        }
    }
    jobs
}

/// Reads one score file: CSV, YAML or a workbook (whose diagnostics are placed in its cells
/// by [`load_scores`], with the map returned).
fn read_stage(root: &Path, job: &Job, stage: &Stage, ctx: &Context) -> ReadStage {
    if job.entry.is_dir {
        return read_forms(root, job, stage, ctx);
    }
    let mut diags = Diagnostics::new();
    let rel = &job.entry.rel;
    let read = if workbook::is_workbook(rel) {
        let names = [
            stage.id.as_str(),
            stage.label.as_str(),
            ctx.rubric.id.as_str(),
            ctx.rubric.title.as_str(),
        ];
        workbook::read(root, rel, &names, is_unit_column, &mut diags)
            .map(|sheet| (sheet.src, Some(sheet.map)))
    } else {
        read_text(root, rel).map(|src| (src, None))
    };
    let (src, map) = match read {
        Ok(s) => s,
        Err(d) => {
            diags.push(d);
            return (None, vec![rel.clone()], diags, Vec::new());
        }
    };
    let mut report = FileReport::new(&src);
    let units = if job.entry.is_yaml() {
        yaml::read(&mut report, ctx)
    } else {
        read_csv(&mut report, ctx, job.first)
    };
    report.finish(&mut diags);
    let scores = StageScores {
        stage: stage.id.clone(),
        units,
        source: rel.clone(),
    };
    (
        Some(scores),
        vec![rel.clone()],
        diags,
        map.into_iter().collect(),
    )
}

/// Reads a stage given as a folder of returned scoring forms (SPEC §7.3), one per unit
/// whatever the files are called; two forms for one unit are an error naming both.
fn read_forms(root: &Path, job: &Job, stage: &Stage, ctx: &Context) -> ReadStage {
    let mut diags = Diagnostics::new();
    let mut maps = Vec::new();
    let mut sources = Vec::new();
    let mut units = BTreeMap::new();
    let mut from: BTreeMap<String, PathBuf> = BTreeMap::new();
    let is_section = |id: &str| matches!(ctx.cell(id), Err(context::CellProblem::Section));
    for f in walk::list(root, &job.entry.rel) {
        if f.is_dir || !workbook::is_workbook(&f.rel) {
            diags.error(
                &f.rel,
                None,
                SHEETS_FORM_NOT_WORKBOOK,
                SHEETS_FORM_ONLY_FORMS,
            );
            continue;
        }
        sources.push(f.rel.clone());
        let sheet = match workbook::form::read_form(root, &f.rel, is_section, &mut diags) {
            Ok(sheet) => sheet,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        let mut report = FileReport::new(&sheet.src);
        let read = read_csv(&mut report, ctx, false);
        report.finish(&mut diags);
        for (unit, scores) in read {
            if let Some(first) = from.get(&unit) {
                diags.error(
                    &f.rel,
                    None,
                    t!(
                        SHEETS_FORM_UNIT_TWICE,
                        unit = &unit,
                        first = first.display()
                    ),
                    SHEETS_FORM_KEEP_ONE,
                );
                continue;
            }
            from.insert(unit.clone(), f.rel.clone());
            units.insert(unit, scores);
        }
        maps.push(sheet.map);
    }
    let scores = StageScores {
        stage: stage.id.clone(),
        units,
        source: job.entry.rel.clone(),
    };
    (Some(scores), sources, diags, maps)
}

/// What [`read_stage`] gives: the scores, the files read, their problems, and for workbooks
/// the maps from their text to their cells.
type ReadStage = (
    Option<StageScores>,
    Vec<PathBuf>,
    Diagnostics,
    Vec<SheetMap>,
);

/// True for a header cell naming the unit column (the header row of a workbook).
fn is_unit_column(name: &str) -> bool {
    score_column(name) == Some(ScoreColumn::Unit)
}

/// Reads one score file given as bytes, as [`read_stage`] does after reading it from disk: for
/// fuzzing and the tests that replay what fuzzing found (`super::fuzz`).
pub(crate) fn read_bytes(path: &Path, bytes: &[u8], ctx: &Context, diags: &mut Diagnostics) {
    let src = match crate::diag::decode_source(path, bytes) {
        Ok(s) => s,
        Err(d) => {
            diags.push(d);
            return;
        }
    };
    let mut report = FileReport::new(&src);
    let is_yaml = path.extension().is_some_and(|e| e == "yaml" || e == "yml");
    if is_yaml {
        yaml::read(&mut report, ctx);
    } else {
        read_csv(&mut report, ctx, false);
    }
    report.finish(diags);
}

/// A CSV score file: long when the header has `criterion` or `points`, else wide.
fn read_csv(
    report: &mut FileReport,
    ctx: &Context,
    first: bool,
) -> BTreeMap<String, crate::model::UnitStageScores> {
    let src = report.src();
    let mut table = Table::open(src, |name| score_column(name).is_some() || ctx.knows(name));
    let header = match table.next_row().map(|r| (r.offset, r.to_header())) {
        None => return BTreeMap::new(),
        Some((_, Ok(h))) => h,
        Some((at, Err(message))) => {
            report.error(at, message, SCORES_TOO_WIDE_HINT);
            return BTreeMap::new();
        }
    };
    let columns: Vec<Option<ScoreColumn>> = header.iter().map(|h| score_column(&h.text)).collect();
    if !columns.contains(&Some(ScoreColumn::Unit)) {
        report.error(
            header.first().map_or(0, |h| h.offset),
            SCORES_NO_UNIT_COLUMN,
            SCORES_NO_UNIT_COLUMN_HINT,
        );
        return BTreeMap::new();
    }
    if columns
        .iter()
        .any(|c| matches!(c, Some(ScoreColumn::Criterion | ScoreColumn::Points)))
    {
        long::read(&mut table, &header, report, ctx)
    } else {
        wide::read(&mut table, &header, ctx, first, report)
    }
}

/// Reports a row whose number of fields differs from the header's; false when the row has too
/// many, so that its values, shifted out of their columns, are not read (each would be a
/// wrong diagnosis: "`23` is above the maximum" for a `14,5` split in two).
fn check_field_count(row: &Row, expected: usize, delimiter: u8, report: &mut FileReport) -> bool {
    if row.len() == expected {
        return true;
    }
    if delimiter == b',' && row.len() > expected {
        // The usual cause: a decimal comma in a comma-separated file splits a number in two.
        let cells: Vec<_> = row.cells().collect();
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if let Some(pair) = cells
            .windows(2)
            .find(|w| !w[0].quoted && !w[1].quoted && digits(w[0].text) && digits(w[1].text))
        {
            let number = format!("{},{}", pair[0].text, pair[1].text);
            report.error(
                pair[0].offset,
                t!(
                    SCORES_DECIMAL_COMMA_SPLIT,
                    number = &number,
                    n = row.len(),
                    expected = expected
                ),
                t!(
                    SCORES_DECIMAL_COMMA_SPLIT_HINT,
                    fixed = format!("{}.{}", pair[0].text, pair[1].text),
                    number = &number
                ),
            );
            return false;
        }
    }
    let at = row.get(expected).map_or_else(|| row.end(), |c| c.offset);
    let hint = if delimiter == b',' {
        SCORES_ROW_FIELDS_COMMA_HINT
    } else {
        DATA_ROW_FIELDS_HINT
    };
    report.error(
        at,
        t!(DATA_ROW_FIELDS, n = row.len(), expected = expected),
        hint,
    );
    row.len() < expected
}

/// True when a column before `h` has exactly the same name.
fn same_name_before(header: &[HeaderCell], h: &HeaderCell) -> bool {
    header
        .iter()
        .take_while(|x| x.offset != h.offset)
        .any(|x| x.text == h.text)
}

/// Reports a value under a header cell that is empty.
fn report_unnamed(at: usize, report: &mut FileReport) {
    report.error(at, DATA_UNNAMED_COLUMN, DATA_UNNAMED_COLUMN_HINT);
}
