//! The inspection schedule — "lịch kiểm tra" — and the campaign's timeline as an iCalendar
//! file (RFC 5545, SPEC §5 `schedule.ics`, §9.3), so that units and inspection teams can add
//! them to their calendars.
//!
//! The file is deterministic: the UIDs come from the campaign and cluster ids (and each
//! timeline entry's day and place in that day), and DTSTAMP from the data (the earliest
//! day), never from the clock, so the same input gives the same bytes. Times are local times
//! of the site's `timezone`, written with its `TZID` and the `VTIMEZONE` that defines it, so
//! that a calendar in another zone shows the right hour.

use crate::diag::Diagnostic;
use crate::model::timezone::TimeZone;
use crate::model::{Campaign, Cluster, Inspection};
use crate::render::engine::words::{Words, fill};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes;
use crate::site::Site;

/// It is the campaign's clusters and their inspections.
pub fn reads(site: &Site, ci: usize) -> Vec<Input> {
    vec![Input::Campaign(site.campaigns[ci].campaign.id.clone())]
}

/// Writes `schedule.ics` of the `ci`-th campaign (nothing when it has no inspection with a
/// time and no timeline).
pub fn render(r: &Renderer, ci: usize) -> Result<Files, Diagnostic> {
    let c = &r.site.campaigns[ci].campaign;
    Ok(schedule_ics(r.words, c, HOST_ID, r.site.config.timezone)
        .map(|ics| (routes::schedule_ics(&c.id), ics.into_bytes()))
        .into_iter()
        .collect())
}

/// What makes the event UIDs of this generator's calendars unique.
const HOST_ID: &str = "bangvang";

/// Length of an inspection when the plan gives only its start time.
const DEFAULT_DURATION: &str = "PT2H";

/// Length of a timed entry of the timeline (a deadline or a meeting).
const TIMELINE_DURATION: &str = "PT1H";

/// The longest line, in octets, before it is folded (RFC 5545 §3.1).
const MAX_LINE: usize = 75;

