//! Dates and times of inspections, written `2020-11-20T08:00`, `2020-11-20 08:00` or
//! `2020-11-20` (YAML hands all three over as text).

use crate::model::Date;

/// The normalised form `YYYY-MM-DDTHH:MM` (or `YYYY-MM-DD`), or `None` when the text is not a
/// real date and time in one of the accepted forms.
pub(super) fn normalise_at(text: &str) -> Option<String> {
    let t = text.trim();
    let (date, time) = match t.len() {
        10 => (t, None),
        16 if matches!(t.as_bytes()[10], b'T' | b' ') => (t.get(..10)?, Some(t.get(11..)?)),
        _ => return None,
    };
    let date = Date::parse(date)?;
    match time {
        None => Some(date.iso()),
        Some(time) => {
            let (h, m) = time.split_once(':')?;
            let valid = h.len() == 2
                && m.len() == 2
                && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit());
            let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
            (valid && h < 24 && m < 60).then(|| format!("{}T{h:02}:{m:02}", date.iso()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_forms_and_real_dates_only() {
        assert_eq!(
            normalise_at("2020-11-20T08:00").as_deref(),
            Some("2020-11-20T08:00")
        );
        assert_eq!(
            normalise_at("2020-11-20 14:30").as_deref(),
            Some("2020-11-20T14:30")
        );
        assert_eq!(normalise_at("2020-11-20").as_deref(), Some("2020-11-20"));
        for bad in [
            "2020-13-01",
            "2021-02-29",
            "2020-11-20T24:00",
            "2020-11-20T8:00",
            "20/11/2020",
            "",
            "2020-11-20T08:00:00",
            "2020-11-2é 08:0",
        ] {
            assert_eq!(normalise_at(bad), None, "{bad}");
        }
        assert_eq!(normalise_at("2024-02-29").as_deref(), Some("2024-02-29"));
    }
}
