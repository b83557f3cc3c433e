//! Diagnostics: the one error type of the tool.
//!
//! Every loader, check and renderer reports problems as [`Diagnostic`]s carrying a source
//! position (file relative to the site root, 1-based line and column), what is wrong and what
//! to do, in both of the tool's languages ([`Text`], from the [`catalogue`]). A run collects
//! all of them in [`Diagnostics`] and prints them together, in the reader's language (SPEC §6:
//! `error: <file>:<line>:<column>: <what is wrong> — <what to do>`).

pub mod catalogue;
pub mod display;
pub mod encoding;
pub mod invisible;
pub mod text;

pub use text::{Lang, Text};

use std::fmt;
use std::path::{Path, PathBuf};

/// How serious a diagnostic is. Warnings become errors under `--strict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Stops the build.
    Error,
    /// Reported; stops the build only with `--strict`.
    Warning,
}

/// One problem found in the input, tied to a place in a file where there is one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, relative to the site root where possible.
    pub file: PathBuf,
    /// 1-based line, when the problem has a place in the file.
    pub line: Option<usize>,
    /// 1-based column (in characters), when known.
    pub column: Option<usize>,
    /// The sheet and cell, for a problem in a workbook (SPEC §7.1); then `line` is the row
    /// and `column` the column number, and the place is printed as the cell.
    pub cell: Option<Box<SheetCell>>,
    /// What is wrong, one sentence.
    pub message: Text,
    /// What to do about it, one sentence.
    pub hint: Text,
}

impl Diagnostic {
    /// An error at `file:line:column`.
    pub fn error(
        file: impl Into<PathBuf>,
        pos: Option<Pos>,
        message: impl Into<Text>,
        hint: impl Into<Text>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            line: pos.map(|p| p.line),
            column: pos.map(|p| p.column),
            cell: None,
            message: message.into(),
            hint: hint.into(),
        }
    }

    /// A warning at `file:line:column`.
    pub fn warning(
        file: impl Into<PathBuf>,
        pos: Option<Pos>,
        message: impl Into<Text>,
        hint: impl Into<Text>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, pos, message, hint)
        }
    }

    /// `file:line:column` (or less, when the position is not known), in English.
    pub fn location(&self) -> String {
        self.location_in(Lang::En)
    }

    /// `file:line:column` (or less, when the position is not known); in a workbook, `file,
    /// sheet "X", cell D7` in `lang`.
    pub fn location_in(&self, lang: Lang) -> String {
        let mut s = self.file.display().to_string();
        if let Some(c) = &self.cell {
            let at = crate::t!(
                catalogue::data_sheets::SHEET_CELL,
                sheet = &c.sheet,
                cell = &c.cell
            );
            s.push_str(", ");
            s.push_str(at.get(lang));
            return s;
        }
        if let Some(line) = self.line {
            s.push_str(&format!(":{line}"));
            if let Some(col) = self.column {
                s.push_str(&format!(":{col}"));
            }
        }
        s
    }
}

impl Diagnostic {
    /// The one-line form, in `lang`: `error: file:line:column: what — what to do`. The words
    /// `error` and `warning` stay as they are in every language, so that scripts find them.
    pub fn line_in(&self, lang: Lang) -> String {
        let word = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut s = format!(
            "{word}: {}: {}",
            self.location_in(lang),
            self.message.get(lang)
        );
        if !self.hint.is_empty() {
            s.push_str(" — ");
            s.push_str(self.hint.get(lang));
        }
        s
    }
}

/// The English one-line form (logs and tests).
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line_in(Lang::En))
    }
}

/// A cell of a workbook's sheet, as a problem's place: `sheet "Tự chấm", cell D7`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SheetCell {
    /// The sheet's name.
    pub sheet: String,
    /// The cell's name: column letters and row number (`D7`).
    pub cell: String,
}

/// A 1-based line and column in a text file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

impl Pos {
    /// Line `line`, column `column` (both 1-based).
    pub fn new(line: usize, column: usize) -> Self {
        Pos { line, column }
    }
    /// The start of line `line`.
    pub fn line(line: usize) -> Self {
        Pos { line, column: 1 }
    }
}

/// Every diagnostic of a run, in the order found.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
}

