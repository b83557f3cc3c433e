//! The handout — "tài liệu gửi đại biểu" (SPEC §5 `/conferences/<id>/handout/`): one A4
//! document to print.
//!
//! Layout, in print: a cover (title, date, venue, organiser); the program on its own page;
//! one page per honoree, in the order the conference lists them — each profile starts on a
//! new page and is kept whole (`break-inside: avoid`), so it only flows onto a second page
//! when it is longer than one; then one page per campaign reviewed: the leading unit(s) of
//! each cluster on each rubric, the nominations, and the awards with their winners and ties.
//! Every page but the cover carries the conference title at the top and its number at the
//! bottom (CSS `@page` margin boxes). `ci/check-handout.sh` checks this layout in a PDF.

use serde::Serialize;

use crate::compute::RubricResults;
use crate::diag::Diagnostic;
use crate::model::honoree::HonoreeKind;
use crate::model::{AwardRule, Campaign, Rubric, Scope};
use crate::render::engine::words::{Words, fill};
use crate::render::parts::awards::{leaders, quota_label};
use crate::render::parts::conferences::{conference_view, illustrative_note, index_title};
use crate::render::parts::honorees::{ProfileView, profile};
use crate::render::parts::units::UnitLink;
use crate::render::parts::{LinkView, PageView, page_context};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};
use crate::site::{Scored, Site};

/// The handout's address.
pub fn route(site: &Site, i: usize) -> Route {
    routes::handout(&site.conferences[i].id)
}

/// It holds the conference page's parts, every commended honoree's whole profile, and the
/// results of the campaigns reviewed.
pub fn reads(site: &Site, i: usize) -> Vec<Input> {
    let c = &site.conferences[i];
    let mut reads = crate::render::pages::conference::reads(site, i);
    reads.extend(c.campaigns.iter().cloned().map(Input::Campaign));
    reads
}

/// Winners of one cluster-scope award in one cluster.
#[derive(Debug, Serialize)]
struct AwardCell {
    winners: Vec<UnitLink>,
    tie: bool,
}

/// A cluster in a rubric's summary: who leads, who won each cluster award.
#[derive(Debug, Serialize)]
struct ClusterLine {
    name: String,
    leaders: Vec<UnitLink>,
    /// One cell per cluster-scope award of the rubric, in rule order.
    awards: Vec<AwardCell>,
}

/// An award given across all participants.
#[derive(Debug, Serialize)]
struct OverallAward {
    title: String,
    ranks: String,
    winners: Vec<UnitLink>,
    tie: bool,
}

/// A rubric in a campaign summary.
#[derive(Debug, Serialize)]
struct RubricSummary {
    title: String,
    /// Leading unit(s) overall (rank 1).
    leaders: Vec<UnitLink>,
    /// Titles of the cluster-scope awards (the columns of the cluster table).
    award_titles: Vec<String>,
    clusters: Vec<ClusterLine>,
    overall_awards: Vec<OverallAward>,
}

/// A cluster's nominations (suy tôn): one individual and one collective, as a rule.
#[derive(Debug, Serialize)]
struct NominationRow {
    cluster: String,
    individuals: Vec<String>,
    collectives: Vec<String>,
}

/// The summary of one campaign the conference reviews.
#[derive(Debug, Serialize)]
struct CampaignSummary {
    /// Its place among the campaigns of the handout, from 1.
    number: usize,
    title: String,
    url: String,
    year: String,
    organiser: String,
    illustrative: bool,
    /// The campaign's results are not approved yet.
    provisional: bool,
    rubrics: Vec<RubricSummary>,
    nominations: Vec<NominationRow>,
    /// Some award is tied beyond its quota (the page then explains “đồng hạng”).
    has_tie: bool,
}

/// A numbered profile ("Gương điển hình 3/12").
#[derive(Serialize)]
struct NumberedProfile {
    number: usize,
    profile: ProfileView,
}

/// Renders the handout of the `i`-th conference.
pub fn render(r: &Renderer, i: usize) -> Result<Files, Diagnostic> {
    let (site, w) = (r.site, r.words);
    let c = &site.conferences[i];
    let route = route(site, i);
    let root = route.root();
    let mut ctx = page_context(&route, &routes::conferences());
    let mut page = PageView::titled(fill(w.handout_title, &[&c.title]), &route);
    page.description = fill(w.handout_description, &[&c.title]);
    page.html = r.markdown(&c.body, &root).html;
    page.illustrative = illustrative_note(w, c);
    page.provisional = crate::render::parts::decisions::provisional_among(
        w,
        c.campaigns
            .iter()
            .filter_map(|id| site.campaign(id))
            .map(|s| &s.campaign),
    );
    ctx.insert("page", &page);
    ctx.insert(
        "breadcrumbs",
        &vec![
            LinkView::home(w),
            LinkView::page(index_title(w, site), &routes::conferences()),
            LinkView::page(c.title.clone(), &routes::conference(&c.id)),
        ],
    );
    ctx.insert("conference", &conference_view(w, site, c));
    let mut profiles = Vec::new();
    for (i, h) in c
        .honorees
        .iter()
        .filter_map(|id| site.honoree(id))
        .enumerate()
    {
        profiles.push(NumberedProfile {
            number: i + 1,
            profile: profile(r, h, &root)?,
        });
    }
    ctx.insert("profiles", &profiles);
    let campaigns: Vec<CampaignSummary> = c
        .campaigns
        .iter()
        .filter_map(|id| site.campaign(id))
        .enumerate()
        .map(|(i, s)| summary(w, site, s, i + 1))
        .collect();
    ctx.insert("campaigns", &campaigns);
    ctx.insert("profile_count", &profiles.len());
    ctx.insert("campaign_count", &campaigns.len());
    ctx.insert("running_title", &running_title_css(&c.title));
    r.page(&route, "handout.html", &ctx)
}

