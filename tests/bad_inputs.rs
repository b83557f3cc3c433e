//! The corpus of bad inputs (issue 6): whatever a spreadsheet exported or a text editor
//! saved, a build fails cleanly.
//!
//! Every case copies the small valid site `tests/fixtures/bad/base/`, builds it, breaks one
//! thing and runs the `bangvang` binary again. It must exit with status 1 (a panic would be
//! 101), print an `error:` line naming the file (and the line, where the problem has one) that
//! says what is wrong, and leave the previous output byte for byte as it was, with no staging
//! folder left behind.

mod common;

use std::path::Path;

use common::fixture;
use common::scratch::{Run, Scratch};

/// The scratch copy of the base site, built once.
fn base() -> Scratch {
    let s = Scratch::copy_of(&fixture("bad/base"));
    s.build();
    s
}

/// Breaks the base site with `break_it`, builds it with the binary and checks that the build
/// fails at `file` (`file:line` when `line` is given) with an error that contains `says`.
fn fails(break_it: impl FnOnce(&Scratch), file: &str, line: Option<usize>, says: &str) -> Run {
    fails_with(&[], break_it, file, line, says)
}

/// [`fails`], with more arguments for `bangvang build`.
fn fails_with(
    args: &[&str],
    break_it: impl FnOnce(&Scratch),
    file: &str,
    line: Option<usize>,
    says: &str,
) -> Run {
    let site = base();
    let before = site.output_snapshot();
    break_it(&site);
    let run = site.run_build(args);
    assert!(
        !run.stderr.contains("panicked"),
        "the build panicked:\n{}",
        run.stderr
    );
    assert_eq!(run.code, Some(1), "exit status 1 expected:\n{}", run.stderr);
    let at = match line {
        Some(l) => format!("error: {file}:{l}"),
        None => format!("error: {file}"),
    };
    let found = run.errors().into_iter().any(|e| {
        let located = e.starts_with(&format!("{at}:")) || (line.is_none() && e.starts_with(&at));
        located && e.to_lowercase().contains(&says.to_lowercase())
    });
    assert!(
        found,
        "no error at {at} saying `{says}`; the build printed:\n{}",
        run.stderr
    );
    assert!(
        site.output_snapshot() == before,
        "the previous output changed"
    );
    let leftovers: Vec<String> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("bangvang-"))
        .collect();
    assert!(leftovers.is_empty(), "left behind: {leftovers:?}");
    run
}

const UNITS: &str = "data/units.yaml";
const CAMPAIGN: &str = "data/campaigns/thi-dua-2024/campaign.yaml";
const RUBRIC: &str = "data/campaigns/thi-dua-2024/rubrics/vhtt.yaml";
const WIDE: &str = "data/campaigns/thi-dua-2024/scores/vhtt/self.csv";
const LONG: &str = "data/campaigns/thi-dua-2024/scores/vhtt/cluster.csv";
const YAML: &str = "data/campaigns/thi-dua-2024/scores/vhtt/appraised.yaml";
const DOC: &str = "content/van-ban/ke-hoach.md";

// Identifiers (SPEC §3): lowercase ASCII letters, digits and `-`.

#[test]
fn a_unit_id_that_climbs_out_of_the_folder() {
    fails(
        |s| s.replace(UNITS, "id: p2", "id: ../x"),
        UNITS,
        Some(2),
        "id",
    );
}

#[test]
fn a_unit_id_with_a_space_and_capitals() {
    fails(
        |s| s.replace(UNITS, "id: p3", "id: A B"),
        UNITS,
        Some(3),
        "id",
    );
}

#[test]
fn an_empty_unit_id() {
    fails(
        |s| s.replace(UNITS, "id: x1", "id: \"\""),
        UNITS,
        Some(4),
        "id",
    );
}

#[test]
fn a_cluster_id_with_a_space() {
    fails(
        |s| s.replace(CAMPAIGN, "id: cum-2", "id: Cụm 2"),
        CAMPAIGN,
        Some(14),
        "id",
    );
}

#[test]
fn a_campaign_folder_with_an_invalid_name() {
    fails(
        |s| {
            let data = s.root().join("data/campaigns");
            std::fs::rename(data.join("thi-dua-2024"), data.join("Thi Đua")).unwrap();
        },
        "data/campaigns/Thi Đua",
        None,
        "not a valid id",
    );
}

