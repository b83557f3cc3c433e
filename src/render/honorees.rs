//! Honoree pages (SPEC §5 `/honorees/`, `/honorees/<id>/`): the profiles, the index grouped
//! by kind and filterable by field, unit and year, and the photos they show.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::model::Campaign;
use crate::model::collate::{PersonKey, SortKey, person_sort_key, sort_key};
use crate::model::honoree::{Honoree, HonoreeKind};
use crate::render::campaign::{UnitLink, campaign_path, cluster_path};
use crate::render::images::{PortraitView, portrait};
use crate::render::view::{LinkView, PageView, url_of};
use crate::render::{base_context, markdown, render_template};
use crate::site::Site;

/// Site path of the honoree index.
pub const INDEX_PATH: &str = "honorees/";

/// One file this module produces.
#[derive(Debug, Clone)]
pub enum HonoreeJob {
    /// `/honorees/`.
    Index,
    /// A profile (index into `site.honorees`).
    Profile(usize),
    /// The prepared sizes of one photo (its path under `static/`).
    Photo(String),
}

/// Site path of an honoree's profile.
pub fn honoree_path(id: &str) -> String {
    format!("honorees/{id}/")
}

/// True when the site has an honoree index: it has honorees, or `content/honorees/_index.md`.
pub fn has_index(site: &Site) -> bool {
    !site.honorees.is_empty() || site.content.page(INDEX_PATH).is_some()
}

/// Every job of the honoree pages, in a stable order.
pub fn jobs(site: &Site) -> Vec<HonoreeJob> {
    let mut jobs = Vec::new();
    if has_index(site) {
        jobs.push(HonoreeJob::Index);
    }
    jobs.extend((0..site.honorees.len()).map(HonoreeJob::Profile));
    jobs.extend(site.photos.paths().into_iter().map(HonoreeJob::Photo));
    jobs
}

/// The page paths of the honoree pages, for the sitemap.
pub fn paths(site: &Site) -> Vec<String> {
    let mut out: Vec<String> = if has_index(site) {
        vec![INDEX_PATH.to_string()]
    } else {
        Vec::new()
    };
    out.extend(site.honorees.iter().map(|h| honoree_path(&h.id)));
    out
}

/// Renders one job.
pub fn render(site: &Site, job: &HonoreeJob) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    match job {
        HonoreeJob::Index => crate::render::honoree_index::render_index(site),
        HonoreeJob::Profile(i) => render_profile(site, &site.honorees[*i]),
        HonoreeJob::Photo(p) => site.photos.files(p),
    }
}

/// The honoree with this id (`site.honorees` is sorted by id).
pub fn find<'a>(site: &'a Site, id: &str) -> Option<&'a Honoree> {
    site.honorees
        .binary_search_by(|h| h.id.as_str().cmp(id))
        .ok()
        .map(|i| &site.honorees[i])
}

/// Unit id → the indexes (into `honorees`) of the honorees who belong to it, in Vietnamese
/// order; built once so that every unit page does not scan every honoree.
pub fn by_unit(honorees: &[Honoree]) -> BTreeMap<String, Vec<usize>> {
    let mut idx: Vec<usize> = (0..honorees.len())
        .filter(|&i| honorees[i].unit.is_some())
        .collect();
    idx.sort_by_cached_key(|&i| order_key(&honorees[i]));
    let mut map: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for i in idx {
        if let Some(u) = &honorees[i].unit {
            map.entry(u.clone()).or_default().push(i);
        }
    }
    map
}

/// Honorees in Vietnamese order (SPEC §4): people first, by given name and then full name;
/// then collectives by their full name.
pub fn in_vietnamese_order<'a>(list: impl IntoIterator<Item = &'a Honoree>) -> Vec<&'a Honoree> {
    let mut v: Vec<&Honoree> = list.into_iter().collect();
    // The collation keys are worth computing once per name: a big site has thousands.
    v.sort_by_cached_key(|h| order_key(h));
    v
}

/// People first (by given name, then full name), then collectives (by full name), then id.
type OrderKey = (HonoreeKind, Option<PersonKey>, Option<SortKey>, String);

fn order_key(h: &Honoree) -> OrderKey {
    match h.kind {
        HonoreeKind::Individual => (h.kind, Some(person_sort_key(&h.name)), None, h.id.clone()),
        HonoreeKind::Collective => (h.kind, None, Some(sort_key(&h.name)), h.id.clone()),
    }
}

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

