//! YAML scores: `p12: {"1.1": 9.5, "1.2": 18, bonus: 2, note: "…"}`, one entry per unit,
//! with per-cell notes as `notes: {"1.1": "…"}`.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Unexpected, Visitor};

use crate::diag::catalogue::data::{DATA_KEY_TWICE_FOR_UNIT, DATA_WRITE_NUMBER};
use crate::diag::catalogue::data_scores::{
    SCORES_MAPPING_FOR_POINTS, SCORES_MERGE_ENTRIES, SCORES_NOTE_HINT, SCORES_NOTE_MAP,
    SCORES_NOTE_TWICE, SCORES_NOTES_HINT, SCORES_NOTES_SCALAR, SCORES_ONE_NOTE, SCORES_ONE_VALUE,
    SCORES_UNIT_SCORED_TWICE,
};
use crate::model::UnitStageScores;
use crate::t;

use super::super::columns::{ScoreColumn, score_column};
use super::super::report::FileReport;
use super::super::yaml::{self, At, Pairs, Text};
use super::context::Context;

/// A value in a unit's mapping: points, a note, or the `notes` mapping.
#[derive(Debug)]
enum Value {
    /// Points as text (a number or a quoted string).
    Scalar(String),
    /// A mapping (`notes:`).
    Map(Pairs<Text, Option<Text>>),
    /// An empty value: not scored.
    Null,
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Value;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number, a note, or notes: {…}")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Value, E> {
                Ok(Value::Scalar(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Value, E> {
                Ok(Value::Scalar(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Value, E> {
                Ok(Value::Scalar(v.to_string()))
            }
            // The shortest form of the double is the decimal written, for every number of at
            // most 15 significant digits; a third decimal survives and is refused later.
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Value, E> {
                Ok(Value::Scalar(if v.is_finite() {
                    v.to_string()
                } else {
                    "not a number".to_string()
                }))
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Value, E> {
                Err(E::invalid_type(Unexpected::Bool(v), &self))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
                let mut out = Vec::new();
                while let Some(pair) = map.next_entry()? {
                    out.push(pair);
                }
                Ok(Value::Map(Pairs(out)))
            }
        }
        d.deserialize_any(V)
    }
}

type RawScores = Pairs<Text, Option<Pairs<Text, Value>>>;

/// Reads a YAML score file; an empty file scores nothing.
pub(super) fn read(report: &mut FileReport, ctx: &Context) -> BTreeMap<String, UnitStageScores> {
    let src = report.src();
    if yaml::is_blank(&src.text) {
        return BTreeMap::new();
    }
    // A blank file was taken care of above: the hint for an empty file is never shown.
    let parsed = match yaml::parse::<RawScores>(src, crate::diag::Text::default()) {
        Ok(p) => p,
        Err(d) => {
            report.push(d);
            return BTreeMap::new();
        }
    };
    let root = parsed.root();
    let mut first: HashMap<String, usize> = HashMap::new();
    let mut out = BTreeMap::new();
    for (i, (unit_text, row)) in parsed.value.0.iter().enumerate() {
        let key_at = root.entry_key(i).offset();
        let unit = match ctx.unit(&unit_text.0) {
            Ok(u) => u,
            Err(p) => {
                ctx.report_unit(&p, &unit_text.0, key_at, report);
                continue;
            }
        };
        if let Some(&at) = first.get(&unit.id) {
            report.error(
                key_at,
                t!(
                    SCORES_UNIT_SCORED_TWICE,
                    id = &unit.id,
                    line = src.pos_of(at).line
                ),
                SCORES_MERGE_ENTRIES,
            );
            continue;
        }
        first.insert(unit.id.clone(), key_at);
        let Some(row) = row else { continue };
        let scores = unit_scores(row, root.entry(i), ctx, report);
        if !scores.cells.is_empty() || scores.note.is_some() || !scores.cell_notes.is_empty() {
            out.insert(unit.id.clone(), scores);
        }
    }
    out
}

fn unit_scores(
    row: &Pairs<Text, Value>,
    at: At,
    ctx: &Context,
    report: &mut FileReport,
) -> UnitStageScores {
    let mut scores = UnitStageScores::default();
    for (j, (name, value)) in row.0.iter().enumerate() {
        let name = name.0.trim();
        let name_at = at.entry_key(j).offset();
        let value_at = at.entry(j).offset();
        if name == "notes" {
            match value {
                Value::Map(notes) => cell_notes(notes, at.entry(j), ctx, &mut scores, report),
                Value::Null => {}
                Value::Scalar(_) => report.error(value_at, SCORES_NOTES_SCALAR, SCORES_NOTES_HINT),
            }
            continue;
        }
        if score_column(name) == Some(ScoreColumn::Note) {
            match value {
                Value::Scalar(s) if !s.trim().is_empty() => {
                    scores.note = Some(s.trim().to_string())
                }
                Value::Scalar(_) | Value::Null => {}
                Value::Map(_) => report.error(value_at, SCORES_NOTE_MAP, SCORES_NOTE_HINT),
            }
            continue;
        }
        let (key, max) = match ctx.cell(name) {
            Ok(c) => c,
            Err(p) => {
                ctx.report_cell(&p, name, name_at, report);
                continue;
            }
        };
        if scores.cells.contains_key(&key) {
            report.error(
                name_at,
                t!(DATA_KEY_TWICE_FOR_UNIT, key = name),
                SCORES_ONE_VALUE,
            );
            continue;
        }
        match value {
            Value::Null => {}
            Value::Map(_) => report.error(
                value_at,
                t!(SCORES_MAPPING_FOR_POINTS, name = name),
                DATA_WRITE_NUMBER,
            ),
            Value::Scalar(text) => match ctx.points(text, max, false) {
                Ok(p) => {
                    scores.cells.insert(key, p);
                }
                Err(problem) => ctx.report_points(&problem, &key, text, value_at, true, report),
            },
        }
    }
    scores
}

fn cell_notes(
    notes: &Pairs<Text, Option<Text>>,
    at: At,
    ctx: &Context,
    scores: &mut UnitStageScores,
    report: &mut FileReport,
) {
    for (m, (name, note)) in notes.0.iter().enumerate() {
        let name_at = at.entry_key(m).offset();
        match ctx.cell(&name.0) {
            Ok((key, _)) => {
                let note = note
                    .as_ref()
                    .map(|n| n.0.trim().to_string())
                    .unwrap_or_default();
                match scores.cell_notes.entry(key) {
                    Entry::Occupied(_) => report.error(
                        name_at,
                        t!(SCORES_NOTE_TWICE, name = name.0.trim()),
                        SCORES_ONE_NOTE,
                    ),
                    Entry::Vacant(slot) if !note.is_empty() => {
                        slot.insert(note);
                    }
                    Entry::Vacant(_) => {}
                }
            }
            Err(p) => ctx.report_cell(&p, &name.0, name_at, report),
        }
    }
}
