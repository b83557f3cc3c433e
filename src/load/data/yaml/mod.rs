//! Reading YAML data files: values through serde, positions through [`locate`], and errors
//! as [`Diagnostic`]s with line and column.

mod errors;
mod locate;
mod values;

use serde::de::DeserializeOwned;

use crate::diag::catalogue::data::DATA_FILE_EMPTY;
use crate::diag::{Diagnostic, Pos, SourceText};

pub(crate) use errors::{is_syntax, syntax_hint, yaml_diagnostic};
pub(crate) use locate::At;
pub(crate) use values::{Num, Pairs, Text};

/// A parsed YAML file: its value and the positions of its nodes.
pub(crate) struct Parsed<T> {
    /// The value, as the raw struct of the loader.
    pub value: T,
    tree: Option<locate::Node>,
}

impl<T> Parsed<T> {
    /// A cursor at the document's root, to find where a value was written.
    pub fn root(&self) -> At<'_> {
        At::root(self.tree.as_ref())
    }
}

/// True when the text holds no YAML content (only blank lines, comments or `---`).
pub(crate) fn is_blank(text: &str) -> bool {
    text.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
    })
}

/// Parses `src` into `T`. An empty file is an error whose hint is `empty_hint`; a YAML error
/// becomes one diagnostic at the place where the parser stopped.
pub(crate) fn parse<T: DeserializeOwned>(
    src: &SourceText,
    empty_hint: impl Into<crate::diag::Text>,
) -> Result<Parsed<T>, Diagnostic> {
    if is_blank(&src.text) {
        return Err(Diagnostic::error(
            &src.path,
            Some(Pos::line(1)),
            DATA_FILE_EMPTY,
            empty_hint,
        ));
    }
    crate::load::limits::check_yaml(src, &src.text, 0, usize::MAX)?;
    match serde_yaml::from_str::<T>(&src.text) {
        Ok(value) => Ok(Parsed {
            value,
            tree: locate::locate(&src.text),
        }),
        Err(e) => Err(yaml_diagnostic(src, &e)),
    }
}
