//! Light pages for readers (issue 14) on a generated mid-size site: 600 units in 6 clusters
//! and 1,600 honorees, enough to pass every threshold (500 rows a page, 2,000 search entries)
//! and small enough to build in seconds. Long boards and the honoree index come in parts, the
//! campaign page counts cluster members, results.json has its parts, the search index its
//! shards; 404.html works at any depth; no sitemap without base_url; the feed has an author.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::{build_into, read};

const UNITS: usize = 600;
const CLUSTERS: usize = 6;
const HONOREES: usize = 1_600;

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// Writes the site; `config` is its config.yaml.
fn generate(root: &Path, config: &str) {
    write(root, "config.yaml", config);
    write(root, "content/_index.md", "---\ntitle: Trang chủ\n---\n");
    write(root, "content/tin/_index.md", "---\ntitle: Tin tức\n---\n");
    write(
        root,
        "content/tin/ke-hoach.md",
        "---\ntitle: Kế hoạch\ndate: 2024-03-15\ndocument:\n  type: KẾ HOẠCH\n  number: 1/KH-UBND\n  issuer: UBND TỈNH\n  place: Hà Nội\n  date: 2024-03-15\n  summary: Phát động phong trào\n---\nNội dung.\n",
    );
    let mut units = String::from("id,name,kind\n");
    let mut scores = String::from("unit,1,2\n");
    for u in 0..UNITS {
        writeln!(units, "u{u:04},Đơn vị {u},xa").unwrap();
        writeln!(scores, "u{u:04},{},{}", u % 11, (u / 7) % 11).unwrap();
    }
    write(root, "data/units.csv", &units);
    let mut campaign =
        String::from("title: Phong trào lớn\nyear: 2024\norganiser: Sở\nclusters:\n");
    let per = UNITS / CLUSTERS;
    for c in 0..CLUSTERS {
        let members: Vec<String> = (c * per..(c + 1) * per)
            .map(|u| format!("u{u:04}"))
            .collect();
        writeln!(
            campaign,
            "  - {{id: cum-{c}, name: Cụm {c}, members: [{}]}}",
            members.join(", ")
        )
        .unwrap();
    }
    campaign.push_str(
        "rubrics: [r]\nawards:\n  - {title: Cờ thi đua, rubric: r, scope: cluster, ranks: 1}\n",
    );
    write(root, "data/campaigns/lon/campaign.yaml", &campaign);
    write(
        root,
        "data/campaigns/lon/rubrics/r.yaml",
        "title: Bảng điểm\ncriteria:\n  - {id: \"1\", title: Một, max: 10}\n  - {id: \"2\", title: Hai, max: 10}\n",
    );
    write(root, "data/campaigns/lon/scores/r/self.csv", &scores);
    let mut h = String::from("id,name,kind,unit,position,field,photo,summary\n");
    for i in 0..HONOREES {
        writeln!(
            h,
            "h{i:04},Người số {i},individual,u{:04},Cán bộ,Thể thao,,",
            i % UNITS
        )
        .unwrap();
    }
    write(root, "data/honorees.csv", &h);
}

/// The site built once without base_url: (folder kept alive, output).
fn built() -> &'static (tempfile::TempDir, PathBuf) {
    static SITE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        generate(&root, "title: Bảng vàng lớn\norganisation: Sở Văn hóa\n");
        let out = dir.path().join("public");
        if let Err(d) = build_into(&root, &out) {
            let msgs: Vec<String> = d.iter().map(|x| x.to_string()).collect();
            panic!("the generated site does not build:\n{}", msgs.join("\n"));
        }
        (dir, out)
    })
}

fn out() -> &'static Path {
    &built().1
}

/// Every unit's scorecard link on a page.
fn scorecard_links(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|s| s.contains("/r/units/"))
        .map(|s| s.trim_start_matches("../").to_string())
        .collect()
}

