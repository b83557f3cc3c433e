//! Final points, totals and bands of one unit on one rubric (SPEC §4).
//!
//! A later stage overrides an earlier one cell by cell: the appraisal (thẩm định) fixes only
//! what it changes, and everything else keeps the cluster's or the unit's own score.

use std::sync::Arc;

use crate::model::{
    Band, Campaign, CellKey, Criterion, Points, Rubric, StageScores, Unit, UnitStageScores,
};

use super::{CellResult, StageValue, UnitResult};

/// The stages of a rubric's scores in the campaign's stage order, whatever order they were
/// loaded in. A stage the campaign does not declare (the loader reports it) goes last, by id,
/// so that the outcome still never depends on the input order.
pub fn ordered_stages<'a>(campaign: &'a Campaign, rubric: &str) -> Vec<&'a StageScores> {
    let mut stages: Vec<&StageScores> = campaign
        .scores
        .get(rubric)
        .map(|v| v.iter().collect())
        .unwrap_or_default();
    let position = |s: &StageScores| {
        campaign
            .stages
            .iter()
            .position(|d| d.id == s.stage)
            .unwrap_or(usize::MAX)
    };
    stages.sort_by(|a, b| {
        position(a)
            .cmp(&position(b))
            .then_with(|| a.stage.cmp(&b.stage))
    });
    stages
}

/// One cell across the stages, from what each stage gave the unit (looked up once for all
/// its cells): every value given, in stage order, each with its change from the value before
/// it, and the last one as final.
fn cell_of(given: &[(&Arc<str>, Option<&UnitStageScores>)], cell: &CellKey) -> CellResult {
    let at = |unit: &Option<&UnitStageScores>| unit.and_then(|u| u.cells.get(cell)).copied();
    // The values are looked up before they are kept, so that a cell holds room for just them:
    // a national campaign has millions of cells, most scored at one stage, and a list grown
    // one value at a time starts with room for four.
    let mut few = [None; FEW_STAGES];
    let many: Vec<Option<Points>>;
    let found: &[Option<Points>] = if given.len() <= FEW_STAGES {
        for (slot, (_, unit)) in few.iter_mut().zip(given) {
            *slot = at(unit);
        }
        &few[..given.len()]
    } else {
        many = given.iter().map(|(_, unit)| at(unit)).collect();
        &many
    };
    let mut values: Vec<StageValue> = Vec::with_capacity(found.iter().flatten().count());
    let mut previous: Option<Points> = None;
    for ((stage, _), &points) in given.iter().zip(found) {
        let Some(points) = points else { continue };
        let change = previous
            .filter(|&before| before != points)
            .map(|before| points - before);
        previous = Some(points);
        values.push(StageValue {
            stage: Arc::clone(stage),
            points,
            change,
        });
    }
    CellResult {
        final_points: previous,
        stages: values,
    }
}

/// Stages whose values [`cell_of`] looks up without a list of their own (a campaign has two
/// to four).
const FEW_STAGES: usize = 8;

/// The first band, in listed order, whose `min` the total reaches; `None` below every band.
pub fn band_index(bands: &[Band], total: Points) -> Option<usize> {
    bands.iter().position(|b| b.min <= total)
}

/// What the units of a rubric are looked up by, made once for all of them: each stage's id,
/// each leaf's id and the key of its cells, and each section's id (ids shared by every unit's
/// result).
pub struct Lookup<'a> {
    rubric: &'a Rubric,
    stages: Vec<(Arc<str>, &'a StageScores)>,
    leaves: Vec<(Arc<str>, CellKey)>,
    /// Sections in the order [`section_sums`] meets them.
    sections: Vec<Arc<str>>,
}

impl<'a> Lookup<'a> {
    /// The lookup of `rubric` with its scores `stages` (in stage order).
    pub fn new(rubric: &'a Rubric, stages: &[&'a StageScores]) -> Self {
        Lookup {
            rubric,
            stages: stages
                .iter()
                .map(|s| (Arc::from(s.stage.as_str()), *s))
                .collect(),
            leaves: rubric
                .leaves()
                .into_iter()
                .map(|leaf| {
                    let id: Arc<str> = Arc::from(leaf.id.as_str());
                    (Arc::clone(&id), CellKey::Leaf(id))
                })
                .collect(),
            sections: {
                let mut ids = Vec::new();
                section_ids(&rubric.criteria, &mut ids);
                ids
            },
        }
    }
}

