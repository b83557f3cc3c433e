//! Calendar dates as the documents write them.

use std::fmt;

/// A calendar date (no time zone: documents and schedules use local dates).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2024.
    pub year: i32,
    /// Month 1–12.
    pub month: u32,
    /// Day 1–31.
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking that the day exists in that month.
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year: i32 = s[0..4].parse().ok()?;
        let month: u32 = s[5..7].parse().ok()?;
        let day: u32 = s[8..10].parse().ok()?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Reads a date written day first, as people in Vietnam write it (`20/11/2024`,
    /// `20-11-2024`, `20.11.2024`, `5/3/2024`), to suggest its `YYYY-MM-DD` form in a message.
    pub fn parse_day_first(s: &str) -> Option<Date> {
        let s = s.trim();
        let sep = s.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
        let parts: Vec<&str> = s.split(sep).collect();
        let [day, month, year] = parts.as_slice() else {
            return None;
        };
        if year.len() != 4 || day.is_empty() || day.len() > 2 || month.is_empty() || month.len() > 2
        {
            return None;
        }
        Date::parse(&format!("{year}-{month:0>2}-{day:0>2}"))
    }

    /// The place-and-date line of an official document, as Decree 30/2020 asks: days below
    /// 10 and the months 1 and 2 take a leading zero ("ngày 05 tháng 02 năm 2024",
    /// "ngày 15 tháng 3 năm 2024").
    pub fn to_vi_long(self) -> String {
        let month = if self.month <= 2 {
            format!("{:02}", self.month)
        } else {
            self.month.to_string()
        };
        format!("ngày {:02} tháng {} năm {}", self.day, month, self.year)
    }

    /// Short Vietnamese form: `15/03/2024`.
    pub fn to_vi_short(self) -> String {
        format!("{:02}/{:02}/{}", self.day, self.month, self.year)
    }

    /// The Vietnamese name of the weekday: "thứ Hai" … "thứ Bảy", "Chủ nhật".
    pub fn weekday_vi(self) -> &'static str {
        [
            "Chủ nhật",
            "thứ Hai",
            "thứ Ba",
            "thứ Tư",
            "thứ Năm",
            "thứ Sáu",
            "thứ Bảy",
        ][self.weekday()]
    }

    /// The English name of the weekday.
    pub fn weekday_en(self) -> &'static str {
        [
            "Sunday",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
        ][self.weekday()]
    }

    /// The day of the week, 0 for Sunday to 6 for Saturday.
    pub fn weekday(self) -> usize {
        // Sakamoto's method: 0 = Sunday.
        const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if self.month < 3 {
            self.year - 1
        } else {
            self.year
        };
        let w = (y + y / 4 - y / 100 + y / 400 + T[self.month as usize - 1] + self.day as i32)
            .rem_euclid(7);
        w as usize
    }

    /// The day after.
    pub fn next(self) -> Date {
        if self.day < days_in_month(self.year, self.month) {
            Date {
                day: self.day + 1,
                ..self
            }
        } else if self.month < 12 {
            Date {
                month: self.month + 1,
                day: 1,
                ..self
            }
        } else {
            Date {
                year: self.year + 1,
                month: 1,
                day: 1,
            }
        }
    }

    /// ISO form `2024-03-15`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_written_day_first_are_understood_for_hints() {
        let iso = |s: &str| Date::parse_day_first(s).map(Date::iso);
        assert_eq!(iso("20/11/2024").as_deref(), Some("2024-11-20"));
        assert_eq!(iso("5/3/2024").as_deref(), Some("2024-03-05"));
        assert_eq!(iso("05.03.2024").as_deref(), Some("2024-03-05"));
        assert_eq!(iso("31-12-2024").as_deref(), Some("2024-12-31"));
        assert_eq!(iso("31/02/2024"), None);
        assert_eq!(iso("2024-11-20"), None);
        assert_eq!(iso("20/11/24"), None);
        assert_eq!(iso("20/11"), None);
    }

    #[test]
    fn parse_and_format() {
        let d = Date::parse("2024-03-15").unwrap();
        assert_eq!(d.to_vi_long(), "ngày 15 tháng 3 năm 2024");
        assert_eq!(
            Date::parse("2024-02-05").unwrap().to_vi_long(),
            "ngày 05 tháng 02 năm 2024"
        );
        assert_eq!(
            Date::parse("2023-11-30").unwrap().to_vi_long(),
            "ngày 30 tháng 11 năm 2023"
        );
        assert_eq!(d.to_vi_short(), "15/03/2024");
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2024-13-01").is_none());
        assert!(Date::parse("15/03/2024").is_none());
        assert_eq!(Date::parse("2020-11-20").unwrap().weekday_vi(), "thứ Sáu");
        assert_eq!(Date::parse("2020-11-22").unwrap().weekday_vi(), "Chủ nhật");
        assert_eq!(Date::parse("2024-03-15").unwrap().weekday_vi(), "thứ Sáu");
    }
}