#[test]
fn a_long_board_comes_in_parts_that_name_every_unit_once() {
    let first = read(out(), "campaigns/lon/r/index.html");
    let second = read(out(), "campaigns/lon/r/trang_2/index.html");
    assert!(
        !out().join("campaigns/lon/r/trang_3").exists(),
        "600 rows: two parts"
    );
    assert!(
        first.contains("href=\"../../../campaigns/lon/r/trang_2/index.html\">501–600</a>"),
        "links the second part"
    );
    assert!(
        second.contains("href=\"../../../../campaigns/lon/r/index.html\">1–500</a>")
            && second.contains("aria-current=\"page\">501–600"),
        "the second part links back, relative"
    );
    let mut links = scorecard_links(&first);
    links.extend(scorecard_links(&second));
    links.sort();
    links.dedup();
    assert_eq!(links.len(), UNITS, "every unit once over the parts");
    assert!(
        first.contains("id=\"bang-cham-diem\""),
        "the rubric on the first part"
    );
    assert!(!second.contains("id=\"bang-cham-diem\""));
    // A cluster's board of 100 is one page, without part links.
    let cluster = read(out(), "campaigns/lon/r/cum-0/index.html");
    assert!(
        !cluster.contains("class=\"parts\"")
            && !out().join("campaigns/lon/r/cum-0/trang_2").exists()
    );
}

#[test]
fn the_honoree_index_comes_in_parts() {
    let parts: Vec<String> = (1..=4)
        .map(|n| match n {
            1 => read(out(), "honorees/index.html"),
            n => read(out(), &format!("honorees/trang_{n}/index.html")),
        })
        .collect();
    assert!(
        !out().join("honorees/trang_5").exists(),
        "1,600 honorees: four parts"
    );
    let cards: usize = parts
        .iter()
        .map(|p| p.matches("<li class=\"honoree-card\"").count())
        .sum();
    assert_eq!(cards, HONOREES, "every honoree's card once over the parts");
    assert!(parts[3].contains("1501–1600"));
    assert!(parts.iter().all(|p| p.len() < 1_000_000));
    assert!(
        !parts[0].contains("data-filter=\"unit\""),
        "600 units: no filter by unit, which would weigh on every part"
    );
    assert!(parts[0].contains("data-filter=\"field\""));
}

#[test]
fn a_large_campaign_page_counts_members_and_links_the_results_by_rubric() {
    let page = read(out(), "campaigns/lon/index.html");
    assert!(page.contains("100 đơn vị"), "members counted");
    assert!(!page.contains("units/u0042/index.html"), "not named");
    assert!(
        page.contains("href=\"../../campaigns/lon/r/results.json\""),
        "the rubric's results"
    );
}

#[test]
fn results_come_whole_by_rubric_and_by_cluster() {
    let whole: serde_json::Value =
        serde_json::from_str(&read(out(), "campaigns/lon/results.json")).unwrap();
    assert_eq!(
        whole["rubrics"][0]["units"].as_array().unwrap().len(),
        UNITS
    );
    let rubric: serde_json::Value =
        serde_json::from_str(&read(out(), "campaigns/lon/r/results.json")).unwrap();
    assert_eq!(
        rubric["rubrics"], whole["rubrics"],
        "the same rubric, whole"
    );
    assert_eq!(rubric["sources"], whole["sources"]);
    let cluster: serde_json::Value =
        serde_json::from_str(&read(out(), "campaigns/lon/r/cum-2/results.json")).unwrap();
    let units = cluster["rubrics"][0]["units"].as_array().unwrap();
    assert_eq!(units.len(), UNITS / CLUSTERS);
    assert!(units.iter().all(|u| u["cluster"] == "cum-2"));
    let awards = cluster["rubrics"][0]["awards"].as_array().unwrap();
    assert!(!awards.is_empty() && awards.iter().all(|a| a["cluster"] == "cum-2"));
}

