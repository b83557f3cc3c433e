//! Fenced code highlighted by syntect into CSS classes (`hl-…`).
//!
//! The HTML is what syntect's `ClassedHTMLGenerator` writes, built from the same two steps
//! (parse a line into scope operations, turn them into `<span>`s), with one saving: parsing
//! a line is a pure function of the parser's state before it and of the line's text, and it
//! is nearly all the cost of a build whose pages carry code (syntect runs dozens of
//! backtracking regexes a line; YAML's are the dearest). So each rendering thread remembers
//! the lines it has parsed, and a line met again in the same state (`diem:`, `- {id: …}`,
//! the same snippet on several pages) reuses the scope operations instead of parsing again.
//! The grammars are syntect's, two of YAML's patterns made faster ([`super::syntaxes`]).

use std::cell::RefCell;
use std::collections::HashMap;

use syntect::html::{ClassStyle, line_tokens_to_classed_spans};
use syntect::parsing::{ParseState, ParsingError, ScopeStack, ScopeStackOp, SyntaxSet};
use syntect::util::LinesWithEndings;

use super::syntaxes::set as syntaxes;

/// CSS class prefix of highlighted code, shared with the stylesheet generator.
pub const CODE_CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// Lines remembered per thread before the memory is emptied and filling starts again (a
/// long `serve` session must not grow without end): each holds its text and its scope
/// operations, about a kilobyte of YAML.
const MEMO_LINES: usize = 8192;

/// Parser states kept per thread before the memory is emptied. A language has a few dozen;
/// more come only from states that hold captured text (a heredoc's delimiter …).
const MEMO_STATES: usize = 1024;

/// Longer lines are parsed without being remembered: they rarely come back word for word.
const MEMO_LINE_BYTES: usize = 512;

/// The HTML of a code block, and whether it was highlighted (a language syntect knows); code
/// in any other language, or that syntect cannot parse, is printed escaped.
pub fn highlight(lang: &str, code: &str) -> (String, bool) {
    let set = syntaxes();
    let syntax = if lang.is_empty() {
        None
    } else {
        set.find_syntax_by_token(lang)
    };
    let classed = syntax.and_then(|syntax| {
        MEMO.with_borrow_mut(|memo| classed_html(memo, ParseState::new(syntax), set, code))
    });
    match classed {
        Some(html) => (
            format!(
                "<pre class=\"code\"><code class=\"language-{}\">{html}</code></pre>\n",
                crate::text::escape_html(lang)
            ),
            true,
        ),
        None => (
            format!(
                "<pre><code>{}</code></pre>\n",
                crate::text::escape_html(code)
            ),
            false,
        ),
    }
}

/// The classed spans of `code`, line by line, closing what is still open at the end: the
/// steps of `ClassedHTMLGenerator`. `None` when a line cannot be parsed.
fn classed_html(
    memo: &mut LineMemo,
    start: ParseState,
    set: &SyntaxSet,
    code: &str,
) -> Option<String> {
    let mut state = memo.intern(start);
    let mut scopes = ScopeStack::new();
    let mut html = String::with_capacity(code.len() * 4);
    let mut open_spans: isize = 0;
    for line in LinesWithEndings::from(code) {
        let ops = memo.parse(&mut state, line, set).ok()?;
        let (spans, delta) =
            line_tokens_to_classed_spans(line, ops, CODE_CLASS_STYLE, &mut scopes).ok()?;
        open_spans += delta;
        html.push_str(&spans);
    }
    for _ in 0..open_spans {
        html.push_str("</span>");
    }
    Some(html)
}

thread_local! {
    static MEMO: RefCell<LineMemo> = RefCell::new(LineMemo::default());
}

/// One parsed line: the parser's state before it and after it (indices in
/// [`LineMemo::states`]) and the scope operations it gave.
struct ParsedLine {
    before: usize,
    after: usize,
    ops: Vec<(usize, ScopeStackOp)>,
}

/// The lines a thread has parsed, by text (a text may have been met in several states), and
/// the parser states they start and end in, each kept once: a language has few of them.
#[derive(Default)]
struct LineMemo {
    states: Vec<ParseState>,
    lines: HashMap<String, Vec<ParsedLine>>,
    remembered: usize,
    /// The operations of the last line too long to be remembered.
    scratch: Vec<(usize, ScopeStackOp)>,
}

impl LineMemo {
    /// The index of `state` in [`Self::states`], added when new.
    fn intern(&mut self, state: ParseState) -> usize {
        if let Some(i) = self.states.iter().position(|s| *s == state) {
            return i;
        }
        self.states.push(state);
        self.states.len() - 1
    }

