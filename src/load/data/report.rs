//! The diagnostics of one file, capped so that a huge broken file fails fast and readably.
//!
//! A 50 MB file of garbage would otherwise yield millions of errors, each formatted and
//! printed. The first [`MAX_PER_FILE`] are kept; the rest are only counted (their messages are
//! never even formatted) and summed up in one closing diagnostic.

use std::fmt::{self, Display};

use crate::diag::{Diagnostic, Diagnostics, Pos, Severity, SourceText};

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

    /// An error at byte offset `at`. The message and hint are formatted only when the error is
    /// shown, so callers pass `format_args!(…)`.
    pub fn error(&mut self, at: usize, message: impl Display, hint: impl Display) {
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

    fn add(&mut self, at: usize, message: impl Display, hint: impl Display) {
        if self.list.len() >= MAX_PER_FILE {
            self.hidden += 1;
            self.first_hidden.get_or_insert(at);
            return;
        }
        let pos = self.src.pos_of(at);
        // A safety net for any message that repeats a long text without clipping it.
        let message = Clip(&message.to_string()).to_string_limited(400);
        let d = Diagnostic::error(&self.src.path, Some(pos), message, hint.to_string());
        self.list.push(d);
    }

    /// Number of errors reported so far, shown or not.
    pub fn error_count(&self) -> usize {
        self.errors
    }

    /// Moves everything into `diags`, with one closing line for what was only counted.
    pub fn finish(self, diags: &mut Diagnostics) {
        let src = self.src;
        for d in self.list {
            diags.push(d);
        }
        if self.hidden > 0 {
            let pos: Option<Pos> = self.first_hidden.map(|at| src.pos_of(at));
            diags.error(
                &src.path,
                pos,
                format!("… and {} more errors in this file", self.hidden),
                format!("only the first {MAX_PER_FILE} are listed; fix those and run again"),
            );
        }
    }
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
        r.error(0, "y".repeat(5000), "");
        let mut d = Diagnostics::new();
        r.finish(&mut d);
        assert_eq!(d.into_vec()[0].message.chars().count(), 401);
    }

    #[test]
    fn caps_the_list_and_counts_the_rest() {
        let src = SourceText::new("a.csv", "x\n".repeat(200));
        let mut r = FileReport::new(&src);
        for i in 0..120 {
            r.error(i * 2, format_args!("bad {i}"), "fix it");
        }
        assert_eq!(r.error_count(), 120);
        let mut d = Diagnostics::new();
        r.finish(&mut d);
        let all = d.into_vec();
        assert_eq!(all.len(), MAX_PER_FILE + 1);
        let last = all.last().unwrap();
        assert_eq!(last.message, "… and 70 more errors in this file");
        assert_eq!(last.line, Some(51));
    }
}
