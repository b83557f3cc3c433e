//! Loading: read the site folder into plain values, reporting every problem as a
//! [`crate::diag::Diagnostic`]. Nothing here renders or writes.

pub mod conferences;
pub mod config;
pub mod content;
pub mod data;
pub mod frontmatter;
pub mod honorees;

use crate::diag::{Diagnostic, Pos, SourceText};

/// Turns a YAML parse error into a diagnostic placed in the source file. `line_offset` is the
/// number of lines before the YAML text within the file (for front matter).
pub fn yaml_error(
    src: &SourceText,
    e: &serde_yaml::Error,
    line_offset: usize,
    hint: &str,
) -> Diagnostic {
    let pos = e
        .location()
        .map(|l| Pos::new(l.line() + line_offset, l.column()));
    let mut msg = e.to_string();
    // The library appends " at line X column Y"; the position is already in the prefix.
    if let Some(i) = msg.find(" at line ") {
        msg.truncate(i);
    }
    Diagnostic::error(
        &src.path,
        pos.or(Some(Pos::line(line_offset + 1))),
        format!("invalid YAML: {msg}"),
        hint,
    )
}
