//! `results.xlsx` (SPEC §7.4): the results of a campaign for people who work in a spreadsheet.
//!
//! One sheet per rubric, one row per unit in ranking order: ranks, unit, cluster, one column
//! per leaf criterion, then regular, bonus, deduction, total, band, complete and awards.
//! Numbers are stored as numbers (a total sorts and sums as one), the header row is frozen and
//! filters are on. The header names the columns as `results.csv` does; a last sheet says in the
//! site's language what each column holds and the title of each criterion. The workbook is the
//! same bytes for the same results: its creation date is fixed, not the clock's.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use crate::compute::{CampaignResults, RubricResults};
use crate::diag::Diagnostic;
use crate::diag::catalogue::site as msg;
use crate::model::{Campaign, Rubric};
use crate::render::engine::words::Words;
use crate::render::parts::awards::awards_won_each;
use crate::render::parts::paging::PART_SIZE;
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes;
use crate::site::Site;

/// It is the campaign's results.
pub fn reads(site: &Site, ci: usize) -> Vec<Input> {
    vec![Input::Campaign(site.campaigns[ci].campaign.id.clone())]
}

/// Writes `results.xlsx` of the `ci`-th campaign.
pub fn render(r: &Renderer, ci: usize) -> Result<Files, Diagnostic> {
    let s = &r.site.campaigns[ci];
    let bytes = results_xlsx(r.words, &s.campaign, &s.results).map_err(|e| {
        Diagnostic::error(
            routes::results_xlsx(&s.campaign.id),
            None,
            crate::t!(msg::RESULTS_XLSX_FAILED, error = e.to_string()),
            msg::REPORT_BUG,
        )
    })?;
    Ok(vec![(routes::results_xlsx(&s.campaign.id), bytes)])
}

/// The columns before the criteria.
const LEADING: [&str; 6] = [
    "rank_overall",
    "rank_cluster",
    "unit",
    "name",
    "kind",
    "cluster",
];

/// The columns after the criteria.
const TRAILING: [&str; 7] = [
    "regular",
    "bonus",
    "deduction",
    "total",
    "band",
    "complete",
    "awards",
];

/// The workbook of a campaign's results, in the words of `w`.
pub fn results_xlsx(
    w: &Words,
    campaign: &Campaign,
    results: &CampaignResults,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    // A quicker deflate than the default (6): a national campaign's workbook took half the
    // time to write, for a file a sixth larger (4.5 MB rather than 3.8 MB).
    book.set_zip_compression_level(3);
    // A fixed creation date (the campaign's year, or 2000): same results, same bytes.
    let year = campaign
        .year
        .and_then(|y| u16::try_from(y).ok())
        .unwrap_or(2000);
    let created = ExcelDateTime::from_ymd(year.clamp(1900, 9999), 1, 1)?;
    book.set_properties(
        &DocProperties::new()
            .set_title(&campaign.title)
            .set_creation_datetime(&created),
    );
    let header = Format::new().set_bold().set_text_wrap();
    let mut names: Vec<String> = Vec::new();
    for rr in &results.rubrics {
        let Some(rubric) = campaign.rubrics.iter().find(|r| r.id == rr.rubric) else {
            continue;
        };
        // A large rubric's rows go to a temporary file as they are written (a national
        // campaign's sheets held 100 MB otherwise); without a temporary folder to write in,
        // they stay in memory.
        let sheet = if rr.units.len() > PART_SIZE && book.add_worksheet_with_low_memory().is_ok() {
            book.worksheets_mut().last_mut().expect("just added")
        } else {
            book.add_worksheet()
        };
        sheet.set_name(sheet_name(&rubric.id, &mut names))?;
        write_rubric(sheet, w, campaign, rubric, rr, &header)?;
    }
    let legend = book.add_worksheet();
    legend.set_name(sheet_name(w.xlsx_legend_sheet, &mut names))?;
    write_legend(legend, w, campaign, &header)?;
    book.save_to_buffer()
}

