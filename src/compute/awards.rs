//! Awards — "khen thưởng" (SPEC §4): who wins each rule's ranks, per cluster or overall.
//!
//! The candidates are ranked among themselves, so a unit filtered out by kind or band never
//! pushes another down. When a tie puts more units in the winning ranks than the quota, every
//! tied unit is listed and the award is marked as a tie for the council to decide: nobody is
//! dropped silently.

use crate::model::{AwardRule, Campaign, Rubric, Scope};

use super::ranking::{Standing, rank};
use super::totals::band_index;
use super::{AwardResult, UnitResult};

/// The outcomes of every award rule of `rubric`, in rule order and, per rule, in cluster
/// order. `results` and `standings` are the rubric's participants, index for index.
///
/// A rule with `scope: cluster` gives one outcome per cluster of the campaign, even an empty
/// one; in a campaign without clusters it gives a single outcome over all participants (with
/// no cluster), since every unit is then ranked overall only.
pub fn award_results(
    campaign: &Campaign,
    rubric: &Rubric,
    results: &[UnitResult],
    standings: &[Standing],
) -> Vec<AwardResult> {
    let mut out = Vec::new();
    for (index, rule) in campaign
        .awards
        .iter()
        .enumerate()
        .filter(|(_, r)| r.rubric == rubric.id)
    {
        let candidates: Vec<usize> = (0..results.len())
            .filter(|&i| is_candidate(rule, rubric, &results[i]))
            .collect();
        // A reversed range ("4-2") wins nobody; the loader reports it, here it must not panic.
        let quota = if rule.ranks.from <= rule.ranks.to {
            rule.ranks.quota()
        } else {
            0
        };
        let outcome = |cluster: Option<&str>, members: &[usize]| {
            let ranked = rank(standings, members);
            let units: Vec<String> = ranked
                .iter()
                .filter(|(_, r)| rule.ranks.contains(*r))
                .map(|(i, _)| results[*i].unit.clone())
                .collect();
            AwardResult {
                title: rule.title.clone(),
                rule: index,
                scope: rule.scope,
                cluster: cluster.map(str::to_string),
                tie: units.len() > quota,
                units,
            }
        };
        match rule.scope {
            Scope::Cluster if !campaign.clusters.is_empty() => {
                for cluster in &campaign.clusters {
                    let members: Vec<usize> = candidates
                        .iter()
                        .copied()
                        .filter(|&i| results[i].cluster.as_deref() == Some(cluster.id.as_str()))
                        .collect();
                    out.push(outcome(Some(&cluster.id), &members));
                }
            }
            _ => out.push(outcome(None, &candidates)),
        }
    }
    out
}

