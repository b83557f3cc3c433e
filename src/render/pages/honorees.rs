//! The honoree index (SPEC §5 `/honorees/`): people, then collectives, each in Vietnamese
//! order, with a filter by kind, field, unit and year. The filter is a small script over the
//! cards' `data-` attributes; without it the page still works: grouped sections with anchors,
//! and lists by field, unit and year further down.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::model::collate::compare;
use crate::model::honoree::{Honoree, HonoreeKind, in_vietnamese_order};
use crate::render::parts::honorees::{HonoreeCard, card, index_title, kind_label};
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
    // Every honoree counts in the lists (counted once for the site); a small site's lists
    // also name them.
    let lists = site.honorees.len() <= LISTS_UP_TO;
    type Named<K> = BTreeMap<K, Vec<LinkView>>;
    let mut field_names: Named<&str> = BTreeMap::new();
    let mut unit_names: Named<&str> = BTreeMap::new();
    let mut year_names: Named<i32> = BTreeMap::new();
    for (i, h) in ordered.into_iter().enumerate() {
        if lists {
            let link = LinkView {
                title: h.name.clone(),
                url: routes::honoree(&h.id).url(),
                label: kind_label(w, h.kind).into(),
            };
            if !h.field.is_empty() {
                field_names.entry(&h.field).or_default().push(link.clone());
            }
            if let Some(u) = &h.unit {
                unit_names.entry(u).or_default().push(link.clone());
            }
            for &y in site.honoree_years(h).iter() {
                year_names.entry(y).or_default().push(link.clone());
            }
        }
        // Only the cards of the part shown are made.
        if shown.contains(&i) {
            groups[usize::from(h.kind == HonoreeKind::Collective)]
                .honorees
                .push(card(r, h)?);
        } else if !lists && i >= shown.end {
            break;
        }
    }
    let counts = &site.index.honoree_counts;
    let listed = |names: Option<Vec<LinkView>>, count: usize| (count, names.unwrap_or_default());
    groups.retain(|g| !g.honorees.is_empty());
    for g in &mut groups {
        g.count = g.honorees.len();
    }
    let mut fields: Vec<Facet> = counts
        .fields
        .iter()
        .map(|(f, &n)| {
            facet(
                f.clone(),
                f.clone(),
                listed(field_names.remove(f.as_str()), n),
            )
        })
        .collect();
    fields.sort_by(|a, b| compare(&a.label, &b.label));
    // Thousands of units would weigh more than the cards themselves on every part; each
    // unit's page lists its honorees.
    let mut units: Vec<Facet> = if counts.units.len() > UNIT_FILTER_UP_TO {
        Vec::new()
    } else {
        counts
            .units
            .iter()
            .map(|(id, &n)| {
                let names = listed(unit_names.remove(id.as_str()), n);
                facet(id.clone(), site.unit_name(id).to_string(), names)
            })
            .collect()
    };
    units.sort_by(|a, b| compare(&a.label, &b.label));
    let years: Vec<Facet> = counts
        .years
        .iter()
        .rev()
        .map(|(&y, &n)| {
            facet(
                y.to_string(),
                y.to_string(),
                listed(year_names.remove(&y), n),
            )
        })
        .collect();
    ctx.insert("groups", &groups);
    ctx.insert("fields", &fields);
    ctx.insert("units", &units);
    ctx.insert("years", &years);
    r.page(&route, "honorees.html", &ctx)
}
