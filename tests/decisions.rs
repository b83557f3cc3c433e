//! From ranking to decision (SPEC §9) on the example site: quotas as a share, provisional
//! results and the comment window, the timeline in `schedule.ics`, decision drafts and
//! certificates.

mod common;

use common::{example_output, read, strip_tags};

fn json(rel: &str) -> serde_json::Value {
    serde_json::from_str(&read(&example_output(), rel)).unwrap()
}

#[test]
fn share_rules_carry_their_quota_in_results_json() {
    let v = json("campaigns/tinh-bien-2024/results.json");
    let awards: Vec<&serde_json::Value> = v["rubrics"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["awards"].as_array().unwrap())
        .collect();
    // 10% of the 14 communes and wards, rounded to the nearest: 1.
    assert_eq!(awards[0]["quota"], 1);
    assert_eq!(awards[0]["units"], serde_json::json!(["tb-nha-bang"]));
    // A rule by ranks has no quota.
    assert!(awards[1].get("quota").is_none());
    let page = strip_tags(&read(
        &example_output(),
        "campaigns/tinh-bien-2024/index.html",
    ));
    assert!(page.contains("10% của 14 đơn vị = 1"), "{page}");
    assert!(page.contains("5,5% của 28 đơn vị = 1"));
}

#[test]
fn provisional_results_say_so_everywhere_they_are_shown() {
    let out = example_output();
    assert_eq!(
        json("campaigns/bien-hoa-2023/results.json")["status"],
        "provisional"
    );
    assert_eq!(
        json("campaigns/quan-5-2020/results.json")["status"],
        "final"
    );
    for rel in [
        "campaigns/bien-hoa-2023/index.html",
        "campaigns/bien-hoa-2023/vhtt/index.html",
        "campaigns/bien-hoa-2023/vhtt/cum-3/index.html",
        "campaigns/bien-hoa-2023/vhtt/units/bh-ho-nai/index.html",
        "units/bh-ho-nai/index.html",
    ] {
        let html = read(&out, rel);
        assert!(
            html.contains("class=\"provisional\"") && html.contains("Kết quả tạm thời"),
            "{rel} has no provisional notice"
        );
    }
    for rel in [
        "campaigns/quan-5-2020/index.html",
        "campaigns/quan-5-2020/mat-tran/index.html",
        "units/q5-p12/index.html",
    ] {
        assert!(
            !read(&out, rel).contains("Kết quả tạm thời"),
            "{rel} is final"
        );
    }
}

#[test]
fn the_comment_window_ends_after_ten_working_days() {
    // From Wednesday 27/12/2023, New Year's Day off: 27, 28, 29 Dec, 2–5 and 8–10 Jan.
    let page = strip_tags(&read(
        &example_output(),
        "campaigns/bien-hoa-2023/index.html",
    ));
    assert!(
        page.contains("từ 27/12/2023 đến hết ngày 10/01/2024 (10 ngày làm việc)"),
        "{page}"
    );
    assert!(page.contains("0949.051051"));
}

#[test]
fn the_timeline_is_on_the_campaign_page_in_date_order() {
    let page = strip_tags(&read(
        &example_output(),
        "campaigns/khoi-8-tra-vinh-2020/index.html",
    ));
    let page = &page[page.find("Các mốc thời gian").expect("a timeline")..];
    let at = |s: &str| page.find(s).unwrap_or_else(|| panic!("{s} missing"));
    assert!(at("15/06/2020") < at("31/07/2020"));
    assert!(at("31/07/2020") < at("31/01/2021"));
    assert!(at("31/01/2021") < at("28/02/2021"));
}

/// `schedule.ics` of an example campaign, read by a real iCalendar parser.
fn calendar(campaign: &str) -> ical::parser::ical::component::IcalCalendar {
    let text = read(
        &example_output(),
        &format!("campaigns/{campaign}/schedule.ics"),
    );
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let cal = parser.next().expect("a calendar").expect("it parses");
    assert!(parser.next().is_none(), "one calendar");
    cal
}

