//! `data/units.yaml`: a list of `{id, name, kind, …}`; other keys are kept as attributes.

use std::collections::BTreeMap;

use crate::diag::catalogue::data::{
    DATA_KEY_TWICE_FOR_UNIT, DATA_KIND_UNIT, DATA_WHOSE_UNIT, UNITS_ADD_ID, UNITS_ADD_NAME,
    UNITS_KEEP_ONE_LINE, UNITS_NO_ID, UNITS_NO_NAME, UNITS_YAML_EMPTY_HINT,
};
use crate::diag::{Diagnostics, SourceText};
use crate::model::Unit;
use crate::t;

use super::super::ids::IdRegistry;
use super::super::report::{FileReport, invisible_in_name};
use super::super::yaml::{self, Pairs, Text};
use super::Excused;

type RawUnits = Vec<Pairs<Text, Option<Text>>>;

/// Reads the units; `None` when the file cannot be parsed at all.
pub(super) fn read(
    src: &SourceText,
    diags: &mut Diagnostics,
) -> Option<(BTreeMap<String, Unit>, Excused)> {
    let mut report = FileReport::new(src);
    let parsed = match yaml::parse::<RawUnits>(src, UNITS_YAML_EMPTY_HINT) {
        Ok(p) => p,
        Err(d) => {
            report.push(d);
            report.finish(diags);
            return None;
        }
    };
    let mut ids = IdRegistry::new(DATA_KIND_UNIT);
    let mut units = BTreeMap::new();
    let mut excused = Excused::default();
    for (i, pairs) in parsed.value.iter().enumerate() {
        let at = parsed.root().item(i);
        let (mut id, mut name, mut kind) = (None, None, String::new());
        let mut attrs = BTreeMap::new();
        let mut seen: Vec<&str> = Vec::new();
        for (j, (key, value)) in pairs.0.iter().enumerate() {
            let key = key.0.trim();
            let value = value
                .as_ref()
                .map(|v| v.0.trim().to_string())
                .unwrap_or_default();
            if seen.contains(&key) {
                report.error(
                    at.entry_key(j).offset(),
                    t!(DATA_KEY_TWICE_FOR_UNIT, key = key),
                    UNITS_KEEP_ONE_LINE,
                );
                continue;
            }
            seen.push(key);
            match key {
                "id" => id = Some((value, at.entry(j).offset())),
                "name" => name = Some((value, at.entry(j).offset())),
                "kind" => kind = value,
                _ => {
                    attrs.insert(key.to_string(), value);
                }
            }
        }
        let Some((id, id_at)) = id else {
            report.error(at.offset(), UNITS_NO_ID, UNITS_ADD_ID);
            if let Some((n, _)) = &name {
                excused.add("", n);
            }
            continue;
        };
        if let Some((n, n_at)) = &name
            && let Some((_, msg, hint)) = invisible_in_name(n, || t!(DATA_WHOSE_UNIT, id = &id))
        {
            report.error(*n_at, msg, hint);
        }
        let name = name
            .map(|(n, _)| n)
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| {
                report.error(at.offset(), t!(UNITS_NO_NAME, id = &id), UNITS_ADD_NAME);
                id.clone()
            });
        if ids.check(&id, id_at, &mut report) {
            units.insert(
                id.clone(),
                Unit {
                    id,
                    name,
                    kind,
                    attrs,
                },
            );
        } else if !units.contains_key(&id) {
            excused.add(&id, &name);
        }
    }
    report.finish(diags);
    Some((units, excused))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn load(text: &str) -> (Option<BTreeMap<String, Unit>>, Vec<crate::diag::Diagnostic>) {
        let src =
            crate::diag::decode_source(Path::new("data/units.yaml"), text.as_bytes()).unwrap();
        let mut d = Diagnostics::new();
        let u = read(&src, &mut d).map(|(u, _)| u);
        (u, d.into_vec())
    }

    #[test]
    fn reads_units_with_attributes() {
        let (u, d) = load(
            "\u{feff}- id: p12\n  name: Phường 12\n  kind: phuong\n  address: 73 Tân Thành\n- {id: x1, name: Xã 1}\n",
        );
        assert!(d.is_empty(), "{d:?}");
        let u = u.unwrap();
        assert_eq!(u["p12"].name, "Phường 12");
        assert_eq!(u["p12"].kind, "phuong");
        assert_eq!(u["p12"].attrs["address"], "73 Tân Thành");
        assert_eq!(u["x1"].kind, "");
    }

    #[test]
    fn missing_name_bad_and_duplicate_ids() {
        let (_, d) = load(
            "- id: p12\n  kind: phuong\n- id: Phường 7\n  name: P7\n- {id: p12, name: Again}\n- name: No id\n",
        );
        let got: Vec<(usize, usize, &str)> = d
            .iter()
            .map(|d| (d.line.unwrap(), d.column.unwrap(), d.message.as_ref()))
            .collect();
        assert_eq!(
            got,
            [
                (1, 3, "unit `p12` has no name"),
                (3, 7, "`Phường 7` is not a valid unit id"),
                (5, 8, "unit id `p12` is used twice (first on line 1)"),
                (6, 3, "this unit has no `id`"),
            ]
        );
        assert!(d[0].hint.contains("name:"));
    }

    #[test]
    fn a_mapping_instead_of_a_list() {
        let (u, d) = load("p12:\n  name: Phường 12\n");
        assert!(u.is_none());
        assert_eq!(d[0].line, Some(1));
        assert!(
            d[0].message.contains("where a list belongs"),
            "{}",
            &*d[0].message
        );
    }
}
