//! Where a unit stands on a rubric, as the scorecard's summary and the unit page show it.

use serde::Serialize;

use crate::compute::{RubricResults, UnitResult};
use crate::render::engine::words::Words;
use crate::render::parts::units::Num;

/// Where a unit stands on a rubric: its total, band, ranks and awards (the scorecard's
/// summary, a line of the unit page).
#[derive(Debug, Clone, Serialize)]
pub struct Standing {
    /// Total points.
    pub total: Num,
    /// The rubric's maximum, formatted.
    pub max: String,
    /// Band, or `no_band` when the total is below every band.
    pub band: String,
    /// Rank among all participants.
    pub rank_overall: u32,
    /// How many participants there are.
    pub of_overall: usize,
    /// Rank in its cluster.
    pub rank_cluster: Option<u32>,
    /// Every leaf has points.
    pub complete: bool,
    /// The awards won, as people read them.
    pub awards: Vec<String>,
}

impl Standing {
    /// The standing of `u` on the rubric `r` with results `rr`, which won `awards`; `no_band`
    /// is printed for a total below every band.
    pub fn of(
        w: &Words,
        rr: &RubricResults,
        u: &UnitResult,
        awards: Vec<String>,
        no_band: &str,
    ) -> Self {
        Standing {
            total: Num::of(w, u.total),
            max: w.number(rr.max),
            band: u.band.clone().unwrap_or_else(|| no_band.to_string()),
            rank_overall: u.rank_overall,
            of_overall: rr.units.len(),
            rank_cluster: u.rank_cluster,
            complete: u.complete,
            awards,
        }
    }
}
