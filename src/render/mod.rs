//! Rendering: every output of the site made from the loaded and computed [`Site`], in memory.
//! Render reads; it never touches the file system (the build driver writes what it makes).
//!
//! The folders, each with one rule:
//! - [`engine`]: what pages are made with (templates, Markdown, charts);
//! - [`parts`]: views shared by several pages (links, awards, honoree cards …);
//! - [`pages`]: one file per kind of HTML page;
//! - [`exports`]: one file per kind of other file (JSON, CSV, iCalendar, feeds, the search
//!   index).
//!
//! Every output kind says, beside its code, what it reads ([`reads::Input`]): `serve` compares
//! those parts of the old and the new site to know what to render again.

pub mod engine;
pub mod exports;
pub mod pages;
pub mod parts;
pub mod reads;

use crate::diag::Diagnostic;
use crate::photos::Photos;
use crate::routes::Route;
use crate::site::Site;
use engine::templates::Templates;
use engine::words::Words;
use exports::ExportOutput;
use pages::PageOutput;
use reads::Input;

/// The files one output makes: (path relative to the output folder, bytes).
pub type Files = Vec<(String, Vec<u8>)>;

/// What every output is rendered with: the site, the compiled templates, the prepared photos
/// and the words of the site's language. Shared read-only by every render job.
#[derive(Clone, Copy)]
pub struct Renderer<'a> {
    /// Everything loaded and computed.
    pub site: &'a Site,
    /// The theme's templates, with the frame of every page set.
    pub templates: &'a Templates,
    /// The honorees' photos, prepared.
    pub photos: &'a Photos,
    /// Every word the site prints, in its language.
    pub words: &'a Words,
    /// From the root of the language rendered to the site root, where the files every
    /// language shares are (results.json, photos): empty for the main language, `../` for a
    /// language under `/<code>/`.
    pub shared: &'a str,
}

impl Renderer<'_> {
    /// Renders Markdown of a page whose way back to its language's root is `root` (see
    /// [`engine::markdown::render_with`]).
    pub fn markdown(&self, md: &str, root: &str) -> engine::markdown::Rendered {
        engine::markdown::render_with(md, root, &format!("{root}{}", self.shared))
    }

    /// Renders the template `name` into the page at `route`.
    pub fn page(
        &self,
        route: &Route,
        name: &str,
        ctx: &tera::Context,
    ) -> Result<Files, Diagnostic> {
        let html = self.templates.render_bytes(name, ctx)?;
        Ok(vec![(route.url(), html)])
    }
}

/// One output: an HTML page or another file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// An HTML page.
    Page(PageOutput),
    /// A file that is not a page.
    Export(ExportOutput),
}

impl Output {
    /// Renders the output.
    pub fn render(&self, r: &Renderer) -> Result<Files, Diagnostic> {
        match self {
            Output::Page(p) => p.render(r),
            Output::Export(e) => e.render(r),
        }
    }

    /// Renders the output, handing each file to `emit` as it is made.
    pub fn render_each(
        &self,
        r: &Renderer,
        emit: &mut dyn FnMut(String, Vec<u8>),
    ) -> Result<(), Diagnostic> {
        match self {
            Output::Page(p) => {
                for (path, bytes) in p.render(r)? {
                    emit(path, bytes);
                }
                Ok(())
            }
            Output::Export(e) => e.render_each(r, emit),
        }
    }

    /// The parts of the site the output reads, besides the frame every page shares.
    pub fn reads(&self, site: &Site) -> Vec<Input> {
        match self {
            Output::Page(p) => p.reads(site),
            Output::Export(e) => e.reads(site),
        }
    }

    /// The address of a page (none for other files and for `404.html`, which is served at
    /// any address).
    pub fn route(&self, site: &Site) -> Option<Route> {
        match self {
            Output::Page(p) => p.route(site),
            Output::Export(_) => None,
        }
    }
}

/// Every output of the site, in a stable order: pages, then other files.
pub fn outputs(site: &Site) -> Vec<Output> {
    let mut out: Vec<Output> = pages::all(site).into_iter().map(Output::Page).collect();
    out.extend(exports::all(site).into_iter().map(Output::Export));
    out
}

/// The outputs of the site in a language other than its main one (SPEC §8), written under
/// `/<code>/`: every page but `404.html` (which a static host serves from the root), and the
/// files that hold words (the results workbook, the calendar, the feed, the search index).
/// The data files and the theme's assets are shared with the main language.
pub fn outputs_in_language(site: &Site) -> Vec<Output> {
    outputs(site)
        .into_iter()
        .filter(|o| match o {
            Output::Page(p) => *p != PageOutput::NotFound,
            Output::Export(e) => e.per_language(),
        })
        .collect()
}

/// The address of every page, sorted (for the sitemap).
pub fn page_routes(site: &Site) -> Vec<Route> {
    let mut routes: Vec<Route> = pages::all(site)
        .iter()
        .filter_map(|p| p.route(site))
        .collect();
    routes.sort();
    routes.dedup();
    routes
}