fn value<'a>(props: &'a [ical::property::Property], name: &str) -> &'a str {
    props
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.as_deref())
        .unwrap_or_else(|| panic!("no {name}"))
}

#[test]
fn inspections_are_timed_in_viet_nam_with_their_zone() {
    let cal = calendar("quan-5-2020");
    assert_eq!(cal.timezones.len(), 1);
    let tz = &cal.timezones[0];
    assert_eq!(value(&tz.properties, "TZID"), "Asia/Ho_Chi_Minh");
    let standard = &tz.transitions[0].properties;
    assert_eq!(value(standard, "TZOFFSETFROM"), "+0700");
    assert_eq!(value(standard, "TZOFFSETTO"), "+0700");
    assert_eq!(value(standard, "TZNAME"), "ICT");
    assert_eq!(cal.events.len(), 3);
    for e in &cal.events {
        let start = e.properties.iter().find(|p| p.name == "DTSTART").unwrap();
        assert_eq!(
            start.params.clone().unwrap_or_default(),
            [("TZID".to_string(), vec!["Asia/Ho_Chi_Minh".to_string()])]
        );
    }
    assert_eq!(
        value(&cal.events[0].properties, "DTSTART"),
        "20201120T080000"
    );
}

#[test]
fn the_timeline_is_in_the_calendar() {
    let cal = calendar("khoi-8-tra-vinh-2020");
    let days: Vec<&str> = cal
        .events
        .iter()
        .map(|e| value(&e.properties, "DTSTART"))
        .collect();
    assert_eq!(days, ["20200615", "20200731", "20210131", "20210228"]);
    assert!(value(&cal.events[0].properties, "SUMMARY").starts_with("Gửi báo cáo sơ kết"));
    let page = read(
        &example_output(),
        "campaigns/khoi-8-tra-vinh-2020/index.html",
    );
    assert!(page.contains("schedule.ics"), "the campaign page links it");
}

