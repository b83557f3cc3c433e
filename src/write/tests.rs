use super::*;

/// A site folder with config.yaml, in a temporary folder that also holds other folders.
fn site() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("site")).unwrap();
    fs::write(tmp.path().join("site/config.yaml"), "title: x\n").unwrap();
    tmp
}

fn build(output: &Path, keep: &[String], files: &[(&str, &str)]) -> Result<PathBuf, Diagnostic> {
    let s = Staging::create(output, keep)?;
    for (rel, text) in files {
        s.write(rel, text.as_bytes()).unwrap();
    }
    s.commit().map_err(|e| e.diagnostic)
}

#[test]
fn refuses_dangerous_outputs() {
    let tmp = site();
    let root = tmp.path().join("site");
    let check = |out: &Path| check_output(&root, out, &[]);
    assert!(check(&root).is_err());
    assert!(check(&root.join("content/out")).is_err());
    assert!(check(root.parent().unwrap()).is_err());
    assert!(check(&root.join("public")).is_ok());
    fs::create_dir_all(root.join("mine")).unwrap();
    fs::write(root.join("mine/notes.txt"), "keep me").unwrap();
    assert!(check(&root.join("mine")).is_err());
}

#[test]
fn dot_dot_and_links_are_resolved_before_the_check() {
    let tmp = site();
    let root = tmp.path().join("site");
    let victim = tmp.path().join("victim");
    fs::create_dir_all(&victim).unwrap();
    fs::write(victim.join("precious.txt"), "mine").unwrap();
    for written in [
        "nonexist/../../victim",
        "a/b/../../../victim",
        "nonexist/../..",
    ] {
        let out = root.join(written);
        assert!(
            check_output(&root, &out, &[]).is_err(),
            "{written} passed the check"
        );
    }
    assert_eq!(
        resolve(&root.join("x/../public")),
        resolve(&root).join("public")
    );
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&victim, root.join("public")).unwrap();
        assert!(check_output(&root, &root.join("public"), &[]).is_err());
        std::os::unix::fs::symlink(&root, tmp.path().join("to-site")).unwrap();
        assert!(check_output(&root, &tmp.path().join("to-site"), &[]).is_err());
    }
    assert_eq!(fs::read(victim.join("precious.txt")).unwrap(), b"mine");
}

#[test]
fn commit_replaces_and_abort_keeps() {
    let tmp = site();
    let out = tmp.path().join("site/public");
    build(&out, &[], &[("a/index.html", "one")]).unwrap();
    assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"one");
    assert!(check_output(&tmp.path().join("site"), &out, &[]).is_ok());
    let s = Staging::create(&out, &[]).unwrap();
    s.write("a/index.html", b"two").unwrap();
    s.abort();
    assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"one");
    build(&out, &[], &[("b.txt", "two")]).unwrap();
    assert!(!out.join("a/index.html").exists());
    assert_eq!(
        entries(&tmp.path().join("site")),
        ["config.yaml", "public"],
        "no staging folders left behind"
    );
}

#[test]
fn dot_files_and_kept_names_survive_a_rebuild() {
    let tmp = site();
    let out = tmp.path().join("site/public");
    let keep = vec!["CNAME".to_string()];
    build(&out, &keep, &[("index.html", "one"), (".nojekyll", "")]).unwrap();
    fs::create_dir_all(out.join(".git/objects")).unwrap();
    fs::write(out.join(".git/HEAD"), "ref").unwrap();
    fs::create_dir_all(out.join(".well-known/acme-challenge")).unwrap();
    fs::write(out.join(".well-known/acme-challenge/t"), "token").unwrap();
    fs::write(out.join("CNAME"), "thidua.example.vn").unwrap();
    fs::write(out.join("stray.txt"), "not kept").unwrap();
    build(&out, &keep, &[("index.html", "two")]).unwrap();
    assert_eq!(fs::read(out.join(".git/HEAD")).unwrap(), b"ref");
    assert_eq!(
        fs::read(out.join(".well-known/acme-challenge/t")).unwrap(),
        b"token"
    );
    assert_eq!(fs::read(out.join("CNAME")).unwrap(), b"thidua.example.vn");
    assert!(!out.join("stray.txt").exists(), "other files go");
    assert!(
        !out.join(".nojekyll").exists(),
        "a dot-file the previous build wrote itself is not kept when this build does not write it"
    );
    assert_eq!(fs::read(out.join("index.html")).unwrap(), b"two");
}

