//! Awards — "khen thưởng" (SPEC §4): who wins each rule's ranks, per cluster or overall.
//!
//! The candidates are ranked among themselves, so a unit filtered out by kind or band never
//! pushes another down. When a tie puts more units in the winning ranks than the quota, every
//! tied unit is listed and the award is marked as a tie for the council to decide: nobody is
//! dropped silently.

use std::collections::HashMap;

use crate::model::{AwardRule, Campaign, Quota, Rubric, Scope};

use super::ranking::{Standing, rank};
use super::totals::band_index;
use super::{AwardResult, ShareQuota, UnitResult};

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
        // The base of a share: the participants of the rule's kinds, whatever their band.
        let of_kinds: Vec<usize> = (0..results.len())
            .filter(|&i| is_of_kinds(rule, &results[i]))
            .collect();
        // The same per cluster, in the same order, found in one pass (a national campaign has
        // hundreds of clusters of thousands of units).
        let mut by_cluster: HashMap<&str, Vec<usize>> = HashMap::new();
        if rule.scope == Scope::Cluster {
            for &i in &of_kinds {
                if let Some(c) = results[i].cluster.as_deref() {
                    by_cluster.entry(c).or_default().push(i);
                }
            }
        }
        let outcome = |cluster: Option<&str>| {
            let base: Vec<usize> = match cluster {
                None => of_kinds.clone(),
                Some(c) => by_cluster.get(c).cloned().unwrap_or_default(),
            };
            let members: Vec<usize> = base
                .iter()
                .copied()
                .filter(|&i| is_candidate(rule, rubric, &results[i]))
                .collect();
            let share = match rule.quota {
                Quota::Share(s) => Some(ShareQuota {
                    base: base.len(),
                    quota: s.of(base.len()),
                }),
                Quota::Ranks(_) => None,
            };
            let (quota, wins): (usize, &dyn Fn(u32) -> bool) = match (rule.quota, share) {
                (_, Some(s)) => (s.quota, &move |rank| rank as usize <= s.quota),
                // A reversed range ("4-2") wins nobody; the loader reports it, here it must
                // not panic.
                (Quota::Ranks(r), None) if r.from > r.to => (0, &|_| false),
                (Quota::Ranks(r), None) => (r.quota(), &move |rank| r.contains(rank)),
                (Quota::Share(_), None) => (0, &|_| false),
            };
            let ranked = rank(standings, &members);
            let units: Vec<String> = ranked
                .iter()
                .filter(|(_, r)| wins(*r))
                .map(|(i, _)| results[*i].unit.clone())
                .collect();
            AwardResult {
                title: rule.title.clone(),
                rule: index,
                scope: rule.scope,
                cluster: cluster.map(str::to_string),
                tie: units.len() > quota,
                units,
                share,
            }
        };
        match rule.scope {
            Scope::Cluster if !campaign.clusters.is_empty() => {
                for cluster in &campaign.clusters {
                    out.push(outcome(Some(&cluster.id)));
                }
            }
            _ => out.push(outcome(None)),
        }
    }
    out
}

