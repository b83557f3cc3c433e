//! Campaigns in a list (the home page and `/campaigns/`): newest first, with the leading
//! unit(s) of each rubric.

use serde::Serialize;

use crate::render::parts::awards::leaders;
use crate::routes;
use crate::site::Site;

/// A campaign in a list.
#[derive(Debug, Serialize)]
pub struct CampaignCard {
    /// Title.
    pub title: String,
    /// Root-relative address.
    pub url: String,
    /// Year.
    pub year: Option<i32>,
    /// Organising body.
    pub organiser: String,
    /// "rubric title: leading unit(s)" per rubric.
    pub leaders: Vec<String>,
    /// The data is illustrative.
    pub illustrative: bool,
    /// The results are not approved yet (SPEC §9.2).
    pub provisional: bool,
}

/// Every campaign, newest first (then by id).
pub fn campaign_cards(site: &Site) -> Vec<CampaignCard> {
    let mut order: Vec<&crate::site::Scored> = site.campaigns.iter().collect();
    order.sort_by(|a, b| {
        let (ca, cb) = (&a.campaign, &b.campaign);
        cb.year.cmp(&ca.year).then(ca.id.cmp(&cb.id))
    });
    order
        .into_iter()
        .map(|s| {
            let c = &s.campaign;
            let leaders = c
                .rubrics
                .iter()
                .zip(&s.results.rubrics)
                .map(|(r, rr)| {
                    let names: Vec<String> = leaders(site, rr, None)
                        .into_iter()
                        .map(|l| l.name)
                        .collect();
                    format!("{}: {}", r.title, names.join(", "))
                })
                .collect();
            CampaignCard {
                title: c.title.clone(),
                url: routes::campaign(&c.id).url(),
                year: c.year,
                organiser: c.organiser.clone(),
                leaders,
                illustrative: c.illustrative,
                provisional: c.status == crate::model::decisions::Status::Provisional,
            }
        })
        .collect()
}
