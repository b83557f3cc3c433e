//! Units as pages show them: a name linked to the unit's page, and points as a number cell.

use crate::render::Words;
use serde::Serialize;

use crate::model::Points;
use crate::routes;
use crate::site::Site;

/// A unit named and linked.
#[derive(Debug, Clone, Serialize)]
pub struct UnitLink {
    /// Display name.
    pub name: String,
    /// Root-relative address of the unit's page.
    pub url: String,
}

impl UnitLink {
    /// The link to a unit's page (its id when the unit is unknown).
    pub fn of(site: &Site, id: &str) -> Self {
        UnitLink {
            name: site.unit_name(id).to_string(),
            url: routes::unit(id).url(),
        }
    }

    /// Links to several units, in the order given.
    pub fn all<'a>(site: &Site, ids: impl IntoIterator<Item = &'a String>) -> Vec<UnitLink> {
        ids.into_iter().map(|u| UnitLink::of(site, u)).collect()
    }
}

/// A number cell: text for people, plain value for sorting.
#[derive(Debug, Clone, Serialize)]
pub struct Num {
    /// "93,5".
    pub text: String,
    /// "93.5".
    pub sort: String,
}

impl Num {
    /// Formats points.
    pub fn of(w: &Words, p: Points) -> Self {
        Num {
            text: w.number(p),
            sort: p.to_plain(),
        }
    }
}
