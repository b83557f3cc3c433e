//! Clusters — "cụm thi đua", "khối thi đua": members exist and belong to one cluster only;
//! the leader (cụm trưởng) and deputy (cụm phó) are members; inspections have a real date.

use std::collections::{HashMap, HashSet};

use crate::diag::catalogue::data::{DATA_KIND_CLUSTER, DATA_WHOSE_CLUSTER};
use crate::diag::catalogue::data_campaign::{
    CLUSTERS_ADD_DATE, CLUSTERS_ADD_ID, CLUSTERS_ADD_MEMBER_NAME, CLUSTERS_ADD_MEMBERS,
    CLUSTERS_ADD_NAME, CLUSTERS_BAD_DATE, CLUSTERS_CHOOSE_MEMBER, CLUSTERS_DATE_HINT,
    CLUSTERS_DEPUTY, CLUSTERS_LEADER, CLUSTERS_MEMBER_ELSEWHERE, CLUSTERS_MEMBER_NO_NAME,
    CLUSTERS_MEMBER_ONCE, CLUSTERS_MEMBER_TWICE, CLUSTERS_NO_DATE, CLUSTERS_NO_ID,
    CLUSTERS_NO_MEMBERS, CLUSTERS_NO_NAME, CLUSTERS_ONE_CLUSTER, CLUSTERS_ROLE_NOT_MEMBER,
    CLUSTERS_UNITS_RESERVED, CLUSTERS_UNITS_RESERVED_HINT,
};
use crate::diag::text::Phrase;
use crate::model::{Cluster, Inspection, TeamMember};
use crate::t;

use super::super::ids::IdRegistry;
use super::super::report::{FileReport, invisible_in_name};
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
    let mut ids = IdRegistry::new(DATA_KIND_CLUSTER);
    // Unit → (cluster, line) of the first cluster that listed it.
    let mut home: HashMap<String, (String, usize)> = HashMap::new();
    let mut out = Vec::with_capacity(list.len());
    for (i, raw) in list.iter().enumerate() {
        let at = at.item(i);
        let id = text(&raw.id);
        if raw.id.is_none() {
            report.error(at.offset(), CLUSTERS_NO_ID, CLUSTERS_ADD_ID);
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
                CLUSTERS_UNITS_RESERVED,
                CLUSTERS_UNITS_RESERVED_HINT,
            );
            continue;
        }
        let mut name = text(&raw.name);
        if let Some((_, msg, hint)) = invisible_in_name(&name, || t!(DATA_WHOSE_CLUSTER, id = &id))
        {
            report.error(at.key("name").offset(), msg, hint);
        }
        if name.is_empty() {
            report.error(
                at.offset(),
                t!(CLUSTERS_NO_NAME, id = &id),
                CLUSTERS_ADD_NAME,
            );
            name = id.clone();
        }
        let members = members(raw, &id, at, units, &mut home, report);
        let leader = role(
            &raw.leader,
            CLUSTERS_LEADER,
            &id,
            &members,
            units,
            at.key("leader"),
            report,
        );
        let deputy = role(
            &raw.deputy,
            CLUSTERS_DEPUTY,
            &id,
            &members,
            units,
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
            t!(CLUSTERS_NO_MEMBERS, id = cluster),
            CLUSTERS_ADD_MEMBERS,
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
                t!(CLUSTERS_MEMBER_TWICE, id = &id, cluster = cluster),
                CLUSTERS_MEMBER_ONCE,
            );
            continue;
        }
        if let Some((other, line)) = home.get(&id) {
            report.error(
                at,
                t!(
                    CLUSTERS_MEMBER_ELSEWHERE,
                    id = &id,
                    other = other,
                    line = line
                ),
                CLUSTERS_ONE_CLUSTER,
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
    what: Phrase,
    cluster: &str,
    members: &[String],
    units: &UnitIndex,
    at: At,
    report: &mut FileReport,
) -> Option<String> {
    let id = value.as_ref()?.0.trim().to_string();
    if id.is_empty() {
        return None;
    }
    if !members.contains(&id) {
        if units.excused.covers(&id) {
            // Refused in the units file (so left out of the members): reported there.
            return None;
        }
        report.error(
            at.offset(),
            t!(
                CLUSTERS_ROLE_NOT_MEMBER,
                role = t!(what),
                id = &id,
                cluster = cluster
            ),
            t!(CLUSTERS_CHOOSE_MEMBER, members = members.join(", ")),
        );
        return None;
    }
    Some(id)
}

fn inspection(raw: &RawInspection, at: At, report: &mut FileReport) -> Option<Inspection> {
    let Some(when) = &raw.at else {
        report.error(at.offset(), CLUSTERS_NO_DATE, CLUSTERS_ADD_DATE);
        return None;
    };
    let Some(normal) = normalise_at(&when.0) else {
        report.error(
            at.key("at").offset(),
            t!(CLUSTERS_BAD_DATE, when = when.0.trim()),
            CLUSTERS_DATE_HINT,
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
                CLUSTERS_MEMBER_NO_NAME,
                CLUSTERS_ADD_MEMBER_NAME,
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
