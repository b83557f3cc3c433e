use std::collections::BTreeMap;

use super::*;
use crate::build::{Options, prepare};
use crate::diag::Diagnostics;

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
    let p = prepare(
        &opts,
        photos.map(|p| std::sync::Arc::clone(&p.photos)),
        &mut d,
    )
    .unwrap();
    assert!(!d.has_errors(), "{d:?}");
    p
}

fn prepared(root: &Path) -> Prepared {
    prepared_with(root, None)
}

/// What a plan renders: pages by their address, other outputs by name, copies and photos.
fn rendered(p: &Prepared, plan: &Plan) -> Vec<String> {
    let mut out: Vec<String> = match plan {
        Plan::Full(why) => vec![format!("everything: {why}")],
        Plan::Partial {
            outputs,
            photos,
            copies,
        } => outputs
            .iter()
            .map(|o| match o.route(&p.site) {
                Some(r) => format!("/{}", r.path()),
                None => format!("{o:?}"),
            })
            .chain(photos.iter().map(|ph| format!("photo {ph}")))
            .chain(
                copies
                    .iter()
                    .map(|(from, to)| format!("copy {} → {to}", from.display())),
            )
            .collect(),
    };
    out.sort();
    out
}

fn changed(paths: &[&str]) -> BTreeSet<PathBuf> {
    paths.iter().map(PathBuf::from).collect()
}

#[test]
fn a_change_renders_what_it_touches() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let out = root.join("out");
    write(root, "config.yaml", "title: Thử\n");
    write(root, "content/_index.md", "---\ntitle: Trang chủ\n---\n");
    write(root, "content/tin/_index.md", "---\ntitle: Tin\n---\n");
    write(root, "content/tin/a.md", "---\ntitle: A\n---\nmột\n");
    write(root, "content/tin/b.md", "---\ntitle: B\n---\nhai\n");
    write(root, "static/logo.svg", "<svg/>");
    write(root, "data/units.yaml", "- {id: a, name: A, kind: x}\n");
    let old = prepared(root);

    write(
        root,
        "content/tin/a.md",
        "---\ntitle: A\n---\nmột, sửa lại\n",
    );
    let new = prepared(root);
    let plan = plan_rebuild(&old, &new, &changed(&["content/tin/a.md"]), &out);
    assert_eq!(
        rendered(&new, &plan),
        ["/tin/a/", "Export(SearchIndex)"],
        "a new body: the page and the search index"
    );

    write(root, "content/tin/a.md", "---\ntitle: A mới\n---\nmột\n");
    let new = prepared(root);
    let plan = plan_rebuild(&old, &new, &changed(&["content/tin/a.md"]), &out);
    assert_eq!(
        rendered(&new, &plan),
        [
            "/",
            "/search/",
            "/tin/",
            "/tin/a/",
            "Export(Atom)",
            "Export(SearchIndex)"
        ],
        "a new title: also the section that lists it, the home page, the feed and the search"
    );

    let plan = plan_rebuild(
        &old,
        &new,
        &changed(&["static/logo.svg", "static/.logo.svg.swp"]),
        &out,
    );
    assert!(
        rendered(&new, &plan).contains(&"copy static/logo.svg → logo.svg".to_string()),
        "{plan:?}"
    );

    for (path, why) in [
        ("config.yaml", "settings"),
        ("templates/page.html", "templates"),
    ] {
        let plan = plan_rebuild(&old, &new, &changed(&[path]), &out);
        assert!(rendered(&new, &plan)[0].contains(why), "{path}: {plan:?}");
    }

    let old = new;
    write(root, "data/units.yaml", "- {id: a, name: A mới, kind: x}\n");
    let new = prepared(root);
    let plan = plan_rebuild(&old, &new, &changed(&["data/units.yaml"]), &out);
    assert_eq!(
        rendered(&new, &plan),
        ["/", "/search/", "/units/a/", "Export(SearchIndex)"],
        "a unit renamed: its page, the search and the home page (which names leading units)"
    );

    write(root, "content/tin/c.md", "---\ntitle: C\n---\n");
    let new = prepared(root);
    assert!(matches!(
        plan_rebuild(&old, &new, &changed(&["content/tin/c.md"]), &out),
        Plan::Full(_)
    ));
}

