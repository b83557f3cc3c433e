//! Honorees — "gương điển hình tiên tiến": the people and collectives a campaign or a
//! conference holds up as examples (SPEC §3.5).

use std::path::PathBuf;

use crate::diag::Pos;
use crate::model::collate::{PersonKey, SortKey, person_sort_key, sort_key};

/// See [`Honoree::order_key`].
pub type OrderKey = (HonoreeKind, Option<PersonKey>, Option<SortKey>, String);

/// Honorees in Vietnamese order ([`Honoree::order_key`]); the keys are computed once per
/// honoree, as a big site has thousands.
pub fn in_vietnamese_order<'a>(list: impl IntoIterator<Item = &'a Honoree>) -> Vec<&'a Honoree> {
    let mut v: Vec<&Honoree> = list.into_iter().collect();
    v.sort_by_cached_key(|h| h.order_key());
    v
}

/// Whether an honoree is a person or a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HonoreeKind {
    /// A person — "cá nhân".
    Individual,
    /// A group: a club, a team, an office — "tập thể".
    Collective,
}

impl HonoreeKind {
    /// Reads `individual` / `collective`, or the Vietnamese `cá nhân` / `tập thể` that staff
    /// type in a spreadsheet (any case).
    pub fn parse(s: &str) -> Option<HonoreeKind> {
        match crate::text::nfc(s.trim()).to_lowercase().as_str() {
            "individual" | "cá nhân" | "ca nhan" => Some(HonoreeKind::Individual),
            "collective" | "tập thể" | "tap the" => Some(HonoreeKind::Collective),
            _ => None,
        }
    }

    /// `individual` or `collective`, as in the files and the `data-kind` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            HonoreeKind::Individual => "individual",
            HonoreeKind::Collective => "collective",
        }
    }
}

/// One award received — "danh hiệu, hình thức khen thưởng" — shown on a timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HonoreeAward {
    /// Title, e.g. "Chiến sĩ thi đua cơ sở".
    pub title: String,
    /// Year received, when known.
    pub year: Option<i32>,
    /// Who gave it, e.g. "UBND Quận 5".
    pub by: String,
}

/// Where a value of an honoree was written, to place later errors (a missing photo, a photo
/// that cannot be decoded, a unit that does not exist).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file, relative to the site root.
    pub file: PathBuf,
    /// The position in it, when known.
    pub pos: Option<Pos>,
}

/// A model example, merged from `data/honorees.csv` and `content/honorees/<id>.md`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Honoree {
    /// Identifier (the CSV `id`, or the Markdown file name).
    pub id: String,
    /// Full name; for a person, family name first ("Nguyễn Thị Lan").
    pub name: String,
    /// Person or group.
    pub kind: HonoreeKind,
    /// The unit they belong to (a unit id), when given.
    pub unit: Option<String>,
    /// Position or job — "chức vụ".
    pub position: String,
    /// Field — "lĩnh vực" (Thể thao, Di sản …).
    pub field: String,
    /// Photo path relative to `static/` (`photos/x.jpg`), when given.
    pub photo: Option<String>,
    /// One-paragraph summary (the CSV `summary`, or the Markdown's `summary:`).
    pub summary: String,
    /// Achievements — "thành tích", in the order written.
    pub achievements: Vec<String>,
    /// Awards received, in the order written (the profile shows them by year).
    pub awards: Vec<HonoreeAward>,
    /// The story in Markdown (the body of the Markdown file), possibly empty.
    pub story: String,
    /// When set, the profile says its data is illustrative, and what is.
    pub illustrative: Option<String>,
    /// The file that defines the honoree (the Markdown file when there is one, else the CSV).
    pub source: PathBuf,
    /// Where `unit` was written.
    pub unit_origin: Option<Origin>,
    /// Where `photo` was written.
    pub photo_origin: Option<Origin>,
}

impl Honoree {
    /// An honoree with only an id, a name and a kind (the rest empty): for tests and for
    /// building one field by field.
    pub fn named(id: &str, name: &str, kind: HonoreeKind) -> Self {
        Honoree {
            id: id.into(),
            name: name.into(),
            kind,
            unit: None,
            position: String::new(),
            field: String::new(),
            photo: None,
            summary: String::new(),
            achievements: Vec::new(),
            awards: Vec::new(),
            story: String::new(),
            illustrative: None,
            source: PathBuf::new(),
            unit_origin: None,
            photo_origin: None,
        }
    }

    /// The key that puts honorees in Vietnamese order (SPEC §4): people first, by given name
    /// and then full name; then collectives by their full name; then by id.
    pub fn order_key(&self) -> OrderKey {
        match self.kind {
            HonoreeKind::Individual => (
                self.kind,
                Some(person_sort_key(&self.name)),
                None,
                self.id.clone(),
            ),
            HonoreeKind::Collective => {
                (self.kind, None, Some(sort_key(&self.name)), self.id.clone())
            }
        }
    }

    /// The years this honoree's own record mentions (award years), sorted, without repeats.
    pub fn award_years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.awards.iter().filter_map(|a| a.year).collect();
        years.sort_unstable();
        years.dedup();
        years
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_in_both_languages() {
        assert_eq!(
            HonoreeKind::parse("individual"),
            Some(HonoreeKind::Individual)
        );
        assert_eq!(
            HonoreeKind::parse(" Tập thể "),
            Some(HonoreeKind::Collective)
        );
        assert_eq!(HonoreeKind::parse("Cá nhân"), Some(HonoreeKind::Individual));
        assert_eq!(HonoreeKind::parse("group"), None);
    }

    fn h(id: &str, name: &str, kind: HonoreeKind) -> Honoree {
        Honoree::named(id, name, kind)
    }

    #[test]
    fn vietnamese_order_catches_the_traps() {
        use HonoreeKind::*;
        let list = [
            h(
                "6",
                "Nhóm Chuyển đổi số cộng đồng Phường Trảng Dài",
                Collective,
            ),
            h("a", "Phạm Thị Ưng", Individual),
            h("b", "Lê Văn Út", Individual),
            h("c", "Trần Thị Đào", Individual),
            h("d", "Nguyễn Văn Dũng", Individual),
            h("e", "Hoàng Văn Ánh", Individual),
            h("f", "Vũ Thị Anh", Individual),
            h("4", "Đội Thông tin lưu động Phường Tam Hiệp", Collective),
            h("2", "Câu lạc bộ Đờn ca tài tử Xã Long Hưng", Collective),
            h("3", "Đội Lân Sư Rồng Phường Bửu Hòa", Collective),
            h("1", "Câu lạc bộ Cầu lông Phường Quyết Thắng", Collective),
            h("7", "Tổ Thuyết minh Di sản Thăng Long", Collective),
        ];
        let names: Vec<&str> = in_vietnamese_order(&list)
            .into_iter()
            .map(|x| x.name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "Vũ Thị Anh", // letters equal to Ánh: no tone before sắc
                "Hoàng Văn Ánh",
                "Nguyễn Văn Dũng", // D before Đ, whatever the family name
                "Trần Thị Đào",
                "Lê Văn Út", // U before Ư
                "Phạm Thị Ưng",
                "Câu lạc bộ Cầu lông Phường Quyết Thắng", // c before đ
                "Câu lạc bộ Đờn ca tài tử Xã Long Hưng",
                "Đội Lân Sư Rồng Phường Bửu Hòa", // Đ right after D, before N and T
                "Đội Thông tin lưu động Phường Tam Hiệp",
                "Nhóm Chuyển đổi số cộng đồng Phường Trảng Dài",
                "Tổ Thuyết minh Di sản Thăng Long",
            ]
        );
    }
}