// Unknown references.

#[test]
fn a_cluster_member_that_is_not_a_unit() {
    fails(
        |s| s.replace(CAMPAIGN, "members: [p1, p2]", "members: [p1, p9]"),
        CAMPAIGN,
        Some(11),
        "p9",
    );
}

#[test]
fn an_award_for_a_rubric_that_does_not_exist() {
    fails(
        |s| s.replace(CAMPAIGN, "rubric: vhtt", "rubric: the-thao"),
        CAMPAIGN,
        Some(21),
        "the-thao",
    );
}

#[test]
fn a_nomination_for_a_cluster_that_does_not_exist() {
    fails(
        |s| {
            let text = s.read(CAMPAIGN) + "nominations:\n  cum-9: [p1]\n";
            s.write(CAMPAIGN, text);
        },
        CAMPAIGN,
        Some(25),
        "cum-9",
    );
}

#[test]
fn a_tie_breaker_that_is_not_a_criterion() {
    fails(
        |s| {
            s.replace(
                RUBRIC,
                "tie_breakers: [\"1\", bonus]",
                "tie_breakers: [\"7\", bonus]",
            )
        },
        RUBRIC,
        Some(16),
        "7",
    );
}

#[test]
fn a_page_linked_to_a_campaign_that_does_not_exist() {
    fails(
        |s| s.replace(DOC, "campaign: thi-dua-2024", "campaign: thi-dua-2025"),
        DOC,
        Some(4),
        "thi-dua-2025",
    );
}

#[test]
fn a_score_row_for_a_unit_that_does_not_exist() {
    fails(|s| s.replace(WIDE, "p3,", "p7,"), WIDE, Some(4), "p7");
}

#[test]
fn a_score_row_for_a_unit_that_does_not_take_part() {
    fails(
        |s| {
            let units = s.read(UNITS) + "- {id: p9, name: Phường 9, kind: phuong}\n";
            s.write(UNITS, units);
            s.replace(LONG, "p3,2,", "p9,2,");
        },
        LONG,
        Some(3),
        "p9",
    );
}

#[test]
fn a_wide_column_for_a_criterion_that_does_not_exist() {
    fails(
        |s| s.replace(WIDE, "unit,1.1,1.2,2,", "unit,1.1,1.3,2,"),
        WIDE,
        Some(1),
        "1.3",
    );
}

#[test]
fn a_long_row_for_a_criterion_that_does_not_exist() {
    fails(
        |s| s.replace(LONG, "p1,1.2,", "p1,4.1,"),
        LONG,
        Some(2),
        "4.1",
    );
}

#[test]
fn a_section_scored_where_a_leaf_is_needed() {
    fails(
        |s| s.replace(LONG, "p1,1.2,17", "p1,1,27"),
        LONG,
        Some(2),
        "1",
    );
}

// Numbers.

#[test]
fn points_above_the_leaf_maximum() {
    fails(|s| s.replace(WIDE, "p1,9,", "p1,11,"), WIDE, Some(2), "11");
}

#[test]
fn points_below_zero() {
    fails(
        |s| s.replace(LONG, "p3,2,6.5", "p3,2,-1"),
        LONG,
        Some(3),
        "-1",
    );
}

#[test]
fn a_bonus_above_its_cap() {
    fails(
        |s| s.replace(YAML, "x1: {bonus: 1}", "x1: {bonus: 6}"),
        YAML,
        Some(2),
        "6",
    );
}

#[test]
fn points_with_three_decimals() {
    fails(
        |s| s.replace(WIDE, "p2,8,17.5,", "p2,8,17.125,"),
        WIDE,
        Some(3),
        "decimal",
    );
}

#[test]
fn points_that_are_not_a_number() {
    fails(
        |s| s.replace(YAML, "\"1.1\": 7.5", "\"1.1\": bảy"),
        YAML,
        Some(1),
        "bảy",
    );
}

#[test]
fn a_maximum_with_three_decimals() {
    fails(
        |s| {
            s.replace(
                RUBRIC,
                "title: Báo cáo, max: 10}",
                "title: Báo cáo, max: 10.125}",
            )
        },
        RUBRIC,
        Some(9),
        "decimal",
    );
}

