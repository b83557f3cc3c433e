//! `serve` renders again only what an edit reaches, from what each output declares it reads.
//! This renders the whole example site around edits of many kinds and checks that no output
//! that changed was left out of the plan.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bangvang::build::{Options, Prepared, prepare, render_one};
use bangvang::diag::Diagnostics;
use bangvang::render::outputs;
use bangvang::serve::plan::{Plan, plan_rebuild};
use common::{copy_site, repo_root};

fn write(root: &Path, rel: &str, text: impl AsRef<[u8]>) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn replace(root: &Path, rel: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    assert!(text.contains(from), "{rel} has no `{from}`");
    write(root, rel, text.replacen(from, to, 1));
}

/// The site at `root`, prepared; `photos` are an earlier preparation's, when unchanged.
fn prepared_with(root: &Path, photos: Option<&Prepared>) -> Prepared {
    let mut d = Diagnostics::new();
    let opts = Options {
        root: root.to_path_buf(),
        ..Default::default()
    };
    let p = prepare(&opts, photos.map(|p| Arc::clone(&p.photos)), &mut d).unwrap();
    assert!(!d.has_errors(), "{d:?}");
    p
}

fn changed(paths: &[&str]) -> BTreeSet<PathBuf> {
    paths.iter().map(PathBuf::from).collect()
}

/// Every file of every output, by output: what a full render makes.
fn render_all(p: &Prepared) -> Vec<BTreeMap<String, Vec<u8>>> {
    outputs(&p.site)
        .iter()
        .map(|o| {
            render_one(p, o)
                .unwrap_or_else(|d| panic!("{o:?}: {d}"))
                .into_iter()
                .collect()
        })
        .collect()
}

/// Edits of many kinds to the example site, one after another: the plan of each must name
/// every output whose bytes changed (a page that prints something it does not declare would
/// be left stale by `serve`), and stay partial.
#[test]
fn the_plan_misses_no_change() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_site(&repo_root(), &root);
    // The plan of a site in several languages renders everything again (PLAN_LANGUAGES):
    // the plan is tested on the example in its main language alone.
    replace(
        &root,
        "config.yaml",
        "languages: [vi, en]",
        "languages: [vi]",
    );
    let served = tmp.path().join("served");
    let another_photo = std::fs::read(root.join("static/photos/vu-thi-anh.jpg")).unwrap();
    type Edit<'a> = (&'a str, Box<dyn Fn(&Path) + 'a>);
    let edit = |rel: &'static str, from: &'static str, to: &'static str| -> Edit {
        (
            rel,
            Box::new(move |root: &Path| replace(root, rel, from, to)),
        )
    };
    let edits: Vec<Edit> = vec![
        edit(
            "data/campaigns/bien-hoa-2023/scores/vhtt/self.csv",
            "Phường Trung Dũng;3,75;4;",
            "Phường Trung Dũng;3,75;2,5;",
        ),
        edit(
            "data/units.yaml",
            "name: \"Phường Thanh Bình\"",
            "name: \"Phường Thanh Bình mới\"",
        ),
        edit(
            "data/campaigns/tinh-bien-2024/campaign.yaml",
            "title: ",
            "title: Sửa — ",
        ),
        edit(
            "data/campaigns/bien-hoa-2023/rubrics/vhtt.yaml",
            "Xây dựng kế hoạch năm và kế hoạch chuyên đề",
            "Xây dựng kế hoạch năm",
        ),
        edit(
            "data/campaigns/bien-hoa-2023/campaign.yaml",
            "leader: bh-trung-dung",
            "leader: bh-thanh-binh",
        ),
        edit(
            "content/van-ban/ke-hoach-thi-dua-vhttdl-tinh-bien-2024.md",
            "\n---\n",
            "\n---\nMột câu mở đầu mới.\n\n",
        ),
        edit(
            "content/van-ban/ke-hoach-thi-dua-vhttdl-tinh-bien-2024.md",
            "title: ",
            "title: Sửa — ",
        ),
        edit(
            "content/van-ban/_index.md",
            "Các kế hoạch, hướng dẫn",
            "Những kế hoạch, hướng dẫn",
        ),
        edit(
            "content/honorees/le-van-ut.md",
            "Rút thời gian tổng hợp",
            "Giảm thời gian tổng hợp",
        ),
        edit(
            "data/honorees.csv",
            "Huấn luyện viên võ cổ truyền",
            "Huấn luyện viên võ thuật",
        ),
        edit(
            "content/conferences/hoi-nghi-dien-hinh-ha-noi-2020.md",
            "venue: Hội trường",
            "venue: Hội trường lớn,",
        ),
        edit(
            "content/honorees/_index.md",
            "Những cá nhân, tập thể",
            "Các cá nhân, tập thể",
        ),
        edit("config.yaml", "title: ", "title: Sửa — "),
        (
            "static/photos/le-van-ut.jpg",
            Box::new(move |root: &Path| write(root, "static/photos/le-van-ut.jpg", &another_photo)),
        ),
    ];
    let mut old = prepared_with(&root, None);
    let mut before = render_all(&old);
    let mut partial = 0;
    for (rel, apply) in &edits {
        apply(&root);
        let touches_photos = rel.starts_with("static") || rel.contains("honorees");
        let new = prepared_with(&root, (!touches_photos).then_some(&old));
        let after = render_all(&new);
        let plan = plan_rebuild(&old, &new, &changed(&[rel]), &served);
        if let Plan::Partial {
            outputs: selected,
            photos,
            ..
        } = &plan
        {
            partial += 1;
            let all = outputs(&new.site);
            assert_eq!(all.len(), after.len());
            let mut changed_outputs = 0;
            for (i, output) in all.iter().enumerate() {
                if before[i] != after[i] {
                    changed_outputs += 1;
                    assert!(
                        selected.contains(output),
                        "{rel}: {output:?} changed but the plan leaves it out"
                    );
                }
            }
            for photo in new.photos.paths() {
                if old.photos.get(&photo).ok() != new.photos.get(&photo).ok() {
                    changed_outputs += 1;
                    assert!(photos.contains(&photo), "{rel}: photo {photo} not written");
                }
            }
            assert!(changed_outputs > 0, "{rel}: the edit changed nothing");
            if rel.contains("scores") {
                assert!(
                    selected.len() < all.len() / 3,
                    "{rel}: a score edit renders {} of {} outputs",
                    selected.len(),
                    all.len()
                );
            }
        } else {
            assert_eq!(*rel, "config.yaml", "{rel}: {plan:?}");
        }
        old = new;
        before = after;
    }
    assert_eq!(partial, edits.len() - 1);
}
