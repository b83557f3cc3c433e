//! Machine-readable results — `results.json` and `results.csv` (SPEC §5).
//!
//! Both are written from the computed [`CampaignResults`] only: no arithmetic happens here.
//! Both are deterministic (same input, same bytes) and safe to open anywhere: the JSON
//! escapes `<`, `>` and `&` so that it can be pasted into a page, and the CSV neutralises
//! text that a spreadsheet would run as a formula.

use std::collections::BTreeMap;
use std::io;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::ser::{Formatter, PrettyFormatter};

use crate::compute::{AwardResult, CampaignResults, CellResult, RubricResults, UnitResult};
use crate::model::{Campaign, Points, Unit};

/// `results.json` (SPEC §5): the campaign, its source files with their SHA-256, and per
/// rubric the units in ranking order with every leaf and every stage, then the awards in rule
/// order (per rule, in cluster order).
///
/// `sources` are (path relative to the site root with forward slashes, sha256 hex); they are
/// written sorted by path. `_units` is accepted for symmetry with the other renderers: every
/// figure written here is already in `results`. The text is pretty-printed with two spaces
/// and ends with a newline.
pub fn results_json(
    campaign: &Campaign,
    _units: &BTreeMap<String, Unit>,
    results: &CampaignResults,
    sources: &[(String, String)],
) -> String {
    let mut sorted: Vec<&(String, String)> = sources.iter().collect();
    sorted.sort();
    let doc = JsonDoc {
        campaign: &campaign.id,
        title: &campaign.title,
        sources: sorted
            .iter()
            .map(|(path, sha256)| JsonSource { path, sha256 })
            .collect(),
        rubrics: results
            .rubrics
            .iter()
            .map(|r| JsonRubric::new(campaign, r))
            .collect(),
    };
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(
        &mut out,
        HtmlSafe(PrettyFormatter::with_indent(b"  ")),
    );
    doc.serialize(&mut ser)
        .expect("serialising to memory cannot fail");
    let mut text = String::from_utf8(out).expect("serde_json writes UTF-8");
    text.push('\n');
    text
}

#[derive(Serialize)]
struct JsonDoc<'a> {
    campaign: &'a str,
    title: &'a str,
    sources: Vec<JsonSource<'a>>,
    rubrics: Vec<JsonRubric<'a>>,
}

#[derive(Serialize)]
struct JsonSource<'a> {
    path: &'a str,
    sha256: &'a str,
}

#[derive(Serialize)]
struct JsonRubric<'a> {
    id: &'a str,
    title: &'a str,
    max: Points,
    units: Vec<JsonUnit<'a>>,
    awards: Vec<JsonAward<'a>>,
}

impl<'a> JsonRubric<'a> {
    fn new(campaign: &'a Campaign, r: &'a RubricResults) -> Self {
        let title = campaign
            .rubrics
            .iter()
            .find(|x| x.id == r.rubric)
            .map_or("", |x| x.title.as_str());
        JsonRubric {
            id: &r.rubric,
            title,
            max: r.max,
            units: r.units.iter().map(JsonUnit::new).collect(),
            awards: r.awards.iter().map(JsonAward::new).collect(),
        }
    }
}

#[derive(Serialize)]
struct JsonUnit<'a> {
    unit: &'a str,
    name: &'a str,
    kind: &'a str,
    cluster: Option<&'a str>,
    regular: Points,
    bonus: Points,
    deduction: Points,
    total: Points,
    band: Option<&'a str>,
    rank_overall: u32,
    rank_cluster: Option<u32>,
    complete: bool,
    criteria: Criteria<'a>,
}

impl<'a> JsonUnit<'a> {
    fn new(u: &'a UnitResult) -> Self {
        JsonUnit {
            unit: &u.unit,
            name: &u.name,
            kind: &u.kind,
            cluster: u.cluster.as_deref(),
            regular: u.regular,
            bonus: u.bonus,
            deduction: u.deduction,
            total: u.total,
            band: u.band.as_deref(),
            rank_overall: u.rank_overall,
            rank_cluster: u.rank_cluster,
            complete: u.complete,
            criteria: Criteria(&u.criteria),
        }
    }
}

