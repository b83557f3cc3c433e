//! The certificates of an award rule (SPEC §9.4 `/campaigns/<c>/certificates/<k>/`): one A4
//! landscape page per listed winner, tied ones included (the council sets aside what it does
//! not grant), each field at the place `certificates:` gives in millimetres, so that the
//! sheet prints onto pre-printed certificate paper.

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::model::decisions::CertificateSettings;
use crate::render::engine::words::fill;
use crate::render::parts::decisions::{paper_context, paper_reads, winner_groups};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};
use crate::site::Site;

/// The page's address.
pub fn route(site: &Site, ci: usize, k: usize) -> Route {
    routes::certificates(&site.campaigns[ci].campaign.id, k)
}

/// It shows the campaign's results and settings, and the names of its units.
pub fn reads(site: &Site, ci: usize) -> Vec<Input> {
    paper_reads(site, ci)
}

/// One printed field: its text and its place.
#[derive(Serialize)]
struct Field {
    /// Which field (a class of the template).
    name: &'static str,
    /// The lines it prints.
    lines: Vec<String>,
    /// Its place as CSS variables (millimetres and points): `--top: 22; --left: 20; …`.
    style: String,
}

/// One certificate.
#[derive(Serialize)]
struct Certificate {
    unit: String,
    tied: bool,
    fields: Vec<Field>,
}

/// Renders the certificates of the `k`-th award rule (from 1) of the `ci`-th campaign.
pub fn render(r: &Renderer, ci: usize, k: usize) -> Result<Files, Diagnostic> {
    let (site, w) = (r.site, r.words);
    let scored = &site.campaigns[ci];
    let c = &scored.campaign;
    let route = route(site, ci, k);
    let award = c
        .awards
        .get(k.wrapping_sub(1))
        .map_or("", |a| a.title.as_str());
    let mut ctx = paper_context(w, c, &route, fill(w.certificates_title, &[award]));
    let settings = c.certificates.clone().unwrap_or(CertificateSettings {
        title: String::new(),
        document: Default::default(),
        places: CertificateSettings::default_places(),
        preprinted: false,
    });
    let doc = &settings.document;
    let place_date = doc.place_and_date(|d| w.date(d), w.document_date_blank);
    let signer: Vec<String> = doc
        .signer
        .as_ref()
        .map(|s| {
            vec![
                s.authority.clone(),
                s.position.clone(),
                String::new(),
                String::new(),
                s.name.clone(),
            ]
        })
        .unwrap_or_default();
    let year = c.year.map(|y| fill(w.certificate_year, &[&y.to_string()]));
    let certificates: Vec<Certificate> = winner_groups(w, site, scored, k)
        .into_iter()
        .flat_map(|g| g.rows)
        .map(|row| {
            let texts: [(&'static str, Vec<String>); 8] = [
                ("issuer", vec![doc.issuer.clone()]),
                ("title", vec![settings.title.clone()]),
                ("award", vec![award.to_string()]),
                ("unit", vec![row.name.clone()]),
                ("campaign", vec![fill(w.certificate_campaign, &[&c.title])]),
                ("year", year.clone().into_iter().collect()),
                ("place_date", vec![place_date.clone()]),
                ("signer", signer.clone()),
            ];
            Certificate {
                unit: row.name.clone(),
                tied: row.tied,
                fields: texts
                    .into_iter()
                    .filter(|(_, lines)| lines.iter().any(|l| !l.is_empty()))
                    .map(|(name, lines)| {
                        let p = settings.place(name);
                        Field {
                            name,
                            lines,
                            style: format!(
                                "--top: {}; --left: {}; --width: {}; --size: {}",
                                p.top, p.left, p.width, p.size
                            ),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    ctx.insert("certificates", &certificates);
    ctx.insert("preprinted", &settings.preprinted);
    r.page(&route, "certificates.html", &ctx)
}
