//! Campaign pages (SPEC §5): the campaign with its documents, schedule, clusters, rubrics,
//! awards and downloads; the list of campaigns; and the machine-readable exports.

use serde::Serialize;

use crate::compute::{CampaignResults, RubricResults};
use crate::diag::Diagnostic;
use crate::model::{Campaign, Date, Points, Scope};
use crate::render::view::{ChildView, LinkView, PageView, url_of};
use crate::render::{base_context, markdown, render_template};
use crate::site::Site;

/// Site path of a campaign page.
pub fn campaign_path(c: &str) -> String {
    format!("campaigns/{c}/")
}
/// Site path of a rubric's overall scoreboard.
pub fn rubric_path(c: &str, r: &str) -> String {
    format!("campaigns/{c}/{r}/")
}
/// Site path of a cluster scoreboard.
pub fn cluster_path(c: &str, r: &str, cl: &str) -> String {
    format!("campaigns/{c}/{r}/{cl}/")
}
/// Site path of a unit's scorecard.
pub fn scorecard_path(c: &str, r: &str, u: &str) -> String {
    format!("campaigns/{c}/{r}/units/{u}/")
}
/// Site path of a unit's page across campaigns.
pub fn unit_path(u: &str) -> String {
    format!("units/{u}/")
}

/// A unit named and linked.
#[derive(Debug, Clone, Serialize)]
pub struct UnitLink {
    /// Display name.
    pub name: String,
    /// Root-relative address of the unit's page.
    pub url: String,
}

impl UnitLink {
    /// The link to a unit's page (its id when the unit is unknown).
    pub fn of(site: &Site, id: &str) -> Self {
        let name = site
            .data
            .units
            .get(id)
            .map(|u| u.name.clone())
            .unwrap_or_else(|| id.to_string());
        UnitLink {
            name,
            url: url_of(&unit_path(id)),
        }
    }
}

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
    members: Vec<UnitLink>,
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

/// One award rule with its outcome in every scope.
#[derive(Serialize, Clone)]
pub struct AwardView {
    /// Title.
    pub title: String,
    /// Rubric title.
    pub rubric: String,
    /// "Mỗi cụm" or "Toàn bộ".
    pub scope: String,
    /// "Hạng 1", "Hạng 2–4".
    pub ranks: String,
    /// Kinds that compete, if limited.
    pub kinds: String,
    /// Lowest band that competes, if limited.
    pub min_band: String,
    /// Outcomes per scope.
    pub outcomes: Vec<AwardOutcome>,
}

/// Winners of an award in one scope.
#[derive(Serialize, Clone)]
pub struct AwardOutcome {
    /// Cluster name, or empty for overall.
    pub cluster: String,
    /// Winners in ranking order.
    pub winners: Vec<UnitLink>,
    /// A tie made the winners more than the quota: the council decides.
    pub tie: bool,
}

/// The awards a unit won on a rubric, as people read them: a win that is tied beyond the
/// quota says the council decides.
pub fn awards_won(rr: &RubricResults, unit: &str) -> Vec<String> {
    rr.awards
        .iter()
        .filter(|a| a.units.iter().any(|x| x == unit))
        .map(|a| {
            if a.tie {
                format!("{} (đồng hạng, chờ Hội đồng quyết định)", a.title)
            } else {
                a.title.clone()
            }
        })
        .collect()
}

/// "Hạng 1" / "Hạng 1–3".
pub fn ranks_label(from: u32, to: u32) -> String {
    if from == to {
        format!("Hạng {from}")
    } else {
        format!("Hạng {from}–{to}")
    }
}