/// The schedule of a campaign: one event per cluster with an inspection, in cluster order,
/// then one per entry of its timeline, in date order; `None` when there is none. `host_id`
/// (for example the site's host name) makes the event UIDs globally unique:
/// `<campaign>-<cluster>@<host_id>`, `<campaign>-<YYYYMMDD>-<n>@<host_id>`. Times are in
/// `zone`.
///
/// An inspection whose time cannot be read is left out; the loader has already reported it.
pub fn schedule_ics(
    w: &Words,
    campaign: &Campaign,
    host_id: &str,
    zone: TimeZone,
) -> Option<String> {
    let inspections: Vec<(&Cluster, &Inspection, When)> = campaign
        .clusters
        .iter()
        .filter_map(|c| c.inspection.as_ref().map(|i| (c, i)))
        .filter_map(|(c, i)| When::parse(&i.at).map(|w| (c, i, w)))
        .collect();
    let mut per_day: Vec<(String, usize)> = Vec::new();
    let timeline: Vec<(String, When, &crate::model::decisions::Milestone)> = campaign
        .timeline
        .iter()
        .filter_map(|m| {
            let at = match &m.time {
                Some(t) => format!("{}T{t}", m.date.iso()),
                None => m.date.iso(),
            };
            let when = When::parse(&at)?;
            let n = match per_day.iter_mut().find(|(d, _)| *d == when.date) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    per_day.push((when.date.clone(), 1));
                    1
                }
            };
            Some((format!("{}-{}-{n}", campaign.id, when.date), when, m))
        })
        .collect();
    let stamp = inspections
        .iter()
        .map(|(_, _, w)| w.date.as_str())
        .chain(timeline.iter().map(|(_, w, _)| w.date.as_str()))
        .min()?;
    let stamp = format!("{stamp}T000000Z");
    let timed = inspections.iter().any(|(_, _, w)| w.time.is_some())
        || timeline.iter().any(|(_, w, _)| w.time.is_some());

    let mut out = String::new();
    let mut line = |text: String| fold_into(&mut out, &text);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//bangvang//bangvang//VI".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    let name = if inspections.is_empty() {
        w.timeline_heading
    } else {
        w.inspection_schedule
    };
    line(format!(
        "X-WR-CALNAME:{}",
        escape_text(&format!("{name} — {}", campaign.title))
    ));
    line(format!("X-WR-TIMEZONE:{}", zone.name));
    if timed {
        // A zone without daylight saving time: one STANDARD part from the epoch on.
        let offset = zone.ical_offset();
        line("BEGIN:VTIMEZONE".into());
        line(format!("TZID:{}", zone.name));
        line("BEGIN:STANDARD".into());
        line("DTSTART:19700101T000000".into());
        line(format!("TZOFFSETFROM:{offset}"));
        line(format!("TZOFFSETTO:{offset}"));
        line(format!("TZNAME:{}", zone.abbreviation));
        line("END:STANDARD".into());
        line("END:VTIMEZONE".into());
    }
    let start = |line: &mut dyn FnMut(String), when: &When, duration: &str| match &when.time {
        Some(time) => {
            line(format!("DTSTART;TZID={}:{}T{time}", zone.name, when.date));
            line(format!("DURATION:{duration}"));
        }
        // A whole day: with a DATE start and no end, the event lasts that one day.
        None => line(format!("DTSTART;VALUE=DATE:{}", when.date)),
    };
    for (cluster, inspection, when) in inspections {
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}-{}@{}", campaign.id, cluster.id, host_id));
        line(format!("DTSTAMP:{stamp}"));
        start(&mut line, &when, DEFAULT_DURATION);
        line(format!(
            "SUMMARY:{}",
            escape_text(&fill(w.inspection_event, &[&cluster.name, &campaign.title]))
        ));
        if !inspection.place.is_empty() {
            line(format!("LOCATION:{}", escape_text(&inspection.place)));
        }
        if !cluster.team.is_empty() {
            let members: Vec<String> = cluster
                .team
                .iter()
                .map(|m| {
                    if m.role.is_empty() {
                        m.name.clone()
                    } else {
                        format!("{}: {}", m.role, m.name)
                    }
                })
                .collect();
            line(format!(
                "DESCRIPTION:{}",
                escape_text(&format!("{}:\n{}", w.inspection_team, members.join("\n")))
            ));
        }
        line("END:VEVENT".into());
    }
    for (uid, when, m) in timeline {
        line("BEGIN:VEVENT".into());
        line(format!("UID:{uid}@{host_id}"));
        line(format!("DTSTAMP:{stamp}"));
        start(&mut line, &when, TIMELINE_DURATION);
        line(format!("SUMMARY:{}", escape_text(&m.title)));
        let mut description = campaign.title.clone();
        if !m.who.is_empty() {
            description = format!("{}: {}\n{description}", w.timeline_who, m.who);
        }
        line(format!("DESCRIPTION:{}", escape_text(&description)));
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    Some(out)
}

/// An inspection time in iCalendar form: `YYYYMMDD` and, when given, `HHMMSS`.
struct When {
    date: String,
    time: Option<String>,
}

