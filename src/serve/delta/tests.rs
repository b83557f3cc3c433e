use std::path::Path;

use super::*;
use crate::build::{Options, Prepared, prepare};
use crate::diag::Diagnostics;
use crate::render::outputs;

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn prepared(root: &Path) -> Prepared {
    let mut d = Diagnostics::new();
    let opts = Options {
        root: root.to_path_buf(),
        ..Default::default()
    };
    let p = prepare(&opts, None, &mut d).unwrap();
    assert!(!d.has_errors(), "{d:?}");
    p
}

const SCORES: &str = "data/campaigns/pt/scores/r/self.csv";

/// Six units in two clusters of three, one rubric of two criteria, a flag for each cluster's
/// first; `scores` is the self-scoring file.
fn site(root: &Path, scores: &str) {
    write(root, "config.yaml", "title: Thử\n");
    write(
        root,
        "data/units.yaml",
        "- {id: a, name: A, kind: xa}\n- {id: b, name: B, kind: xa}\n- {id: c, name: C, kind: xa}\n\
         - {id: d, name: D, kind: xa}\n- {id: e, name: E, kind: xa}\n- {id: f, name: F, kind: xa}\n",
    );
    write(
        root,
        "data/campaigns/pt/campaign.yaml",
        "title: Phong trào\nyear: 2024\nstages:\n  - {id: self, label: Tự chấm}\nclusters:\n\
         \x20 - {id: k1, name: Cụm 1, members: [a, b, c], leader: a}\n\
         \x20 - {id: k2, name: Cụm 2, members: [d, e, f], leader: d}\n\
         rubrics: [r]\nawards:\n  - {title: Cờ, rubric: r, scope: cluster, ranks: 1}\n",
    );
    write(
        root,
        "data/campaigns/pt/rubrics/r.yaml",
        "title: Bảng điểm\ncriteria:\n  - {id: \"1\", title: Một, max: 10}\n  - {id: \"2\", title: Hai, max: 10}\n",
    );
    write(root, SCORES, scores);
}

/// Totals: d 19, a 18, b 16, c 14, e 13, f 12 (no ties).
const BEFORE: &str = "unit,1,2\na,9,9\nb,8,8\nc,7,7\nd,9.5,9.5\ne,6.5,6.5\nf,6,6\n";

/// The addresses (and names of other files) a change of the scores file renders again.
fn after_edit(scores: &str) -> Vec<String> {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    site(root, BEFORE);
    let old = prepared(root);
    write(root, SCORES, scores);
    let new = prepared(root);
    let (a, b) = (
        old.site.campaign("pt").unwrap(),
        new.site.campaign("pt").unwrap(),
    );
    let same_hashes = old.site.hashes == new.site.hashes;
    let rows = match compare(a, b, same_hashes, &[]) {
        Change::Rows(rows) => rows,
        Change::Same => return Vec::new(),
        Change::Whole => return vec!["everything".into()],
    };
    let changes = BTreeMap::from([(0, rows)]);
    let mut out: Vec<String> = select(outputs(&new.site), &new.site, &changes)
        .iter()
        .map(|o| match o.route(&new.site) {
            Some(r) => format!("/{}", r.path()),
            None => format!("{o:?}"),
        })
        .collect();
    out.sort();
    out
}

/// What every change of the campaign renders: its page and files, the home page and the
/// list of campaigns.
const CAMPAIGN_WIDE: [&str; 6] = [
    "/",
    "/campaigns/",
    "/campaigns/pt/",
    "Export(ResultsCsv(0))",
    "Export(ResultsJson(0))",
    "Export(ResultsXlsx(0))",
];

fn with_campaign_wide(pages: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = CAMPAIGN_WIDE
        .iter()
        .chain(pages)
        .map(|s| s.to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn a_cell_that_moves_no_rank_renders_its_unit_and_its_boards() {
    assert_eq!(
        after_edit("unit,1,2\na,9,9\nb,8,8\nc,7,7.5\nd,9.5,9.5\ne,6.5,6.5\nf,6,6\n"),
        with_campaign_wide(&[
            "/campaigns/pt/r/",
            "/campaigns/pt/r/k1/",
            "/campaigns/pt/r/units/c/",
            "/units/c/",
        ]),
        "unit c's scorecard and page, the overall board and cluster 1's; not the other units, \
         not cluster 2's board"
    );
}

#[test]
fn a_rank_shift_renders_every_unit_it_moves() {
    // c (20) overtakes everyone: d, a and b go one rank down overall, the flag of cluster 1
    // goes from a to c; e and f keep their ranks.
    assert_eq!(
        after_edit("unit,1,2\na,9,9\nb,8,8\nc,10,10\nd,9.5,9.5\ne,6.5,6.5\nf,6,6\n"),
        with_campaign_wide(&[
            "/campaigns/pt/r/",
            "/campaigns/pt/r/k1/",
            "/campaigns/pt/r/k2/",
            "/campaigns/pt/r/units/a/",
            "/campaigns/pt/r/units/b/",
            "/campaigns/pt/r/units/c/",
            "/campaigns/pt/r/units/d/",
            "/units/a/",
            "/units/b/",
            "/units/c/",
            "/units/d/",
        ]),
        "every unit whose overall rank moved, and the boards listing them; not e or f"
    );
}

#[test]
fn a_rank_shift_in_one_cluster_leaves_the_other() {
    // b and c swap (c: 8.5 + 8.5 = 17 > b's 16); d, a, e and f keep their ranks.
    assert_eq!(
        after_edit("unit,1,2\na,9,9\nb,8,8\nc,8.5,8.5\nd,9.5,9.5\ne,6.5,6.5\nf,6,6\n"),
        with_campaign_wide(&[
            "/campaigns/pt/r/",
            "/campaigns/pt/r/k1/",
            "/campaigns/pt/r/units/b/",
            "/campaigns/pt/r/units/c/",
            "/units/b/",
            "/units/c/",
        ]),
        "b and c, the overall board and cluster 1's; cluster 2 untouched"
    );
}

#[test]
fn the_same_numbers_written_otherwise_render_only_the_campaigns_files() {
    // 9 written 9.0: no row moves, but the file's hash (listed in results.json) changed.
    assert_eq!(
        after_edit("unit,1,2\na,9.0,9\nb,8,8\nc,7,7\nd,9.5,9.5\ne,6.5,6.5\nf,6,6\n"),
        with_campaign_wide(&[]),
    );
}