fn summary(w: &Words, site: &Site, s: &Scored, number: usize) -> CampaignSummary {
    let (c, results) = (&s.campaign, &s.results);
    let rubrics: Vec<RubricSummary> = c
        .rubrics
        .iter()
        .zip(&results.rubrics)
        .map(|(r, rr)| rubric_summary(w, site, c, r, rr))
        .collect();
    let has_tie = results
        .rubrics
        .iter()
        .any(|rr| rr.awards.iter().any(|a| a.tie));
    let nominations = c
        .clusters
        .iter()
        .filter_map(|cl| {
            let ids = c.nominations.get(&cl.id)?;
            let of_kind = |kind: HonoreeKind| {
                ids.iter()
                    .filter_map(|id| site.honoree(id))
                    .filter(|h| h.kind == kind)
                    .map(|h| h.name.clone())
                    .collect()
            };
            Some(NominationRow {
                cluster: cl.name.clone(),
                individuals: of_kind(HonoreeKind::Individual),
                collectives: of_kind(HonoreeKind::Collective),
            })
        })
        .collect();
    CampaignSummary {
        number,
        title: c.title.clone(),
        url: routes::campaign(&c.id).url(),
        year: c.year.map(|y| y.to_string()).unwrap_or_default(),
        organiser: c.organiser.clone(),
        illustrative: c.illustrative,
        provisional: c.status == crate::model::decisions::Status::Provisional,
        rubrics,
        nominations,
        has_tie,
    }
}

/// One rubric: a table of clusters (leading units, then one column per cluster-scope award)
/// and the awards given across all participants.
fn rubric_summary(
    w: &Words,
    site: &Site,
    c: &Campaign,
    r: &Rubric,
    rr: &RubricResults,
) -> RubricSummary {
    let rules: Vec<(usize, &AwardRule)> = c
        .awards
        .iter()
        .enumerate()
        .filter(|(_, a)| a.rubric == r.id)
        .collect();
    let cluster_rules: Vec<usize> = rules
        .iter()
        .filter(|(_, a)| a.scope == Scope::Cluster)
        .map(|(i, _)| *i)
        .collect();
    let result = |rule: usize, cluster: Option<&str>| {
        rr.awards
            .iter()
            .find(|a| a.rule == rule && a.cluster.as_deref() == cluster)
    };
    let links = |units: &[String]| UnitLink::all(site, units);
    RubricSummary {
        title: r.title.clone(),
        leaders: leaders(site, rr, None),
        award_titles: cluster_rules
            .iter()
            .map(|&i| {
                format!(
                    "{} ({})",
                    c.awards[i].title,
                    quota_label(w, c.awards[i].quota).to_lowercase()
                )
            })
            .collect(),
        clusters: c
            .clusters
            .iter()
            .map(|cl| ClusterLine {
                name: cl.name.clone(),
                leaders: leaders(site, rr, Some(&cl.id)),
                awards: cluster_rules
                    .iter()
                    .map(|&i| match result(i, Some(&cl.id)) {
                        Some(a) => AwardCell {
                            winners: links(&a.units),
                            tie: a.tie,
                        },
                        None => AwardCell {
                            winners: Vec::new(),
                            tie: false,
                        },
                    })
                    .collect(),
            })
            .collect(),
        overall_awards: rules
            .iter()
            .filter(|(_, a)| a.scope == Scope::Overall)
            .map(|&(i, a)| {
                let res = result(i, None);
                OverallAward {
                    title: a.title.clone(),
                    ranks: quota_label(w, a.quota),
                    winners: res.map(|x| links(&x.units)).unwrap_or_default(),
                    tie: res.is_some_and(|x| x.tie),
                }
            })
            .collect(),
    }
}

/// The print rule that puts the title at the top of every page but the cover. The title is
/// written as a CSS string, so quotes, backslashes and `<` (which could close the `<style>`
/// element) are escaped.
fn running_title_css(title: &str) -> String {
    let mut s = String::with_capacity(title.len() + 8);
    for ch in title.chars() {
        match ch {
            '"' | '\\' | '<' | '>' | '&' => s.push_str(&format!("\\{:X} ", ch as u32)),
            '\n' | '\r' => s.push(' '),
            c => s.push(c),
        }
    }
    format!(
        "@media print {{ @page {{ @top-center {{ content: \"{s}\"; }} }} @page :first {{ @top-center {{ content: none; }} }} }}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_title_cannot_break_out_of_the_style() {
        let css = running_title_css("Hội nghị \"A\" </style><script>");
        assert!(
            css.contains("content: \"Hội nghị \\22 A\\22  \\3C /style\\3E \\3C script\\3E \""),
            "{css}"
        );
        assert!(!css.contains('<'));
    }
}
