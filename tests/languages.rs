//! The language of the tool's messages (SPEC §8): Vietnamese unless the site or the command
//! line asks for English, the same mistakes reported with the same places in both.

mod common;

use common::cli::{bin, bin_as_installed};
use common::fixture;
use common::scratch::Scratch;

/// The base site of the bad-input tests with one cluster id broken (a space and a capital).
fn broken_site() -> Scratch {
    let site = Scratch::copy_of(&fixture("bad/base"));
    site.replace(
        "data/campaigns/thi-dua-2024/campaign.yaml",
        "id: cum-2",
        "id: Cụm 2",
    );
    site
}

fn stderr(command: &mut std::process::Command) -> (Option<i32>, String) {
    let out = command.env("NO_COLOR", "1").output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_build_speaks_vietnamese_by_default_and_english_on_request() {
    let site = broken_site();
    let root = site.root();
    let root = root.to_str().unwrap();
    let (code, vi) = stderr(bin_as_installed().args(["build", "-r", root]));
    assert_eq!(code, Some(1), "{vi}");
    assert!(vi.contains("không phải là mã cụm thi đua hợp lệ"), "{vi}");
    assert!(vi.contains("không dựng được"), "{vi}");
    let (code, en) = stderr(bin_as_installed().args(["build", "-r", root, "--lang", "en"]));
    assert_eq!(code, Some(1), "{en}");
    assert!(en.contains("is not a valid cluster id"), "{en}");
    assert!(!en.contains("không"), "{en}");
    // The same places, in the same order, whatever the language.
    let places = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| l.starts_with("error: "))
            .map(|l| l.split(' ').nth(1).unwrap().to_string())
            .collect()
    };
    assert_eq!(places(&vi), places(&en));
    assert!(!places(&vi).is_empty());
}

#[test]
fn the_site_language_chooses_the_messages_and_the_flag_wins() {
    let site = broken_site();
    site.replace("config.yaml", "language: vi", "language: en");
    let root = site.root();
    let root = root.to_str().unwrap();
    let (_, en) = stderr(bin_as_installed().args(["check", "-r", root]));
    assert!(en.contains("is not a valid cluster id"), "{en}");
    let (_, vi) = stderr(bin_as_installed().args(["check", "-r", root, "--lang", "vi"]));
    assert!(vi.contains("không phải là mã cụm thi đua hợp lệ"), "{vi}");
}

#[test]
fn help_and_command_line_mistakes_are_in_vietnamese_by_default() {
    let out = bin_as_installed().arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(
        help.contains("Cách dùng:") && help.contains("Tùy chọn:"),
        "{help}"
    );
    let (code, vi) = stderr(bin_as_installed().args(["build", "--frobnicate"]));
    assert_eq!(code, Some(2));
    assert!(vi.contains("lệnh không có tùy chọn `--frobnicate`"), "{vi}");
    let (code, en) = stderr(bin().args(["build", "--frobnicate"]));
    assert_eq!(code, Some(2));
    assert!(!en.contains("lệnh"), "{en}");
}

#[test]
fn a_good_build_reports_in_vietnamese_numbers() {
    let site = Scratch::copy_of(&fixture("bad/base"));
    let root = site.root();
    let out = bin_as_installed()
        .args(["build", "-r", root.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let said =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("đã dựng 18 trang"), "{said}");
    assert!(said.contains(" giây"), "{said}");
    assert!(said.contains(','), "a decimal comma: {said}");
}
