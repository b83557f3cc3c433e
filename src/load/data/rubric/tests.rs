//! Rubric files: the tree, sums, bands, tie-breakers and participants.

use crate::load::data::testing::{DIR, Site, the_one};
use crate::model::{Participants, Points, TieBreaker};

const FILE: &str = "data/campaigns/c2023/rubrics/vhtt.yaml";

fn with_rubric(text: &str) -> Site {
    Site::standard().in_campaign("rubrics/vhtt.yaml", text)
}

fn pts(n: i64) -> Points {
    Points::from_int(n)
}

#[test]
fn the_standard_rubric_loads() {
    let data = Site::standard().load_clean();
    let r = &data.campaigns[0].rubrics[0];
    assert_eq!(r.id, "vhtt");
    assert_eq!(r.max(), pts(100));
    assert_eq!(r.criteria[0].max, pts(70));
    assert_eq!(r.bonus_max, Some(pts(5)));
    assert_eq!(r.bands.len(), 3);
    assert_eq!(
        r.tie_breakers,
        [TieBreaker::Criterion("1".into()), TieBreaker::Bonus]
    );
    assert_eq!(r.participants, Participants::Default);
    assert_eq!(r.source.to_str(), Some(FILE));
}

#[test]
fn criteria_nest_to_any_depth_and_sections_sum_their_items() {
    let data = with_rubric(
        "title: T\ncriteria:\n  - id: A\n    title: a\n    items:\n      - id: A.1\n        title: b\n        items:\n          - {id: A.1.1, title: c, max: 2.5}\n          - {id: A.1.2, title: d, max: 0.25}\n      - {id: A.2, title: e, max: 7}\n",
    )
    .with(&format!("{DIR}/campaign.yaml"), crate::load::data::testing::CAMPAIGN.replace("  - {title: Cờ thi đua, rubric: vhtt, ranks: 1}\n", "  []\n").replace("awards:\n  []\n", ""))
    .load_clean();
    let r = &data.campaigns[0].rubrics[0];
    assert_eq!(r.max(), Points::from_hundredths(975));
    assert_eq!(r.criteria[0].items[0].max, Points::from_hundredths(275));
    assert_eq!(r.leaves().len(), 3);
}

#[test]
fn a_section_max_that_is_not_the_sum_names_both_numbers() {
    let (_, d) =
        with_rubric(&crate::load::data::testing::RUBRIC.replace("    max: 70\n", "    max: 25\n"))
            .load();
    let d = the_one(
        &d,
        FILE,
        5,
        10,
        "section `1` has max 25 but its items add up to 70",
    );
    assert!(d.hint.contains("max: 70"), "{}", &*d.hint);
}

#[test]
fn leaf_max_problems() {
    for (max, col, message) in [
        ("", 8, "criterion `2` has no max"),
        ("-5", 36, "the maximum cannot be negative"),
        (
            "9.255",
            36,
            "`9.255` has more than two digits after the decimal point",
        ),
        ("\"9,5\"", 36, "`9,5` uses a decimal comma"),
        ("mười", 36, "`mười` is not a number"),
    ] {
        let line = if max.is_empty() {
            "  - {id: \"2\", title: Báo cáo}\n".to_string()
        } else {
            format!("  - {{id: \"2\", title: Báo cáo, max: {max}}}\n")
        };
        let text = crate::load::data::testing::RUBRIC
            .replace("  - {id: \"2\", title: Báo cáo, max: 30}\n", &line);
        let (_, d) = with_rubric(&text).load();
        let d = the_one(&d, FILE, 9, if max.is_empty() { 5 } else { col }, message);
        assert!(!d.hint.is_empty());
    }
}

