//! Award rules — "khen thưởng" (SPEC §3.2): which rubric, per cluster or overall, which
//! ranks, and optional filters by kind and band.

use crate::diag::catalogue::data_campaign::{
    AWARDS_ADD_RANKS, AWARDS_ADD_RUBRIC, AWARDS_ADD_TITLE, AWARDS_BAD_RANKS, AWARDS_BAD_SCOPE,
    AWARDS_NO_BANDS, AWARDS_NO_RANKS, AWARDS_NO_RUBRIC, AWARDS_NO_TITLE, AWARDS_NOT_A_BAND,
    AWARDS_RANKS_HINT, AWARDS_SCOPE_HINT, AWARDS_SCOPE_NO_CLUSTERS, AWARDS_SCOPE_NO_CLUSTERS_HINT,
    AWARDS_UNKNOWN_RUBRIC, AWARDS_USE_BAND, AWARDS_USE_RUBRIC,
};
use crate::model::{AwardRule, RankRange, Rubric, Scope};
use crate::t;

use super::super::report::FileReport;
use super::super::yaml::At;
use super::raw::{RawAward, text};

/// What the rules are checked against.
pub(super) struct Context<'a> {
    /// Rubric ids listed under `rubrics:`.
    pub declared: &'a [String],
    /// The rubrics that loaded.
    pub rubrics: &'a [Rubric],
    /// True when the campaign has clusters.
    pub has_clusters: bool,
}

/// Validates the award rules listed at `at`; an invalid rule is reported and left out.
pub(super) fn awards(
    list: &[RawAward],
    at: At,
    ctx: &Context,
    report: &mut FileReport,
) -> Vec<AwardRule> {
    list.iter()
        .enumerate()
        .filter_map(|(i, raw)| award(raw, at.item(i), ctx, report))
        .collect()
}

fn award(raw: &RawAward, at: At, ctx: &Context, report: &mut FileReport) -> Option<AwardRule> {
    let before = report.error_count();
    let title = text(&raw.title);
    if title.is_empty() {
        report.error(at.offset(), AWARDS_NO_TITLE, AWARDS_ADD_TITLE);
    }
    let rubric = text(&raw.rubric);
    if rubric.is_empty() {
        report.error(at.offset(), AWARDS_NO_RUBRIC, AWARDS_ADD_RUBRIC);
    } else if !ctx.declared.contains(&rubric) {
        report.error(
            at.key("rubric").offset(),
            t!(AWARDS_UNKNOWN_RUBRIC, rubric = &rubric),
            t!(AWARDS_USE_RUBRIC, rubrics = ctx.declared.join(", ")),
        );
    }
    let scope = match text(&raw.scope).as_str() {
        "" if ctx.has_clusters => Some(Scope::Cluster),
        "" => Some(Scope::Overall),
        "cluster" if !ctx.has_clusters => {
            report.error(
                at.key("scope").offset(),
                AWARDS_SCOPE_NO_CLUSTERS,
                AWARDS_SCOPE_NO_CLUSTERS_HINT,
            );
            None
        }
        "cluster" => Some(Scope::Cluster),
        "overall" => Some(Scope::Overall),
        other => {
            report.error(
                at.key("scope").offset(),
                t!(AWARDS_BAD_SCOPE, scope = other),
                AWARDS_SCOPE_HINT,
            );
            None
        }
    };
    let ranks = match &raw.ranks {
        None => {
            report.error(at.offset(), AWARDS_NO_RANKS, AWARDS_ADD_RANKS);
            None
        }
        Some(r) => {
            let r = parse_ranks(&r.0);
            if r.is_none() {
                report.error(
                    at.key("ranks").offset(),
                    t!(AWARDS_BAD_RANKS, ranks = text(&raw.ranks)),
                    AWARDS_RANKS_HINT,
                );
            }
            r
        }
    };
    // A kind that no unit has is not reported: it simply matches nobody (examples and
    // templates list kinds ahead of the units that will have them).
    let kinds = raw
        .kinds
        .as_ref()
        .map(|list| list.iter().map(|k| k.0.trim().to_string()).collect());
    let min_band = raw.min_band.as_ref().map(|b| b.0.trim().to_string());
    if let (Some(band), Some(r)) = (&min_band, ctx.rubrics.iter().find(|r| r.id == rubric))
        && !r.bands.iter().any(|b| &b.label == band)
    {
        let labels: Vec<&str> = r.bands.iter().map(|b| b.label.as_str()).collect();
        let hint = if labels.is_empty() {
            t!(AWARDS_NO_BANDS, rubric = &rubric)
        } else {
            t!(AWARDS_USE_BAND, rubric = &rubric, bands = labels.join(", "))
        };
        report.error(
            at.key("min_band").offset(),
            t!(AWARDS_NOT_A_BAND, band = band, rubric = &rubric),
            hint,
        );
    }
    if report.error_count() > before {
        return None;
    }
    Some(AwardRule {
        title,
        rubric,
        scope: scope?,
        ranks: ranks?,
        kinds,
        min_band,
    })
}

/// `3` → ranks 1–3; `"2-4"` → ranks 2–4 (an en dash and spaces are accepted too).
pub(super) fn parse_ranks(text: &str) -> Option<RankRange> {
    let t = text.trim();
    let num = |s: &str| s.trim().parse::<u32>().ok();
    let (from, to) = match t.split_once(['-', '–']) {
        Some((a, b)) => (num(a)?, num(b)?),
        None => (1, num(t)?),
    };
    (1 <= from && from <= to).then_some(RankRange { from, to })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_are_a_top_n_or_a_range() {
        assert_eq!(parse_ranks("1"), Some(RankRange { from: 1, to: 1 }));
        assert_eq!(parse_ranks("3"), Some(RankRange { from: 1, to: 3 }));
        assert_eq!(parse_ranks("2-4"), Some(RankRange { from: 2, to: 4 }));
        assert_eq!(parse_ranks(" 2 – 4 "), Some(RankRange { from: 2, to: 4 }));
        for bad in ["0", "-1", "4-2", "0-3", "a", "", "1.5", "2-"] {
            assert_eq!(parse_ranks(bad), None, "{bad}");
        }
    }
}