/// The ids of the sections in `list`, a section before the sections inside it.
fn section_ids(list: &[Criterion], out: &mut Vec<Arc<str>>) {
    for c in list.iter().filter(|c| !c.is_leaf()) {
        out.push(Arc::from(c.id.as_str()));
        section_ids(&c.items, out);
    }
}

/// Everything about one unit on one rubric except its ranks (left at 0 / `None` for the
/// ranking to fill in). A unit without any score row is simply unscored everywhere:
/// incomplete, with a total of 0 plus nothing.
pub fn unit_result(
    rubric: &Rubric,
    stages: &[&StageScores],
    unit_id: &str,
    unit: Option<&Unit>,
    cluster: Option<&str>,
) -> UnitResult {
    unit_result_in(&Lookup::new(rubric, stages), unit_id, unit, cluster)
}

/// [`unit_result`] with the rubric's [`Lookup`] made once.
pub fn unit_result_in(
    lookup: &Lookup,
    unit_id: &str,
    unit: Option<&Unit>,
    cluster: Option<&str>,
) -> UnitResult {
    let rubric = lookup.rubric;
    // What each stage gave the unit, looked up once rather than once a cell.
    let given: Vec<(&Arc<str>, Option<&UnitStageScores>)> = lookup
        .stages
        .iter()
        .map(|(id, s)| (id, s.units.get(unit_id)))
        .collect();
    let criteria: Vec<(Arc<str>, CellResult)> = lookup
        .leaves
        .iter()
        .map(|(id, key)| (Arc::clone(id), cell_of(&given, key)))
        .collect();
    // The leaves are in rubric order (ids are unique: the loader refuses a repeated one), so
    // a walk of the tree meets them in the same order as `criteria`.
    let finals: Vec<Points> = criteria
        .iter()
        .map(|(_, c)| c.final_points.unwrap_or(Points::ZERO))
        .collect();
    let mut sections = Vec::with_capacity(lookup.sections.len());
    section_sums(
        &rubric.criteria,
        &lookup.sections,
        &finals,
        &mut 0,
        &mut sections,
    );

    let regular: Points = criteria
        .iter()
        .map(|(_, c)| c.final_points.unwrap_or(Points::ZERO))
        .sum();
    let complete = criteria.iter().all(|(_, c)| c.final_points.is_some());
    let bonus_cell = cell_of(&given, &CellKey::Bonus);
    let deduction_cell = cell_of(&given, &CellKey::Deduction);
    let bonus = bonus_cell.final_points.unwrap_or(Points::ZERO);
    let deduction = deduction_cell.final_points.unwrap_or(Points::ZERO);
    let total = regular + bonus - deduction;

    UnitResult {
        unit: unit_id.to_string(),
        // A participant missing from the units file is reported by the loader; here it
        // still gets a row under its id rather than disappearing.
        name: unit.map_or_else(|| unit_id.to_string(), |u| u.name.clone()),
        kind: unit.map(|u| u.kind.clone()).unwrap_or_default(),
        cluster: cluster.map(str::to_string),
        regular,
        bonus,
        deduction,
        total,
        band: band_index(&rubric.bands, total).map(|i| rubric.bands[i].label.clone()),
        rank_overall: 0,
        rank_cluster: None,
        complete,
        criteria,
        sections,
        bonus_cell,
        deduction_cell,
    }
}

/// Sections in rubric order (a section before the sections inside it), each with the sum of
/// the final points of the leaves below it; `finals` holds the leaves' final points in rubric
/// order from position `next`, `ids` the sections' ids in that order. Returns the sum of the
/// list.
fn section_sums(
    list: &[Criterion],
    ids: &[Arc<str>],
    finals: &[Points],
    next: &mut usize,
    out: &mut Vec<(Arc<str>, Points)>,
) -> Points {
    let mut sum = Points::ZERO;
    for c in list {
        if c.is_leaf() {
            sum += finals.get(*next).copied().unwrap_or(Points::ZERO);
            *next += 1;
        } else {
            let at = out.len();
            let id = ids
                .get(at)
                .cloned()
                .unwrap_or_else(|| Arc::from(c.id.as_str()));
            out.push((id, Points::ZERO));
            let inner = section_sums(&c.items, ids, finals, next, out);
            out[at].1 = inner;
            sum += inner;
        }
    }
    sum
}

