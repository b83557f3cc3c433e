//! The site: everything loaded and computed, as plain data, read by every output.
//!
//! A [`Site`] holds what the loaders read (settings, pages, units, honorees, conferences), each
//! campaign beside its computed results ([`Scored`]), and the indexes that spare the pages a
//! search through everything ([`index`]). It does no I/O, renders nothing and holds no engine:
//! the build driver ([`crate::build`]) makes it, render reads it.

pub mod index;

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::compute::CampaignResults;
use crate::load::config::Config;
use crate::load::content::{Content, SPECIAL_DIRS};
use crate::model::conference::Conference;
use crate::model::honoree::Honoree;
use crate::model::page::Page;
use crate::model::{Campaign, Unit};

pub use index::{Entry, Index};

/// A campaign and its computed results (SPEC §4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scored {
    /// The campaign as loaded: stages, clusters, rubrics, rules and scores.
    pub campaign: Campaign,
    /// Its results, one entry per rubric in the campaign's rubric order.
    pub results: CampaignResults,
}

/// Everything loaded and computed.
#[derive(Debug, Clone)]
pub struct Site {
    /// The site folder.
    pub root: PathBuf,
    /// Settings.
    pub config: Config,
    /// Pages under `content/`.
    pub content: Content,
    /// Units by id.
    pub units: BTreeMap<String, Unit>,
    /// Campaigns with their results, sorted by id.
    pub campaigns: Vec<Scored>,
    /// Honorees (gương điển hình), sorted by id.
    pub honorees: Vec<Honoree>,
    /// Conferences, sorted by id.
    pub conferences: Vec<Conference>,
    /// sha256 (hex) of every data file read, for `results.json`.
    pub hashes: BTreeMap<PathBuf, String>,
    /// Lookups built once from the above ([`Index::new`]).
    pub index: Index,
}

impl Site {
    /// The site as its version in `lang` shows it (SPEC §8): the same data and pages, each page
    /// in its translation where there is one, the words of `lang`. A copy: a site published
    /// in two languages holds its data twice while it renders.
    pub fn in_language(&self, lang: crate::diag::Lang) -> Site {
        let mut site = self.clone();
        site.config = self.config.in_language(lang);
        site.content = self.content.in_language(lang);
        site
    }

    /// The cluster of the unit at position `k` of rubric `ri` of campaign `ci` (the first of
    /// the campaign's clusters with its id), found in the lookups.
    pub fn cluster_at(&self, ci: usize, ri: usize, k: usize) -> Option<&crate::model::Cluster> {
        let s = &self.campaigns[ci];
        let rr = &s.results.rubrics[ri];
        match self.index.rubric(ci, ri, rr.units.len()) {
            Some(ix) => ix.cluster_of[k].map(|i| &s.campaign.clusters[i]),
            None => rr.units[k]
                .cluster
                .as_ref()
                .and_then(|id| s.campaign.clusters.iter().find(|x| &x.id == id)),
        }
    }

    /// The campaign with this id.
    pub fn campaign(&self, id: &str) -> Option<&Scored> {
        self.campaigns
            .binary_search_by(|s| s.campaign.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.campaigns[i])
    }

    /// The honoree with this id.
    pub fn honoree(&self, id: &str) -> Option<&Honoree> {
        self.honorees
            .binary_search_by(|h| h.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.honorees[i])
    }

    /// The conference with this id.
    pub fn conference(&self, id: &str) -> Option<&Conference> {
        self.conferences
            .binary_search_by(|c| c.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.conferences[i])
    }

    /// A unit's name, or its id when the unit is unknown (a reference already reported).
    pub fn unit_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.units.get(id).map_or(id, |u| u.name.as_str())
    }

    /// Where a unit takes part: every (campaign, rubric, position in the ranking).
    pub fn entries_of(&self, unit: &str) -> &[Entry] {
        self.index
            .entries
            .get(unit)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The honorees who belong to a unit, in Vietnamese order.
    pub fn honorees_of_unit(&self, unit: &str) -> impl Iterator<Item = &Honoree> {
        self.index
            .honorees_by_unit
            .get(unit)
            .into_iter()
            .flatten()
            .map(|&i| &self.honorees[i])
    }

    /// The (campaign, cluster id) pairs that nominated (suy tôn) an honoree, in campaign
    /// order.
    pub fn nominations_of(&self, honoree: &str) -> Vec<(&Scored, &str)> {
        self.index
            .nominated
            .get(honoree)
            .into_iter()
            .flatten()
            .map(|(ci, cl)| (&self.campaigns[*ci], cl.as_str()))
            .collect()
    }

    /// The years an honoree is known for: awards, nominations (the campaign's year) and the
    /// conferences that commend them, ascending.
    pub fn honoree_years(&self, h: &Honoree) -> std::borrow::Cow<'_, [i32]> {
        let at = self.honorees.binary_search_by(|x| x.id.cmp(&h.id)).ok();
        match at.and_then(|i| self.index.honoree_years.get(i)) {
            Some(years) => std::borrow::Cow::Borrowed(years),
            None => std::borrow::Cow::Owned(index::years_of(
                h,
                &self.campaigns,
                &self.conferences,
                &self.index.nominated,
            )),
        }
    }

    /// The documents and pages that belong to a campaign (`campaign:` in their front matter).
    pub fn pages_of_campaign<'a>(&'a self, campaign: &'a str) -> impl Iterator<Item = &'a Page> {
        self.content
            .pages
            .iter()
            .filter(move |p| p.campaign.as_deref() == Some(campaign))
    }

    /// The documents and pages that belong to a conference.
    pub fn pages_of_conference<'a>(
        &'a self,
        conference: &'a str,
    ) -> impl Iterator<Item = &'a Page> {
        self.content
            .pages
            .iter()
            .filter(move |p| p.conference.as_deref() == Some(conference))
    }

    /// True when the site has an honoree index: it has honorees, or
    /// `content/honorees/_index.md`.
    pub fn has_honoree_index(&self) -> bool {
        !self.honorees.is_empty() || self.content.page(HONOREES_SECTION).is_some()
    }

    /// True when the site has a list of conferences: it has conferences, or
    /// `content/conferences/_index.md`.
    pub fn has_conference_index(&self) -> bool {
        !self.conferences.is_empty() || self.content.page(CONFERENCES_SECTION).is_some()
    }

    /// The top-level sections of `content/` in path order, not counting the honoree and
    /// conference folders.
    pub fn top_sections(&self) -> impl Iterator<Item = &Page> {
        self.content
            .pages
            .iter()
            .filter(|p| p.is_section && p.depth() == 1 && !is_special(p))
    }
}

/// The site path of `content/honorees/_index.md`.
const HONOREES_SECTION: &str = "honorees/";
/// The site path of `content/conferences/_index.md`.
const CONFERENCES_SECTION: &str = "conferences/";

/// True for `content/honorees/_index.md` and `content/conferences/_index.md`: their pages
/// are the honoree index and the list of conferences, not plain sections.
pub fn is_special(page: &Page) -> bool {
    SPECIAL_DIRS
        .iter()
        .any(|d| page.path.strip_suffix('/') == Some(d))
}
