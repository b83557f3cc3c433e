//! Ranking — "xếp hạng" (SPEC §4): by total, then by the rubric's tie-breakers; units still
//! equal share a rank (1, 2, 2, 4) and the council decides between them, so they are only
//! listed, in Vietnamese alphabetical order of their names.

use crate::model::collate::{SortKey, sort_key};
use crate::model::{Rubric, TieBreaker};

use super::UnitResult;
use super::totals::criterion_points;

/// What decides a unit's place, each component arranged so that smaller is better: the total
/// and every "higher wins" tie-breaker are negated, the deduction is kept as it is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RankKey(Vec<i64>);

impl RankKey {
    /// The key of a unit's result under a rubric's tie-breakers.
    pub fn of(rubric: &Rubric, unit: &UnitResult) -> RankKey {
        let mut key = Vec::with_capacity(1 + rubric.tie_breakers.len());
        key.push(-unit.total.hundredths());
        for tb in &rubric.tie_breakers {
            key.push(match tb {
                TieBreaker::Criterion(id) => -criterion_points(unit, id).hundredths(),
                TieBreaker::Bonus => -unit.bonus.hundredths(),
                TieBreaker::Deduction => unit.deduction.hundredths(),
            });
        }
        RankKey(key)
    }
}

/// A unit's place in any ranking, computed once: the rank key, then the name's collation
/// key and the id, which order units of equal rank for display only (never their rank).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Standing {
    key: RankKey,
    name: SortKey,
    id: String,
}

impl Standing {
    /// The standing of a unit's result under a rubric.
    pub fn of(rubric: &Rubric, unit: &UnitResult) -> Standing {
        Standing {
            key: RankKey::of(rubric, unit),
            name: sort_key(&unit.name),
            id: unit.unit.clone(),
        }
    }
}

