//! Reproducibility (SPEC §6, issue 6): the example site built from two different folders, on
//! one thread and on two, comes out byte for byte the same, and no output file mentions the
//! folder it was built from.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{build_into, copy_site, repo_root, snapshot};

/// Builds the site at `root` into `root/../public` on a pool of `threads` threads.
fn build_on(threads: usize, root: &Path) -> BTreeMap<String, Vec<u8>> {
    let out = root.parent().unwrap().join("public");
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| build_into(root, &out))
        .unwrap_or_else(|d| panic!("{:?}", d.iter().map(|x| x.to_string()).collect::<Vec<_>>()));
    snapshot(&out)
}

#[test]
fn two_folders_and_two_thread_counts_give_the_same_bytes() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    // Different depths and names, so that nothing can depend on where the site lives.
    let site_a = a.path().join("site");
    let site_b = b.path().join("a deeper/folder/bảng vàng");
    copy_site(&repo_root(), &site_a);
    copy_site(&repo_root(), &site_b);

    let one = build_on(1, &site_a);
    let two = build_on(2, &site_b);
    assert!(one.len() > 100, "the example site has pages");
    assert_eq!(
        one.keys().collect::<Vec<_>>(),
        two.keys().collect::<Vec<_>>(),
        "the same files"
    );
    let differ: Vec<&String> = one.keys().filter(|k| one[*k] != two[*k]).collect();
    assert!(differ.is_empty(), "files that differ: {differ:?}");

    // The other way round: the folder and the thread count swapped.
    let again = build_on(2, &site_a);
    assert!(
        again == one,
        "site A on two threads differs from site A on one"
    );

    for site in [&site_a, &site_b, &repo_root()] {
        let path = site.to_string_lossy();
        let leaks: Vec<&String> = one
            .iter()
            .filter(|(_, bytes)| contains(bytes, path.as_bytes()))
            .map(|(k, _)| k)
            .collect();
        assert!(leaks.is_empty(), "{path} appears in {leaks:?}");
    }
    let tmp = std::env::temp_dir();
    let leaks: Vec<&String> = one
        .iter()
        .filter(|(_, bytes)| contains(bytes, tmp.to_string_lossy().as_bytes()))
        .map(|(k, _)| k)
        .collect();
    assert!(
        leaks.is_empty(),
        "the temporary folder appears in {leaks:?}"
    );
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
