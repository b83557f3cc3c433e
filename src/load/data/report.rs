//! The diagnostics of one file, capped so that a huge broken file fails fast and readably.
//!
//! A 50 MB file of garbage would otherwise yield millions of errors, each formatted and
//! printed. The first [`MAX_PER_FILE`] are kept; the rest are only counted (their messages are
//! never even formatted) and summed up in one closing diagnostic.

use std::fmt::{self, Display};

use crate::diag::catalogue::data::{DATA_MORE_ERRORS, DATA_ONLY_FIRST_LISTED};
use crate::diag::{Diagnostic, Diagnostics, Lang, Pos, Severity, SourceText, Text};
use crate::t;

/// How many diagnostics one file may report before the rest are only counted.
pub(crate) const MAX_PER_FILE: usize = 50;

/// The longest text of the file repeated in a message, in characters.
const CLIP_CHARS: usize = 60;

/// A text from the file, shortened for a message: a garbage cell of a megabyte must not become
/// a megabyte of error output.
pub(crate) struct Clip<'a>(pub &'a str);

impl Display for Clip<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.char_indices().nth(CLIP_CHARS) {
            Some((cut, _)) => write!(f, "{}…", &self.0[..cut]),
            None => f.write_str(self.0),
        }
    }
}

/// Collects the diagnostics of one source file.
pub(crate) struct FileReport<'a> {
    src: &'a SourceText,
    list: Vec<Diagnostic>,
    hidden: usize,
    first_hidden: Option<usize>,
    errors: usize,
}

impl<'a> FileReport<'a> {
    /// An empty report for `src`.
    pub fn new(src: &'a SourceText) -> Self {
        FileReport {
            src,
            list: Vec::new(),
            hidden: 0,
            first_hidden: None,
            errors: 0,
        }
    }

    /// The file being reported on.
    pub fn src(&self) -> &'a SourceText {
        self.src
    }

    /// An error at byte offset `at`, its message and hint from the catalogue.
    pub fn error(&mut self, at: usize, message: impl Into<Text>, hint: impl Into<Text>) {
        self.errors += 1;
        self.add(at, message, hint);
    }

    /// Takes a diagnostic made elsewhere (a YAML parse error) for this file.
    pub fn push(&mut self, d: Diagnostic) {
        if d.severity == Severity::Error {
            self.errors += 1;
        }
        self.list.push(d);
    }

    fn add(&mut self, at: usize, message: impl Into<Text>, hint: impl Into<Text>) {
        if self.list.len() >= MAX_PER_FILE {
            self.hidden += 1;
            self.first_hidden.get_or_insert(at);
            return;
        }
        let pos = self.src.pos_of(at);
        // A safety net for any message that repeats a long text without clipping it.
        let message = message.into();
        let clip = |lang| Clip(message.get(lang)).to_string_limited(400);
        let message = Text::new(clip(Lang::Vi), clip(Lang::En));
        let d = Diagnostic::error(&self.src.path, Some(pos), message, hint);
        self.list.push(d);
    }

    /// Number of errors reported so far, shown or not.
    pub fn error_count(&self) -> usize {
        self.errors
    }

    /// Moves everything into `diags`, with one closing line for what was only counted.
    /// The file's encoding is warned about here when it was not UTF-8 (SPEC §7.2).
    pub fn finish(self, diags: &mut Diagnostics) {
        let src = self.src;
        diags.extend_one(src.encoding_warning());
        for d in self.list {
            diags.push(d);
        }
        if self.hidden > 0 {
            let pos: Option<Pos> = self.first_hidden.map(|at| src.pos_of(at));
            diags.error(
                &src.path,
                pos,
                t!(DATA_MORE_ERRORS, n = self.hidden),
                t!(DATA_ONLY_FIRST_LISTED, max = MAX_PER_FILE),
            );
        }
    }
}

/// The first character of `name` that cannot be seen (SPEC §10): its byte offset, and the
/// message and hint about it. `whose` says whose name it is ([`DATA_WHOSE_UNIT`]); it is
/// called only when there is such a character.
///
/// [`DATA_WHOSE_UNIT`]: crate::diag::catalogue::data::DATA_WHOSE_UNIT
pub(crate) fn invisible_in_name(
    name: &str,
    whose: impl FnOnce() -> Text,
) -> Option<(usize, Text, Text)> {
    let (at, what) = crate::text::invisible(name)?;
    let (message, hint) = crate::diag::invisible::in_name(whose(), what);
    Some((at, message, hint))
}

impl Clip<'_> {
    fn to_string_limited(&self, chars: usize) -> String {
        match self.0.char_indices().nth(chars) {
            Some((cut, _)) => format!("{}…", &self.0[..cut]),
            None => self.0.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_clipped() {
        let long = "x".repeat(100);
        assert_eq!(Clip(&long).to_string(), format!("{}…", "x".repeat(60)));
        assert_eq!(Clip("Phường 12").to_string(), "Phường 12");
        let src = SourceText::new("a.csv", String::new());
        let mut r = FileReport::new(&src);
        r.error(0, Text::verbatim("y".repeat(5000)), Text::default());
        let mut d = Diagnostics::new();
        r.finish(&mut d);
        assert_eq!(d.into_vec()[0].message.chars().count(), 401);
    }

    #[test]
    fn caps_the_list_and_counts_the_rest() {
        let src = SourceText::new("a.csv", "x\n".repeat(200));
        let mut r = FileReport::new(&src);
        for i in 0..120 {
            r.error(
                i * 2,
                Text::verbatim(format!("bad {i}")),
                Text::verbatim("fix it"),
            );
        }
        assert_eq!(r.error_count(), 120);
        let mut d = Diagnostics::new();
        r.finish(&mut d);
        let all = d.into_vec();
        assert_eq!(all.len(), MAX_PER_FILE + 1);
        let last = all.last().unwrap();
        assert_eq!(last.message, "… and 70 more errors in this file");
        assert_eq!(last.message.get(Lang::Vi), "… và 70 lỗi khác trong tệp này");
        assert_eq!(last.line, Some(51));
    }

    #[test]
    fn invisible_characters_in_names_are_found_and_described() {
        use crate::diag::Lang;
        use crate::diag::catalogue::data::DATA_WHOSE_UNIT;
        for c in [
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{00AD}', '\u{200E}',
            '\u{061C}', '\u{202B}', '\u{2067}',
        ] {
            let name = format!("Phường{c} 12");
            let (at, msg, hint) = invisible_in_name(&name, || t!(DATA_WHOSE_UNIT, id = "p12"))
                .expect("an invisible character");
            assert_eq!(at, "Phường".len(), "{c:?}");
            assert!(
                msg.get(Lang::Vi)
                    .starts_with("tên của đơn vị `p12` có chứa "),
                "{msg:?}"
            );
            assert!(msg.get(Lang::En).contains("(U+"), "{msg:?}");
            assert!(!hint.is_empty());
        }
        assert!(invisible_in_name("Phường 12", || unreachable!()).is_none());
    }
}
