//! Score files: the three forms, the tolerances, and every error with its place.

use std::collections::BTreeMap;
use std::time::Instant;

use crate::diag::Diagnostic;
use crate::load::data::report::MAX_PER_FILE;
use crate::load::data::testing::{RUBRIC, Site, the_one, the_one_file};
use crate::model::{CellKey, Points, StageScores, UnitStageScores};

const SELF_CSV: &str = "data/campaigns/c2023/scores/vhtt/self.csv";
const SELF_YAML: &str = "data/campaigns/c2023/scores/vhtt/self.yaml";

fn p(s: &str) -> Points {
    Points::parse(s, false).unwrap()
}

fn leaf(id: &str) -> CellKey {
    CellKey::Leaf(id.into())
}

/// Loads the standard site with one score file (`self.csv` or `self.yaml`).
fn load(file: &str, content: impl AsRef<[u8]>) -> (Vec<StageScores>, Vec<Diagnostic>) {
    let (data, d) = Site::standard().with(file, content).load();
    let scores = data
        .campaigns
        .first()
        .map(|c| c.scores["vhtt"].clone())
        .unwrap_or_default();
    (scores, d)
}

/// Loads and expects no diagnostic; returns the units of the one stage.
fn clean(file: &str, content: impl AsRef<[u8]>) -> BTreeMap<String, UnitStageScores> {
    let (scores, d) = load(file, content);
    assert!(
        d.is_empty(),
        "{}",
        d.iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert_eq!(scores.len(), 1);
    scores.into_iter().next().unwrap().units
}

fn cells(pairs: &[(CellKey, &str)]) -> crate::model::CellMap {
    pairs.iter().map(|(k, v)| (k.clone(), p(v))).collect()
}

/// What every form below must give.
fn expected() -> BTreeMap<String, UnitStageScores> {
    let mut m = BTreeMap::new();
    m.insert(
        "p12".to_string(),
        UnitStageScores {
            cells: cells(&[
                (leaf("1.1"), "29.5"),
                (leaf("1.2"), "38"),
                (leaf("2"), "30"),
                (CellKey::Bonus, "2"),
            ]),
            ..Default::default()
        },
    );
    m.insert(
        "p7".to_string(),
        UnitStageScores {
            cells: cells(&[
                (leaf("1.1"), "25"),
                (leaf("2"), "27.25"),
                (CellKey::Deduction, "1"),
            ]),
            ..Default::default()
        },
    );
    m
}

#[test]
fn the_three_forms_give_the_same_scores() {
    let wide = "unit,1.1,1.2,2,bonus,deduction\np12,29.5,38,30,2,\np7,25,,27.25,,1\n";
    let long = "unit,criterion,points\np12,1.1,29.5\np12,1.2,38\np12,2,30\np12,bonus,2\np7,1.1,25\np7,2,27.25\np7,deduction,1\np7,1.2,\n";
    let yaml = "p12: {\"1.1\": 29.5, \"1.2\": 38, \"2\": 30, bonus: 2}\np7:\n  1.1: 25\n  \"1.2\":\n  \"2\": \"27.25\"\n  deduction: 1\n";
    assert_eq!(clean(SELF_CSV, wide), expected());
    assert_eq!(clean(SELF_CSV, long), expected());
    assert_eq!(clean(SELF_YAML, yaml), expected());
}

#[test]
fn spreadsheet_tolerances() {
    // BOM, `;`, decimal comma, CRLF, Vietnamese headers, a unit by its name, a row number.
    let semicolons = "\u{feff}STT;Đơn vị;1.1;1.2;2;Điểm thưởng;Điểm trừ\r\n1;Phường 12;29,5;38;30;2;\r\n2;p7;25;;27,25;;1\r\n;;;;;;\r\n";
    assert_eq!(clean(SELF_CSV, semicolons), expected());
    // Quoted decimal commas with `,`, headers without tone marks and in capitals.
    let quoted =
        "DON VI,1.1,1.2,2,diem thuong,DIEM TRU\np12,\"29,5\",38,30,2,\nPhường 7,25,,\"27,25\",,1\n";
    assert_eq!(clean(SELF_CSV, quoted), expected());
    let long = "Đơn vị;Tiêu chí;Điểm\nPhường 12;1.1;29,5\np12;1.2;38\np12;2;30\np12;Điểm thưởng;2\np7;1.1;25\np7;2;27,25\np7;điểm trừ;1\n";
    assert_eq!(clean(SELF_CSV, long), expected());
    // Both the unit's code and its name, as Vietnamese tables often have: the first is used.
    let two = "Mã đơn vị,Tên đơn vị,1.1,1.2,2,bonus,deduction\np12,Phường 12,29.5,38,30,2,\np7,Phường 7,25,,27.25,,1\n";
    assert_eq!(clean(SELF_CSV, two), expected());
    // A unit name written in decomposed Unicode is the same name after NFC.
    let nfd = "unit,1.1\nPhu\u{031b}\u{0300}o\u{031b}ng 12,3\n".replace(
        "Phu\u{031b}\u{0300}o\u{031b}ng",
        "Phường".chars().collect::<String>().as_str(),
    );
    assert!(clean(SELF_CSV, nfd).contains_key("p12"));
}

#[test]
fn notes_go_to_the_row_or_the_cell() {
    let wide = clean(SELF_CSV, "unit,1.1,note\np12,29.5,Đã thẩm định\n");
    assert_eq!(wide["p12"].note.as_deref(), Some("Đã thẩm định"));
    let long = clean(
        SELF_CSV,
        "unit,criterion,points,ghi chú\np12,1.1,29.5,thiếu minh chứng\n",
    );
    assert_eq!(long["p12"].cell_notes[&leaf("1.1")], "thiếu minh chứng");
    let yaml = clean(
        SELF_YAML,
        "p12: {\"1.1\": 29.5, note: Tốt, notes: {\"1.1\": thiếu minh chứng}}\n",
    );
    assert_eq!(yaml["p12"].note.as_deref(), Some("Tốt"));
    assert_eq!(yaml["p12"].cell_notes[&leaf("1.1")], "thiếu minh chứng");
}

#[test]
fn stages_follow_the_campaign_order() {
    let (data, d) = Site::standard()
        .with(
            "data/campaigns/c2023/scores/vhtt/appraised.csv",
            "unit,1.1\np12,20\n",
        )
        .with(SELF_CSV, "unit,1.1\np12,25\n")
        .with(
            "data/campaigns/c2023/scores/vhtt/cluster.yaml",
            "p12: {\"1.1\": 22}\n",
        )
        .load();
    assert!(d.is_empty(), "{d:?}");
    let stages: Vec<&str> = data.campaigns[0].scores["vhtt"]
        .iter()
        .map(|s| s.stage.as_str())
        .collect();
    assert_eq!(stages, ["self", "cluster", "appraised"]);
    assert_eq!(data.campaigns[0].sources.len(), 6);
}

/// (line, column, message part) of the one diagnostic of a CSV score file.
fn csv_error(content: &str, line: usize, column: usize, message: &str) -> Diagnostic {
    let (_, d) = load(SELF_CSV, content);
    the_one(&d, SELF_CSV, line, column, message).clone()
}

#[test]
fn unit_errors() {
    let d = csv_error("unit,1.1\np12,5\np99,5\n", 3, 1, "unknown unit `p99`");
    assert!(d.hint.contains("data/units.yaml"));
    let d = csv_error(
        "unit,1.1\npb,5\n",
        2,
        1,
        "unit `pb` (Phòng Văn hóa) is not scored on rubric `vhtt`",
    );
    assert!(d.hint.contains("participant"));
    csv_error("unit,1.1\n,5\n", 2, 1, "the unit is missing");
    let d = csv_error(
        "unit,1.1\np12,5\n\np12,6\n",
        4,
        1,
        "unit `p12` already has a row in this file (line 2)",
    );
    assert!(d.hint.contains("merge"));
    csv_error(
        "unit,criterion,points\np12,1.1,5\np12,1.2,5\nPhường 12,1.1,6\n",
        4,
        11,
        "unit `p12` already has a value for `1.1` in this file (line 2)",
    );
}

#[test]
fn criterion_errors() {
    let d = csv_error(
        "unit,1.1,1.9\np12,5,5\n",
        1,
        10,
        "`1.9` is not a criterion of rubric `vhtt`",
    );
    assert!(d.hint.contains("1.1, 1.2, 2"), "{}", &*d.hint);
    let d = csv_error(
        "unit,1\np12,5\n",
        1,
        6,
        "`1` is a section of rubric `vhtt`, not a leaf",
    );
    assert!(d.hint.contains("1.1, 1.2"));
    csv_error("unit,criterion,points\np12,1,5\n", 2, 5, "`1` is a section");
    csv_error(
        "unit,criterion,points\np12,3.1,5\n",
        2,
        5,
        "`3.1` is not a criterion",
    );
    csv_error(
        "unit,1.1,1.1\np12,5,5\n",
        1,
        10,
        "the column `1.1` appears twice",
    );
    let (_, d) = Site::standard()
        .in_campaign(
            "rubrics/vhtt.yaml",
            RUBRIC
                .replace("bonus: {max: 5}\n", "")
                .replace(", bonus]", "]"),
        )
        .with(SELF_CSV, "unit,1.1,bonus\np12,5,1\n")
        .load();
    let d = the_one(&d, SELF_CSV, 1, 10, "rubric `vhtt` has no bonus");
    assert!(d.hint.contains("bonus: {max: …}"), "{}", &*d.hint);
}

#[test]
fn number_errors() {
    csv_error("unit,1.1\np12,abc\n", 2, 5, "`abc` is not a number");
    csv_error(
        "unit,1.1\np12,9.255\n",
        2,
        5,
        "`9.255` has more than two digits after the decimal point",
    );
    csv_error("unit,1.1\np12,-1\n", 2, 5, "points cannot be below 0");
    let d = csv_error(
        "unit;1.1\np12;30,5\n",
        2,
        5,
        "`30,5` is above the maximum of criterion `1.1` (30)",
    );
    assert_eq!(d.hint, "write at most 30");
    csv_error(
        "unit,bonus\np12,6\n",
        2,
        5,
        "bonus `6` is above the rubric's cap of 5",
    );
    csv_error(
        "unit,deduction\np12,10.5\n",
        2,
        5,
        "deduction `10.5` is above the rubric's cap of 10",
    );
    csv_error(
        "unit,deduction\np12,-2\n",
        2,
        5,
        "a deduction is written as a positive number",
    );
    csv_error(
        "unit,criterion,points\np12,1.1,\"1,234\"\n",
        2,
        9,
        "`1,234` has more than two digits",
    );
}

#[test]
fn field_count_errors() {
    // A decimal comma in a comma-separated file: named where it is, and the shifted values
    // after it are not read (no "`38` is above the maximum" for a column it is not in).
    let d = csv_error(
        "unit,1.1,1.2\np12,29,5,38\n",
        2,
        5,
        "`29,5` looks like a number written with a decimal comma",
    );
    assert!(d.hint.contains("write 29.5"), "{}", &*d.hint);
    assert_eq!(
        d.message.get(crate::diag::Lang::Vi),
        "`29,5` có vẻ là một số viết bằng dấu phẩy thập phân: trong tệp dùng dấu phẩy để phân cách, nó bị tách thành hai ô (dòng có 4 ô, dòng tiêu đề có 3 cột)"
    );
    let d = csv_error(
        "unit,1.1,1.2\np12,29,5.5,38\n",
        2,
        12,
        "this row has 4 fields but the header has 3",
    );
    assert!(d.hint.contains("\"9,5\""), "{}", &*d.hint);
    csv_error(
        "unit,1.1,1.2\np12,29\n",
        2,
        7,
        "this row has 2 fields but the header has 3",
    );
    csv_error(
        "unit,1.1,\np12,29,x\n",
        2,
        8,
        "this value is in a column without a name",
    );
}

#[test]
fn a_leaf_without_a_column_in_the_first_file_is_an_error_at_its_header() {
    // No file scores 1.2 and 2: every unit lacks them, because the first file has no column
    // for them.
    let (_, d) = Site::standard()
        .with(SELF_CSV, "unit,1.1\np12,5\np4,5\np7,5\nx1,5\n")
        .load_all();
    let d = the_one(
        &d,
        SELF_CSV,
        1,
        9,
        "the header has no column for 2 criteria",
    );
    assert!(
        d.message.contains("`1.2` (Thực hiện), `2` (Báo cáo)"),
        "{}",
        &*d.message
    );
    // A column left empty says "not scored yet": no error.
    let (_, d) = Site::standard()
        .with(SELF_CSV, "unit,1.1,1.2,2\np12,5,,\n")
        .load_all();
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn header_errors() {
    csv_error(
        "don vi x,1.1\np12,5\n",
        1,
        1,
        "the header has no unit column",
    );
    csv_error(
        "unit,criterion\np12,1.1\n",
        1,
        1,
        "a long score file needs the columns unit, criterion and points",
    );
    csv_error(
        "unit,criterion,points,bonus\np12,1.1,5,1\n",
        1,
        23,
        "unexpected column `bonus` in a long score file",
    );
}

#[test]
fn yaml_score_errors() {
    let (_, d) = load(SELF_YAML, "p12: {\"1.1\": 9.5}\np99: {\"1.1\": 1}\n");
    the_one(&d, SELF_YAML, 2, 1, "unknown unit `p99`");
    let (_, d) = load(SELF_YAML, "p12:\n  \"1.1\": 31\n");
    the_one(
        &d,
        SELF_YAML,
        2,
        10,
        "`31` is above the maximum of criterion `1.1` (30)",
    );
    let (_, d) = load(SELF_YAML, "p12: {\"1.1\": \"9,5\"}\n");
    let d = the_one(&d, SELF_YAML, 1, 14, "`9,5` uses a decimal comma");
    assert!(d.hint.contains("9.5"));
    let (_, d) = load(SELF_YAML, "p12: {\"1.1\": 9.125}\n");
    the_one(&d, SELF_YAML, 1, 14, "`9.125` has more than two digits");
    let (_, d) = load(SELF_YAML, "p12: {\"1.1\": 9}\nPhường 12: {\"2\": 9}\n");
    the_one(
        &d,
        SELF_YAML,
        2,
        1,
        "unit `p12` is already scored in this file (line 1)",
    );
    let (_, d) = load(SELF_YAML, "p12: {\"1.1\": 9, \"1\": 3}\n");
    the_one(&d, SELF_YAML, 1, 17, "`1` is a section");
    let (_, d) = load(SELF_YAML, "p12: {\"1.1\": 9, notes: {\"9.9\": x}}\n");
    the_one(&d, SELF_YAML, 1, 25, "`9.9` is not a criterion");
    let (_, d) = load(SELF_YAML, "p12: [1, 2]\n");
    the_one(
        &d,
        SELF_YAML,
        1,
        6,
        "found a list where a set of `key: value` lines belongs",
    );
    assert!(clean(SELF_YAML, "# nothing changed at this stage\n").is_empty());
}

#[test]
fn files_for_undeclared_stages_and_rubrics() {
    let (_, d) = load(
        "data/campaigns/c2023/scores/vhtt/final.csv",
        "unit,1.1\np12,5\n",
    );
    let d = the_one_file(
        &d,
        "data/campaigns/c2023/scores/vhtt/final.csv",
        "a score file for a stage that is not declared: `final`",
    );
    assert!(d.hint.contains("self.csv, cluster.csv, appraised.csv"));
    let (_, d) = load(
        "data/campaigns/c2023/scores/khac/self.csv",
        "unit,1.1\np12,5\n",
    );
    the_one_file(
        &d,
        "data/campaigns/c2023/scores/khac/self.csv",
        "a score file for a rubric that is not declared: `khac`",
    );
    let (_, d) = load("data/campaigns/c2023/scores/vhtt/self.docx", "PK");
    the_one_file(
        &d,
        "data/campaigns/c2023/scores/vhtt/self.docx",
        "not a score file",
    );
    let (_, d) = Site::standard()
        .with(SELF_CSV, "unit\n")
        .with(SELF_YAML, "")
        .load();
    the_one_file(&d, SELF_YAML, "stage `self` has two score files");
}

#[test]
fn a_binary_file_is_one_clear_error() {
    let mut bytes = b"PK\x03\x04\x00\x00".to_vec();
    bytes.extend((0..10_000u32).map(|i| (i * 7919 % 251) as u8));
    let (_, d) = load(SELF_CSV, bytes);
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(
        d[0].message.contains("not a text file"),
        "{}",
        &*d[0].message
    );
    assert_eq!(d[0].file.to_str(), Some(SELF_CSV));
}

/// A large file of garbage rows stops with the first errors and a count of the rest, fast.
/// Unit tests run unoptimised, so this uses 5 MB by default; `GARBAGE_MB=50` runs the full
/// size (about 5 s unoptimised, under 1 s in a release build: the loader is linear).
#[test]
fn a_huge_garbage_file_fails_fast_with_capped_errors() {
    let mut text = String::from("unit,1.1,1.2,2\n");
    let mut i = 0u64;
    while text.len() < std::env::var("GARBAGE_MB").map_or(5, |v| v.parse().unwrap()) * 1_000_000 {
        i += 1;
        text.push_str(&format!("zz{i},x{},{}?,-\n", i % 97, i * 31 % 1000));
    }
    let rows = i as usize;
    let started = Instant::now();
    let (_, d) = load(SELF_CSV, &text);
    let took = started.elapsed();
    assert_eq!(d.len(), MAX_PER_FILE + 1);
    let last = d.last().unwrap();
    assert_eq!(
        last.message,
        format!("… and {} more errors in this file", rows - MAX_PER_FILE)
    );
    assert_eq!(last.line, Some(MAX_PER_FILE + 2));
    assert!(took.as_secs() < 20, "took {took:?}");
}

/// Garbage of other shapes: one endless line, a stray quote that swallows the rest, random
/// bytes of text under a valid header. Each stops quickly with short, capped messages.
#[test]
fn garbage_of_any_shape_gives_short_capped_errors() {
    let mut seed = 12345u64;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    let alphabet: Vec<char> = "abcxyz0123456789.,;,;\"  ẫđ\t-?".chars().collect();
    let mut noise = |len: usize, newlines: bool| -> String {
        (0..len)
            .map(|_| {
                if newlines && next() % 40 == 0 {
                    '\n'
                } else {
                    alphabet[next() % alphabet.len()]
                }
            })
            .collect()
    };
    let shapes = [
        ("one endless line", noise(2_000_000, false)),
        (
            "a stray quote",
            format!("unit,1.1\np12,\"{}", noise(2_000_000, true)),
        ),
        (
            "noise under a header",
            format!("unit,1.1,1.2,2\n{}", noise(2_000_000, true)),
        ),
        ("noise header", noise(2_000_000, true)),
    ];
    for (what, text) in shapes {
        let started = Instant::now();
        let (_, d) = load(SELF_CSV, &text);
        let took = started.elapsed();
        assert!(
            !d.is_empty() && d.len() <= MAX_PER_FILE + 1,
            "{what}: {} diagnostics",
            d.len()
        );
        assert!(
            d.iter()
                .all(|d| d.message.chars().count() <= 401 && d.line.is_some()),
            "{what}: {:?}",
            d[0]
        );
        assert!(took.as_secs() < 10, "{what}: took {took:?}");
    }
}

#[test]
fn a_broken_criterion_is_reported_once_not_in_every_score_file() {
    let (data, d) = Site::standard()
        .in_campaign(
            "rubrics/vhtt.yaml",
            RUBRIC.replace("title: Kế hoạch, max: 30", "title: Kế hoạch, max: ba mươi"),
        )
        .with(SELF_CSV, "unit,1.1\np12,5\n")
        .with(&SELF_YAML.replace("self", "cluster"), "p12: {\"1.1\": 5}\n")
        .load();
    the_one(
        &d,
        "data/campaigns/c2023/rubrics/vhtt.yaml",
        7,
        43,
        "`ba mươi` is not a number",
    );
    assert!(data.campaigns[0].rubrics.is_empty());
}
