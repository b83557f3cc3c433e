//! Exact points: fixed-point hundredths (SPEC §4: never binary floats).

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};

/// A number of points, kept as a whole number of hundredths so that every sum and
/// comparison is exact: 0.1 + 0.2 is 0.3, and totals equal on paper are a tie.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Points(i64);

/// Why a text is not a valid number of points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PointsError {
    /// Not a number at all.
    NotANumber,
    /// More than two digits after the decimal separator.
    TooManyDecimals,
    /// Too large to be a score.
    TooLarge,
}

impl fmt::Display for PointsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PointsError::NotANumber => "is not a number",
            PointsError::TooManyDecimals => "has more than two digits after the decimal point",
            PointsError::TooLarge => "is too large",
        })
    }
}

impl Points {
    /// Zero points.
    pub const ZERO: Points = Points(0);

    /// From a whole number of hundredths.
    pub const fn from_hundredths(h: i64) -> Self {
        Points(h)
    }

    /// From a whole number of points.
    pub const fn from_int(n: i64) -> Self {
        Points(n * 100)
    }

    /// The value in hundredths.
    pub const fn hundredths(self) -> i64 {
        self.0
    }

    /// Parses `9.5`, `-2`, `10.25`; with `decimal_comma`, `9,5` too. Surrounding spaces are
    /// ignored. A third decimal is an error, never rounded.
    pub fn parse(text: &str, decimal_comma: bool) -> Result<Points, PointsError> {
        let t = text.trim();
        let (negative, digits) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        let sep = |c: char| c == '.' || (decimal_comma && c == ',');
        let (int_part, frac_part) = match digits.find(sep) {
            Some(i) => (&digits[..i], &digits[i + 1..]),
            None => (digits, ""),
        };
        let has_sep = digits.find(sep).is_some();
        if (int_part.is_empty() && frac_part.is_empty())
            || !int_part.bytes().all(|b| b.is_ascii_digit())
            || !frac_part.bytes().all(|b| b.is_ascii_digit())
            || (has_sep && frac_part.is_empty() && int_part.is_empty())
        {
            return Err(PointsError::NotANumber);
        }
        let frac_trimmed = frac_part.trim_end_matches('0');
        if frac_trimmed.len() > 2 {
            return Err(PointsError::TooManyDecimals);
        }
        if int_part.len() > 12 {
            return Err(PointsError::TooLarge);
        }
        let whole: i64 = if int_part.is_empty() {
            0
        } else {
            int_part.parse().map_err(|_| PointsError::TooLarge)?
        };
        let mut frac: i64 = 0;
        for (i, b) in frac_trimmed.bytes().enumerate() {
            frac += i64::from(b - b'0') * if i == 0 { 10 } else { 1 };
        }
        let h = whole * 100 + frac;
        Ok(Points(if negative { -h } else { h }))
    }

    /// From a YAML/JSON number. Integers are exact; a float is accepted only when it is a
    /// value with at most two decimals (its shortest decimal form decides).
    pub fn from_f64(v: f64) -> Result<Points, PointsError> {
        if !v.is_finite() {
            return Err(PointsError::NotANumber);
        }
        if v.abs() > 1e12 {
            return Err(PointsError::TooLarge);
        }
        Points::parse(&format!("{v}"), false)
    }

    /// The plain decimal form with a point and no trailing zeros: `93.5`, `100`, `0.25`.
    /// This is what JSON, CSV and iCalendar carry.
    pub fn to_plain(self) -> String {
        self.format('.')
    }

    /// The form Vietnamese readers expect: decimal comma, dot between thousands
    /// (`93,5`, `1.250`, `1.250,75`).
    pub fn to_vi(self) -> String {
        self.written('.', ',')
    }

    /// The form English readers expect: decimal point, comma between thousands (`93.5`,
    /// `1,250`, `1,250.75`).
    pub fn to_en(self) -> String {
        self.written(',', '.')
    }

    fn format(self, sep: char) -> String {
        self.written_grouped(None, sep)
    }

    /// The value with `thousands` between groups of three digits and `decimal` before the
    /// hundredths (one digit when the second is 0, none when both are).
    fn written(self, thousands: char, decimal: char) -> String {
        self.written_grouped(Some(thousands), decimal)
    }

    /// Writes the value in one pass, with no string in between (pages print many thousands).
    fn written_grouped(self, thousands: Option<char>, decimal: char) -> String {
        let mut out = String::with_capacity(12);
        self.push_grouped(&mut out, thousands, decimal);
        out
    }

    /// Appends the plain decimal form (`93.5`, `100`, `-0.25`) to `out`: what [`Points::to_plain`]
    /// returns, for writers of large files that keep one buffer.
    pub fn push_plain(self, out: &mut String) {
        self.push_grouped(out, None, '.');
    }

    /// Appends the Vietnamese form ([`Points::to_vi`]) to `out`.
    pub fn push_vi(self, out: &mut String) {
        self.push_grouped(out, Some('.'), ',');
    }

    /// Appends the English form ([`Points::to_en`]) to `out`.
    pub fn push_en(self, out: &mut String) {
        self.push_grouped(out, Some(','), '.');
    }

