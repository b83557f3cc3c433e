//! Which render jobs a change touches, so that `serve` re-renders only those.
//!
//! The whole site is always loaded and computed again (that is cheap, and it is what keeps
//! every number right); what is saved is rendering. The rules, from the file that changed:
//!
//! | change | re-rendered |
//! |---|---|
//! | the body of a content page | that page, the search index (it quotes the opening lines) |
//! | the front matter of a content page | that page, its section, the home page, feeds, search, its campaign's pages |
//! | a score file of campaign X | X's pages, the pages of X's units, `/campaigns/`, the home page, the handouts of conferences reviewing X |
//! | a file of `static/` or a content asset | copied alone |
//! | a photo under `static/` | copied, and its prepared sizes made again |
//! | config, templates, themes, units, campaign or rubric files, honorees, conferences | everything |
//!
//! and whenever the set of jobs or pages differs from the last good build (a page added,
//! removed or renamed, a draft published), everything.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::model::page::Page;
use crate::render::conferences::ConferenceJob;
use crate::render::honorees::HonoreeJob;
use crate::render::{Job, all_jobs};
use crate::site::Site;

/// What a rebuild has to do.
#[derive(Debug, Clone)]
pub enum Plan {
    /// Render everything, for this reason (shown in the terminal).
    Full(String),
    /// Render these jobs and copy these files into the served folder.
    Partial {
        /// Jobs to render again.
        jobs: Vec<Job>,
        /// (source relative to the site root, path in the output) of files to copy.
        copies: Vec<(PathBuf, String)>,
    },
}

