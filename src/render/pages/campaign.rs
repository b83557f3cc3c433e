//! A campaign's page (SPEC §5 `/campaigns/<c>/`): its documents, inspection schedule,
//! clusters, rubrics, awards and downloads.

use crate::render::Words;
use serde::Serialize;

use crate::diag::Diagnostic;
use crate::model::Date;
use crate::render::parts::awards::{award_views, leaders};
use crate::render::parts::decisions::{consultation_view, provisional_note, timeline_view};
use crate::render::parts::honorees::nomination_links;
use crate::render::parts::units::UnitLink;
use crate::render::parts::{LinkView, PageView, children, page_context};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};
use crate::site::Site;

/// The page's address.
pub fn route(site: &Site, ci: usize) -> Route {
    routes::campaign(&site.campaigns[ci].campaign.id)
}

/// It shows the campaign, the names of its units, its documents and the honorees its
/// clusters nominated.
pub fn reads(site: &Site, ci: usize) -> Vec<Input> {
    vec![
        Input::Campaign(site.campaigns[ci].campaign.id.clone()),
        Input::Units,
        Input::PageList,
        Input::Honorees,
    ]
}

#[derive(Serialize)]
struct CampaignView<'a> {
    id: &'a str,
    title: &'a str,
    year: Option<i32>,
    organiser: &'a str,
    description: String,
    stages: Vec<&'a str>,
}

/// Up to this many units in its clusters, the campaign page names every member; above, each
/// cluster shows how many it has and links its boards, which name them (a national campaign
/// of 10,000 units would otherwise weigh megabytes).
pub const MEMBERS_UP_TO: usize = crate::render::parts::paging::PART_SIZE;

#[derive(Serialize)]
struct ScheduleRow {
    cluster: String,
    when: String,
    when_iso: String,
    place: String,
    team: String,
}

#[derive(Serialize)]
struct ClusterView {
    id: String,
    name: String,
    boards: Vec<LinkView>,
    leader: Option<UnitLink>,
    deputy: Option<UnitLink>,
    /// Empty on a campaign of many units (see [`MEMBERS_UP_TO`]): its boards list them.
    members: Vec<UnitLink>,
    member_count: usize,
    team: Vec<TeamView>,
    nominations: Vec<LinkView>,
}

#[derive(Serialize)]
struct TeamView {
    name: String,
    role: String,
}

#[derive(Serialize)]
struct RubricCard {
    title: String,
    url: String,
    max: String,
    participants: usize,
    leaders: Vec<UnitLink>,
}

/// "08:00, thứ Sáu 20/11/2020" (or "08:00, Friday 20 Nov 2020") from `2020-11-20T08:00`.
pub fn when(w: &Words, at: &str) -> String {
    let (date, time) = at.split_once(['T', ' ']).unwrap_or((at, ""));
    match Date::parse(date) {
        Some(d) if !time.is_empty() => format!("{time}, {}", w.date_with_weekday(d)),
        Some(d) => w.date_with_weekday(d),
        None => at.to_string(),
    }
}

