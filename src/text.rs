//! Small text rules shared by every stage: NFC normalisation and identifier checks.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Normalises text to NFC (SPEC §2), cheaply when it already is.
pub fn nfc(s: &str) -> String {
    if plainly_nfc(s) {
        return s.to_string();
    }
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => s.to_string(),
        _ => s.nfc().collect(),
    }
}

/// True when every character of `s` is one NFC leaves as it is wherever it stands: below
/// U+0300 (ASCII, Latin-1, Latin Extended-A and -B, IPA) or in Latin Extended Additional
/// (U+1E00–U+1EFF, where the letters with two marks live: ầ ở ự …). None of them combines
/// with a neighbour or is a combining mark, so a text of them is NFC; the test below checks
/// every pair against the library. Vietnamese typed in NFC is only these, and a byte scan
/// reads it several times faster than the general check, which looks every character up.
pub fn plainly_nfc(s: &str) -> bool {
    // In UTF-8 those characters are the bytes below 0xCC that lead or continue a character,
    // and 0xE1 followed by 0xB8–0xBB; every other lead byte starts a character outside them.
    // Each byte is looked at with the one after it, 64 at a time without a branch: Vietnamese
    // has a letter beyond ASCII every few bytes, and a test per character mispredicts.
    fn outside(byte: u8, next: u8) -> bool {
        (byte >= 0xcc && byte != 0xe1) | (byte == 0xe1 && !(0xb8..=0xbb).contains(&next))
    }
    let b = s.as_bytes();
    let Some(&last) = b.last() else {
        return true;
    };
    let mut i = 0;
    while i + 1 < b.len() {
        let end = (i + 64).min(b.len() - 1);
        let mut any = false;
        for k in i..end {
            any |= outside(b[k], b[k + 1]);
        }
        if any {
            return false;
        }
        i = end;
    }
    !outside(last, 0)
}

/// True for a valid identifier: lowercase ASCII letters, digits and `-`, not empty (SPEC §3).
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A character that prints nothing but can make two names look alike or reorder what is
/// shown (SPEC §10). [`crate::diag::invisible`] says which in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invisible {
    /// U+200B.
    ZeroWidthSpace,
    /// U+200C.
    ZeroWidthNonJoiner,
    /// U+200D.
    ZeroWidthJoiner,
    /// U+2060.
    WordJoiner,
    /// U+FEFF, the byte-order mark inside a text.
    NoBreakSpace,
    /// U+00AD.
    SoftHyphen,
    /// U+200E, U+200F, U+061C.
    DirectionMark,
    /// U+202A–U+202E, U+2066–U+2069.
    BidiControl,
}

/// The first character of `s` that cannot be seen, with its byte offset.
pub fn invisible(s: &str) -> Option<(usize, Invisible)> {
    s.char_indices().find_map(|(i, c)| {
        let what = match c {
            '\u{200B}' => Invisible::ZeroWidthSpace,
            '\u{200C}' => Invisible::ZeroWidthNonJoiner,
            '\u{200D}' => Invisible::ZeroWidthJoiner,
            '\u{2060}' => Invisible::WordJoiner,
            '\u{FEFF}' => Invisible::NoBreakSpace,
            '\u{00AD}' => Invisible::SoftHyphen,
            '\u{200E}' | '\u{200F}' | '\u{061C}' => Invisible::DirectionMark,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Invisible::BidiControl,
            _ => return None,
        };
        Some((i, what))
    })
}

/// The choice nearest to a misspelt `word`, when it is near enough to be a slip: the same
/// letters in another case or with `_`, `-` or spaces dropped (`baseURL` for `base_url`), or
/// at most two letters off (a quarter of a long word: `titel` for `title`).
pub fn nearest<'a>(word: &str, choices: &[&'a str]) -> Option<&'a str> {
    let squeeze = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, '_' | '-' | ' '))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let word = squeeze(word);
    if let Some(same) = choices.iter().find(|c| squeeze(c) == word) {
        return Some(same);
    }
    choices
        .iter()
        .map(|c| (edit_distance(&word, &squeeze(c)), *c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4))
        .min()
        .map(|(_, c)| c)
}

/// The number of letters to insert, delete or change to turn `a` into `b`.
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

/// Appends the decimal digits of `n` to `out` (for writers of large files that keep one
/// buffer: no formatting machinery, no string in between).
pub fn push_int(out: &mut String, n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut v = n;
    loop {
        i -= 1;
        digits[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&digits[i..]).expect("ASCII digits"));
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    push_escaped(&mut out, s);
    out
}

/// Appends `s` to `out` escaped as [`escape_html`] does (the same five characters, the same
/// entities as the templates' own escaping), copying the runs between them whole.
pub fn push_escaped(out: &mut String, s: &str) {
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        out.push_str(entity);
        from = i + 1;
    }
    out.push_str(&s[from..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_scan_agrees_with_the_library_on_every_pair() {
        let chars: Vec<char> = (0..0x300u32)
            .chain(0x1e00..0x1f00)
            .filter_map(char::from_u32)
            .collect();
        let mut pair = String::new();
        for &a in &chars {
            for &b in &chars {
                pair.clear();
                pair.push(a);
                pair.push(b);
                assert!(plainly_nfc(&pair));
                assert!(pair.nfc().eq(pair.chars()), "{a:?}{b:?}");
            }
        }
        // Exactly those characters, wherever they stand.
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            let inside = c < '\u{300}' || ('\u{1e00}'..='\u{1eff}').contains(&c);
            for text in [format!("{c}"), format!("a{c}"), format!("{c}ờ{c}b")] {
                assert_eq!(plainly_nfc(&text), inside, "{c:?} in {text:?}");
            }
        }
        // Outside those ranges the general check decides.
        for s in ["e\u{301}", "\u{2000}", "Ω", "\u{1f600}"] {
            assert!(!plainly_nfc(s), "{s:?}");
        }
        assert_eq!(nfc("Nguye\u{302}\u{303}n"), "Nguyễn");
        assert_eq!(nfc("Đoàn Thị Ước"), "Đoàn Thị Ước");
    }

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
        assert_eq!(invisible("Phường 12"), None);
        assert_eq!(invisible("Phường\u{200B} 12").map(|x| x.0), Some(9));
        assert_eq!(
            invisible("A\u{202E}B").map(|x| x.1),
            Some(Invisible::BidiControl)
        );
    }

    #[test]
    fn near_misses_find_the_word_meant() {
        let keys = ["title", "base_url", "language", "languages", "theme"];
        assert_eq!(nearest("baseURL", &keys), Some("base_url"));
        assert_eq!(nearest("titel", &keys), Some("title"));
        assert_eq!(nearest("Language", &keys), Some("language"));
        assert_eq!(nearest("langauges", &keys), Some("languages"));
        assert_eq!(nearest("footer", &keys), None);
    }

    #[test]
    fn nfc_joins_combining_marks() {
        let decomposed = "Ho\u{0300}a";
        assert_eq!(nfc(decomposed), "Hòa");
    }
}
