//! Honorees as pages show them: the card of the index and lists, the full profile of the
//! profile page and the handout, and links to them from campaigns and units.

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::model::Campaign;
use crate::model::honoree::{Honoree, HonoreeKind};
use crate::render::Renderer;
use crate::render::engine::words::Words;
use crate::render::parts::LinkView;
use crate::render::parts::portrait::{PortraitView, portrait};
use crate::render::parts::units::UnitLink;
use crate::routes;
use crate::site::Site;

/// An honoree in a list: name, picture and what the index filters on.
#[derive(Debug, Clone, Serialize)]
pub struct HonoreeCard {
    /// Identifier.
    pub id: String,
    /// Name.
    pub name: String,
    /// Root-relative address of the profile.
    pub url: String,
    /// `individual` or `collective`.
    pub kind: String,
    /// "Cá nhân" or "Tập thể".
    pub kind_label: String,
    /// Field — "lĩnh vực".
    pub field: String,
    /// Position — "chức vụ".
    pub position: String,
    /// The unit, linked.
    pub unit: Option<UnitLink>,
    /// The unit id (for `data-unit`), or empty.
    pub unit_id: String,
    /// Summary.
    pub summary: String,
    /// Years of their awards, nominations and conferences, space-separated (for `data-years`).
    pub years: String,
    /// Photo or avatar.
    pub portrait: PortraitView,
    /// The profile is illustrative.
    pub illustrative: bool,
}

/// The card of an honoree.
pub fn card(r: &Renderer, h: &Honoree) -> Result<HonoreeCard, Diagnostic> {
    Ok(HonoreeCard {
        id: h.id.clone(),
        name: h.name.clone(),
        url: routes::honoree(&h.id).url(),
        kind: h.kind.as_str().into(),
        kind_label: kind_label(r.words, h.kind).into(),
        field: h.field.clone(),
        position: h.position.clone(),
        unit: h.unit.as_ref().map(|u| UnitLink::of(r.site, u)),
        unit_id: h.unit.clone().unwrap_or_default(),
        summary: h.summary.clone(),
        years: r
            .site
            .honoree_years(h)
            .iter()
            .map(i32::to_string)
            .collect::<Vec<_>>()
            .join(" "),
        portrait: portrait(r.words, r.photos, h)?,
        illustrative: h.illustrative.is_some(),
    })
}

/// The honorees a cluster of a campaign nominated, linked to their profiles (for the
/// scoreboard and the campaign page); `label` is "Cá nhân" or "Tập thể".
pub fn nomination_links(w: &Words, site: &Site, c: &Campaign, cluster: &str) -> Vec<LinkView> {
    let ids = c.nominations.get(cluster).map(Vec::as_slice).unwrap_or(&[]);
    ids.iter()
        .map(|id| match site.honoree(id) {
            Some(h) => link(w, h),
            None => LinkView::page(id.clone(), &routes::honoree(id)),
        })
        .collect()
}

/// The honorees who belong to a unit, in Vietnamese order, linked to their profiles.
pub fn links_of_unit(w: &Words, site: &Site, unit: &str) -> Vec<LinkView> {
    site.honorees_of_unit(unit).map(|h| link(w, h)).collect()
}

/// A link to an honoree's profile, labelled with their kind.
pub fn link(w: &Words, h: &Honoree) -> LinkView {
    LinkView {
        title: h.name.clone(),
        url: routes::honoree(&h.id).url(),
        label: kind_label(w, h.kind).into(),
    }
}

/// "Cá nhân" or "Tập thể": an honoree's kind as people read it.
pub fn kind_label(w: &Words, kind: HonoreeKind) -> &'static str {
    match kind {
        HonoreeKind::Individual => w.individual,
        HonoreeKind::Collective => w.collective,
    }
}

/// An award on the profile's timeline.
#[derive(Debug, Clone, Serialize)]
pub struct AwardLine {
    /// Year, or empty.
    pub year: String,
    /// Title.
    pub title: String,
    /// Who gave it.
    pub by: String,
}