/// Leaf id → cell, as a JSON object in rubric order (a plain map would sort the keys, and
/// "10" would come before "2").
struct Criteria<'a>(&'a [(String, CellResult)]);

impl Serialize for Criteria<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (leaf, cell) in self.0 {
            map.serialize_entry(
                leaf,
                &JsonCell {
                    final_points: cell.final_points,
                    stages: StagePoints(&cell.stages),
                },
            )?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct JsonCell<'a> {
    #[serde(rename = "final")]
    final_points: Option<Points>,
    stages: StagePoints<'a>,
}

/// Stage id → points, as a JSON object in stage order.
struct StagePoints<'a>(&'a [(String, Points)]);

impl Serialize for StagePoints<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (stage, points) in self.0 {
            map.serialize_entry(stage, points)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct JsonAward<'a> {
    title: &'a str,
    scope: &'static str,
    cluster: Option<&'a str>,
    units: &'a [String],
    tie: bool,
}

impl<'a> JsonAward<'a> {
    fn new(a: &'a AwardResult) -> Self {
        JsonAward {
            title: &a.title,
            scope: a.scope.as_str(),
            cluster: a.cluster.as_deref(),
            units: &a.units,
            tie: a.tie,
        }
    }
}

/// serde_json's pretty printer, except that `<`, `>`, `&` and the two Unicode line separators
/// are written as `\uXXXX` escapes: the JSON means the same, and a unit named `</script>`
/// cannot break out of a page that inlines it.
struct HtmlSafe<'a>(PrettyFormatter<'a>);

impl Formatter for HtmlSafe<'_> {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') {
                w.write_all(&fragment.as_bytes()[start..i])?;
                write!(w, "\\u{:04x}", c as u32)?;
                start = i + c.len_utf8();
            }
        }
        w.write_all(&fragment.as_bytes()[start..])
    }
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// The columns of `results.csv`, before the `criteria` column.
const CSV_HEADER: [&str; 15] = [
    "campaign",
    "rubric",
    "rank_overall",
    "rank_cluster",
    "unit",
    "name",
    "kind",
    "cluster",
    "regular",
    "bonus",
    "deduction",
    "total",
    "band",
    "complete",
    "criteria",
];

/// `results.csv` (SPEC §5): one row per unit and rubric, rubrics in campaign order and units
/// in ranking order, with the same figures as `results.json`.
///
/// Columns: `campaign, rubric, rank_overall, rank_cluster, unit, name, kind, cluster, regular,
/// bonus, deduction, total, band, complete, criteria`. Rubrics have different leaves, so the
/// final points of every leaf travel in the single `criteria` column, in rubric order, as
/// `id=points` pairs joined by `;` — `1.1=9.5;1.2=18;2=` — with an empty value for a leaf never
/// scored (and `\`, `;`, `=` inside an id escaped by a backslash). Numbers use a decimal
/// point; empty cells stand for "none" (no cluster, no band). Text that a spreadsheet would
/// read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is
/// prefixed with `'`. Rows end with CRLF, as RFC 4180 has it.
pub fn results_csv(
    campaign: &Campaign,
    _units: &BTreeMap<String, Unit>,
    results: &CampaignResults,
) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(CSV_HEADER)
        .expect("writing to memory cannot fail");
    for rubric in &results.rubrics {
        for u in &rubric.units {
            let record = [
                inert(&campaign.id),
                inert(&rubric.rubric),
                u.rank_overall.to_string(),
                u.rank_cluster.map(|r| r.to_string()).unwrap_or_default(),
                inert(&u.unit),
                inert(&u.name),
                inert(&u.kind),
                inert(u.cluster.as_deref().unwrap_or("")),
                u.regular.to_plain(),
                u.bonus.to_plain(),
                u.deduction.to_plain(),
                u.total.to_plain(),
                inert(u.band.as_deref().unwrap_or("")),
                u.complete.to_string(),
                inert(&criteria_cell(&u.criteria)),
            ];
            w.write_record(&record)
                .expect("writing to memory cannot fail");
        }
    }
    let bytes = w.into_inner().expect("flushing to memory cannot fail");
    String::from_utf8(bytes).expect("the CSV is built from UTF-8 text")
}

