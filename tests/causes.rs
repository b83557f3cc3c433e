//! Causes before consequences (SPEC §8): a mistake that makes other things fail is reported
//! first, where it is, and what it causes elsewhere is not reported as mistakes of their own.
//! Each case breaks the starter site of `bangvang init` the way people do.

mod common;

use common::cli::{bin, bin_as_installed};

const CAMPAIGN: &str = "data/campaigns/thi-dua-2024/campaign.yaml";
const SELF_CSV: &str = "data/campaigns/thi-dua-2024/scores/van-hoa/self.csv";

/// A fresh starter site, broken by `edit`, checked; the `error:` lines it printed.
fn errors_after(edit: impl FnOnce(&std::path::Path), english: bool) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let made = bin().arg("init").arg(&site).output().unwrap();
    assert!(made.status.success());
    edit(&site);
    let mut cmd = if english { bin() } else { bin_as_installed() };
    let out = cmd
        .args(["check", "-r", site.to_str().unwrap()])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.starts_with("error: "))
        .map(str::to_string)
        .collect()
}

fn replace(site: &std::path::Path, file: &str, from: &str, to: &str) {
    let path = site.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_tab_in_campaign_yaml_is_the_only_error() {
    let errors = errors_after(
        |s| replace(s, CAMPAIGN, "  - {id: self", "\t- {id: self"),
        false,
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!("error: {CAMPAIGN}:")),
        "{errors:#?}"
    );
    assert!(
        errors[0].starts_with(&format!(
            "error: {CAMPAIGN}:5:1: dòng này thụt lề bằng phím Tab"
        )),
        "{errors:#?}"
    );
}

#[test]
fn an_invalid_unit_id_is_reported_once_not_at_every_reference() {
    let errors = errors_after(
        |s| replace(s, "data/units.yaml", "id: p1,", "id: P1,"),
        false,
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with("error: data/units.yaml:2:8: `P1` không phải là mã đơn vị hợp lệ"),
        "{errors:#?}"
    );
}

#[test]
fn a_decimal_comma_in_a_comma_file_is_named_and_nothing_else() {
    let errors = errors_after(|s| replace(s, SELF_CSV, "p2,14,23,", "p2,14,5,23,"), true);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!(
            "error: {SELF_CSV}:3:4: `14,5` looks like a number written with a decimal comma"
        )),
        "{errors:#?}"
    );
    assert!(errors[0].contains("write 14.5"), "{errors:#?}");
}

#[test]
fn a_missing_column_is_an_error_at_the_file_that_lacks_it() {
    let errors = errors_after(
        |s| {
            let path = s.join(SELF_CSV);
            let text = std::fs::read_to_string(&path).unwrap();
            // Drop the third field (criterion 1.2) of every line.
            let cut: Vec<String> = text
                .lines()
                .map(|l| {
                    let mut f: Vec<&str> = l.split(',').collect();
                    f.remove(2);
                    f.join(",")
                })
                .collect();
            std::fs::write(path, cut.join("\n") + "\n").unwrap();
        },
        false,
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!("error: {SELF_CSV}:1:")),
        "{errors:#?}"
    );
    assert!(errors[0].contains("thiếu cột"), "{errors:#?}");
    assert!(errors[0].contains("`1.2`"), "{errors:#?}");
}

#[test]
fn a_broken_units_file_comes_before_the_files_that_use_it() {
    let errors = errors_after(
        |s| {
            replace(s, "data/units.yaml", "id: p1,", "id: P1,");
            replace(s, SELF_CSV, "p2,14,23,", "p2,14,5,23,");
        },
        false,
    );
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors[0].starts_with("error: data/units.yaml:"),
        "{errors:#?}"
    );
    assert!(
        errors[1].starts_with(&format!("error: {SELF_CSV}:")),
        "{errors:#?}"
    );
}
