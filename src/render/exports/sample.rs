//! A small campaign for the tests of the results files: markup and formulas in names, a
//! nested rubric, three stages, two clusters (or none).

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::model::{
    AwardRule, Band, Campaign, CellKey, Cluster, Criterion, Participants, Points, Quota, RankRange,
    Rubric, Scope, Stage, StageScores, Unit, UnitStageScores,
};

pub fn p(s: &str) -> Points {
    Points::parse(s, false).unwrap()
}

pub fn leaf(id: &str, max: &str) -> Criterion {
    Criterion {
        id: id.into(),
        title: id.into(),
        max: p(max),
        items: vec![],
    }
}

pub fn stage(stage: &str, rows: &[(&str, &[(CellKey, &str)])]) -> StageScores {
    let units = rows
        .iter()
        .map(|(u, cells)| {
            let cells = cells.iter().map(|(k, v)| (k.clone(), p(v))).collect();
            (
                u.to_string(),
                UnitStageScores {
                    cells,
                    ..Default::default()
                },
            )
        })
        .collect();
    StageScores {
        stage: stage.into(),
        units,
        source: PathBuf::new(),
    }
}

pub fn sample(clustered: bool) -> (Campaign, BTreeMap<String, Unit>) {
    let units: BTreeMap<String, Unit> = [
        ("p12", "Phường 12", "phuong"),
        ("p7", "<script>alert(1)</script>", "phuong"),
        ("x1", "=HYPERLINK(\"http://x\")", "xa"),
        ("x2", "\"><img src=x onerror=alert(1)>", "-xa"),
    ]
    .iter()
    .map(|(id, name, kind)| {
        let u = Unit {
            id: id.to_string(),
            name: name.to_string(),
            kind: kind.to_string(),
            attrs: BTreeMap::new(),
        };
        (id.to_string(), u)
    })
    .collect();
    let leaf_1 = |v: &'static str| (CellKey::Leaf("1.1".into()), v);
    let leaf_2 = |v: &'static str| (CellKey::Leaf("1.2".into()), v);
    let leaf_10 = |v: &'static str| (CellKey::Leaf("10".into()), v);
    let rubric = Rubric {
        id: "vhtt".into(),
        title: "Bảng điểm số 01".into(),
        participants: Participants::Units(vec![
            "p12".into(),
            "p7".into(),
            "x1".into(),
            "x2".into(),
        ]),
        criteria: vec![
            Criterion {
                id: "1".into(),
                title: "Tuyên truyền".into(),
                max: p("30"),
                items: vec![leaf("1.1", "10"), leaf("1.2", "20")],
            },
            leaf("10", "70.5"),
        ],
        bonus_max: Some(p("5")),
        deduction_max: Some(p("10")),
        bands: vec![
            Band {
                label: "Xuất sắc".into(),
                min: p("90"),
            },
            Band {
                label: "Tốt".into(),
                min: p("80"),
            },
        ],
        tie_breakers: vec![],
        source: PathBuf::from("data/campaigns/bien-hoa-2023/rubrics/vhtt.yaml"),
    };
    let scores = vec![
        stage(
            "self",
            &[
                (
                    "p12",
                    &[
                        leaf_1("10"),
                        leaf_2("18"),
                        leaf_10("62.5"),
                        (CellKey::Bonus, "3"),
                    ],
                ),
                ("p7", &[leaf_1("0.1"), leaf_2("0.2"), leaf_10("70")]),
                ("x1", &[leaf_1("5")]),
                (
                    "x2",
                    &[
                        leaf_1("9"),
                        leaf_2("20"),
                        leaf_10("70.5"),
                        (CellKey::Deduction, "7.5"),
                    ],
                ),
            ],
        ),
        stage("cluster", &[("p12", &[leaf_1("9.5")])]),
    ];
    let clusters = if clustered {
        vec![
            Cluster {
                id: "cum-1".into(),
                name: "Cụm 1".into(),
                members: vec!["p12".into(), "p7".into()],
                leader: None,
                deputy: None,
                inspection: None,
                team: vec![],
            },
            Cluster {
                id: "cum-2".into(),
                name: "Cụm 2".into(),
                members: vec!["x1".into(), "x2".into()],
                leader: None,
                deputy: None,
                inspection: None,
                team: vec![],
            },
        ]
    } else {
        vec![]
    };
    let campaign = Campaign {
        id: "bien-hoa-2023".into(),
        title: "Tổng kết 2023 & \"khen thưởng\"".into(),
        year: Some(2023),
        organiser: String::new(),
        description: String::new(),
        illustrative: false,
        stages: Stage::defaults(),
        clusters,
        rubrics: vec![rubric],
        awards: vec![AwardRule {
            title: "Cờ thi đua".into(),
            rubric: "vhtt".into(),
            scope: if clustered {
                Scope::Cluster
            } else {
                Scope::Overall
            },
            quota: Quota::Ranks(RankRange { from: 1, to: 1 }),
            kinds: None,
            min_band: None,
        }],
        nominations: BTreeMap::new(),
        scores: [("vhtt".to_string(), scores)].into_iter().collect(),
        sources: vec![],
        ..Default::default()
    };
    (campaign, units)
}
