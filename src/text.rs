//! Small text rules shared by every stage: NFC normalisation and identifier checks.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::diag::text::Phrase;
use crate::diag::{Lang, Text};

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

/// The English of the hint that goes with an invalid identifier: messages use the phrase
/// [`crate::diag::catalogue::site::ID_HINT`]; this stays only for the callers that still
/// build their messages from English text (`src/load/data/`, until its move to the catalogue).
pub const ID_HINT: &str = crate::diag::catalogue::site::ID_HINT.en;

/// The first character of `s` that prints nothing but can make two names look alike or
/// reorder what is shown (zero-width characters, bidirectional controls, the soft hyphen), with
/// its byte offset and a description for people (SPEC §10).
pub fn invisible(s: &str) -> Option<(usize, Phrase)> {
    use crate::diag::catalogue::site as cat;
    s.char_indices().find_map(|(i, c)| {
        let what = match c {
            '\u{200B}' => cat::INVISIBLE_ZERO_WIDTH_SPACE,
            '\u{200C}' => cat::INVISIBLE_ZERO_WIDTH_NON_JOINER,
            '\u{200D}' => cat::INVISIBLE_ZERO_WIDTH_JOINER,
            '\u{2060}' => cat::INVISIBLE_WORD_JOINER,
            '\u{FEFF}' => cat::INVISIBLE_NO_BREAK_SPACE,
            '\u{00AD}' => cat::INVISIBLE_SOFT_HYPHEN,
            '\u{200E}' | '\u{200F}' | '\u{061C}' => cat::INVISIBLE_DIRECTION_MARK,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => cat::INVISIBLE_BIDI_CONTROL,
            _ => return None,
        };
        Some((i, what))
    })
}

/// The message and hint for a name holding an invisible character (see [`invisible`]):
/// `whose` says what the name is ("the unit `p12`"), `what` is the character's phrase.
pub fn invisible_text(whose: impl Into<Text>, what: impl Into<Text>) -> (Text, Text) {
    use crate::diag::catalogue::site::{INVISIBLE_IN_NAME, INVISIBLE_IN_NAME_HINT};
    (
        crate::t!(INVISIBLE_IN_NAME, whose = whose.into(), what = what.into()),
        Text::from(INVISIBLE_IN_NAME_HINT),
    )
}

/// [`invisible`] with the character described in English, for the callers that still build
/// their messages from English text (`src/load/data/`, until its move to the catalogue).
pub fn invisible_char(s: &str) -> Option<(usize, &'static str)> {
    invisible(s).map(|(i, what)| (i, what.en))
}

/// [`invisible_text`] in English, for the same callers as [`invisible_char`].
pub fn invisible_message(whose: &str, what: &str) -> (String, String) {
    let (message, hint) = invisible_text(Text::verbatim(whose), Text::verbatim(what));
    (message.get(Lang::En).into(), hint.get(Lang::En).into())
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
