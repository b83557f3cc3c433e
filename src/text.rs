//! Small text rules shared by every stage: NFC normalisation and identifier checks.

use unicode_normalization::{UnicodeNormalization, is_nfc_quick, IsNormalized};

/// Normalises text to NFC (SPEC §2), cheaply when it already is.
pub fn nfc(s: &str) -> String {
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => s.to_string(),
        _ => s.nfc().collect(),
    }
}

/// True for a valid identifier: lowercase ASCII letters, digits and `-`, not empty (SPEC §3).
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The hint that goes with an invalid identifier.
pub const ID_HINT: &str = "use only lowercase ASCII letters, digits and '-' (for example: phuong-12)";

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
