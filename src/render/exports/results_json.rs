//! `results.json` (SPEC §5): the machine-readable results of a campaign, and its parts.
//!
//! Written from the computed [`CampaignResults`] only: no arithmetic happens here. It is
//! deterministic (same input, same bytes), numbers are exact (93.5, never 93.49999999), and
//! `<`, `>` and `&` are escaped so that the JSON can be pasted into a page.
//!
//! A large campaign (more than [`PART_SIZE`] rows of units over its rubrics) also has its
//! results in parts: one file per rubric beside its board (`campaigns/<c>/<rubric>/results.json`),
//! and on a large rubric one per cluster beside the cluster's board, so that a reader of one
//! board, or a program after one unit, downloads kilobytes rather than the whole campaign.
//! Each part has the shape of `results.json` with only that rubric, or that cluster's units
//! and awards; `results.json` itself stays whole, as the contract says.

use std::ops::Range;

use crate::compute::{AwardResult, CampaignResults, RubricResults, UnitResult};
use crate::diag::Diagnostic;
use crate::model::{Campaign, Points};
use crate::render::parts::paging::PART_SIZE;
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes;
use crate::site::Site;
use crate::text::push_int;

/// It is the campaign's results and the hashes of its files.
pub fn reads(site: &Site, ci: usize) -> Vec<Input> {
    vec![Input::Campaign(site.campaigns[ci].campaign.id.clone())]
}

/// True when the campaign `ci` has its results in parts too: more than [`PART_SIZE`] rows of
/// units over its rubrics.
pub fn in_parts(site: &Site, ci: usize) -> bool {
    let rows: usize = site.campaigns[ci]
        .results
        .rubrics
        .iter()
        .map(|rr| rr.units.len())
        .sum();
    rows > PART_SIZE
}

/// True when the rubric `ri` of the campaign `ci` also has a file per cluster: when it has
/// clusters and more than [`PART_SIZE`] units.
pub fn per_cluster(site: &Site, ci: usize, ri: usize) -> bool {
    let s = &site.campaigns[ci];
    !s.campaign.clusters.is_empty() && s.results.rubrics[ri].units.len() > PART_SIZE
}

/// Writes `results.json` of the `ci`-th campaign and, for a large campaign, its parts. Each
/// unit is written once; the parts copy its line.
pub fn render(r: &Renderer, ci: usize) -> Result<Files, Diagnostic> {
    let mut files = Vec::new();
    render_each(r, ci, &mut |path, bytes| files.push((path, bytes)));
    // The whole document first.
    files.rotate_right(1);
    Ok(files)
}

/// [`render`], handing over each file as soon as it is made: a national campaign's parts
/// together weigh twice its whole document, and need not all be held at once. The parts come
/// first, the whole document last (the parts are copied from it).
pub fn render_each(r: &Renderer, ci: usize, emit: &mut dyn FnMut(String, Vec<u8>)) {
    let s = &r.site.campaigns[ci];
    let (c, results) = (&s.campaign, &s.results);
    let doc = Doc::new(c, results, &sources(r, ci));
    if in_parts(r.site, ci) {
        for (ri, rr) in results.rubrics.iter().enumerate() {
            let rubric = &c.rubrics[ri].id;
            emit(
                routes::results_json_rubric(&c.id, rubric),
                doc.part(ri, None),
            );
            if !per_cluster(r.site, ci, ri) {
                continue;
            }
            let index = r.site.index.rubric(ci, ri, rr.units.len());
            for (k, cl) in c.clusters.iter().enumerate() {
                let at = index.map(|ix| ix.clusters[k].as_slice());
                emit(
                    routes::results_json_cluster(&c.id, rubric, &cl.id),
                    doc.part(ri, Some((&cl.id, at))),
                );
            }
        }
    }
    emit(routes::results_json(&c.id), doc.whole().into_bytes());
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

/// `results.json` of a campaign (SPEC §5): units in ranking order, awards in rule order (per
/// rule, in cluster order).
///
/// `sources` are (path relative to the site root with forward slashes, sha256 hex); they are
/// written sorted by path. The document is indented with two spaces down to the lists, and
/// each source, unit and award is one line: a diff of two builds shows the units that
/// changed. The text ends with a newline.
pub fn results_json(
    campaign: &Campaign,
    results: &CampaignResults,
    sources: &[(String, String)],
) -> String {
    Doc::new(campaign, results, sources).whole()
}

/// A campaign's whole `results.json`, written once, with where its head (campaign, title,
/// status, sources), each rubric's own fields, each unit's line and each award's line lie in
/// it: its parts copy them.
struct Doc<'a> {
    text: String,
    /// Up to and with `"rubrics": [`.
    head: Range<usize>,
    rubrics: Vec<RubricAt<'a>>,
}

