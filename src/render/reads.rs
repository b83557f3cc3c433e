//! What an output reads: the parts of a site each output kind declares beside its code, and
//! how to tell whether a part differs between two loads of the site.
//!
//! `serve` loads the site again after an edit and renders again only the outputs that read a
//! part that differs; so a declaration must name everything its page prints. Every page also
//! reads the frame (settings, templates, navigation), whose change renders everything. The
//! test `serve::plan::tests::the_plan_misses_no_change` renders every output before and after
//! many kinds of edit and fails when an output changed without reading what changed.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::model::Campaign;
use crate::model::page::Page;
use crate::site::Site;

/// A part of the site an output may read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    /// One content page, front matter and body (by its site path).
    Page(String),
    /// The front matter of one content page: what a breadcrumb or a listing shows of it.
    Heading(String),
    /// The front matter of every content page: titles, dates, descriptions, documents (for
    /// lists, breadcrumbs, the home page, the feed).
    PageList,
    /// Every content page with its text (the search quotes the opening of each).
    PageTexts,
    /// One campaign in full: definition, scores, results and the hashes of its files.
    Campaign(String),
    /// What is known of every campaign before scoring: titles, years, clusters, rubrics,
    /// rules and nominations, without scores and results.
    CampaignHeads,
    /// Every campaign in full.
    Campaigns,
    /// The units.
    Units,
    /// The honorees.
    Honorees,
    /// The conferences.
    Conferences,
    /// A photo under `static/`, by its path there.
    Photo(String),
}

/// Two loads of a site, and the files that changed between them.
pub struct Comparison<'a> {
    /// The site as it was.
    pub old: &'a Site,
    /// The site as it is now.
    pub new: &'a Site,
    /// Files changed, relative to the site root.
    pub changed: &'a BTreeSet<PathBuf>,
}

impl Comparison<'_> {
    /// True when the part reads differently in the two sites.
    pub fn differs(&self, input: &Input) -> bool {
        let (old, new) = (self.old, self.new);
        match input {
            Input::Page(path) => old.content.page(path) != new.content.page(path),
            Input::Heading(path) => match (old.content.page(path), new.content.page(path)) {
                (Some(a), Some(b)) => !same_front_matter(a, b),
                (a, b) => a.is_some() != b.is_some(),
            },
            Input::PageList => {
                old.content.pages.len() != new.content.pages.len()
                    || old
                        .content
                        .pages
                        .iter()
                        .zip(&new.content.pages)
                        .any(|(a, b)| !same_front_matter(a, b))
            }
            Input::PageTexts => old.content.pages != new.content.pages,
            Input::Campaign(id) => match (old.campaign(id), new.campaign(id)) {
                (Some(a), Some(b)) => a != b || hashes_differ(old, new, &b.campaign),
                (a, b) => a.is_some() != b.is_some(),
            },
            Input::CampaignHeads => {
                old.campaigns.len() != new.campaigns.len()
                    || old
                        .campaigns
                        .iter()
                        .zip(&new.campaigns)
                        .any(|(a, b)| !same_head(&a.campaign, &b.campaign))
            }
            Input::Campaigns => {
                old.campaigns != new.campaigns
                    || new
                        .campaigns
                        .iter()
                        .any(|s| hashes_differ(old, new, &s.campaign))
            }
            Input::Units => old.units != new.units,
            Input::Honorees => old.honorees != new.honorees,
            Input::Conferences => old.conferences != new.conferences,
            Input::Photo(path) => self.changed.contains(&Path::new("static").join(path)),
        }
    }
}

/// True when two pages are the same but for their bodies: what other pages may show of a
/// page.
fn same_front_matter(a: &Page, b: &Page) -> bool {
    let Page {
        source,
        path,
        is_section,
        title,
        date,
        description,
        draft,
        weight,
        template,
        campaign,
        conference,
        illustrative,
        document,
        body: _,
        body_line: _,
        key_lines: _,
    } = a;
    (
        source,
        path,
        is_section,
        title,
        date,
        description,
        draft,
        weight,
        template,
    ) == (
        &b.source,
        &b.path,
        &b.is_section,
        &b.title,
        &b.date,
        &b.description,
        &b.draft,
        &b.weight,
        &b.template,
    ) && (campaign, conference, illustrative, document)
        == (&b.campaign, &b.conference, &b.illustrative, &b.document)
}

/// True when two campaigns are the same but for their scores and files.
pub fn same_head(a: &Campaign, b: &Campaign) -> bool {
    let Campaign {
        id,
        title,
        year,
        organiser,
        description,
        illustrative,
        stages,
        clusters,
        rubrics,
        awards,
        nominations,
        scores: _,
        sources: _,
        status,
        consultation,
        holidays,
        timeline,
        decisions,
        certificates,
    } = a;
    (
        status,
        consultation,
        holidays,
        timeline,
        decisions,
        certificates,
    ) == (
        &b.status,
        &b.consultation,
        &b.holidays,
        &b.timeline,
        &b.decisions,
        &b.certificates,
    ) && (id, title, year, organiser, description, illustrative)
        == (
            &b.id,
            &b.title,
            &b.year,
            &b.organiser,
            &b.description,
            &b.illustrative,
        )
        && (stages, clusters, rubrics, awards, nominations)
            == (
                &b.stages,
                &b.clusters,
                &b.rubrics,
                &b.awards,
                &b.nominations,
            )
}

/// True when a file of the campaign has other bytes (`results.json` lists their hashes).
fn hashes_differ(old: &Site, new: &Site, c: &Campaign) -> bool {
    c.sources
        .iter()
        .any(|p| old.hashes.get(p) != new.hashes.get(p))
}
