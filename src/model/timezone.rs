//! Time zones a campaign's times may be written in (config `timezone`, SPEC §9.3): a small
//! table of zones that keep one offset all year, so that a calendar file can carry each one's
//! `VTIMEZONE` exactly. Zones with daylight saving time are refused by the loader rather than
//! written wrongly.

/// A zone with a fixed offset from UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone {
    /// The IANA name, e.g. `Asia/Ho_Chi_Minh`.
    pub name: &'static str,
    /// Minutes east of UTC: 420 for +07:00.
    pub offset_minutes: i32,
    /// The abbreviation calendars show, e.g. `ICT`.
    pub abbreviation: &'static str,
}

impl TimeZone {
    /// The offset as iCalendar writes it: `+0700`, `+0530`, `-0300`.
    pub fn ical_offset(self) -> String {
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let m = self.offset_minutes.abs();
        format!("{sign}{:02}{:02}", m / 60, m % 60)
    }

    /// The zone of `name` (exact IANA spelling, or the same ignoring case), when known.
    pub fn named(name: &str) -> Option<TimeZone> {
        let name = name.trim();
        ZONES.iter().copied().find(|z| z.name == name).or_else(|| {
            ZONES
                .iter()
                .copied()
                .find(|z| z.name.eq_ignore_ascii_case(name))
        })
    }
}

/// The default zone: Việt Nam.
pub const DEFAULT_ZONE: TimeZone = ZONES[0];

/// Every zone the tool knows, Việt Nam first, then its neighbours and others without
/// daylight saving time.
pub const ZONES: [TimeZone; 14] = [
    zone("Asia/Ho_Chi_Minh", 420, "ICT"),
    zone("Asia/Bangkok", 420, "ICT"),
    zone("Asia/Phnom_Penh", 420, "ICT"),
    zone("Asia/Vientiane", 420, "ICT"),
    zone("Asia/Jakarta", 420, "WIB"),
    zone("Asia/Singapore", 480, "SGT"),
    zone("Asia/Kuala_Lumpur", 480, "MYT"),
    zone("Asia/Manila", 480, "PHT"),
    zone("Asia/Shanghai", 480, "CST"),
    zone("Asia/Hong_Kong", 480, "HKT"),
    zone("Asia/Tokyo", 540, "JST"),
    zone("Asia/Seoul", 540, "KST"),
    zone("Asia/Kolkata", 330, "IST"),
    zone("UTC", 0, "UTC"),
];

const fn zone(name: &'static str, offset_minutes: i32, abbreviation: &'static str) -> TimeZone {
    TimeZone {
        name,
        offset_minutes,
        abbreviation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_names() {
        assert_eq!(DEFAULT_ZONE.name, "Asia/Ho_Chi_Minh");
        assert_eq!(DEFAULT_ZONE.ical_offset(), "+0700");
        assert_eq!(
            TimeZone::named("asia/kolkata").unwrap().ical_offset(),
            "+0530"
        );
        assert_eq!(TimeZone::named("UTC").unwrap().ical_offset(), "+0000");
        assert_eq!(TimeZone::named("Europe/Paris"), None);
        assert_eq!(
            zone("America/Sao_Paulo", -180, "BRT").ical_offset(),
            "-0300"
        );
    }
}
