//! Property tests of the whole compute stage on small random campaigns with many ties: the
//! input order never matters, ranks are 1-based competition ranks that follow the keys, and
//! award outcomes are exactly the candidates within the ranks.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use proptest::prelude::*;

use super::test_support::{award, bands, campaign, rubric};
use super::{CampaignResults, UnitResult, campaign_results};
use crate::model::{
    Campaign, CellKey, Participants, Points, Quota, Rounding, Scope, Share, StageScores,
    TieBreaker, Unit, UnitStageScores,
};

const NAMES: &[&str] = &[
    "An",
    "Ân",
    "Ấn",
    "Bình",
    "Phường 2",
    "Phường 10",
    "Đông",
    "Dông",
    "an",
];
const KINDS: &[&str] = &["xa", "phuong"];
const STAGES: &[&str] = &["self", "cluster", "appraised"];
const LEAVES: &[&str] = &["1", "2", "3"];

/// An award rule before it is built: scope is cluster, first rank, extra width, kind, band,
/// and, when some, a share instead of the ranks (hundredths of a percent, rounding index).
type RuleSpec = (
    bool,
    u32,
    u32,
    Option<usize>,
    Option<usize>,
    Option<(u32, usize)>,
);

const ROUNDINGS: [Rounding; 3] = [Rounding::Down, Rounding::Nearest, Rounding::Up];

/// Shares that sit on rounding edges with up to 8 participants (12.5% of 8 is 1, 50% of 3
/// is 1.5, 33.33% of 3 is 0.9999) and a few float traps (28% of 25 is 7 exactly; in binary
/// floats 0.28 × 25 is 7.000000000000001).
const SHARES: [u32; 10] = [0, 1250, 2000, 2500, 2800, 3333, 5000, 6667, 7500, 10_000];

/// A random campaign before it is built: small numbers so that ties are frequent.
#[derive(Debug, Clone)]
struct Spec {
    /// Per unit: name index, kind index, cluster (index, or none).
    units: Vec<(usize, usize, Option<usize>)>,
    clusters: usize,
    /// Listed participants instead of the default (cluster members / everyone).
    listed: bool,
    /// Per stage, per unit: a row or none; a row holds leaf, bonus, deduction cells in halves.
    stages: Vec<Vec<Option<Vec<Option<u8>>>>>,
    tie_breakers: Vec<u8>,
    /// Per rule: scope is cluster, from, width, kinds filter, min band.
    awards: Vec<RuleSpec>,
    /// Seed of the shuffles.
    seed: u64,
}

fn spec() -> impl Strategy<Value = Spec> {
    (1usize..9, 0usize..4).prop_flat_map(|(n, clusters)| {
        let unit = (
            0..NAMES.len(),
            0..KINDS.len(),
            proptest::option::of(0..clusters.max(1)),
        );
        let cell = proptest::option::weighted(0.85, 0u8..7);
        let row =
            proptest::option::weighted(0.8, proptest::collection::vec(cell, LEAVES.len() + 2));
        let rule = (
            any::<bool>(),
            1u32..4,
            0u32..3,
            proptest::option::of(0..KINDS.len()),
            proptest::option::of(0usize..2),
            proptest::option::of((prop::sample::select(&SHARES[..]), 0usize..3)),
        );
        (
            proptest::collection::vec(unit, n),
            Just(clusters),
            any::<bool>(),
            proptest::collection::vec(proptest::collection::vec(row, n), STAGES.len()),
            proptest::collection::vec(0u8..4, 0..3),
            proptest::collection::vec(rule, 0..4),
            any::<u64>(),
        )
            .prop_map(
                |(units, clusters, listed, stages, tie_breakers, awards, seed)| Spec {
                    units,
                    clusters,
                    listed,
                    stages,
                    tie_breakers,
                    awards,
                    seed,
                },
            )
    })
}

fn half(h: u8) -> Points {
    Points::from_hundredths(i64::from(h) * 50)
}

