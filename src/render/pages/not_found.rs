//! `404.html`: what a web server shows for an address the site does not have.

use crate::diag::Diagnostic;
use crate::render::parts::{PageView, page_context_in};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes::{self, Route};

/// It shows only the frame.
pub fn reads() -> Vec<Input> {
    Vec::new()
}

/// Renders `404.html`. It is served at any depth, so its links are written from the site
/// root.
pub fn render(r: &Renderer) -> Result<Files, Diagnostic> {
    let at_root = Route::at("");
    let mut ctx = page_context_in(&at_root, "");
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
