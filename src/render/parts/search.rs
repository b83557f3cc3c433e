//! What the search finds: every content page, campaign, rubric, unit, honoree and conference,
//! with a little text to match on and show.

use serde::Serialize;

use crate::render::engine::words::Words;
use crate::render::parts::honorees::kind_label;
use crate::routes;
use crate::site::Site;

/// One searchable thing (short keys: the index of a large site is downloaded whole).
#[derive(Serialize)]
pub struct Entry<'a> {
    /// Title.
    t: &'a str,
    /// Root-relative address.
    u: String,
    /// What it is ("Văn bản", "Đơn vị" …).
    k: &'a str,
    /// A little text to match on and show.
    d: String,
}

impl Entry<'_> {
    /// What a query is matched against: the title and the text.
    pub fn searched(&self) -> String {
        format!("{} {}", self.t, self.d)
    }
}

/// Every entry of the search, in a stable order.
pub fn entries<'a>(w: &'a Words, site: &'a Site) -> Vec<Entry<'a>> {
    let mut out: Vec<Entry> = Vec::new();
    for p in &site.content.pages {
        out.push(Entry {
            t: &p.title,
            u: routes::url_of(&p.path),
            k: if p.document.is_some() {
                w.document
            } else {
                w.page
            },
            d: if p.description.is_empty() {
                snippet(&p.body)
            } else {
                p.description.clone()
            },
        });
    }
    for s in &site.campaigns {
        let c = &s.campaign;
        out.push(Entry {
            t: &c.title,
            u: routes::campaign(&c.id).url(),
            k: w.campaign,
            d: c.organiser.clone(),
        });
        for r in &c.rubrics {
            out.push(Entry {
                t: &r.title,
                u: routes::rubric(&c.id, &r.id).url(),
                k: w.ranking,
                d: c.title.clone(),
            });
        }
    }
    for u in site.units.values() {
        out.push(Entry {
            t: &u.name,
            u: routes::unit(&u.id).url(),
            k: w.unit,
            d: u.kind.clone(),
        });
    }
    for h in &site.honorees {
        let mut text = vec![kind_label(w, h.kind).to_string()];
        text.extend(
            [&h.position, &h.field, &h.summary]
                .into_iter()
                .filter(|s| !s.is_empty())
                .cloned(),
        );
        if let Some(u) = h.unit.as_ref().and_then(|u| site.units.get(u)) {
            text.push(u.name.clone());
        }
        out.push(Entry {
            t: &h.name,
            u: routes::honoree(&h.id).url(),
            k: w.role_model,
            d: text.join(" · "),
        });
    }
    for c in &site.conferences {
        let when = c.date.map(|d| w.date_short(d)).unwrap_or_default();
        out.push(Entry {
            t: &c.title,
            u: routes::conference(&c.id).url(),
            k: w.conference,
            d: [when.as_str(), &c.venue, &c.organiser, &c.description]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · "),
        });
    }
    out
}

/// How many entries the search has (as [`entries`] lists them, without building them).
pub fn count(site: &Site) -> usize {
    site.content.pages.len()
        + site
            .campaigns
            .iter()
            .map(|s| 1 + s.campaign.rubrics.len())
            .sum::<usize>()
        + site.units.len()
        + site.honorees.len()
        + site.conferences.len()
}

/// The opening of a page's text, plain. Only the start of a body is shown and searched: a
/// long document must not cost its whole length here.
fn snippet(s: &str) -> String {
    let plain: String = s
        .chars()
        .take(400)
        .filter(|c| !matches!(c, '#' | '*' | '_' | '|' | '`' | '>'))
        .collect();
    let mut out = String::new();
    // Characters in `out` so far.
    let mut chars = 0;
    for w in plain.split_whitespace() {
        if chars > 160 {
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
            chars += 1;
        }
        out.push_str(w);
        chars += w.chars().count();
    }
    out
}
