//! `results.csv` (SPEC §5, §7.4): one row per unit and rubric, with the same figures as
//! `results.json`, safe to open in a spreadsheet: it starts with a byte-order mark, so that
//! Excel on a Vietnamese Windows reads it as UTF-8 (without it, "Phường" shows as "PhÆ°á»ng"),
//! and text that a spreadsheet would run as a formula is neutralised.

use std::borrow::Cow;
use std::sync::Arc;

use crate::compute::{CampaignResults, CellResult};
use crate::diag::Diagnostic;
use crate::model::Campaign;
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes;
use crate::site::Site;

/// It is the campaign's results.
pub fn reads(site: &Site, ci: usize) -> Vec<Input> {
    vec![Input::Campaign(site.campaigns[ci].campaign.id.clone())]
}

/// Writes `results.csv` of the `ci`-th campaign.
pub fn render(r: &Renderer, ci: usize) -> Result<Files, Diagnostic> {
    let s = &r.site.campaigns[ci];
    Ok(vec![(
        routes::results_csv(&s.campaign.id),
        results_csv(&s.campaign, &s.results).into_bytes(),
    )])
}

/// The columns of `results.csv`, before the `criteria` column.
const CSV_HEADER: [&str; 15] = [
    "campaign",
    "rubric",
    "rank_overall",
    "rank_cluster",
    "unit",
    "name",
    "kind",
    "cluster",
    "regular",
    "bonus",
    "deduction",
    "total",
    "band",
    "complete",
    "criteria",
];

/// `results.csv` (SPEC §5): one row per unit and rubric, rubrics in campaign order and units
/// in ranking order, with the same figures as `results.json`.
///
/// Columns: `campaign, rubric, rank_overall, rank_cluster, unit, name, kind, cluster, regular,
/// bonus, deduction, total, band, complete, criteria`. Rubrics have different leaves, so the
/// final points of every leaf travel in the single `criteria` column, in rubric order, as
/// `id=points` pairs joined by `;` — `1.1=9.5;1.2=18;2=` — with an empty value for a leaf never
/// scored (and `\`, `;`, `=` inside an id escaped by a backslash). Numbers use a decimal
/// point; empty cells stand for "none" (no cluster, no band). Text that a spreadsheet would
/// read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is
/// prefixed with `'`. Rows end with CRLF, as RFC 4180 has it.
pub fn results_csv(campaign: &Campaign, results: &CampaignResults) -> String {
    // The byte-order mark first: Excel then reads the file as UTF-8.
    let rows: usize = results.rubrics.iter().map(|r| r.units.len()).sum();
    let mut start = Vec::with_capacity(256 + rows * 512);
    start.extend_from_slice("\u{feff}".as_bytes());
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(start);
    w.write_record(CSV_HEADER)
        .expect("writing to memory cannot fail");
    let mut criteria = String::new();
    for rubric in &results.rubrics {
        for u in &rubric.units {
            criteria.clear();
            criteria_cell(&mut criteria, &u.criteria);
            let record: [Cow<str>; 15] = [
                inert(&campaign.id),
                inert(&rubric.rubric),
                u.rank_overall.to_string().into(),
                u.rank_cluster
                    .map(|r| r.to_string())
                    .unwrap_or_default()
                    .into(),
                inert(&u.unit),
                inert(&u.name),
                inert(&u.kind),
                inert(u.cluster.as_deref().unwrap_or("")),
                u.regular.to_plain().into(),
                u.bonus.to_plain().into(),
                u.deduction.to_plain().into(),
                u.total.to_plain().into(),
                inert(u.band.as_deref().unwrap_or("")),
                if u.complete { "true" } else { "false" }.into(),
                inert(&criteria),
            ];
            w.write_record(record.iter().map(|c| c.as_bytes()))
                .expect("writing to memory cannot fail");
        }
    }
    let bytes = w.into_inner().expect("flushing to memory cannot fail");
    String::from_utf8(bytes).expect("the CSV is built from UTF-8 text")
}

/// `1.1=9.5;1.2=18;2=`: every leaf's final points in rubric order, appended to `out`.
fn criteria_cell(out: &mut String, criteria: &[(Arc<str>, CellResult)]) {
    for (i, (id, cell)) in criteria.iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        for c in id.chars() {
            if matches!(c, '\\' | ';' | '=') {
                out.push('\\');
            }
            out.push(c);
        }
        out.push('=');
        if let Some(p) = cell.final_points {
            p.push_plain(out);
        }
    }
}

/// Text that a spreadsheet would evaluate (=, +, -, @, tab, CR first) gets a leading `'`,
/// which spreadsheets show as plain text (the OWASP advice on CSV injection).
fn inert(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::campaign_results;
    use crate::render::exports::sample::sample;

    /// Splits the CSV back into records with the csv crate.
    fn csv_rows(text: &str) -> Vec<Vec<String>> {
        let text = text
            .strip_prefix('\u{feff}')
            .expect("a byte-order mark first");
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        r.records()
            .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn csv_rows_carry_the_same_figures() {
        let (c, units) = sample(true);
        let text = results_csv(&c, &campaign_results(&c, &units));
        assert!(text.ends_with("\r\n"));
        let rows = csv_rows(&text);
        assert_eq!(rows[0], CSV_HEADER);
        assert_eq!(rows.len(), 5);
        assert_eq!(
            rows[1],
            [
                "bien-hoa-2023",
                "vhtt",
                "1",
                "1",
                "p12",
                "Phường 12",
                "phuong",
                "cum-1",
                "90",
                "3",
                "0",
                "93",
                "Xuất sắc",
                "true",
                "1.1=9.5;1.2=18;10=62.5"
            ]
        );
        let x1 = rows.iter().find(|r| r[4] == "x1").unwrap();
        assert_eq!(x1[14], "1.1=5;1.2=;10=");
        assert_eq!((x1[12].as_str(), x1[13].as_str()), ("", "false"));
    }

    #[test]
    fn csv_neutralises_formulas_and_quotes_markup() {
        let (c, units) = sample(false);
        let text = results_csv(&c, &campaign_results(&c, &units));
        let rows = csv_rows(&text);
        let x1 = rows.iter().find(|r| r[4] == "x1").unwrap();
        assert_eq!(x1[5], "'=HYPERLINK(\"http://x\")");
        let x2 = rows.iter().find(|r| r[4] == "x2").unwrap();
        assert_eq!(x2[5], "\"><img src=x onerror=alert(1)>");
        assert_eq!(x2[6], "'-xa");
        assert_eq!(x2[3], "");
        // Numeric columns never go through `inert`: they stay numbers.
        assert_eq!(x2[11], "92");
        assert_eq!(inert("-3"), "'-3");
        assert_eq!(inert("Phường 12"), "Phường 12");
        let mut cell = String::new();
        criteria_cell(&mut cell, &[("a;b=c\\".into(), CellResult::default())]);
        assert_eq!(cell, "a\\;b\\=c\\\\=");
    }
}
