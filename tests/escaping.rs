//! Escaping (issue 6): markup typed into any field — a unit name, a note, a title, a place, a
//! person, an honoree's story — is shown as text on every page, kept exactly in
//! `results.json`, kept exactly (behind the formula guard where it applies) in `results.csv`,
//! and leaves `schedule.ics` a valid calendar.
//!
//! The site is `tests/fixtures/escaping/`; honorees are added from
//! `tests/fixtures/escaping-honorees/` once the build reads them (the example site has
//! `content/honorees/`).

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::scratch::Scratch;
use common::{copy_dir, fixture};
use common::{repo_root, snapshot};
use serde_json::Value;

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "\"><img src=x onerror=alert(1)>";

/// Builds the escaping site once per test binary; returns every output file.
fn output() -> &'static BTreeMap<String, Vec<u8>> {
    use std::sync::OnceLock;
    static OUT: OnceLock<(Scratch, BTreeMap<String, Vec<u8>>)> = OnceLock::new();
    &OUT.get_or_init(|| {
        let site = Scratch::copy_of(&fixture("escaping"));
        if honorees_supported() {
            copy_dir(&fixture("escaping-honorees"), &site.root());
        }
        site.build();
        let files = snapshot(&site.output());
        (site, files)
    })
    .1
}

/// True once the build reads honorees (issue 4).
fn honorees_supported() -> bool {
    repo_root().join("content/honorees").is_dir()
}

fn text(rel: &str) -> String {
    let bytes = output()
        .get(rel)
        .unwrap_or_else(|| panic!("{rel} was not written"));
    String::from_utf8(bytes.clone()).unwrap()
}

/// Pages and feeds: markup never survives as markup.
#[test]
fn pages_and_feeds_show_markup_as_text() {
    let mut live = Vec::new();
    for (rel, bytes) in output() {
        if !(rel.ends_with(".html") || rel.ends_with(".xml")) {
            continue;
        }
        let page = String::from_utf8_lossy(bytes);
        for bad in [
            "<script>alert",
            "<img src=x",
            "javascript:",
            "onerror=alert(1)>",
        ] {
            // `onerror=alert(1)>` is fine as text (`…&gt;`), never as the end of a tag.
            if page.contains(bad) {
                live.push(format!("{rel}: {bad}"));
            }
        }
    }
    assert!(live.is_empty(), "live markup:\n{}", live.join("\n"));
}

/// The same, checked the other way round: the texts are on the pages, escaped.
#[test]
fn the_texts_are_shown_escaped_where_they_belong() {
    let script = "&lt;script&gt;alert(1)&lt;";
    let img = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
    let board = text("campaigns/thi-dua-2024/vhtt/index.html");
    assert!(board.contains(script), "unit name p1 on the scoreboard");
    assert!(board.contains(img), "unit name p2 on the scoreboard");
    let card = text("campaigns/thi-dua-2024/vhtt/units/p1/index.html");
    assert!(card.contains(script), "cell note on the scorecard");
    let card = text("campaigns/thi-dua-2024/vhtt/units/x1/index.html");
    assert!(card.contains(script), "row note on the scorecard");
    assert!(card.contains(img), "YAML note on the scorecard");
    let campaign = text("campaigns/thi-dua-2024/index.html");
    assert!(
        campaign.contains(img),
        "cluster name and place on the campaign page"
    );
    let doc = text("van-ban/ke-hoach/index.html");
    assert!(doc.contains(script) && doc.contains(img), "document fields");
    if honorees_supported() {
        let pages: Vec<&String> = output()
            .keys()
            .filter(|k| k.starts_with("honorees/") && k.ends_with("index.html"))
            .collect();
        assert!(pages.len() >= 3, "honoree pages: {pages:?}");
        let profile = text("honorees/nguyen-van-a/index.html");
        assert!(
            profile.contains(script) && profile.contains(img),
            "honoree fields"
        );
    } else {
        eprintln!("honorees are not built yet: their part of this test is skipped");
    }
}

fn results() -> Value {
    serde_json::from_str(&text("campaigns/thi-dua-2024/results.json")).unwrap()
}

/// Every string of a JSON value.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

#[test]
fn results_json_keeps_the_exact_texts() {
    let r = results();
    let again: Value = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(again, r, "round trip");
    let units = r["rubrics"][0]["units"].as_array().unwrap();
    let by_id = |id: &str| units.iter().find(|u| u["unit"] == id).unwrap();
    assert_eq!(by_id("p1")["name"], SCRIPT);
    assert_eq!(by_id("p2")["name"], IMG);
    assert_eq!(by_id("p3")["name"], format!("+{IMG}"));
    assert_eq!(by_id("x1")["kind"], IMG);
    assert_eq!(r["title"], format!("Thi đua {SCRIPT} năm 2024"));
    let mut all = Vec::new();
    strings(&r, &mut all);
    for s in all {
        assert!(
            !s.contains("&lt;") && !s.contains("&quot;") && !s.contains("&#"),
            "HTML escaping leaked into JSON: {s}"
        );
    }
}