/// Where one rubric's pieces lie in the whole text.
struct RubricAt<'a> {
    results: &'a RubricResults,
    /// From `{` to `"units": [`.
    open: Range<usize>,
    units: Vec<Range<usize>>,
    awards: Vec<Range<usize>>,
}

/// Indents of the levels of the document.
const IN1: &str = "\n  ";
const IN2: &str = "\n    ";
const IN3: &str = "\n      ";
const IN4: &str = "\n        ";
/// The end of the document, after its list of rubrics.
const END: &str = "]\n}\n";

impl<'a> Doc<'a> {
    fn new(
        campaign: &Campaign,
        results: &'a CampaignResults,
        sources: &[(String, String)],
    ) -> Self {
        let mut sorted: Vec<&(String, String)> = sources.iter().collect();
        sorted.sort();
        let cells: usize = results
            .rubrics
            .iter()
            .map(|r| r.units.len() * (8 + r.units.first().map_or(0, |u| u.criteria.len())))
            .sum();
        let mut text = String::with_capacity(1024 + sorted.len() * 128 + cells * 48);
        text.push('{');
        text.push_str(IN1);
        field_str(&mut text, "campaign", &campaign.id, ": ");
        text.push(',');
        text.push_str(IN1);
        field_str(&mut text, "title", &campaign.title, ": ");
        text.push(',');
        text.push_str(IN1);
        field_str(&mut text, "status", campaign.status.as_str(), ": ");
        text.push(',');
        text.push_str(IN1);
        text.push_str("\"sources\": [");
        list(&mut text, sorted.iter(), IN2, IN1, |out, (path, sha256)| {
            out.push('{');
            field_str(out, "path", path, ":");
            out.push(',');
            field_str(out, "sha256", sha256, ":");
            out.push('}');
        });
        text.push_str("],");
        text.push_str(IN1);
        text.push_str("\"rubrics\": [");
        let head = 0..text.len();
        let mut rubrics = Vec::with_capacity(results.rubrics.len());
        list(&mut text, results.rubrics.iter(), IN2, IN1, |text, r| {
            let title = campaign
                .rubrics
                .iter()
                .find(|x| x.id == r.rubric)
                .map_or("", |x| x.title.as_str());
            let mut at = RubricAt {
                results: r,
                open: 0..0,
                units: Vec::with_capacity(r.units.len()),
                awards: Vec::with_capacity(r.awards.len()),
            };
            rubric(
                text,
                |out| {
                    let start = out.len();
                    out.push('{');
                    out.push_str(IN3);
                    field_str(out, "id", &r.rubric, ": ");
                    out.push(',');
                    out.push_str(IN3);
                    field_str(out, "title", title, ": ");
                    out.push(',');
                    out.push_str(IN3);
                    out.push_str("\"max\": ");
                    r.max.push_plain(out);
                    out.push(',');
                    out.push_str(IN3);
                    out.push_str("\"units\": [");
                    at.open = start..out.len();
                },
                |out| {
                    list(out, r.units.iter(), IN4, IN3, |out, u| {
                        let start = out.len();
                        unit_line(out, u);
                        at.units.push(start..out.len());
                    })
                },
                |out| {
                    list(out, r.awards.iter(), IN4, IN3, |out, a| {
                        let start = out.len();
                        award_line(out, a);
                        at.awards.push(start..out.len());
                    })
                },
            );
            rubrics.push(at);
        });
        text.push_str(END);
        Doc {
            text,
            head,
            rubrics,
        }
    }