/// True when a unit may compete for the rule: of one of its kinds (when given) and classified
/// at least `min_band` (when given). A unit below every band never qualifies, and neither does
/// anyone for a band the rubric does not have (the loader reports such a rule).
fn is_candidate(rule: &AwardRule, rubric: &Rubric, unit: &UnitResult) -> bool {
    if !is_of_kinds(rule, unit) {
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

/// True when the rule names no kinds or the unit is of one of them.
fn is_of_kinds(rule: &AwardRule, unit: &UnitResult) -> bool {
    rule.kinds.as_ref().is_none_or(|k| k.contains(&unit.kind))
}

#[cfg(test)]
mod tests {
    use super::super::campaign_results;
    use super::super::test_support::*;
    use crate::model::{Campaign, Quota, Rounding, Scope, Share, Unit};
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
        odd.quota = Quota::Ranks(crate::model::RankRange { from: 3, to: 1 });
        c.awards = vec![odd];
        assert_eq!(outcomes(&c, &us), [row("Ngược", None, &[], false)]);
    }

    fn share(h: u32, rounding: Rounding) -> Quota {
        Quota::Share(Share {
            hundredths: h,
            rounding,
        })
    }

    #[test]
    fn shares_round_exactly() {
        let of = |h, r, base| match share(h, r) {
            Quota::Share(s) => s.of(base),
            Quota::Ranks(_) => unreachable!(),
        };
        // 0.28 × 25 is 7.000000000000001 in binary floats: rounded up it would be 8.
        assert_eq!(of(2800, Rounding::Up, 25), 7);
        assert_eq!(of(2800, Rounding::Down, 25), 7);
        assert_eq!(of(2000, Rounding::Down, 7), 1);
        assert_eq!(of(2000, Rounding::Nearest, 7), 1);
        assert_eq!(of(2000, Rounding::Up, 7), 2);
        assert_eq!(of(5000, Rounding::Nearest, 5), 3);
        assert_eq!(of(5000, Rounding::Down, 5), 2);
        assert_eq!(of(1250, Rounding::Nearest, 4), 1);
        assert_eq!(of(1250, Rounding::Nearest, 3), 0);
        assert_eq!(of(3333, Rounding::Up, 3), 1);
        assert_eq!(of(3333, Rounding::Down, 3), 0);
        assert_eq!(of(0, Rounding::Up, 30), 0);
        assert_eq!(of(10_000, Rounding::Down, 30), 30);
    }

    #[test]
    fn share_of_the_scope_with_ties_across_the_quota() {
        // Cluster 1: 7 units of kind xa and one phuong; 20% of the 7 xa is 1 (down).
        let (mut c, us) = setup(
            &[&["a", "b", "d", "e", "f", "g", "h", "p"], &["x", "y"]],
            &[
                ("a", "xa", "90"),
                ("b", "xa", "90"),
                ("d", "xa", "80"),
                ("e", "xa", "70"),
                ("f", "xa", "60"),
                ("g", "xa", "50"),
                ("h", "xa", "40"),
                ("p", "phuong", "99"),
                ("x", "xa", "10"),
                ("y", "xa", "20"),
            ],
        );
        let mut flag = award("Cờ", Scope::Cluster, "1");
        flag.quota = share(2000, Rounding::Down);
        flag.kinds = Some(vec!["xa".into()]);
        let mut up = award("Giấy khen", Scope::Overall, "1");
        up.quota = share(2000, Rounding::Up);
        up.kinds = Some(vec!["xa".into()]);
        let mut none = award("Không ai", Scope::Overall, "1");
        none.quota = share(500, Rounding::Down);
        c.awards = vec![flag, up, none];
        let results = campaign_results(&c, &us);
        let got: Vec<_> = results.rubrics[0]
            .awards
            .iter()
            .map(|a| (a.units.clone(), a.tie, a.share.map(|s| (s.base, s.quota))))
            .collect();
        let ids = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            got,
            [
                // a and b tie for first in cluster 1: both listed, the council decides.
                (ids(&["a", "b"]), true, Some((7, 1))),
                // 20% of 2 is 0.4, rounded down to 0: nobody in cluster 2.
                (ids(&[]), false, Some((2, 0))),
                // 20% of the 9 xa is 1.8, rounded up to 2: a and b.
                (ids(&["a", "b"]), false, Some((9, 2))),
                // 5% of 10 is 0.5, rounded down to 0: no winner.
                (ids(&[]), false, Some((10, 0))),
            ]
        );
    }

    #[test]
    fn share_base_counts_units_below_the_band() {
        // 50% of 4 is 2, even though only one unit reaches the band.
        let (mut c, us) = setup(
            &[],
            &[
                ("a", "", "95"),
                ("b", "", "70"),
                ("d", "", "60"),
                ("e", "", "50"),
            ],
        );
        c.rubrics[0].bands = bands(&[("Xuất sắc", "90"), ("Khá", "0")]);
        let mut rule = award("Cờ", Scope::Overall, "1");
        rule.quota = share(5000, Rounding::Down);
        rule.min_band = Some("Xuất sắc".into());
        c.awards = vec![rule];
        let r = campaign_results(&c, &us);
        assert_eq!(r.rubrics[0].awards[0].units, ["a"]);
        assert_eq!(r.rubrics[0].awards[0].share.map(|s| s.quota), Some(2));
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
