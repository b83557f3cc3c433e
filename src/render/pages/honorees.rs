//! The honoree index (SPEC §5 `/honorees/`): people, then collectives, each in Vietnamese
//! order, with a filter by kind, field, unit and year. The filter is a small script over the
//! cards' `data-` attributes; without it the page still works: grouped sections with anchors,
//! and lists by field, unit and year further down.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::model::collate::compare;
use crate::model::honoree::{Honoree, HonoreeKind, in_vietnamese_order};
use crate::render::parts::honorees::{HonoreeCard, card, index_title, kind_label, years_of};
use crate::render::parts::paging::{Parts, part_rows};
use crate::render::parts::{LinkView, PageView, page_context};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};
use crate::site::Site;

/// The index's address, or its part `part` (from 0) on a site of many honorees.
pub fn route(part: usize) -> Route {
    routes::part(&routes::honorees(), part + 1)
}

/// It shows every honoree with their unit, photo and years (of awards, nominations and
/// conferences), under the text of `content/honorees/_index.md` when there is one.
pub fn reads(site: &Site) -> Vec<Input> {
    let mut reads = vec![
        Input::Honorees,
        Input::Units,
        Input::CampaignHeads,
        Input::Conferences,
        Input::Page(routes::honorees().path().to_string()),
    ];
    reads.extend(
        site.honorees
            .iter()
            .filter_map(|h| h.photo.clone())
            .map(Input::Photo),
    );
    reads
}

/// A group of the index: people or collectives.
#[derive(Debug, Serialize)]
struct Group {
    anchor: &'static str,
    label: &'static str,
    honorees: Vec<HonoreeCard>,
    /// How many honorees the group has.
    count: usize,
}

/// A value to filter on, with the honorees that have it (the lists work without JavaScript).
#[derive(Debug, Serialize)]
struct Facet {
    value: String,
    label: String,
    count: usize,
    /// Empty on a very large site (see [`LISTS_UP_TO`]): the filter still works, the page
    /// stays small.
    honorees: Vec<LinkView>,
}

/// Up to this many honorees the index also lists them by field, unit and year (the way to
/// filter without JavaScript); above it, those lists show counts only, so that an index of
/// thousands does not carry every name four times.
pub const LISTS_UP_TO: usize = 500;

/// Up to this many units the index filters and lists honorees by unit; a national index of
/// ten thousand units does not (the unit's own page names its honorees).
pub const UNIT_FILTER_UP_TO: usize = 300;

/// A facet of `count` honorees, listing `honorees` (empty when the lists show counts only).
fn facet(value: String, label: String, (count, honorees): (usize, Vec<LinkView>)) -> Facet {
    Facet {
        value,
        label,
        count,
        honorees,
    }
}

/// Renders `/honorees/`, or its part `part`: a site of more than
/// [`PART_SIZE`](crate::render::parts::paging::PART_SIZE) honorees shows their cards that many
/// a page, in Vietnamese order, each part with links to the others; the filter works on the
/// cards of the part shown, the lists by field, unit and year (counts) are on every part.
pub fn render(r: &Renderer, part: usize) -> Result<Files, Diagnostic> {
    let site = r.site;
    let route = route(part);
    let own = site.content.page(routes::honorees().path());
    let mut ctx = page_context(&route, &route);
    let w = r.words;
    let mut page = PageView::titled(index_title(w, site), &route);
    if let Some(p) = own {
        page.description = p.description.clone();
        page.html = r.markdown(&p.body, &route.root()).html;
        page.illustrative = p.illustrative.clone();
    }
    if page.illustrative.is_none() && site.honorees.iter().any(|h| h.illustrative.is_some()) {
        page.illustrative = Some(w.illustrative_some_profiles.into());
    }
    ctx.insert("page", &page);
    ctx.insert("breadcrumbs", &vec![LinkView::home(w)]);
    let ordered: Vec<&Honoree> = match &site.index.honorees_in_order {
        o if o.len() == site.honorees.len() => o.iter().map(|&i| &site.honorees[i]).collect(),
        _ => in_vietnamese_order(&site.honorees),
    };
    let parts = Parts::of(&routes::honorees(), ordered.len(), part);
    let shown = part_rows(ordered.len(), part);
    ctx.insert("parts", &parts);
    let mut groups = vec![
        Group {
            anchor: "ca-nhan",
            label: w.individuals,
            honorees: Vec::new(),
            count: 0,
        },
        Group {
            anchor: "tap-the",
            label: w.collectives,
            honorees: Vec::new(),
            count: 0,
        },
    ];
    let lists = site.honorees.len() <= LISTS_UP_TO;
    // Each list: how many honorees, and their links when the lists name them.
    type Listed = (usize, Vec<LinkView>);
    let mut fields: BTreeMap<&str, Listed> = BTreeMap::new();
    let mut units: BTreeMap<&str, Listed> = BTreeMap::new();
    let mut years: BTreeMap<i32, Listed> = BTreeMap::new();
    for (i, h) in ordered.into_iter().enumerate() {
        // Only the cards of the part shown are made; every honoree counts in the lists.
        let link = lists.then(|| LinkView {
            title: h.name.clone(),
            url: routes::honoree(&h.id).url(),
            label: kind_label(w, h.kind).into(),
        });
        let add = |listed: &mut Listed| {
            listed.0 += 1;
            if let Some(l) = &link {
                listed.1.push(l.clone());
            }
        };
        if !h.field.is_empty() {
            add(fields.entry(h.field.as_str()).or_default());
        }
        if let Some(u) = &h.unit {
            add(units.entry(u.as_str()).or_default());
        }
        for y in years_of(site, h) {
            add(years.entry(y).or_default());
        }
        if shown.contains(&i) {
            groups[usize::from(h.kind == HonoreeKind::Collective)]
                .honorees
                .push(card(r, h)?);
        }
    }
    groups.retain(|g| !g.honorees.is_empty());
    for g in &mut groups {
        g.count = g.honorees.len();
    }
    let mut fields: Vec<Facet> = fields
        .into_iter()
        .map(|(f, hs)| facet(f.to_string(), f.to_string(), hs))
        .collect();
    fields.sort_by(|a, b| compare(&a.label, &b.label));
    // Thousands of units would weigh more than the cards themselves on every part; each
    // unit's page lists its honorees.
    let mut units: Vec<Facet> = if units.len() > UNIT_FILTER_UP_TO {
        Vec::new()
    } else {
        units
            .into_iter()
            .map(|(id, hs)| facet(id.to_string(), site.unit_name(id).to_string(), hs))
            .collect()
    };
    units.sort_by(|a, b| compare(&a.label, &b.label));
    let years: Vec<Facet> = years
        .into_iter()
        .rev()
        .map(|(y, hs)| facet(y.to_string(), y.to_string(), hs))
        .collect();
    ctx.insert("groups", &groups);
    ctx.insert("fields", &fields);
    ctx.insert("units", &units);
    ctx.insert("years", &years);
    r.page(&route, "honorees.html", &ctx)
}
