//! Text that is not UTF-8 (SPEC §7.2): what spreadsheets and old Vietnamese Windows write.
//!
//! UTF-8 (with or without a BOM) is read as it is and always wins: bytes that are valid UTF-8
//! are never read any other way, nor is a UTF-8 file with a few broken bytes (an error). Otherwise a UTF-16 BOM (Excel's "Unicode Text") says UTF-16;
//! bytes that are not UTF-8 are read as Windows-1258 (what a Vietnamese Windows saves as
//! "CSV"), unless they look like one of the old font encodings: TCVN3 (ABC), whose letters
//! are converted here, or VNI, which is refused with the way to convert it. The caller warns
//! about every encoding but UTF-8.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1258};

/// The encoding a text file was read in, when it was not UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-16, little-endian, with a BOM.
    Utf16Le,
    /// UTF-16, big-endian, with a BOM.
    Utf16Be,
    /// Windows-1258 (Vietnamese Windows).
    Windows1258,
    /// TCVN3 (ABC), the old Vietnamese font encoding; converted.
    Tcvn3,
    /// VNI Windows, the other old font encoding; not converted.
    Vni,
}

impl Encoding {
    /// The encoding's name as people know it.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf16Le => "UTF-16 LE",
            Encoding::Utf16Be => "UTF-16 BE",
            Encoding::Windows1258 => "Windows-1258",
            Encoding::Tcvn3 => "TCVN3 (ABC)",
            Encoding::Vni => "VNI",
        }
    }
}

/// What [`decode`] found.
#[derive(Debug)]
pub enum Decoded<'b> {
    /// UTF-8, the BOM dropped: the text as it is.
    Utf8(&'b str),
    /// Another encoding, read into this text.
    Other(String, Encoding),
    /// An encoding that is recognised but not read (VNI).
    Refused(Encoding),
    /// Not text (it holds NUL), or UTF-8 with some broken bytes.
    Invalid,
}

/// Decodes the bytes of a text file (see the module's comment).
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match simdutf8::basic::from_utf8(rest) {
            Ok(s) => Decoded::Utf8(s),
            Err(_) => Decoded::Invalid,
        };
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        let (text, _) = UTF_16LE.decode_without_bom_handling(rest);
        return Decoded::Other(text.into_owned(), Encoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        let (text, _) = UTF_16BE.decode_without_bom_handling(rest);
        return Decoded::Other(text.into_owned(), Encoding::Utf16Be);
    }
    if let Ok(s) = simdutf8::basic::from_utf8(bytes) {
        return Decoded::Utf8(s);
    }
    if bytes.contains(&0) || mostly_utf8(bytes) {
        return Decoded::Invalid;
    }
    match single_byte_guess(bytes) {
        Encoding::Tcvn3 => {
            Decoded::Other(bytes.iter().map(|&b| tcvn3(b)).collect(), Encoding::Tcvn3)
        }
        Encoding::Vni => Decoded::Refused(Encoding::Vni),
        other => {
            let (text, _) = WINDOWS_1258.decode_without_bom_handling(bytes);
            Decoded::Other(text.into_owned(), other)
        }
    }
}

/// True when bytes that are not valid UTF-8 still hold UTF-8 letters beyond ASCII, at least one
/// for every four broken sequences: a UTF-8 file with some bad bytes (a line pasted from another
/// file), not a file in another encoding, whose letters hardly ever form valid UTF-8.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut letters, mut broken) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        letters += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        broken += usize::from(!chunk.invalid().is_empty());
    }
    letters > 0 && letters * 4 >= broken
}

/// Which single-byte encoding bytes that are not UTF-8 are in, from the bytes above 127:
/// TCVN3 puts most Vietnamese letters in 0xA1–0xBF (symbols in Windows-1258, rare in its
/// Vietnamese text); VNI writes marks as bytes that are Latin letters Vietnamese never uses
/// (ö ø ï û ñ å ä …).
fn single_byte_guess(bytes: &[u8]) -> Encoding {
    let high: Vec<u8> = bytes.iter().copied().filter(|&b| b >= 0x80).collect();
    let share = |set: &dyn Fn(u8) -> bool| {
        high.iter().filter(|&&b| set(b)).count() * 100 / high.len().max(1)
    };
    if share(&|b| (0xA1..=0xBF).contains(&b)) >= 25 {
        Encoding::Tcvn3
    } else if share(&|b| VNI_MARKS.contains(&b)) >= 25 {
        Encoding::Vni
    } else {
        Encoding::Windows1258
    }
}

/// Bytes of VNI's marks and letters that Windows-1258 Vietnamese text does not use.
const VNI_MARKS: [u8; 14] = [
    0xE4, 0xE5, 0xEF, 0xF1, 0xF6, 0xF8, 0xFB, 0xC4, 0xC5, 0xCF, 0xD1, 0xD6, 0xD8, 0xDB,
];