#[test]
fn a_section_maximum_that_does_not_add_up() {
    fails(
        |s| s.replace(RUBRIC, "max: 30", "max: 31"),
        RUBRIC,
        Some(5),
        "31",
    );
}

// Duplicates.

#[test]
fn a_unit_listed_twice() {
    fails(
        |s| s.replace(UNITS, "id: p3, name: Phường 3", "id: p2, name: Phường 3"),
        UNITS,
        Some(3),
        "p2",
    );
}

#[test]
fn a_criterion_id_used_twice() {
    fails(
        |s| s.replace(RUBRIC, "{id: \"1.2\"", "{id: \"1.1\""),
        RUBRIC,
        Some(8),
        "1.1",
    );
}

#[test]
fn a_unit_row_twice_in_a_wide_file() {
    fails(
        |s| {
            let text = s.read(WIDE) + "p2,8,17,8,,,\n";
            s.write(WIDE, text);
        },
        WIDE,
        Some(6),
        "p2",
    );
}

#[test]
fn a_cell_twice_in_a_long_file() {
    fails(
        |s| {
            let text = s.read(LONG) + "p1,1.2,16,\n";
            s.write(LONG, text);
        },
        LONG,
        Some(4),
        "1.2",
    );
}

#[test]
fn a_unit_twice_in_a_yaml_score_file() {
    fails(
        |s| {
            let text = s.read(YAML) + "p2: {\"2\": 7}\n";
            s.write(YAML, text);
        },
        YAML,
        Some(3),
        "p2",
    );
}

#[test]
fn two_files_for_one_stage() {
    fails(
        |s| s.write(LONG.replace(".csv", ".yaml").as_str(), "p1: {\"2\": 8}\n"),
        "data/campaigns/thi-dua-2024/scores/vhtt/cluster",
        None,
        "two score files",
    );
}

// Undeclared stages and rubrics.

#[test]
fn a_score_file_for_a_stage_that_is_not_declared() {
    fails(
        |s| {
            s.write(
                "data/campaigns/thi-dua-2024/scores/vhtt/council.csv",
                "unit,2\np1,8\n",
            )
        },
        "data/campaigns/thi-dua-2024/scores/vhtt/council.csv",
        None,
        "council",
    );
}

#[test]
fn a_score_file_for_a_rubric_that_is_not_declared() {
    fails(
        |s| {
            s.write(
                "data/campaigns/thi-dua-2024/scores/the-thao/self.csv",
                "unit,2\np1,8\n",
            )
        },
        "data/campaigns/thi-dua-2024/scores/the-thao/self.csv",
        None,
        "the-thao",
    );
}

// Files that do not parse.

#[test]
fn a_list_opened_and_never_closed_in_the_units() {
    fails(
        |s| s.replace(UNITS, "name: Phường 2,", "name: [Phường 2,"),
        UNITS,
        Some(2),
        "",
    );
}

#[test]
fn a_quote_opened_and_never_closed_in_the_units() {
    fails(
        |s| s.replace(UNITS, "name: Phường 2,", "name: \"Phường 2,"),
        UNITS,
        Some(2),
        "",
    );
}

#[test]
fn a_backslash_before_a_vietnamese_letter_in_quotes() {
    // Found by fuzzing the rubric loader (fuzz/regressions/rubric/): placing the error about
    // the second `title:` walked the text and cut `â` in half after the backslash.
    fails(
        |s| {
            s.replace(
                RUBRIC,
                "title: Bảng điểm văn hóa, thông tin",
                "title: Bảng điểm\ntitle: \"\\â\"",
            )
        },
        RUBRIC,
        Some(2),
        "twice",
    );
}

#[test]
fn a_tab_in_the_indentation_of_a_campaign() {
    fails(
        |s| s.replace(CAMPAIGN, "  - id: cum-2\n    name", "  - id: cum-2\n\tname"),
        CAMPAIGN,
        Some(15),
        "",
    );
}

#[test]
fn malformed_yaml_in_the_config() {
    fails(
        |s| s.replace("config.yaml", "language: vi", "language: [vi"),
        "config.yaml",
        Some(5),
        "",
    );
}