impl Diagnostics {
    /// No diagnostics yet.
    pub fn new() -> Self {
        Self::default()
    }
    /// Adds one diagnostic.
    pub fn push(&mut self, d: Diagnostic) {
        self.list.push(d);
    }
    /// Adds an error.
    pub fn error(
        &mut self,
        file: impl Into<PathBuf>,
        pos: Option<Pos>,
        message: impl Into<Text>,
        hint: impl Into<Text>,
    ) {
        self.push(Diagnostic::error(file, pos, message, hint));
    }
    /// Adds a warning.
    pub fn warning(
        &mut self,
        file: impl Into<PathBuf>,
        pos: Option<Pos>,
        message: impl Into<Text>,
        hint: impl Into<Text>,
    ) {
        self.push(Diagnostic::warning(file, pos, message, hint));
    }
    /// Adds a diagnostic when there is one.
    pub fn extend_one(&mut self, d: Option<Diagnostic>) {
        self.list.extend(d);
    }
    /// Takes all diagnostics of another collection.
    pub fn extend(&mut self, other: Diagnostics) {
        self.list.extend(other.list);
    }
    /// True when at least one error (not warning) was reported.
    pub fn has_errors(&self) -> bool {
        self.list.iter().any(|d| d.severity == Severity::Error)
    }
    /// True when an error was reported on a file under `dir` (relative to the site root).
    pub fn has_error_under(&self, dir: &Path) -> bool {
        self.list
            .iter()
            .any(|d| d.severity == Severity::Error && d.file.starts_with(dir))
    }
    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.list
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }
    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.list
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }
    /// True when nothing was reported.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
    /// All diagnostics, to change in place (placing a workbook's problems in its cells).
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Diagnostic> {
        self.list.iter_mut()
    }
    /// All diagnostics, in the order found.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter()
    }
    /// Turns every warning into an error (`--strict`).
    pub fn make_strict(&mut self) {
        for d in &mut self.list {
            d.severity = Severity::Error;
        }
    }
    /// Sorts causes before consequences, then by file, line and column, so that fixing from
    /// the top works and the output is the same on every run whatever order parallel loaders
    /// finished in. A file comes after the files it depends on ([`tier`]): config.yaml, the
    /// units, each campaign.yaml, the rubrics, the scores, then pages, honorees and
    /// conferences, then templates.
    pub fn sort(&mut self) {
        self.list.sort_by(|a, b| {
            (tier(&a.file), &a.file, a.line, a.column, &a.message).cmp(&(
                tier(&b.file),
                &b.file,
                b.line,
                b.column,
                &b.message,
            ))
        });
        self.list.dedup();
    }
    /// Consumes the collection.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.list
    }
}

/// Where a file stands in the order of dependencies: a mistake in a lower tier can cause
/// errors in a higher one, never the other way round.
pub fn tier(file: &Path) -> u8 {
    let parts: Vec<&str> = file
        .components()
        .map(|c| c.as_os_str().to_str().unwrap_or(""))
        .collect();
    let stem = |s: &str| s.split('.').next().unwrap_or("").to_string();
    match parts.as_slice() {
        ["config.yaml"] => 0,
        ["data", f] if stem(f) == "units" => 1,
        ["data", "campaigns", _, f] if stem(f) == "campaign" => 2,
        ["data", "campaigns", _, "rubrics", ..] => 3,
        ["data", "campaigns", ..] => 4,
        ["data", ..] | ["content", ..] => 5,
        ["templates", ..] | ["themes", ..] => 6,
        _ => 7,
    }
}

/// The text of one source file with its path, to turn byte offsets and searched-for values
/// into positions. Loaders keep one of these per file they read.
#[derive(Debug, Clone)]
pub struct SourceText {
    /// Path relative to the site root.
    pub path: PathBuf,
    /// The whole text, BOM removed and NFC-normalised.
    pub text: String,
    /// The encoding the file was read in, when it was not UTF-8 (SPEC §7.2).
    pub encoding: Option<encoding::Encoding>,
    line_starts: Vec<usize>,
}

