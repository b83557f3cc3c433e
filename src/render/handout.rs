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

use crate::diag::Diagnostic;
use crate::model::conference::Conference;
use crate::render::campaign::{AwardView, UnitLink, award_views, campaign_path, leaders};
use crate::render::conferences::{conference_view, handout_path, illustrative_note};
use crate::render::honorees::{ProfileView, profile};
use crate::render::view::{LinkView, PageView, root_of, url_of};
use crate::render::{base_context, markdown, render_template};
use crate::site::Site;

/// A cluster in a campaign summary.
#[derive(Debug, Serialize)]
struct ClusterLine {
    name: String,
    leaders: Vec<UnitLink>,
    nominees: Vec<LinkView>,
}

/// A rubric in a campaign summary.
#[derive(Debug, Serialize)]
struct RubricSummary {
    title: String,
    /// Leading unit(s) overall (rank 1).
    leaders: Vec<UnitLink>,
    clusters: Vec<ClusterLine>,
}

/// The summary of one campaign the conference reviews.
#[derive(Serialize)]
struct CampaignSummary {
    title: String,
    url: String,
    year: String,
    organiser: String,
    illustrative: bool,
    rubrics: Vec<RubricSummary>,
    awards: Vec<AwardView>,
}

/// A numbered profile ("Gương điển hình 3/12").
#[derive(Serialize)]
struct NumberedProfile {
    number: usize,
    profile: ProfileView,
}

/// Renders the handout of a conference.
pub fn render_handout(site: &Site, c: &Conference) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let path = handout_path(&c.id);
    let root = root_of(&path);
    let mut ctx = base_context(site, &path, &url_of(crate::render::conferences::INDEX_PATH));
    let mut page = PageView::titled(format!("Tài liệu hội nghị — {}", c.title), url_of(&path));
    page.description = format!("Tài liệu gửi đại biểu dự {}", c.title);
    page.html = markdown::render(&c.body, &root).html;
    page.illustrative = illustrative_note(c);
    ctx.insert("page", &page);
    ctx.insert(
        "breadcrumbs",
        &vec![
            LinkView { title: "Trang chủ".into(), url: "index.html".into(), label: String::new() },
            LinkView { title: crate::render::conferences::index_title(site), url: url_of(crate::render::conferences::INDEX_PATH), label: String::new() },
            LinkView { title: c.title.clone(), url: url_of(&crate::render::conferences::conference_path(&c.id)), label: String::new() },
        ],
    );
    ctx.insert("conference", &conference_view(site, c));
    let mut profiles = Vec::new();
    for (i, h) in c.honorees.iter().filter_map(|id| site.honorees.iter().find(|h| &h.id == id)).enumerate() {
        profiles.push(NumberedProfile { number: i + 1, profile: profile(site, h, &root)? });
    }
    ctx.insert("profiles", &profiles);
    let campaigns: Vec<CampaignSummary> = c.campaigns.iter().filter_map(|id| site.data.campaigns.iter().position(|x| &x.id == id)).map(|ci| summary(site, ci)).collect();
    ctx.insert("campaigns", &campaigns);
    ctx.insert("running_title", &running_title_css(&c.title));
    Ok(vec![(url_of(&path), render_template(site, "handout.html", &ctx)?.into_bytes())])
}

fn summary(site: &Site, ci: usize) -> CampaignSummary {
    let c = &site.data.campaigns[ci];
    let results = &site.results[ci];
    let rubrics = c
        .rubrics
        .iter()
        .zip(&results.rubrics)
        .map(|(r, rr)| RubricSummary {
            title: r.title.clone(),
            leaders: leaders(site, rr, None),
            clusters: c
                .clusters
                .iter()
                .map(|cl| ClusterLine { name: cl.name.clone(), leaders: leaders(site, rr, Some(&cl.id)), nominees: crate::render::honorees::nomination_links(site, c, &cl.id) })
                .collect(),
        })
        .collect();
    CampaignSummary {
        title: c.title.clone(),
        url: url_of(&campaign_path(&c.id)),
        year: c.year.map(|y| y.to_string()).unwrap_or_default(),
        organiser: c.organiser.clone(),
        illustrative: c.illustrative,
        rubrics,
        awards: award_views(site, c, results, None),
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
    format!("@media print {{ @page {{ @top-center {{ content: \"{s}\"; }} }} @page :first {{ @top-center {{ content: none; }} }} }}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_title_cannot_break_out_of_the_style() {
        let css = running_title_css("Hội nghị \"A\" </style><script>");
        assert!(css.contains("content: \"Hội nghị \\22 A\\22  \\3C /style\\3E \\3C script\\3E \""), "{css}");
        assert!(!css.contains('<'));
    }
}
