//! Positions found in block and flow YAML.

use super::*;
use crate::diag::{Pos, SourceText};

fn pos(text: &str, at: At) -> (usize, usize) {
    let p: Pos = SourceText::new("x.yaml", text.to_string()).pos_of(at.offset());
    (p.line, p.column)
}

const CAMPAIGN: &str = "\
# a comment
title: \"Tổng kết: năm 2023\"
description: |
  Một đoạn văn
    thụt lề: có dấu hai chấm
year: 2023
clusters:
  - id: cum-1
    name: Cụm 1
    members: [p4, p7,
      p9]
    leader: p4
    inspection: {at: 2020-11-20T08:00, place: \"UBND, 73 Tân Thành\"}
  -   id: cum-2
      members:
      - p1
      - p2   # trailing comment
rubrics: [vhtt]
nominations:
  cum-1: []
";

#[test]
fn finds_keys_items_and_scalars_in_block_and_flow_style() {
    let tree = locate(CAMPAIGN);
    let root = At::root(tree.as_ref());
    assert_eq!(pos(CAMPAIGN, root.key("year")), (6, 7));
    let c1 = root.key("clusters").item(0);
    assert_eq!(pos(CAMPAIGN, c1), (8, 5));
    assert_eq!(pos(CAMPAIGN, c1.key("members").item(2)), (11, 7));
    assert_eq!(pos(CAMPAIGN, c1.key("leader")), (12, 13));
    assert_eq!(pos(CAMPAIGN, c1.key("inspection").key("place")), (13, 47));
    let c2 = root.key("clusters").item(1);
    assert_eq!(pos(CAMPAIGN, c2.key("id")), (14, 11));
    assert_eq!(pos(CAMPAIGN, c2.key("members").item(1)), (17, 9));
    assert_eq!(pos(CAMPAIGN, root.key("rubrics").item(0)), (18, 11));
    assert_eq!(
        pos(CAMPAIGN, root.key("nominations").key_name("cum-1", 0)),
        (20, 3)
    );
}

#[test]
fn missing_paths_fall_back_to_the_nearest_node() {
    let tree = locate(CAMPAIGN);
    let root = At::root(tree.as_ref());
    let c1 = root.key("clusters").item(0);
    assert_eq!(pos(CAMPAIGN, c1.key("deputy")), (8, 5));
    assert_eq!(pos(CAMPAIGN, root.key("clusters").item(9).key("x")), (8, 3));
    assert_eq!(pos("", At::root(locate("").as_ref()).key("a")), (1, 1));
}

#[test]
fn keeps_duplicate_keys_and_quoted_keys() {
    let text =
        "p12: {\"1.1\": 9.5, '1.2': 18, bonus: 2}\np12:\n  \"1.1\": 3\n  notes: {\"1.1\": x}\n";
    let tree = locate(text);
    let root = At::root(tree.as_ref());
    assert_eq!(pos(text, root.key_name("p12", 1)), (2, 1));
    assert_eq!(pos(text, root.key("p12").key("1.2")), (1, 26));
    assert_eq!(pos(text, root.key("p12").key("bonus")), (1, 37));
    assert_eq!(
        pos(text, root.key_nth("p12", 1).key("notes").key("1.1")),
        (4, 18)
    );
    assert_eq!(pos(text, root.entry(1).entry_key(0)), (3, 3));
}

#[test]
fn nested_criteria() {
    let text = "criteria:\n  - id: \"1\"\n    items:\n      - {id: \"1.1\", max: 10}\n      - id: \"1.2\"\n        max: 20\n  - {id: \"2\", max: 10}\n";
    let tree = locate(text);
    let c = At::root(tree.as_ref()).key("criteria");
    assert_eq!(
        pos(text, c.item(0).key("items").item(1).key("max")),
        (6, 14)
    );
    assert_eq!(
        pos(text, c.item(0).key("items").item(0).key("max")),
        (4, 26)
    );
    assert_eq!(pos(text, c.item(1)), (7, 5));
}

#[test]
fn finds_a_mapping_by_its_start() {
    let text = "a:\n  b: 1\n  b: 2\n";
    let tree = locate(text);
    let root = At::root(tree.as_ref());
    let inner = root.key("a");
    assert_eq!(
        pos(text, root.map_at(inner.offset()).key_name("b", 1)),
        (3, 3)
    );
}

proptest::proptest! {
    /// Whatever the text, the walk ends without panicking and every position is in the text.
    #[test]
    fn never_panics_and_stays_in_the_text(text in "[-:a-zé#'\"\\[\\]{},|>&!*?% \n\t]{0,120}") {
        fn check(n: &Node, len: usize) {
            assert!(n.start <= len);
            match &n.kind {
                Kind::Map(entries) => entries.iter().for_each(|e| {
                    assert!(e.key_start <= len);
                    check(&e.value, len);
                }),
                Kind::Seq(items) => items.iter().for_each(|i| check(i, len)),
                Kind::Scalar => {}
            }
        }
        if let Some(tree) = locate(&text) {
            check(&tree, text.len());
        }
    }
}