    /// The whole document: every rubric, every unit.
    fn whole(self) -> String {
        self.text
    }

    /// The same document with only the rubric `ri`, or only the units and awards of the
    /// cluster `cl` on it (with the units' positions in the ranking when the site's index
    /// knows them; else every unit is looked at).
    fn part(&self, ri: usize, cluster: Option<(&str, Option<&[usize]>)>) -> Vec<u8> {
        let r = &self.rubrics[ri];
        let text = &self.text;
        let piece = |range: &Range<usize>| &text[range.clone()];
        let all: Vec<usize>;
        let (units, cl): (&[usize], Option<&str>) = match cluster {
            None => {
                all = (0..r.units.len()).collect();
                (&all, None)
            }
            Some((cl, Some(at))) => (at, Some(cl)),
            Some((cl, None)) => {
                all = (r.results.units.iter().enumerate())
                    .filter(|(_, u)| u.cluster.as_deref() == Some(cl))
                    .map(|(k, _)| k)
                    .collect();
                (&all, Some(cl))
            }
        };
        let size: usize = units.iter().map(|&k| r.units[k].len() + 10).sum::<usize>();
        let mut out = String::with_capacity(self.head.len() + r.open.len() + size + 1024);
        out.push_str(piece(&self.head));
        out.push_str(IN2);
        rubric(
            &mut out,
            |out| out.push_str(piece(&r.open)),
            |out| {
                list(out, units.iter(), IN4, IN3, |out, &k| {
                    out.push_str(piece(&r.units[k]))
                })
            },
            |out| {
                let ours = (r.results.awards.iter().zip(&r.awards))
                    .filter(|(a, _)| cl.is_none() || a.cluster.as_deref() == cl);
                list(out, ours, IN4, IN3, |out, (_, range)| {
                    out.push_str(piece(range))
                })
            },
        );
        out.push_str(IN1);
        out.push_str(END);
        out.into_bytes()
    }
}

/// A rubric in the document: its own fields up to `"units": [` (`open`), then its units and
/// its awards, each written by `units` and `awards` as a [`list`].
fn rubric(
    out: &mut String,
    open: impl FnOnce(&mut String),
    units: impl FnOnce(&mut String),
    awards: impl FnOnce(&mut String),
) {
    open(out);
    units(out);
    out.push_str("],");
    out.push_str(IN3);
    out.push_str("\"awards\": [");
    awards(out);
    out.push(']');
    out.push_str(IN2);
    out.push('}');
}

/// The items of a list, each on its own line indented by `inner`, the closing bracket (which
/// the caller writes) on a line indented by `outer`; an empty list stays `[]`.
fn list<T>(
    out: &mut String,
    items: impl Iterator<Item = T>,
    inner: &str,
    outer: &str,
    mut write: impl FnMut(&mut String, T),
) {
    let mut any = false;
    for item in items {
        if any {
            out.push(',');
        }
        out.push_str(inner);
        write(out, item);
        any = true;
    }
    if any {
        out.push_str(outer);
    }
}

/// One unit as a line: `{"unit":"p12","name":"Phường 12",…,"criteria":{"1.1":{"final":9.5,
/// "stages":{"self":10,"cluster":9.5}}}}`. Leaves in rubric order (a map sorted by key would
/// put "10" before "2"), stages in stage order.
fn unit_line(out: &mut String, u: &UnitResult) {
    out.push('{');
    field_str(out, "unit", &u.unit, ":");
    out.push(',');
    field_str(out, "name", &u.name, ":");
    out.push(',');
    field_str(out, "kind", &u.kind, ":");
    out.push_str(",\"cluster\":");
    opt_str(out, u.cluster.as_deref());
    for (key, p) in [
        ("regular", u.regular),
        ("bonus", u.bonus),
        ("deduction", u.deduction),
        ("total", u.total),
    ] {
        out.push_str(",\"");
        out.push_str(key);
        out.push_str("\":");
        p.push_plain(out);
    }
    out.push_str(",\"band\":");
    opt_str(out, u.band.as_deref());
    out.push_str(",\"rank_overall\":");
    push_int(out, u.rank_overall.into());
    out.push_str(",\"rank_cluster\":");
    match u.rank_cluster {
        Some(k) => push_int(out, k.into()),
        None => out.push_str("null"),
    }
    out.push_str(",\"complete\":");
    out.push_str(if u.complete { "true" } else { "false" });
    out.push_str(",\"criteria\":{");
    for (i, (leaf, cell)) in u.criteria.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_str(out, leaf);
        out.push_str(":{\"final\":");
        opt_points(out, cell.final_points);
        out.push_str(",\"stages\":{");
        for (j, v) in cell.stages.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            push_str(out, &v.stage);
            out.push(':');
            v.points.push_plain(out);
        }
        out.push_str("}}");
    }
    out.push_str("}}");
}

