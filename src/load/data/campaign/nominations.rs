//! Nominations — "suy tôn": per cluster, the honorees it puts forward.

use std::collections::BTreeMap;

use crate::diag::catalogue::data_campaign::{
    NOMINATIONS_NO_CLUSTERS, NOMINATIONS_NOT_CLUSTER, NOMINATIONS_ONE_LIST, NOMINATIONS_TWICE,
    NOMINATIONS_USE_CLUSTER,
};
use crate::model::Cluster;
use crate::t;

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
                t!(NOMINATIONS_NO_CLUSTERS)
            } else {
                let ids: Vec<&str> = clusters.iter().map(|c| c.id.as_str()).collect();
                t!(NOMINATIONS_USE_CLUSTER, clusters = ids.join(", "))
            };
            report.error(
                key_at,
                t!(NOMINATIONS_NOT_CLUSTER, cluster = &cluster),
                hint,
            );
            continue;
        }
        if out.contains_key(&cluster) {
            report.error(
                key_at,
                t!(NOMINATIONS_TWICE, cluster = &cluster),
                NOMINATIONS_ONE_LIST,
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
