//! Identifiers: valid (SPEC §3: lowercase ASCII letters, digits and `-`) and unique in their
//! kind, a duplicate being reported where it occurs the second time.

use std::collections::HashMap;

use crate::diag::catalogue::data::{
    DATA_ID_EMPTY, DATA_ID_GIVE, DATA_ID_INVALID, DATA_ID_OWN, DATA_ID_TWICE,
};
use crate::diag::catalogue::site::ID_HINT;
use crate::diag::text::Phrase;
use crate::t;
use crate::text::is_valid_id;

use super::report::{Clip, FileReport};

/// The ids of one kind seen so far in one file, with where each was first written.
pub(crate) struct IdRegistry {
    kind: Phrase,
    first: HashMap<String, usize>,
}

impl IdRegistry {
    /// A registry for ids of `kind` (`DATA_KIND_UNIT`, `DATA_KIND_CLUSTER`, …), used in
    /// messages.
    pub fn new(kind: Phrase) -> Self {
        IdRegistry {
            kind,
            first: HashMap::new(),
        }
    }

    /// Checks that `id` (written at byte offset `at`) is valid and new; reports it otherwise.
    pub fn check(&mut self, id: &str, at: usize, report: &mut FileReport) -> bool {
        if !is_valid_id(id) {
            report_invalid(self.kind, id, at, report);
            return false;
        }
        self.check_unique(id, at, report)
    }

    /// Checks only that `id` is new (criterion ids may be any text).
    pub fn check_unique(&mut self, id: &str, at: usize, report: &mut FileReport) -> bool {
        if id.trim().is_empty() {
            report.error(
                at,
                t!(DATA_ID_EMPTY, kind = t!(self.kind)),
                t!(DATA_ID_GIVE, kind = t!(self.kind)),
            );
            return false;
        }
        if let Some(&first) = self.first.get(id) {
            let line = report.src().pos_of(first).line;
            report.error(
                at,
                t!(
                    DATA_ID_TWICE,
                    kind = t!(self.kind),
                    id = Clip(id),
                    line = line
                ),
                t!(DATA_ID_OWN, kind = t!(self.kind)),
            );
            return false;
        }
        self.first.insert(id.to_string(), at);
        true
    }
}

/// Reports an id that breaks the rule of SPEC §3.
pub(crate) fn report_invalid(kind: Phrase, id: &str, at: usize, report: &mut FileReport) {
    if id.is_empty() {
        report.error(at, t!(DATA_ID_EMPTY, kind = t!(kind)), ID_HINT);
    } else {
        report.error(
            at,
            t!(DATA_ID_INVALID, id = Clip(id), kind = t!(kind)),
            ID_HINT,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Diagnostics, SourceText};

    #[test]
    fn invalid_and_duplicate_ids() {
        let src = SourceText::new("u.yaml", "- id: p1\n- id: P 2\n- id: p1\n".to_string());
        let mut r = FileReport::new(&src);
        let mut ids = IdRegistry::new(crate::diag::catalogue::data::DATA_KIND_UNIT);
        assert!(ids.check("p1", 6, &mut r));
        assert!(!ids.check("P 2", 15, &mut r));
        assert!(!ids.check("p1", 24, &mut r));
        let mut d = Diagnostics::new();
        r.finish(&mut d);
        let v = d.into_vec();
        assert_eq!(v[0].message, "`P 2` is not a valid unit id");
        assert_eq!((v[0].line, v[0].column), (Some(2), Some(7)));
        assert_eq!(v[1].message, "unit id `p1` is used twice (first on line 1)");
        assert_eq!(v[1].line, Some(3));
        assert_eq!(
            v[1].message.get(crate::diag::Lang::Vi),
            "mã đơn vị `p1` bị dùng hai lần (lần đầu ở dòng 1)"
        );
    }

    #[test]
    fn the_folder_hint_says_the_rule_of_ids() {
        use crate::diag::Lang;
        for lang in Lang::ALL {
            let rule = ID_HINT.get(lang);
            let rule = rule.split_once(' ').unwrap().1.to_lowercase();
            let folder = crate::diag::catalogue::data::DATA_RENAME_FOLDER.get(lang);
            assert!(folder.to_lowercase().contains(&rule), "{folder} / {rule}");
        }
    }
}
