//! Turning the YAML library's errors into sentences for the people who edit the files.
//!
//! The library says "clusters[0]: unknown field `mebers`, expected one of `id`, `name` …" or
//! "mapping values are not allowed in this context"; emulation staff need "unknown key
//! `mebers` — did you mean `members`?" and a hint about quoting or indentation. The position
//! comes from the error's location; a duplicated key, which the library places at the start of
//! its mapping, is moved to the second occurrence of the key.

use crate::diag::{Diagnostic, Pos, SourceText};

use super::locate::{At, locate};

/// One diagnostic for a YAML error in `src`.
pub(crate) fn yaml_diagnostic(src: &SourceText, e: &serde_yaml::Error) -> Diagnostic {
    let location = e.location();
    let mut pos = location
        .as_ref()
        .map(|l| Pos::new(l.line(), l.column()))
        .unwrap_or(Pos::line(1));
    let full = e.to_string();
    if let Some(opened) = crate::load::quote_opening(&full, 0) {
        pos = opened;
    }
    let mut text = match full.find(" at line ") {
        Some(i) => &full[..i],
        None => full.as_str(),
    };
    // A long value quoted in the library's message is cut (the position shows where it is).
    if let Some((cut, _)) = text.char_indices().nth(300) {
        text = &text[..cut];
    }
    let (path, what) = split_path(text);
    let place = if path.is_empty() {
        String::new()
    } else {
        format!(" (in {})", readable_path(path))
    };

    let (message, hint) = if let Some(rest) = what.strip_prefix("unknown field ") {
        unknown_key(rest)
    } else if let Some(rest) = what.strip_prefix("missing field ") {
        let key = first_quoted(rest).unwrap_or(rest);
        (
            format!("`{key}` is missing{place}"),
            format!("add a line `{key}: …` to this entry"),
        )
    } else if let Some(rest) = what.strip_prefix("duplicate field ") {
        let key = first_quoted(rest).unwrap_or(rest);
        if let Some(l) = &location {
            let tree = locate(&src.text);
            let second = At::root(tree.as_ref()).map_at(l.index()).key_name(key, 1);
            pos = src.pos_of(second.offset());
        }
        (
            format!("`{key}` is given twice{place}"),
            format!("keep only one `{key}:` line here"),
        )
    } else if let Some(rest) = what.strip_prefix("invalid type: ") {
        invalid_type(rest, &place)
    } else if what.starts_with("deserializing from YAML containing more than one document") {
        (
            "the file holds more than one YAML document".to_string(),
            "remove the second `---` line: one file holds one document".to_string(),
        )
    } else if what.starts_with("recursion limit exceeded") {
        (
            "the YAML is nested too deeply".to_string(),
            "use fewer levels of nesting".to_string(),
        )
    } else if location.is_some() && path.is_empty() && is_syntax(what) {
        (
            format!("the YAML is not well formed: {what}"),
            syntax_hint(what).to_string(),
        )
    } else {
        (
            format!("{what}{place}"),
            "check this value against the examples in docs/data-formats.md".to_string(),
        )
    };
    Diagnostic::error(&src.path, Some(pos), message, hint)
}

/// serde_yaml prefixes messages with the path of the value (`clusters[0].members: …`).
fn split_path(text: &str) -> (&str, &str) {
    match text.split_once(": ") {
        Some((path, rest)) if !path.is_empty() && !path.contains(char::is_whitespace) => {
            (path, rest)
        }
        _ => ("", text),
    }
}

/// `clusters[0].members` → `clusters → item 1 → members`: 1-based, as people count.
fn readable_path(path: &str) -> String {
    let mut out = String::new();
    let mut rest = path;
    while !rest.is_empty() {
        let (part, next) = if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').unwrap_or(r.len());
            let n = r[..end]
                .parse::<usize>()
                .map(|n| format!("item {}", n + 1))
                .unwrap_or_else(|_| r[..end].to_string());
            (n, r.get(end + 1..).unwrap_or(""))
        } else {
            let rest2 = rest.strip_prefix('.').unwrap_or(rest);
            let end = rest2.find(['.', '[']).unwrap_or(rest2.len());
            (rest2[..end].to_string(), &rest2[end..])
        };
        if !part.is_empty() {
            if !out.is_empty() {
                out.push_str(" → ");
            }
            out.push_str(&part);
        }
        rest = next;
    }
    out
}

fn first_quoted(s: &str) -> Option<&str> {
    let a = s.find('`')?;
    let b = s[a + 1..].find('`')?;
    Some(&s[a + 1..a + 1 + b])
}

fn all_quoted(s: &str) -> Vec<&str> {
    s.split('`').skip(1).step_by(2).collect()
}

fn unknown_key(rest: &str) -> (String, String) {
    let key = first_quoted(rest).unwrap_or(rest);
    let allowed: Vec<&str> = rest
        .split_once("expected")
        .map(|(_, list)| all_quoted(list))
        .unwrap_or_default();
    let mut hint = String::new();
    if let Some(best) = closest(key, &allowed) {
        hint.push_str(&format!("did you mean `{best}`? "));
    }
    if allowed.is_empty() {
        hint.push_str("remove this key");
    } else {
        hint.push_str(&format!(
            "the keys allowed here are: {}",
            allowed.join(", ")
        ));
    }
    (format!("unknown key `{key}`"), hint)
}

/// The allowed key nearest to a misspelt one, when it is near enough to be a typo.
fn closest<'a>(key: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let key = key.to_lowercase();
    allowed
        .iter()
        .map(|a| (edit_distance(&key, a), *a))
        .filter(|(d, a)| *d <= 2.max(a.len() / 4))
        .min()
        .map(|(_, a)| a)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

