//! The rubric file as written, before validation.

use serde::Deserialize;

use super::super::yaml::{Num, Text};

/// `rubrics/<id>.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRubric {
    pub title: Option<Text>,
    pub participants: Option<RawParticipants>,
    pub criteria: Option<Vec<RawCriterion>>,
    pub bonus: Option<RawCap>,
    pub deduction: Option<RawCap>,
    pub bands: Option<Vec<RawBand>>,
    pub tie_breakers: Option<Vec<Text>>,
}

/// `participants: {kinds: […]}` or `{units: […]}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawParticipants {
    pub kinds: Option<Vec<Text>>,
    pub units: Option<Vec<Text>>,
}

/// A criterion: a leaf with `max`, or a section with `items`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCriterion {
    pub id: Option<Text>,
    pub title: Option<Text>,
    pub max: Option<Num>,
    pub items: Option<Vec<RawCriterion>>,
}

/// `bonus: {max: 5}` or `deduction: {max: 10}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCap {
    pub max: Option<Num>,
}

/// `{label: Xuất sắc, min: 90}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBand {
    pub label: Option<Text>,
    pub min: Option<Num>,
}
