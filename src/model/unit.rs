//! Units — "đơn vị" (SPEC §3.1).

use std::collections::BTreeMap;

/// A unit being ranked — "đơn vị": a ward, commune, office or department (SPEC §3.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Identifier, e.g. `p12`.
    pub id: String,
    /// Display name, e.g. "Phường 12".
    pub name: String,
    /// Free category used by award rules (`phuong`, `xa`, `phong-ban`, …); may be empty.
    pub kind: String,
    /// Extra CSV columns / YAML keys, kept as attributes.
    pub attrs: BTreeMap<String, String>,
}
