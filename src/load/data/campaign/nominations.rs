//! Nominations — "suy tôn": per cluster, the honorees it puts forward.

use std::collections::BTreeMap;

use crate::model::Cluster;

use super::super::report::FileReport;
use super::super::yaml::{At, Pairs, Text};

/// Nominations — "suy tôn": cluster id → honoree ids (checked against honorees elsewhere).
pub(super) fn nominations(
    raw: Option<&Pairs<Text, Option<Vec<Text>>>>,
    at: At,
    clusters: &[Cluster],
    report: &mut FileReport,
) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for (i, (key, list)) in raw
        .map(|p| p.0.as_slice())
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let cluster = key.0.trim().to_string();
        let key_at = at.entry_key(i).offset();
        if !clusters.iter().any(|c| c.id == cluster) {
            let hint = if clusters.is_empty() {
                "nominations are made per cluster, and this campaign has no clusters".to_string()
            } else {
                format!(
                    "use a cluster id: {}",
                    clusters
                        .iter()
                        .map(|c| c.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            report.error(
                key_at,
                format_args!("`{cluster}` is not a cluster of this campaign"),
                hint,
            );
            continue;
        }
        if out.contains_key(&cluster) {
            report.error(
                key_at,
                format_args!("the nominations of cluster `{cluster}` are given twice"),
                "put them in one list",
            );
            continue;
        }
        let ids = list
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|t| t.0.trim().to_string())
            .collect();
        out.insert(cluster, ids);
    }
    out
}
