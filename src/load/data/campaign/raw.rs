//! `campaign.yaml` as written, before validation.

use serde::Deserialize;

use super::super::yaml::{Pairs, Text};
use crate::load::content::{RawDocument, RawSigner};

/// `data/campaigns/<id>/campaign.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCampaign {
    pub title: Option<Text>,
    pub year: Option<Text>,
    #[serde(alias = "organizer")]
    pub organiser: Option<Text>,
    pub description: Option<Text>,
    pub illustrative: Option<bool>,
    pub stages: Option<Vec<RawStage>>,
    pub clusters: Option<Vec<RawCluster>>,
    pub rubrics: Option<Vec<Text>>,
    pub awards: Option<Vec<RawAward>>,
    pub nominations: Option<Pairs<Text, Option<Vec<Text>>>>,
    pub status: Option<Text>,
    pub consultation: Option<RawConsultation>,
    pub holidays: Option<Vec<Text>>,
    pub timeline: Option<Vec<RawMilestone>>,
    pub decisions: Option<RawDocument>,
    pub certificates: Option<RawCertificates>,
}

/// `consultation: {from: 2024-11-20, working_days: 10, contact: …}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConsultation {
    pub from: Option<Text>,
    pub working_days: Option<Text>,
    pub contact: Option<Text>,
}

/// `{date: 2020-06-15, time: "08:00", title: …, who: …}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMilestone {
    pub date: Option<Text>,
    pub time: Option<Text>,
    pub title: Option<Text>,
    pub who: Option<Text>,
}

/// `certificates:` — the heading, who issues and signs, where each field is printed.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCertificates {
    pub title: Option<Text>,
    pub parent: Option<Text>,
    pub issuer: Option<Text>,
    pub place: Option<Text>,
    pub date: Option<Text>,
    pub signer: Option<RawSigner>,
    pub positions: Option<Pairs<Text, RawPlacement>>,
}

/// `{top: 95, left: 20, width: 257, size: 24}` in millimetres and points.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPlacement {
    pub top: Option<Text>,
    pub left: Option<Text>,
    pub width: Option<Text>,
    pub size: Option<Text>,
}

/// `{id: self, label: Tự chấm}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStage {
    pub id: Option<Text>,
    pub label: Option<Text>,
}

/// A cluster — "cụm thi đua".
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCluster {
    pub id: Option<Text>,
    pub name: Option<Text>,
    pub members: Option<Vec<Text>>,
    pub leader: Option<Text>,
    pub deputy: Option<Text>,
    pub inspection: Option<RawInspection>,
    pub team: Option<Vec<RawMember>>,
}

/// `{at: 2020-11-20T08:00, place: …}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawInspection {
    pub at: Option<Text>,
    pub place: Option<Text>,
}

/// `{name: Nguyễn Văn A, role: Trưởng đoàn}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMember {
    pub name: Option<Text>,
    pub role: Option<Text>,
}

/// An award rule — "khen thưởng".
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAward {
    pub title: Option<Text>,
    pub rubric: Option<Text>,
    pub scope: Option<Text>,
    pub ranks: Option<Text>,
    pub share: Option<Text>,
    pub rounding: Option<Text>,
    pub kinds: Option<Vec<Text>>,
    pub min_band: Option<Text>,
}

/// The trimmed text of an optional value ("" when absent).
pub(super) fn text(t: &Option<Text>) -> String {
    t.as_ref()
        .map(|t| t.0.trim().to_string())
        .unwrap_or_default()
}
