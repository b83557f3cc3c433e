//! Scoring stages — "tự chấm", "cụm trưởng chấm", "thẩm định" — in order.

use crate::diag::catalogue::data::DATA_KIND_STAGE;
use crate::diag::catalogue::data_campaign::{
    STAGES_ADD_ID, STAGES_NO_ID, STAGES_NONE, STAGES_NONE_HINT,
};
use crate::model::Stage;

use super::super::ids::IdRegistry;
use super::super::report::FileReport;
use super::super::yaml::At;
use super::raw::{RawStage, text};

/// The stages in order; the three defaults when none are listed (SPEC §3.2).
pub(super) fn stages(list: Option<&[RawStage]>, at: At, report: &mut FileReport) -> Vec<Stage> {
    let Some(list) = list else {
        return Stage::defaults();
    };
    if list.is_empty() {
        report.error(at.offset(), STAGES_NONE, STAGES_NONE_HINT);
        return Stage::defaults();
    }
    let mut ids = IdRegistry::new(DATA_KIND_STAGE);
    let mut out = Vec::with_capacity(list.len());
    for (i, s) in list.iter().enumerate() {
        let at = at.item(i);
        let Some(id) = &s.id else {
            report.error(at.offset(), STAGES_NO_ID, STAGES_ADD_ID);
            continue;
        };
        let id = id.0.trim().to_string();
        if ids.check(&id, at.key("id").offset(), report) {
            let label = text(&s.label);
            out.push(Stage {
                label: if label.is_empty() { id.clone() } else { label },
                id,
            });
        }
    }
    out
}