/// Ranks a set of units among themselves: `members` are indices into `standings`; the answer
/// lists them in ranking order, each with its standard competition rank (1-based; equal keys
/// share the rank of the first of them, and the next rank skips as many places).
pub fn rank(standings: &[Standing], members: &[usize]) -> Vec<(usize, u32)> {
    let mut order: Vec<usize> = members.to_vec();
    order.sort_by(|&a, &b| standings[a].cmp(&standings[b]));
    let mut out: Vec<(usize, u32)> = Vec::with_capacity(order.len());
    for (position, &i) in order.iter().enumerate() {
        let rank = match out.last() {
            Some(&(prev, prev_rank)) if standings[prev].key == standings[i].key => prev_rank,
            _ => position as u32 + 1,
        };
        out.push((i, rank));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::totals::{ordered_stages, unit_result};
    use super::*;

    /// A unit to rank: id, name, cells (cell, points).
    type Row<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

    /// Scores units (id, name, [(cell, pts)]) on a rubric and ranks them all: (id, rank).
    fn ranked(rubric: crate::model::Rubric, rows: &[Row]) -> Vec<(String, u32)> {
        let ids: Vec<&str> = rows.iter().map(|(id, _, _)| *id).collect();
        let mut c = campaign(&[&ids], rubric);
        let score_rows: Vec<(&str, &[(&str, &str)])> =
            rows.iter().map(|(id, _, cells)| (*id, *cells)).collect();
        scores(&mut c, "self", &score_rows);
        let us = units(
            &rows
                .iter()
                .map(|(id, name, _)| (*id, *name, ""))
                .collect::<Vec<_>>(),
        );
        let stages = ordered_stages(&c, "r");
        let results: Vec<UnitResult> = ids
            .iter()
            .map(|id| unit_result(&c.rubrics[0], &stages, id, us.get(*id), None))
            .collect();
        let standings: Vec<Standing> = results
            .iter()
            .map(|r| Standing::of(&c.rubrics[0], r))
            .collect();
        let all: Vec<usize> = (0..results.len()).collect();
        rank(&standings, &all)
            .into_iter()
            .map(|(i, r)| (results[i].unit.clone(), r))
            .collect()
    }

    fn expect(got: Vec<(String, u32)>, want: &[(&str, u32)]) {
        let want: Vec<(String, u32)> = want.iter().map(|(id, r)| (id.to_string(), *r)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn competition_ranks_with_ties_listed_alphabetically() {
        let got = ranked(
            rubric(&[("1", "100")]),
            &[
                ("p10", "Phường 10", &[("1", "80")]),
                ("p2", "Phường 2", &[("1", "80")]),
                ("top", "Xã Tân Hạnh", &[("1", "95.5")]),
                ("last", "An Bình", &[("1", "70")]),
            ],
        );
        expect(got, &[("top", 1), ("p2", 2), ("p10", 2), ("last", 4)]);
    }

    #[test]
    fn three_way_tie_then_skip() {
        let row: &[(&str, &str)] = &[("1", "5")];
        let got = ranked(
            rubric(&[("1", "10")]),
            &[
                ("a", "Ba", row),
                ("b", "Bà", row),
                ("c", "Bá", row),
                ("d", "Ả", &[("1", "4.99")]),
            ],
        );
        expect(got, &[("a", 1), ("b", 1), ("c", 1), ("d", 4)]);
    }

    #[test]
    fn tie_breakers_apply_in_order() {
        let mut r = rubric(&[("1", "50"), ("2", "50")]);
        r.tie_breakers = vec![TieBreaker::Criterion("2".into()), TieBreaker::Bonus];
        let got = ranked(
            r,
            &[
                // Equal totals of 60.
                ("a", "A", &[("1", "40"), ("2", "20")]),
                ("b", "B", &[("1", "30"), ("2", "29"), ("bonus", "1")]),
                ("c", "C", &[("1", "29"), ("2", "29"), ("bonus", "2")]),
                (
                    "d",
                    "D",
                    &[("1", "28"), ("2", "29"), ("bonus", "3"), ("deduction", "0")],
                ),
            ],
        );
        // Criterion 2 first: b, c, d (29) before a (20); then bonus: d 3 > c 2 > b 1.
        expect(got, &[("d", 1), ("c", 2), ("b", 3), ("a", 4)]);
    }

    #[test]
    fn deduction_lower_wins_and_untied_keys_stay_tied() {
        let mut r = rubric(&[("1", "100")]);
        r.tie_breakers = vec![TieBreaker::Deduction];
        let got = ranked(
            r,
            &[
                ("a", "A", &[("1", "82"), ("deduction", "2")]),
                ("b", "B", &[("1", "80")]),
                ("c", "C", &[("1", "81"), ("deduction", "1")]),
                (
                    "d",
                    "D",
                    &[("1", "80.5"), ("bonus", "0.5"), ("deduction", "1")],
                ),
            ],
        );
        // All total 80; deduction 0 beats 1 beats 2; c and d stay tied.
        expect(got, &[("b", 1), ("c", 2), ("d", 2), ("a", 4)]);
    }

    #[test]
    fn section_tie_breaker_sums_its_leaves() {
        let mut r = nested_rubric();
        r.tie_breakers = vec![TieBreaker::Criterion("1.2".into())];
        let got = ranked(
            r,
            &[
                (
                    "a",
                    "A",
                    &[("1.1", "5"), ("1.2.1", "1"), ("1.2.2", "1"), ("2", "3")],
                ),
                (
                    "b",
                    "B",
                    &[("1.1", "3"), ("1.2.1", "2"), ("1.2.2", "2"), ("2", "3")],
                ),
            ],
        );
        expect(got, &[("b", 1), ("a", 2)]);
    }

    #[test]
    fn exact_decimals_make_real_ties() {
        let got = ranked(
            rubric(&[("1", "1"), ("2", "1")]),
            &[
                ("a", "B", &[("1", "0.1"), ("2", "0.2")]),
                ("b", "A", &[("1", "0.3")]),
                ("c", "C", &[("2", "0.29")]),
            ],
        );
        expect(got, &[("b", 1), ("a", 1), ("c", 3)]);
    }

    #[test]
    fn same_name_falls_back_to_id() {
        let row: &[(&str, &str)] = &[("1", "1")];
        let got = ranked(
            rubric(&[("1", "1")]),
            &[("z", "Trùng", row), ("a", "Trùng", row)],
        );
        expect(got, &[("a", 1), ("z", 1)]);
        assert_eq!(rank(&[], &[]), vec![]);
    }
}
