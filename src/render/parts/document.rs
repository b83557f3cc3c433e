//! An official document's parts, formatted for the Decree 30 layout (SPEC §3.6).

use crate::render::Words;
use serde::Serialize;

use crate::model::document::DocumentMeta;

/// The signature block.
#[derive(Debug, Clone, Serialize)]
pub struct SignerView {
    /// "KT. CHỦ TỊCH".
    pub authority: String,
    /// "PHÓ CHỦ TỊCH".
    pub position: String,
    /// Name.
    pub name: String,
}

/// An official document's parts, formatted.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    /// Type of document, or none for an official letter.
    pub doc_type: Option<String>,
    /// "432/KH-UBND".
    pub number: String,
    /// Parent body.
    pub parent: Option<String>,
    /// Issuer.
    pub issuer: String,
    /// "Tịnh Biên, ngày 15 tháng 3 năm 2024".
    pub place_date: String,
    /// Summary.
    pub summary: String,
    /// "Kính gửi" addressees.
    pub to: Vec<String>,
    /// The addressee, when there is exactly one (written on the "Kính gửi" line).
    pub to_one: Option<String>,
    /// True when there are several addressees (listed under "Kính gửi").
    pub to_many: bool,
    /// Legal bases.
    pub bases: Vec<String>,
    /// Signature block.
    pub signer: Option<SignerView>,
    /// Recipients, without trailing punctuation (the template adds `;` and `.`).
    pub recipients: Vec<String>,
}

impl DocumentView {
    /// Formats a document block.
    pub fn of(w: &Words, d: &DocumentMeta) -> Self {
        DocumentView {
            doc_type: d.doc_type.clone(),
            number: d.number.clone(),
            parent: d.parent.clone(),
            issuer: d.issuer.clone(),
            place_date: d.place_and_date(|x| w.date(x), w.document_date_blank),
            summary: d.summary.clone(),
            to: d.to.clone(),
            to_one: match d.to.as_slice() {
                [one] => Some(one.clone()),
                _ => None,
            },
            to_many: d.to.len() > 1,
            bases: d.bases.clone(),
            signer: d.signer.as_ref().map(|s| SignerView {
                authority: s.authority.clone(),
                position: s.position.clone(),
                name: s.name.clone(),
            }),
            recipients: d
                .recipients
                .iter()
                .map(|r| {
                    r.trim()
                        .trim_end_matches([';', '.', ','])
                        .trim()
                        .to_string()
                })
                .collect(),
        }
    }
}
