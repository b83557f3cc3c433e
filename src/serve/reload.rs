//! The quick path of a rebuild: when only score files changed, the last good site is kept in
//! memory and only the campaigns those files belong to are read and computed again (a file
//! under `data/campaigns/<c>/scores/` reaches campaign `c` alone); their results are compared
//! with the old ones ([`delta`](crate::serve::delta)) to know which units' rows moved. Any
//! other change, or a change that reaches more than rows, goes the full way (load everything,
//! plan from the declarations).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use crate::build::Prepared;
use crate::build::completeness::warn_incomplete;
use rayon::prelude::*;

use crate::compute::{CampaignResults, RubricResults, rubric_results};
use crate::diag::Diagnostics;
use crate::load::data::reload_campaign;
use crate::load::hash_sources;
use crate::model::{Campaign, Unit};
use crate::render::reads::same_head;
use crate::serve::delta::{Change, Rows, compare};
use crate::site::{Scored, Site};

/// The campaigns whose score files are all the changed files, or `None` when some change is
/// not a score file (it needs the full way).
pub fn score_campaigns(changed: &BTreeSet<PathBuf>) -> Option<BTreeSet<String>> {
    if changed.is_empty() {
        return None;
    }
    changed.iter().map(|p| score_campaign(p)).collect()
}

/// `c` for a path `data/campaigns/<c>/scores/…`.
fn score_campaign(path: &Path) -> Option<String> {
    let parts: Vec<&str> = path
        .components()
        .map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        ["data", "campaigns", c, "scores", _, ..] => Some(c.to_string()),
        _ => None,
    }
}

/// What the quick path did to the kept site.
#[derive(Debug)]
pub struct Reloaded {
    /// Index of each changed campaign in the site's campaigns → the rows that moved.
    pub changes: BTreeMap<usize, Rows>,
    /// The campaigns computed again, by id.
    pub campaigns: Vec<String>,
    /// The warnings of the site as it is now.
    pub warnings: Diagnostics,
}

/// What came of trying the quick path.
#[derive(Debug)]
pub enum Quick {
    /// The kept site was brought up to date.
    Done(Reloaded),
    /// The campaigns' files have errors; the kept site is untouched.
    Failed(Diagnostics),
    /// The change needs the full way; the kept site is untouched.
    Full,
}

/// A campaign read and computed again, not yet put in the site.
struct Fresh {
    index: usize,
    scored: Scored,
    hashes: BTreeMap<PathBuf, String>,
    change: Change,
    /// Rubrics none of whose files changed: stand-ins in `scored` until their results move in.
    kept: Vec<bool>,
}

/// Reads and computes again the campaigns `ids` of the kept site `p` and, when only rows of
/// units moved, puts them in `p` (in every language) and returns what moved. `warnings` are
/// those of the last good build.
pub fn reload(
    p: &mut Prepared,
    ids: &BTreeSet<String>,
    changed: &BTreeSet<PathBuf>,
    warnings: &Diagnostics,
) -> Quick {
    let root = p.site.root.clone();
    let mut diags = Diagnostics::new();
    let mut fresh = Vec::new();
    for id in ids {
        let Some(index) = p
            .site
            .campaigns
            .binary_search_by(|s| s.campaign.id.as_str().cmp(id))
            .ok()
        else {
            return Quick::Full;
        };
        // The units file is the one source of a campaign outside its folder.
        let units_file = p.site.campaigns[index]
            .campaign
            .sources
            .iter()
            .find(|s| !s.starts_with("data/campaigns"))
            .cloned();
        let t = std::time::Instant::now();
        let loaded = reload_campaign(&root, id, &p.site.units, units_file);
        timing("read", id, t);
        let failed = loaded.diags.has_errors();
        diags.extend(loaded.diags);
        if failed {
            continue;
        }
        let Some(campaign) = loaded.campaign else {
            return Quick::Full;
        };
        let old = &p.site.campaigns[index];
        let t = std::time::Instant::now();
        let hashes = hash_sources(&root, &loaded.sources);
        timing("hash", id, t);
        let t = std::time::Instant::now();
        let hashes_same = old.campaign.sources == loaded.sources
            && loaded
                .sources
                .iter()
                .all(|s| p.site.hashes.get(s) == hashes.get(s));
        // A rubric none of whose score files changed keeps its results.
        let kept: Vec<bool> = campaign
            .rubrics
            .iter()
            .enumerate()
            .map(|(i, r)| {
                same_head(&old.campaign, &campaign)
                    && old.results.rubrics.get(i).is_some_and(|x| x.rubric == r.id)
                    && !touches(changed, id, &r.id, &campaign)
            })
            .collect();
        let scored = Scored {
            results: recompute(old, &campaign, &p.site.units, &kept),
            campaign,
        };
        timing("compute", id, t);
        let t = std::time::Instant::now();
        let change = compare(old, &scored, hashes_same, &kept);
        timing("compare", id, t);
        if change == Change::Whole {
            return Quick::Full;
        }

        fresh.push(Fresh {
            index,
            scored,
            hashes,
            change,
            kept,
        });
    }
    if diags.has_errors() {
        diags.sort();
        return Quick::Failed(diags);
    }
    // The warnings of the other files stay; those of the reloaded campaigns are new.
    let folders: Vec<PathBuf> = ids
        .iter()
        .map(|id| Path::new("data/campaigns").join(id))
        .collect();
    let mut now = Diagnostics::new();
    warnings
        .iter()
        .filter(|d| !folders.iter().any(|f| d.file.starts_with(f)))
        .for_each(|d| now.push(d.clone()));
    now.extend(diags);
    let t = std::time::Instant::now();
    let mut changes = BTreeMap::new();
    for mut f in fresh {
        // The kept rubrics' results move over from the old campaign rather than being copied
        // (a national rubric's are tens of megabytes): only now, when every campaign reloaded
        // without error, so that a failed reload leaves the old site whole.
        let old_rubrics = &mut p.site.campaigns[f.index].results.rubrics;
        for (i, _) in f.kept.iter().enumerate().filter(|(_, k)| **k) {
            std::mem::swap(&mut f.scored.results.rubrics[i], &mut old_rubrics[i]);
        }
        for t in &mut p.translations {
            put(&mut t.site, f.index, f.scored.clone(), &f.hashes);
        }
        put(&mut p.site, f.index, f.scored, &f.hashes);
        let now_scored = std::slice::from_ref(&p.site.campaigns[f.index]);
        warn_incomplete(&root, now_scored, &mut now);
        if let Change::Rows(rows) = f.change {
            changes.insert(f.index, rows);
        }
    }
    now.sort();
    for site in std::iter::once(&mut p.site).chain(p.translations.iter_mut().map(|t| &mut t.site)) {
        site.index.refresh_entries(&site.campaigns);
    }
    timing(
        "update",
        &ids.iter().cloned().collect::<Vec<_>>().join(","),
        t,
    );
    Quick::Done(Reloaded {
        changes,
        campaigns: ids.iter().cloned().collect(),
        warnings: now,
    })
}

