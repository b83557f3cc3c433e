//! The example campaigns' published numbers, checked against values computed by hand from the
//! example data (docs/example-data.md), and the exports read back with parsers (issue 3).

mod common;

use common::{example_output, read, strip_tags, text_of_class};
use serde_json::Value;

fn results(campaign: &str) -> Value {
    serde_json::from_str(&read(
        &example_output(),
        &format!("campaigns/{campaign}/results.json"),
    ))
    .unwrap()
}

fn unit<'a>(rubric: &'a Value, id: &str) -> &'a Value {
    rubric["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["unit"] == id)
        .unwrap_or_else(|| panic!("{id} missing"))
}

#[test]
fn bien_hoa_totals_ranks_and_awards() {
    let r = results("bien-hoa-2023");
    assert_eq!(r["campaign"], "bien-hoa-2023");
    let vhtt = &r["rubrics"][0];
    assert_eq!(vhtt["id"], "vhtt");
    assert_eq!(vhtt["max"], 100);
    let order: Vec<&str> = vhtt["units"]
        .as_array()
        .unwrap()
        .iter()
        .take(4)
        .map(|u| u["unit"].as_str().unwrap())
        .collect();
    assert_eq!(
        order,
        ["bh-trung-dung", "bh-tan-hiep", "bh-hoa-an", "bh-tam-hiep"]
    );
    // Tân Hiệp: 89.5 regular + 2 bonus from the city at the appraisal stage.
    let tan_hiep = unit(vhtt, "bh-tan-hiep");
    assert_eq!(
        (
            tan_hiep["regular"].as_f64(),
            tan_hiep["bonus"].as_f64(),
            tan_hiep["total"].as_f64()
        ),
        (Some(89.5), Some(2.0), Some(91.5))
    );
    // Tam Hiệp lands exactly on the Xuất sắc threshold (its leaves summed as floats give 89.999…).
    let tam_hiep = unit(vhtt, "bh-tam-hiep");
    assert_eq!(tam_hiep["total"].to_string(), "90");
    assert_eq!(tam_hiep["band"], "Xuất sắc");
    // Thanh Bình and Quyết Thắng tie on 87.75; criterion 3 puts Thanh Bình ahead.
    let (tb, qt) = (unit(vhtt, "bh-thanh-binh"), unit(vhtt, "bh-quyet-thang"));
    assert_eq!(tb["total"], qt["total"]);
    assert!(tb["rank_cluster"].as_u64() < qt["rank_cluster"].as_u64());
    // Tân Phong and Trảng Dài stay tied: same rank, listed alphabetically.
    let (tp, td) = (unit(vhtt, "bh-tan-phong"), unit(vhtt, "bh-trang-dai"));
    assert_eq!(tp["rank_overall"], td["rank_overall"]);
    assert_eq!(tp["rank_cluster"], 3);
    assert_eq!(td["rank_cluster"], 3);
    // An Hòa has a leaf never scored: incomplete, that leaf null.
    let an_hoa = unit(vhtt, "bh-an-hoa");
    assert_eq!(an_hoa["complete"], false);
    assert_eq!(an_hoa["criteria"]["6.2"]["final"], Value::Null);
    // Tân Vạn drops to Khá through a deduction.
    let tan_van = unit(vhtt, "bh-tan-van");
    assert_eq!(
        (
            tan_van["deduction"].as_f64(),
            tan_van["total"].as_f64(),
            tan_van["band"].as_str()
        ),
        (Some(2.0), Some(79.5), Some("Khá"))
    );
    // Awards: one entry per rule and cluster; cluster 4 has no Xuất sắc unit; cluster 3's
    // certificate is tied across its quota.
    let awards = vhtt["awards"].as_array().unwrap();
    assert_eq!(awards.len(), 10);
    assert_eq!(awards[3]["cluster"], "cum-4");
    assert_eq!(awards[3]["units"].as_array().unwrap().len(), 0);
    let cum3 = awards
        .iter()
        .find(|a| a["cluster"] == "cum-3" && a["title"].as_str().unwrap().starts_with("Giấy khen"))
        .unwrap();
    assert_eq!(cum3["tie"], true);
    assert_eq!(
        cum3["units"],
        serde_json::json!(["bh-ho-nai", "bh-tan-phong", "bh-trang-dai"])
    );
    // Every source file has a sha256.
    for s in r["sources"].as_array().unwrap() {
        assert_eq!(s["sha256"].as_str().unwrap().len(), 64, "{s}");
    }
    assert!(
        r["sources"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["path"] == "data/campaigns/bien-hoa-2023/scores/vhtt/self.csv")
    );
}

#[test]
fn stages_overlay_in_order() {
    let r = results("bien-hoa-2023");
    let vhtt = &r["rubrics"][0];
    // A cell changed by the cluster leader: the later stage wins, every stage is listed.
    let cell = &unit(vhtt, "bh-tan-hiep")["criteria"]["2.2"];
    assert_eq!(cell["stages"]["self"], 5);
    assert_eq!(cell["stages"]["cluster"], 4.5);
    assert_eq!(cell["final"], 4.5);
}

