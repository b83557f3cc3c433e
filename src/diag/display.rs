//! Diagnostics as people read them: `error: file:line:column: what — what to do`, then the
//! source line with a caret under the spot. Used by the terminal and by the error overlay of
//! `serve`.

use std::path::Path;

use super::{Diagnostic, Diagnostics, Lang, Severity, SourceText};

/// Formats every diagnostic in `lang` with its source line (read from the site at `root`).
pub fn format_diagnostics(
    root: &Path,
    diags: &Diagnostics,
    color: bool,
    lang: Lang,
) -> Vec<String> {
    let mut cache: Option<(std::path::PathBuf, Option<SourceText>)> = None;
    let mut out = Vec::new();
    for d in diags.iter() {
        let src = match &cache {
            Some((p, s)) if *p == d.file => s.clone(),
            _ => {
                let s =
                    read_inside(root, &d.file).and_then(|b| super::decode_source(&d.file, &b).ok());
                cache = Some((d.file.clone(), s.clone()));
                s
            }
        };
        out.push(format_diagnostic(d, src.as_ref(), color, lang));
    }
    out
}

/// The bytes of a file of the site, to quote a line of it; nothing outside the site folder
/// (a file named by a diagnostic may be a link that leads out of it).
fn read_inside(root: &Path, file: &Path) -> Option<Vec<u8>> {
    let real = std::fs::canonicalize(root.join(file)).ok()?;
    let site = std::fs::canonicalize(root).ok()?;
    if !real.starts_with(site) || std::fs::metadata(&real).ok()?.len() > 64 * 1024 * 1024 {
        return None;
    }
    std::fs::read(real).ok()
}

/// Formats one diagnostic in `lang`, with the source line and a caret when the line is known.
pub fn format_diagnostic(
    d: &Diagnostic,
    src: Option<&SourceText>,
    color: bool,
    lang: Lang,
) -> String {
    let (on, off) = match (color, d.severity) {
        (true, Severity::Error) => ("\x1b[1;31m", "\x1b[0m"),
        (true, Severity::Warning) => ("\x1b[1;33m", "\x1b[0m"),
        _ => ("", ""),
    };
    let word = if d.severity == Severity::Error {
        "error"
    } else {
        "warning"
    };
    let mut out = format!(
        "{on}{word}{off}: {}: {}",
        d.location_in(lang),
        d.message.get(lang)
    );
    if !d.hint.is_empty() {
        out.push_str(" — ");
        out.push_str(d.hint.get(lang));
    }
    out.push('\n');
    if let (Some(line), Some(src), None) = (d.line, src, &d.cell)
        && let Some(text) = src.line_text(line)
    {
        let (shown, caret) = window(text, d.column);
        let gutter = line.to_string();
        out.push_str(&format!(
            "{} |\n{gutter} | {shown}\n",
            " ".repeat(gutter.len())
        ));
        if let Some(col) = caret {
            let pad: String = shown
                .chars()
                .take(col.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            out.push_str(&format!("{} | {pad}{on}^{off}\n", " ".repeat(gutter.len())));
        }
    }
    out
}

/// The part of a long line worth showing (at most [`WIDTH`] characters, around the column),
/// and the caret's column within it. Paragraphs of Markdown are often one long line.
fn window(text: &str, column: Option<usize>) -> (String, Option<usize>) {
    let chars: Vec<char> = text.chars().collect();
    let col = column.map(|c| c.clamp(1, chars.len() + 1));
    if chars.len() <= WIDTH {
        return (text.to_string(), col);
    }
    let start = match col {
        Some(c) if c > WIDTH - 20 => (c - 1)
            .saturating_sub(WIDTH / 2)
            .min(chars.len().saturating_sub(WIDTH - 1)),
        _ => 0,
    };
    let end = (start + WIDTH).min(chars.len());
    let mut shown: String = if start > 0 {
        "…".into()
    } else {
        String::new()
    };
    shown.extend(&chars[start..end]);
    if end < chars.len() {
        shown.push('…');
    }
    (shown, col.map(|c| c - start + usize::from(start > 0)))
}

/// Longest part of a source line shown under a diagnostic.
const WIDTH: usize = 100;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Pos;

    #[test]
    fn caret_under_the_spot() {
        let src = SourceText::new("data/u.csv", "id,name\np 1,X\n".to_string());
        let d = Diagnostic::error(
            "data/u.csv",
            Some(Pos::new(2, 2)),
            crate::diag::Text::verbatim("bad id"),
            crate::diag::Text::verbatim("fix it"),
        );
        let s = format_diagnostic(&d, Some(&src), false, Lang::En);
        assert_eq!(
            s,
            "error: data/u.csv:2:2: bad id — fix it\n  |\n2 | p 1,X\n  |  ^\n"
        );
    }

    #[test]
    fn long_lines_show_the_part_around_the_column() {
        let line = format!("{}0949.051051{}", "x".repeat(300), "y".repeat(300));
        let (shown, caret) = window(&line, Some(301));
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(shown.chars().nth(caret.unwrap() - 1), Some('0'));
        let (shown, caret) = window("ngắn", Some(2));
        assert_eq!((shown.as_str(), caret), ("ngắn", Some(2)));
    }
}