/// True when a changed file may hold scores of rubric `rubric` of campaign `c`: a file under
/// `scores/<rubric>/`, or one under `scores/` outside every rubric's folder.
fn touches(changed: &BTreeSet<PathBuf>, c: &str, rubric: &str, campaign: &Campaign) -> bool {
    let scores = Path::new("data/campaigns").join(c).join("scores");
    changed.iter().any(|p| {
        let Ok(rest) = p.strip_prefix(&scores) else {
            return false;
        };
        let folder = rest.iter().next().and_then(|f| f.to_str()).unwrap_or("");
        folder == rubric || !campaign.rubrics.iter().any(|r| r.id == folder)
    })
}

/// The results of a campaign read again: a rubric kept (`kept[i]`: none of its files
/// changed) gets an empty stand-in, for its old results to be moved in after the comparison;
/// the others are computed, in parallel. The same as [`crate::compute::campaign_results`]
/// once the kept results are in.
fn recompute(
    old: &Scored,
    campaign: &Campaign,
    units: &BTreeMap<String, Unit>,
    kept: &[bool],
) -> CampaignResults {
    CampaignResults {
        rubrics: campaign
            .rubrics
            .par_iter()
            .enumerate()
            .map(|(i, r)| match old.results.rubrics.get(i) {
                // A stand-in, swapped for the old results once they are compared.
                Some(results) if kept[i] => RubricResults {
                    rubric: results.rubric.clone(),
                    max: results.max,
                    units: Vec::new(),
                    awards: Vec::new(),
                    cluster_sizes: BTreeMap::new(),
                },
                _ => rubric_results(campaign, r, units),
            })
            .collect(),
    }
}

/// With `BANGVANG_TIMINGS` set, prints how long a step of the quick path took (to measure
/// the author's loop; see `benches/serve_loop.py`).
fn timing(step: &str, campaign: &str, since: std::time::Instant) {
    crate::build::progress::timing(&format!("{step} {campaign}"), since);
}

/// Puts a campaign computed again in a site, with the hashes of its files.
fn put(site: &mut Site, index: usize, scored: Scored, hashes: &BTreeMap<PathBuf, String>) {
    for source in &site.campaigns[index].campaign.sources {
        site.hashes.remove(source);
    }
    site.hashes
        .extend(hashes.iter().map(|(k, v)| (k.clone(), v.clone())));
    let old = std::mem::replace(&mut site.campaigns[index], scored);
    // A national campaign holds millions of small strings: freeing them is left to another
    // thread, so that the pages do not wait for it.
    std::thread::spawn(move || drop(old));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_score_files_take_the_quick_path() {
        let set = |paths: &[&str]| paths.iter().map(PathBuf::from).collect::<BTreeSet<_>>();
        assert_eq!(
            score_campaigns(&set(&[
                "data/campaigns/a/scores/r/self.csv",
                "data/campaigns/b/scores/r/cluster.csv",
                "data/campaigns/a/scores/r/appraised.yaml",
            ])),
            Some(BTreeSet::from(["a".to_string(), "b".to_string()]))
        );
        for other in [
            "data/campaigns/a/campaign.yaml",
            "data/campaigns/a/rubrics/r.yaml",
            "data/campaigns/a/scores",
            "data/units.yaml",
            "content/a.md",
            "config.yaml",
        ] {
            assert_eq!(
                score_campaigns(&set(&["data/campaigns/a/scores/r/self.csv", other])),
                None,
                "{other}"
            );
        }
        assert_eq!(score_campaigns(&set(&[])), None);
    }
}
