//! `404.html`: what a web server shows for an address the site does not have.
//!
//! A server shows it at the missing address, at any depth, so relative links cannot be
//! written for one place. With `base_url` its links are absolute. Without it, they are written
//! from the site root and a small inline script finds the root at run time: the first folder
//! of the requested address that is one of the site's top folders (`campaigns`, `honorees`,
//! a content section …) starts the site, and every relative link is rewritten from there. At
//! the root itself, or under a folder the site does not have, the links stay as written.

use crate::diag::Diagnostic;
use crate::render::parts::{PageView, page_context_in};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};
use crate::site::Site;

/// It shows only the frame. It also names the site's top folders, which change only with the
/// list of pages, and a new list of pages renders everything.
pub fn reads() -> Vec<Input> {
    Vec::new()
}

/// The first folder of every kind of address of the site, sorted: what the script looks for
/// in a missing address to find the site root.
pub fn top_folders(site: &Site) -> Vec<String> {
    let first = |path: &str| path.split('/').next().unwrap_or("").to_string();
    let mut tops: Vec<String> = [
        routes::campaigns().path().to_string(),
        routes::unit("x").path().to_string(),
        routes::honorees().path().to_string(),
        routes::conferences().path().to_string(),
        routes::search().path().to_string(),
        routes::CODE_STYLE.to_string(),
        routes::photo("photos/x.jpg", 1),
    ]
    .iter()
    .map(|p| first(p))
    .chain(site.content.pages.iter().map(|p| first(&p.path)))
    .chain(site.config.languages.iter().map(|l| l.code().to_string()))
    .filter(|t| !t.is_empty())
    .collect();
    tops.sort();
    tops.dedup();
    tops
}

/// Renders `404.html`. It is served at any depth, so its links are written from the site
/// root: absolute from `base_url` when set, else rewritten by the page's script.
pub fn render(r: &Renderer) -> Result<Files, Diagnostic> {
    let at_root = Route::at("");
    let mut ctx = page_context_in(&at_root, "");
    let base = &r.site.config.base_url;
    if !base.is_empty() {
        ctx.insert("root", base);
    }
    ctx.insert("absolute", &!base.is_empty());
    // `</script>` must never appear in the inline script: `<` is escaped.
    let tops = serde_json::to_string(&top_folders(r.site))
        .unwrap_or_else(|_| "[]".into())
        .replace('<', "\\u003c");
    ctx.insert("top_folders", &tops);
    ctx.insert(
        "page",
        &PageView {
            url: routes::NOT_FOUND.into(),
            ..PageView::titled(r.words.page_not_found, &at_root)
        },
    );
    let html = r.templates.render("404.html", &ctx)?;
    Ok(vec![(routes::NOT_FOUND.into(), html.into_bytes())])
}