#[test]
fn an_unknown_time_zone_is_refused_with_the_zones_known() {
    let s = common::scratch::Scratch::copy_of(&common::fixture("bad/base"));
    let text = s.read("config.yaml") + "timezone: Europe/Paris\n";
    s.write("config.yaml", text);
    let run = s.run_build(&[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("Europe/Paris"), "{}", run.stderr);
    assert!(run.stderr.contains("Asia/Ho_Chi_Minh"), "{}", run.stderr);
}

/// Per rule number (from 1): the names of its winners in results.json, in order.
fn winners_by_rule(campaign: &str) -> Vec<(usize, Vec<String>, bool)> {
    let v = json(&format!("campaigns/{campaign}/results.json"));
    let units = std::fs::read_to_string(common::repo_root().join("data/units.yaml")).unwrap();
    let name_of = |id: &str| -> String {
        let line = units
            .lines()
            .find(|l| l.contains(&format!("id: {id},")))
            .unwrap();
        line.split("name: \"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string()
    };
    let c = std::fs::read_to_string(
        common::repo_root().join(format!("data/campaigns/{campaign}/campaign.yaml")),
    )
    .unwrap();
    let titles: Vec<&str> = c
        .lines()
        .filter_map(|l| l.strip_prefix("  - title: "))
        .collect();
    let mut out: Vec<(usize, Vec<String>, bool)> = Vec::new();
    for a in v["rubrics"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["awards"].as_array().unwrap())
    {
        let k = 1 + titles
            .iter()
            .position(|t| *t == a["title"].as_str().unwrap())
            .unwrap();
        let names: Vec<String> = a["units"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| name_of(u.as_str().unwrap()))
            .collect();
        match out.iter_mut().find(|(n, _, _)| *n == k) {
            Some((_, list, tie)) => {
                list.extend(names);
                *tie |= a["tie"].as_bool().unwrap();
            }
            None => out.push((k, names, a["tie"].as_bool().unwrap())),
        }
    }
    out
}

#[test]
fn every_rule_with_winners_has_a_decision_naming_every_winner() {
    let out = example_output();
    let rules = winners_by_rule("bien-hoa-2023");
    assert_eq!(rules.len(), 2);
    for (k, names, tie) in rules {
        let page = read(
            &out,
            &format!("campaigns/bien-hoa-2023/decisions/{k}/index.html"),
        );
        let text = strip_tags(&page);
        assert!(text.contains("QUYẾT ĐỊNH"));
        assert!(text.contains("Về việc tặng"));
        assert!(text.contains("DANH SÁCH"));
        assert!(text.contains("Cụm thi đua 1"), "grouped by cluster");
        for n in &names {
            assert!(text.contains(n.as_str()), "decision {k} does not name {n}");
        }
        assert_eq!(
            tie,
            text.contains("(*)"),
            "tied winners marked in decision {k}"
        );
        // The Word file beside it: a zip whose document names every winner.
        let bytes = std::fs::read(out.join(format!(
            "campaigns/bien-hoa-2023/decisions/{k}/decision.docx"
        )))
        .unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        for part in [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/_rels/document.xml.rels",
            "word/styles.xml",
        ] {
            assert!(zip.by_name(part).is_ok(), "{part} missing");
        }
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
            .unwrap();
        assert!(xml.contains("QUYẾT ĐỊNH") && xml.contains("w:pgSz w:w=\"11906\""));
        for n in &names {
            assert!(
                xml.contains(n.as_str()),
                "decision.docx {k} does not name {n}"
            );
        }
        let campaign_page = read(&out, "campaigns/bien-hoa-2023/index.html");
        assert!(campaign_page.contains(&format!("decisions/{k}/decision.docx")));
        assert!(campaign_page.contains(&format!("certificates/{k}/index.html")));
    }
    // Campaigns without a decisions: block have none.
    assert!(!out.join("campaigns/quan-5-2020/decisions").exists());
}

#[test]
fn certificates_have_one_landscape_sheet_per_listed_winner() {
    let out = example_output();
    for (k, names, _) in winners_by_rule("bien-hoa-2023") {
        let page = read(
            &out,
            &format!("campaigns/bien-hoa-2023/certificates/{k}/index.html"),
        );
        assert_eq!(
            page.matches("<section class=\"certificate").count(),
            names.len(),
            "certificates {k}"
        );
        for n in &names {
            assert!(
                page.contains(&format!("<p>{n}</p>")),
                "no certificate for {n}"
            );
        }
        assert!(page.contains("assets/certificates.css"));
    }
    let css = read(&out, "assets/certificates.css");
    assert!(css.contains("size: A4 landscape"));
}

#[test]
fn certificate_fields_go_where_the_paper_wants_them() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    common::copy_site(&common::repo_root(), &site);
    let file = site.join("data/campaigns/bien-hoa-2023/campaign.yaml");
    let text = std::fs::read_to_string(&file).unwrap().replace(
        "certificates:\n  title: GIẤY KHEN\n",
        "certificates:\n  title: \"\"\n  positions:\n    unit: {top: 95, left: 30, width: 237, size: 26}\n",
    );
    assert!(
        text.contains("top: 95"),
        "the example's certificates block moved"
    );
    std::fs::write(&file, text).unwrap();
    let out = dir.path().join("public");
    assert!(
        common::build_into(&site, &out).is_ok(),
        "the changed example builds"
    );
    let page = read(&out, "campaigns/bien-hoa-2023/certificates/2/index.html");
    // Pre-printed paper: no frame, no heading, the unit's line where it was put.
    assert!(page.contains("class=\"certificate preprinted\""));
    assert!(!page.contains("cert-title"));
    assert!(page.contains(
        "cert-field cert-unit\" style=\"--top: 95; --left: 30; --width: 237; --size: 26\""
    ));
}
