//! The hostile corpus (issue 10, SPEC §10): a site or a command line made to hurt. Each case
//! must end in seconds, never remove or overwrite a byte bangvang did not write, never publish
//! a byte from outside the site, and leave the previous output as it was.
//!
//! `serve`'s own defences are tested in tests/serve.rs.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::fixture;
use common::scratch::{Run, Scratch, run_cli};

/// The small valid site of the bad-input corpus, built once.
fn base() -> Scratch {
    let s = Scratch::copy_of(&fixture("bad/base"));
    s.build();
    s
}

/// Runs `bangvang build --root <site> <args>` and checks that it fails in seconds, without a
/// panic, leaving the previous output as it was.
fn refused(site: &Scratch, args: &[&str], says: &str) -> Run {
    let before = site.output_snapshot();
    let started = Instant::now();
    let run = site.run_build(args);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.errors().iter().any(|e| e.contains(says)),
        "no error saying `{says}`:\n{}",
        run.stderr
    );
    assert!(
        site.output_snapshot() == before,
        "the previous output changed"
    );
    run
}

/// A folder of someone else's, beside the site.
fn victim(site: &Scratch) -> std::path::PathBuf {
    let v = site.tmp().join("victim");
    std::fs::create_dir_all(v.join("sub")).unwrap();
    std::fs::write(v.join("sub/precious.txt"), "not bangvang's").unwrap();
    v
}

fn victim_intact(v: &Path) {
    assert_eq!(
        std::fs::read_to_string(v.join("sub/precious.txt")).unwrap(),
        "not bangvang's"
    );
    assert_eq!(std::fs::read_dir(v).unwrap().count(), 1);
}

#[test]
fn an_output_that_climbs_out_is_resolved_and_refused() {
    let site = base();
    let v = victim(&site);
    let root = site.root();
    for written in [
        format!("{}/nonexist/../../victim", root.display()),
        format!("{}/a/b/../../../victim/", root.display()),
    ] {
        refused(&site, &["--output", &written], "bangvang did not write");
        victim_intact(&v);
    }
    refused(
        &site,
        &["--output", &format!("{}/nonexist/../..", root.display())],
        "the site folder itself",
    );
    site.replace(
        "config.yaml",
        "title:",
        "output_dir: x/../../victim\ntitle:",
    );
    refused(&site, &[], "bangvang did not write");
    victim_intact(&v);
    assert!(
        root.join("config.yaml").is_file(),
        "the site is where it was"
    );
}

#[cfg(unix)]
#[test]
fn an_output_that_is_a_link_to_another_folder_is_refused() {
    let site = base();
    let v = victim(&site);
    let link = site.tmp().join("looks-new");
    std::os::unix::fs::symlink(&v, &link).unwrap();
    refused(
        &site,
        &["--output", link.to_str().unwrap()],
        "bangvang did not write",
    );
    victim_intact(&v);
}

#[test]
fn the_previous_output_is_removed_after_the_build_returns() {
    let site = base();
    let first = site.run_build(&[]);
    assert_eq!(first.code, Some(0), "{}", first.stderr);
    let second = site.run_build(&[]);
    assert_eq!(second.code, Some(0), "{}", second.stderr);
    assert!(site.output().join("index.html").is_file());
    // A process of its own removes the previous output set aside: within seconds, nothing of
    // it is left beside the new one.
    let aside = |root: &std::path::Path| {
        std::fs::read_dir(root)
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().contains("bangvang-old"))
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while aside(&site.root()) && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(
        !aside(&site.root()),
        "the previous output is still beside the new one"
    );
}