/// True when a unit may compete for the rule: of one of its kinds (when given) and classified
/// at least `min_band` (when given). A unit below every band never qualifies, and neither does
/// anyone for a band the rubric does not have (the loader reports such a rule).
fn is_candidate(rule: &AwardRule, rubric: &Rubric, unit: &UnitResult) -> bool {
    if let Some(kinds) = &rule.kinds
        && !kinds.contains(&unit.kind)
    {
        return false;
    }
    if let Some(min_band) = &rule.min_band {
        let Some(needed) = rubric.bands.iter().position(|b| &b.label == min_band) else {
            return false;
        };
        // Bands are listed highest first: a smaller index is at least as high.
        return band_index(&rubric.bands, unit.total).is_some_and(|have| have <= needed);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::super::campaign_results;
    use super::super::test_support::*;
    use crate::model::{Campaign, Scope, Unit};
    use std::collections::BTreeMap;

    /// (title, cluster, winners, tie) of every outcome.
    fn outcomes(
        c: &Campaign,
        us: &BTreeMap<String, Unit>,
    ) -> Vec<(String, Option<String>, Vec<String>, bool)> {
        let results = campaign_results(c, us);
        results.rubrics[0]
            .awards
            .iter()
            .map(|a| (a.title.clone(), a.cluster.clone(), a.units.clone(), a.tie))
            .collect()
    }

    fn row(
        title: &str,
        cluster: Option<&str>,
        winners: &[&str],
        tie: bool,
    ) -> (String, Option<String>, Vec<String>, bool) {
        (
            title.into(),
            cluster.map(str::to_string),
            winners.iter().map(|w| w.to_string()).collect(),
            tie,
        )
    }

    /// One leaf of max 100; each unit (id, kind, points) scored at the `self` stage.
    fn setup(
        clusters: &[&[&str]],
        list: &[(&str, &str, &str)],
    ) -> (Campaign, BTreeMap<String, Unit>) {
        let mut c = campaign(clusters, rubric(&[("1", "100")]));
        let rows: Vec<(&str, Vec<(&str, &str)>)> = list
            .iter()
            .map(|(id, _, pts)| (*id, vec![("1", *pts)]))
            .collect();
        let rows: Vec<(&str, &[(&str, &str)])> = rows
            .iter()
            .map(|(id, cells)| (*id, cells.as_slice()))
            .collect();
        scores(&mut c, "self", &rows);
        let named: Vec<(String, String, String)> = list
            .iter()
            .map(|(id, kind, _)| (id.to_string(), format!("Đơn vị {id}"), kind.to_string()))
            .collect();
        let us = units(
            &named
                .iter()
                .map(|(a, b, k)| (a.as_str(), b.as_str(), k.as_str()))
                .collect::<Vec<_>>(),
        );
        (c, us)
    }

    #[test]
    fn quotas_split_by_kind() {
        let (mut c, us) = setup(
            &[],
            &[
                ("x1", "xa", "90"),
                ("x2", "xa", "85"),
                ("x3", "xa", "80"),
                ("x4", "xa", "79"),
                ("o1", "phong-ban", "95"),
                ("o2", "phong-ban", "70"),
                ("s1", "su-nghiep", "99"),
            ],
        );
        let mut communes = award("Bằng khen xã", Scope::Overall, "1-3");
        communes.kinds = Some(vec!["xa".into()]);
        let mut offices = award("Bằng khen phòng", Scope::Overall, "1");
        offices.kinds = Some(vec!["phong-ban".into(), "khac".into()]);
        c.awards = vec![communes, offices];
        assert_eq!(
            outcomes(&c, &us),
            [
                row("Bằng khen xã", None, &["x1", "x2", "x3"], false),
                row("Bằng khen phòng", None, &["o1"], false)
            ]
        );
    }

    #[test]
    fn tie_across_the_quota_line_lists_everyone() {
        let (mut c, us) = setup(
            &[],
            &[
                ("a", "", "90"),
                ("b", "", "88"),
                ("d", "", "88"),
                ("e", "", "80"),
            ],
        );
        c.awards = vec![
            award("Top 2", Scope::Overall, "1-2"),
            award("Nhất", Scope::Overall, "1"),
        ];
        assert_eq!(
            outcomes(&c, &us),
            [
                row("Top 2", None, &["a", "b", "d"], true),
                row("Nhất", None, &["a"], false)
            ]
        );
    }

    #[test]
    fn range_with_ties_at_the_end() {
        let (mut c, us) = setup(
            &[],
            &[
                ("a", "", "99"),
                ("b", "", "90"),
                ("c", "", "89"),
                ("d", "", "80"),
                ("e", "", "80"),
                ("f", "", "1"),
            ],
        );
        c.awards = vec![award("Giấy khen", Scope::Overall, "2-4")];
        assert_eq!(
            outcomes(&c, &us),
            [row("Giấy khen", None, &["b", "c", "d", "e"], true)]
        );
        // Ties inside the range that do not overflow it are no tie for the council.
        let (mut c, us) = setup(
            &[],
            &[
                ("a", "", "99"),
                ("b", "", "90"),
                ("c", "", "90"),
                ("d", "", "90"),
                ("e", "", "1"),
            ],
        );
        c.awards = vec![award("Giấy khen", Scope::Overall, "2-4")];
        assert_eq!(
            outcomes(&c, &us),
            [row("Giấy khen", None, &["b", "c", "d"], false)]
        );
        // A tie for first leaves rank 2 empty: rank 3 is the only winner of "2-4" here.
        let (mut c, us) = setup(&[], &[("a", "", "99"), ("b", "", "99"), ("c", "", "90")]);
        c.awards = vec![award("Giấy khen", Scope::Overall, "2-4")];
        assert_eq!(outcomes(&c, &us), [row("Giấy khen", None, &["c"], false)]);
    }

    #[test]
    fn min_band_filters_then_reranks() {
        let (mut c, us) = setup(
            &[],
            &[
                ("a", "xa", "95"),
                ("b", "phuong", "90"),
                ("c", "xa", "89.99"),
                ("d", "xa", "80"),
                ("e", "xa", "40"),
            ],
        );
        c.rubrics[0].bands = bands(&[("Xuất sắc", "90"), ("Tốt", "80"), ("Khá", "65")]);
        let mut excellent = award("Cờ", Scope::Overall, "1-5");
        excellent.min_band = Some("Xuất sắc".into());
        let mut good_communes = award("Giấy khen", Scope::Overall, "2");
        good_communes.min_band = Some("Tốt".into());
        good_communes.kinds = Some(vec!["xa".into()]);
        let mut unknown = award("Lạ", Scope::Overall, "1");
        unknown.min_band = Some("Không có".into());
        c.awards = vec![excellent, good_communes, unknown];
        assert_eq!(
            outcomes(&c, &us),
            [
                row("Cờ", None, &["a", "b"], false),
                // Among a, c, d (e has no band): c is second.
                row("Giấy khen", None, &["c"], false),
                row("Lạ", None, &[], false),
            ]
        );
    }

    #[test]
    fn cluster_scope_gives_one_outcome_per_cluster() {
        let (mut c, us) = setup(
            &[&["a", "b", "c"], &["d"], &[]],
            &[
                ("a", "xa", "90"),
                ("b", "xa", "95"),
                ("c", "xa", "95"),
                ("d", "phuong", "50"),
            ],
        );
        let mut flag = award("Cờ thi đua", Scope::Cluster, "1");
        flag.kinds = Some(vec!["xa".into()]);
        c.awards = vec![flag];
        assert_eq!(
            outcomes(&c, &us),
            [
                row("Cờ thi đua", Some("cum-1"), &["b", "c"], true),
                row("Cờ thi đua", Some("cum-2"), &[], false),
                row("Cờ thi đua", Some("cum-3"), &[], false),
            ]
        );
    }

    #[test]
    fn cluster_scope_without_clusters_is_one_overall_outcome() {
        let (mut c, us) = setup(&[], &[("a", "", "90"), ("b", "", "95")]);
        c.awards = vec![award("Cờ", Scope::Cluster, "1")];
        assert_eq!(outcomes(&c, &us), [row("Cờ", None, &["b"], false)]);
    }

    #[test]
    fn reversed_range_wins_nobody() {
        let (mut c, us) = setup(&[], &[("a", "", "90")]);
        let mut odd = award("Ngược", Scope::Overall, "1");
        odd.ranks.from = 3;
        c.awards = vec![odd];
        assert_eq!(outcomes(&c, &us), [row("Ngược", None, &[], false)]);
    }

    #[test]
    fn rules_of_other_rubrics_are_left_out() {
        let (mut c, us) = setup(&[], &[("a", "", "90")]);
        let mut other = award("Khác", Scope::Overall, "1");
        other.rubric = "khac".into();
        c.awards = vec![other, award("Cờ", Scope::Overall, "1")];
        let results = campaign_results(&c, &us);
        assert_eq!(results.rubrics[0].awards.len(), 1);
        assert_eq!(results.rubrics[0].awards[0].rule, 1);
    }
}
