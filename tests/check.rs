//! `bangvang check` as an author meets it: every mistake of a site in one run, each with its
//! file and line, a non-zero exit status, and nothing written anywhere.

mod common;

use common::cli::{listing, run};
use common::{copy_dir, fixture};

#[test]
fn reports_every_mistake_with_file_and_line_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let scratch = tmp.path().join("tmp");
    std::fs::create_dir_all(&scratch).unwrap();
    copy_dir(&fixture("check-mistakes"), &site);
    let before = listing(&site);

    let out = run(&["check", "--root", site.to_str().unwrap()], &scratch);
    let stderr = String::from_utf8_lossy(&out.stderr);

    assert_eq!(out.status.code(), Some(1), "{stderr}");
    for expected in [
        // a link to a page that does not exist
        "error: content/tin-tuc/bai-mot.md:7:36: the link `/tin-tuc/bai-hai/`",
        // a link to an anchor that does not exist
        "error: content/tin-tuc/bai-mot.md:8:20: the link `/tin-tuc/bai-ba/#khong-co-muc-nay`",
        // a link to a Markdown file instead of the page's address, with the address to write
        "error: content/tin-tuc/bai-ba.md:6:20: the link `bai-mot.md`",
        "write /tin-tuc/bai-mot/",
        // a reference to a campaign that does not exist
        "error: content/tin-tuc/chien-dich.md:3:1: the campaign `khong-ton-tai` does not exist",
        // a bad date
        "error: content/tin-tuc/ngay-sai.md:3:1: `2024-13-45` is not a date",
        // an honoree's unit that does not exist, and a broken link in the honoree's story
        "error: content/honorees/nguyen-van-a.md:4:1: the unit `khong-co` does not exist",
        "error: content/honorees/nguyen-van-a.md:8:20: the link `/tin-tuc/khong-co/`",
        // personal data
        "warning: content/tin-tuc/bai-mot.md:10:18: `0912 345 678` looks like a phone number",
        "warning: content/tin-tuc/bai-mot.md:10:44: `lan.nguyen@example.vn` is an e-mail address",
        "warning: content/tin-tuc/bai-ba.md:6:52: `079123456789` looks like a citizen ID number",
    ] {
        assert!(
            stderr.contains(expected),
            "missing `{expected}` in:\n{stderr}"
        );
    }
    assert!(stderr.contains("7 error(s), 3 warning(s)"), "{stderr}");
    // The offending line is shown with a caret under the spot.
    assert!(stderr.contains("7 | Bài này dẫn tới [một bài không có](/tin-tuc/bai-hai/) và tới\n  |                                    ^"), "{stderr}");

    assert_eq!(listing(&site), before, "check changed the site folder");
    assert!(!site.join("public").exists());
    assert_eq!(
        std::fs::read_dir(&scratch).unwrap().count(),
        0,
        "the scratch render was not removed"
    );
}

#[test]
fn warnings_pass_unless_strict() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    std::fs::create_dir_all(site.join("content")).unwrap();
    std::fs::write(
        site.join("config.yaml"),
        "title: Thử\npublic_contacts: [\"0251 3822 123\"]\n",
    )
    .unwrap();
    std::fs::write(
        site.join("content/_index.md"),
        "---\ntitle: Trang chủ\n---\nVăn phòng: 0251.3822.123. Chị Lan: 0912 345 678.\n",
    )
    .unwrap();
    let root = site.to_str().unwrap();

    let out = run(&["check", "--root", root], tmp.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("warning: content/_index.md:4:"), "{stderr}");
    assert!(
        !stderr.contains("0251.3822.123` looks"),
        "a public contact was reported:\n{stderr}"
    );
    assert!(stderr.contains("1 warning(s)"), "{stderr}");

    let out = run(&["check", "--root", root, "--strict"], tmp.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error: content/_index.md:4:"), "{stderr}");
}

#[test]
fn templates_links_are_checked_once_per_address() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    std::fs::create_dir_all(site.join("content/tin")).unwrap();
    std::fs::create_dir_all(site.join("templates")).unwrap();
    std::fs::write(site.join("config.yaml"), "title: Thử\n").unwrap();
    std::fs::write(
        site.join("content/_index.md"),
        "---\ntitle: Trang chủ\n---\n",
    )
    .unwrap();
    std::fs::write(site.join("content/tin/a.md"), "---\ntitle: A\n---\n").unwrap();
    std::fs::write(site.join("content/tin/b.md"), "---\ntitle: B\n---\n").unwrap();
    std::fs::write(
        site.join("templates/page.html"),
        "{% extends \"base.html\" %}{% block content %}<a href=\"{{ root }}lien-he/index.html\">Liên hệ</a>{% endblock content %}",
    )
    .unwrap();

    let out = run(&["check", "--root", site.to_str().unwrap()], tmp.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.matches("lien-he/index.html").count(), 1, "{stderr}");
    assert!(
        stderr.contains("(generated page) tin/a/index.html"),
        "{stderr}"
    );
    assert!(stderr.contains("and 1 more link(s) like it"), "{stderr}");
}
