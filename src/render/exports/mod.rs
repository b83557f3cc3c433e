//! The files that are not pages, one file per kind: the results of each campaign as JSON, CSV
//! and a workbook, its inspection schedule for calendars, the sitemap and Atom feed, the search index
//! and the stylesheet of highlighted code.

pub mod decision_docx;
pub mod feeds;
pub mod form;
pub mod ics;
pub mod results_csv;
pub mod results_json;
pub mod results_xlsx;
#[cfg(test)]
mod sample;
pub mod search_index;

use crate::diag::Diagnostic;
use crate::render::engine::markdown;
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes;
use crate::site::Site;

/// One file of the site that is not a page. Numbers are indexes into the site's campaigns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportOutput {
    /// `results.json` of a campaign, and its parts when the campaign is large.
    ResultsJson(usize),
    /// `results.csv` of a campaign.
    ResultsCsv(usize),
    /// `results.xlsx` of a campaign.
    ResultsXlsx(usize),
    /// `schedule.ics` of a campaign with inspections or a timeline.
    Schedule(usize),
    /// `decision.docx` of an award rule with winners (campaign index, rule number from 1).
    DecisionDocx(usize, usize),
    /// `sitemap.xml`.
    Sitemap,
    /// `atom.xml`.
    Atom,
    /// `search-index.js`.
    SearchIndex,
    /// The stylesheet of highlighted code.
    CodeStyle,
}

/// Every such file of the site, in a stable order.
pub fn all(site: &Site) -> Vec<ExportOutput> {
    let mut out = Vec::new();
    for (ci, s) in site.campaigns.iter().enumerate() {
        out.push(ExportOutput::ResultsJson(ci));
        out.push(ExportOutput::ResultsCsv(ci));
        out.push(ExportOutput::ResultsXlsx(ci));
        if s.campaign.has_schedule() {
            out.push(ExportOutput::Schedule(ci));
        }
        if s.campaign.decisions.is_some() {
            out.extend(
                crate::render::parts::decisions::rules_with_winners(s)
                    .into_iter()
                    .map(|k| ExportOutput::DecisionDocx(ci, k)),
            );
        }
    }
    // A sitemap is only worth its name with absolute addresses: without `base_url` there is
    // none (`check` says so).
    if !site.config.base_url.is_empty() {
        out.push(ExportOutput::Sitemap);
    }
    out.extend([
        ExportOutput::Atom,
        ExportOutput::SearchIndex,
        ExportOutput::CodeStyle,
    ]);
    out
}

impl ExportOutput {
    /// True for a file written in each language of the site: one that holds words. The others
    /// (data, the sitemap of every language, the code stylesheet) are written once.
    pub fn per_language(&self) -> bool {
        matches!(
            self,
            ExportOutput::ResultsXlsx(_)
                | ExportOutput::Schedule(_)
                | ExportOutput::DecisionDocx(..)
                | ExportOutput::Atom
                | ExportOutput::SearchIndex
        )
    }

    /// What the file reads besides the settings.
    pub fn reads(&self, site: &Site) -> Vec<Input> {
        match *self {
            ExportOutput::ResultsJson(ci) => results_json::reads(site, ci),
            ExportOutput::ResultsCsv(ci) => results_csv::reads(site, ci),
            ExportOutput::ResultsXlsx(ci) => results_xlsx::reads(site, ci),
            ExportOutput::Schedule(ci) => ics::reads(site, ci),
            ExportOutput::DecisionDocx(ci, _) => decision_docx::reads(site, ci),
            ExportOutput::Sitemap | ExportOutput::CodeStyle => Vec::new(),
            ExportOutput::Atom => feeds::reads_atom(),
            ExportOutput::SearchIndex => search_index::reads(),
        }
    }

    /// Writes the files, handing each to `emit` (some exports make them one at a time).
    pub fn render_each(
        &self,
        r: &Renderer,
        emit: &mut dyn FnMut(String, Vec<u8>),
    ) -> Result<(), Diagnostic> {
        if let ExportOutput::ResultsJson(ci) = *self {
            results_json::render_each(r, ci, emit);
            return Ok(());
        }
        for (path, bytes) in self.render(r)? {
            emit(path, bytes);
        }
        Ok(())
    }

    /// Writes the file.
    pub fn render(&self, r: &Renderer) -> Result<Files, Diagnostic> {
        match *self {
            ExportOutput::ResultsJson(ci) => results_json::render(r, ci),
            ExportOutput::ResultsCsv(ci) => results_csv::render(r, ci),
            ExportOutput::ResultsXlsx(ci) => results_xlsx::render(r, ci),
            ExportOutput::Schedule(ci) => ics::render(r, ci),
            ExportOutput::DecisionDocx(ci, k) => decision_docx::render(r, ci, k),
            ExportOutput::Sitemap => feeds::render_sitemap(r),
            ExportOutput::Atom => feeds::render_atom(r),
            ExportOutput::SearchIndex => search_index::render(r),
            ExportOutput::CodeStyle => Ok(vec![(
                routes::CODE_STYLE.into(),
                markdown::code_css().into_bytes(),
            )]),
        }
    }
}
