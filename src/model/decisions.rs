//! From ranking to decision (SPEC §9): whether results are approved, the public comment
//! window counted in working days, the campaign's timeline, and the settings of the draft
//! award decisions and of the certificates printed for the winners.

use super::Date;
use super::document::DocumentMeta;

/// Whether the results are approved yet (`status:`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    /// Approved (the default).
    #[default]
    Final,
    /// Not yet approved: every page that shows them says "Kết quả tạm thời".
    Provisional,
}

impl Status {
    /// `final` or `provisional`, as in the YAML and `results.json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Final => "final",
            Status::Provisional => "provisional",
        }
    }
}

/// The public comment window — "công khai lấy ý kiến" — before the council meets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consultation {
    /// The first day of the window (counted when it is a working day).
    pub from: Date,
    /// How many working days it lasts (Decree 98/2023 Art. 46: at least 10).
    pub working_days: u32,
    /// Where to send comments.
    pub contact: String,
}

impl Consultation {
    /// The last day of the window: its `working_days`-th working day, counting `from` as the
    /// first when it is one (weekends and `holidays` are not).
    pub fn until(&self, holidays: &[Date]) -> Date {
        nth_working_day(self.from, self.working_days, holidays)
    }
}

/// True when `d` is a working day: not a Saturday, a Sunday or one of `holidays`.
pub fn is_working_day(d: Date, holidays: &[Date]) -> bool {
    !matches!(d.weekday(), 0 | 6) && !holidays.contains(&d)
}

/// The `n`-th working day from `from` on, `from` counted when it is one (`n` = 0 is taken
/// as 1). Weekends and holidays are skipped; at most two weeks of holidays in a row are
/// expected, but any number is skipped.
pub fn nth_working_day(from: Date, n: u32, holidays: &[Date]) -> Date {
    let mut day = from;
    let mut left = n.max(1);
    loop {
        if is_working_day(day, holidays) {
            left -= 1;
            if left == 0 {
                return day;
            }
        }
        day = day.next();
    }
}

/// One deadline or event of a campaign (`timeline:`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Milestone {
    /// Its day.
    pub date: Date,
    /// Its time, `HH:MM`, when given.
    pub time: Option<String>,
    /// What happens: "Gửi báo cáo sơ kết 6 tháng".
    pub title: String,
    /// Who does it: "Các đơn vị"; may be empty.
    pub who: String,
}

/// Where one field of a certificate is printed (SPEC §9.4): millimetres from the top left
/// corner of the A4 landscape sheet, a width and a size, so that it lands on the lines of
/// pre-printed certificate paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    /// Millimetres from the top of the sheet.
    pub top: u32,
    /// Millimetres from the left of the sheet.
    pub left: u32,
    /// Width of the line in millimetres (the text is centred on it).
    pub width: u32,
    /// Font size in points.
    pub size: u32,
}

/// The fields a certificate prints, in the order of [`CertificateSettings::places`] and of
/// [`CertificateSettings::default_places`] (a test checks that both have one per field).
pub const CERTIFICATE_FIELDS: [&str; 8] = [
    "issuer",
    "title",
    "award",
    "unit",
    "campaign",
    "year",
    "place_date",
    "signer",
];

/// A campaign's certificates (`certificates:`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateSettings {
    /// The heading, e.g. "GIẤY KHEN"; empty to leave it to the paper.
    pub title: String,
    /// Issuer and signer (taken from `decisions:` when not given here).
    pub document: DocumentMeta,
    /// Where each field goes, one per name of [`CERTIFICATE_FIELDS`].
    pub places: Vec<Placement>,
    /// True when the positions were given: the sheet then prints only the fields, for paper
    /// that carries the rest.
    pub preprinted: bool,
}

impl CertificateSettings {
    /// The default positions: everything centred on the sheet (297 × 210 mm), for plain paper.
    pub fn default_places() -> Vec<Placement> {
        let line = |top, size| Placement {
            top,
            left: 20,
            width: 257,
            size,
        };
        let right = |top| Placement {
            top,
            left: 160,
            width: 117,
            size: 13,
        };
        vec![
            line(22, 14),
            line(40, 32),
            line(64, 15),
            line(84, 24),
            line(104, 14),
            line(116, 14),
            right(138),
            right(146),
        ]
    }

    /// Where the field `name` goes (one of [`CERTIFICATE_FIELDS`]).
    pub fn place(&self, name: &str) -> Placement {
        let i = CERTIFICATE_FIELDS
            .iter()
            .position(|f| *f == name)
            .unwrap_or(0);
        self.places.get(i).copied().unwrap_or(self.places[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_certificate_field_has_its_own_default_place() {
        let places = CertificateSettings::default_places();
        assert_eq!(places.len(), CERTIFICATE_FIELDS.len());
        let mut tops: Vec<(u32, u32)> = places.iter().map(|p| (p.top, p.left)).collect();
        tops.dedup();
        assert_eq!(tops.len(), places.len(), "two fields in one place");
    }

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn the_window_ends_on_its_last_working_day() {
        // Wednesday 20/11/2024 + 10 working days: 20, 21, 22, 25, 26, 27, 28, 29, 2, 3.
        let c = Consultation {
            from: d("2024-11-20"),
            working_days: 10,
            contact: String::new(),
        };
        assert_eq!(c.until(&[]), d("2024-12-03"));
        // A holiday inside the window pushes it by a day.
        assert_eq!(c.until(&[d("2024-11-29")]), d("2024-12-04"));
        // A holiday on a weekend changes nothing.
        assert_eq!(c.until(&[d("2024-11-23")]), d("2024-12-03"));
    }

    #[test]
    fn a_window_opening_on_a_day_off_starts_on_the_next_working_day() {
        // Saturday 31/08/2024, then 2 and 3 September (National Day) off: 4/9 is day 1.
        let holidays = [d("2024-09-02"), d("2024-09-03")];
        assert_eq!(
            nth_working_day(d("2024-08-31"), 1, &holidays),
            d("2024-09-04")
        );
        assert_eq!(
            nth_working_day(d("2024-08-31"), 10, &holidays),
            d("2024-09-17")
        );
        // One working day from a working day is that day.
        assert_eq!(nth_working_day(d("2024-11-20"), 1, &[]), d("2024-11-20"));
        // Across the end of a year, New Year's Day off: Monday 30/12, 31/12, then 2/1.
        assert_eq!(
            nth_working_day(d("2024-12-30"), 3, &[d("2025-01-01")]),
            d("2025-01-02")
        );
    }
}
