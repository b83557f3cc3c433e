//! Conferences as pages show them: the facts and agenda, the honorees commended, the list of
//! conferences newest first, and the link from a document to its conference.

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::model::conference::Conference;
use crate::model::page::Page;
use crate::render::Renderer;
use crate::render::engine::words::Words;
use crate::render::parts::honorees::{HonoreeCard, card};
use crate::render::parts::{ChildView, LinkView};
use crate::routes;
use crate::site::Site;

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
pub fn conference_view(w: &Words, site: &Site, c: &Conference) -> ConferenceView {
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
                        .honoree(id)
                        .map(|h| h.name.clone())
                        .unwrap_or_else(|| id.clone()),
                    url: routes::honoree(id).url(),
                })
                .collect(),
        })
        .collect();
    ConferenceView {
        id: c.id.clone(),
        title: c.title.clone(),
        date: c
            .date
            .map(|d| format!("{}, {}", w.weekday(d), w.date_short(d)))
            .unwrap_or_default(),
        date_long: c.date.map(|d| w.date(d)).unwrap_or_default(),
        date_iso: c.date.map(|d| d.iso()).unwrap_or_default(),
        venue: c.venue.clone(),
        organiser: c.organiser.clone(),
        program,
        url: routes::conference(&c.id).url(),
        handout_url: routes::handout(&c.id).url(),
    }
}

/// The honorees a conference commends, in its order, as cards.
pub fn commended(r: &Renderer, c: &Conference) -> Result<Vec<HonoreeCard>, Diagnostic> {
    c.honorees
        .iter()
        .filter_map(|id| r.site.honoree(id))
        .map(|h| card(r, h))
        .collect()
}

/// The conference a page belongs to, as a related link (for document pages).
pub fn link_of_page(w: &Words, site: &Site, page: &Page) -> Option<LinkView> {
    let c = site.conference(page.conference.as_deref()?)?;
    Some(LinkView {
        title: c.title.clone(),
        url: routes::conference(&c.id).url(),
        label: w.conference.into(),
    })
}

/// The illustrative note of a conference's pages.
pub fn illustrative_note(w: &Words, c: &Conference) -> Option<String> {
    c.illustrative.clone().map(|n| {
        if n.is_empty() {
            w.illustrative_conference.into()
        } else {
            n
        }
    })
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
pub fn home_list(w: &Words, site: &Site) -> Vec<ChildView> {
    newest_first(site)
        .into_iter()
        .map(|c| ChildView {
            untranslated: false,
            title: c.title.clone(),
            url: routes::conference(&c.id).url(),
            date: c.date.map(|d| w.date_short(d)),
            date_iso: c.date.map(|d| d.iso()),
            number: None,
            description: c.description.clone(),
        })
        .collect()
}

/// The title of the list of conferences: the `_index.md` title, or "Hội nghị điển hình
/// tiên tiến".
pub fn index_title(w: &Words, site: &Site) -> String {
    site.content
        .page(routes::conferences().path())
        .map(|p| p.title.clone())
        .unwrap_or_else(|| w.role_model_conferences.into())
}
