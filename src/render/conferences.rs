//! Conference pages (SPEC §5 `/conferences/<id>/`): date, venue, organiser, the program as
//! an agenda, the speakers and honorees linked to their profiles, the campaigns reviewed and
//! the documents that belong to the conference; and the list of conferences.

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::model::conference::Conference;
use crate::render::campaign::campaign_path;
use crate::render::honorees::{HonoreeCard, card, honoree_path};
use crate::render::view::{ChildView, LinkView, PageView, url_of};
use crate::render::{base_context, markdown, render_template};
use crate::site::Site;

/// Site path of the conference list.
pub const INDEX_PATH: &str = "conferences/";

/// One file this module produces.
#[derive(Debug, Clone)]
pub enum ConferenceJob {
    /// `/conferences/`.
    Index,
    /// A conference page (index into `site.conferences`).
    Page(usize),
    /// A conference's printable handout.
    Handout(usize),
}

/// Site path of a conference page.
pub fn conference_path(id: &str) -> String {
    format!("conferences/{id}/")
}

/// Site path of a conference's handout.
pub fn handout_path(id: &str) -> String {
    format!("conferences/{id}/handout/")
}

/// True when the site has a conference list: it has conferences, or
/// `content/conferences/_index.md`.
pub fn has_index(site: &Site) -> bool {
    !site.conferences.is_empty() || site.content.page(INDEX_PATH).is_some()
}

/// Every job of the conference pages, in a stable order.
pub fn jobs(site: &Site) -> Vec<ConferenceJob> {
    let mut jobs = Vec::new();
    if has_index(site) {
        jobs.push(ConferenceJob::Index);
    }
    for i in 0..site.conferences.len() {
        jobs.push(ConferenceJob::Page(i));
        jobs.push(ConferenceJob::Handout(i));
    }
    jobs
}

/// The page paths of the conference pages, for the sitemap.
pub fn paths(site: &Site) -> Vec<String> {
    let mut out: Vec<String> = if has_index(site) {
        vec![INDEX_PATH.to_string()]
    } else {
        Vec::new()
    };
    for c in &site.conferences {
        out.push(conference_path(&c.id));
        out.push(handout_path(&c.id));
    }
    out
}

/// Renders one job.
pub fn render(site: &Site, job: &ConferenceJob) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    match job {
        ConferenceJob::Index => render_index(site),
        ConferenceJob::Page(i) => render_conference(site, &site.conferences[*i]),
        ConferenceJob::Handout(i) => {
            crate::render::handout::render_handout(site, &site.conferences[*i])
        }
    }
}

/// A speaker in the program.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerView {
    /// Name.
    pub name: String,
    /// Root-relative address of the profile.
    pub url: String,
}

/// One line of the agenda.
#[derive(Debug, Clone, Serialize)]
pub struct AgendaLine {
    /// `HH:MM`, or empty.
    pub time: String,
    /// What happens.
    pub item: String,
    /// Who speaks.
    pub speakers: Vec<SpeakerView>,
}

/// The facts of a conference, formatted.
#[derive(Debug, Clone, Serialize)]
pub struct ConferenceView {
    /// Identifier.
    pub id: String,
    /// Title.
    pub title: String,
    /// "thứ Sáu, 15/05/2020", or empty.
    pub date: String,
    /// "ngày 15 tháng 5 năm 2020", or empty.
    pub date_long: String,
    /// `2020-05-15`, or empty.
    pub date_iso: String,
    /// Venue.
    pub venue: String,
    /// Organiser.
    pub organiser: String,
    /// The program.
    pub program: Vec<AgendaLine>,
    /// Root-relative address of the conference page.
    pub url: String,
    /// Root-relative address of the handout.
    pub handout_url: String,
}

/// Formats a conference's facts and program.
pub fn conference_view(site: &Site, c: &Conference) -> ConferenceView {
    let program = c
        .program
        .iter()
        .map(|p| AgendaLine {
            time: p.time.clone().unwrap_or_default(),
            item: p.item.clone(),
            speakers: p
                .speakers
                .iter()
                .map(|id| SpeakerView {
                    name: site
                        .honorees
                        .iter()
                        .find(|h| &h.id == id)
                        .map(|h| h.name.clone())
                        .unwrap_or_else(|| id.clone()),
                    url: url_of(&honoree_path(id)),
                })
                .collect(),
        })
        .collect();
    ConferenceView {
        id: c.id.clone(),
        title: c.title.clone(),
        date: c
            .date
            .map(|d| format!("{}, {}", d.weekday_vi(), d.to_vi_short()))
            .unwrap_or_default(),
        date_long: c.date.map(|d| d.to_vi_long()).unwrap_or_default(),
        date_iso: c.date.map(|d| d.iso()).unwrap_or_default(),
        venue: c.venue.clone(),
        organiser: c.organiser.clone(),
        program,
        url: url_of(&conference_path(&c.id)),
        handout_url: url_of(&handout_path(&c.id)),
    }
}

/// The honorees a conference commends, in its order, as cards.
pub fn commended(site: &Site, c: &Conference) -> Result<Vec<HonoreeCard>, Diagnostic> {
    c.honorees
        .iter()
        .filter_map(|id| crate::render::honorees::find(site, id))
        .map(|h| card(site, h))
        .collect()
}

/// The conference a page belongs to, as a related link (for document pages).
pub fn link_of_page(site: &Site, page: &crate::model::page::Page) -> Option<LinkView> {
    let c = site
        .conferences
        .iter()
        .find(|c| Some(&c.id) == page.conference.as_ref())?;
    Some(LinkView {
        title: c.title.clone(),
        url: url_of(&conference_path(&c.id)),
        label: "Hội nghị".into(),
    })
}

