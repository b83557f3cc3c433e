//! Awards as pages show them: each rule with its winners per scope, ties marked for the
//! council, and who leads a ranking.

use std::collections::HashMap;

use serde::Serialize;

use crate::compute::{AwardResult, RubricResults};
use crate::model::{AwardRule, Cluster, Quota, Rounding, Scope, Share};
use crate::render::engine::words::{Words, fill};
use crate::render::parts::units::UnitLink;
use crate::routes;
use crate::site::{Scored, Site};

/// One award rule with its outcome in every scope.
#[derive(Serialize, Clone)]
pub struct AwardView {
    /// Title.
    pub title: String,
    /// Rubric title.
    pub rubric: String,
    /// "Mỗi cụm" or "Toàn bộ".
    pub scope: String,
    /// "Hạng 1", "Hạng 2–4", or "20% số đơn vị (làm tròn xuống)".
    pub ranks: String,
    /// Kinds that compete, if limited.
    pub kinds: String,
    /// Lowest band that competes, if limited.
    pub min_band: String,
    /// Outcomes per scope.
    pub outcomes: Vec<AwardOutcome>,
    /// The draft decision's page and `.docx`, when the campaign drafts decisions and the rule
    /// has winners.
    pub decision: Option<(String, String)>,
    /// The certificates' page, when the campaign prints certificates and the rule has winners.
    pub certificates: Option<String>,
    /// The board of the rule's rubric, where its winners are listed cluster by cluster.
    pub board: String,
    /// On a large campaign's page, the outcomes in one line ("1.400 đơn vị, trong 700 cụm")
    /// instead of every winner (see [`summarise`]); empty otherwise.
    pub summary: String,
}

/// Winners a campaign's page lists by name, over all its awards; beyond, each award says
/// how many units won in how many clusters and links its rubric's board. A national
/// campaign's page listed 5,600 winners (half a megabyte); each board still lists its own.
pub const WINNERS_LISTED_UP_TO: usize = 400;

/// Gives each award of `views` its one-line summary and drops its outcomes, when together
/// they list more than [`WINNERS_LISTED_UP_TO`] winners.
pub fn summarise(w: &Words, views: &mut [AwardView]) {
    let winners = |a: &AwardView| a.outcomes.iter().map(|o| o.winners.len()).sum::<usize>();
    if views.iter().map(winners).sum::<usize>() <= WINNERS_LISTED_UP_TO {
        return;
    }
    for a in views.iter_mut() {
        // Counts written as the page's numbers are ("1.400").
        let count = |n: usize| w.number(crate::model::Points::from_int(n as i64));
        let units = count(winners(a));
        let clusters = a.outcomes.iter().filter(|o| !o.cluster.is_empty()).count();
        a.summary = if clusters == 0 {
            fill(w.award_winners_count, &[&units])
        } else {
            fill(w.award_winners_in_clusters, &[&units, &count(clusters)])
        };
        a.outcomes.clear();
    }
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
    /// For a share rule, how its quota came out: "20% của 7 đơn vị = 1"; empty otherwise.
    pub quota: String,
}

/// The awards a unit won on a rubric, as people read them: a win that is tied beyond the
/// quota says the council decides.
pub fn awards_won(w: &Words, rr: &RubricResults, unit: &str) -> Vec<String> {
    rr.awards
        .iter()
        .filter(|a| a.units.iter().any(|x| x == unit))
        .map(|a| award_won(w, a))
        .collect()
}

/// [`awards_won`] by the unit at position `k` of rubric `ri` of campaign `ci`, found in the
/// site's lookups instead of a search through every award.
pub fn awards_won_at(w: &Words, site: &Site, ci: usize, ri: usize, k: usize) -> Vec<String> {
    let rr = &site.campaigns[ci].results.rubrics[ri];
    match site.index.rubric(ci, ri, rr.units.len()) {
        Some(ix) => ix.awards[k]
            .iter()
            .map(|&ai| award_won(w, &rr.awards[ai]))
            .collect(),
        None => awards_won(w, rr, &rr.units[k].unit),
    }
}