fn write_rubric(
    sheet: &mut Worksheet,
    w: &Words,
    campaign: &Campaign,
    rubric: &Rubric,
    rr: &RubricResults,
    header: &Format,
) -> Result<(), XlsxError> {
    let leaves = rubric.leaves();
    let mut col: u16 = 0;
    let mut head = |sheet: &mut Worksheet, name: &str| -> Result<u16, XlsxError> {
        sheet.write_string_with_format(0, col, name, header)?;
        col += 1;
        Ok(col - 1)
    };
    for name in LEADING {
        head(sheet, name)?;
    }
    for leaf in &leaves {
        head(sheet, &leaf.id)?;
    }
    for name in TRAILING {
        head(sheet, name)?;
    }
    let last_col = col - 1;
    let won = awards_won_each(w, rr);
    let mut cluster_names: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for c in &campaign.clusters {
        cluster_names
            .entry(c.id.as_str())
            .or_insert(c.name.as_str());
    }
    for (i, u) in rr.units.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let mut c: u16 = 0;
        let mut next = || {
            c += 1;
            c - 1
        };
        sheet.write_number(row, next(), f64::from(u.rank_overall))?;
        let rank_cluster = next();
        if let Some(rank) = u.rank_cluster {
            sheet.write_number(row, rank_cluster, f64::from(rank))?;
        }
        sheet.write_string(row, next(), &u.unit)?;
        sheet.write_string(row, next(), &u.name)?;
        sheet.write_string(row, next(), &u.kind)?;
        let cluster = u
            .cluster
            .as_ref()
            .and_then(|id| cluster_names.get(id.as_str()).copied())
            .unwrap_or_default();
        sheet.write_string(row, next(), cluster)?;
        for (_, cell) in &u.criteria {
            let at = next();
            if let Some(p) = cell.final_points {
                sheet.write_number(row, at, p.as_f64())?;
            }
        }
        for p in [u.regular, u.bonus, u.deduction, u.total] {
            sheet.write_number(row, next(), p.as_f64())?;
        }
        sheet.write_string(row, next(), u.band.as_deref().unwrap_or_default())?;
        sheet.write_boolean(row, next(), u.complete)?;
        sheet.write_string(row, next(), won[i].join("; "))?;
    }
    let last_row = u32::try_from(rr.units.len()).unwrap_or(u32::MAX);
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last_row.max(1), last_col)?;
    sheet.set_column_width(3, 28)?;
    sheet.set_column_width(5, 18)?;
    sheet.set_column_width(last_col, 36)?;
    Ok(())
}

/// The last sheet: what each column holds, and the title and maximum of every criterion.
fn write_legend(
    sheet: &mut Worksheet,
    w: &Words,
    campaign: &Campaign,
    header: &Format,
) -> Result<(), XlsxError> {
    let columns: [(&str, &str); 13] = [
        ("rank_overall", w.xlsx_rank_overall),
        ("rank_cluster", w.xlsx_rank_cluster),
        ("unit", w.xlsx_unit_id),
        ("name", w.xlsx_unit_name),
        ("kind", w.xlsx_unit_kind),
        ("cluster", w.cluster),
        ("regular", w.criteria_points),
        ("bonus", w.bonus_points),
        ("deduction", w.deduction_points),
        ("total", w.total_points),
        ("band", w.band),
        ("complete", w.xlsx_complete),
        ("awards", w.awards),
    ];
    sheet.write_string_with_format(0, 0, w.xlsx_column, header)?;
    sheet.write_string_with_format(0, 1, w.xlsx_meaning, header)?;
    sheet.write_string_with_format(0, 2, w.max_points, header)?;
    let mut row = 1;
    for (key, meaning) in columns {
        sheet.write_string(row, 0, key)?;
        sheet.write_string(row, 1, meaning)?;
        row += 1;
    }
    for rubric in &campaign.rubrics {
        row += 1;
        sheet.write_string_with_format(row, 0, &rubric.id, header)?;
        sheet.write_string_with_format(row, 1, &rubric.title, header)?;
        row += 1;
        for leaf in rubric.leaves() {
            sheet.write_string(row, 0, &leaf.id)?;
            sheet.write_string(row, 1, &leaf.title)?;
            sheet.write_number(row, 2, leaf.max.as_f64())?;
            row += 1;
        }
    }
    sheet.set_column_width(0, 14)?;
    sheet.set_column_width(1, 70)?;
    Ok(())
}

/// A sheet name Excel accepts (at most 31 characters, none of `[]:*?/\`), unique in the
/// workbook.
fn sheet_name(wanted: &str, taken: &mut Vec<String>) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .take(31)
        .collect();
    let mut name = clean.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
        let suffix = format!(" ({n})");
        name = clean
            .chars()
            .take(31 - suffix.chars().count())
            .collect::<String>()
            + &suffix;
        n += 1;
    }
    taken.push(name.clone());
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::campaign_results;
    use crate::render::engine::words::VI;
    use crate::render::exports::sample::sample;

    #[test]
    fn the_same_results_give_the_same_bytes() {
        let (c, units) = sample(true);
        let results = campaign_results(&c, &units);
        let a = results_xlsx(&VI, &c, &results).unwrap();
        let b = results_xlsx(&VI, &c, &results).unwrap();
        assert_eq!(a, b);
        assert!(a.starts_with(b"PK"), "an xlsx is a zip file");
    }

    #[test]
    fn sheet_names_are_short_clean_and_unique() {
        let mut taken = Vec::new();
        assert_eq!(sheet_name("vhtt", &mut taken), "vhtt");
        assert_eq!(sheet_name("VHTT", &mut taken), "VHTT (2)");
        let long = sheet_name(&"a/b".repeat(20), &mut taken);
        assert_eq!(long.chars().count(), 31);
        assert!(!long.contains('/'));
    }
}