impl SourceText {
    /// Wraps a file's text.
    pub fn new(path: impl AsRef<Path>, text: String) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceText {
            path: path.as_ref().to_path_buf(),
            text,
            encoding: None,
            line_starts,
        }
    }

    /// The warning to give when the file was not UTF-8: which encoding it was read in, and how
    /// to save it as UTF-8 next time.
    pub fn encoding_warning(&self) -> Option<Diagnostic> {
        use catalogue::data_sheets::{
            SHEETS_CONVERT_WITH_UNIKEY, SHEETS_OLD_ENCODING, SHEETS_SAVE_UTF8_NEXT_TIME,
            SHEETS_UTF16, SHEETS_WINDOWS_1258,
        };
        use encoding::Encoding;
        let e = self.encoding?;
        let name = e.name();
        let (message, hint) = match e {
            Encoding::Utf16Le | Encoding::Utf16Be => (
                crate::t!(SHEETS_UTF16, encoding = name),
                SHEETS_SAVE_UTF8_NEXT_TIME.into(),
            ),
            Encoding::Windows1258 => (
                SHEETS_WINDOWS_1258.into(),
                SHEETS_SAVE_UTF8_NEXT_TIME.into(),
            ),
            Encoding::Tcvn3 | Encoding::Vni => (
                crate::t!(SHEETS_OLD_ENCODING, encoding = name),
                crate::t!(SHEETS_CONVERT_WITH_UNIKEY, encoding = name),
            ),
        };
        Some(Diagnostic::warning(&self.path, None, message, hint))
    }

    /// The 1-based position of a byte offset.
    pub fn pos_of(&self, offset: usize) -> Pos {
        let offset = offset.min(self.text.len());
        let line_idx = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line_idx];
        let column = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(0)
            + 1;
        Pos::new(line_idx + 1, column)
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> Option<&str> {
        let start = *self.line_starts.get(line.checked_sub(1)?)?;
        let end = self
            .line_starts
            .get(line)
            .map(|e| e - 1)
            .unwrap_or(self.text.len());
        self.text.get(start..end).map(|s| s.trim_end_matches('\r'))
    }

    /// The position of the first occurrence of `needle` as a whole token (not inside a longer
    /// identifier) at or after line `from_line`; used to place errors about values found in
    /// YAML, whose parser gives no positions for values.
    pub fn find_token(&self, needle: &str, from_line: usize) -> Option<Pos> {
        if needle.is_empty() {
            return None;
        }
        let start = self
            .line_starts
            .get(from_line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '_' || c == '.';
        let hay = &self.text[start..];
        let mut search_from = 0;
        while let Some(i) = hay[search_from..].find(needle) {
            let at = search_from + i;
            let before_ok = hay[..at].chars().next_back().is_none_or(|c| !is_word(c));
            let after_ok = hay[at + needle.len()..]
                .chars()
                .next()
                .is_none_or(|c| !is_word(c));
            if before_ok && after_ok {
                return Some(self.pos_of(start + at));
            }
            search_from = at + needle.len().max(1);
        }
        None
    }

    /// The position of `key:` (a YAML mapping key) at or after line `from_line`.
    pub fn find_key(&self, key: &str, from_line: usize) -> Option<Pos> {
        for (i, line) in self
            .text
            .lines()
            .enumerate()
            .skip(from_line.saturating_sub(1))
        {
            let trimmed = line.trim_start().trim_start_matches("- ").trim_start();
            let bare = trimmed.trim_start_matches(['"', '\'']);
            if let Some(rest) = bare.strip_prefix(key) {
                let rest = rest.trim_start_matches(['"', '\'']);
                if rest.trim_start().starts_with(':') {
                    let col = line.chars().count() - bare.chars().count() + 1;
                    return Some(Pos::new(i + 1, col));
                }
            }
        }
        None
    }
}