/// The TCVN3 (ABC) letters: byte, then the letter. The capitals with tone marks were written
/// with the same bytes in a capital font, so they read as small letters.
const TCVN3: [(u8, char); 74] = [
    (0xA1, 'Ă'),
    (0xA2, 'Â'),
    (0xA3, 'Ê'),
    (0xA4, 'Ô'),
    (0xA5, 'Ơ'),
    (0xA6, 'Ư'),
    (0xA7, 'Đ'),
    (0xA8, 'ă'),
    (0xA9, 'â'),
    (0xAA, 'ê'),
    (0xAB, 'ô'),
    (0xAC, 'ơ'),
    (0xAD, 'ư'),
    (0xAE, 'đ'),
    (0xB5, 'à'),
    (0xB6, 'ả'),
    (0xB7, 'ã'),
    (0xB8, 'á'),
    (0xB9, 'ạ'),
    (0xBB, 'ằ'),
    (0xBC, 'ẳ'),
    (0xBD, 'ẵ'),
    (0xBE, 'ắ'),
    (0xC6, 'ặ'),
    (0xC7, 'ầ'),
    (0xC8, 'ẩ'),
    (0xC9, 'ẫ'),
    (0xCA, 'ấ'),
    (0xCB, 'ậ'),
    (0xCC, 'è'),
    (0xCE, 'ẻ'),
    (0xCF, 'ẽ'),
    (0xD0, 'é'),
    (0xD1, 'ẹ'),
    (0xD2, 'ề'),
    (0xD3, 'ể'),
    (0xD4, 'ễ'),
    (0xD5, 'ế'),
    (0xD6, 'ệ'),
    (0xD7, 'ì'),
    (0xD8, 'ỉ'),
    (0xDC, 'ĩ'),
    (0xDD, 'í'),
    (0xDE, 'ị'),
    (0xDF, 'ò'),
    (0xE1, 'ỏ'),
    (0xE2, 'õ'),
    (0xE3, 'ó'),
    (0xE4, 'ọ'),
    (0xE5, 'ồ'),
    (0xE6, 'ổ'),
    (0xE7, 'ỗ'),
    (0xE8, 'ố'),
    (0xE9, 'ộ'),
    (0xEA, 'ờ'),
    (0xEB, 'ở'),
    (0xEC, 'ỡ'),
    (0xED, 'ớ'),
    (0xEE, 'ợ'),
    (0xEF, 'ù'),
    (0xF1, 'ủ'),
    (0xF2, 'ũ'),
    (0xF3, 'ú'),
    (0xF4, 'ụ'),
    (0xF5, 'ừ'),
    (0xF6, 'ử'),
    (0xF7, 'ữ'),
    (0xF8, 'ứ'),
    (0xF9, 'ự'),
    (0xFA, 'ỳ'),
    (0xFB, 'ỷ'),
    (0xFC, 'ỹ'),
    (0xFD, 'ý'),
    (0xFE, 'ỵ'),
];

/// One TCVN3 byte as a character: ASCII as it is, a letter from [`TCVN3`], any other byte as
/// Windows-1258 has it.
fn tcvn3(b: u8) -> char {
    if b < 0x80 {
        return b as char;
    }
    match TCVN3.binary_search_by_key(&b, |&(k, _)| k) {
        Ok(i) => TCVN3[i].1,
        Err(_) => WINDOWS_1258
            .decode_without_bom_handling(&[b])
            .0
            .chars()
            .next()
            .unwrap_or('\u{FFFD}'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn other(bytes: &[u8]) -> (String, Encoding) {
        match decode(bytes) {
            Decoded::Other(s, e) => (s, e),
            d => panic!("{d:?}"),
        }
    }

    #[test]
    fn utf8_always_wins() {
        let text = "Đơn vị,Phường 12,Xã Hòa An — µ·¸»\n";
        assert!(matches!(decode(text.as_bytes()), Decoded::Utf8(s) if s == text));
        let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        assert!(matches!(decode(&bom), Decoded::Utf8(s) if s == text));
    }

    #[test]
    fn utf16_with_either_bom() {
        let text = "Đơn vị\tĐiểm\r\nPhường 12\t9,5\r\n";
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(other(&le), (text.to_string(), Encoding::Utf16Le));
        assert_eq!(other(&be), (text.to_string(), Encoding::Utf16Be));
    }

    #[test]
    fn windows_1258() {
        // "Đơn vị,Phường 12,Hòa An,điểm thưởng" as Windows writes it: tone marks combining.
        let bytes =
            b"\xD0\xF5n vi\xF2,Ph\xFD\xF5\xCCng 12,Ho\xCCa An,\xF0i\xEA\xD2m th\xFD\xF5\xD2ng\n";
        let (read, e) = other(bytes);
        assert_eq!(e, Encoding::Windows1258);
        assert_eq!(
            crate::text::nfc(&read),
            "Đơn vị,Phường 12,Hòa An,điểm thưởng\n"
        );
    }

    #[test]
    fn tcvn3_is_converted() {
        // "Phường 12,Đơn vị,Xã Hòa An,điểm thưởng" in TCVN3 (ABC).
        let bytes = b"Ph\xAD\xEAng 12,\xA7\xACn v\xDE,X\xB7 H\xDFa An,\xAEi\xD3m th\xAD\xEBng\n";
        let (read, e) = other(bytes);
        assert_eq!(e, Encoding::Tcvn3);
        assert_eq!(read, "Phường 12,Đơn vị,Xã Hòa An,điểm thưởng\n");
    }

    #[test]
    fn vni_is_refused() {
        // "Phường 12,Cộng hòa" in VNI: ư = ö, ơ = ô, huyền = ø; ộ = o + ä.
        let bytes = b"Ph\xF6\xF4\xF8ng 12,Co\xE4ng ho\xF8a\n";
        assert!(matches!(decode(bytes), Decoded::Refused(Encoding::Vni)));
    }

    #[test]
    fn utf8_with_a_few_bad_bytes_is_not_read_another_way() {
        let mut bytes = "title: Kế hoạch thi đua năm 2024\n".as_bytes().to_vec();
        bytes.extend(b"Ph\xe1t \xf0\xf4ng phong tr\xe0o.\n");
        assert!(matches!(decode(&bytes), Decoded::Invalid));
    }

    #[test]
    fn nul_bytes_are_not_text() {
        assert!(matches!(decode(b"PK\x03\x04\x00\xff"), Decoded::Invalid));
    }
}
