//! `serve`'s quick path: a score edit reloads only its campaign and renders only the pages
//! whose rows moved, and what is served afterwards is byte for byte what a full build of the
//! edited site writes.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use bangvang::build::{Options, prepare};
use bangvang::diag::Diagnostics;
use bangvang::serve::rebuild::{Builder, Outcome};
use common::scratch::Scratch;
use common::{build_into, repo_root, snapshot};

const APPRAISED: &str = "data/campaigns/bien-hoa-2023/scores/vhtt/appraised.yaml";
const CLUSTER: &str = "data/campaigns/bien-hoa-2023/scores/vhtt/cluster.csv";

/// A copy of the example site (in Vietnamese and English), in Vietnamese alone unless
/// `bilingual`.
fn example(bilingual: bool) -> Scratch {
    let s = Scratch::site_of(&repo_root());
    let config = s.read("config.yaml");
    assert!(config.contains("languages: [vi, en]"));
    if !bilingual {
        s.write(
            "config.yaml",
            config.replace("languages: [vi, en]", "languages: [vi]"),
        );
    }
    s
}

fn builder(s: &Scratch) -> (Builder, PathBuf) {
    let out = s.tmp().join("served");
    let mut b = Builder::new(
        Options {
            root: s.root(),
            ..Default::default()
        },
        out.clone(),
    );
    let first = b.build(BTreeSet::new());
    assert!(
        matches!(first, Outcome::Built { full: Some(_), .. }),
        "{first:?}"
    );
    (b, out)
}

/// Rebuilds after `changed`, checks that the quick path was taken, and returns (outputs
/// rendered, outputs of the site).
fn quick(b: &mut Builder, changed: &[&str]) -> (usize, usize) {
    let outcome = b.build(changed.iter().map(PathBuf::from).collect());
    match outcome {
        Outcome::Built {
            full: None,
            rendered,
            total,
            reloaded: Some(r),
            ..
        } => {
            let campaign = changed[0].split('/').nth(2).unwrap();
            assert_eq!(r.campaigns, [campaign]);
            // The files left for after the pages.
            match b.finish() {
                None => (rendered, total),
                Some(Ok((files, _))) => (rendered + files, total),
                Some(Err(d)) => panic!("{d:?}"),
            }
        }
        other => panic!("not the quick path: {other:?}"),
    }
}

/// Every file served equals the file of a fresh full build of the site as it is now.
fn same_as_full_build(s: &Scratch, served: &Path) {
    let fresh = s.tmp().join("fresh");
    let _ = std::fs::remove_dir_all(&fresh);
    build_into(&s.root(), &fresh).unwrap_or_else(|d| panic!("{d:?}"));
    let a = snapshot(served);
    let b = snapshot(&fresh);
    let only_a: Vec<&String> = a.keys().filter(|k| !b.contains_key(*k)).collect();
    let only_b: Vec<&String> = b.keys().filter(|k| !a.contains_key(*k)).collect();
    assert!(
        only_a.is_empty() && only_b.is_empty(),
        "only served: {only_a:?}; only built: {only_b:?}"
    );
    let differ: Vec<&String> = a.keys().filter(|k| a[*k] != b[*k]).collect();
    if let Some(first) = differ.first() {
        let (x, y) = (&a[*first], &b[*first]);
        let at = x.iter().zip(y.iter()).take_while(|(p, q)| p == q).count();
        let around = |v: &[u8]| {
            String::from_utf8_lossy(&v[at.saturating_sub(20)..(at + 300).min(v.len())]).into_owned()
        };
        panic!(
            "differ from a full build: {differ:?}\nserved: …{}…\nbuilt:  …{}…",
            around(x),
            around(y)
        );
    }
}

/// (unit id, overall rank) of the example's Biên Hòa ranking, best first.
fn ranking(root: &Path) -> Vec<(String, u32)> {
    let mut diags = Diagnostics::new();
    let p = prepare(
        &Options {
            root: root.to_path_buf(),
            ..Default::default()
        },
        None,
        &mut diags,
    )
    .unwrap();
    let s = p.site.campaign("bien-hoa-2023").unwrap();
    s.results.rubrics[0]
        .units
        .iter()
        .map(|u| (u.unit.clone(), u.rank_overall))
        .collect()
}

