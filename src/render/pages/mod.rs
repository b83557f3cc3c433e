//! The HTML pages, one file per kind (SPEC §5). Each file has the page's `route`, what it
//! `reads` and how it is `render`ed; [`PageOutput`] lists the kinds and sends each to its
//! file.

pub mod campaign;
pub mod campaigns;
pub mod certificates;
pub mod conference;
pub mod conferences;
pub mod content;
pub mod decision;
pub mod handout;
pub mod honoree;
pub mod honorees;
pub mod not_found;
pub mod scoreboard;
pub mod scorecard;
pub mod search;
pub mod unit;

use crate::diag::Diagnostic;
use crate::render::parts::decisions::rules_with_winners;
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::Route;
use crate::site::{Site, is_special};

/// One page of the site. Numbers are indexes into the site's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageOutput {
    /// A content page, a section or the home page (index into `content.pages`).
    Content(usize),
    /// `404.html`.
    NotFound,
    /// The search page.
    Search,
    /// `/campaigns/`.
    Campaigns,
    /// A campaign page.
    Campaign(usize),
    /// A rubric's overall scoreboard, or a cluster's.
    Board {
        /// Index of the campaign.
        campaign: usize,
        /// Index of the rubric in the campaign.
        rubric: usize,
        /// Index of the cluster, for a cluster's board.
        cluster: Option<usize>,
    },
    /// A unit's scorecard on a rubric.
    Scorecard {
        /// Index of the campaign.
        campaign: usize,
        /// Index of the rubric in the campaign.
        rubric: usize,
        /// Position of the unit in the rubric's ranking.
        position: usize,
    },
    /// A unit's page across campaigns (index into `index.unit_ids`).
    Unit(usize),
    /// `/honorees/`.
    Honorees,
    /// An honoree's profile.
    Honoree(usize),
    /// `/conferences/`.
    Conferences,
    /// A conference page.
    Conference(usize),
    /// A conference's printable handout.
    Handout(usize),
    /// The draft decision of an award rule (campaign index, rule number from 1).
    Decision(usize, usize),
    /// The certificates of an award rule (campaign index, rule number from 1).
    Certificates(usize, usize),
}

/// Every page of the site, in a stable order.
pub fn all(site: &Site) -> Vec<PageOutput> {
    let mut out: Vec<PageOutput> = (0..site.content.pages.len())
        .filter(|&i| !is_special(&site.content.pages[i]))
        .map(PageOutput::Content)
        .collect();
    out.push(PageOutput::NotFound);
    out.push(PageOutput::Search);
    if !site.campaigns.is_empty() {
        out.push(PageOutput::Campaigns);
    }
    for (ci, s) in site.campaigns.iter().enumerate() {
        out.push(PageOutput::Campaign(ci));
        for (ri, rr) in s.results.rubrics.iter().enumerate() {
            let board = |cluster| PageOutput::Board {
                campaign: ci,
                rubric: ri,
                cluster,
            };
            out.push(board(None));
            out.extend((0..s.campaign.clusters.len()).map(|k| board(Some(k))));
            out.extend((0..rr.units.len()).map(|k| PageOutput::Scorecard {
                campaign: ci,
                rubric: ri,
                position: k,
            }));
        }
        let decided = rules_with_winners(s);
        if s.campaign.decisions.is_some() {
            out.extend(decided.iter().map(|&k| PageOutput::Decision(ci, k)));
        }
        if s.campaign.certificates.is_some() {
            out.extend(decided.iter().map(|&k| PageOutput::Certificates(ci, k)));
        }
    }
    out.extend((0..site.index.unit_ids.len()).map(PageOutput::Unit));
    if site.has_honoree_index() {
        out.push(PageOutput::Honorees);
    }
    out.extend((0..site.honorees.len()).map(PageOutput::Honoree));
    if site.has_conference_index() {
        out.push(PageOutput::Conferences);
    }
    for i in 0..site.conferences.len() {
        out.push(PageOutput::Conference(i));
        out.push(PageOutput::Handout(i));
    }
    out
}

impl PageOutput {
    /// The page's address; none for `404.html`, which is served at any address.
    pub fn route(&self, site: &Site) -> Option<Route> {
        Some(match *self {
            PageOutput::Content(i) => content::route(site, i),
            PageOutput::NotFound => return None,
            PageOutput::Search => search::route(),
            PageOutput::Campaigns => campaigns::route(),
            PageOutput::Campaign(ci) => campaign::route(site, ci),
            PageOutput::Board {
                campaign,
                rubric,
                cluster,
            } => scoreboard::route(site, campaign, rubric, cluster),
            PageOutput::Scorecard {
                campaign,
                rubric,
                position,
            } => scorecard::route(site, campaign, rubric, position),
            PageOutput::Unit(i) => unit::route(site, i),
            PageOutput::Honorees => honorees::route(),
            PageOutput::Honoree(i) => honoree::route(site, i),
            PageOutput::Conferences => conferences::route(),
            PageOutput::Conference(i) => conference::route(site, i),
            PageOutput::Handout(i) => handout::route(site, i),
            PageOutput::Decision(ci, k) => decision::route(site, ci, k),
            PageOutput::Certificates(ci, k) => certificates::route(site, ci, k),
        })
    }

    /// What the page reads besides the frame.
    pub fn reads(&self, site: &Site) -> Vec<Input> {
        match *self {
            PageOutput::Content(i) => content::reads(site, i),
            PageOutput::NotFound => not_found::reads(),
            PageOutput::Search => search::reads(),
            PageOutput::Campaigns => campaigns::reads(),
            PageOutput::Campaign(ci) => campaign::reads(site, ci),
            PageOutput::Board { campaign, .. } => scoreboard::reads(site, campaign),
            PageOutput::Scorecard { campaign, .. } => scorecard::reads(site, campaign),
            PageOutput::Unit(i) => unit::reads(site, i),
            PageOutput::Honorees => honorees::reads(site),
            PageOutput::Honoree(i) => honoree::reads(site, i),
            PageOutput::Conferences => conferences::reads(),
            PageOutput::Conference(i) => conference::reads(site, i),
            PageOutput::Handout(i) => handout::reads(site, i),
            PageOutput::Decision(ci, _) => decision::reads(site, ci),
            PageOutput::Certificates(ci, _) => certificates::reads(site, ci),
        }
    }

    /// Renders the page.
    pub fn render(&self, r: &Renderer) -> Result<Files, Diagnostic> {
        match *self {
            PageOutput::Content(i) => content::render(r, i),
            PageOutput::NotFound => not_found::render(r),
            PageOutput::Search => search::render(r),
            PageOutput::Campaigns => campaigns::render(r),
            PageOutput::Campaign(ci) => campaign::render(r, ci),
            PageOutput::Board {
                campaign,
                rubric,
                cluster,
            } => scoreboard::render(r, campaign, rubric, cluster),
            PageOutput::Scorecard {
                campaign,
                rubric,
                position,
            } => scorecard::render(r, campaign, rubric, position),
            PageOutput::Unit(i) => unit::render(r, i),
            PageOutput::Honorees => honorees::render(r),
            PageOutput::Honoree(i) => honoree::render(r, i),
            PageOutput::Conferences => conferences::render(r),
            PageOutput::Conference(i) => conference::render(r, i),
            PageOutput::Handout(i) => handout::render(r, i),
            PageOutput::Decision(ci, k) => decision::render(r, ci, k),
            PageOutput::Certificates(ci, k) => certificates::render(r, ci, k),
        }
    }
}
