//! From ranking to decision (SPEC §9) in `campaign.yaml`: `status`, the comment window
//! (`consultation`, `holidays`), the `timeline`, and the `decisions:` and `certificates:`
//! blocks of the draft award decisions and the certificates.

use crate::diag::catalogue::data_decisions::{
    CERT_ADD_ISSUER, CERT_BAD_NUMBER, CERT_FIELDS_HINT, CERT_NO_ISSUER, CERT_NUMBER_HINT,
    CERT_UNKNOWN_FIELD, CONSULT_ADD_FROM, CONSULT_BAD_DAYS, CONSULT_DAYS_HINT, CONSULT_NO_FROM,
    DATE_BAD, DATE_HINT, DECISIONS_ADD_ISSUER, DECISIONS_NO_ISSUER, STATUS_BAD, STATUS_HINT,
    TIMELINE_ADD_DATE, TIMELINE_ADD_TITLE, TIMELINE_BAD_TIME, TIMELINE_NO_DATE, TIMELINE_NO_TITLE,
    TIMELINE_TIME_HINT,
};
use crate::load::content::{RawDocument, document_meta};
use crate::model::decisions::{
    CERTIFICATE_FIELDS, CertificateSettings, Consultation, Milestone, Status,
};
use crate::model::document::{DocumentMeta, Signer};
use crate::model::{Campaign, Date};
use crate::t;

use super::super::report::FileReport;
use super::super::yaml::{At, Text};
use super::raw::{RawCampaign, RawCertificates, RawConsultation, RawMilestone, text};
use super::schedule::normalise_at;

/// Reads and checks the keys of SPEC §9 into `campaign`; what is wrong is reported and left
/// out.
pub(super) fn read_proceedings(
    raw: &RawCampaign,
    at: At,
    report: &mut FileReport,
    campaign: &mut Campaign,
) {
    campaign.status = match text(&raw.status).as_str() {
        "" | "final" => Status::Final,
        "provisional" => Status::Provisional,
        other => {
            report.error(
                at.key("status").offset(),
                t!(STATUS_BAD, status = other),
                STATUS_HINT,
            );
            Status::Final
        }
    };
    let mut holidays: Vec<Date> = raw
        .holidays
        .iter()
        .flatten()
        .enumerate()
        .filter_map(|(i, d)| date(d, at.key("holidays").item(i), report))
        .collect();
    holidays.sort();
    holidays.dedup();
    campaign.holidays = holidays;
    campaign.consultation = raw
        .consultation
        .as_ref()
        .and_then(|c| consultation(c, at.key("consultation"), report));
    campaign.timeline = timeline(raw.timeline.as_deref().unwrap_or_default(), at, report);
    campaign.decisions = raw
        .decisions
        .as_ref()
        .and_then(|d| decisions(d, at.key("decisions"), report));
    campaign.certificates = raw.certificates.as_ref().and_then(|c| {
        certificates(
            c,
            campaign.decisions.as_ref(),
            at.key("certificates"),
            report,
        )
    });
}

/// A date written `2024-11-20`, or an error at `at`.
fn date(t: &Text, at: At, report: &mut FileReport) -> Option<Date> {
    let d = Date::parse(&t.0);
    if d.is_none() {
        report.error(at.offset(), t!(DATE_BAD, value = t.0.trim()), DATE_HINT);
    }
    d
}

fn consultation(raw: &RawConsultation, at: At, report: &mut FileReport) -> Option<Consultation> {
    let from = match &raw.from {
        None => {
            report.error(at.offset(), CONSULT_NO_FROM, CONSULT_ADD_FROM);
            None
        }
        Some(t) => date(t, at.key("from"), report),
    };
    let days = text(&raw.working_days);
    let working_days = days.parse::<u32>().ok().filter(|d| (1..=366).contains(d));
    if working_days.is_none() {
        let at = if raw.working_days.is_some() {
            at.key("working_days")
        } else {
            at
        };
        report.error(
            at.offset(),
            t!(CONSULT_BAD_DAYS, days = &days),
            CONSULT_DAYS_HINT,
        );
    }
    Some(Consultation {
        from: from?,
        working_days: working_days?,
        contact: text(&raw.contact),
    })
}

/// The timeline in date and time order (entries of one day without a time first, then in
/// the order written).
fn timeline(list: &[RawMilestone], at: At, report: &mut FileReport) -> Vec<Milestone> {
    let at = at.key("timeline");
    let mut out: Vec<Milestone> = list
        .iter()
        .enumerate()
        .filter_map(|(i, raw)| milestone(raw, at.item(i), report))
        .collect();
    out.sort_by(|a, b| (a.date, &a.time).cmp(&(b.date, &b.time)));
    out
}