#[test]
fn a_cell_edit_renders_few_pages_and_equals_a_full_build() {
    let s = example(false);
    let (mut b, served) = builder(&s);
    // A note on one row of the cluster stage: one scorecard (and the campaign's own pages)
    // change, no rank moves.
    let text = s.read(CLUSTER);
    let edited = text.replacen(
        "thiếu ảnh kiểm chứng",
        "thiếu ảnh kiểm chứng (đã bổ sung một phần)",
        1,
    );
    assert_ne!(text, edited);
    s.write(CLUSTER, edited);
    let (rendered, total) = quick(&mut b, &[CLUSTER]);
    assert!(rendered < 20, "{rendered} of {total} rendered");
    same_as_full_build(&s, &served);
}

#[test]
fn a_rank_shift_moves_other_units_and_equals_a_full_build() {
    let s = example(false);
    let before = ranking(&s.root());
    let (mut b, served) = builder(&s);
    // The last unit not yet in the appraisal file gets the most bonus points there is.
    let appraised = s.read(APPRAISED);
    let (last, _) = before
        .iter()
        .rev()
        .find(|(id, _)| !appraised.contains(&format!("{id}:")))
        .unwrap()
        .clone();
    s.write(APPRAISED, format!("{appraised}{last}:\n  bonus: 5\n"));
    let (rendered, total) = quick(&mut b, &[APPRAISED]);
    let after = ranking(&s.root());
    let moved: Vec<&String> = before
        .iter()
        .filter(|(id, rank)| id != &last && after.iter().any(|(i, r)| i == id && r != rank))
        .map(|(id, _)| id)
        .collect();
    assert!(
        !moved.is_empty(),
        "no other unit moved: {before:?} → {after:?}"
    );
    assert!(rendered < total, "{rendered} of {total}");
    same_as_full_build(&s, &served);
    // And back: the quick path again, to the first site.
    s.write(APPRAISED, appraised);
    quick(&mut b, &[APPRAISED]);
    same_as_full_build(&s, &served);
}

#[test]
fn an_edit_to_one_rubric_keeps_the_others_and_equals_a_full_build() {
    // Tịnh Biên has three rubrics: an edit to one keeps the results of the other two, moved
    // over from the old campaign; two edits in a row check that what was kept stays whole.
    const SELF: &str = "data/campaigns/tinh-bien-2024/scores/cntt/self.csv";
    let s = example(false);
    let (mut b, served) = builder(&s);
    let text = s.read(SELF);
    s.write(
        SELF,
        text.replacen("tb-nha-bang,7.25,", "tb-nha-bang,2.25,", 1),
    );
    let (rendered, total) = quick(&mut b, &[SELF]);
    assert!(rendered < total, "{rendered} of {total}");
    same_as_full_build(&s, &served);
    s.write(SELF, text.replacen("tb-chi-lang,7.5,", "tb-chi-lang,8,", 1));
    quick(&mut b, &[SELF]);
    same_as_full_build(&s, &served);
}

#[test]
fn a_bilingual_site_renders_both_languages_of_a_score_edit() {
    let s = example(true);
    let (mut b, served) = builder(&s);
    let appraised = s.read(APPRAISED);
    s.write(
        APPRAISED,
        appraised.replacen("\"6.3\": 2.6", "\"6.3\": 1.25", 1),
    );
    let (rendered, total) = quick(&mut b, &[APPRAISED]);
    assert!(rendered < total, "{rendered} of {total}");
    same_as_full_build(&s, &served);
}

#[test]
fn a_score_error_leaves_the_served_site_and_the_next_save_recovers() {
    let s = example(false);
    let (mut b, served) = builder(&s);
    let good = snapshot(&served);
    let appraised = s.read(APPRAISED);
    s.write(
        APPRAISED,
        appraised.replacen("\"6.3\": 2.6", "\"6.3\": 26", 1),
    );
    let outcome = b.build([PathBuf::from(APPRAISED)].into());
    assert!(matches!(outcome, Outcome::Failed(_)), "{outcome:?}");
    assert_eq!(snapshot(&served), good, "a failed rebuild writes nothing");
    s.write(
        APPRAISED,
        appraised.replacen("\"6.3\": 2.6", "\"6.3\": 2", 1),
    );
    quick(&mut b, &[APPRAISED]);
    same_as_full_build(&s, &served);
}