    fn push_grouped(self, out: &mut String, thousands: Option<char>, decimal: char) {
        let a = self.0.unsigned_abs();
        let (whole, frac) = (a / 100, a % 100);
        let mut digits = [0u8; 20];
        let mut n = 0;
        let mut v = whole;
        loop {
            digits[n] = b'0' + (v % 10) as u8;
            n += 1;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        if self.0 < 0 {
            out.push('-');
        }
        for i in (0..n).rev() {
            if let Some(t) = thousands
                && i + 1 < n
                && (i + 1).is_multiple_of(3)
            {
                out.push(t);
            }
            out.push(char::from(digits[i]));
        }
        if frac != 0 {
            out.push(decimal);
            out.push(char::from(b'0' + (frac / 10) as u8));
            if !frac.is_multiple_of(10) {
                out.push(char::from(b'0' + (frac % 10) as u8));
            }
        }
    }

    /// The value as a float, for drawing charts only (never for arithmetic).
    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

/// Groups an integer's digits by thousands with dots: `1250` → `1.250`.
pub fn group_thousands(digits: &str) -> String {
    group_thousands_with(digits, '.')
}

/// Groups an integer's digits by thousands with `sep`.
pub fn group_thousands_with(digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

impl fmt::Display for Points {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_plain())
    }
}

impl Add for Points {
    type Output = Points;
    fn add(self, o: Points) -> Points {
        Points(self.0 + o.0)
    }
}
impl AddAssign for Points {
    fn add_assign(&mut self, o: Points) {
        self.0 += o.0;
    }
}
impl Sub for Points {
    type Output = Points;
    fn sub(self, o: Points) -> Points {
        Points(self.0 - o.0)
    }
}
impl SubAssign for Points {
    fn sub_assign(&mut self, other: Points) {
        self.0 -= other.0;
    }
}

impl Neg for Points {
    type Output = Points;
    fn neg(self) -> Points {
        Points(-self.0)
    }
}
impl Sum for Points {
    fn sum<I: Iterator<Item = Points>>(iter: I) -> Points {
        iter.fold(Points::ZERO, Add::add)
    }
}

/// JSON carries points as exact numbers: an integer when whole (`100`), else the shortest
/// decimal (`93.5`), never `93.49999999`.
impl serde::Serialize for Points {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0 % 100 == 0 {
            s.serialize_i64(self.0 / 100)
        } else {
            // Hundredths divided by 100 round to the nearest double, whose shortest
            // representation is exactly the two-decimal value.
            s.serialize_f64(self.as_f64())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Points {
        Points::parse(s, false).unwrap()
    }

    #[test]
    fn parses_and_rejects() {
        assert_eq!(p("9.5"), Points::from_hundredths(950));
        assert_eq!(p(" 10 "), Points::from_int(10));
        assert_eq!(p("0.25"), Points::from_hundredths(25));
        assert_eq!(p("-2"), Points::from_int(-2));
        assert_eq!(p("1.50"), Points::from_hundredths(150));
        assert_eq!(p("1.500"), Points::from_hundredths(150));
        assert_eq!(p(".5"), Points::from_hundredths(50));
        assert_eq!(Points::parse("9,5", true), Ok(Points::from_hundredths(950)));
        assert_eq!(Points::parse("9,5", false), Err(PointsError::NotANumber));
        assert_eq!(
            Points::parse("1.255", false),
            Err(PointsError::TooManyDecimals)
        );
        for bad in ["", "abc", "1e3", "1..2", "-", ".", "1.2.3", "NaN", "½"] {
            assert!(Points::parse(bad, false).is_err(), "{bad}");
        }
    }

    #[test]
    fn sums_are_exact() {
        assert_eq!(p("0.1") + p("0.2"), p("0.3"));
        let many: Points = std::iter::repeat_n(p("0.01"), 1000).sum();
        assert_eq!(many, p("10"));
    }

    #[test]
    fn formats_for_machines_and_people() {
        assert_eq!(p("93.5").to_plain(), "93.5");
        assert_eq!(p("100").to_plain(), "100");
        assert_eq!(p("0.05").to_plain(), "0.05");
        assert_eq!(p("-3.25").to_plain(), "-3.25");
        assert_eq!(p("93.5").to_vi(), "93,5");
        assert_eq!(p("1250").to_vi(), "1.250");
        assert_eq!(p("1250.75").to_vi(), "1.250,75");
        assert_eq!(p("-1250.5").to_vi(), "-1.250,5");
    }

    /// The formatting as it was first written (through `format!`), to check the one-pass
    /// writer against.
    fn reference(v: Points, sep: char, grouped: Option<char>) -> String {
        let sign = if v.0 < 0 { "-" } else { "" };
        let a = v.0.unsigned_abs();
        let (whole, frac) = (a / 100, a % 100);
        let whole = match grouped {
            Some(g) => group_thousands_with(&whole.to_string(), g),
            None => whole.to_string(),
        };
        match frac {
            0 => format!("{sign}{whole}"),
            f if f % 10 == 0 => format!("{sign}{whole}{sep}{}", f / 10),
            f => format!("{sign}{whole}{sep}{f:02}"),
        }
    }

    #[test]
    fn one_pass_writing_matches_the_reference() {
        let mut values: Vec<i64> = (-250_000..250_000).collect();
        values.extend([
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
            123_456_789_012,
            -100_000_000,
            99_999_999_999,
        ]);
        for v in values {
            let p = Points(v);
            assert_eq!(p.to_plain(), reference(p, '.', None), "{v}");
            assert_eq!(p.to_vi(), reference(p, ',', Some('.')), "{v}");
            assert_eq!(p.to_en(), reference(p, '.', Some(',')), "{v}");
        }
    }

    #[test]
    fn json_numbers_are_exact() {
        let v =
            serde_json::to_string(&[p("93.5"), p("100"), p("0.1"), p("93.49"), p("0.07")]).unwrap();
        assert_eq!(v, "[93.5,100,0.1,93.49,0.07]");
    }

    #[test]
    fn floats_from_yaml() {
        assert_eq!(Points::from_f64(9.5), Ok(p("9.5")));
        assert_eq!(
            Points::from_f64(0.1 + 0.2).unwrap_err(),
            PointsError::TooManyDecimals
        );
        assert_eq!(Points::from_f64(1.255), Err(PointsError::TooManyDecimals));
    }
}