/// A rubric of more than 500 units has its sheet written through a temporary file: the
/// workbook still holds every unit, in ranking order, with its figures.
#[test]
fn a_large_rubric_s_workbook_holds_every_unit() {
    use calamine::{DataType, Reader};
    let whole: serde_json::Value =
        serde_json::from_str(&read(out(), "campaigns/lon/results.json")).unwrap();
    let units = whole["rubrics"][0]["units"].as_array().unwrap();
    let bytes = std::fs::read(out().join("campaigns/lon/results.xlsx")).unwrap();
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let names = book.sheet_names();
    let sheet = book.worksheet_range(&names[0]).unwrap();
    let rows: Vec<&[calamine::Data]> = sheet.rows().collect();
    assert_eq!(rows.len(), UNITS + 1, "a heading and one row per unit");
    let heading: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    let at = |name: &str| heading.iter().position(|h| h == name).unwrap();
    let (unit, total) = (at("unit"), at("total"));
    for (row, u) in rows[1..].iter().zip(units) {
        assert_eq!(row[unit].to_string(), u["unit"].as_str().unwrap());
        assert_eq!(row[total].as_f64(), u["total"].as_f64());
    }
}

#[test]
fn the_search_index_of_a_large_site_is_in_shards() {
    let manifest = read(out(), "search-index.js");
    assert!(manifest.starts_with("window.BANGVANG_SEARCH_SHARDS={"));
    assert!(!manifest.contains("BANGVANG_SEARCH="), "no whole index");
    assert!(manifest.contains("\"chunk\":500"), "{manifest}");
    // "Người số 7" folds to "nguoi so 7": its number is in the key files "ng", "so" and "7",
    // with its words of that key; the entry itself is written once, in a chunk.
    let ng = read(out(), "search/ng.js");
    assert!(ng.starts_with("(window.BANGVANG_SEARCH_PARTS="));
    assert!(
        !ng.contains("Người"),
        "key files hold numbers and folded words only"
    );
    assert_eq!(
        ng.matches("\"nguoi\"").count(),
        HONOREES,
        "only what has a word in ng"
    );
    assert!(manifest.contains(&format!("\"ng\":{HONOREES}")));
    let mut chunks = 0;
    let mut titles = 0;
    while out().join(format!("search/entries-{chunks}.js")).is_file() {
        let chunk = read(out(), &format!("search/entries-{chunks}.js"));
        assert!(chunk.starts_with("(window.BANGVANG_SEARCH_ENTRIES="));
        titles += chunk.matches("\"t\":").count();
        chunks += 1;
    }
    assert!(chunks > 1, "entries in several chunks");
    assert!(
        manifest.contains(&format!("\"entries\":{titles}")),
        "every entry once: {titles}"
    );
    assert!(read(out(), "search/do.js").contains("\"don\""));
    let page = read(out(), "search/index.html");
    assert!(page.contains("data-shards=\"../search/\""));
}

/// The status line, the results (title, address) and the index files loaded.
type Shown = (String, Vec<(String, String)>, String);

/// What search.js shows for `query` on the built site's search page, run by Node without a
/// browser (tests/search_harness.js): the status, the results (title, address) and the index
/// files loaded. `None` when Node is not installed (CI has it and requires it).
fn search(query: &str) -> Option<Shown> {
    let harness = common::repo_root().join("tests/search_harness.js");
    let run = std::process::Command::new("node")
        .arg(&harness)
        .arg(out())
        .arg(query)
        .output();
    let run = match run {
        Ok(r) => r,
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("node is not installed: the search script is not run");
            return None;
        }
        Err(e) => panic!("node: {e}"),
    };
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = String::from_utf8(run.stdout).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    let loaded = lines.pop().unwrap().to_string();
    let status = lines.remove(0).to_string();
    let results = lines
        .iter()
        .map(|l| {
            let (t, u) = l.split_once('\t').unwrap();
            (t.to_string(), u.to_string())
        })
        .collect();
    Some((status, results, loaded))
}