/// Renders a campaign page.
pub fn render(r: &Renderer, ci: usize) -> Result<Files, Diagnostic> {
    let (site, w) = (r.site, r.words);
    let scored = &site.campaigns[ci];
    let (c, results) = (&scored.campaign, &scored.results);
    let route = route(site, ci);
    let mut ctx = page_context(&route, &routes::campaigns());
    let mut page = PageView::titled(&c.title, &route);
    page.description = format!("{} — {}", c.organiser, c.title);
    page.illustrative = c.illustrative.then(|| w.illustrative_campaign.to_string());
    page.provisional = provisional_note(w, c);
    ctx.insert("page", &page);
    ctx.insert("breadcrumbs", &LinkView::to_campaigns(w));
    ctx.insert(
        "campaign",
        &CampaignView {
            id: &c.id,
            title: &c.title,
            year: c.year,
            organiser: &c.organiser,
            description: r.markdown(&c.description, &route.root()).html,
            stages: c.stages.iter().map(|s| s.label.as_str()).collect(),
        },
    );
    let mut docs: Vec<&crate::model::page::Page> = site.pages_of_campaign(&c.id).collect();
    docs.sort_by(|a, b| b.date.cmp(&a.date).then(a.path.cmp(&b.path)));
    ctx.insert("documents", &children(r, docs));
    let schedule: Vec<ScheduleRow> = c
        .clusters
        .iter()
        .filter_map(|cl| {
            cl.inspection.as_ref().map(|i| ScheduleRow {
                cluster: cl.name.clone(),
                when: when(w, &i.at),
                when_iso: i.at.clone(),
                place: i.place.clone(),
                team: cl
                    .team
                    .iter()
                    .map(|t| {
                        if t.role.is_empty() {
                            t.name.clone()
                        } else {
                            format!("{} ({})", t.name, t.role)
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            })
        })
        .collect();
    ctx.insert("schedule", &schedule);
    ctx.insert("consultation", &consultation_view(w, c));
    ctx.insert("timeline", &timeline_view(w, c));
    let list_members = c.clusters.iter().map(|cl| cl.members.len()).sum::<usize>() <= MEMBERS_UP_TO;
    let clusters: Vec<ClusterView> = c
        .clusters
        .iter()
        .map(|cl| ClusterView {
            id: cl.id.clone(),
            name: cl.name.clone(),
            boards: c
                .rubrics
                .iter()
                .map(|rb| LinkView::page(rb.title.clone(), &routes::cluster(&c.id, &rb.id, &cl.id)))
                .collect(),
            leader: cl.leader.as_deref().map(|u| UnitLink::of(site, u)),
            deputy: cl.deputy.as_deref().map(|u| UnitLink::of(site, u)),
            members: if list_members {
                UnitLink::all(site, &cl.members)
            } else {
                Vec::new()
            },
            member_count: cl.members.len(),
            team: cl
                .team
                .iter()
                .map(|t| TeamView {
                    name: t.name.clone(),
                    role: t.role.clone(),
                })
                .collect(),
            nominations: nomination_links(w, site, c, &cl.id),
        })
        .collect();
    ctx.insert("clusters", &clusters);
    let rubrics: Vec<RubricCard> = c
        .rubrics
        .iter()
        .zip(&results.rubrics)
        .map(|(rb, rr)| RubricCard {
            title: rb.title.clone(),
            url: routes::rubric(&c.id, &rb.id).url(),
            max: w.number(rb.max()),
            participants: rr.units.len(),
            leaders: leaders(site, rr, None),
        })
        .collect();
    ctx.insert("rubrics", &rubrics);
    let mut awards = award_views(w, site, scored, None);
    crate::render::parts::awards::summarise(w, &mut awards);
    ctx.insert("awards", &awards);
    let mut downloads = vec![
        LinkView {
            title: w.download_json.into(),
            // The data files are shared by every language: from another language's root,
            // `shared` leads back to the site root.
            url: format!("{}{}", r.shared, routes::results_json(&c.id)),
            label: "results.json".into(),
        },
        LinkView {
            title: w.download_xlsx.into(),
            url: routes::results_xlsx(&c.id),
            label: "results.xlsx".into(),
        },
        LinkView {
            title: w.download_csv.into(),
            url: format!("{}{}", r.shared, routes::results_csv(&c.id)),
            label: "results.csv".into(),
        },
    ];
    // One rubric's results, lighter than the whole campaign's (and per cluster beside each
    // cluster's board on a large rubric: docs/outputs.md).
    let parts = crate::render::exports::results_json::in_parts(site, ci);
    downloads.extend(c.rubrics.iter().filter(|_| parts).map(|rb| LinkView {
        title: format!("{}: {}", w.download_json_rubric, rb.title),
        url: format!("{}{}", r.shared, routes::results_json_rubric(&c.id, &rb.id)),
        label: "results.json".into(),
    }));
    if c.has_schedule() {
        downloads.push(LinkView {
            title: w.download_ics.into(),
            url: routes::schedule_ics(&c.id),
            label: "schedule.ics".into(),
        });
    }
    ctx.insert("downloads", &downloads);
    r.page(&route, "campaign.html", &ctx)
}