/// [`awards_won`] of every unit of a ranking, by position, found with one pass over the
/// awards (for a whole ranking when the site's lookups are not at hand).
pub fn awards_won_each(w: &Words, rr: &RubricResults) -> Vec<Vec<String>> {
    let mut at: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for (k, u) in rr.units.iter().enumerate() {
        at.entry(u.unit.as_str()).or_default().push(k);
    }
    let mut won: Vec<Vec<usize>> = vec![Vec::new(); rr.units.len()];
    for (ai, a) in rr.awards.iter().enumerate() {
        for x in &a.units {
            for &k in at.get(x.as_str()).map(Vec::as_slice).unwrap_or_default() {
                if won[k].last() != Some(&ai) {
                    won[k].push(ai);
                }
            }
        }
    }
    won.iter()
        .map(|ais| ais.iter().map(|&ai| award_won(w, &rr.awards[ai])).collect())
        .collect()
}

/// One award won, as people read it.
fn award_won(w: &Words, a: &AwardResult) -> String {
    if a.tie {
        fill(w.award_tied_pending, &[&a.title])
    } else {
        a.title.clone()
    }
}

/// "Hạng 1" / "Hạng 1–3".
pub fn ranks_label(w: &Words, from: u32, to: u32) -> String {
    if from == to {
        format!("{} {from}", w.rank)
    } else {
        format!("{} {from}–{to}", w.rank)
    }
}

/// How many a rule awards, as people read it: "Hạng 2–4" or "20% số đơn vị (làm tròn xuống)".
pub fn quota_label(w: &Words, quota: Quota) -> String {
    match quota {
        Quota::Ranks(r) => ranks_label(w, r.from, r.to),
        Quota::Share(s) => {
            let rounding = match s.rounding {
                Rounding::Down => w.rounding_down,
                Rounding::Nearest => w.rounding_nearest,
                Rounding::Up => w.rounding_up,
            };
            fill(w.share_of_units, &[&percent(w, s), rounding])
        }
    }
}

/// "20%", "12,5%" (or "12.5%" in English).
pub fn percent(w: &Words, s: Share) -> String {
    format!("{}%", w.number(s.percent()))
}

/// The quota of a share rule in one scope: "20% của 7 đơn vị = 1"; empty for a rule by ranks.
pub fn share_line(w: &Words, rule: &AwardRule, outcome: &AwardResult) -> String {
    match (rule.quota, outcome.share) {
        (Quota::Share(s), Some(q)) => fill(
            w.share_quota,
            &[&percent(w, s), &q.base.to_string(), &q.quota.to_string()],
        ),
        _ => String::new(),
    }
}

/// The awards of a campaign with their outcomes (optionally only one rubric's).
pub fn award_views(
    w: &Words,
    site: &Site,
    scored: &Scored,
    only_rubric: Option<&str>,
) -> Vec<AwardView> {
    award_views_in(w, site, scored, only_rubric, None)
}

