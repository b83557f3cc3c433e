//! The frame of every page: the site's title, description, organisation and language, and the
//! main navigation. It is the same on every page, so it is given to the template engine once
//! as its global context; a change of it re-renders every page.

use serde::Serialize;
use tera::Context;

use crate::render::engine::words::Words;
use crate::render::parts::LinkView;
use crate::routes::{self, Route};
use crate::site::Site;

/// What every page shows of the site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Frame {
    title: String,
    description: String,
    organisation: String,
    language: String,
    nav: Vec<LinkView>,
}

impl Frame {
    /// The frame of a site.
    pub fn of(site: &Site, w: &Words) -> Frame {
        Frame {
            title: site.config.title.clone(),
            description: site.config.description.clone(),
            organisation: site.config.organisation.clone(),
            language: site.config.language.clone(),
            nav: nav(site, w),
        }
    }

    /// The global context of the template engine: the frame as `site`, the words of the
    /// site's language as `w`, and the development script put before `</body>` (the live
    /// reload of `serve`; empty for `build`).
    pub fn context(&self, w: &Words, dev_script: &str) -> Context {
        let mut ctx = Context::new();
        ctx.insert("site", self);
        ctx.insert("w", w);
        ctx.insert("dev_script", dev_script);
        ctx
    }
}

/// The main navigation: home, campaigns, the top-level content sections, honorees and
/// conferences, each only when the site has it, and search.
fn nav(site: &Site, w: &Words) -> Vec<LinkView> {
    let link = |title: &str, route: Route| LinkView::page(title, &route);
    let mut nav = vec![link(w.home, routes::home())];
    if !site.campaigns.is_empty() {
        nav.push(link(w.nav_campaigns, routes::campaigns()));
    }
    let mut sections: Vec<&crate::model::page::Page> = site.top_sections().collect();
    sections.sort_by(|a, b| a.weight.cmp(&b.weight).then(a.path.cmp(&b.path)));
    nav.extend(
        sections
            .into_iter()
            .map(|p| link(&p.title, Route::at(p.path.clone()))),
    );
    if site.has_honoree_index() {
        nav.push(link(w.role_models, routes::honorees()));
    }
    if site.has_conference_index() {
        nav.push(link(w.conferences, routes::conferences()));
    }
    nav.push(link(w.search, routes::search()));
    nav
}
