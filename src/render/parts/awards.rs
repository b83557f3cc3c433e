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