#[test]
fn duplicate_and_reserved_criterion_ids() {
    let text = crate::load::data::testing::RUBRIC
        .replace("{id: \"2\", title: Báo cáo", "{id: \"1.1\", title: Báo cáo");
    let (_, d) = with_rubric(&text).load();
    the_one(
        &d,
        FILE,
        9,
        10,
        "criterion id `1.1` is used twice (first on line 7)",
    );
    let text = crate::load::data::testing::RUBRIC
        .replace("{id: \"2\", title: Báo cáo", "{id: bonus, title: Báo cáo")
        .replace("[\"1\", bonus]", "[\"1\"]");
    let (_, d) = with_rubric(&text).load();
    let d = the_one(&d, FILE, 9, 10, "`bonus` cannot be a criterion id");
    assert!(d.hint.contains("reserved"));
}

#[test]
fn bands_must_go_down() {
    let text = crate::load::data::testing::RUBRIC
        .replace("{label: Khá, min: 65}", "{label: Khá, min: 85}");
    let (_, d) = with_rubric(&text).load();
    let d = the_one(
        &d,
        FILE,
        15,
        23,
        "band `Khá` has min 85, which is not below the band above it (`Tốt`, min 80)",
    );
    assert!(d.hint.contains("highest to lowest"));
}

#[test]
fn tie_breakers_name_criteria_or_existing_bonus_and_deduction() {
    let text = crate::load::data::testing::RUBRIC.replace("[\"1\", bonus]", "[\"1\", \"9\"]");
    let (_, d) = with_rubric(&text).load();
    the_one(
        &d,
        FILE,
        16,
        21,
        "the tie-breaker `9` is not a criterion of this rubric",
    );
    let text = crate::load::data::testing::RUBRIC.replace("bonus: {max: 5}\n", "");
    let (_, d) = with_rubric(&text).load();
    the_one(
        &d,
        FILE,
        15,
        21,
        "the tie-breaker `bonus` needs a bonus in this rubric",
    );
    let text = crate::load::data::testing::RUBRIC.replace("[\"1\", bonus]", "[deduction, \"1.2\"]");
    let data = with_rubric(&text).load_clean();
    assert_eq!(
        data.campaigns[0].rubrics[0].tie_breakers,
        [TieBreaker::Deduction, TieBreaker::Criterion("1.2".into())]
    );
}

#[test]
fn participants_by_units_or_kinds() {
    let text = format!(
        "participants: {{units: [p4, p99]}}\n{}",
        crate::load::data::testing::RUBRIC
    );
    let (_, d) = with_rubric(&text).load();
    the_one(&d, FILE, 1, 28, "unit `p99` does not exist");
    let text = format!(
        "participants: {{kinds: [phuong, xa]}}\n{}",
        crate::load::data::testing::RUBRIC
    );
    let data = with_rubric(&text).load_clean();
    assert_eq!(
        data.campaigns[0].rubrics[0].participants,
        Participants::Kinds(vec!["phuong".into(), "xa".into()])
    );
    let text = format!(
        "participants: {{kinds: [phuong], units: [p4]}}\n{}",
        crate::load::data::testing::RUBRIC
    );
    let (_, d) = with_rubric(&text).load();
    the_one(&d, FILE, 1, 40, "both by kinds and by units");
}

#[test]
fn a_misspelt_key_is_named_with_a_suggestion() {
    let (_, d) =
        with_rubric(&crate::load::data::testing::RUBRIC.replace("title: Bảng", "tittle: Bảng"))
            .load();
    let d = the_one(&d, FILE, 1, 1, "unknown key `tittle`");
    assert!(d.hint.starts_with("did you mean `title`?"), "{}", &*d.hint);
}

#[test]
fn an_empty_section_and_a_missing_title() {
    let text = crate::load::data::testing::RUBRIC.replace(
        "  - {id: \"2\", title: Báo cáo, max: 30}\n",
        "  - {id: \"2\", max: 10}\n  - {id: \"3\", title: Trống, items: []}\n",
    );
    let (_, d) = with_rubric(&text).load();
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(
        (d[0].line, d[0].message.as_ref()),
        (Some(9), "criterion `2` has no title")
    );
    assert_eq!(
        (d[1].line, d[1].column, d[1].message.as_ref()),
        (Some(10), Some(36), "section `3` has no items")
    );
}
