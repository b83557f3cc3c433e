//! Whole-site properties of the example build: links resolve, builds are byte-identical,
//! broken input leaves the previous output untouched, dangerous outputs are refused.

mod common;

use std::path::Path;

use common::{build_into, copy_dir, example_output, references, repo_root, snapshot};

#[test]
fn every_internal_link_and_asset_resolves() {
    let out = example_output();
    let files = snapshot(&out);
    let mut broken = Vec::new();
    for (rel, bytes) in &files {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        let dir = Path::new(rel).parent().unwrap_or(Path::new(""));
        for r in references(&html) {
            if r.contains("://")
                || r.starts_with("mailto:")
                || r.starts_with("tel:")
                || r.starts_with('#')
                || r.starts_with("data:")
            {
                continue;
            }
            let path = r.split('#').next().unwrap();
            assert!(!path.starts_with('/'), "{rel}: absolute link {r}");
            let target = normalise(&dir.join(path));
            if rel == "404.html" {
                continue;
            }
            if !files.contains_key(&target) {
                broken.push(format!("{rel} → {r}"));
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

fn normalise(p: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    parts.join("/")
}

#[test]
fn every_page_is_reachable_from_the_home_page() {
    let out = example_output();
    let files = snapshot(&out);
    let mut seen = std::collections::BTreeSet::new();
    let mut queue = vec!["index.html".to_string()];
    while let Some(rel) = queue.pop() {
        if !seen.insert(rel.clone()) {
            continue;
        }
        let Some(bytes) = files.get(&rel) else {
            continue;
        };
        let dir = Path::new(&rel)
            .parent()
            .unwrap_or(Path::new(""))
            .to_path_buf();
        for r in references(&String::from_utf8_lossy(bytes)) {
            if r.contains("://")
                || r.starts_with('#')
                || !r.split('#').next().unwrap().ends_with(".html")
            {
                continue;
            }
            queue.push(normalise(&dir.join(r.split('#').next().unwrap())));
        }
    }
    let unreachable: Vec<&String> = files
        .keys()
        .filter(|f| f.ends_with("index.html") && !seen.contains(*f))
        .collect();
    assert!(
        unreachable.is_empty(),
        "pages not reachable from the home page: {unreachable:?}"
    );
}

#[test]
fn two_builds_are_byte_identical() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    build_into(&repo_root(), &a.path().join("out")).unwrap();
    build_into(&repo_root(), &b.path().join("out")).unwrap();
    let (sa, sb) = (
        snapshot(&a.path().join("out")),
        snapshot(&b.path().join("out")),
    );
    assert_eq!(sa.keys().collect::<Vec<_>>(), sb.keys().collect::<Vec<_>>());
    for (k, v) in &sa {
        assert!(v == &sb[k], "{k} differs between two builds");
    }
}

/// A small copy of the example site: config, content, data and static.
fn scratch_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for part in ["content", "data", "static"] {
        if repo_root().join(part).exists() {
            copy_dir(&repo_root().join(part), &dir.path().join(part));
        }
    }
    std::fs::copy(
        repo_root().join("config.yaml"),
        dir.path().join("config.yaml"),
    )
    .unwrap();
    dir
}

#[test]
fn broken_front_matter_fails_with_a_position_and_keeps_the_previous_output() {
    let site = scratch_site();
    let out = site.path().join("public");
    build_into(site.path(), &out).unwrap();
    let before = snapshot(&out);
    std::fs::write(
        site.path().join("content/van-ban/hong.md"),
        "---\ntitle: Hỏng\ndate: [2024\n---\nNội dung\n",
    )
    .unwrap();
    let err = build_into(site.path(), &out).unwrap_err();
    let msg: Vec<String> = err.iter().map(|d| d.to_string()).collect();
    let line = msg
        .iter()
        .find(|m| m.contains("content/van-ban/hong.md:"))
        .unwrap_or_else(|| panic!("{msg:?}"));
    let pos = line.split("hong.md:").nth(1).unwrap();
    let nums: Vec<&str> = pos.split(':').take(2).collect();
    assert!(
        nums.iter().all(|n| n.trim().parse::<usize>().is_ok()),
        "no line:column in {line}"
    );
    assert_eq!(snapshot(&out), before, "the previous output changed");
    let leftovers: Vec<_> = std::fs::read_dir(site.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().contains("bangvang"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "staging folders left behind: {leftovers:?}"
    );
}

#[test]
fn an_output_at_the_site_root_is_refused() {
    let site = scratch_site();
    let err = build_into(site.path(), site.path()).unwrap_err();
    assert!(
        err.iter().any(|d| d.message.contains("site folder")),
        "{:?}",
        err.iter().map(|d| d.to_string()).collect::<Vec<_>>()
    );
    assert!(site.path().join("content/_index.md").exists());
    let mine = site.path().join("notes");
    std::fs::create_dir(&mine).unwrap();
    std::fs::write(mine.join("x.txt"), "mine").unwrap();
    assert!(
        build_into(site.path(), &mine).is_err(),
        "a folder bangvang did not create must not be cleared"
    );
    assert_eq!(std::fs::read_to_string(mine.join("x.txt")).unwrap(), "mine");
}
