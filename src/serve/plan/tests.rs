use super::*;
use crate::build::{Options, prepare};
use crate::diag::Diagnostics;

fn write(root: &Path, rel: &str, text: impl AsRef<[u8]>) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
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
        Plan::Full(why) => vec![format!("everything: {}", &**why)],
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
            "Export(ResultsXlsx(0))",
        ],
        "the campaign's pages and files, its unit, the home page, the list of campaigns and the \
         handout of the conference that reviews it"
    );
}