#[test]
fn a_query_loads_one_key_file_and_the_chunks_of_its_results() {
    // Folded, any case, a word's start: "người số 1234" → "nguoi", "so", "1234".
    let Some((status, results, loaded)) = search("NGƯỜI Số 1234") else {
        return;
    };
    assert_eq!(status, "1 found");
    assert_eq!(
        results,
        [(
            "Người số 1234".to_string(),
            "../honorees/h1234/index.html".to_string()
        )]
    );
    // The smallest key file of the words ("12": fewer entries than "ng" and "so"), then the
    // one chunk that holds the entry.
    assert!(loaded.starts_with("loaded: 12.js entries-"), "{loaded}");
    assert_eq!(loaded.split(' ').count(), 3, "{loaded}");

    // A common word: the first hundred, from the first chunks only.
    let (status, results, loaded) = search("nguoi").unwrap();
    assert_eq!(status, "100 found first");
    assert_eq!(results.len(), 100);
    assert!(results.iter().all(|(t, _)| t.starts_with("Người số")));
    assert!(loaded.split(' ').count() < 6, "{loaded}");

    // A word no entry has, and one letter.
    assert_eq!(search("xyzw").unwrap().0, "none");
    assert_eq!(search("x").unwrap().0, "short");
    // Several words, each the start of a word of the entry: "đơn vị 59" is units 59 and
    // 590–599, and the honorees of those units (their text names their unit).
    let units: Vec<usize> = std::iter::once(59).chain(590..600).collect();
    let (_, results, _) = search("don vi 59").unwrap();
    let mut names: Vec<String> = results
        .iter()
        .map(|(t, _)| t.clone())
        .filter(|t| t.starts_with("Đơn vị"))
        .collect();
    names.sort();
    let mut expected: Vec<String> = units.iter().map(|u| format!("Đơn vị {u}")).collect();
    expected.sort();
    assert_eq!(names, expected);
    let honorees = (0..HONOREES)
        .filter(|i| units.contains(&(i % UNITS)))
        .count();
    assert_eq!(results.len(), units.len() + honorees, "{results:?}");
}

#[test]
fn the_404_page_finds_the_root_at_any_depth() {
    let page = read(out(), "404.html");
    assert!(
        page.contains("href=\"index.html\""),
        "written from the root"
    );
    assert!(
        page.contains("var tops = [") && page.contains("\"campaigns\"") && page.contains("\"tin\"")
    );
}

#[test]
fn no_sitemap_without_base_url_and_the_feed_has_an_author() {
    assert!(!out().join("sitemap.xml").exists());
    assert!(
        !read(out(), "index.html").contains("sitemap.xml"),
        "the footer does not link it"
    );
    let atom = read(out(), "atom.xml");
    assert!(atom.contains("<author><name>Sở Văn hóa</name></author>"));
}

#[test]
fn with_base_url_the_sitemap_and_the_404_are_absolute() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    generate(
        &root,
        "title: Bảng vàng lớn\nbase_url: https://bangvang.example/tinh/\n",
    );
    // Fewer pages than the shared site would do, but base_url must hold for them all.
    let out = dir.path().join("public");
    build_into(&root, &out).unwrap();
    let sitemap = read(&out, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://bangvang.example/tinh/campaigns/lon/r/trang_2/</loc>"));
    let page = read(&out, "404.html");
    assert!(page.contains("href=\"https://bangvang.example/tinh/index.html\""));
    assert!(!page.contains("var tops"), "no script needed");
    let atom = read(&out, "atom.xml");
    assert!(
        atom.contains("<author><name>Bảng vàng lớn</name></author>"),
        "the title without an organisation"
    );
}

#[test]
fn check_finds_every_link_of_the_parts_and_says_why_there_is_no_sitemap() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    generate(&root, "title: Bảng vàng lớn\n");
    let o = common::cli::run(&["check", "--root", root.to_str().unwrap()], dir.path());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        !err.contains("error"),
        "no broken link between parts: {err}"
    );
    assert!(
        err.contains("sitemap.xml is not written because config.yaml has no base_url"),
        "{err}"
    );
}