#[test]
fn results_csv_keeps_the_exact_texts_behind_the_formula_guard() {
    let csv_text = text("campaigns/thi-dua-2024/results.csv");
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    let row = |id: &str| rows.iter().find(|r| &r[col("unit")] == id).unwrap();
    assert_eq!(&row("p1")[col("name")], SCRIPT);
    assert_eq!(&row("p2")[col("name")], IMG);
    // A leading `+` would make a spreadsheet read a formula: the guard is an apostrophe.
    assert_eq!(row("p3")[col("name")], format!("'+{IMG}"));
    assert_eq!(&row("x1")[col("kind")], IMG);
    assert!(!csv_text.contains("&lt;") && !csv_text.contains("&quot;"));
}

/// Unfolds the content lines of an iCalendar text, checking the rules of RFC 5545 §3.1 on the
/// way: CRLF only, at most 75 octets a line, `NAME[;PARAMS]:VALUE`, TEXT values escaped.
fn ics_properties(ics: &str) -> Vec<(String, String)> {
    assert!(
        !ics.replace("\r\n", "").contains(['\r', '\n']),
        "bare CR or LF"
    );
    let mut lines: Vec<String> = Vec::new();
    for raw in ics.split("\r\n") {
        assert!(raw.len() <= 75, "longer than 75 octets: {raw}");
        match raw.strip_prefix(' ') {
            Some(cont) => lines.last_mut().expect("a first line").push_str(cont),
            None if raw.is_empty() => {}
            None => lines.push(raw.to_string()),
        }
    }
    let text_props = ["SUMMARY", "LOCATION", "DESCRIPTION", "X-WR-CALNAME"];
    lines
        .into_iter()
        .map(|l| {
            let (name, value) = l.split_once(':').unwrap_or_else(|| panic!("no `:` in {l}"));
            // A name, then parameters `;NAME=value` whose values may hold `/` and `_`
            // (`TZID=Asia/Ho_Chi_Minh`, SPEC §9.3) but no quote, `;`, `:` or `,`.
            let (bare, params) = name.split_once(';').unwrap_or((name, ""));
            assert!(
                bare.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'),
                "bad property name {name}"
            );
            for p in params.split(';').filter(|p| !p.is_empty()) {
                let (key, v) = p
                    .split_once('=')
                    .unwrap_or_else(|| panic!("bad parameter {p}"));
                assert!(
                    key.chars().all(|c| c.is_ascii_uppercase() || c == '-')
                        && !v.is_empty()
                        && !v.contains(['"', ':', ',']),
                    "bad parameter {p}"
                );
            }
            let mut out = String::new();
            let mut chars = value.chars();
            while let Some(c) = chars.next() {
                if !text_props.contains(&name) {
                    out.push(c);
                    continue;
                }
                match c {
                    '\\' => match chars.next() {
                        Some('n' | 'N') => out.push('\n'),
                        Some(e @ ('\\' | ';' | ',')) => out.push(e),
                        other => panic!("bad escape \\{other:?} in {l}"),
                    },
                    ';' | ',' => panic!("unescaped `{c}` in {l}"),
                    c => out.push(c),
                }
            }
            (name.to_string(), out)
        })
        .collect()
}

#[test]
fn schedule_ics_stays_a_valid_calendar() {
    let props = ics_properties(&text("campaigns/thi-dua-2024/schedule.ics"));
    let count = |k: &str, v: &str| props.iter().filter(|p| p.0 == k && p.1 == v).count();
    // One calendar, one event, and the time zone of its timed event (SPEC §9.3).
    for part in ["VCALENDAR", "VEVENT", "VTIMEZONE", "STANDARD"] {
        assert_eq!((count("BEGIN", part), count("END", part)), (1, 1), "{part}");
    }
    assert_eq!(props.iter().filter(|p| p.0 == "BEGIN").count(), 4);
    let get = |name: &str| {
        props
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("no {name}"))
    };
    assert_eq!(get("LOCATION"), format!("{IMG}; Phường 1, Quận 5"));
    assert!(get("SUMMARY").contains(IMG), "{}", get("SUMMARY"));
    assert!(get("SUMMARY").contains(SCRIPT), "{}", get("SUMMARY"));
    assert!(get("DESCRIPTION").contains(&format!("{IMG}: {SCRIPT}")));
}

/// Other JSON outputs (a search index, when there is one) parse.
#[test]
fn every_json_output_parses() {
    for (rel, bytes) in output() {
        if Path::new(rel).extension().is_some_and(|e| e == "json") {
            serde_json::from_slice::<Value>(bytes).unwrap_or_else(|e| panic!("{rel}: {e}"));
        }
    }
}