fn invalid_type(rest: &str, place: &str) -> (String, String) {
    let (found, expected) = rest
        .split_once(", expected ")
        .unwrap_or((rest, "another kind of value"));
    let found = describe_found(found);
    let (expected, hint) = describe_expected(expected);
    (
        format!("found {found} where {expected} belongs{place}"),
        hint.to_string(),
    )
}

fn describe_found(found: &str) -> String {
    if let Some(s) = found.strip_prefix("string ") {
        return format!("the text {s}");
    }
    for (lib, ours) in [
        ("integer ", "the number "),
        ("floating point ", "the number "),
        ("boolean ", ""),
    ] {
        if let Some(v) = found.strip_prefix(lib) {
            return format!("{ours}{}", v.trim_matches('`'));
        }
    }
    match found {
        "sequence" => "a list".to_string(),
        "map" => "a set of `key: value` lines".to_string(),
        "unit value" => "an empty value".to_string(),
        other => other.to_string(),
    }
}

fn describe_expected(expected: &str) -> (&'static str, &'static str) {
    if expected.starts_with("struct ") || expected == "a map" || expected == "a mapping" {
        return (
            "a set of `key: value` lines",
            "write `key: value` lines here, indented under their key",
        );
    }
    match expected {
        "a sequence" => ("a list", "write a list: `[a, b]`, or one `- item` per line"),
        "a string" | "a single value (text or a number)" => (
            "a single value",
            "write one value here, not a list or a mapping",
        ),
        "a number" => ("a number", "write a number like 9.5"),
        "a boolean" => ("true or false", "write true or false"),
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" => {
            ("a whole number", "write a whole number like 2023")
        }
        _ => (
            "another kind of value",
            "check this value against the examples in docs/data-formats.md",
        ),
    }
}

fn is_syntax(what: &str) -> bool {
    !what.contains('`') || what.contains("found character")
}

fn syntax_hint(what: &str) -> &'static str {
    if what.contains("mapping values are not allowed") {
        "a value that contains `: ` must be put in quotes, e.g. title: \"Bước 1: chuẩn bị\"; otherwise check the indentation"
    } else if what.contains("tab") || what.contains("cannot start any token") {
        "indent with spaces, never tabs; a value starting with @ or ` must be put in quotes"
    } else if what.contains("expected ',' or ']'") || what.contains("expected ',' or '}'") {
        "a list in [ ] or a mapping in { } is not closed, or two items lack the comma between them"
    } else if what.contains("quoted scalar") || what.contains("end of stream") {
        "a quotation mark (\" or ') is opened but never closed"
    } else if what.contains("alias") || what.contains("anchor") {
        "a value starting with * or & must be put in quotes"
    } else {
        "check the indentation: entries of one list or mapping must start in the same column"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Cluster {
        id: String,
        members: Option<Vec<String>>,
        leader: Option<String>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        clusters: Vec<Cluster>,
    }

    fn diag(text: &str) -> Diagnostic {
        let src = SourceText::new("data/x.yaml", text.to_string());
        let e = serde_yaml::from_str::<Doc>(text).unwrap_err();
        yaml_diagnostic(&src, &e)
    }

    #[test]
    fn unknown_key_suggests_the_spelling() {
        let d = diag("clusters:\n  - id: a\n    mebers: [p1]\n");
        assert_eq!((d.line, d.column), (Some(3), Some(5)));
        assert_eq!(d.message, "unknown key `mebers`");
        assert!(
            d.hint.starts_with("did you mean `members`?"),
            "{}",
            &*d.hint
        );
        assert!(d.hint.contains("id, members, leader"), "{}", &*d.hint);
    }

    #[test]
    fn missing_and_duplicated_keys() {
        let d = diag("clusters:\n  - members: [p1]\n");
        assert_eq!(d.line, Some(2));
        assert!(d.message.starts_with("`id` is missing"), "{}", &*d.message);
        let d = diag("clusters:\n  - id: a\n    leader: p1\n    leader: p2\n");
        assert_eq!((d.line, d.column), (Some(4), Some(5)));
        assert!(
            d.message.starts_with("`leader` is given twice"),
            "{}",
            &*d.message
        );
    }

    #[test]
    fn wrong_types_are_described_in_words() {
        let d = diag("clusters:\n  - id: a\n    members: p1\n");
        assert_eq!(d.line, Some(3));
        assert_eq!(
            d.message,
            "found the text \"p1\" where a list belongs (in clusters → item 1 → members)"
        );
        assert!(d.hint.contains("[a, b]"));
    }

    #[test]
    fn syntax_errors_get_a_hint_about_quoting() {
        let d = diag("clusters:\n  - id: Bước 1: x\n");
        assert_eq!(d.line, Some(2));
        assert!(
            d.message.starts_with("the YAML is not well formed"),
            "{}",
            &*d.message
        );
        assert!(d.hint.contains("quotes"), "{}", &*d.hint);
        let d = diag("clusters:\n\t- id: a\n");
        assert_eq!(d.line, Some(2));
        assert!(d.hint.contains("tabs"), "{}", &*d.hint);
    }

    #[test]
    fn an_unclosed_quote_is_placed_where_it_opens() {
        let d = diag("clusters:\n  - id: \"a\n    leader: p1\n  - id: b\n");
        assert_eq!((d.line, d.column), (Some(2), Some(9)));
        assert!(d.hint.contains("quotation mark"), "{}", &*d.hint);
    }

    #[test]
    fn edit_distance_counts_typos() {
        assert_eq!(edit_distance("mebers", "members"), 1);
        assert_eq!(closest("ttile", &["title", "year"]), Some("title"));
        assert_eq!(closest("zzz", &["title", "year"]), None);
    }
}