/// [`award_views`], keeping of each award only the outcomes given over the whole rubric and
/// those of the cluster `only_cluster` when it is given (a cluster's board). The other
/// clusters' winners are never looked up: a national campaign has hundreds of clusters, each
/// with its board.
pub fn award_views_in(
    w: &Words,
    site: &Site,
    scored: &Scored,
    only_rubric: Option<&str>,
    only_cluster: Option<&Cluster>,
) -> Vec<AwardView> {
    let c = &scored.campaign;
    let decided = match c.decisions {
        Some(_) => crate::render::parts::decisions::rules_with_winners(scored),
        None => Vec::new(),
    };
    // Cluster id → name (the first cluster with the id), for the outcomes of every cluster.
    let names: HashMap<&str, &str> = match only_cluster {
        Some(_) => HashMap::new(),
        None => c
            .clusters
            .iter()
            .rev()
            .map(|cl| (cl.id.as_str(), cl.name.as_str()))
            .collect(),
    };
    let name_of = |a: &crate::compute::AwardResult| -> &str {
        match (a.cluster.as_deref(), only_cluster) {
            (None, _) => "",
            (Some(id), Some(cl)) if id == cl.id => &cl.name,
            (Some(id), _) => names.get(id).copied().unwrap_or_default(),
        }
    };
    c.awards
        .iter()
        .enumerate()
        .filter(|(_, rule)| only_rubric.is_none_or(|r| r == rule.rubric))
        .map(|(i, rule)| {
            let rubric = c.rubrics.iter().find(|r| r.id == rule.rubric);
            let outcomes = scored
                .results
                .rubrics
                .iter()
                .flat_map(|rr| rr.awards.iter())
                .filter(|a| a.rule == i)
                .filter(|a| {
                    only_cluster.is_none_or(|cl| a.cluster.as_ref().is_none_or(|x| *x == cl.id))
                })
                .map(|a| AwardOutcome {
                    cluster: name_of(a).to_string(),
                    winners: UnitLink::all(site, &a.units),
                    tie: a.tie,
                    quota: share_line(w, rule, a),
                })
                .collect();
            AwardView {
                title: rule.title.clone(),
                rubric: rubric.map(|r| r.title.clone()).unwrap_or_default(),
                scope: match rule.scope {
                    Scope::Cluster => w.scope_each_cluster.into(),
                    Scope::Overall => w.scope_overall.into(),
                },
                ranks: quota_label(w, rule.quota),
                kinds: rule
                    .kinds
                    .as_ref()
                    .map(|k| k.join(", "))
                    .unwrap_or_default(),
                min_band: rule.min_band.clone().unwrap_or_default(),
                outcomes,
                decision: (c.decisions.is_some() && decided.contains(&(i + 1))).then(|| {
                    (
                        routes::decision(&c.id, i + 1).url(),
                        routes::decision_docx(&c.id, i + 1),
                    )
                }),
                certificates: (c.certificates.is_some() && decided.contains(&(i + 1)))
                    .then(|| routes::certificates(&c.id, i + 1).url()),
                board: routes::rubric(&c.id, &rule.rubric).url(),
                summary: String::new(),
            }
        })
        .collect()
}

/// The leading units (rank 1) of a ranked list, possibly several when tied; of one cluster
/// when `cluster` is given.
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

#[cfg(test)]
mod summary_tests {
    use super::*;
    use crate::render::engine::words::VI;

    fn view(clusters: usize, per_cluster: usize) -> AwardView {
        let link = |i: usize| UnitLink {
            name: format!("Đơn vị {i}"),
            url: format!("units/u{i}/index.html"),
        };
        AwardView {
            title: "Cờ thi đua".into(),
            rubric: "Bảng điểm".into(),
            scope: VI.scope_each_cluster.into(),
            ranks: "Hạng 1".into(),
            kinds: String::new(),
            min_band: String::new(),
            outcomes: (0..clusters)
                .map(|k| AwardOutcome {
                    cluster: format!("Cụm {k}"),
                    winners: (0..per_cluster).map(|i| link(k * 10 + i)).collect(),
                    tie: false,
                    quota: String::new(),
                })
                .collect(),
            decision: None,
            certificates: None,
            board: "campaigns/c/r/index.html".into(),
            summary: String::new(),
        }
    }

    #[test]
    fn a_few_winners_are_named_and_many_are_counted() {
        let mut few = vec![view(100, 2), view(100, 2)];
        summarise(&VI, &mut few);
        assert!(
            few.iter()
                .all(|a| a.summary.is_empty() && a.outcomes.len() == 100)
        );
        let mut many = vec![view(700, 1), view(700, 2)];
        summarise(&VI, &mut many);
        assert_eq!(many[0].summary, "700 đơn vị đạt, trong 700 cụm");
        assert_eq!(many[1].summary, "1.400 đơn vị đạt, trong 700 cụm");
        assert!(many.iter().all(|a| a.outcomes.is_empty()));
    }
}
