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

// ----- The site in English, and in two languages -----

use common::{build_into, example_output, read, snapshot};

/// A letter that only Vietnamese writes (a vowel with a tone or a hat, đ).
fn vietnamese_letter(s: &str) -> Option<char> {
    s.chars().find(|c| {
        "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
            .contains(c.to_lowercase().next().unwrap_or(*c))
    })
}

/// `text` without `/* … */` comments and lines that are `//` comments.
fn without_comments(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn an_english_site_prints_no_vietnamese_of_its_own_and_writes_numbers_as_english_does() {
    // Every text of this fixture is plain ASCII English: a Vietnamese letter in its output can
    // only come from the tool.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build_into(&common::fixture("english-site"), &out).unwrap();
    let files = snapshot(&out);
    let mut checked = 0;
    for (rel, bytes) in &files {
        let text_like = [".html", ".js", ".css", ".xml", ".json", ".csv", ".ics"]
            .iter()
            .any(|x| rel.ends_with(x));
        if !text_like {
            continue;
        }
        let text = String::from_utf8_lossy(bytes);
        // Comments in the theme's stylesheets and scripts are for its authors, not printed.
        let text = if rel.ends_with(".css") || rel.ends_with(".js") {
            without_comments(&text)
        } else {
            text.into_owned()
        };
        if let Some(c) = vietnamese_letter(&text) {
            let at = text.find(c).unwrap();
            let around: String = text[at.saturating_sub(60)..].chars().take(120).collect();
            panic!("{rel} holds `{c}`: …{around}…");
        }
        checked += 1;
    }
    assert!(checked > 30, "only {checked} files checked");
    let home = read(&out, "index.html");
    assert!(home.contains("<html lang=\"en\">"), "{home}");
    // Ward 4: 13 + 20.3 + 16 + 15 + 18 − 1 = 81.3.
    let board = read(&out, "campaigns/awards-2024/culture/index.html");
    assert!(board.contains(">81.3<"), "no 81.3 on the board");
    assert!(
        !board.contains("81,3"),
        "a decimal comma on an English board"
    );
    let doc = read(&out, "documents/plan-2024/index.html");
    assert!(doc.contains("Sample District, 15 March 2024"), "{doc}");
}

/// The starter site of `bangvang init` in two languages, with its plan translated.
fn two_languages() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    assert!(bin().arg("init").arg(&site).status().unwrap().success());
    let config = site.join("config.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, text.replace("language: vi", "languages: [vi, en]")).unwrap();
    std::fs::write(
        site.join("content/van-ban/ke-hoach-thi-dua-2024.en.md"),
        "---\ntitle: Plan of the 2024 campaign for cultural life\ncampaign: thi-dua-2024\n---\nThe wards score themselves by 15 November; see [the documents](/van-ban/) and [the file](/tai-lieu/ke-hoach.pdf).\n",
    )
    .unwrap();
    std::fs::create_dir_all(site.join("static/tai-lieu")).unwrap();
    std::fs::write(site.join("static/tai-lieu/ke-hoach.pdf"), b"%PDF-1.4\n").unwrap();
    (dir, site)
}

#[test]
fn a_site_in_two_languages_mirrors_every_page_under_en_with_a_switch() {
    let (dir, site) = two_languages();
    let out = dir.path().join("public");
    build_into(&site, &out).unwrap();
    let files = snapshot(&out);
    let pages: Vec<&String> = files
        .keys()
        .filter(|p| p.ends_with(".html") && !p.starts_with("en/") && *p != "404.html")
        .collect();
    assert!(pages.len() > 20);
    for page in &pages {
        let en = format!("en/{page}");
        assert!(files.contains_key(&en), "{en} is missing");
        let depth = page.matches('/').count();
        let vi_html = String::from_utf8_lossy(&files[*page]);
        let to_en = format!("href=\"{}en/{page}\" hreflang=\"en\"", "../".repeat(depth));
        assert!(vi_html.contains(&to_en), "{page} does not link to {en}");
        let en_html = String::from_utf8_lossy(&files[&en]);
        let to_vi = format!("href=\"{}{page}\" hreflang=\"vi\"", "../".repeat(depth + 1));
        assert!(
            en_html.contains(&to_vi),
            "{en} does not link back to {page}"
        );
        assert!(en_html.contains("<html lang=\"en\">"), "{en}");
    }
    // The translation, in English; the file link leads to the one shared copy.
    let plan = read(&out, "en/van-ban/ke-hoach-thi-dua-2024/index.html");
    assert!(plan.contains("Plan of the 2024 campaign for cultural life"));
    assert!(plan.contains("href=\"../../van-ban/index.html\""), "{plan}");
    assert!(
        plan.contains("href=\"../../../tai-lieu/ke-hoach.pdf\""),
        "{plan}"
    );
    assert!(!plan.contains("class=\"untranslated\""));
    // A page without a translation is there, in Vietnamese, with a note.
    let section = read(&out, "en/van-ban/index.html");
    assert!(section.contains("class=\"untranslated\""), "{section}");
    // Shared files are not copied: the English pages use the root's.
    assert!(!files.contains_key("en/assets/style.css"));
    assert!(
        section.contains("href=\"../../assets/style.css\""),
        "{section}"
    );
    assert!(files.contains_key("en/search-index.js"));
    assert!(!files.contains_key("en/campaigns/thi-dua-2024/results.json"));
    let campaign = read(&out, "en/campaigns/thi-dua-2024/index.html");
    assert!(campaign.contains("href=\"../../../campaigns/thi-dua-2024/results.json\""));
    // English numbers on the English board, Vietnamese ones on the Vietnamese board.
    let board_en = read(&out, "en/campaigns/thi-dua-2024/van-hoa/index.html");
    let board_vi = read(&out, "campaigns/thi-dua-2024/van-hoa/index.html");
    // Phường 2: 14 + 23 + 18 + 17.5 (appraised) + 20 + 2 = 94.5.
    assert!(board_en.contains(">94.5<") && board_vi.contains(">94,5<"));
    // Every link of both languages leads somewhere: `check` reads the pages back.
    let checked = bin()
        .args(["check", "-r", site.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stderr)
    );
}

#[test]
fn a_translation_needs_its_page_and_its_language() {
    let (_dir, site) = two_languages();
    std::fs::write(
        site.join("content/van-ban/mot-minh.en.md"),
        "---\ntitle: Alone\n---\n",
    )
    .unwrap();
    let out = bin()
        .args(["check", "-r", site.to_str().unwrap()])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("error: content/van-ban/mot-minh.en.md: this translation has no page"),
        "{said}"
    );
}

