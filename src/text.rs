//! Small text rules shared by every stage: NFC normalisation and identifier checks.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Normalises text to NFC (SPEC §2), cheaply when it already is.
pub fn nfc(s: &str) -> String {
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => s.to_string(),
        _ => s.nfc().collect(),
    }
}

/// True for a valid identifier: lowercase ASCII letters, digits and `-`, not empty (SPEC §3).
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The hint that goes with an invalid identifier.
pub const ID_HINT: &str =
    "use only lowercase ASCII letters, digits and '-' (for example: phuong-12)";

/// The first character of `s` that prints nothing but can make two names look alike or
/// reorder what is shown (zero-width characters, bidirectional controls, the soft hyphen), with
/// its byte offset and a description for people (SPEC §10).
pub fn invisible_char(s: &str) -> Option<(usize, &'static str)> {
    s.char_indices().find_map(|(i, c)| {
        let what = match c {
            '\u{200B}' => "a zero-width space (U+200B)",
            '\u{200C}' => "a zero-width non-joiner (U+200C)",
            '\u{200D}' => "a zero-width joiner (U+200D)",
            '\u{2060}' => "a word joiner (U+2060)",
            '\u{FEFF}' => "a zero-width no-break space (U+FEFF)",
            '\u{00AD}' => "a soft hyphen (U+00AD)",
            '\u{200E}' | '\u{200F}' | '\u{061C}' => "a direction mark (U+200E, U+200F or U+061C)",
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                "a bidirectional control character (U+202A–U+202E, U+2066–U+2069)"
            }
            _ => return None,
        };
        Some((i, what))
    })
}

/// The message and hint for a name holding an invisible character (see [`invisible_char`]):
/// `whose` says what the name is ("the unit `p12`").
pub fn invisible_message(whose: &str, what: &str) -> (String, String) {
    (
        format!(
            "the name of {whose} holds {what}, which cannot be seen but makes it a different name"
        ),
        "delete the character (retype the name by hand rather than pasting it)".to_string(),
    )
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        for ok in ["p12", "cum-1", "bien-hoa-2023"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in ["", "../x", "A B", "P12", "p_1", "phường"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn invisible_characters_are_found() {
        assert_eq!(invisible_char("Phường 12"), None);
        assert_eq!(invisible_char("Phường\u{200B} 12").map(|x| x.0), Some(9));
        assert!(
            invisible_char("A\u{202E}B")
                .unwrap()
                .1
                .contains("bidirectional")
        );
    }

    #[test]
    fn nfc_joins_combining_marks() {
        let decomposed = "Ho\u{0300}a";
        assert_eq!(nfc(decomposed), "Hòa");
    }
}
