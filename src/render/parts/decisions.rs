//! From ranking to decision as pages show it (SPEC §9): the provisional-results note, the
//! comment window, the timeline, and the draft award decisions with their attached lists.

use serde::Serialize;

use crate::compute::UnitResult;
use crate::model::Campaign;
use crate::model::decisions::Status;
use crate::render::engine::words::{Words, fill};
use crate::render::parts::document::DocumentView;
use crate::render::parts::{LinkView, PageView, page_context};
use crate::render::reads::Input;
use crate::routes::{self, Route};
use crate::site::{Scored, Site};
use tera::Context;

/// The note of a page that shows a campaign's results while they are provisional.
pub fn provisional_note(w: &Words, c: &Campaign) -> Option<String> {
    (c.status == Status::Provisional).then(|| w.provisional_note.to_string())
}

/// The note of a page that shows the results of several campaigns, some provisional: names
/// them, or `None` when none is.
pub fn provisional_among<'a>(
    w: &Words,
    campaigns: impl IntoIterator<Item = &'a Campaign>,
) -> Option<String> {
    let mut titles: Vec<&str> = campaigns
        .into_iter()
        .filter(|c| c.status == Status::Provisional)
        .map(|c| c.title.as_str())
        .collect();
    titles.dedup();
    (!titles.is_empty()).then(|| fill(w.provisional_of, &[&titles.join("; ")]))
}

/// The comment window as the campaign page shows it.
#[derive(Serialize)]
pub struct ConsultationView {
    /// "Danh sách được công khai lấy ý kiến từ 20/11/2024 đến hết ngày 03/12/2024 (10 ngày
    /// làm việc)."
    pub window: String,
    /// The first day, for machines.
    pub from_iso: String,
    /// The last day, for machines.
    pub until_iso: String,
    /// Where to send comments; may be empty.
    pub contact: String,
}

/// The campaign's comment window, when it has one.
pub fn consultation_view(w: &Words, c: &Campaign) -> Option<ConsultationView> {
    let k = c.consultation.as_ref()?;
    let until = k.until(&c.holidays);
    Some(ConsultationView {
        window: fill(
            w.consultation_window,
            &[
                &w.date_short(k.from),
                &w.date_short(until),
                &k.working_days.to_string(),
            ],
        ),
        from_iso: k.from.iso(),
        until_iso: until.iso(),
        contact: k.contact.clone(),
    })
}

/// One line of the campaign's timeline.
#[derive(Serialize)]
pub struct MilestoneView {
    /// "thứ Hai 15/06/2020" (with "08:00, " before it when timed).
    pub when: String,
    /// `2020-06-15` or `2020-06-15T08:00`.
    pub when_iso: String,
    /// What happens.
    pub title: String,
    /// Who does it.
    pub who: String,
}

/// The timeline, in date order (the loader sorted it).
pub fn timeline_view(w: &Words, c: &Campaign) -> Vec<MilestoneView> {
    c.timeline
        .iter()
        .map(|m| {
            let day = w.date_with_weekday(m.date);
            let (when, when_iso) = match &m.time {
                Some(t) => (format!("{t}, {day}"), format!("{}T{t}", m.date.iso())),
                None => (day, m.date.iso()),
            };
            MilestoneView {
                when,
                when_iso,
                title: m.title.clone(),
                who: m.who.clone(),
            }
        })
        .collect()
}