impl When {
    /// Reads `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (a space may stand for
    /// the `T`).
    fn parse(at: &str) -> Option<When> {
        let at = at.trim();
        let (date, time) = match at.split_once(['T', ' ']) {
            Some((d, t)) => (d, Some(t.trim())),
            None => (at, None),
        };
        let d: Vec<&str> = date.split('-').collect();
        let [y, m, day] = d.as_slice() else {
            return None;
        };
        let number = |s: &str, len: usize, max: u32| {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
                .filter(|v| *v <= max)
        };
        number(y, 4, 9999)?;
        number(m, 2, 12).filter(|v| *v >= 1)?;
        number(day, 2, 31).filter(|v| *v >= 1)?;
        let time = match time {
            None => None,
            Some(t) => {
                let parts: Vec<&str> = t.split(':').collect();
                let (h, min, s) = match parts.as_slice() {
                    [h, min] => (*h, *min, "00"),
                    [h, min, s] => (*h, *min, *s),
                    _ => return None,
                };
                number(h, 2, 23)?;
                number(min, 2, 59)?;
                number(s, 2, 59)?;
                Some(format!("{h}{min}{s}"))
            }
        };
        Some(When {
            date: format!("{y}{m}{day}"),
            time,
        })
    }
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks;
/// other control characters are not allowed in TEXT and are dropped.
fn escape_text(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so that no physical line passes 75 octets (the leading
/// space of a continuation counts), never inside a UTF-8 character, each ending in CRLF.
fn fold_into(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > MAX_LINE {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TeamMember;
    use crate::model::timezone::DEFAULT_ZONE;

    fn ics(w: &Words, c: &Campaign, host: &str) -> Option<String> {
        schedule_ics(w, c, host, DEFAULT_ZONE)
    }
    use std::collections::BTreeMap;

    /// One property of a parsed calendar: name, parameters, unescaped value.
    #[derive(Debug, Clone, PartialEq)]
    struct Prop {
        name: String,
        params: Vec<String>,
        value: String,
    }

    /// A tiny RFC 5545 reader: checks the physical lines, unfolds them and splits each
    /// content line into name, parameters and unescaped value.
    fn parse(ics: &str) -> Vec<Prop> {
        assert!(ics.ends_with("\r\n"), "the file ends with CRLF");
        for physical in ics.split("\r\n") {
            assert!(
                physical.len() <= MAX_LINE,
                "line longer than 75 octets: {physical:?}"
            );
            assert!(
                !physical.contains('\n') && !physical.contains('\r'),
                "bare line break in {physical:?}"
            );
        }
        let unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        unfolded
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| {
                let colon = l.find(':').expect("a content line has a colon");
                let mut head = l[..colon].split(';');
                let name = head.next().unwrap().to_string();
                let params = head.map(str::to_string).collect();
                let mut value = String::new();
                let mut chars = l[colon + 1..].chars();
                while let Some(c) = chars.next() {
                    if c == '\\' {
                        match chars.next() {
                            Some('n' | 'N') => value.push('\n'),
                            Some(e @ ('\\' | ';' | ',')) => value.push(e),
                            other => panic!("bad escape \\{other:?} in {l:?}"),
                        }
                    } else {
                        assert!(c != ';' && c != ',', "unescaped {c} in TEXT value {l:?}");
                        value.push(c);
                    }
                }
                Prop {
                    name,
                    params,
                    value,
                }
            })
            .collect()
    }

    fn cluster(
        id: &str,
        name: &str,
        at: Option<&str>,
        place: &str,
        team: &[(&str, &str)],
    ) -> Cluster {
        Cluster {
            id: id.into(),
            name: name.into(),
            members: vec![],
            leader: None,
            deputy: None,
            inspection: at.map(|at| Inspection {
                at: at.into(),
                place: place.into(),
            }),
            team: team
                .iter()
                .map(|(n, r)| TeamMember {
                    name: n.to_string(),
                    role: r.to_string(),
                })
                .collect(),
        }
    }

    fn campaign(clusters: Vec<Cluster>) -> Campaign {
        Campaign {
            id: "quan-5-2020".into(),
            title: "Kiểm tra, phân loại Ban Công tác Mặt trận; khu phố năm 2020".into(),
            year: Some(2020),
            organiser: String::new(),
            description: String::new(),
            illustrative: false,
            stages: vec![],
            clusters,
            rubrics: vec![],
            awards: vec![],
            nominations: BTreeMap::new(),
            scores: BTreeMap::new(),
            sources: vec![],
            ..Default::default()
        }
    }

    fn sample() -> Campaign {
        campaign(vec![
            cluster(
                "cum-1",
                "Cụm 1",
                Some("2020-11-20T08:00"),
                "UBND Phường 12, 73 Tân Thành; Quận 5",
                &[("Nguyễn Văn A", "Trưởng đoàn"), ("Trần Thị B", "Thư ký")],
            ),
            cluster("cum-2", "Cụm 2", None, "", &[]),
            cluster(
                "cum-3",
                "Cụm 3",
                Some("2020-11-18"),
                "Hội trường Phường 1",
                &[("Lê Văn C", "")],
            ),
        ])
    }

    fn events(props: &[Prop]) -> Vec<Vec<Prop>> {
        let mut out = Vec::new();
        let mut current: Option<Vec<Prop>> = None;
        for p in props {
            match (p.name.as_str(), p.value.as_str()) {
                ("BEGIN", "VEVENT") => current = Some(Vec::new()),
                ("END", "VEVENT") => out.push(current.take().unwrap()),
                _ => {
                    if let Some(e) = current.as_mut() {
                        e.push(p.clone());
                    }
                }
            }
        }
        out
    }

    fn get<'a>(event: &'a [Prop], name: &str) -> &'a Prop {
        event
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no {name}"))
    }

    #[test]
    fn one_event_per_inspected_cluster() {
        let ics = ics(
            &crate::render::engine::words::VI,
            &sample(),
            "ketqua.example.vn",
        )
        .unwrap();
        let props = parse(&ics);
        assert_eq!(props.first().map(|p| p.value.as_str()), Some("VCALENDAR"));
        assert_eq!(get(&props, "VERSION").value, "2.0");
        assert!(props.iter().any(|p| p.name == "PRODID"));
        let events = events(&props);
        assert_eq!(events.len(), 2);

        let first = &events[0];
        assert_eq!(
            get(first, "UID").value,
            "quan-5-2020-cum-1@ketqua.example.vn"
        );
        assert_eq!(get(first, "DTSTAMP").value, "20201118T000000Z");
        assert_eq!(get(first, "DTSTART").value, "20201120T080000");
        assert_eq!(get(first, "DTSTART").params, ["TZID=Asia/Ho_Chi_Minh"]);
        assert_eq!(get(first, "DURATION").value, "PT2H");
        assert_eq!(
            get(first, "SUMMARY").value,
            "Kiểm tra Cụm 1 — Kiểm tra, phân loại Ban Công tác Mặt trận; khu phố năm 2020"
        );
        assert_eq!(
            get(first, "LOCATION").value,
            "UBND Phường 12, 73 Tân Thành; Quận 5"
        );
        assert_eq!(
            get(first, "DESCRIPTION").value,
            "Đoàn kiểm tra:\nTrưởng đoàn: Nguyễn Văn A\nThư ký: Trần Thị B"
        );

        let all_day = &events[1];
        assert_eq!(
            get(all_day, "UID").value,
            "quan-5-2020-cum-3@ketqua.example.vn"
        );
        assert_eq!(get(all_day, "DTSTART").params, ["VALUE=DATE"]);
        assert_eq!(get(all_day, "DTSTART").value, "20201118");
        assert!(
            all_day
                .iter()
                .all(|p| p.name != "DURATION" && p.name != "DTEND")
        );
        assert_eq!(
            get(all_day, "DESCRIPTION").value,
            "Đoàn kiểm tra:\nLê Văn C"
        );
    }

    #[test]
    fn deterministic_and_crlf_only() {
        let a = ics(&crate::render::engine::words::VI, &sample(), "h").unwrap();
        assert_eq!(
            a,
            ics(&crate::render::engine::words::VI, &sample(), "h").unwrap()
        );
        assert_eq!(a.matches('\n').count(), a.matches("\r\n").count());
    }

    #[test]
    fn none_without_inspections() {
        assert_eq!(
            ics(&crate::render::engine::words::VI, &campaign(vec![]), "h"),
            None
        );
        assert_eq!(
            ics(
                &crate::render::engine::words::VI,
                &campaign(vec![cluster("c", "C", None, "", &[])]),
                "h"
            ),
            None
        );
        assert_eq!(
            ics(
                &crate::render::engine::words::VI,
                &campaign(vec![cluster("c", "C", Some("20/11/2020"), "", &[])]),
                "h"
            ),
            None
        );
    }

    #[test]
    fn long_vietnamese_text_folds_between_characters() {
        let place = "Hội trường Ủy ban nhân dân phường Tân Thành, số 73 đường Tân Thành, phường 12, quận 5, \
                     thành phố Hồ Chí Minh — tầng 3, phòng họp số 2 (cổng sau, đối diện chợ)"
            .repeat(3);
        let c = campaign(vec![cluster(
            "cum-1",
            "Cụm thi đua số 1 của các phường trung tâm",
            Some("2020-11-20 13:30"),
            &place,
            &[],
        )]);
        let ics = ics(&crate::render::engine::words::VI, &c, "h").unwrap();
        // `parse` checks every physical line is at most 75 octets and CRLF-terminated.
        let props = parse(&ics);
        let event = &events(&props)[0];
        assert_eq!(get(event, "LOCATION").value, place);
        assert_eq!(get(event, "DTSTART").value, "20201120T133000");
        assert!(ics.lines().count() > 8, "long lines were folded");
    }

    #[test]
    fn folding_counts_octets_not_characters() {
        let mut out = String::new();
        let line = format!("X:{}", "ệ".repeat(60));
        fold_into(&mut out, &line);
        let physical: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(physical.iter().all(|l| l.len() <= MAX_LINE));
        assert_eq!(
            physical[0].len(),
            74,
            "2 + 24 × 3 octets: a 25th ệ would pass 75"
        );
        assert!(physical[1..].iter().all(|l| l.starts_with(' ')));
        assert_eq!(out.replace("\r\n ", "").trim_end(), line);
    }

    #[test]
    fn text_escapes() {
        assert_eq!(
            escape_text("a\\b;c,d\r\ne\rf\u{7}g"),
            "a\\\\b\\;c\\,d\\ne\\nfg"
        );
    }

    #[test]
    fn times_are_checked() {
        for bad in [
            "2020-13-01",
            "2020-11-20T25:00",
            "2020-11",
            "20-11-2020",
            "2020-11-20T8:00",
            "",
        ] {
            assert!(When::parse(bad).is_none(), "{bad}");
        }
        assert_eq!(
            When::parse("2020-11-20T08:00:30").unwrap().time.as_deref(),
            Some("080030")
        );
    }

    /// A campaign with one timed inspection and a timeline, read back by the `ical` crate.
    fn read_back(zone: TimeZone) -> ical::parser::ical::component::IcalCalendar {
        let mut c = sample();
        let d = |s: &str| crate::model::Date::parse(s).unwrap();
        c.timeline = vec![
            crate::model::decisions::Milestone {
                date: d("2020-06-15"),
                time: None,
                title: "Gửi báo cáo sơ kết 6 tháng, trước ngày 15/6".into(),
                who: "Các đơn vị".into(),
            },
            crate::model::decisions::Milestone {
                date: d("2020-06-15"),
                time: Some("14:30".into()),
                title: "Họp Khối".into(),
                who: String::new(),
            },
        ];
        let text = schedule_ics(&crate::render::engine::words::VI, &c, "h", zone).unwrap();
        let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
        let cal = calendars.next().expect("one calendar").expect("it parses");
        assert!(calendars.next().is_none());
        cal
    }

    fn prop<'a>(props: &'a [ical::property::Property], name: &str) -> &'a ical::property::Property {
        props
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no {name}"))
    }

    #[test]
    fn a_real_parser_reads_the_zone_and_every_timed_event_names_it() {
        let cal = read_back(crate::model::timezone::DEFAULT_ZONE);
        assert_eq!(cal.timezones.len(), 1);
        let tz = &cal.timezones[0];
        assert_eq!(
            prop(&tz.properties, "TZID").value.as_deref(),
            Some("Asia/Ho_Chi_Minh")
        );
        assert_eq!(tz.transitions.len(), 1);
        let standard = &tz.transitions[0];
        assert!(matches!(
            standard.transition,
            ical::parser::ical::component::IcalTimeZoneTransitionType::STANDARD
        ));
        for (name, value) in [
            ("TZOFFSETFROM", "+0700"),
            ("TZOFFSETTO", "+0700"),
            ("TZNAME", "ICT"),
        ] {
            assert_eq!(
                prop(&standard.properties, name).value.as_deref(),
                Some(value)
            );
        }
        // Two inspections, two timeline entries.
        assert_eq!(cal.events.len(), 4);
        let mut timed = 0;
        for e in &cal.events {
            let start = prop(&e.properties, "DTSTART");
            let params = start.params.clone().unwrap_or_default();
            let value = start.value.as_deref().unwrap();
            if value.contains('T') {
                timed += 1;
                assert_eq!(
                    params,
                    [("TZID".to_string(), vec!["Asia/Ho_Chi_Minh".to_string()])]
                );
            } else {
                assert_eq!(params, [("VALUE".to_string(), vec!["DATE".to_string()])]);
            }
        }
        assert_eq!(timed, 2);
        let meeting = cal
            .events
            .iter()
            .find(|e| prop(&e.properties, "SUMMARY").value.as_deref() == Some("Họp Khối"))
            .unwrap();
        assert_eq!(
            prop(&meeting.properties, "DTSTART").value.as_deref(),
            Some("20200615T143000")
        );
        assert_eq!(
            prop(&meeting.properties, "UID").value.as_deref(),
            Some("quan-5-2020-20200615-2@h")
        );
    }

    #[test]
    fn another_zone_gets_its_own_offset() {
        let cal = read_back(crate::model::timezone::TimeZone::named("Asia/Kolkata").unwrap());
        let tz = &cal.timezones[0];
        assert_eq!(
            prop(&tz.properties, "TZID").value.as_deref(),
            Some("Asia/Kolkata")
        );
        assert_eq!(
            prop(&tz.transitions[0].properties, "TZOFFSETTO")
                .value
                .as_deref(),
            Some("+0530")
        );
    }

    #[test]
    fn whole_days_need_no_zone() {
        let c = campaign(vec![cluster("c", "C", Some("2020-11-18"), "", &[])]);
        let text = ics(&crate::render::engine::words::VI, &c, "h").unwrap();
        assert!(!text.contains("VTIMEZONE"));
    }
}