#[test]
fn a_csv_row_with_too_many_fields() {
    fails(
        |s| s.replace(WIDE, "p2,8,17.5,8,,,", "p2,8,17,5,8,,,"),
        WIDE,
        Some(3),
        "fields",
    );
}

#[test]
fn a_units_csv_row_with_too_few_fields() {
    fails(
        |s| {
            s.remove(UNITS);
            s.write(
                "data/units.csv",
                "id,name,kind\np1,Phường 1,phuong\np2,Phường 2\np3,Phường 3,phuong\nx1,Xã Một,xa\n",
            );
        },
        "data/units.csv",
        Some(3),
        "fields",
    );
}

#[test]
fn front_matter_that_is_never_closed() {
    fails(
        |s| s.write(DOC, "---\ntitle: Kế hoạch\ndate: 2024-03-15\n\nNội dung\n"),
        DOC,
        Some(1),
        "",
    );
}

#[test]
fn front_matter_that_is_not_yaml() {
    fails(
        |s| {
            s.replace(
                DOC,
                "date: 2024-03-15\ncampaign",
                "date: [2024-03-15\ncampaign",
            )
        },
        DOC,
        Some(3),
        "",
    );
}

#[test]
fn a_quote_opened_and_never_closed_in_front_matter() {
    fails(
        |s| s.replace(DOC, "\"Lưu: VT\"]", "\"Lưu: VT]"),
        DOC,
        Some(13),
        "",
    );
}

#[test]
fn a_date_that_does_not_exist() {
    fails(
        |s| {
            s.replace(
                DOC,
                "date: 2024-03-15\ncampaign",
                "date: 2024-02-30\ncampaign",
            )
        },
        DOC,
        Some(3),
        "2024-02-30",
    );
}

// Honorees and conferences (SPEC §3.5, §3.7).

const HONOREE: &str = "content/honorees/nguyen-van-a.md";

/// A valid honoree page of the base site, with `extra` front-matter lines.
fn honoree(extra: &str) -> String {
    format!("---\nname: Nguyễn Văn A\nkind: individual\nunit: p1\n{extra}---\n\nCâu chuyện.\n")
}

#[test]
fn an_honoree_of_a_unit_that_does_not_exist() {
    fails(
        |s| s.write(HONOREE, honoree("").replace("unit: p1", "unit: p9")),
        HONOREE,
        Some(4),
        "p9",
    );
}

#[test]
fn an_honoree_of_an_unknown_kind() {
    fails(
        |s| s.write(HONOREE, honoree("").replace("individual", "nhóm")),
        HONOREE,
        Some(3),
        "nhóm",
    );
}

#[test]
fn an_honoree_with_an_invalid_file_name() {
    fails(
        |s| s.write("content/honorees/Nguyễn Văn A.md", honoree("")),
        "content/honorees/Nguyễn Văn A.md",
        None,
        "",
    );
}

#[test]
fn an_honorees_csv_row_with_too_many_fields() {
    fails(
        |s| {
            s.write(
                "data/honorees.csv",
                "id,name,kind,unit,position,field,photo,summary\nnguyen-van-b,Nguyễn Văn B,individual,p2,,,,Tóm tắt, có dấu phẩy\n",
            )
        },
        "data/honorees.csv",
        Some(2),
        "",
    );
}

#[test]
fn a_conference_that_commends_an_unknown_honoree() {
    fails(
        |s| {
            s.write(HONOREE, honoree(""));
            s.write(
                "content/conferences/hoi-nghi-2024.md",
                "---\ntitle: Hội nghị điển hình\ndate: 2024-12-15\nhonorees: [nguyen-van-a, tran-thi-b]\n---\n",
            );
        },
        "content/conferences/hoi-nghi-2024.md",
        Some(4),
        "tran-thi-b",
    );
}

#[test]
fn a_nomination_of_an_unknown_honoree() {
    fails(
        |s| {
            let text = s.read(CAMPAIGN) + "nominations:\n  cum-1: [tran-thi-b]\n";
            s.write(CAMPAIGN, text);
        },
        CAMPAIGN,
        Some(25),
        "tran-thi-b",
    );
}

// The site around the data.

