//! Splits a Markdown file into its YAML front matter and its body.

use crate::diag::Text;
use crate::diag::catalogue::load as msg;
use crate::diag::text::Phrase;

/// A file cut in two: the YAML between the `---` fences and the Markdown after them.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML text (without the fences).
    pub yaml: &'a str,
    /// 1-based line of the first YAML line in the file.
    pub yaml_line: usize,
    /// The Markdown body.
    pub body: &'a str,
    /// 1-based line where the body starts.
    pub body_line: usize,
}

/// Why a file could not be split.
#[derive(Debug, PartialEq, Eq)]
pub enum SplitError {
    /// The file does not start with a `---` line.
    NoOpening,
    /// The opening `---` is never closed; the number is the 1-based line of the opening.
    Unclosed(usize),
}

/// Splits a Markdown file and parses its front matter into `T`, with the diagnostics every
/// kind of Markdown file shares: no front matter, an unclosed block, invalid YAML (placed at
/// its line in the file). `what` names the file kind ([`msg::FRONT_OF_PAGE`] …) and
/// `first_keys` the keys to start with, for the hint; `fields_hint` lists the allowed keys.
pub fn parse_front<'a, T: serde::de::DeserializeOwned>(
    src: &'a crate::diag::SourceText,
    what: Phrase,
    first_keys: Text,
    fields_hint: Phrase,
) -> Result<(T, Split<'a>), Vec<crate::diag::Diagnostic>> {
    use crate::diag::{Diagnostic, Pos};
    let sp = match split(&src.text) {
        Ok(s) => s,
        Err(SplitError::NoOpening) => {
            return Err(vec![Diagnostic::error(
                &src.path,
                Some(Pos::line(1)),
                crate::t!(msg::FRONT_MISSING, what = Text::from(what)),
                crate::t!(msg::FRONT_MISSING_HINT, keys = first_keys),
            )]);
        }
        Err(SplitError::Unclosed(line)) => {
            return Err(vec![Diagnostic::error(
                &src.path,
                Some(Pos::line(line)),
                msg::FRONT_UNCLOSED,
                msg::FRONT_UNCLOSED_HINT,
            )]);
        }
    };
    crate::load::limits::check_yaml(
        src,
        sp.yaml,
        sp.yaml_line - 1,
        crate::load::limits::MAX_FRONT_MATTER_BYTES,
    )
    .map_err(|d| vec![d])?;
    let yaml = if sp.yaml.trim().is_empty() {
        "{}"
    } else {
        sp.yaml
    };
    let raw = serde_yaml::from_str(yaml).map_err(|e| {
        vec![crate::load::yaml_error(
            src,
            &e,
            sp.yaml_line - 1,
            fields_hint,
        )]
    })?;
    Ok((raw, sp))
}

/// Splits `text` (already without BOM). Leading blank lines are allowed before the opening
/// `---`; the closing fence is the next line that is exactly `---` (or `...`).
pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let mut offset = 0;
    let mut line_no = 1;
    // Skip blank lines before the fence.
    loop {
        let end = text[offset..]
            .find('\n')
            .map(|i| offset + i + 1)
            .unwrap_or(text.len());
        let line = &text[offset..end];
        if line.trim().is_empty() && end < text.len() {
            offset = end;
            line_no += 1;
            continue;
        }
        if line.trim_end() != "---" {
            return Err(SplitError::NoOpening);
        }
        offset = end;
        break;
    }
    let open_line = line_no;
    let yaml_start = offset;
    let mut cur = offset;
    let mut cur_line = line_no + 1;
    while cur < text.len() {
        let end = text[cur..]
            .find('\n')
            .map(|i| cur + i + 1)
            .unwrap_or(text.len());
        let line = text[cur..end].trim_end();
        if line == "---" || line == "..." {
            return Ok(Split {
                yaml: &text[yaml_start..cur],
                yaml_line: open_line + 1,
                body: &text[end..],
                body_line: cur_line + 1,
            });
        }
        cur = end;
        cur_line += 1;
    }
    Err(SplitError::Unclosed(open_line))
}

/// The hint for a date that could not be read: its `YYYY-MM-DD` form when it was written day
/// first (`20/11/2024` → "Sửa thành 2024-11-20"), else `general`.
pub fn date_hint(value: &str, general: Phrase) -> Text {
    match crate::model::date::Date::parse_day_first(value) {
        Some(d) => crate::t!(msg::FRONT_DATE_DAY_FIRST_HINT, iso = d.iso()),
        None => general.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let ok = [
            ("---\ntitle: A\n---\nbody\n", "title: A\n", 2, "body\n", 4),
            ("\n---\ntitle: A\n---\n", "title: A\n", 3, "", 5),
            ("---\r\ntitle: A\r\n---\r\nx", "title: A\r\n", 2, "x", 4),
            ("---\n---\nbody", "", 2, "body", 3),
            ("---\na: 1\n...\nb", "a: 1\n", 2, "b", 4),
        ];
        for (input, yaml, yl, body, bl) in ok {
            let s = split(input).unwrap();
            assert_eq!(
                (s.yaml, s.yaml_line, s.body, s.body_line),
                (yaml, yl, body, bl),
                "{input:?}"
            );
        }
        assert_eq!(split("title: A\n"), Err(SplitError::NoOpening));
        assert_eq!(split(""), Err(SplitError::NoOpening));
        assert_eq!(split("---\ntitle: A\n"), Err(SplitError::Unclosed(1)));
        assert_eq!(split("\n\n---\ntitle: A\n"), Err(SplitError::Unclosed(3)));
    }
}
