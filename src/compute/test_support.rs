//! Small builders for the compute tests: a campaign, a rubric and scores in a few lines.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::model::{
    AwardRule, Band, Campaign, CellKey, Cluster, Criterion, Participants, Points, Quota, RankRange,
    Rubric, Scope, Stage, StageScores, Unit, UnitStageScores,
};

/// Points from text; panics on a typo in a test.
pub fn p(s: &str) -> Points {
    Points::parse(s, false).unwrap()
}

fn leaf(id: &str, max: &str) -> Criterion {
    Criterion {
        id: id.into(),
        title: format!("Tiêu chí {id}"),
        max: p(max),
        items: vec![],
    }
}

fn section(id: &str, items: Vec<Criterion>) -> Criterion {
    let max = items.iter().map(|c| c.max).sum();
    Criterion {
        id: id.into(),
        title: format!("Mục {id}"),
        max,
        items,
    }
}

/// A rubric `r` with the given top-level leaves (id, max), no bands, no tie-breakers.
pub fn rubric(leaves: &[(&str, &str)]) -> Rubric {
    Rubric {
        id: "r".into(),
        title: "Bảng điểm".into(),
        participants: Participants::Default,
        criteria: leaves.iter().map(|(id, max)| leaf(id, max)).collect(),
        bonus_max: Some(p("5")),
        deduction_max: Some(p("10")),
        bands: vec![],
        tie_breakers: vec![],
        source: PathBuf::from("data/campaigns/c/rubrics/r.yaml"),
    }
}

/// A rubric `r`: section 1 (leaf 1.1, section 1.2 with leaves 1.2.1 and 1.2.2) and leaf 2.
pub fn nested_rubric() -> Rubric {
    let mut r = rubric(&[]);
    r.criteria = vec![
        section(
            "1",
            vec![
                leaf("1.1", "5"),
                section("1.2", vec![leaf("1.2.1", "3"), leaf("1.2.2", "2")]),
            ],
        ),
        leaf("2", "10"),
    ];
    r
}

/// Bands from (label, min), highest first.
pub fn bands(list: &[(&str, &str)]) -> Vec<Band> {
    list.iter()
        .map(|(label, min)| Band {
            label: label.to_string(),
            min: p(min),
        })
        .collect()
}

/// A campaign `c` with the default stages, clusters `cum-1`, `cum-2`… holding the given
/// members (no clusters when the list is empty), and one rubric.
pub fn campaign(clusters: &[&[&str]], rubric: Rubric) -> Campaign {
    Campaign {
        id: "c".into(),
        title: "Phong trào thi đua".into(),
        year: Some(2023),
        organiser: String::new(),
        description: String::new(),
        illustrative: false,
        stages: Stage::defaults(),
        clusters: clusters
            .iter()
            .enumerate()
            .map(|(i, members)| Cluster {
                id: format!("cum-{}", i + 1),
                name: format!("Cụm thi đua {}", i + 1),
                members: members.iter().map(|m| m.to_string()).collect(),
                leader: None,
                deputy: None,
                inspection: None,
                team: vec![],
            })
            .collect(),
        rubrics: vec![rubric],
        awards: vec![],
        nominations: BTreeMap::new(),
        scores: BTreeMap::new(),
        sources: vec![],
        ..Default::default()
    }
}

/// Adds one stage of scores for rubric `r`: rows of (unit, [(leaf id | bonus | deduction, points)]).
pub fn scores(c: &mut Campaign, stage: &str, rows: &[(&str, &[(&str, &str)])]) {
    let mut units = BTreeMap::new();
    for (unit, cells) in rows {
        let mut row = UnitStageScores::default();
        for (cell, pts) in cells.iter() {
            let key = match *cell {
                "bonus" => CellKey::Bonus,
                "deduction" => CellKey::Deduction,
                id => CellKey::Leaf(id.into()),
            };
            row.cells.insert(key, p(pts));
        }
        units.insert(unit.to_string(), row);
    }
    let source = PathBuf::from(format!("data/campaigns/c/scores/r/{stage}.csv"));
    c.scores.entry("r".into()).or_default().push(StageScores {
        stage: stage.into(),
        units,
        source,
    });
}

/// Units from (id, name, kind).
pub fn units(list: &[(&str, &str, &str)]) -> BTreeMap<String, Unit> {
    list.iter()
        .map(|(id, name, kind)| {
            let u = Unit {
                id: id.to_string(),
                name: name.to_string(),
                kind: kind.to_string(),
                attrs: BTreeMap::new(),
            };
            (id.to_string(), u)
        })
        .collect()
}

/// An award rule on rubric `r`; `ranks` is "1" or "2-4".
pub fn award(title: &str, scope: Scope, ranks: &str) -> AwardRule {
    let (from, to) = match ranks.split_once('-') {
        Some((a, b)) => (a.parse().unwrap(), b.parse().unwrap()),
        None => (ranks.parse().unwrap(), ranks.parse().unwrap()),
    };
    AwardRule {
        title: title.into(),
        rubric: "r".into(),
        scope,
        quota: Quota::Ranks(RankRange { from, to }),
        kinds: None,
        min_band: None,
    }
}
