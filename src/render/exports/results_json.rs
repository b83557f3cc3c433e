//! `results.json` (SPEC §5): the machine-readable results of a campaign.
//!
//! Written from the computed [`CampaignResults`] only: no arithmetic happens here. It is
//! deterministic (same input, same bytes), numbers are exact (93.5, never 93.49999999), and
//! `<`, `>` and `&` are escaped so that the JSON can be pasted into a page.

use std::io;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

use crate::compute::{
    AwardResult, CampaignResults, CellResult, RubricResults, StageValue, UnitResult,
};
use crate::diag::Diagnostic;
use crate::model::{Campaign, Points};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes;
use crate::site::Site;

/// It is the campaign's results and the hashes of its files.
pub fn reads(site: &Site, ci: usize) -> Vec<Input> {
    vec![Input::Campaign(site.campaigns[ci].campaign.id.clone())]
}

/// Writes `results.json` of the `ci`-th campaign.
pub fn render(r: &Renderer, ci: usize) -> Result<Files, Diagnostic> {
    let s = &r.site.campaigns[ci];
    Ok(vec![(
        routes::results_json(&s.campaign.id),
        results_json_part(&s.campaign, &s.results, &sources(r, ci), Part::All),
    )])
}

/// The files of the `ci`-th campaign with their hashes, for `sources`.
pub fn sources(r: &Renderer, ci: usize) -> Vec<(String, String)> {
    r.site.campaigns[ci]
        .campaign
        .sources
        .iter()
        .map(|p| {
            let key = p.to_string_lossy().replace('\\', "/");
            let hash = r.site.hashes.get(p).cloned().unwrap_or_default();
            (key, hash)
        })
        .collect::<std::collections::BTreeMap<_, _>>()
        .into_iter()
        .collect()
}

/// Which part of a campaign's results a JSON file holds: all of them (`results.json`), one
/// rubric, or one cluster on one rubric (with that cluster's awards).
#[derive(Debug, Clone, Copy)]
pub enum Part<'a> {
    /// Every rubric.
    All,
    /// The rubric of this index.
    Rubric(usize),
    /// The units of the cluster of this id on the rubric of this index; with their positions
    /// in the ranking when the site's index knows them (else every unit is looked at).
    Cluster(usize, &'a str, Option<&'a [usize]>),
}

/// `results.json` of a campaign (SPEC §5): units in ranking order, awards in rule order (per
/// rule, in cluster order).
///
/// `sources` are (path relative to the site root with forward slashes, sha256 hex); they are
/// written sorted by path. The text is pretty-printed with two spaces and ends with a newline.
pub fn results_json(
    campaign: &Campaign,
    results: &CampaignResults,
    sources: &[(String, String)],
) -> String {
    String::from_utf8(results_json_part(campaign, results, sources, Part::All))
        .expect("serde_json writes UTF-8")
}

/// A part of `results.json` in the same shape: the same document with only the rubric, or the
/// cluster's units and awards on it, written compact (`Part::All` is `results.json` itself,
/// pretty-printed).
pub fn results_json_part(
    campaign: &Campaign,
    results: &CampaignResults,
    sources: &[(String, String)],
    part: Part,
) -> Vec<u8> {
    let mut sorted: Vec<&(String, String)> = sources.iter().collect();
    sorted.sort();
    let doc = JsonDoc {
        campaign: &campaign.id,
        title: &campaign.title,
        status: campaign.status.as_str(),
        sources: sorted
            .iter()
            .map(|(path, sha256)| JsonSource { path, sha256 })
            .collect(),
        rubrics: results
            .rubrics
            .iter()
            .enumerate()
            .filter_map(|(i, r)| match part {
                Part::All => Some(JsonRubric::new(campaign, r, None)),
                Part::Rubric(k) => (k == i).then(|| JsonRubric::new(campaign, r, None)),
                Part::Cluster(k, cl, at) => {
                    (k == i).then(|| JsonRubric::new(campaign, r, Some((cl, at))))
                }
            })
            .collect(),
    };
    // Sized for the whole text at once: a national campaign's file is over 100 MB, and
    // growing a buffer that large by doubling copied it and had the system clear twice its
    // pages. Overestimated on purpose: pages never written to cost nothing.
    let cells: usize = doc
        .rubrics
        .iter()
        .map(|r| {
            let leaves = r.units.first().map_or(0, |u| u.criteria.0.len());
            r.units.len() * (leaves + 8) + r.awards.len() * 4
        })
        .sum();
    let mut out = Vec::with_capacity(64 * 1024 + cells * 200);
    // The whole file is pretty-printed (SPEC §5 shows it so); its parts, read by programs,
    // are compact: a third lighter.
    let written = match part {
        Part::All => doc.serialize(&mut serde_json::Serializer::with_formatter(
            &mut out,
            HtmlSafe(PrettyFormatter::with_indent(b"  ")),
        )),
        _ => doc.serialize(&mut serde_json::Serializer::with_formatter(
            &mut out,
            HtmlSafe(CompactFormatter),
        )),
    };
    written.expect("serialising to memory cannot fail");
    out.push(b'\n');
    out
}

#[derive(Serialize)]
struct JsonDoc<'a> {
    campaign: &'a str,
    title: &'a str,
    /// `provisional` or `final` (SPEC §9.2).
    status: &'static str,
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
    /// The rubric's results, or only a cluster's units and awards.
    fn new(
        campaign: &'a Campaign,
        r: &'a RubricResults,
        only: Option<(&str, Option<&[usize]>)>,
    ) -> Self {
        let cluster = only.map(|(cl, _)| cl);
        let ours = |c: Option<&String>| cluster.is_none() || c.map(String::as_str) == cluster;
        let units: Vec<JsonUnit> = match only {
            Some((_, Some(at))) => at.iter().map(|&k| JsonUnit::new(&r.units[k])).collect(),
            _ => r
                .units
                .iter()
                .filter(|u| ours(u.cluster.as_ref()))
                .map(JsonUnit::new)
                .collect(),
        };
        let title = campaign
            .rubrics
            .iter()
            .find(|x| x.id == r.rubric)
            .map_or("", |x| x.title.as_str());
        JsonRubric {
            id: &r.rubric,
            title,
            max: r.max,
            units,
            awards: r
                .awards
                .iter()
                .filter(|a| ours(a.cluster.as_ref()))
                .map(JsonAward::new)
                .collect(),
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
struct StagePoints<'a>(&'a [StageValue]);

impl Serialize for StagePoints<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for v in self.0 {
            map.serialize_entry(&*v.stage, &v.points)?;
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
    /// K, for a rule whose quota is a share (SPEC §9.1); absent for a rule by ranks.
    #[serde(skip_serializing_if = "Option::is_none")]
    quota: Option<usize>,
}

impl<'a> JsonAward<'a> {
    fn new(a: &'a AwardResult) -> Self {
        JsonAward {
            title: &a.title,
            scope: a.scope.as_str(),
            cluster: a.cluster.as_deref(),
            units: &a.units,
            tie: a.tie,
            quota: a.share.map(|s| s.quota),
        }
    }
}

/// serde_json's pretty printer, except that `<`, `>`, `&` and the two Unicode line separators
/// are written as `\uXXXX` escapes: the JSON means the same, and a unit named `</script>`
/// cannot break out of a page that inlines it.
struct HtmlSafe<F>(F);

impl<F: Formatter> Formatter for HtmlSafe<F> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::campaign_results;
    use crate::render::exports::sample::sample;

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
        let text = results_json(&c, &results, &sources);
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
}
