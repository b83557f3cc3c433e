//! Award rules — "khen thưởng" (SPEC §3.2): which rubric, per cluster or overall, which
//! ranks, and optional filters by kind and band.

use crate::diag::catalogue::data_campaign::{
    AWARDS_ADD_RUBRIC, AWARDS_ADD_TITLE, AWARDS_BAD_RANKS, AWARDS_BAD_SCOPE, AWARDS_NO_BANDS,
    AWARDS_NO_RUBRIC, AWARDS_NO_TITLE, AWARDS_NOT_A_BAND, AWARDS_RANKS_HINT, AWARDS_SCOPE_HINT,
    AWARDS_SCOPE_NO_CLUSTERS, AWARDS_SCOPE_NO_CLUSTERS_HINT, AWARDS_UNKNOWN_RUBRIC,
    AWARDS_USE_BAND, AWARDS_USE_RUBRIC,
};
use crate::diag::catalogue::data_decisions::{
    SHARE_ADD_QUOTA, SHARE_AND_RANKS, SHARE_BAD, SHARE_BAD_HINT, SHARE_BAD_ROUNDING,
    SHARE_KEEP_ONE, SHARE_NO_QUOTA, SHARE_ROUNDING_ALONE, SHARE_ROUNDING_ALONE_HINT,
    SHARE_ROUNDING_HINT,
};
use crate::model::{AwardRule, Quota, RankRange, Rounding, Rubric, Scope, Share};
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
    let quota = match (&raw.ranks, &raw.share) {
        (None, None) => {
            report.error(at.offset(), SHARE_NO_QUOTA, SHARE_ADD_QUOTA);
            None
        }
        (Some(_), Some(_)) => {
            report.error(at.key("share").offset(), SHARE_AND_RANKS, SHARE_KEEP_ONE);
            None
        }
        (None, Some(s)) => {
            let rounding = match text(&raw.rounding).as_str() {
                "" | "down" => Some(Rounding::Down),
                "nearest" => Some(Rounding::Nearest),
                "up" => Some(Rounding::Up),
                other => {
                    report.error(
                        at.key("rounding").offset(),
                        t!(SHARE_BAD_ROUNDING, rounding = other),
                        SHARE_ROUNDING_HINT,
                    );
                    None
                }
            };
            let hundredths = parse_share(&s.0);
            if hundredths.is_none() {
                report.error(
                    at.key("share").offset(),
                    t!(SHARE_BAD, share = s.0.trim()),
                    SHARE_BAD_HINT,
                );
            }
            Some(Quota::Share(Share {
                hundredths: hundredths?,
                rounding: rounding?,
            }))
        }
        (Some(r), None) => {
            if raw.rounding.is_some() {
                report.error(
                    at.key("rounding").offset(),
                    SHARE_ROUNDING_ALONE,
                    SHARE_ROUNDING_ALONE_HINT,
                );
            }
            let r = parse_ranks(&r.0);
            if r.is_none() {
                report.error(
                    at.key("ranks").offset(),
                    t!(AWARDS_BAD_RANKS, ranks = text(&raw.ranks)),
                    AWARDS_RANKS_HINT,
                );
            }
            r.map(Quota::Ranks)
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
        quota: quota?,
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

/// `20%` → 2000, `"12,5%"` and `12.5 %` → 1250 (hundredths of a percent); at most two
/// decimals, from 0% to 100%, the `%` required (`0.2` could mean 0.2% or 20%).
pub(super) fn parse_share(text: &str) -> Option<u32> {
    let t = text.trim().strip_suffix('%')?.trim_end();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (whole, frac) = match t.split_once(['.', ',']) {
        Some((w, f)) if digits(f) && f.len() <= 2 => (w, f),
        Some(_) => return None,
        None => (t, ""),
    };
    if !digits(whole) || whole.len() > 3 {
        return None;
    }
    let frac: u32 = format!("{frac:0<2}").parse().ok()?;
    let value = whole.parse::<u32>().ok()? * 100 + frac;
    (value <= 10_000).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_are_percentages_with_two_decimals_at_most() {
        assert_eq!(parse_share("20%"), Some(2000));
        assert_eq!(parse_share("12,5%"), Some(1250));
        assert_eq!(parse_share(" 12.5 % "), Some(1250));
        assert_eq!(parse_share("0.25%"), Some(25));
        assert_eq!(parse_share("100%"), Some(10_000));
        assert_eq!(parse_share("0%"), Some(0));
        for bad in [
            "20", "0.2", "12.345%", "101%", "-5%", "%", "a%", "1e2%", "12.%", ".5%", "20%%",
        ] {
            assert_eq!(parse_share(bad), None, "{bad}");
        }
    }

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