fn milestone(raw: &RawMilestone, at: At, report: &mut FileReport) -> Option<Milestone> {
    let before = report.error_count();
    let title = text(&raw.title);
    if title.is_empty() {
        report.error(at.offset(), TIMELINE_NO_TITLE, TIMELINE_ADD_TITLE);
    }
    // `date: 2020-11-20T08:00` is accepted too, like an inspection's `at`.
    let (day, mut time) = match &raw.date {
        None => {
            report.error(at.offset(), TIMELINE_NO_DATE, TIMELINE_ADD_DATE);
            (None, None)
        }
        Some(d) => match normalise_at(&d.0) {
            Some(n) => match n.split_once('T') {
                Some((day, time)) => (Date::parse(day), Some(time.to_string())),
                None => (Date::parse(&n), None),
            },
            None => (date(d, at.key("date"), report), None),
        },
    };
    if let Some(t) = &raw.time {
        let written = t.0.trim();
        match normalise_at(&format!("2000-01-01T{written}")) {
            Some(n) => time = n.split_once('T').map(|(_, t)| t.to_string()),
            None => report.error(
                at.key("time").offset(),
                t!(TIMELINE_BAD_TIME, time = written),
                TIMELINE_TIME_HINT,
            ),
        }
    }
    if report.error_count() > before {
        return None;
    }
    Some(Milestone {
        date: day?,
        time,
        title,
        who: text(&raw.who),
    })
}

fn decisions(raw: &RawDocument, at: At, report: &mut FileReport) -> Option<DocumentMeta> {
    let before = report.error_count();
    let day = raw
        .date
        .as_deref()
        .and_then(|d| date(&Text(d.to_string()), at.key("date"), report));
    if raw.issuer.as_deref().is_none_or(|s| s.trim().is_empty()) {
        report.error(at.offset(), DECISIONS_NO_ISSUER, DECISIONS_ADD_ISSUER);
    }
    if report.error_count() > before {
        return None;
    }
    // Without a `type:`, the page prints the word for a decision in its own language.
    Some(document_meta(raw.clone(), day))
}

fn certificates(
    raw: &RawCertificates,
    decisions: Option<&DocumentMeta>,
    at: At,
    report: &mut FileReport,
) -> Option<CertificateSettings> {
    let before = report.error_count();
    let base = decisions.cloned().unwrap_or_default();
    let pick = |t: &Option<Text>, fallback: &str| match text(t) {
        s if s.is_empty() => fallback.to_string(),
        s => s,
    };
    let issuer = pick(&raw.issuer, &base.issuer);
    if issuer.is_empty() {
        report.error(at.offset(), CERT_NO_ISSUER, CERT_ADD_ISSUER);
    }
    let day = raw
        .date
        .as_ref()
        .and_then(|d| date(d, at.key("date"), report))
        .or(base.date);
    let document = DocumentMeta {
        parent: match text(&raw.parent) {
            s if s.is_empty() => base.parent.clone(),
            s => Some(s),
        },
        place: pick(&raw.place, &base.place),
        date: day,
        signer: match &raw.signer {
            Some(s) => Some(Signer {
                authority: s.authority.trim().to_string(),
                position: s.position.trim().to_string(),
                name: s.name.trim().to_string(),
            }),
            None => base.signer.clone(),
        },
        issuer,
        ..DocumentMeta::default()
    };
    let mut places = CertificateSettings::default_places();
    let preprinted = raw.positions.is_some();
    for (i, (field, p)) in raw.positions.iter().flat_map(|p| p.0.iter()).enumerate() {
        let at_field = at.key("positions").entry(i);
        let Some(k) = CERTIFICATE_FIELDS.iter().position(|f| *f == field.0.trim()) else {
            report.error(
                at.key("positions").entry_key(i).offset(),
                t!(CERT_UNKNOWN_FIELD, field = field.0.trim()),
                t!(CERT_FIELDS_HINT, fields = CERTIFICATE_FIELDS.join(", ")),
            );
            continue;
        };
        let mut number = |t: &Option<Text>, key: &str, into: &mut u32| {
            if let Some(t) = t {
                match t.0.trim().parse::<u32>() {
                    Ok(n) if n <= 1000 => *into = n,
                    _ => report.error(
                        at_field.key(key).offset(),
                        t!(CERT_BAD_NUMBER, value = t.0.trim()),
                        CERT_NUMBER_HINT,
                    ),
                }
            }
        };
        let place = &mut places[k];
        number(&p.top, "top", &mut place.top);
        number(&p.left, "left", &mut place.left);
        number(&p.width, "width", &mut place.width);
        number(&p.size, "size", &mut place.size);
    }
    if report.error_count() > before {
        return None;
    }
    Some(CertificateSettings {
        title: match &raw.title {
            Some(t) => t.0.trim().to_string(),
            None => "GIẤY KHEN".to_string(),
        },
        document,
        places,
        preprinted,
    })
}
