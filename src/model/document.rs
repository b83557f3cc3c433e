//! Official documents — "văn bản hành chính" — laid out as Decree 30/2020/NĐ-CP asks (SPEC §3.6).

use super::Date;

/// Who signs a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signer {
    /// Authority line, e.g. "KT. CHỦ TỊCH", "TM. BAN THƯỜNG TRỰC".
    pub authority: String,
    /// Position line, e.g. "PHÓ CHỦ TỊCH".
    pub position: String,
    /// The signer's name.
    pub name: String,
}

/// The header and footer parts of an official document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocumentMeta {
    /// Type of document — "tên loại" (KẾ HOẠCH, HƯỚNG DẪN …); none for an official letter
    /// (công văn), whose summary then reads "V/v …" under the number.
    pub doc_type: Option<String>,
    /// Number and symbol — "số, ký hiệu" (may be blank before issue).
    pub number: String,
    /// Parent body — "cơ quan chủ quản".
    pub parent: Option<String>,
    /// Issuing body.
    pub issuer: String,
    /// Place name of the place-and-date line.
    pub place: String,
    /// Date of issue.
    pub date: Option<Date>,
    /// Summary — "trích yếu".
    pub summary: String,
    /// "Kính gửi" addressees (official letters).
    pub to: Vec<String>,
    /// Legal bases — "Căn cứ …", shown in italics before the body.
    pub bases: Vec<String>,
    /// Signature block.
    pub signer: Option<Signer>,
    /// "Nơi nhận" list.
    pub recipients: Vec<String>,
}

impl DocumentMeta {
    /// The place-and-date line: "Tịnh Biên, ngày 15 tháng 3 năm 2024", the date written by
    /// `date` (in the site's language) or `blank` when it is not set yet.
    pub fn place_and_date(
        &self,
        date: impl Fn(super::date::Date) -> String,
        blank: &str,
    ) -> String {
        let date = match self.date {
            Some(d) => date(d),
            None => blank.to_string(),
        };
        if self.place.is_empty() {
            capitalise(&date)
        } else {
            format!("{}, {date}", self.place)
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