/// The card of an honoree (prepares the photo on first use).
pub fn card(site: &Site, h: &Honoree) -> Result<HonoreeCard, Diagnostic> {
    Ok(HonoreeCard {
        id: h.id.clone(),
        name: h.name.clone(),
        url: url_of(&honoree_path(&h.id)),
        kind: h.kind.as_str().into(),
        kind_label: h.kind.label().into(),
        field: h.field.clone(),
        position: h.position.clone(),
        unit: h.unit.as_ref().map(|u| UnitLink::of(site, u)),
        unit_id: h.unit.clone().unwrap_or_default(),
        summary: h.summary.clone(),
        years: years_of(site, h)
            .iter()
            .map(i32::to_string)
            .collect::<Vec<_>>()
            .join(" "),
        portrait: portrait(&site.photos, h)?,
        illustrative: h.illustrative.is_some(),
    })
}

/// The years an honoree is known for: awards, nominations (the campaign's year) and the
/// conferences that commend them.
pub(crate) fn years_of(site: &Site, h: &Honoree) -> BTreeSet<i32> {
    let mut years: BTreeSet<i32> = h.award_years().into_iter().collect();
    years.extend(
        nominations_of(site, &h.id)
            .iter()
            .filter_map(|(c, _)| c.year),
    );
    years.extend(
        site.conferences
            .iter()
            .filter(|c| c.honorees.contains(&h.id))
            .filter_map(|c| c.date.map(|d| d.year)),
    );
    years
}

/// The (campaign, cluster id) pairs that nominated (suy tôn) an honoree, in campaign order.
pub fn nominations_of<'a>(site: &'a Site, id: &str) -> Vec<(&'a Campaign, String)> {
    let mut out = Vec::new();
    for c in &site.data.campaigns {
        for (cluster, ids) in &c.nominations {
            if ids.iter().any(|x| x == id) {
                out.push((c, cluster.clone()));
            }
        }
    }
    out
}

/// The honorees a cluster of a campaign nominated, linked to their profiles (for the
/// scoreboard and the campaign page); `label` is "Cá nhân" or "Tập thể".
pub fn nomination_links(site: &Site, c: &Campaign, cluster: &str) -> Vec<LinkView> {
    let ids = c.nominations.get(cluster).map(Vec::as_slice).unwrap_or(&[]);
    ids.iter()
        .map(|id| match crate::render::honorees::find(site, id) {
            Some(h) => LinkView {
                title: h.name.clone(),
                url: url_of(&honoree_path(id)),
                label: h.kind.label().into(),
            },
            None => LinkView::to(id.clone(), url_of(&honoree_path(id))),
        })
        .collect()
}

/// The honorees who belong to a unit, in Vietnamese order, linked to their profiles.
pub fn honoree_links_of_unit(site: &Site, unit: &str) -> Vec<LinkView> {
    let list = site
        .honorees_by_unit
        .get(unit)
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    list.iter()
        .map(|&i| {
            let h = &site.honorees[i];
            LinkView {
                title: h.name.clone(),
                url: url_of(&honoree_path(&h.id)),
                label: h.kind.label().into(),
            }
        })
        .collect()
}

