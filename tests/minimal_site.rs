//! SPEC §2: a folder holding only `config.yaml` and `data/` builds a complete results site with
//! the built-in theme.

mod common;

use common::{build_into, read, repo_root};

#[test]
fn config_and_data_alone_build_a_complete_site() {
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("config.yaml"), "title: Kết quả thi đua\n").unwrap();
    let copy = |from: &std::path::Path, to: &std::path::Path| {
        for e in walkdir::WalkDir::new(from) {
            let e = e.unwrap();
            let target = to.join(e.path().strip_prefix(from).unwrap());
            if e.file_type().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
            } else {
                std::fs::copy(e.path(), &target).unwrap();
            }
        }
    };
    copy(&repo_root().join("data"), &site.path().join("data"));
    // Nominations name honorees whose stories live in content/, which this site has not.
    let campaign = site
        .path()
        .join("data/campaigns/bien-hoa-2023/campaign.yaml");
    let text = std::fs::read_to_string(&campaign).unwrap();
    let kept = text.split("\nnominations:").next().unwrap().to_string() + "\n";
    std::fs::write(&campaign, kept).unwrap();
    let out = site.path().join("public");
    build_into(site.path(), &out).unwrap();
    let home = read(&out, "index.html");
    assert!(home.contains("Kết quả thi đua"));
    assert!(
        home.contains("campaigns/bien-hoa-2023/index.html"),
        "the home page lists the campaigns"
    );
    for f in [
        "assets/style.css",
        "assets/print.css",
        "assets/sort.js",
        "404.html",
        "search-index.js",
        "campaigns/quan-5-2020/results.json",
        "campaigns/quan-5-2020/mat-tran/cum-1/index.html",
    ] {
        assert!(out.join(f).exists(), "{f} missing");
    }
}