/// The example site is published in Vietnamese and English: its results pages in both, its
/// Biên Hòa guide translated, the other documents kept in Vietnamese with the note.
#[test]
fn the_example_publishes_its_results_and_one_document_in_english() {
    let out = example_output();
    let campaign = read(&out, "en/campaigns/bien-hoa-2023/index.html");
    assert!(campaign.contains("<html lang=\"en\">"));
    assert!(campaign.contains("Score tables and rankings"), "{campaign}");
    let board = read(&out, "en/campaigns/bien-hoa-2023/vhtt/index.html");
    let board_vi = read(&out, "campaigns/bien-hoa-2023/vhtt/index.html");
    // The same leader, its total written as each language writes numbers.
    assert!(board.contains("<strong>93.25</strong>"), "{board}");
    assert!(board_vi.contains("<strong>93,25</strong>"));
    let guide = read(
        &out,
        "en/van-ban/huong-dan-tong-ket-cum-thi-dua-bien-hoa-2023/index.html",
    );
    assert!(guide.contains("SOCIALIST REPUBLIC OF VIET NAM"), "{guide}");
    assert!(guide.contains("Guidance on the 2023 year-end review"));
    assert!(!guide.contains("class=\"untranslated\""));
    let plan = read(
        &out,
        "en/van-ban/ke-hoach-khoi-thi-dua-8-tra-vinh-2020/index.html",
    );
    assert!(plan.contains("class=\"untranslated\""));
    let home = read(&out, "en/index.html");
    assert!(home.contains("Every unit can check each of its points"));
}