/// A nomination (suy tôn) received.
#[derive(Debug, Clone, Serialize)]
pub struct NominationView {
    /// The campaign, linked; `label` is its year.
    pub campaign: LinkView,
    /// The cluster that nominated, linked to its first rubric's scoreboard.
    pub cluster: LinkView,
}

/// A conference the honoree took part in.
#[derive(Debug, Clone, Serialize)]
pub struct ConferenceRole {
    /// The conference, linked; `label` is its date.
    pub conference: LinkView,
    /// "Báo cáo tham luận", "Được biểu dương", or both.
    pub role: String,
}

/// Everything a profile shows, for the profile page and the handout.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileView {
    /// Name, picture, unit and the rest of the card.
    pub card: HonoreeCard,
    /// Achievements — "thành tích".
    pub achievements: Vec<String>,
    /// Awards by year, oldest first (undated ones last, as written).
    pub awards: Vec<AwardLine>,
    /// Nominations received.
    pub nominations: Vec<NominationView>,
    /// Conferences.
    pub conferences: Vec<ConferenceRole>,
    /// The story, as HTML.
    pub story: String,
}

/// The profile of an honoree; `root` is the way from the page that shows it to the site root.
pub fn profile(r: &Renderer, h: &Honoree, root: &str) -> Result<ProfileView, Diagnostic> {
    let site = r.site;
    let mut awards: Vec<&crate::model::honoree::HonoreeAward> = h.awards.iter().collect();
    awards.sort_by_key(|a| (a.year.is_none(), a.year));
    let nominations = site
        .nominations_of(&h.id)
        .into_iter()
        .map(|(s, cl)| {
            let c = &s.campaign;
            let name = c
                .clusters
                .iter()
                .find(|x| x.id == cl)
                .map(|x| x.name.clone())
                .unwrap_or_else(|| cl.to_string());
            let url = c
                .rubrics
                .first()
                .map(|r| routes::cluster(&c.id, &r.id, cl).url())
                .unwrap_or_else(|| routes::campaign(&c.id).url());
            NominationView {
                campaign: LinkView {
                    title: c.title.clone(),
                    url: routes::campaign(&c.id).url(),
                    label: c.year.map(|y| y.to_string()).unwrap_or_default(),
                },
                cluster: LinkView::to(name, url),
            }
        })
        .collect();
    let conferences = site
        .conferences
        .iter()
        .filter_map(|c| {
            let spoke = c.program.iter().any(|p| p.speakers.contains(&h.id));
            let commended = c.honorees.contains(&h.id);
            let role = match (spoke, commended) {
                (true, true) => r.words.role_spoke_and_commended,
                (true, false) => r.words.role_spoke,
                (false, true) => r.words.role_commended,
                (false, false) => return None,
            };
            Some(ConferenceRole {
                conference: LinkView {
                    title: c.title.clone(),
                    url: routes::conference(&c.id).url(),
                    label: c.date.map(|d| r.words.date_short(d)).unwrap_or_default(),
                },
                role: role.into(),
            })
        })
        .collect();
    Ok(ProfileView {
        card: card(r, h)?,
        achievements: h.achievements.clone(),
        awards: awards
            .into_iter()
            .map(|a| AwardLine {
                year: a.year.map(|y| y.to_string()).unwrap_or_default(),
                title: a.title.clone(),
                by: a.by.clone(),
            })
            .collect(),
        nominations,
        conferences,
        story: r.markdown(&h.story, root).html,
    })
}

/// The title of the honoree index: the `_index.md` title, or "Gương điển hình tiên tiến".
pub fn index_title(w: &Words, site: &Site) -> String {
    site.content
        .page(routes::honorees().path())
        .map(|p| p.title.clone())
        .unwrap_or_else(|| w.honoree_index_title.into())
}
