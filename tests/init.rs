//! `bangvang init`: a new site that builds and passes `check` at once; never over other work.

mod common;

use common::cli::{listing, run};

#[test]
fn a_new_site_builds_and_passes_check() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("mysite");
    let root = site.to_str().unwrap();

    let out = run(&["init", root], tmp.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("bangvang serve"),
        "init says what to do next"
    );

    let out = run(&["build", "--root", root], tmp.path());
    assert!(
        out.status.success(),
        "build failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(site.join("public/index.html").is_file());
    assert!(
        site.join("public/van-ban/ke-hoach-thi-dua-2024/index.html")
            .is_file()
    );

    let out = run(&["check", "--root", root, "--strict"], tmp.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "check failed:\n{stderr}");
    assert!(stderr.contains("no problems found"), "{stderr}");
}

#[test]
fn refuses_a_folder_that_is_not_empty() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("work");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("ghi-chu.txt"), "việc của tôi").unwrap();
    let before = listing(&dir);

    let out = run(&["init", dir.to_str().unwrap()], tmp.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("is not empty") && stderr.contains("ghi-chu.txt"),
        "{stderr}"
    );
    assert_eq!(listing(&dir), before, "init touched a folder it refused");
}

#[test]
fn every_command_has_help_with_an_example() {
    let tmp = tempfile::tempdir().unwrap();
    for cmd in ["build", "serve", "check", "init"] {
        let out = run(&[cmd, "--help"], tmp.path());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{cmd}");
        assert!(
            text.contains("Example:") && text.contains(&format!("bangvang {cmd}")),
            "{cmd} --help:\n{text}"
        );
    }
}