/// The award rules of a campaign that have winners, as 1-based numbers: each gets a draft
/// decision and, with `certificates:`, a sheet of certificates (SPEC §9.4).
pub fn rules_with_winners(scored: &Scored) -> Vec<usize> {
    let mut out: Vec<usize> = scored
        .results
        .rubrics
        .iter()
        .flat_map(|rr| rr.awards.iter())
        .filter(|a| !a.units.is_empty())
        .map(|a| a.rule + 1)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// One winner in the attached list of a decision, or on a certificate.
#[derive(Serialize, Clone)]
pub struct WinnerRow {
    /// Row number in the whole list, from 1.
    pub number: usize,
    /// Unit id.
    pub unit: String,
    /// Unit name.
    pub name: String,
    /// Total points, as the site writes numbers.
    pub total: String,
    /// Band, or empty.
    pub band: String,
    /// Rank among the candidates' scope: in the cluster, or overall.
    pub rank: u32,
    /// Tied beyond the quota: the council decides.
    pub tied: bool,
}

/// The winners of one scope (a cluster, or everyone).
#[derive(Serialize, Clone)]
pub struct WinnerGroup {
    /// The cluster's name; empty for an overall award.
    pub cluster: String,
    /// The winners in ranking order.
    pub rows: Vec<WinnerRow>,
}

/// A draft award decision (SPEC §9.4), shared by its page and its `.docx`.
#[derive(Serialize)]
pub struct DecisionDraft {
    /// The rule's number, from 1.
    pub number: usize,
    /// The award.
    pub award: String,
    /// The campaign's title.
    pub campaign: String,
    /// The header and footer, in the Decree 30 layout.
    pub document: DocumentView,
    /// The authority line before the bases (the issuer).
    pub authority: String,
    /// The articles: ("Điều 1.", text).
    pub articles: Vec<(String, String)>,
    /// "DANH SÁCH".
    pub list_heading: String,
    /// "Tập thể được tặng …".
    pub list_of: String,
    /// "(Kèm theo Quyết định số … ngày … của …)".
    pub list_attached: String,
    /// The winners by cluster.
    pub groups: Vec<WinnerGroup>,
    /// How many are listed.
    pub count: usize,
    /// Some are tied beyond the quota.
    pub has_tie: bool,
}

/// The winners of the `k`-th rule (from 1), grouped by cluster in the campaign's order.
pub fn winner_groups(w: &Words, site: &Site, scored: &Scored, k: usize) -> Vec<WinnerGroup> {
    let c = &scored.campaign;
    let mut number = 0;
    let mut groups = Vec::new();
    for rr in &scored.results.rubrics {
        for a in rr.awards.iter().filter(|a| a.rule + 1 == k) {
            let units: Vec<&UnitResult> = a
                .units
                .iter()
                .filter_map(|id| rr.units.iter().find(|u| &u.unit == id))
                .collect();
            // With a tie, the tied are those ranked like the last winner.
            let last = units.last().map(|u| u.rank_overall);
            let rows = units
                .iter()
                .map(|u| {
                    number += 1;
                    WinnerRow {
                        number,
                        unit: u.unit.clone(),
                        name: site
                            .units
                            .get(&u.unit)
                            .map_or(u.name.clone(), |x| x.name.clone()),
                        total: w.number(u.total),
                        band: u.band.clone().unwrap_or_default(),
                        rank: match &a.cluster {
                            Some(_) => u.rank_cluster.unwrap_or(u.rank_overall),
                            None => u.rank_overall,
                        },
                        tied: a.tie && Some(u.rank_overall) == last,
                    }
                })
                .collect::<Vec<_>>();
            if rows.is_empty() {
                continue;
            }
            groups.push(WinnerGroup {
                cluster: a
                    .cluster
                    .as_ref()
                    .and_then(|id| c.clusters.iter().find(|x| &x.id == id))
                    .map(|x| x.name.clone())
                    .unwrap_or_default(),
                rows,
            });
        }
    }
    groups
}

/// The draft decision of the `k`-th rule (from 1), or `None` when the campaign has no
/// `decisions:` block or the rule no winner.
pub fn decision_draft(w: &Words, site: &Site, scored: &Scored, k: usize) -> Option<DecisionDraft> {
    let c = &scored.campaign;
    let meta = c.decisions.as_ref()?;
    let rule = c.awards.get(k.checked_sub(1)?)?;
    let groups = winner_groups(w, site, scored, k);
    let count: usize = groups.iter().map(|g| g.rows.len()).sum();
    if count == 0 {
        return None;
    }
    let mut meta = meta.clone();
    if meta.summary.is_empty() {
        meta.summary = fill(w.decision_summary, &[&rule.title]);
    }
    if meta.doc_type.is_none() {
        meta.doc_type = Some(w.decision_type.to_string());
    }
    let document = DocumentView::of(w, &meta);
    let number = if meta.number.trim().is_empty() {
        "…".to_string()
    } else {
        meta.number.clone()
    };
    let date = match meta.date {
        Some(d) => w.date(d),
        None => w.document_date_blank.to_string(),
    };
    let article = |n: usize| fill(w.decision_article, &[&n.to_string()]);
    Some(DecisionDraft {
        number: k,
        award: rule.title.clone(),
        campaign: c.title.clone(),
        authority: meta.issuer.clone(),
        articles: vec![
            (
                article(1),
                fill(
                    w.decision_award_article,
                    &[&rule.title, &count.to_string(), &c.title],
                ),
            ),
            (article(2), w.decision_effect.to_string()),
            (article(3), w.decision_execute.to_string()),
        ],
        list_heading: w.decision_list.to_string(),
        list_of: fill(w.decision_list_of, &[&rule.title]),
        list_attached: fill(w.decision_attached, &[&number, &date, &meta.issuer]),
        has_tie: groups.iter().flat_map(|g| &g.rows).any(|r| r.tied),
        groups,
        count,
        document,
    })
}

/// What the pages of a campaign's papers read (a draft decision, certificates): the
/// campaign's results and settings, and the names of its units.
pub fn paper_reads(site: &Site, ci: usize) -> Vec<Input> {
    vec![
        Input::Campaign(site.campaigns[ci].campaign.id.clone()),
        Input::Units,
    ]
}

/// The context of a page among a campaign's papers: the page titled `title` with the
/// provisional and illustrative notes, and the way back to the campaign.
pub fn paper_context(w: &Words, c: &Campaign, route: &Route, title: String) -> Context {
    let mut ctx = page_context(route, &routes::campaigns());
    let mut page = PageView::titled(title, route);
    page.description = format!("{} — {}", page.title, c.title);
    page.provisional = provisional_note(w, c);
    page.illustrative = c.illustrative.then(|| w.illustrative_scores.to_string());
    ctx.insert("page", &page);
    let mut crumbs = LinkView::to_campaigns(w);
    crumbs.push(LinkView::page(c.title.clone(), &routes::campaign(&c.id)));
    ctx.insert("breadcrumbs", &crumbs);
    ctx
}