#[test]
fn dot_files_and_kept_names_in_the_output_survive() {
    let site = base();
    let out = site.output();
    std::fs::create_dir_all(out.join(".git")).unwrap();
    std::fs::write(out.join(".git/HEAD"), "ref: refs/heads/main").unwrap();
    std::fs::create_dir_all(out.join(".well-known/acme-challenge")).unwrap();
    std::fs::write(out.join(".well-known/acme-challenge/tok"), "tok").unwrap();
    std::fs::write(out.join("CNAME"), "thidua.example.vn").unwrap();
    site.replace("config.yaml", "title:", "keep_in_output: [CNAME]\ntitle:");
    let run = site.run_build(&[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(out.join(".git/HEAD").is_file());
    assert!(out.join(".well-known/acme-challenge/tok").is_file());
    assert_eq!(
        std::fs::read_to_string(out.join("CNAME")).unwrap(),
        "thidua.example.vn"
    );
}

#[test]
fn leftovers_of_a_killed_build_are_removed_by_the_next() {
    let site = base();
    // What `kill -9` during a build leaves: a staging folder (with its marker) and a previous
    // output set aside (with the output's marker), named after a process that is gone.
    let gone = 4_000_000_000u32;
    let staging = site.root().join(format!(".public.bangvang-new-{gone}"));
    let aside = site.root().join(format!(".public.bangvang-old-{gone}"));
    for (dir, marker) in [
        (&staging, ".bangvang-staging"),
        (&aside, ".bangvang-output"),
    ] {
        std::fs::create_dir_all(dir.join("campaigns")).unwrap();
        std::fs::write(dir.join("campaigns/index.html"), "half").unwrap();
        std::fs::write(dir.join(marker), "").unwrap();
    }
    let run = site.run_build(&[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(!staging.exists() && !aside.exists());
}

#[test]
fn a_second_build_of_the_same_output_stops_with_a_clear_message() {
    let site = base();
    // The library holds the output's lock as a running build would.
    let held = bangvang::write::Staging::create(&site.output(), &[]).unwrap();
    let run = refused(&site, &[], "another bangvang build is writing this output");
    assert!(
        run.stderr.contains("wait until the other build"),
        "{}",
        run.stderr
    );
    held.abort();
    assert_eq!(site.run_build(&[]).code, Some(0));
}

/// A JPEG of a few hundred bytes whose header says it is 65,500 × 65,500 pixels.
fn jpeg_declaring(width: u16, height: u16) -> Vec<u8> {
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new(&mut bytes)
        .encode(&[200u8; 8 * 8 * 3], 8, 8, image::ExtendedColorType::Rgb8)
        .unwrap();
    let sof = bytes
        .windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("a baseline JPEG has an SOF0 marker");
    bytes[sof + 5..sof + 7].copy_from_slice(&height.to_be_bytes());
    bytes[sof + 7..sof + 9].copy_from_slice(&width.to_be_bytes());
    bytes
}

#[test]
fn a_photo_declaring_billions_of_pixels_is_refused_before_decoding() {
    let site = base();
    site.write("static/photos/bom.jpg", jpeg_declaring(65_500, 65_500));
    site.write(
        "content/honorees/nguyen-van-a.md",
        "---\nname: Nguyễn Văn A\nkind: individual\nphoto: photos/bom.jpg\n---\n",
    );
    let run = refused(&site, &[], "65500×65500 pixels");
    assert!(
        run.stderr.contains("max_photo_megapixels"),
        "{}",
        run.stderr
    );
}

#[cfg(unix)]
#[test]
fn links_that_lead_outside_the_site_are_refused_and_nothing_is_published() {
    let site = base();
    let secret = site.tmp().join("secret");
    std::fs::create_dir_all(&secret).unwrap();
    std::fs::write(secret.join("passwd"), "SECRET-8f3a-root:x:0:0").unwrap();
    let link = |target: &Path, at: &str| {
        let p = site.root().join(at);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(target, p).unwrap();
    };
    link(&secret.join("passwd"), "content/x.txt");
    link(&secret, "static/dir");
    link(&secret.join("passwd"), "templates/page.html");
    let run = refused(&site, &[], "outside the site folder");
    for at in ["content/x.txt", "static/dir", "templates/page.html"] {
        assert!(
            run.errors()
                .iter()
                .any(|e| e.starts_with(&format!("error: {at}:")) && e.contains("outside")),
            "{at} not named:\n{}",
            run.stderr
        );
    }
    let checked = run_cli(&["check", "--root", site.root().to_str().unwrap()]);
    assert_eq!(checked.code, Some(1));
    assert!(checked.stderr.contains("outside the site folder"));
    // A link that stays inside the site is followed.
    std::fs::remove_file(site.root().join("content/x.txt")).unwrap();
    std::fs::remove_file(site.root().join("static/dir")).unwrap();
    std::fs::remove_file(site.root().join("templates/page.html")).unwrap();
    site.write("static/real/logo.txt", "logo");
    link(&site.root().join("static/real"), "static/alias");
    let run = site.run_build(&[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(site.output().join("alias/logo.txt").is_file());
    let leaked = common::snapshot(&site.output())
        .values()
        .any(|bytes| bytes.windows(11).any(|w| w == b"SECRET-8f3a"));
    assert!(!leaked, "a byte from outside the site was published");
}

#[test]
fn a_table_of_a_million_columns_fails_in_seconds() {
    let site = base();
    let mut header = String::from("id,name,kind");
    for i in 0..1_000_000 {
        header.push_str(&format!(",c{i}"));
    }
    site.write("data/honorees.csv", format!("{header}\na,A,individual\n"));
    refused(&site, &[], "columns");
    let mut header = String::from("id,name,kind");
    for i in 0..1_500 {
        header.push_str(&format!(",extra{i}"));
    }
    site.write("data/honorees.csv", format!("{header}\na,A,individual\n"));
    let run = site.run_build(&[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let warnings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning: data/honorees.csv"))
        .collect();
    assert_eq!(warnings.len(), 1, "one warning for all the unknown columns");
    assert!(warnings[0].contains("and 1495 more"), "{}", warnings[0]);
}

#[test]
fn front_matter_nested_a_hundred_thousand_deep_fails_in_seconds() {
    let site = base();
    let deep = format!("---\ntitle: x\nk: {}\n---\n", "[".repeat(160_000));
    site.write("content/van-ban/sau.md", deep);
    let run = refused(&site, &[], "nested more than");
    assert!(run.errors()[0].starts_with("error: content/van-ban/sau.md:3:"));
    site.remove("content/van-ban/sau.md");
    let deep_yaml = format!("- {}p1\n", "- ".repeat(100_000));
    site.write("data/units.yaml", deep_yaml);
    refused(&site, &[], "nested more than");
}

#[test]
fn invisible_characters_in_names_are_refused_where_they_are() {
    let site = base();
    let units = site.read("data/units.yaml");
    let line = units
        .lines()
        .position(|l| l.contains("name:"))
        .expect("the base site names its units")
        + 1;
    site.replace("data/units.yaml", "name: ", "name: \u{200B}");
    let run = refused(&site, &[], "zero-width space");
    assert!(
        run.errors()[0].starts_with(&format!("error: data/units.yaml:{line}:")),
        "{}",
        run.stderr
    );
}

#[test]
fn old_mac_line_endings_give_the_right_line() {
    let site = base();
    let csv = site.read("data/campaigns/thi-dua-2024/scores/vhtt/self.csv");
    let lines: Vec<&str> = csv.lines().collect();
    let mut broken: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    broken[2] = broken[2].replacen(',', ",abc", 2);
    site.write(
        "data/campaigns/thi-dua-2024/scores/vhtt/self.csv",
        broken.join("\r") + "\r",
    );
    let run = site.run_build(&[]);
    assert!(
        run.errors()
            .iter()
            .any(|e| e.starts_with("error: data/campaigns/thi-dua-2024/scores/vhtt/self.csv:3:")),
        "{}",
        run.stderr
    );
}