/// The points of a criterion or section for a tie-breaker: a section's subtotal, a leaf's
/// final points (0 when never scored), 0 for an id the rubric does not have.
pub fn criterion_points(result: &UnitResult, id: &str) -> Points {
    if let Some((_, p)) = result.sections.iter().find(|(s, _)| **s == *id) {
        return *p;
    }
    result
        .criteria
        .iter()
        .find(|(l, _)| **l == *id)
        .and_then(|(_, c)| c.final_points)
        .unwrap_or(Points::ZERO)
}

/// What one stage gave a criterion: a leaf's points at that stage, or for a section the sum
/// of what the stage gave the leaves below it; `None` when the stage scored none of them (the
/// self-score of a section, set against its final points on the scorecard).
/// The unit's cells are found by `cell` (leaf id → the first cell with that id): a page holds
/// them by id.
pub fn stage_subtotal_by<'a>(
    criterion: &Criterion,
    stage: &str,
    cell: &dyn Fn(&str) -> Option<&'a CellResult>,
) -> Option<Points> {
    fn add<'a>(
        c: &Criterion,
        stage: &str,
        cell: &dyn Fn(&str) -> Option<&'a CellResult>,
        sum: &mut Option<Points>,
    ) {
        if c.is_leaf() {
            if let Some(v) = cell(&c.id).and_then(|x| x.at(stage)) {
                *sum = Some(sum.unwrap_or(Points::ZERO) + v.points);
            }
        } else {
            for item in &c.items {
                add(item, stage, cell, sum);
            }
        }
    }
    let mut sum = None;
    add(criterion, stage, cell, &mut sum);
    sum
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    /// [`stage_subtotal_by`] with the unit's cells found in its results.
    fn stage_subtotal(result: &UnitResult, criterion: &Criterion, stage: &str) -> Option<Points> {
        stage_subtotal_by(criterion, stage, &|id| {
            result
                .criteria
                .iter()
                .find(|(l, _)| **l == *id)
                .map(|(_, c)| c)
        })
    }

    #[test]
    fn later_stage_overrides_cell_by_cell() {
        let mut c = campaign(&[&["a"]], rubric(&[("1", "10"), ("2", "20")]));
        scores(
            &mut c,
            "self",
            &[("a", &[("1", "10"), ("2", "18"), ("bonus", "3")])],
        );
        scores(&mut c, "appraised", &[("a", &[("1", "9.5")])]);
        scores(&mut c, "cluster", &[("a", &[("2", "17"), ("bonus", "2")])]);
        let stages = ordered_stages(&c, "r");
        assert_eq!(
            stages.iter().map(|s| s.stage.as_str()).collect::<Vec<_>>(),
            ["self", "cluster", "appraised"]
        );
        let u = unit_result(&c.rubrics[0], &stages, "a", None, None);
        assert_eq!(u.criteria[0].1.final_points, Some(p("9.5")));
        assert_eq!(
            u.criteria[0].1.stages,
            [
                StageValue {
                    stage: "self".into(),
                    points: p("10"),
                    change: None
                },
                StageValue {
                    stage: "appraised".into(),
                    points: p("9.5"),
                    change: Some(p("-0.5"))
                }
            ]
        );
        assert_eq!(u.criteria[1].1.final_points, Some(p("17")));
        assert_eq!(
            (u.regular, u.bonus, u.deduction, u.total),
            (p("26.5"), p("2"), p("0"), p("28.5"))
        );
        assert!(u.complete);
    }

    #[test]
    fn unscored_leaf_counts_zero_and_flags_incomplete() {
        let mut c = campaign(&[&["a", "b"]], rubric(&[("1", "10"), ("2", "20")]));
        scores(&mut c, "self", &[("a", &[("1", "7")])]);
        let stages = ordered_stages(&c, "r");
        let a = unit_result(&c.rubrics[0], &stages, "a", None, None);
        assert_eq!((a.total, a.complete), (p("7"), false));
        assert_eq!(a.criteria[1].1, CellResult::default());
        let b = unit_result(&c.rubrics[0], &stages, "b", None, None);
        assert_eq!((b.total, b.complete, b.name.as_str()), (p("0"), false, "b"));
    }

    #[test]
    fn decimal_sums_are_exact() {
        let mut c = campaign(&[&["a"]], rubric(&[("1", "1"), ("2", "1"), ("3", "1")]));
        scores(
            &mut c,
            "self",
            &[("a", &[("1", "0.1"), ("2", "0.2"), ("3", "0.7")])],
        );
        let u = unit_result(&c.rubrics[0], &ordered_stages(&c, "r"), "a", None, None);
        assert_eq!(u.regular, p("1"));
        assert_eq!(p("0.1") + p("0.2"), p("0.3"));
    }

    #[test]
    fn bands_first_reached_in_listed_order() {
        let bands = bands(&[("Xuất sắc", "90"), ("Tốt", "80"), ("Khá", "65")]);
        assert_eq!(band_index(&bands, p("90")), Some(0));
        assert_eq!(band_index(&bands, p("89.99")), Some(1));
        assert_eq!(band_index(&bands, p("80")), Some(1));
        assert_eq!(band_index(&bands, p("65")), Some(2));
        assert_eq!(band_index(&bands, p("64.99")), None);
        assert_eq!(band_index(&bands, p("-3")), None);
        assert_eq!(band_index(&[], p("100")), None);
    }

    #[test]
    fn deduction_can_drop_below_every_band() {
        let mut c = campaign(&[&["a"]], rubric(&[("1", "100")]));
        c.rubrics[0].bands = bands(&[("Tốt", "50"), ("Yếu", "0")]);
        scores(&mut c, "self", &[("a", &[("1", "2"), ("deduction", "3")])]);
        let u = unit_result(&c.rubrics[0], &ordered_stages(&c, "r"), "a", None, None);
        assert_eq!((u.total, u.band.clone()), (p("-1"), None));
    }

    #[test]
    fn sections_and_tie_breaker_points() {
        let mut c = campaign(&[&["a"]], nested_rubric());
        scores(
            &mut c,
            "self",
            &[(
                "a",
                &[("1.1", "4"), ("1.2.1", "2.5"), ("1.2.2", "1"), ("2", "6")],
            )],
        );
        let u = unit_result(&c.rubrics[0], &ordered_stages(&c, "r"), "a", None, None);
        assert_eq!(
            u.sections,
            [(Arc::from("1"), p("7.5")), (Arc::from("1.2"), p("3.5"))]
        );
        assert_eq!(criterion_points(&u, "1"), p("7.5"));
        assert_eq!(criterion_points(&u, "1.2"), p("3.5"));
        assert_eq!(criterion_points(&u, "2"), p("6"));
        assert_eq!(criterion_points(&u, "nope"), p("0"));
    }

    #[test]
    fn a_confirmed_value_is_no_change() {
        let mut c = campaign(&[&["a"]], rubric(&[("1", "10")]));
        scores(&mut c, "self", &[("a", &[("1", "8")])]);
        scores(&mut c, "cluster", &[("a", &[("1", "8")])]);
        scores(&mut c, "appraised", &[("a", &[("1", "9.25")])]);
        let u = unit_result(&c.rubrics[0], &ordered_stages(&c, "r"), "a", None, None);
        let changes: Vec<Option<Points>> =
            u.criteria[0].1.stages.iter().map(|s| s.change).collect();
        assert_eq!(changes, [None, None, Some(p("1.25"))]);
    }

    #[test]
    fn stage_subtotals_sum_what_the_stage_gave() {
        let mut c = campaign(&[&["a"]], nested_rubric());
        scores(&mut c, "self", &[("a", &[("1.1", "4"), ("1.2.1", "2.5")])]);
        scores(&mut c, "cluster", &[("a", &[("1.1", "3")])]);
        let r = &c.rubrics[0];
        let u = unit_result(r, &ordered_stages(&c, "r"), "a", None, None);
        let section = r.find("1").unwrap();
        assert_eq!(stage_subtotal(&u, section, "self"), Some(p("6.5")));
        assert_eq!(stage_subtotal(&u, section, "cluster"), Some(p("3")));
        assert_eq!(stage_subtotal(&u, section, "appraised"), None);
        assert_eq!(stage_subtotal(&u, r.find("2").unwrap(), "self"), None);
    }
}
