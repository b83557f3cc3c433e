//! `results.json` in parts, for a large campaign (more than [`PART_SIZE`] rows of units over
//! its rubrics; a small one keeps its single file): one file per rubric beside its board
//! (`campaigns/<c>/<rubric>/results.json`), and on a large rubric one per cluster beside the
//! cluster's board, so that a reader of one board, or a program after one unit, downloads
//! kilobytes rather than the whole campaign. Each has the shape of `results.json` (SPEC §5)
//! with only that rubric, or that cluster's units and awards; `results.json` itself stays
//! whole, as the contract says.

use crate::diag::Diagnostic;
use crate::render::exports::results_json::{Part, results_json_part, sources};
use crate::render::parts::paging::PART_SIZE;
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes;
use crate::site::Site;

/// It is the campaign's results and the hashes of its files.
pub fn reads(site: &Site, ci: usize) -> Vec<Input> {
    vec![Input::Campaign(site.campaigns[ci].campaign.id.clone())]
}

/// True when the campaign `ci` has its results in parts too.
pub fn in_parts(site: &Site, ci: usize) -> bool {
    let rows: usize = site.campaigns[ci]
        .results
        .rubrics
        .iter()
        .map(|rr| rr.units.len())
        .sum();
    rows > PART_SIZE
}

/// True when the rubric `ri` of the campaign `ci` also has a file per cluster: when it has
/// clusters and more than [`PART_SIZE`] units.
pub fn per_cluster(site: &Site, ci: usize, ri: usize) -> bool {
    let s = &site.campaigns[ci];
    !s.campaign.clusters.is_empty() && s.results.rubrics[ri].units.len() > PART_SIZE
}

/// Writes the results of the rubric `ri` of the campaign `ci`, or of its cluster `cluster`.
pub fn render(
    r: &Renderer,
    ci: usize,
    ri: usize,
    cluster: Option<usize>,
) -> Result<Files, Diagnostic> {
    let s = &r.site.campaigns[ci];
    let c = &s.campaign;
    let rubric = &c.rubrics[ri].id;
    let (path, part) = match cluster {
        Some(k) => {
            let cl = &c.clusters[k].id;
            let units = s.results.rubrics[ri].units.len();
            let at = r
                .site
                .index
                .rubric(ci, ri, units)
                .map(|ix| ix.clusters[k].as_slice());
            (
                routes::results_json_cluster(&c.id, rubric, cl),
                Part::Cluster(ri, cl.as_str(), at),
            )
        }
        None => (routes::results_json_rubric(&c.id, rubric), Part::Rubric(ri)),
    };
    let text = results_json_part(c, &s.results, &sources(r, ci), part);
    Ok(vec![(path, text)])
}
