//! The criteria tree of a rubric as rows of a table, nested rows indented.

use crate::render::Words;
use serde::Serialize;

use crate::model::Criterion;

/// A row of the criteria tree.
#[derive(Serialize)]
pub struct CriterionRow {
    /// Id ("1.2").
    pub id: String,
    /// Title.
    pub title: String,
    /// Maximum, formatted.
    pub max: String,
    /// Nesting depth (0 = top level).
    pub depth: usize,
    /// The left padding of the title cell, in `rem`, for its depth.
    pub indent: String,
    /// True for a leaf (scored directly).
    pub leaf: bool,
}

/// The criteria tree, flattened depth first.
pub fn criteria_rows(w: &Words, list: &[Criterion], depth: usize, out: &mut Vec<CriterionRow>) {
    for c in list {
        out.push(CriterionRow {
            id: c.id.clone(),
            title: c.title.clone(),
            max: w.number(c.max),
            depth,
            indent: indent(depth),
            leaf: c.is_leaf(),
        });
        criteria_rows(w, &c.items, depth + 1, out);
    }
}

/// The left padding of a criterion's title at a nesting depth, in `rem`: 0.6 plus 1.2 a level.
pub fn indent(depth: usize) -> String {
    // 0.6 rem and 1.2 rem a level, counted in tenths so that no float noise shows
    // (1.8, not 1.7999999999999998).
    let tenths = depth * 12 + 6;
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    #[test]
    fn indents() {
        assert_eq!(super::indent(0), "0.6");
        assert_eq!(super::indent(1), "1.8");
        assert_eq!(super::indent(2), "3.0");
        assert_eq!(super::indent(3), "4.2");
    }
}
