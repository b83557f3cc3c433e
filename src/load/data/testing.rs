//! Small sites on disk for the loaders' tests.

use std::path::Path;

use tempfile::TempDir;

use super::{DataSet, load_data};
use crate::diag::{Diagnostic, Diagnostics};

/// Five units: three wards in cluster 1, a commune in cluster 2, and an office in no cluster.
pub(crate) const UNITS: &str = "\
- {id: p4, name: Phường 4, kind: phuong}
- {id: p7, name: Phường 7, kind: phuong}
- {id: p12, name: Phường 12, kind: phuong}
- {id: x1, name: Xã Hòa An, kind: xa}
- {id: pb, name: Phòng Văn hóa, kind: phong-ban}
";

/// A campaign with two clusters and one rubric.
pub(crate) const CAMPAIGN: &str = "\
title: Thi đua 2023
year: 2023
organiser: Phòng Văn hóa
clusters:
  - id: cum-1
    name: Cụm 1
    members: [p4, p7, p12]
    leader: p12
    deputy: p7
  - id: cum-2
    name: Cụm 2
    members: [x1]
rubrics: [vhtt]
awards:
  - {title: Cờ thi đua, rubric: vhtt, ranks: 1}
";

/// A rubric with a section, a top-level leaf, bonus, deduction, bands and tie-breakers.
pub(crate) const RUBRIC: &str = "\
title: Bảng điểm VHTT
criteria:
  - id: \"1\"
    title: Tuyên truyền
    max: 70
    items:
      - {id: \"1.1\", title: Kế hoạch, max: 30}
      - {id: \"1.2\", title: Thực hiện, max: 40}
  - {id: \"2\", title: Báo cáo, max: 30}
bonus: {max: 5}
deduction: {max: 10}
bands:
  - {label: Xuất sắc, min: 90}
  - {label: Tốt, min: 80}
  - {label: Khá, min: 65}
tie_breakers: [\"1\", bonus]
";

/// The campaign folder of the standard site.
pub(crate) const DIR: &str = "data/campaigns/c2023";

/// A site folder in a temporary directory.
pub(crate) struct Site {
    dir: TempDir,
}

impl Site {
    /// An empty site.
    pub fn empty() -> Self {
        Site {
            dir: tempfile::tempdir().expect("a temporary directory"),
        }
    }

    /// The standard site: [`UNITS`], and [`CAMPAIGN`] with [`RUBRIC`] in [`DIR`].
    pub fn standard() -> Self {
        Site::empty()
            .with("data/units.yaml", UNITS)
            .with(&format!("{DIR}/campaign.yaml"), CAMPAIGN)
            .with(&format!("{DIR}/rubrics/vhtt.yaml"), RUBRIC)
    }

    /// Writes (or replaces) a file.
    pub fn with(self, rel: &str, content: impl AsRef<[u8]>) -> Self {
        let path = self.dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("folders");
        std::fs::write(path, content).expect("a file");
        self
    }

    /// Writes a file of the standard campaign.
    pub fn in_campaign(self, rel: &str, content: impl AsRef<[u8]>) -> Self {
        self.with(&format!("{DIR}/{rel}"), content)
    }

    /// Removes a file.
    pub fn without(self, rel: &str) -> Self {
        std::fs::remove_file(self.dir.path().join(rel)).expect("the file exists");
        self
    }

    /// The site root.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Loads `data/` and returns it with every diagnostic but one: the tests write score
    /// files with only the columns they are about (`unit,1.1`), which leaves the other leaves
    /// of the rubric without a column, an error of its own ([`Site::load_all`]).
    pub fn load(&self) -> (DataSet, Vec<Diagnostic>) {
        let (data, d) = self.load_all();
        let missing = crate::diag::catalogue::data_scores::SCORES_MISSING_COLUMNS.en;
        let missing = &missing[..missing.find('{').unwrap_or(missing.len())];
        let d = d
            .into_iter()
            .filter(|d| !d.message.starts_with(missing))
            .collect();
        (data, d)
    }

    /// Loads `data/` and returns it with every diagnostic.
    pub fn load_all(&self) -> (DataSet, Vec<Diagnostic>) {
        let mut d = Diagnostics::new();
        let data = load_data(self.root(), &mut d);
        (data, d.into_vec())
    }

    /// Loads and expects no diagnostic at all.
    pub fn load_clean(&self) -> DataSet {
        let (data, d) = self.load();
        assert!(
            d.is_empty(),
            "unexpected diagnostics:\n{}",
            d.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
        data
    }
}

/// Asserts that `diags` holds exactly one diagnostic, at `file:line:column`, whose message
/// contains `message` and whose hint is not empty; returns it.
pub(crate) fn the_one<'d>(
    diags: &'d [Diagnostic],
    file: &str,
    line: usize,
    column: usize,
    message: &str,
) -> &'d Diagnostic {
    let all = diags
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(diags.len(), 1, "expected one diagnostic, got:\n{all}");
    let d = &diags[0];
    assert_eq!(d.file, Path::new(file), "{all}");
    assert_eq!((d.line, d.column), (Some(line), Some(column)), "{all}");
    assert!(
        d.message.contains(message),
        "message {:?} lacks {message:?}",
        d.message
    );
    assert!(!d.hint.is_empty(), "no hint: {all}");
    d
}

/// Asserts that `diags` holds exactly one diagnostic, about `file` as a whole (no line).
pub(crate) fn the_one_file<'d>(
    diags: &'d [Diagnostic],
    file: &str,
    message: &str,
) -> &'d Diagnostic {
    let all = diags
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(diags.len(), 1, "expected one diagnostic, got:\n{all}");
    let d = &diags[0];
    assert_eq!(d.file, Path::new(file), "{all}");
    assert!(
        d.message.contains(message),
        "message {:?} lacks {message:?}",
        d.message
    );
    assert!(!d.hint.is_empty(), "no hint: {all}");
    d
}