fn build(spec: &Spec) -> (Campaign, BTreeMap<String, Unit>) {
    let id = |i: usize| format!("u{i}");
    let members: Vec<Vec<String>> = (0..spec.clusters)
        .map(|c| {
            (0..spec.units.len())
                .filter(|&i| spec.units[i].2 == Some(c))
                .map(id)
                .collect()
        })
        .collect();
    let member_refs: Vec<Vec<&str>> = members
        .iter()
        .map(|m| m.iter().map(String::as_str).collect())
        .collect();
    let cluster_refs: Vec<&[&str]> = member_refs.iter().map(Vec::as_slice).collect();
    let mut r = rubric(&LEAVES.iter().map(|l| (*l, "3")).collect::<Vec<_>>());
    r.bands = bands(&[("Tốt", "5"), ("Khá", "2.5")]);
    r.tie_breakers = spec
        .tie_breakers
        .iter()
        .map(|t| match t {
            0 => TieBreaker::Criterion("1".into()),
            1 => TieBreaker::Criterion("2".into()),
            2 => TieBreaker::Bonus,
            _ => TieBreaker::Deduction,
        })
        .collect();
    if spec.listed {
        r.participants = Participants::Units((0..spec.units.len()).map(id).collect());
    }
    let mut c = campaign(&cluster_refs, r);
    for (s, rows) in spec.stages.iter().enumerate() {
        let mut units = BTreeMap::new();
        for (u, row) in rows.iter().enumerate() {
            let Some(cells) = row else { continue };
            let mut scores = UnitStageScores::default();
            for (k, v) in cells.iter().enumerate() {
                let key = match k {
                    k if k < LEAVES.len() => CellKey::Leaf(LEAVES[k].into()),
                    k if k == LEAVES.len() => CellKey::Bonus,
                    _ => CellKey::Deduction,
                };
                if let Some(v) = v {
                    scores.cells.insert(key, half(*v));
                }
            }
            units.insert(id(u), scores);
        }
        let stage = StageScores {
            stage: STAGES[s].into(),
            units,
            source: Default::default(),
        };
        c.scores.entry("r".into()).or_default().push(stage);
    }
    c.awards = spec
        .awards
        .iter()
        .enumerate()
        .map(|(i, (cluster, from, width, kind, band, share))| {
            let scope = if *cluster {
                Scope::Cluster
            } else {
                Scope::Overall
            };
            let mut a = award(
                &format!("Giải {i}"),
                scope,
                &format!("{from}-{}", from + width),
            );
            a.kinds = kind.map(|k| vec![KINDS[k].to_string()]);
            a.min_band = band.map(|b| ["Tốt", "Khá"][b].to_string());
            if let Some((hundredths, rounding)) = share {
                a.quota = Quota::Share(Share {
                    hundredths: *hundredths,
                    rounding: ROUNDINGS[*rounding],
                });
            }
            a
        })
        .collect();
    let units = (0..spec.units.len())
        .map(|i| {
            let (name, kind, _) = spec.units[i];
            let u = Unit {
                id: id(i),
                name: NAMES[name].into(),
                kind: KINDS[kind].into(),
                attrs: BTreeMap::new(),
            };
            (id(i), u)
        })
        .collect();
    (c, units)
}

