//! Turning the YAML library's errors into sentences for the people who edit the files.
//!
//! The library says "clusters[0]: unknown field `mebers`, expected one of `id`, `name` …" or
//! "mapping values are not allowed in this context"; emulation staff need "unknown key
//! `mebers` — did you mean `members`?" and a hint about quoting or indentation. The position
//! comes from the error's location; a duplicated key, which the library places at the start of
//! its mapping, is moved to the second occurrence of the key.

use crate::diag::catalogue::data::DATA_WRITE_NUMBER;
use crate::diag::catalogue::data_yaml::{
    DATA_YAML_A_LIST, DATA_YAML_A_MAPPING, DATA_YAML_A_NUMBER, DATA_YAML_A_SINGLE_VALUE,
    DATA_YAML_ADD_KEY, DATA_YAML_CHECK_DOCS, DATA_YAML_DID_YOU_MEAN, DATA_YAML_EMPTY_VALUE,
    DATA_YAML_FOUND_NUMBER, DATA_YAML_FOUND_TEXT, DATA_YAML_FOUND_WHERE, DATA_YAML_IN_PATH,
    DATA_YAML_INDENT, DATA_YAML_ITEM, DATA_YAML_KEEP_ONE_LINE, DATA_YAML_KEY_TWICE,
    DATA_YAML_KEYS_ALLOWED, DATA_YAML_MANY_DOCS, DATA_YAML_MANY_DOCS_HINT, DATA_YAML_MISSING,
    DATA_YAML_NO_TABS, DATA_YAML_NOT_CLOSED, DATA_YAML_NOT_WELL_FORMED, DATA_YAML_OTHER,
    DATA_YAML_OTHER_KIND, DATA_YAML_QUOTE_COLON, DATA_YAML_QUOTE_OPEN, DATA_YAML_QUOTE_STAR,
    DATA_YAML_REMOVE_KEY, DATA_YAML_TOO_DEEP, DATA_YAML_TOO_DEEP_HINT, DATA_YAML_TRUE_OR_FALSE,
    DATA_YAML_UNKNOWN_KEY, DATA_YAML_WHOLE_NUMBER, DATA_YAML_WRITE_BOOL, DATA_YAML_WRITE_LIST,
    DATA_YAML_WRITE_MAPPING, DATA_YAML_WRITE_ONE_VALUE, DATA_YAML_WRITE_WHOLE,
};
use crate::diag::text::Phrase;
use crate::diag::{Diagnostic, Pos, SourceText, Text};
use crate::t;

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
    if let Some(tab) = crate::load::tab_indent(src, pos.line) {
        return tab;
    }

    // Where in the document, for the messages about one value: `… (in clusters → item 1)`.
    let placed = |message: Text| {
        if path.is_empty() {
            message
        } else {
            t!(
                DATA_YAML_IN_PATH,
                what = message,
                path = readable_path(path)
            )
        }
    };

    let (message, hint): (Text, Text) = if let Some(rest) = what.strip_prefix("unknown field ") {
        unknown_key(rest)
    } else if let Some(rest) = what.strip_prefix("missing field ") {
        let key = first_quoted(rest).unwrap_or(rest);
        (
            placed(t!(DATA_YAML_MISSING, key = key)),
            t!(DATA_YAML_ADD_KEY, key = key),
        )
    } else if let Some(rest) = what.strip_prefix("duplicate field ") {
        let key = first_quoted(rest).unwrap_or(rest);
        if let Some(l) = &location {
            let tree = locate(&src.text);
            let second = At::root(tree.as_ref()).map_at(l.index()).key_name(key, 1);
            pos = src.pos_of(second.offset());
        }
        (
            placed(t!(DATA_YAML_KEY_TWICE, key = key)),
            t!(DATA_YAML_KEEP_ONE_LINE, key = key),
        )
    } else if let Some(rest) = what.strip_prefix("invalid type: ") {
        let (message, hint) = invalid_type(rest);
        (placed(message), hint)
    } else if what.starts_with("deserializing from YAML containing more than one document") {
        (t!(DATA_YAML_MANY_DOCS), t!(DATA_YAML_MANY_DOCS_HINT))
    } else if what.starts_with("recursion limit exceeded") {
        (t!(DATA_YAML_TOO_DEEP), t!(DATA_YAML_TOO_DEEP_HINT))
    } else if location.is_some() && path.is_empty() && is_syntax(what) {
        (
            t!(DATA_YAML_NOT_WELL_FORMED, what = what),
            t!(syntax_hint(what)),
        )
    } else {
        (
            placed(t!(DATA_YAML_OTHER, what = what)),
            t!(DATA_YAML_CHECK_DOCS),
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
fn readable_path(path: &str) -> Text {
    let mut out = Text::default();
    let mut rest = path;
    while !rest.is_empty() {
        let (part, next) = if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').unwrap_or(r.len());
            let n = r[..end]
                .parse::<usize>()
                .map(|n| t!(DATA_YAML_ITEM, n = n + 1))
                .unwrap_or_else(|_| Text::verbatim(&r[..end]));
            (n, r.get(end + 1..).unwrap_or(""))
        } else {
            let rest2 = rest.strip_prefix('.').unwrap_or(rest);
            let end = rest2.find(['.', '[']).unwrap_or(rest2.len());
            (Text::verbatim(&rest2[..end]), &rest2[end..])
        };
        out = out.join(" → ", &part);
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

fn unknown_key(rest: &str) -> (Text, Text) {
    let key = first_quoted(rest).unwrap_or(rest);
    let allowed: Vec<&str> = rest
        .split_once("expected")
        .map(|(_, list)| all_quoted(list))
        .unwrap_or_default();
    let mut hint = if allowed.is_empty() {
        t!(DATA_YAML_REMOVE_KEY)
    } else {
        t!(DATA_YAML_KEYS_ALLOWED, keys = allowed.join(", "))
    };
    if let Some(best) = closest(key, &allowed) {
        hint = t!(DATA_YAML_DID_YOU_MEAN, key = best, then = hint);
    }
    (t!(DATA_YAML_UNKNOWN_KEY, key = key), hint)
}

/// The allowed key nearest to a misspelt one, when it is near enough to be a typo.
fn closest<'a>(key: &str, allowed: &[&'a str]) -> Option<&'a str> {
    crate::text::nearest(key, allowed)
}

