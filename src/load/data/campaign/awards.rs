//! Award rules — "khen thưởng" (SPEC §3.2): which rubric, per cluster or overall, which
//! ranks, and optional filters by kind and band.

use crate::model::{AwardRule, RankRange, Rubric, Scope};

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
        report.error(
            at.offset(),
            "this award has no title",
            "add `title: …`, e.g. title: Cờ thi đua của UBND thành phố",
        );
    }
    let rubric = text(&raw.rubric);
    if rubric.is_empty() {
        report.error(
            at.offset(),
            "this award names no rubric",
            "add `rubric: …` with one of the campaign's rubrics",
        );
    } else if !ctx.declared.contains(&rubric) {
        report.error(
            at.key("rubric").offset(),
            format_args!("the award's rubric `{rubric}` is not one of this campaign's rubrics"),
            format_args!("use one of: {}", ctx.declared.join(", ")),
        );
    }
    let scope = match text(&raw.scope).as_str() {
        "" if ctx.has_clusters => Some(Scope::Cluster),
        "" => Some(Scope::Overall),
        "cluster" if !ctx.has_clusters => {
            report.error(
                at.key("scope").offset(),
                "`scope: cluster` needs clusters, and this campaign has none",
                "write scope: overall, or add clusters to the campaign",
            );
            None
        }
        "cluster" => Some(Scope::Cluster),
        "overall" => Some(Scope::Overall),
        other => {
            report.error(
                at.key("scope").offset(),
                format_args!("`{other}` is not a scope"),
                "write scope: cluster (the award is given in every cluster) or scope: overall (across all participants)",
            );
            None
        }
    };
    let ranks = match &raw.ranks {
        None => {
            report.error(
                at.offset(),
                "this award does not say which ranks win",
                "add `ranks: 1` (the top one), `ranks: 3` (the top three) or `ranks: \"2-4\"`",
            );
            None
        }
        Some(r) => {
            let r = parse_ranks(&r.0);
            if r.is_none() {
                report.error(
                    at.key("ranks").offset(),
                    format_args!("`{}` is not a rank range", text(&raw.ranks)),
                    "write ranks: 3 for the top three, or ranks: \"2-4\" for ranks 2 to 4 (ranks start at 1)",
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
            format!("rubric `{rubric}` has no bands: add bands to it, or remove min_band")
        } else {
            format!(
                "use one of the bands of rubric `{rubric}`: {}",
                labels.join(", ")
            )
        };
        report.error(
            at.key("min_band").offset(),
            format_args!("`{band}` is not a band of rubric `{rubric}`"),
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