#[test]
fn a_site_template_that_does_not_compile() {
    fails(
        |s| {
            s.write(
                "templates/page.html",
                "{% extends \"base.html\" %}\n{% block content %}\n{% if %}\n{% endblock content %}\n",
            )
        },
        "templates/page.html",
        Some(3),
        "",
    );
}

#[test]
fn a_theme_that_does_not_exist() {
    fails(
        |s| {
            let text = s.read("config.yaml") + "theme: nope\n";
            s.write("config.yaml", text);
        },
        "config.yaml",
        Some(7),
        "nope",
    );
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_loop_under_content() {
    fails(
        |s| std::os::unix::fs::symlink("..", s.root().join("content/van-ban/vong")).unwrap(),
        "content/van-ban/vong",
        None,
        "loop",
    );
}

#[test]
fn an_output_folder_that_is_the_site() {
    let site = base();
    let before = site.output_snapshot();
    let run = site.run_build(&["--output", site.root().to_str().unwrap()]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.errors()
            .iter()
            .any(|e| e.contains(site.root().to_str().unwrap()) && e.contains("site folder")),
        "{}",
        run.stderr
    );
    assert!(site.output_snapshot() == before);
    assert!(site.root().join("config.yaml").is_file());
    assert!(site.root().join("data/units.yaml").is_file());
}

#[test]
fn an_output_folder_that_holds_the_site() {
    let site = base();
    let before = site.output_snapshot();
    let run = site.run_build(&["--output", site.tmp().to_str().unwrap()]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(site.output_snapshot() == before);
    assert!(site.root().join("config.yaml").is_file());
}

// Bytes that are not text.

#[test]
fn a_binary_file_named_csv() {
    fails(
        |s| {
            // The start of a PNG image: a spreadsheet saved as a picture, renamed.
            let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
            bytes.extend((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8));
            s.write(WIDE, bytes);
        },
        WIDE,
        None,
        "",
    );
}

#[test]
fn invalid_utf8_in_a_page() {
    fails(
        |s| {
            let mut bytes = s.read(DOC).into_bytes();
            // "Phát động" in Windows-1258, the legacy Vietnamese code page.
            bytes.extend(b"\nPh\xe1t \xf0\xf4ng phong tr\xe0o.\n");
            s.write(DOC, bytes);
        },
        DOC,
        Some(20),
        "UTF-8",
    );
}

#[test]
fn invalid_utf8_in_a_score_file() {
    // UTF-8 with one line in Windows-1258: not read as either (a file wholly in Windows-1258
    // is read, with a warning: tests/sheets.rs).
    fails(
        |s| {
            s.write(
                WIDE,
                "unit,1.1,1.2,2,note\np1,9,18,9,Ghi chú\n"
                    .bytes()
                    .chain(*b"p2,9,18,9,Ghi ch\xfa\n")
                    .collect::<Vec<u8>>(),
            )
        },
        WIDE,
        Some(3),
        "UTF-8",
    );
}

#[test]
fn a_huge_score_file_of_garbage_rows() {
    // 50 MB in a release build; a debug build parses ten times slower, so it gets 5 MB, which
    // still holds far more rows than any report may list.
    let size = if cfg!(debug_assertions) {
        5_000_000
    } else {
        50_000_000
    };
    let run = fails(
        |s| {
            let mut text = String::from("unit,1.1,1.2,2,bonus,deduction,note\n");
            let mut i: u64 = 0;
            while text.len() < size {
                i += 1;
                text.push_str(&format!("rac-{i},{i}.125,-{},x{i},,,?\n", i % 97));
            }
            s.write(WIDE, text);
        },
        WIDE,
        Some(2),
        "",
    );
    let errors = run.errors();
    assert!(
        errors.len() <= 60,
        "{} error lines printed; the report must list the first errors and count the rest",
        errors.len()
    );
    assert!(
        errors.iter().any(|e| e.contains("more errors")),
        "no count of the remaining errors:\n{}",
        run.stderr
    );
}

#[test]
fn every_case_starts_from_a_site_that_builds() {
    let s = base();
    assert!(s.output().join("index.html").is_file());
    assert!(
        Path::new(&s.output())
            .join("campaigns/thi-dua-2024/results.json")
            .is_file()
    );
}