/// Search index entries: (title, address, kind, text) of every profile.
pub fn search_entries(site: &Site) -> Vec<(&str, String, &'static str, String)> {
    site.honorees
        .iter()
        .map(|h| {
            let mut text = vec![h.kind.label().to_string()];
            text.extend(
                [&h.position, &h.field, &h.summary]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .cloned(),
            );
            if let Some(u) = h.unit.as_ref().and_then(|u| site.data.units.get(u)) {
                text.push(u.name.clone());
            }
            (
                h.name.as_str(),
                url_of(&honoree_path(&h.id)),
                "Gương điển hình",
                text.join(" · "),
            )
        })
        .collect()
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
pub fn profile(site: &Site, h: &Honoree, root: &str) -> Result<ProfileView, Diagnostic> {
    let mut awards: Vec<&crate::model::honoree::HonoreeAward> = h.awards.iter().collect();
    awards.sort_by_key(|a| (a.year.is_none(), a.year));
    let nominations = nominations_of(site, &h.id)
        .into_iter()
        .map(|(c, cl)| {
            let name = c
                .clusters
                .iter()
                .find(|x| x.id == cl)
                .map(|x| x.name.clone())
                .unwrap_or_else(|| cl.clone());
            let url = c
                .rubrics
                .first()
                .map(|r| url_of(&cluster_path(&c.id, &r.id, &cl)))
                .unwrap_or_else(|| url_of(&campaign_path(&c.id)));
            NominationView {
                campaign: LinkView {
                    title: c.title.clone(),
                    url: url_of(&campaign_path(&c.id)),
                    label: c.year.map(|y| y.to_string()).unwrap_or_default(),
                },
                cluster: LinkView {
                    title: name,
                    url,
                    label: String::new(),
                },
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
                (true, true) => "Báo cáo tham luận và được biểu dương",
                (true, false) => "Báo cáo tham luận",
                (false, true) => "Được biểu dương",
                (false, false) => return None,
            };
            let link = LinkView {
                title: c.title.clone(),
                url: url_of(&crate::render::conferences::conference_path(&c.id)),
                label: c.date.map(|d| d.to_vi_short()).unwrap_or_default(),
            };
            Some(ConferenceRole {
                conference: link,
                role: role.into(),
            })
        })
        .collect();
    Ok(ProfileView {
        card: card(site, h)?,
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
        story: markdown::render(&h.story, root).html,
    })
}

fn render_profile(site: &Site, h: &Honoree) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let path = honoree_path(&h.id);
    let root = crate::render::view::root_of(&path);
    let mut ctx = base_context(&path, &url_of(INDEX_PATH));
    let mut page = PageView::titled(&h.name, url_of(&path));
    page.description = if h.summary.is_empty() {
        format!("{} — {}", h.kind.label(), h.name)
    } else {
        h.summary.clone()
    };
    page.illustrative = h.illustrative.clone().map(|n| {
        if n.is_empty() {
            "Hồ sơ này là ví dụ hư cấu; ảnh là hình vẽ minh họa.".into()
        } else {
            n
        }
    });
    ctx.insert("page", &page);
    ctx.insert(
        "breadcrumbs",
        &vec![
            home_link(),
            LinkView::to(index_title(site), url_of(INDEX_PATH)),
        ],
    );
    ctx.insert("profile", &profile(site, h, &root)?);
    Ok(vec![(
        url_of(&path),
        render_template(site, "honoree.html", &ctx)?.into_bytes(),
    )])
}

/// The title of the index: the `_index.md` title, or "Gương điển hình tiên tiến".
pub fn index_title(site: &Site) -> String {
    site.content
        .page(INDEX_PATH)
        .map(|p| p.title.clone())
        .unwrap_or_else(|| "Gương điển hình tiên tiến".into())
}

pub(crate) fn home_link() -> LinkView {
    LinkView::home()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn h(id: &str, name: &str, kind: HonoreeKind) -> Honoree {
        Honoree {
            id: id.into(),
            name: name.into(),
            kind,
            unit: None,
            position: String::new(),
            field: String::new(),
            photo: None,
            summary: String::new(),
            achievements: Vec::new(),
            awards: Vec::new(),
            story: String::new(),
            illustrative: None,
            source: PathBuf::new(),
            unit_origin: None,
            photo_origin: None,
        }
    }

    #[test]
    fn vietnamese_order_catches_the_traps() {
        use HonoreeKind::*;
        let list = [
            h(
                "6",
                "Nhóm Chuyển đổi số cộng đồng Phường Trảng Dài",
                Collective,
            ),
            h("a", "Phạm Thị Ưng", Individual),
            h("b", "Lê Văn Út", Individual),
            h("c", "Trần Thị Đào", Individual),
            h("d", "Nguyễn Văn Dũng", Individual),
            h("e", "Hoàng Văn Ánh", Individual),
            h("f", "Vũ Thị Anh", Individual),
            h("4", "Đội Thông tin lưu động Phường Tam Hiệp", Collective),
            h("2", "Câu lạc bộ Đờn ca tài tử Xã Long Hưng", Collective),
            h("3", "Đội Lân Sư Rồng Phường Bửu Hòa", Collective),
            h("1", "Câu lạc bộ Cầu lông Phường Quyết Thắng", Collective),
            h("7", "Tổ Thuyết minh Di sản Thăng Long", Collective),
        ];
        let names: Vec<&str> = in_vietnamese_order(&list)
            .into_iter()
            .map(|x| x.name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "Vũ Thị Anh", // letters equal to Ánh: no tone before sắc
                "Hoàng Văn Ánh",
                "Nguyễn Văn Dũng", // D before Đ, whatever the family name
                "Trần Thị Đào",
                "Lê Văn Út", // U before Ư
                "Phạm Thị Ưng",
                "Câu lạc bộ Cầu lông Phường Quyết Thắng", // c before đ
                "Câu lạc bộ Đờn ca tài tử Xã Long Hưng",
                "Đội Lân Sư Rồng Phường Bửu Hòa", // Đ right after D, before N and T
                "Đội Thông tin lưu động Phường Tam Hiệp",
                "Nhóm Chuyển đổi số cộng đồng Phường Trảng Dài",
                "Tổ Thuyết minh Di sản Thăng Long",
            ]
        );
    }
}
