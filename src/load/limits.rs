//! Limits on YAML before it is parsed (SPEC §10): no real settings, front matter or data file
//! nests deeper than a few levels, and a text nested thousands deep (or a front matter of
//! megabytes) is refused in one pass over its bytes, instead of costing the parser minutes.

use crate::diag::catalogue::load as msg;
use crate::diag::{Diagnostic, Pos, SourceText};

/// The deepest nesting allowed: a rubric with criteria ten levels deep uses about 25.
pub const MAX_YAML_DEPTH: usize = 64;

/// The largest front matter (or settings file) read.
pub const MAX_FRONT_MATTER_BYTES: usize = 256 * 1024;

/// Checks the YAML `text` of `src` (starting at line `line_offset + 1` of the file) against
/// `max_bytes` and [`MAX_YAML_DEPTH`].
pub fn check_yaml(
    src: &SourceText,
    text: &str,
    line_offset: usize,
    max_bytes: usize,
) -> Result<(), Diagnostic> {
    if text.len() > max_bytes {
        return Err(Diagnostic::error(
            &src.path,
            Some(Pos::line(line_offset + 1)),
            crate::t!(
                msg::LIMIT_YAML_TOO_LARGE,
                size = text.len().div_ceil(1024),
                max = max_bytes / 1024
            ),
            msg::LIMIT_YAML_TOO_LARGE_HINT,
        ));
    }
    match too_deep(text) {
        Some(line) => Err(Diagnostic::error(
            &src.path,
            Some(Pos::line(line_offset + line)),
            crate::t!(msg::LIMIT_YAML_TOO_DEEP, depth = MAX_YAML_DEPTH),
            msg::LIMIT_YAML_TOO_DEEP_HINT,
        )),
        None => Ok(()),
    }
}

/// The 1-based line where `text` first nests deeper than [`MAX_YAML_DEPTH`], if it does.
/// The depth is counted without parsing: open flow brackets (`[`, `{`) outside quotes and
/// comments, plus the indentation levels open at the line, plus the sequence entries (`- `)
/// that start it. It may count a little more than the parser would, never less.
fn too_deep(text: &str) -> Option<usize> {
    let mut indents: Vec<usize> = Vec::new();
    let mut flow = 0usize;
    for (i, line) in text.lines().enumerate() {
        let content = line.trim_start_matches(' ');
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let indent = line.len() - content.len();
        if flow == 0 {
            while indents.last().is_some_and(|&top| top > indent) {
                indents.pop();
            }
            if indents.last().is_none_or(|&top| top < indent) {
                indents.push(indent);
            }
        }
        let mut dashes = 0;
        let mut rest = content;
        while let Some(after) = rest.strip_prefix("- ").or_else(|| rest.strip_prefix("? ")) {
            dashes += 1;
            rest = after.trim_start_matches(' ');
        }
        if indents.len() + dashes + flow > MAX_YAML_DEPTH {
            return Some(i + 1);
        }
        let mut quote: Option<char> = None;
        for c in rest.chars() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') => break,
                (None, '[' | '{') => {
                    flow += 1;
                    if indents.len() + dashes + flow > MAX_YAML_DEPTH {
                        return Some(i + 1);
                    }
                }
                (None, ']' | '}') => flow = flow.saturating_sub(1),
                _ => {}
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_files_pass_and_deep_ones_do_not() {
        let ok = "title: A\ncriteria:\n  - id: \"1\"\n    items:\n      - {id: \"1.1\", max: 4, title: \"[x] {y}\"}\n";
        assert_eq!(too_deep(ok), None);
        let flow = format!("a: {}1{}\n", "[".repeat(100), "]".repeat(100));
        assert_eq!(too_deep(&flow), Some(1));
        let dashes = format!("x:\n{}1\n", "- ".repeat(200));
        assert_eq!(too_deep(&dashes), Some(2));
        let block: String = (0..100)
            .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
            .collect();
        assert_eq!(too_deep(&block), Some(MAX_YAML_DEPTH + 1));
        assert_eq!(too_deep("a: \"[[[[\"  # {{{{\n"), None);
    }

    #[test]
    fn a_huge_nesting_fails_fast() {
        let text = format!("title: x\nk: {}\n", "[".repeat(160_000));
        let src = SourceText::new("content/a.md", text.clone());
        let started = std::time::Instant::now();
        let e = check_yaml(&src, &text, 1, 1 << 20).unwrap_err();
        assert!(started.elapsed().as_millis() < 500);
        assert_eq!(e.line, Some(3));
        let e = check_yaml(&src, &text, 1, 1024).unwrap_err();
        assert!(e.message.contains("more than the 1 KB"), "{e}");
    }
}
