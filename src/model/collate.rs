//! Placeholder until the collation lands.
use std::cmp::Ordering;
/// Compares names.
pub fn compare(a: &str, b: &str) -> Ordering {
    a.cmp(b)
}
