//! Clusters — "cụm thi đua", "khối thi đua": members exist and belong to one cluster only;
//! the leader (cụm trưởng) and deputy (cụm phó) are members; inspections have a real date.

use std::collections::{HashMap, HashSet};

use crate::model::{Cluster, Inspection, TeamMember};

use super::super::ids::IdRegistry;
use super::super::report::FileReport;
use super::super::units::UnitIndex;
use super::super::yaml::At;
use super::raw::{RawCluster, RawInspection, RawMember, text};
use super::schedule::normalise_at;

/// Validates the clusters listed at `at`.
pub(super) fn clusters(
    list: &[RawCluster],
    at: At,
    units: &UnitIndex,
    report: &mut FileReport,
) -> Vec<Cluster> {
    let mut ids = IdRegistry::new("cluster");
    // Unit → (cluster, line) of the first cluster that listed it.
    let mut home: HashMap<String, (String, usize)> = HashMap::new();
    let mut out = Vec::with_capacity(list.len());
    for (i, raw) in list.iter().enumerate() {
        let at = at.item(i);
        let id = text(&raw.id);
        if raw.id.is_none() {
            report.error(at.offset(), "this cluster has no `id`", "add `id: cum-1`");
            continue;
        }
        if !ids.check(&id, at.key("id").offset(), report) {
            continue;
        }
        if id == "units" {
            // `/campaigns/<c>/<rubric>/units/` holds the scorecards; a cluster there would
            // overwrite them.
            report.error(
                at.key("id").offset(),
                "`units` cannot be a cluster id: the scorecards use that address",
                "choose another id, e.g. cum-units",
            );
            continue;
        }
        let mut name = text(&raw.name);
        if let Some((_, what)) = crate::text::invisible_char(&name) {
            let (msg, hint) = crate::text::invisible_message(&format!("the cluster `{id}`"), what);
            report.error(at.key("name").offset(), msg, hint);
        }
        if name.is_empty() {
            report.error(
                at.offset(),
                format_args!("cluster `{id}` has no name"),
                "add `name: …`, e.g. name: Cụm thi đua 1",
            );
            name = id.clone();
        }
        let members = members(raw, &id, at, units, &mut home, report);
        let leader = role(
            &raw.leader,
            "leader",
            &id,
            &members,
            at.key("leader"),
            report,
        );
        let deputy = role(
            &raw.deputy,
            "deputy",
            &id,
            &members,
            at.key("deputy"),
            report,
        );
        let inspection = raw
            .inspection
            .as_ref()
            .and_then(|ins| inspection(ins, at.key("inspection"), report));
        let team = raw
            .team
            .as_deref()
            .map(|t| team(t, at.key("team"), report))
            .unwrap_or_default();
        out.push(Cluster {
            id,
            name,
            members,
            leader,
            deputy,
            inspection,
            team,
        });
    }
    out
}

fn members(
    raw: &RawCluster,
    cluster: &str,
    at: At,
    units: &UnitIndex,
    home: &mut HashMap<String, (String, usize)>,
    report: &mut FileReport,
) -> Vec<String> {
    let list = raw.members.as_deref().unwrap_or_default();
    if list.is_empty() {
        report.error(
            at.key("members").offset(),
            format_args!("cluster `{cluster}` has no members"),
            "list its units: members: [p4, p7, p9]",
        );
    }
    let mut out: Vec<String> = Vec::with_capacity(list.len());
    // A set beside the list: a block of thousands of members must not be searched per member.
    let mut listed: HashSet<String> = HashSet::with_capacity(list.len());
    for (j, m) in list.iter().enumerate() {
        let id = m.0.trim().to_string();
        let at = at.key("members").item(j).offset();
        if !units.check_known(&id, at, report) {
            continue;
        }
        if listed.contains(&id) {
            report.error(
                at,
                format_args!("unit `{id}` is listed twice in cluster `{cluster}`"),
                "list each member once",
            );
            continue;
        }
        if let Some((other, line)) = home.get(&id) {
            report.error(
                at,
                format_args!("unit `{id}` is already a member of cluster `{other}` (line {line})"),
                "a unit belongs to one cluster only: remove it from one of them",
            );
            continue;
        }
        home.insert(
            id.clone(),
            (cluster.to_string(), report.src().pos_of(at).line),
        );
        listed.insert(id.clone());
        out.push(id);
    }
    out
}

/// The leader or deputy: when given, a member of the cluster.
fn role(
    value: &Option<crate::load::data::yaml::Text>,
    what: &str,
    cluster: &str,
    members: &[String],
    at: At,
    report: &mut FileReport,
) -> Option<String> {
    let id = value.as_ref()?.0.trim().to_string();
    if id.is_empty() {
        return None;
    }
    if !members.contains(&id) {
        report.error(
            at.offset(),
            format_args!("the {what} `{id}` is not a member of cluster `{cluster}`"),
            format_args!("choose one of its members: {}", members.join(", ")),
        );
        return None;
    }
    Some(id)
}

fn inspection(raw: &RawInspection, at: At, report: &mut FileReport) -> Option<Inspection> {
    let Some(when) = &raw.at else {
        report.error(
            at.offset(),
            "the inspection has no date",
            "add `at: 2020-11-20T08:00` (or just the date: 2020-11-20)",
        );
        return None;
    };
    let Some(normal) = normalise_at(&when.0) else {
        report.error(
            at.key("at").offset(),
            format_args!("`{}` is not a date and time", when.0.trim()),
            "write it as 2020-11-20T08:00, 2020-11-20 08:00 or 2020-11-20 (year-month-day, 24-hour time)",
        );
        return None;
    };
    Some(Inspection {
        at: normal,
        place: text(&raw.place),
    })
}

fn team(list: &[RawMember], at: At, report: &mut FileReport) -> Vec<TeamMember> {
    let mut out = Vec::with_capacity(list.len());
    for (i, m) in list.iter().enumerate() {
        let name = text(&m.name);
        if name.is_empty() {
            report.error(
                at.item(i).offset(),
                "this team member has no name",
                "add `name: …`, e.g. {name: Nguyễn Văn A, role: Trưởng đoàn}",
            );
            continue;
        }
        out.push(TeamMember {
            name,
            role: text(&m.role),
        });
    }
    out
}