#[test]
fn tinh_bien_quota_by_kind_and_a_tie_across_the_line() {
    let r = results("tinh-bien-2024");
    let cntt = r["rubrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "cntt")
        .unwrap();
    assert_eq!(cntt["units"][0]["unit"], "tb-vp-hdnd-ubnd");
    assert_eq!(cntt["units"][0]["cluster"], Value::Null);
    assert_eq!(cntt["units"][0]["rank_cluster"], Value::Null);
    let tied = cntt["awards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["tie"] == true)
        .expect("a tied award");
    assert_eq!(tied["units"].as_array().unwrap().len(), 4);
    assert_eq!(tied["scope"], "overall");
    let q5 = results("quan-5-2020");
    let mt = &q5["rubrics"][0];
    // Phường 10 and Phường 8 tie on 92; the bonus tie-breaker puts Phường 10 first.
    assert_eq!(mt["units"][1]["unit"], "q5-p10");
    assert_eq!(mt["units"][2]["unit"], "q5-p8");
    assert_eq!(mt["units"][1]["rank_overall"], 2);
    assert_eq!(mt["units"][2]["rank_overall"], 3);
}

#[test]
fn pages_show_vietnamese_numbers_and_mark_the_leader() {
    let out = example_output();
    let board = read(&out, "campaigns/bien-hoa-2023/vhtt/cum-3/index.html");
    assert!(board.contains("91,5"), "decimal comma on pages");
    assert!(
        board.contains("data-sort=\"91.5\""),
        "plain numbers for sorting"
    );
    assert!(board.contains("class=\"leader\""));
    assert!(board.contains("<svg"), "the cluster chart");
    let card = read(
        &out,
        "campaigns/bien-hoa-2023/vhtt/units/bh-tan-hiep/index.html",
    );
    assert!(
        card.contains("class=\"num changed\""),
        "a changed cell is highlighted"
    );
    assert!(card.contains("−0,5"), "with the difference in points");
    let summary = text_of_class(&card, "facts").unwrap();
    assert!(summary.contains("91,5"), "{summary}");
    let unit_page = strip_tags(&read(&out, "units/bh-tan-hiep/index.html"));
    assert!(
        unit_page.contains("Cụm trưởng") || unit_page.contains("91,5"),
        "{unit_page}"
    );
}

#[test]
fn results_csv_has_one_row_per_unit_and_rubric() {
    let csv = read(&example_output(), "campaigns/tinh-bien-2024/results.csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows = reader.records().count();
    let r = results("tinh-bien-2024");
    let expected: usize = r["rubrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["units"].as_array().unwrap().len())
        .sum();
    assert_eq!(rows, expected);
}

/// Unfolds iCalendar lines (RFC 5545 §3.1) and returns (name with params, value) pairs.
fn parse_ics(text: &str) -> Vec<(String, String)> {
    assert!(text.contains("\r\n"), "iCalendar lines end with CRLF");
    let mut lines: Vec<String> = Vec::new();
    for raw in text.split("\r\n") {
        assert!(raw.len() <= 75, "line longer than 75 octets: {raw}");
        if let Some(cont) = raw.strip_prefix(' ') {
            lines.last_mut().unwrap().push_str(cont);
        } else if !raw.is_empty() {
            lines.push(raw.to_string());
        }
    }
    lines
        .into_iter()
        .map(|l| {
            let (k, v) = l.split_once(':').unwrap();
            (
                k.to_string(),
                v.replace("\\,", ",")
                    .replace("\\;", ";")
                    .replace("\\n", "\n")
                    .replace("\\\\", "\\"),
            )
        })
        .collect()
}

#[test]
fn schedule_ics_parses_with_one_event_per_inspection() {
    let text = read(&example_output(), "campaigns/quan-5-2020/schedule.ics");
    let props = parse_ics(&text);
    assert_eq!(
        props.first().unwrap(),
        &("BEGIN".to_string(), "VCALENDAR".to_string())
    );
    assert_eq!(
        props.last().unwrap(),
        &("END".to_string(), "VCALENDAR".to_string())
    );
    // The events' starts, in Việt Nam's time (SPEC §9.3); the VTIMEZONE has a DTSTART too.
    let starts: Vec<&String> = props
        .iter()
        .filter(|(k, _)| k == "DTSTART;TZID=Asia/Ho_Chi_Minh")
        .map(|(_, v)| v)
        .collect();
    assert_eq!(
        starts,
        ["20201120T080000", "20201124T080000", "20201122T080000"]
    );
    assert!(
        props
            .iter()
            .any(|(k, v)| k == "LOCATION" && v.contains("73 - 75 - 77 Tân Thành"))
    );
    let uids: std::collections::BTreeSet<&String> = props
        .iter()
        .filter(|(k, _)| k == "UID")
        .map(|(_, v)| v)
        .collect();
    assert_eq!(uids.len(), 3, "unique UIDs");
}