/// One award as a line; `quota` only for a rule whose quota is a share (SPEC §9.1).
fn award_line(out: &mut String, a: &AwardResult) {
    out.push('{');
    field_str(out, "title", &a.title, ":");
    out.push(',');
    field_str(out, "scope", a.scope.as_str(), ":");
    out.push_str(",\"cluster\":");
    opt_str(out, a.cluster.as_deref());
    out.push_str(",\"units\":[");
    for (i, u) in a.units.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_str(out, u);
    }
    out.push_str("],\"tie\":");
    out.push_str(if a.tie { "true" } else { "false" });
    if let Some(s) = a.share {
        out.push_str(",\"quota\":");
        push_int(out, s.quota as u64);
    }
    out.push('}');
}

fn field_str(out: &mut String, key: &str, value: &str, colon: &str) {
    push_str(out, key);
    out.push_str(colon);
    push_str(out, value);
}

fn opt_str(out: &mut String, value: Option<&str>) {
    match value {
        Some(v) => push_str(out, v),
        None => out.push_str("null"),
    }
}

fn opt_points(out: &mut String, value: Option<Points>) {
    match value {
        Some(p) => p.push_plain(out),
        None => out.push_str("null"),
    }
}

/// A JSON string. Besides what JSON requires (`"`, `\` and control characters), `<`, `>`,
/// `&` and the two Unicode line separators are written as `\uXXXX` escapes: the JSON means
/// the same, and a unit named `</script>` cannot break out of a page that inlines it.
fn push_str(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let short = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            c if c < ' ' || matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if short.is_empty() {
            use std::fmt::Write;
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push_str(short);
        }
        start = i + c.len_utf8();
    }
    out.push_str(&s[start..]);
    out.push('"');
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
        assert!(text.contains("\"regular\":90,") && text.contains("\"total\":93,"));
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
        assert!(order("\"self\":10") < order("\"cluster\":9.5"));
        // 0.1 + 0.2 + 70 is exactly 70.3.
        let p7 = r["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["unit"] == "p7")
            .unwrap();
        assert!(text.contains("\"total\":70.3,"));
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

    proptest::proptest! {
        /// Any text written as a JSON string reads back as itself, with no markup character
        /// left bare.
        #[test]
        fn strings_read_back(text in "\\PC*|[\\x00-\\x1f\"\\\\<>&\u{2028}\u{2029}a-zà-ỹ ]*") {
            let mut out = String::new();
            push_str(&mut out, &text);
            let back: String = serde_json::from_str(&out).unwrap();
            proptest::prop_assert_eq!(back, text);
            let bare = out.contains(['<', '>', '&', '\u{2028}', '\u{2029}']);
            proptest::prop_assert!(!bare);
        }

        /// Points are written as the exact decimal that a JSON reader takes for them.
        #[test]
        fn points_read_back(h in -10_000_000i64..10_000_000) {
            let p = Points::from_hundredths(h);
            let mut out = String::new();
            p.push_plain(&mut out);
            let back: f64 = serde_json::from_str(&out).unwrap();
            proptest::prop_assert_eq!(back, h as f64 / 100.0);
            proptest::prop_assert_eq!(out, p.to_plain());
        }
    }
}