/// Decodes the bytes of a source file the way every loader must: UTF-8 (BOM dropped), or
/// what [`encoding::decode`] recognises (the caller warns: [`SourceText::encoding_warning`]);
/// NFC applied. Bytes that are not text are reported with the line where they start.
pub fn decode_source(rel: &Path, bytes: &[u8]) -> Result<SourceText, Diagnostic> {
    use encoding::Decoded;
    let text = |s: &str| crate::text::nfc(&lone_cr_to_lf(s));
    match encoding::decode(bytes) {
        Decoded::Utf8(s) => Ok(SourceText::new(rel, text(s))),
        Decoded::Other(s, e) => {
            let mut src = SourceText::new(rel, text(&s));
            src.encoding = Some(e);
            Ok(src)
        }
        Decoded::Refused(e) => {
            use catalogue::data_sheets::{SHEETS_CONVERT_WITH_UNIKEY, SHEETS_OLD_ENCODING_REFUSED};
            Err(Diagnostic::error(
                rel,
                None,
                crate::t!(SHEETS_OLD_ENCODING_REFUSED, encoding = e.name()),
                crate::t!(SHEETS_CONVERT_WITH_UNIKEY, encoding = e.name()),
            ))
        }
        Decoded::Invalid => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            let bad = std::str::from_utf8(bytes)
                .err()
                .map_or(0, |e| e.valid_up_to());
            let good = &bytes[..bad];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = good.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            use catalogue::files::{NOT_TEXT, NOT_UTF8, SAVE_AS_UTF8};
            let what = if bytes.contains(&0) {
                NOT_TEXT
            } else {
                NOT_UTF8
            };
            Err(Diagnostic::error(
                rel,
                Some(Pos::new(line, column)),
                what,
                SAVE_AS_UTF8,
            ))
        }
    }
}

/// Old Mac files end lines with CR alone: made LF, so that every line ending gives the right
/// line numbers (CRLF stays as it is; its CR is trimmed where a line is shown).
fn lone_cr_to_lf(s: &str) -> std::borrow::Cow<'_, str> {
    let lone = |i: usize| s.as_bytes().get(i + 1) != Some(&b'\n');
    if !s.match_indices('\r').any(|(i, _)| lone(i)) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        out.push(if c == '\r' && lone(i) { '\n' } else { c });
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_ending_gives_the_right_line() {
        for text in ["a\nb\nc\n", "a\r\nb\r\nc\r\n", "a\rb\rc\r"] {
            let s = decode_source(Path::new("x.csv"), text.as_bytes()).unwrap();
            assert_eq!(
                s.pos_of(s.text.find('c').unwrap()),
                Pos::new(3, 1),
                "{text:?}"
            );
        }
    }

    #[test]
    fn positions_from_offsets() {
        let s = SourceText::new("a.yaml", "ab\ncdé\nx".to_string());
        assert_eq!(s.pos_of(0), Pos::new(1, 1));
        assert_eq!(s.pos_of(3), Pos::new(2, 1));
        assert_eq!(s.pos_of(8), Pos::new(3, 1));
        assert_eq!(s.line_text(2), Some("cdé"));
    }

    #[test]
    fn token_search_respects_word_boundaries() {
        let s = SourceText::new("c.yaml", "members: [p12, p1]\nleader: p1\n".to_string());
        assert_eq!(s.find_token("p1", 1), Some(Pos::new(1, 16)));
        assert_eq!(s.find_token("p1", 2), Some(Pos::new(2, 9)));
        assert_eq!(s.find_key("leader", 1), Some(Pos::new(2, 1)));
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let e = decode_source(Path::new("x.csv"), b"unit\np1\n\xff\x00").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(e.to_string().starts_with("error: x.csv:3:1:"));
    }

    #[test]
    fn causes_sort_before_their_consequences() {
        let mut d = Diagnostics::new();
        for file in [
            "content/hoi-nghi.md",
            "data/campaigns/c/scores/r/self.csv",
            "data/campaigns/c/rubrics/r.yaml",
            "data/campaigns/c/campaign.yaml",
            "data/units.yaml",
            "config.yaml",
            "templates/page.html",
        ] {
            d.error(file, None, Text::verbatim("x"), Text::default());
        }
        d.sort();
        let order: Vec<String> = d.iter().map(|x| x.file.display().to_string()).collect();
        assert_eq!(
            order,
            [
                "config.yaml",
                "data/units.yaml",
                "data/campaigns/c/campaign.yaml",
                "data/campaigns/c/rubrics/r.yaml",
                "data/campaigns/c/scores/r/self.csv",
                "content/hoi-nghi.md",
                "templates/page.html",
            ]
        );
    }

    #[test]
    fn display_follows_the_spec_format() {
        let d = Diagnostic::error(
            "data/u.yaml",
            Some(Pos::new(3, 5)),
            Text::verbatim("bad id"),
            Text::verbatim("use lowercase"),
        );
        assert_eq!(
            d.to_string(),
            "error: data/u.yaml:3:5: bad id — use lowercase"
        );
    }
}
