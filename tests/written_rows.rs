//! Parts of large pages that bangvang writes itself rather than through the template engine
//! (issue 14: a national campaign's scorecards took most of a build in Tera) must come out
//! byte for byte as their built-in templates write them. Each site is built as it is, then
//! again with a site template that is the built-in one plus a comment (so that the template
//! engine writes the part), and every output file is compared.

mod common;

use common::scratch::Scratch;
use common::{fixture, repo_root};

/// The parts written both ways, as template names.
const PARTS: [&str; 2] = ["scorecard_rows.html", "scoreboard_rows.html"];

fn builtin(name: &str) -> String {
    std::fs::read_to_string(repo_root().join("themes/default/templates").join(name)).unwrap()
}

/// Builds `site` as it is and with every part in `PARTS` given as a site template that writes
/// the same bytes, and says which output files differ.
fn differing_files(site: Scratch) -> Vec<String> {
    site.build();
    let fast = site.output_snapshot();
    for name in PARTS {
        site.write(
            &format!("templates/{name}"),
            format!("{}{{# the built-in template, copied #}}", builtin(name)),
        );
    }
    site.build();
    let engine = site.output_snapshot();
    assert_eq!(
        fast.keys().collect::<Vec<_>>(),
        engine.keys().collect::<Vec<_>>()
    );
    fast.keys()
        .filter(|k| fast[*k] != engine[*k])
        .cloned()
        .collect()
}

#[test]
fn the_example_site_is_the_same_both_ways() {
    let site = Scratch::site_of(&repo_root());
    // The repository is the example site, and its `themes/default/` is the built-in theme
    // read from disk, which would make every template the site's own: without it, the
    // first build writes the parts itself.
    std::fs::remove_dir_all(site.root().join("themes/default")).unwrap();
    let differ = differing_files(site);
    assert!(differ.is_empty(), "files that differ: {differ:?}");
}

#[test]
fn hostile_text_is_escaped_the_same_both_ways() {
    for name in ["escaping", "english-site"] {
        let differ = differing_files(Scratch::copy_of(&fixture(name)));
        assert!(differ.is_empty(), "{name}: files that differ: {differ:?}");
    }
}

#[test]
fn a_theme_that_changes_the_rows_gets_its_own_rows() {
    let site = Scratch::site_of(&repo_root());
    site.write(
        "templates/scorecard_rows.html",
        builtin("scorecard_rows.html").replace("<tr><td>", "<tr class=\"mine\"><td>"),
    );
    site.build();
    let card = std::fs::read_to_string(
        site.output()
            .join("campaigns/bien-hoa-2023/vhtt/units/bh-trung-dung/index.html"),
    )
    .unwrap();
    assert!(card.contains("<tr class=\"mine\"><td>"), "{card}");
}

#[test]
fn a_theme_board_that_loops_over_the_rows_still_gets_them() {
    let site = Scratch::site_of(&repo_root());
    std::fs::remove_dir_all(site.root().join("themes/default")).unwrap();
    site.write(
        "templates/scoreboard.html",
        builtin("scoreboard.html").replace(
            "{{ rows_html | safe }}",
            "{% for r in rows %}<tr class=\"mine\"><td>{{ r.name }}</td></tr>{% endfor %}",
        ),
    );
    site.build();
    let board = std::fs::read_to_string(
        site.output()
            .join("campaigns/bien-hoa-2023/vhtt/cum-1/index.html"),
    )
    .unwrap();
    assert!(
        board.contains("<tr class=\"mine\"><td>Phường Trung Dũng</td></tr>"),
        "{board}"
    );
}