/// The awards of a campaign with their outcomes (optionally only one rubric's).
pub fn award_views(
    site: &Site,
    c: &Campaign,
    results: &CampaignResults,
    only_rubric: Option<&str>,
) -> Vec<AwardView> {
    c.awards
        .iter()
        .enumerate()
        .filter(|(_, rule)| only_rubric.is_none_or(|r| r == rule.rubric))
        .map(|(i, rule)| {
            let rubric = c.rubrics.iter().find(|r| r.id == rule.rubric);
            let outcomes = results
                .rubrics
                .iter()
                .flat_map(|rr| rr.awards.iter())
                .filter(|a| a.rule == i)
                .map(|a| AwardOutcome {
                    cluster: a
                        .cluster
                        .as_ref()
                        .and_then(|id| c.clusters.iter().find(|cl| &cl.id == id))
                        .map(|cl| cl.name.clone())
                        .unwrap_or_default(),
                    winners: a.units.iter().map(|u| UnitLink::of(site, u)).collect(),
                    tie: a.tie,
                })
                .collect();
            AwardView {
                title: rule.title.clone(),
                rubric: rubric.map(|r| r.title.clone()).unwrap_or_default(),
                scope: match rule.scope {
                    Scope::Cluster => "Mỗi cụm".into(),
                    Scope::Overall => "Toàn bộ đơn vị tham gia".into(),
                },
                ranks: ranks_label(rule.ranks.from, rule.ranks.to),
                kinds: rule
                    .kinds
                    .as_ref()
                    .map(|k| k.join(", "))
                    .unwrap_or_default(),
                min_band: rule.min_band.clone().unwrap_or_default(),
                outcomes,
            }
        })
        .collect()
}

/// The leading units (rank 1) of a ranked list, possibly several when tied.
pub fn leaders(site: &Site, rr: &RubricResults, cluster: Option<&str>) -> Vec<UnitLink> {
    rr.units
        .iter()
        .filter(|u| match cluster {
            Some(cl) => u.cluster.as_deref() == Some(cl) && u.rank_cluster == Some(1),
            None => u.rank_overall == 1,
        })
        .map(|u| UnitLink::of(site, &u.unit))
        .collect()
}

/// "08:00, thứ Sáu 20/11/2020" from `2020-11-20T08:00`.
pub fn when_vi(at: &str) -> String {
    let (date, time) = at.split_once(['T', ' ']).unwrap_or((at, ""));
    match Date::parse(date) {
        Some(d) if !time.is_empty() => format!("{time}, {} {}", d.weekday_vi(), d.to_vi_short()),
        Some(d) => format!("{} {}", d.weekday_vi(), d.to_vi_short()),
        None => at.to_string(),
    }
}