#[test]
fn a_folder_of_only_dot_files_may_become_the_output() {
    let tmp = site();
    let root = tmp.path().join("site");
    let out = root.join("public");
    fs::create_dir_all(out.join(".git")).unwrap();
    fs::write(out.join(".git/HEAD"), "ref").unwrap();
    let checked = check_output(&root, &out, &[]).unwrap();
    build(&checked, &[], &[("index.html", "x")]).unwrap();
    assert_eq!(fs::read(out.join(".git/HEAD")).unwrap(), b"ref");
}

#[test]
fn leftovers_of_a_killed_build_are_swept_and_nothing_else() {
    let tmp = site();
    let parent = tmp.path().join("site");
    let out = parent.join("public");
    let dead = 4_000_000_000u32; // beyond any process id
    let stale_new = parent.join(format!(".public.bangvang-new-{dead}"));
    let stale_old = parent.join(format!(".public.bangvang-old-{dead}"));
    let not_ours = parent.join(format!(".public.bangvang-new-{}", dead - 1));
    let alive = parent.join(".public.bangvang-new-1"); // init: always running
    for (dir, marker) in [
        (&stale_new, Some(STAGING_MARKER)),
        (&stale_old, Some(MARKER)),
        (&not_ours, None),
        (&alive, Some(STAGING_MARKER)),
    ] {
        fs::create_dir_all(dir.join("x")).unwrap();
        fs::write(dir.join("x/page.html"), "old").unwrap();
        if let Some(m) = marker {
            fs::write(dir.join(m), "").unwrap();
        }
    }
    build(&out, &[], &[("index.html", "x")]).unwrap();
    assert!(!stale_new.exists() && !stale_old.exists());
    assert!(
        not_ours.join("x/page.html").exists(),
        "a folder without the marker stays"
    );
    if Path::new("/proc/1").exists() {
        assert!(alive.exists(), "the folder of a running build stays");
    }
}

#[test]
fn a_second_build_of_the_same_output_stops() {
    let tmp = site();
    let out = tmp.path().join("site/public");
    let first = Staging::create(&out, &[]).unwrap();
    let second = Staging::create(&out, &[]).unwrap_err();
    assert!(
        second.message.contains("another bangvang build"),
        "{second}"
    );
    first.commit().unwrap();
    build(&out, &[], &[("index.html", "x")]).unwrap();
}

#[test]
fn only_a_previous_output_set_aside_is_removed_by_its_process() {
    let tmp = site();
    let parent = tmp.path().join("site");
    let make = |name: &str, marker: bool| {
        let dir = parent.join(name);
        fs::create_dir_all(dir.join("a/b")).unwrap();
        fs::write(dir.join("a/b/index.html"), "old").unwrap();
        if marker {
            fs::write(dir.join(MARKER), "").unwrap();
        }
        dir
    };
    let aside = make(".public.bangvang-old-77", true);
    let unmarked = make(".public.bangvang-old-78", false);
    let misnamed = make("public-old", true);
    assert!(remove_set_aside(&aside));
    assert!(!aside.exists());
    for dir in [&unmarked, &misnamed] {
        assert!(!remove_set_aside(dir));
        assert!(dir.join("a/b/index.html").is_file(), "{}", dir.display());
    }
    assert!(!remove_set_aside(&parent.join("config.yaml")));
    assert!(parent.join("config.yaml").is_file());
}

#[test]
fn without_the_background_the_previous_output_is_gone_when_commit_returns() {
    let tmp = site();
    let out = tmp.path().join("site/public");
    build(&out, &[], &[("index.html", "one")]).unwrap();
    build(&out, &[], &[("index.html", "two")]).unwrap();
    let left: Vec<String> = entries(&tmp.path().join("site"))
        .into_iter()
        .filter(|n| n.contains("bangvang"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