    /// The scope operations of `line` parsed from the state at index `state`, which moves
    /// to the state after the line: recalled when the same line was parsed from the same
    /// state before, else parsed and remembered.
    fn parse(
        &mut self,
        state: &mut usize,
        line: &str,
        set: &SyntaxSet,
    ) -> Result<&[(usize, ScopeStackOp)], ParsingError> {
        let found = self
            .lines
            .get(line)
            .and_then(|seen| seen.iter().position(|p| p.before == *state));
        if let Some(i) = found {
            let parsed = &self.lines[line][i];
            *state = parsed.after;
            return Ok(&parsed.ops);
        }
        if self.remembered >= MEMO_LINES || self.states.len() >= MEMO_STATES {
            // Start afresh, keeping only the state the parser is in.
            let current = self.states.swap_remove(*state);
            self.states.clear();
            self.states.push(current);
            self.lines.clear();
            self.remembered = 0;
            *state = 0;
        }
        let before = *state;
        let mut parser = self.states[before].clone();
        let ops = parser.parse_line(line, set)?;
        *state = self.intern(parser);
        if line.len() > MEMO_LINE_BYTES {
            self.scratch = ops;
            return Ok(&self.scratch);
        }
        self.remembered += 1;
        let seen = self.lines.entry(line.to_string()).or_default();
        seen.push(ParsedLine {
            before,
            after: *state,
            ops,
        });
        Ok(&seen[seen.len() - 1].ops)
    }
}

/// The stylesheet for highlighted code (light theme), generated once at build time.
pub fn code_css() -> String {
    let themes = syntect::highlighting::ThemeSet::load_defaults();
    themes
        .themes
        .get("InspiredGitHub")
        .and_then(|t| syntect::html::css_for_theme_with_class_style(t, CODE_CLASS_STYLE).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use syntect::html::ClassedHTMLGenerator;

    /// What syntect's own generator writes for `code`.
    fn reference(lang: &str, code: &str) -> String {
        let set = syntaxes();
        let syntax = set.find_syntax_by_token(lang).unwrap();
        let mut generator =
            ClassedHTMLGenerator::new_with_class_style(syntax, set, CODE_CLASS_STYLE);
        for line in LinesWithEndings::from(code) {
            generator
                .parse_html_for_line_which_includes_newline(line)
                .unwrap();
        }
        generator.finalize()
    }

    fn ours(lang: &str, code: &str) -> String {
        let set = syntaxes();
        let syntax = set.find_syntax_by_token(lang).unwrap();
        MEMO.with_borrow_mut(|memo| classed_html(memo, ParseState::new(syntax), set, code))
            .unwrap()
    }

    #[test]
    fn remembered_lines_give_the_html_of_syntect() {
        let samples = [
            (
                "yaml",
                "diem:\n  - {tieu_chi: \"1.2\", diem: 4.5}\n  - {tieu_chi: \"1.2\", diem: 4.5}\nghi_chu: |\n  diem:\n  - {tieu_chi: \"1.2\", diem: 4.5}\n# diem:\n",
            ),
            ("yaml", "diem:\n  - {tieu_chi: \"1.2\", diem: 4.5}\n"),
            (
                "json",
                "{\"a\": [1, 2, {\"b\": \"c\"}],\n \"a\": [1, 2, {\"b\": \"c\"}]}\n",
            ),
            (
                "bash",
                "for f in *.csv; do\n  echo \"$f\"\ndone\necho \"$f\"\n",
            ),
            (
                "html",
                "<p class=\"x\">a</p>\n<script>let a = \"<p>\";</script>\n<p class=\"x\">a</p>\n",
            ),
            (
                "markdown",
                "# Tiêu đề\n\n```yaml\na: 1\n```\n\n```json\n{\"a\": 1}\n```\na: 1\n",
            ),
            (
                "rust",
                "fn main() {\n    let s = \"/* not a comment */\";\n}\n/* a\nfn main() {\n*/\nfn main() {\n",
            ),
            ("python", "s = '''\nx = 1\n'''\nx = 1\n"),
            ("yaml", "no newline at the end: [1, 2"),
        ];
        // Twice over: the second pass recalls every line from the memory.
        for _ in 0..2 {
            for (lang, code) in samples {
                assert_eq!(ours(lang, code), reference(lang, code), "{lang}: {code}");
            }
        }
    }

    #[test]
    fn unknown_languages_are_escaped_not_highlighted() {
        let (html, highlighted) = highlight("khong-co", "<b>\n");
        assert!(!highlighted);
        assert_eq!(html, "<pre><code>&lt;b&gt;\n</code></pre>\n");
        let (html, highlighted) = highlight("", "a\n");
        assert!(!highlighted);
        assert_eq!(html, "<pre><code>a\n</code></pre>\n");
    }

    #[test]
    fn the_memory_is_bounded_and_starts_afresh_mid_block() {
        let set = syntaxes();
        let syntax = set.find_syntax_by_token("yaml").unwrap();
        let mut memo = LineMemo::default();
        let code: String = (0..MEMO_LINES + 10)
            .map(|i| format!("- {{k{i}: [{i}, \"x\"]}}\n"))
            .collect();
        let html = classed_html(&mut memo, ParseState::new(syntax), set, &code).unwrap();
        assert_eq!(html, reference("yaml", &code));
        assert!(memo.remembered <= MEMO_LINES && memo.remembered > 0);
        let kept: usize = memo.lines.values().map(Vec::len).sum();
        assert_eq!(memo.remembered, kept);
        assert!(memo.states.len() < MEMO_STATES);
    }
}