/// `1.1=9.5;1.2=18;2=`: every leaf's final points in rubric order.
fn criteria_cell(criteria: &[(String, CellResult)]) -> String {
    let escape = |id: &str| {
        id.replace('\\', "\\\\")
            .replace(';', "\\;")
            .replace('=', "\\=")
    };
    criteria
        .iter()
        .map(|(id, cell)| {
            format!(
                "{}={}",
                escape(id),
                cell.final_points.map(Points::to_plain).unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// Text that a spreadsheet would evaluate (=, +, -, @, tab, CR first) gets a leading `'`,
/// which spreadsheets show as plain text (the OWASP advice on CSV injection).
fn inert(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::campaign_results;
    use crate::model::{
        AwardRule, Band, CellKey, Cluster, Criterion, Participants, RankRange, Rubric, Scope,
        Stage, StageScores, UnitStageScores,
    };
    use std::path::PathBuf;

    fn p(s: &str) -> Points {
        Points::parse(s, false).unwrap()
    }

    fn leaf(id: &str, max: &str) -> Criterion {
        Criterion {
            id: id.into(),
            title: id.into(),
            max: p(max),
            items: vec![],
        }
    }

    fn stage(stage: &str, rows: &[(&str, &[(CellKey, &str)])]) -> StageScores {
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

    fn sample(clustered: bool) -> (Campaign, BTreeMap<String, Unit>) {
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
                ranks: RankRange { from: 1, to: 1 },
                kinds: None,
                min_band: None,
            }],
            nominations: BTreeMap::new(),
            scores: [("vhtt".to_string(), scores)].into_iter().collect(),
            sources: vec![],
        };
        (campaign, units)
    }

    fn json(clustered: bool) -> (String, serde_json::Value) {
        let (c, units) = sample(clustered);
        let results = campaign_results(&c, &units);
        let sources = vec![
            ("data/units.yaml".to_string(), "bb".to_string()),
            (
                "data/campaigns/bien-hoa-2023/campaign.yaml".to_string(),
                "aa".to_string(),
            ),
        ];
        let text = results_json(&c, &units, &results, &sources);
        let value = serde_json::from_str(&text).unwrap();
        (text, value)
    }

    #[test]
    fn json_has_the_spec_shape_and_exact_numbers() {
        let (text, v) = json(true);
        assert!(
            text.ends_with("}\n") && text.starts_with("{\n  \"campaign\": \"bien-hoa-2023\",\n")
        );
        assert_eq!(v["title"], "Tổng kết 2023 & \"khen thưởng\"");
        assert_eq!(
            v["sources"][0]["path"],
            "data/campaigns/bien-hoa-2023/campaign.yaml"
        );
        assert_eq!(v["sources"][1]["sha256"], "bb");
        let r = &v["rubrics"][0];
        assert_eq!(
            (&r["id"], &r["title"]),
            (&"vhtt".into(), &"Bảng điểm số 01".into())
        );
        assert!(text.contains("\"max\": 100.5,"));
        let top = &r["units"][0];
        assert_eq!(top["unit"], "p12");
        assert_eq!(top["name"], "Phường 12");
        assert_eq!(top["cluster"], "cum-1");
        assert!(text.contains("\"regular\": 90,\n") && text.contains("\"total\": 93,\n"));
        assert_eq!(top["bonus"], 3);
        assert_eq!(top["deduction"], 0);
        assert_eq!(top["band"], "Xuất sắc");
        assert_eq!(
            (&top["rank_overall"], &top["rank_cluster"], &top["complete"]),
            (&1.into(), &1.into(), &true.into())
        );
        assert_eq!(top["criteria"]["1.1"]["final"], 9.5);
        assert_eq!(top["criteria"]["1.1"]["stages"]["self"], 10);
        assert_eq!(top["criteria"]["1.1"]["stages"]["cluster"], 9.5);
        // Leaves in rubric order ("1.1", "1.2", "10"), stages in stage order.
        let keys: Vec<&String> = top["criteria"].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["1.1", "1.2", "10"]);
        let order = |needle: &str| text.find(needle).unwrap();
        assert!(order("\"self\": 10") < order("\"cluster\": 9.5"));
        // 0.1 + 0.2 + 70 is exactly 70.3.
        let p7 = r["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["unit"] == "p7")
            .unwrap();
        assert!(text.contains("\"total\": 70.3,"));
        assert_eq!(p7["rank_cluster"], 2);
        // A leaf never scored: final null, no stages; the unit is incomplete.
        let x1 = r["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["unit"] == "x1")
            .unwrap();
        assert_eq!(x1["criteria"]["1.2"]["final"], serde_json::Value::Null);
        assert_eq!(x1["criteria"]["1.2"]["stages"], serde_json::json!({}));
        assert_eq!(
            (&x1["complete"], &x1["band"]),
            (&false.into(), &serde_json::Value::Null)
        );
        let award = &r["awards"][1];
        assert_eq!(award["scope"], "cluster");
        assert_eq!(award["cluster"], "cum-2");
        assert_eq!(award["units"], serde_json::json!(["x2"]));
        assert_eq!(award["tie"], false);
    }

    #[test]
    fn json_without_clusters_has_nulls() {
        let (_, v) = json(false);
        let units = v["rubrics"][0]["units"].as_array().unwrap();
        assert!(
            units
                .iter()
                .all(|u| u["cluster"].is_null() && u["rank_cluster"].is_null())
        );
        let ranks: Vec<u64> = units
            .iter()
            .map(|u| u["rank_overall"].as_u64().unwrap())
            .collect();
        assert_eq!(ranks, [1, 2, 3, 4]);
        assert_eq!(
            v["rubrics"][0]["awards"][0]["cluster"],
            serde_json::Value::Null
        );
        assert_eq!(v["rubrics"][0]["awards"][0]["scope"], "overall");
    }

    #[test]
    fn json_escapes_markup_and_is_deterministic() {
        let (text, v) = json(true);
        assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
        assert!(text.contains("\\u003cscript\\u003e"));
        let names: Vec<&str> = v["rubrics"][0]["units"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["name"].as_str().unwrap())
            .collect();
        assert!(names.contains(&"<script>alert(1)</script>"));
        assert!(names.contains(&"\"><img src=x onerror=alert(1)>"));
        assert_eq!(json(true).0, text);
    }

    /// Splits the CSV back into records with the csv crate.
    fn csv_rows(text: &str) -> Vec<Vec<String>> {
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        r.records()
            .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn csv_rows_carry_the_same_figures() {
        let (c, units) = sample(true);
        let text = results_csv(&c, &units, &campaign_results(&c, &units));
        assert!(text.ends_with("\r\n"));
        let rows = csv_rows(&text);
        assert_eq!(rows[0], CSV_HEADER);
        assert_eq!(rows.len(), 5);
        assert_eq!(
            rows[1],
            [
                "bien-hoa-2023",
                "vhtt",
                "1",
                "1",
                "p12",
                "Phường 12",
                "phuong",
                "cum-1",
                "90",
                "3",
                "0",
                "93",
                "Xuất sắc",
                "true",
                "1.1=9.5;1.2=18;10=62.5"
            ]
        );
        let x1 = rows.iter().find(|r| r[4] == "x1").unwrap();
        assert_eq!(x1[14], "1.1=5;1.2=;10=");
        assert_eq!((x1[12].as_str(), x1[13].as_str()), ("", "false"));
    }

    #[test]
    fn csv_neutralises_formulas_and_quotes_markup() {
        let (c, units) = sample(false);
        let text = results_csv(&c, &units, &campaign_results(&c, &units));
        let rows = csv_rows(&text);
        let x1 = rows.iter().find(|r| r[4] == "x1").unwrap();
        assert_eq!(x1[5], "'=HYPERLINK(\"http://x\")");
        let x2 = rows.iter().find(|r| r[4] == "x2").unwrap();
        assert_eq!(x2[5], "\"><img src=x onerror=alert(1)>");
        assert_eq!(x2[6], "'-xa");
        assert_eq!(x2[3], "");
        // Numeric columns never go through `inert`: they stay numbers.
        assert_eq!(x2[11], "92");
        assert_eq!(inert("-3"), "'-3");
        assert_eq!(inert("Phường 12"), "Phường 12");
        assert_eq!(
            criteria_cell(&[("a;b=c\\".into(), CellResult::default())]),
            "a\\;b\\=c\\\\="
        );
    }
}