fn invalid_type(rest: &str) -> (Text, Text) {
    let (found, expected) = rest
        .split_once(", expected ")
        .unwrap_or((rest, "another kind of value"));
    let found = describe_found(found);
    let (expected, hint) = describe_expected(expected);
    (
        t!(
            DATA_YAML_FOUND_WHERE,
            found = found,
            expected = t!(expected)
        ),
        t!(hint),
    )
}

/// What the library found, in words; a value it quotes is shown as it is.
fn describe_found(found: &str) -> Text {
    if let Some(s) = found.strip_prefix("string ") {
        return t!(DATA_YAML_FOUND_TEXT, text = s);
    }
    for lib in ["integer ", "floating point "] {
        if let Some(v) = found.strip_prefix(lib) {
            return t!(DATA_YAML_FOUND_NUMBER, n = v.trim_matches('`'));
        }
    }
    if let Some(v) = found.strip_prefix("boolean ") {
        // `true` or `false`, the same in every language.
        return Text::verbatim(v.trim_matches('`'));
    }
    match found {
        "sequence" => t!(DATA_YAML_A_LIST),
        "map" => t!(DATA_YAML_A_MAPPING),
        "unit value" => t!(DATA_YAML_EMPTY_VALUE),
        // A kind the library names that is not described here: its own word.
        other => Text::verbatim(other),
    }
}

/// What belongs where the value was found, in words, and the hint.
fn describe_expected(expected: &str) -> (Phrase, Phrase) {
    if expected.starts_with("struct ") || expected == "a map" || expected == "a mapping" {
        return (DATA_YAML_A_MAPPING, DATA_YAML_WRITE_MAPPING);
    }
    match expected {
        "a sequence" => (DATA_YAML_A_LIST, DATA_YAML_WRITE_LIST),
        "a string" | "a single value (text or a number)" => {
            (DATA_YAML_A_SINGLE_VALUE, DATA_YAML_WRITE_ONE_VALUE)
        }
        "a number" => (DATA_YAML_A_NUMBER, DATA_WRITE_NUMBER),
        "a boolean" => (DATA_YAML_TRUE_OR_FALSE, DATA_YAML_WRITE_BOOL),
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" => {
            (DATA_YAML_WHOLE_NUMBER, DATA_YAML_WRITE_WHOLE)
        }
        _ => (DATA_YAML_OTHER_KIND, DATA_YAML_CHECK_DOCS),
    }
}

pub(crate) fn is_syntax(what: &str) -> bool {
    !what.contains('`') || what.contains("found character")
}

pub(crate) fn syntax_hint(what: &str) -> Phrase {
    if what.contains("mapping values are not allowed") {
        DATA_YAML_QUOTE_COLON
    } else if what.contains("tab") || what.contains("cannot start any token") {
        DATA_YAML_NO_TABS
    } else if what.contains("expected ',' or ']'") || what.contains("expected ',' or '}'") {
        DATA_YAML_NOT_CLOSED
    } else if what.contains("quoted scalar") || what.contains("end of stream") {
        DATA_YAML_QUOTE_OPEN
    } else if what.contains("alias") || what.contains("anchor") {
        DATA_YAML_QUOTE_STAR
    } else {
        DATA_YAML_INDENT
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
        assert_eq!((d.line, d.column), (Some(2), Some(1)));
        assert!(d.message.contains("indented with a tab"), "{}", &*d.message);
        assert!(d.hint.contains("spaces"), "{}", &*d.hint);
    }

    #[test]
    fn an_unclosed_quote_is_placed_where_it_opens() {
        let d = diag("clusters:\n  - id: \"a\n    leader: p1\n  - id: b\n");
        assert_eq!((d.line, d.column), (Some(2), Some(9)));
        assert!(d.hint.contains("quotation mark"), "{}", &*d.hint);
    }

    #[test]
    fn near_misses_are_found() {
        assert_eq!(closest("mebers", &["members", "leader"]), Some("members"));
        assert_eq!(closest("ttile", &["title", "year"]), Some("title"));
        assert_eq!(closest("zzz", &["title", "year"]), None);
    }
}