/// What a job is about, for deciding whether a change touches it.
enum JobScope<'a> {
    /// A content page or section.
    Page(&'a Page),
    /// Depends only on what rebuilds everything anyway (settings, templates, honorees,
    /// conferences): `404.html`, the honoree and conference lists, honoree profiles.
    Fixed,
    /// `sitemap.xml`, `atom.xml`: the list of pages and their front matter.
    Feeds,
    /// `/campaigns/`: every campaign's leaders.
    CampaignIndex,
    /// The search page and index: titles and opening lines of every page.
    Search,
    /// A page or file of one campaign (its id): page, exports, scoreboards, scorecards.
    Campaign(&'a str),
    /// A unit's page across campaigns: the ids of the campaigns it takes part in.
    Unit(Vec<&'a str>),
    /// The prepared sizes of a photo: its path under `static/`.
    Photo(&'a str),
    /// A conference page or handout: its id, and the campaigns its handout summarises.
    Conference(&'a str, &'a [String]),
}

/// Every job variant says what it depends on here; the match is exhaustive so that a new
/// variant cannot be forgotten.
fn scope_of<'a>(site: &'a Site, job: &'a Job) -> JobScope<'a> {
    match job {
        Job::Page(i) => JobScope::Page(&site.content.pages[*i]),
        Job::NotFound => JobScope::Fixed,
        Job::Feeds => JobScope::Feeds,
        Job::CampaignIndex => JobScope::CampaignIndex,
        Job::Search => JobScope::Search,
        Job::Campaign(ci) | Job::Exports(ci) | Job::Board(ci, _, _) | Job::Scorecard(ci, _, _) => {
            JobScope::Campaign(&site.data.campaigns[*ci].id)
        }
        Job::Unit(i) => JobScope::Unit(
            site.unit_entries
                .get(&site.unit_ids[*i])
                .map(|e| {
                    e.iter()
                        .map(|(ci, _, _)| site.data.campaigns[*ci].id.as_str())
                        .collect()
                })
                .unwrap_or_default(),
        ),
        Job::Honorees(HonoreeJob::Photo(path)) => JobScope::Photo(path),
        Job::Honorees(HonoreeJob::Index | HonoreeJob::Profile(_)) => JobScope::Fixed,
        Job::Conferences(ConferenceJob::Page(i) | ConferenceJob::Handout(i)) => {
            let c = &site.conferences[*i];
            JobScope::Conference(&c.id, &c.campaigns)
        }
        Job::Conferences(ConferenceJob::Index) => JobScope::Fixed,
    }
}

/// What a changed file requires.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Need {
    /// The page at this site path.
    Page(String),
    /// Every page at or below this site path (a section's title is in their breadcrumbs).
    Under(String),
    /// Sitemap and feed.
    Feeds,
    /// The search index (it quotes the opening of every page's text).
    Search,
    /// The pages of a campaign.
    Campaign(String),
    /// The page and handout of a conference (a document of it changed).
    Conference(String),
    /// The pages of the units that take part in a campaign.
    UnitsOf(String),
    /// Copy a file.
    Copy(PathBuf, String),
}

/// Maps the files changed since the last good build (`old`) to what must be redone to bring
/// the site served from the folder `served` in line with `new`.
pub fn plan_rebuild(old: &Site, new: &Site, changed: &BTreeSet<PathBuf>, served: &Path) -> Plan {
    let old_jobs: Vec<String> = all_jobs(old).iter().map(|j| format!("{j:?}")).collect();
    let new_jobs = all_jobs(new);
    if old_jobs.len() != new_jobs.len()
        || old_jobs
            .iter()
            .zip(&new_jobs)
            .any(|(a, b)| *a != format!("{b:?}"))
        || old.all_paths() != new.all_paths()
    {
        return Plan::Full("pages were added, removed or renamed".into());
    }
    let mut needs = BTreeSet::new();
    for path in changed {
        match needs_of(old, new, path, served) {
            Ok(n) => needs.extend(n),
            Err(reason) => return Plan::Full(reason),
        }
    }
    let selected: Vec<Job> = new_jobs
        .into_iter()
        .filter(|job| touched(scope_of(new, job), &needs))
        .collect();
    let copies = needs
        .iter()
        .filter_map(|n| match n {
            Need::Copy(from, to) => Some((from.clone(), to.clone())),
            _ => None,
        })
        .collect();
    Plan::Partial {
        jobs: selected,
        copies,
    }
}

fn touched(scope: JobScope, needs: &BTreeSet<Need>) -> bool {
    match scope {
        JobScope::Page(p) => needs.iter().any(|n| match n {
            Need::Page(path) => *path == p.path,
            Need::Under(path) => p.path.starts_with(path.as_str()),
            _ => false,
        }),
        JobScope::Fixed => false,
        JobScope::Feeds => needs.contains(&Need::Feeds),
        JobScope::Search => needs.contains(&Need::Search),
        JobScope::CampaignIndex => needs.iter().any(|n| matches!(n, Need::Campaign(_))),
        JobScope::Campaign(id) => needs
            .iter()
            .any(|n| matches!(n, Need::Campaign(c) if c == id)),
        JobScope::Unit(campaigns) => needs
            .iter()
            .any(|n| matches!(n, Need::UnitsOf(c) if campaigns.contains(&c.as_str()))),
        JobScope::Photo(path) => needs
            .iter()
            .any(|n| matches!(n, Need::Copy(from, _) if *from == Path::new("static").join(path))),
        JobScope::Conference(id, campaigns) => needs.iter().any(|n| match n {
            Need::Conference(c) => c == id,
            Need::Campaign(c) => campaigns.contains(c),
            _ => false,
        }),
    }
}

/// What one changed file requires, or the reason everything must be rendered.
fn needs_of(old: &Site, new: &Site, path: &Path, served: &Path) -> Result<Vec<Need>, String> {
    let everything = |why: &str| Err(why.to_string());
    let mut parts = path.iter().filter_map(|p| p.to_str());
    let first = parts.next().unwrap_or("");
    let rest: PathBuf = parts.collect();
    match first {
        "content" if path.extension().is_some_and(|e| e == "md") => content_needs(old, new, path),
        "content" | "static" => {
            let target = rest.to_string_lossy().replace('\\', "/");
            let shadowed = first == "static" && new.root.join("content").join(&rest).is_file();
            if !new.root.join(path).is_file() {
                // Gone: it matters only if it was published (not an editor's temporary file).
                if served.join(&target).exists() {
                    everything("a published file was removed")
                } else {
                    Ok(Vec::new())
                }
            } else if shadowed {
                Ok(Vec::new())
            } else {
                Ok(vec![Need::Copy(path.to_path_buf(), target)])
            }
        }
        // A data file that is gone and was never read (an editor's temporary file) is no
        // change at all.
        "data" if !new.root.join(path).exists() && !old.data.sources.iter().any(|s| s == path) => {
            Ok(Vec::new())
        }
        "data" => {
            let mut it = rest.iter().filter_map(|p| p.to_str());
            match (it.next(), it.next(), it.next()) {
                (Some("campaigns"), Some(c), Some("scores")) => Ok(vec![
                    Need::Campaign(c.to_string()),
                    Need::UnitsOf(c.to_string()),
                    Need::Page(String::new()),
                ]),
                _ => everything("units, campaigns and rubrics are used across the site"),
            }
        }
        _ => everything("settings and templates shape every page"),
    }
}

fn content_needs(old: &Site, new: &Site, path: &Path) -> Result<Vec<Need>, String> {
    let find = |s: &Site| s.content.pages.iter().find(|p| p.source == path).cloned();
    let (Some(before), Some(after)) = (find(old), find(new)) else {
        return Err(format!("{} is not a plain content page", path.display()));
    };
    if crate::site::is_special(&after) {
        return Err(format!(
            "{} heads every honoree or conference page",
            path.display()
        ));
    }
    if front_matter(&before) == front_matter(&after) {
        return Ok(vec![Need::Page(after.path), Need::Search]);
    }
    let mut needs = vec![
        Need::Page(after.path.clone()),
        Need::Page(String::new()),
        Need::Feeds,
        Need::Search,
    ];
    if let Some(parent) = after.parent_path() {
        needs.push(Need::Page(parent));
    }
    for c in [&before.campaign, &after.campaign].into_iter().flatten() {
        needs.push(Need::Campaign(c.clone()));
    }
    for c in [&before.conference, &after.conference]
        .into_iter()
        .flatten()
    {
        needs.push(Need::Conference(c.clone()));
    }
    if after.is_section && (before.title != after.title || before.weight != after.weight) {
        if after.depth() == 1 {
            return Err("a top-level section's title is in the navigation of every page".into());
        }
        needs.push(Need::Under(after.path.clone()));
    }
    Ok(needs)
}

/// A page without its body: what other pages may show of it.
fn front_matter(p: &Page) -> Page {
    Page {
        body: String::new(),
        body_line: 0,
        key_lines: Default::default(),
        ..p.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Diagnostics;
    use crate::site::{Options, load};

    fn write(root: &Path, rel: &str, text: &str) {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    fn site_at(root: &Path) -> Site {
        let mut d = Diagnostics::new();
        let s = load(
            &Options {
                root: root.to_path_buf(),
                ..Default::default()
            },
            &mut d,
        )
        .unwrap();
        assert!(!d.has_errors(), "{d:?}");
        s
    }

    /// Site paths of the pages a plan renders, and the other jobs by name.
    fn rendered(site: &Site, plan: &Plan) -> Vec<String> {
        match plan {
            Plan::Full(why) => vec![format!("everything: {why}")],
            Plan::Partial { jobs, copies } => jobs
                .iter()
                .map(|j| match j {
                    Job::Page(i) => format!("/{}", site.content.pages[*i].path),
                    other => format!("{other:?}"),
                })
                .chain(
                    copies
                        .iter()
                        .map(|(from, to)| format!("copy {} → {to}", from.display())),
                )
                .collect(),
        }
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
        let old = site_at(root);

        write(
            root,
            "content/tin/a.md",
            "---\ntitle: A\n---\nmột, sửa lại\n",
        );
        let new = site_at(root);
        assert_eq!(
            rendered(
                &new,
                &plan_rebuild(&old, &new, &changed(&["content/tin/a.md"]), &out)
            ),
            vec!["/tin/a/", "Search"]
        );

        write(root, "content/tin/a.md", "---\ntitle: A mới\n---\nmột\n");
        let new = site_at(root);
        assert_eq!(
            rendered(
                &new,
                &plan_rebuild(&old, &new, &changed(&["content/tin/a.md"]), &out)
            ),
            vec!["/", "/tin/", "/tin/a/", "Feeds", "Search"]
        );

        let p = plan_rebuild(
            &old,
            &new,
            &changed(&["static/logo.svg", "static/.logo.svg.swp"]),
            &out,
        );
        assert_eq!(rendered(&new, &p), vec!["copy static/logo.svg → logo.svg"]);

        for (path, why) in [
            ("config.yaml", "settings"),
            ("data/units.yaml", "units"),
            ("templates/page.html", "templates"),
        ] {
            assert!(
                rendered(&new, &plan_rebuild(&old, &new, &changed(&[path]), &out))[0].contains(why),
                "{path}"
            );
        }

        write(root, "content/tin/c.md", "---\ntitle: C\n---\n");
        let new = site_at(root);
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
        for (id, members) in [("mot", "[a, b]"), ("hai", "[c]")] {
            write(
                root,
                &format!("data/campaigns/{id}/campaign.yaml"),
                &format!(
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
                "unit,1\na,5\nb,6\nc,7\n"
                    .replace(if id == "mot" { "c,7\n" } else { "a,5\nb,6\n" }, "")
                    .as_str(),
            );
        }
        for (id, reviews) in [("hn-mot", "mot"), ("hn-hai", "hai")] {
            write(
                root,
                &format!("content/conferences/{id}.md"),
                &format!("---\ntitle: Hội nghị {id}\ncampaigns: [{reviews}]\n---\n"),
            );
        }
        let old = site_at(root);
        write(
            root,
            "data/campaigns/hai/scores/r/self.csv",
            "unit,1\nc,8\n",
        );
        let new = site_at(root);
        let plan = plan_rebuild(
            &old,
            &new,
            &changed(&[
                "data/campaigns/hai/scores/r/self.csv",
                "data/campaigns/hai/scores/r/sedX1",
            ]),
            &out,
        );
        let jobs = rendered(&new, &plan);
        assert!(jobs.contains(&"/".to_string()), "{jobs:?}");
        assert!(jobs.contains(&"CampaignIndex".to_string()), "{jobs:?}");
        let hai = new
            .data
            .campaigns
            .iter()
            .position(|c| c.id == "hai")
            .unwrap();
        assert!(
            jobs.contains(&format!("Campaign({hai})"))
                && jobs.contains(&format!("Scorecard({hai}, 0, 0)")),
            "{jobs:?}"
        );
        let campaign_jobs = jobs
            .iter()
            .filter(|j| !j.starts_with("Conferences") && !j.starts_with("Unit("));
        assert!(
            !campaign_jobs
                .clone()
                .any(|j| j.contains(&format!("({}", 1 - hai))),
            "the other campaign was rendered: {jobs:?}"
        );
        let reviews_hai = new
            .conferences
            .iter()
            .position(|c| c.id == "hn-hai")
            .unwrap();
        assert!(
            jobs.iter().filter(|j| j.starts_with("Conferences(")).eq([
                &format!("Conferences(Page({reviews_hai}))"),
                &format!("Conferences(Handout({reviews_hai}))")
            ]),
            "only the conference reviewing the campaign: {jobs:?}"
        );
        let c = new.unit_ids.iter().position(|u| u == "c").unwrap();
        assert!(
            jobs.iter()
                .filter(|j| j.starts_with("Unit("))
                .eq([&format!("Unit({c})")]),
            "{jobs:?}"
        );
        assert!(!jobs.contains(&"/van-ban/a/".to_string()), "{jobs:?}");
    }
}
