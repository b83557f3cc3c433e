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
    fn nfc_joins_combining_marks() {
        let decomposed = "Ho\u{0300}a";
        assert_eq!(nfc(decomposed), "Hòa");
    }
}
