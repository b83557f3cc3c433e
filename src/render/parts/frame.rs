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
    /// True when the site has `sitemap.xml` (only with `base_url`), which the footer links.
    sitemap: bool,
    /// The language of the pages (`lang` of `<html>`).
    language: String,
    /// The site's main language, which a page without a translation is shown in.
    main_language: String,
    /// From a language's root to the site root, where the files every language shares are
    /// (the theme's assets, photos, results.json): empty for the main language, `../` for
    /// the others, which live under `/<code>/` (SPEC §8).
    shared: String,
    /// Every language of the site, for the switch between them (empty for a site in one).
    languages: Vec<LanguageLink>,
    nav: Vec<LinkView>,
}

/// One language of the switch: a page links to its counterpart at
/// `{{ root }}{{ site.shared }}{{ l.prefix }}{{ page_url }}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct LanguageLink {
    /// `vi`, `en`.
    code: String,
    /// The language's own name for itself ("Tiếng Việt", "English").
    name: String,
    /// Where its pages are from the site root: empty, or `en/`.
    prefix: String,
    /// True for the language of the page.
    current: bool,
}

impl Frame {
    /// The frame of a site, in the language of `site.config.language` (its words `w`).
    pub fn of(site: &Site, w: &Words) -> Frame {
        let languages = &site.config.languages;
        let main = languages.first().copied().unwrap_or_default();
        let current = site.config.language;
        Frame {
            title: site.config.title.clone(),
            description: site.config.description.clone(),
            organisation: site.config.organisation.clone(),
            sitemap: !site.config.base_url.is_empty(),
            language: current.code().to_string(),
            main_language: main.code().to_string(),
            shared: if current == main { "" } else { "../" }.to_string(),
            languages: if languages.len() < 2 {
                Vec::new()
            } else {
                languages
                    .iter()
                    .map(|&l| {
                        // Each language is named in its own words.
                        let w = Words::of(l);
                        (l, w.language_itself)
                    })
                    .map(|(l, name)| LanguageLink {
                        code: l.code().to_string(),
                        name: name.to_string(),
                        prefix: crate::routes::language_prefix(l, main),
                        current: l == current,
                    })
                    .collect()
            },
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