#[test]
fn a_score_file_renders_its_campaign_and_units_only() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let out = root.join("out");
    write(root, "config.yaml", "title: Thử\n");
    write(root, "content/_index.md", "---\ntitle: Trang chủ\n---\n");
    write(root, "content/van-ban/a.md", "---\ntitle: A\n---\n");
    write(
        root,
        "data/units.yaml",
        "- {id: a, name: A, kind: x}\n- {id: b, name: B, kind: x}\n- {id: c, name: C, kind: x}\n",
    );
    for (id, members, rows) in [("mot", "[a, b]", "a,5\nb,6\n"), ("hai", "[c]", "c,7\n")] {
        write(
            root,
            &format!("data/campaigns/{id}/campaign.yaml"),
            format!(
                "title: {id}\nclusters:\n  - {{id: k, name: K, members: {members}}}\nrubrics: [r]\n"
            ),
        );
        write(
            root,
            &format!("data/campaigns/{id}/rubrics/r.yaml"),
            "title: R\ncriteria:\n  - {id: \"1\", title: Một, max: 10}\nbands:\n  - {label: Đạt, min: 0}\n",
        );
        write(
            root,
            &format!("data/campaigns/{id}/scores/r/self.csv"),
            format!("unit,1\n{rows}"),
        );
    }
    for (id, reviews) in [("hn-mot", "mot"), ("hn-hai", "hai")] {
        write(
            root,
            &format!("content/conferences/{id}.md"),
            format!("---\ntitle: Hội nghị {id}\ncampaigns: [{reviews}]\n---\n"),
        );
    }
    let old = prepared(root);
    write(
        root,
        "data/campaigns/hai/scores/r/self.csv",
        "unit,1\nc,8\n",
    );
    let new = prepared(root);
    let plan = plan_rebuild(
        &old,
        &new,
        &changed(&[
            "data/campaigns/hai/scores/r/self.csv",
            "data/campaigns/hai/scores/r/sedX1",
        ]),
        &out,
    );
    assert_eq!(
        rendered(&new, &plan),
        [
            "/",
            "/campaigns/",
            "/campaigns/hai/",
            "/campaigns/hai/r/",
            "/campaigns/hai/r/k/",
            "/campaigns/hai/r/units/c/",
            "/conferences/hn-hai/handout/",
            "/units/c/",
            "Export(ResultsCsv(0))",
            "Export(ResultsJson(0))",
        ],
        "the campaign's pages and files, its unit, the home page, the list of campaigns and the \
         handout of the conference that reviews it"
    );
}

/// Every file of every output, by output: what a full render makes.
fn render_all(p: &Prepared) -> Vec<BTreeMap<String, Vec<u8>>> {
    outputs(&p.site)
        .iter()
        .map(|o| {
            crate::build::render_one(p, o)
                .unwrap_or_else(|d| panic!("{o:?}: {d}"))
                .into_iter()
                .collect()
        })
        .collect()
}

/// The parts of the example site a build reads.
const SITE_PARTS: [&str; 6] = [
    "config.yaml",
    "content",
    "data",
    "static",
    "themes",
    "templates",
];

/// Edits of many kinds to the example site, one after another: the plan of each must name
/// every output whose bytes changed (a page that prints something it does not declare would
/// be left stale by `serve`), and stay partial.
#[test]
fn the_plan_misses_no_change() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for part in SITE_PARTS {
        let from = repo.join(part);
        if from.is_dir() {
            for e in walkdir::WalkDir::new(&from) {
                let e = e.unwrap();
                if e.file_type().is_file() {
                    let rel = e.path().strip_prefix(repo).unwrap();
                    write(
                        &root,
                        rel.to_str().unwrap(),
                        std::fs::read(e.path()).unwrap(),
                    );
                }
            }
        } else if from.is_file() {
            write(&root, part, std::fs::read(&from).unwrap());
        }
    }
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
    let mut old = prepared(&root);
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
