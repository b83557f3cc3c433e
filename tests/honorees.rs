//! Whole builds of the honoree fixture site (`tests/fixtures/honorees-site/`): profiles,
//! the index in Vietnamese order, the CSV row merged with its Markdown story, photos made
//! ready at build time, conferences and handouts, and a broken photo stopping the build.

mod common;

use std::path::{Path, PathBuf};

use common::{build_into, read, snapshot, strip_tags};

fn fixture() -> PathBuf {
    common::repo_root().join("tests/fixtures/honorees-site")
}

/// Builds the fixture into a new temporary folder; returns the folder (kept alive) and the
/// output path.
fn built() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    if let Err(d) = build_into(&fixture(), &out) {
        let msgs: Vec<String> = d.iter().map(|x| x.to_string()).collect();
        panic!("the fixture does not build:\n{}", msgs.join("\n"));
    }
    (dir, out)
}

/// A copy of the fixture to break on purpose.
fn copy_fixture(to: &Path) {
    for e in walkdir::WalkDir::new(fixture()) {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(fixture()).unwrap();
        let target = to.join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// The names of the honoree cards of a page, in page order.
fn card_names(html: &str) -> Vec<String> {
    html.split("<li class=\"honoree-card\"")
        .skip(1)
        .map(|card| strip_tags(&card[card.find("<h3>").unwrap()..card.find("</h3>").unwrap()]))
        .collect()
}

const IDS: [&str; 10] = [
    "cau-lac-bo-cau-long",
    "cau-lac-bo-don-ca",
    "doi-thong-tin",
    "hoang-van-anh",
    "le-van-ut",
    "nguyen-van-dung",
    "nhom-chuyen-doi-so",
    "pham-thi-ung",
    "tran-thi-dao",
    "vu-thi-anh",
];

#[test]
fn every_honoree_has_a_profile_and_the_index_is_in_vietnamese_order() {
    let (_dir, out) = built();
    for id in IDS {
        let page = read(&out, &format!("honorees/{id}/index.html"));
        assert!(page.contains("class=\"honoree-profile\""), "{id}");
    }
    let index = read(&out, "honorees/index.html");
    assert_eq!(
        card_names(&index),
        [
            "Vũ Thị Anh", // the given name decides; no tone before sắc
            "Hoàng Văn Ánh",
            "Nguyễn Văn Dũng", // D before Đ
            "Trần Thị Đào",
            "Lê Văn Út", // U before Ư
            "Phạm Thị Ưng",
            "Câu lạc bộ Cầu lông Phường 12", // collectives by full name: c before đ
            "Câu lạc bộ Đờn ca tài tử Phường 2",
            "Đội Thông tin lưu động", // Đ after D, before N
            "Nhóm Chuyển đổi số cộng đồng",
        ]
    );
    assert!(
        index.contains("id=\"ca-nhan\"") && index.contains("id=\"tap-the\""),
        "grouped by kind, with anchors"
    );
    assert!(
        index.contains("data-field=\"Thể thao\""),
        "cards carry what the filter reads"
    );
    assert!(index.contains("assets/honorees.js"));
    let nav = read(&out, "index.html");
    assert!(
        nav.contains("href=\"honorees/index.html\">Gương điển hình</a>")
            && nav.contains("href=\"conferences/index.html\">Hội nghị</a>"),
        "navigation entries"
    );
    assert!(
        !out.join("sitemap.xml").exists(),
        "no sitemap without base_url: its addresses would not be absolute"
    );
}

#[test]
fn the_csv_row_and_the_markdown_story_make_one_profile() {
    let (_dir, out) = built();
    let page = read(&out, "honorees/le-van-ut/index.html");
    assert!(
        page.contains("Công chức Văn phòng - Thống kê"),
        "position from the CSV row"
    );
    assert!(
        page.contains("Số hóa sổ theo dõi phong trào."),
        "summary from the CSV row"
    );
    assert!(
        page.contains("Bảng tính theo dõi thi đua dùng chung cho 14 khu phố"),
        "achievements from the Markdown"
    );
    assert!(
        page.contains("<strong>từ chồng giấy đến bảng tính</strong>"),
        "story from the Markdown"
    );
    assert!(
        page.contains("Hội nghị điển hình tiên tiến mẫu"),
        "the conference it spoke at"
    );
}

#[test]
fn photos_are_resized_turned_upright_and_never_enlarged() {
    let (_dir, out) = built();
    let dims =
        |rel: &str| image::image_dimensions(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    // 600×400 stored sideways with EXIF orientation 6: upright 400×600, so the larger size
    // is the original's 400 px, not 480.
    assert_eq!(dims("photos/nguyen-van-dung-240w.jpg"), (240, 360));
    assert_eq!(dims("photos/nguyen-van-dung-400w.jpg"), (400, 600));
    assert!(!out.join("photos/nguyen-van-dung-480w.jpg").exists());
    // 180 px wide: one size, its own.
    assert_eq!(dims("photos/le-van-ut-180w.jpg"), (180, 200));
    assert!(!out.join("photos/le-van-ut-240w.jpg").exists());
    let page = read(&out, "honorees/nguyen-van-dung/index.html");
    assert!(page.contains("srcset=\"../../photos/nguyen-van-dung-240w.jpg 240w, ../../photos/nguyen-van-dung-400w.jpg 400w\""), "{page}");
    assert!(
        page.contains("width=\"400\" height=\"600\"")
            && page.contains("loading=\"lazy\"")
            && page.contains("alt=\"Ảnh Nguyễn Văn Dũng\"")
    );
    let without = read(&out, "honorees/tran-thi-dao/index.html");
    assert!(
        without.contains("<svg class=\"avatar\"") && without.contains(">TĐ</text>"),
        "an initials avatar when there is no photo"
    );
}

#[test]
fn conference_page_and_handout() {
    let (_dir, out) = built();
    let page = read(&out, "conferences/hoi-nghi-mau/index.html");
    assert!(page.contains("<time>08:00</time>"), "times written HH:MM");
    assert!(
        page.contains("href=\"../../honorees/nguyen-van-dung/index.html\">Nguyễn Văn Dũng</a>"),
        "speakers linked to profiles"
    );
    assert!(
        page.contains("href=\"../../plan/index.html\">Kế hoạch hội nghị mẫu</a>"),
        "documents of the conference"
    );
    assert_eq!(
        card_names(&page),
        ["Nguyễn Văn Dũng", "Lê Văn Út", "Đội Thông tin lưu động"],
        "commended, in the conference's order"
    );
    let handout = read(&out, "conferences/hoi-nghi-mau/handout/index.html");
    assert!(handout.contains("data-profiles=\"3\" data-campaigns=\"0\""));
    assert!(handout.contains("Gương điển hình 3/3"));
    assert!(
        handout.contains("@top-center { content: \"Hội nghị điển hình tiên tiến mẫu\"; }"),
        "running title"
    );
    let plan = read(&out, "plan/index.html");
    assert!(
        plan.contains("Hội nghị: <a href=\"../conferences/hoi-nghi-mau/index.html\">"),
        "the document links back"
    );
    assert!(
        read(&out, "index.html").contains("Hội nghị điển hình tiên tiến mẫu"),
        "the home page lists conferences"
    );
}

#[test]
fn same_input_same_output() {
    let (_a, out_a) = built();
    let (_b, out_b) = built();
    assert!(snapshot(&out_a) == snapshot(&out_b), "two builds differ");
}

#[test]
fn a_broken_photo_stops_the_build_naming_the_photo_and_the_honoree() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    copy_fixture(&site);
    let out = dir.path().join("public");
    build_into(&site, &out).unwrap();
    let before = snapshot(&out);
    let photo = site.join("static/photos/nguyen-van-dung.jpg");
    let bytes = std::fs::read(&photo).unwrap();
    std::fs::write(&photo, &bytes[..bytes.len() / 4]).unwrap();
    let errs: Vec<String> = build_into(&site, &out)
        .unwrap_err()
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert!(
        errs.iter().any(|e| e.starts_with("error: static/photos/nguyen-van-dung.jpg: the photo is damaged") && e.contains("`nguyen-van-dung` (Nguyễn Văn Dũng), set at content/honorees/nguyen-van-dung.md:5:1")),
        "{errs:#?}"
    );
    assert!(
        snapshot(&out) == before,
        "the previous output is left as it was"
    );
    std::fs::remove_file(&photo).unwrap();
    let errs: Vec<String> = build_into(&site, &out)
        .unwrap_err()
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert!(errs.iter().any(|e| e.starts_with("error: content/honorees/nguyen-van-dung.md:5:1: the photo static/photos/nguyen-van-dung.jpg of `nguyen-van-dung` does not exist")), "{errs:#?}");
}