/// A deterministic shuffle (Fisher–Yates over a linear congruential sequence).
fn shuffle<T>(v: &mut [T], seed: &mut u64) {
    for i in (1..v.len()).rev() {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let j = ((*seed >> 33) % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
}

/// Orders two results the way SPEC §4 says, written independently of the ranking module:
/// `Less` means `a` ranks better.
fn better(c: &Campaign, a: &UnitResult, b: &UnitResult) -> Ordering {
    let leaf = |u: &UnitResult, id: &str| {
        u.criteria
            .iter()
            .find(|(l, _)| **l == *id)
            .and_then(|(_, c)| c.final_points)
            .unwrap_or(Points::ZERO)
    };
    let mut ord = b.total.cmp(&a.total);
    for tb in &c.rubrics[0].tie_breakers {
        ord = ord.then(match tb {
            TieBreaker::Criterion(id) => leaf(b, id).cmp(&leaf(a, id)),
            TieBreaker::Bonus => b.bonus.cmp(&a.bonus),
            TieBreaker::Deduction => a.deduction.cmp(&b.deduction),
        });
    }
    ord
}

/// The competition rank of `u` among `set`: one more than the units that rank better.
fn expected_rank(c: &Campaign, u: &UnitResult, set: &[&UnitResult]) -> u32 {
    1 + set
        .iter()
        .filter(|o| better(c, o, u) == Ordering::Less)
        .count() as u32
}

/// K for a share of `base`, found by counting rather than dividing: the largest k with
/// k ≤ share × base (down), the smallest with k ≥ share × base (up), the k nearest to it with
/// a half going up (nearest). Shares are in hundredths of a percent, so share × base ≥ k is
/// hundredths × base ≥ k × 10000, all in integers.
fn expected_share(s: Share, base: usize) -> usize {
    let exact = u64::from(s.hundredths) * base as u64; // share × base, in 1/10000
    let ks = 0..=base as u64 + 1;
    let k = match s.rounding {
        Rounding::Down => ks.filter(|k| k * 10_000 <= exact).max(),
        Rounding::Up => ks.filter(|k| k * 10_000 >= exact).min(),
        // A half up: the one k with x − ½ < k ≤ x + ½.
        Rounding::Nearest => ks
            .filter(|k| 2 * exact < 2 * k * 10_000 + 10_000 && 2 * k * 10_000 <= 2 * exact + 10_000)
            .min(),
    };
    k.expect("a share of at most 100% has a quota within 0..=base") as usize
}

fn results(spec: &Spec) -> (Campaign, CampaignResults) {
    let (c, units) = build(spec);
    let r = campaign_results(&c, &units);
    (c, r)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn input_order_never_matters(spec in spec()) {
        let (c, units) = build(&spec);
        let expected = campaign_results(&c, &units);
        let mut shuffled = c.clone();
        let mut seed = spec.seed;
        for cluster in &mut shuffled.clusters {
            shuffle(&mut cluster.members, &mut seed);
        }
        if let Participants::Units(list) = &mut shuffled.rubrics[0].participants {
            shuffle(list, &mut seed);
        }
        for stages in shuffled.scores.values_mut() {
            shuffle(stages, &mut seed);
        }
        prop_assert_eq!(campaign_results(&shuffled, &units), expected);
    }

    #[test]
    fn totals_follow_the_latest_stage(spec in spec()) {
        let (c, r) = results(&spec);
        for u in &r.rubrics[0].units {
            let i: usize = u.unit[1..].parse().unwrap();
            let last = |k: usize| spec.stages.iter().rev().find_map(|s| s[i].as_ref().and_then(|row| row[k])).map(half);
            let regular: Points = (0..LEAVES.len()).map(|k| last(k).unwrap_or(Points::ZERO)).sum();
            let bonus = last(LEAVES.len()).unwrap_or(Points::ZERO);
            let deduction = last(LEAVES.len() + 1).unwrap_or(Points::ZERO);
            prop_assert_eq!(u.total, regular + bonus - deduction);
            prop_assert_eq!(u.complete, (0..LEAVES.len()).all(|k| last(k).is_some()));
            let band = c.rubrics[0].bands.iter().find(|b| b.min <= u.total).map(|b| b.label.clone());
            prop_assert_eq!(&u.band, &band);
        }
    }

    #[test]
    fn ranks_are_competition_ranks_of_the_keys(spec in spec()) {
        let (c, r) = results(&spec);
        let list = &r.rubrics[0].units;
        let all: Vec<&UnitResult> = list.iter().collect();
        for (pos, u) in list.iter().enumerate() {
            prop_assert_eq!(u.rank_overall, expected_rank(&c, u, &all));
            if pos > 0 {
                let prev = &list[pos - 1];
                prop_assert!(better(&c, prev, u) != Ordering::Greater, "listed out of order");
                prop_assert!(prev.total >= u.total, "a higher total ranks below a lower one");
                if better(&c, prev, u) == Ordering::Equal {
                    prop_assert_eq!(prev.rank_overall, u.rank_overall);
                } else {
                    prop_assert_eq!(u.rank_overall as usize, pos + 1);
                }
            } else {
                prop_assert_eq!(u.rank_overall, 1);
            }
            let peers: Vec<&UnitResult> = list.iter().filter(|o| o.cluster.is_some() && o.cluster == u.cluster).collect();
            let want = u.cluster.as_ref().map(|_| expected_rank(&c, u, &peers));
            prop_assert_eq!(u.rank_cluster, want);
        }
    }

    #[test]
    fn share_quotas_are_exact(h in 0u32..=10_000, base in 0usize..2000, r in 0usize..3) {
        let s = Share { hundredths: h, rounding: ROUNDINGS[r] };
        prop_assert_eq!(s.of(base), expected_share(s, base));
        prop_assert!(s.of(base) <= base);
        let down = Share { rounding: Rounding::Down, ..s }.of(base);
        let up = Share { rounding: Rounding::Up, ..s }.of(base);
        prop_assert!(down <= s.of(base) && s.of(base) <= up && up <= down + 1);
    }

    #[test]
    fn awards_are_exactly_the_candidates_in_range(spec in spec()) {
        let (c, r) = results(&spec);
        let list = &r.rubrics[0].units;
        let mut outcomes = r.rubrics[0].awards.iter();
        for rule in &c.awards {
            let scopes: Vec<Option<String>> = match rule.scope {
                Scope::Cluster if !c.clusters.is_empty() => c.clusters.iter().map(|k| Some(k.id.clone())).collect(),
                _ => vec![None],
            };
            for scope in scopes {
                let got = outcomes.next().expect("one outcome per rule and scope");
                prop_assert_eq!(&got.cluster, &scope);
                let bands = &c.rubrics[0].bands;
                let candidates: Vec<&UnitResult> = list
                    .iter()
                    .filter(|u| scope.is_none() || u.cluster == scope)
                    .filter(|u| rule.kinds.as_ref().is_none_or(|k| k.contains(&u.kind)))
                    .filter(|u| match &rule.min_band {
                        None => true,
                        Some(min) => {
                            let need = bands.iter().position(|b| &b.label == min).unwrap();
                            bands.iter().position(|b| b.min <= u.total).is_some_and(|have| have <= need)
                        }
                    })
                    .collect();
                let base = list
                    .iter()
                    .filter(|u| scope.is_none() || u.cluster == scope)
                    .filter(|u| rule.kinds.as_ref().is_none_or(|k| k.contains(&u.kind)))
                    .count();
                let (quota, wins): (usize, Box<dyn Fn(u32) -> bool>) = match rule.quota {
                    Quota::Ranks(r) => (r.quota(), Box::new(move |k| r.contains(k))),
                    Quota::Share(s) => {
                        let k = expected_share(s, base);
                        prop_assert_eq!(got.share.map(|q| (q.base, q.quota)), Some((base, k)));
                        (k, Box::new(move |rank| rank as usize <= k))
                    }
                };
                let winners: Vec<String> = candidates
                    .iter()
                    .filter(|u| wins(expected_rank(&c, u, &candidates)))
                    .map(|u| u.unit.clone())
                    .collect();
                // Same set, and listed in the overall ranking order (candidates keep it).
                prop_assert_eq!(&got.units, &winners);
                prop_assert_eq!(got.tie, winners.len() > quota);
                prop_assert!(got.tie || got.units.len() <= quota);
            }
        }
        prop_assert!(outcomes.next().is_none());
    }
}