/// Renders a campaign page.
pub fn render_campaign(site: &Site, ci: usize) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let c = &site.data.campaigns[ci];
    let results = &site.results[ci];
    let path = campaign_path(&c.id);
    let mut ctx = base_context(&path, "campaigns/index.html");
    let mut page = PageView::titled(&c.title, url_of(&path));
    page.description = format!("{} — {}", c.organiser, c.title);
    page.illustrative = c.illustrative.then(|| {
        "Số liệu chấm điểm của phong trào này là ví dụ, không phải kết quả thật.".to_string()
    });
    ctx.insert("page", &page);
    ctx.insert(
        "breadcrumbs",
        &vec![
            LinkView::home(),
            LinkView::to("Phong trào", "campaigns/index.html"),
        ],
    );
    #[derive(Serialize)]
    struct CampaignView<'a> {
        id: &'a str,
        title: &'a str,
        year: Option<i32>,
        organiser: &'a str,
        description: String,
        stages: Vec<&'a str>,
    }
    ctx.insert(
        "campaign",
        &CampaignView {
            id: &c.id,
            title: &c.title,
            year: c.year,
            organiser: &c.organiser,
            description: markdown::render(&c.description, &crate::render::view::root_of(&path))
                .html,
            stages: c.stages.iter().map(|s| s.label.as_str()).collect(),
        },
    );
    let mut docs: Vec<&crate::model::page::Page> = site
        .content
        .pages
        .iter()
        .filter(|p| p.campaign.as_deref() == Some(c.id.as_str()))
        .collect();
    docs.sort_by(|a, b| b.date.cmp(&a.date).then(a.path.cmp(&b.path)));
    ctx.insert(
        "documents",
        &docs.into_iter().map(ChildView::of).collect::<Vec<_>>(),
    );
    let schedule: Vec<ScheduleRow> = c
        .clusters
        .iter()
        .filter_map(|cl| {
            cl.inspection.as_ref().map(|i| ScheduleRow {
                cluster: cl.name.clone(),
                when: when_vi(&i.at),
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
    let clusters: Vec<ClusterView> = c
        .clusters
        .iter()
        .map(|cl| ClusterView {
            id: cl.id.clone(),
            name: cl.name.clone(),
            boards: c
                .rubrics
                .iter()
                .map(|r| LinkView::to(r.title.clone(), url_of(&cluster_path(&c.id, &r.id, &cl.id))))
                .collect(),
            leader: cl.leader.as_deref().map(|u| UnitLink::of(site, u)),
            deputy: cl.deputy.as_deref().map(|u| UnitLink::of(site, u)),
            members: cl.members.iter().map(|u| UnitLink::of(site, u)).collect(),
            team: cl
                .team
                .iter()
                .map(|t| TeamView {
                    name: t.name.clone(),
                    role: t.role.clone(),
                })
                .collect(),
            nominations: site.nomination_links(c, &cl.id),
        })
        .collect();
    ctx.insert("clusters", &clusters);
    let rubrics: Vec<RubricCard> = c
        .rubrics
        .iter()
        .zip(&results.rubrics)
        .map(|(r, rr)| RubricCard {
            title: r.title.clone(),
            url: url_of(&rubric_path(&c.id, &r.id)),
            max: r.max().to_vi(),
            participants: rr.units.len(),
            leaders: leaders(site, rr, None),
        })
        .collect();
    ctx.insert("rubrics", &rubrics);
    ctx.insert("awards", &award_views(site, c, results, None));
    let mut downloads = vec![
        LinkView {
            title: "Kết quả (JSON)".into(),
            url: format!("{path}results.json"),
            label: "results.json".into(),
        },
        LinkView {
            title: "Kết quả (CSV, mở bằng bảng tính)".into(),
            url: format!("{path}results.csv"),
            label: "results.csv".into(),
        },
    ];
    if c.clusters.iter().any(|cl| cl.inspection.is_some()) {
        downloads.push(LinkView {
            title: "Lịch kiểm tra (iCalendar)".into(),
            url: format!("{path}schedule.ics"),
            label: "schedule.ics".into(),
        });
    }
    ctx.insert("downloads", &downloads);
    let html = render_template(site, "campaign.html", &ctx)?;
    Ok(vec![(url_of(&path), html.into_bytes())])
}

/// Renders `/campaigns/`: every campaign, newest first.
pub fn render_campaign_index(site: &Site) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let path = "campaigns/";
    let mut ctx = base_context(path, "campaigns/index.html");
    ctx.insert(
        "page",
        &PageView::titled("Phong trào thi đua", url_of(path)),
    );
    ctx.insert("breadcrumbs", &vec![LinkView::home()]);
    ctx.insert("campaigns", &site.campaign_cards());
    let html = render_template(site, "campaigns.html", &ctx)?;
    Ok(vec![(url_of(path), html.into_bytes())])
}

/// The machine-readable files of a campaign: `results.json`, `results.csv`, `schedule.ics`.
pub fn render_exports(site: &Site, ci: usize) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let c = &site.data.campaigns[ci];
    let results = &site.results[ci];
    let path = campaign_path(&c.id);
    let sources: Vec<(String, String)> = c
        .sources
        .iter()
        .map(|p| {
            let key = p.to_string_lossy().replace('\\', "/");
            let hash = site.hashes.get(p).cloned().unwrap_or_default();
            (key, hash)
        })
        .collect::<std::collections::BTreeMap<_, _>>()
        .into_iter()
        .collect();
    let mut out = vec![
        (
            format!("{path}results.json"),
            crate::render::results::results_json(c, &site.data.units, results, &sources)
                .into_bytes(),
        ),
        (
            format!("{path}results.csv"),
            crate::render::results::results_csv(c, &site.data.units, results).into_bytes(),
        ),
    ];
    if let Some(ics) = crate::render::ics::schedule_ics(c, "bangvang") {
        out.push((format!("{path}schedule.ics"), ics.into_bytes()));
    }
    Ok(out)
}

/// The sum of final points under a top-level criterion for a unit.
pub fn group_points(u: &crate::compute::UnitResult, crit: &crate::model::Criterion) -> Points {
    if crit.is_leaf() {
        u.criteria
            .iter()
            .find(|(id, _)| *id == crit.id)
            .and_then(|(_, c)| c.final_points)
            .unwrap_or(Points::ZERO)
    } else {
        u.sections
            .iter()
            .find(|(id, _)| *id == crit.id)
            .map(|(_, p)| *p)
            .unwrap_or(Points::ZERO)
    }
}