/// Search index entries: (title, address, kind, text) of every conference.
pub fn search_entries(site: &Site) -> Vec<(&str, String, &'static str, String)> {
    site.conferences
        .iter()
        .map(|c| {
            let when = c.date.map(|d| d.to_vi_short()).unwrap_or_default();
            let text = [when.as_str(), &c.venue, &c.organiser, &c.description]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
            (
                c.title.as_str(),
                url_of(&conference_path(&c.id)),
                "Hội nghị",
                text,
            )
        })
        .collect()
}

/// The illustrative note of a conference's pages.
pub fn illustrative_note(c: &Conference) -> Option<String> {
    c.illustrative.clone().map(|n| {
        if n.is_empty() {
            "Các chi tiết của hội nghị này là ví dụ minh họa.".into()
        } else {
            n
        }
    })
}

fn render_conference(site: &Site, c: &Conference) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let path = conference_path(&c.id);
    let root = crate::render::view::root_of(&path);
    let mut ctx = base_context(&path, &url_of(INDEX_PATH));
    let mut page = PageView::titled(&c.title, url_of(&path));
    page.description = c.description.clone();
    page.html = markdown::render(&c.body, &root).html;
    page.date = c.date.map(|d| d.to_vi_short());
    page.date_iso = c.date.map(|d| d.iso());
    page.illustrative = illustrative_note(c);
    ctx.insert("page", &page);
    ctx.insert(
        "breadcrumbs",
        &vec![
            home_link(),
            LinkView::to(index_title(site), url_of(INDEX_PATH)),
        ],
    );
    ctx.insert("conference", &conference_view(site, c));
    ctx.insert("honorees", &commended(site, c)?);
    let campaigns: Vec<LinkView> = c
        .campaigns
        .iter()
        .filter_map(|id| site.data.campaigns.iter().find(|x| &x.id == id))
        .map(|x| LinkView {
            title: x.title.clone(),
            url: url_of(&campaign_path(&x.id)),
            label: x.year.map(|y| y.to_string()).unwrap_or_default(),
        })
        .collect();
    ctx.insert("campaigns", &campaigns);
    let mut docs: Vec<&crate::model::page::Page> = site
        .content
        .pages
        .iter()
        .filter(|p| p.conference.as_deref() == Some(c.id.as_str()))
        .collect();
    docs.sort_by(|a, b| a.date.cmp(&b.date).then(a.path.cmp(&b.path)));
    ctx.insert(
        "documents",
        &docs.into_iter().map(ChildView::of).collect::<Vec<_>>(),
    );
    Ok(vec![(
        url_of(&path),
        render_template(site, "conference.html", &ctx)?.into_bytes(),
    )])
}

/// A conference in the list.
#[derive(Debug, Serialize)]
struct ConferenceCard {
    title: String,
    url: String,
    handout_url: String,
    date: String,
    date_iso: String,
    venue: String,
    organiser: String,
    honorees: usize,
}

/// Conferences newest first (undated last), then by id: for the list and the home page.
pub fn newest_first(site: &Site) -> Vec<&Conference> {
    let mut v: Vec<&Conference> = site.conferences.iter().collect();
    v.sort_by(|a, b| {
        (b.date.is_some(), b.date)
            .cmp(&(a.date.is_some(), a.date))
            .then(a.id.cmp(&b.id))
    });
    v
}

/// The home page's conference list: title, address and date.
pub fn home_list(site: &Site) -> Vec<ChildView> {
    newest_first(site)
        .into_iter()
        .map(|c| ChildView {
            title: c.title.clone(),
            url: url_of(&conference_path(&c.id)),
            date: c.date.map(|d| d.to_vi_short()),
            date_iso: c.date.map(|d| d.iso()),
            number: None,
            description: c.description.clone(),
        })
        .collect()
}

fn render_index(site: &Site) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let own = site.content.page(INDEX_PATH);
    let mut ctx = base_context(INDEX_PATH, &url_of(INDEX_PATH));
    let mut page = PageView::titled(index_title(site), url_of(INDEX_PATH));
    if let Some(p) = own {
        page.description = p.description.clone();
        page.html = markdown::render(&p.body, "../").html;
        page.illustrative = p.illustrative.clone();
    }
    ctx.insert("page", &page);
    ctx.insert("breadcrumbs", &vec![home_link()]);
    let cards: Vec<ConferenceCard> = newest_first(site)
        .into_iter()
        .map(|c| ConferenceCard {
            title: c.title.clone(),
            url: url_of(&conference_path(&c.id)),
            handout_url: url_of(&handout_path(&c.id)),
            date: c.date.map(|d| d.to_vi_short()).unwrap_or_default(),
            date_iso: c.date.map(|d| d.iso()).unwrap_or_default(),
            venue: c.venue.clone(),
            organiser: c.organiser.clone(),
            honorees: c.honorees.len(),
        })
        .collect();
    ctx.insert("conferences", &cards);
    Ok(vec![(
        url_of(INDEX_PATH),
        render_template(site, "conferences.html", &ctx)?.into_bytes(),
    )])
}

/// The title of the list: the `_index.md` title, or "Hội nghị điển hình tiên tiến".
pub fn index_title(site: &Site) -> String {
    site.content
        .page(INDEX_PATH)
        .map(|p| p.title.clone())
        .unwrap_or_else(|| "Hội nghị điển hình tiên tiến".into())
}

fn home_link() -> LinkView {
    LinkView::home()
}
