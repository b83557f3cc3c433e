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
    let mut msg = e.to_string();
    let pos = quote_opening(&msg, line_offset).or_else(|| {
        e.location()
            .map(|l| Pos::new(l.line() + line_offset, l.column()))
    });
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

/// Where an unclosed quotation mark opened, from the text of a YAML error. The parser stops at
/// the end of the text and names the opening only in the error's context ("… while scanning a
/// quoted scalar at line 2 column 18"); the opening is the place to fix. `line_offset` as in
/// [`yaml_error`].
pub(crate) fn quote_opening(message: &str, line_offset: usize) -> Option<Pos> {
    let rest = message
        .split("while scanning a quoted scalar at line ")
        .nth(1)?;
    let (line, rest) = rest.split_once(" column ")?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some(Pos::new(
        line.parse::<usize>().ok()? + line_offset,
        column.parse().ok()?,
    ))
}
