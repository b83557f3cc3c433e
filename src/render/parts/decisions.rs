//! From ranking to decision as pages show it (SPEC §9): the provisional-results note, the
//! comment window, the timeline.

use serde::Serialize;

use crate::model::Campaign;
use crate::model::decisions::Status;
use crate::render::engine::words::{Words, fill};

/// The note of a page that shows a campaign's results while they are provisional.
pub fn provisional_note(w: &Words, c: &Campaign) -> Option<String> {
    (c.status == Status::Provisional).then(|| w.provisional_note.to_string())
}

/// The note of a page that shows the results of several campaigns, some provisional: names
/// them, or `None` when none is.
pub fn provisional_among<'a>(
    w: &Words,
    campaigns: impl IntoIterator<Item = &'a Campaign>,
) -> Option<String> {
    let mut titles: Vec<&str> = campaigns
        .into_iter()
        .filter(|c| c.status == Status::Provisional)
        .map(|c| c.title.as_str())
        .collect();
    titles.dedup();
    (!titles.is_empty()).then(|| fill(w.provisional_of, &[&titles.join("; ")]))
}

/// The comment window as the campaign page shows it.
#[derive(Serialize)]
pub struct ConsultationView {
    /// "Danh sách được công khai lấy ý kiến từ 20/11/2024 đến hết ngày 03/12/2024 (10 ngày
    /// làm việc)."
    pub window: String,
    /// The first day, for machines.
    pub from_iso: String,
    /// The last day, for machines.
    pub until_iso: String,
    /// Where to send comments; may be empty.
    pub contact: String,
}

/// The campaign's comment window, when it has one.
pub fn consultation_view(w: &Words, c: &Campaign) -> Option<ConsultationView> {
    let k = c.consultation.as_ref()?;
    let until = k.until(&c.holidays);
    Some(ConsultationView {
        window: fill(
            w.consultation_window,
            &[
                &w.date_short(k.from),
                &w.date_short(until),
                &k.working_days.to_string(),
            ],
        ),
        from_iso: k.from.iso(),
        until_iso: until.iso(),
        contact: k.contact.clone(),
    })
}

/// One line of the campaign's timeline.
#[derive(Serialize)]
pub struct MilestoneView {
    /// "thứ Hai 15/06/2020" (with "08:00, " before it when timed).
    pub when: String,
    /// `2020-06-15` or `2020-06-15T08:00`.
    pub when_iso: String,
    /// What happens.
    pub title: String,
    /// Who does it.
    pub who: String,
}

/// The timeline, in date order (the loader sorted it).
pub fn timeline_view(w: &Words, c: &Campaign) -> Vec<MilestoneView> {
    c.timeline
        .iter()
        .map(|m| {
            let day = w.date_with_weekday(m.date);
            let (when, when_iso) = match &m.time {
                Some(t) => (format!("{t}, {day}"), format!("{}T{t}", m.date.iso())),
                None => (day, m.date.iso()),
            };
            MilestoneView {
                when,
                when_iso,
                title: m.title.clone(),
                who: m.who.clone(),
            }
        })
        .collect()
}
