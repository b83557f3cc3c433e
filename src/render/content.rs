//! Content pages, sections, the home page, feeds and static files.

use std::path::Path;

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::page::Page;
use crate::render::markdown;
use crate::render::view::{ChildView, DocumentView, LinkView, PageView, root_of, url_of};
use crate::render::{base_context, feeds, render_template};
use crate::site::Site;
use crate::write::Staging;

/// Renders a content page, section or the home page.
pub fn render_page(site: &Site, page: &Page) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let root = root_of(&page.path);
    let body = markdown::render(&page.body, &root);
    let top = page
        .path
        .split('/')
        .next()
        .filter(|s| !s.is_empty())
        .map(|s| format!("{s}/index.html"))
        .unwrap_or_default();
    let mut ctx = base_context(&page.path, &top);
    ctx.insert("has_code", &body.has_code);
    ctx.insert(
        "page",
        &PageView {
            title: page.title.clone(),
            description: page.description.clone(),
            url: url_of(&page.path),
            html: body.html,
            date: page.date.map(|d| d.to_vi_short()),
            date_iso: page.date.map(|d| d.iso()),
            illustrative: page.illustrative.clone(),
        },
    );
    ctx.insert("breadcrumbs", &breadcrumbs(site, page));
    ctx.insert("links", &site.links_of_page(page));
    let template = if let Some(t) = &page.template {
        t.clone()
    } else if page.path.is_empty() {
        site.home_context(&mut ctx);
        "home.html".into()
    } else if page.document.is_some() {
        ctx.insert("document", &page.document.as_ref().map(DocumentView::of));
        "document.html".into()
    } else if page.is_section {
        ctx.insert("children", &children(site, page));
        "section.html".into()
    } else {
        "page.html".into()
    };
    if !site.tera.contains_template(&template) {
        return Err(Diagnostic::error(
            &page.source,
            None,
            format!("the template `{template}` does not exist"),
            "name a template of the theme, or remove `template:`",
        ));
    }
    let html = render_template(site, &template, &ctx)?;
    Ok(vec![(url_of(&page.path), html.into_bytes())])
}

/// The pages directly under a section, in order: weight, then newest first, then title.
pub fn children(site: &Site, section: &Page) -> Vec<ChildView> {
    let mut kids: Vec<&Page> = site
        .content
        .pages
        .iter()
        .filter(|p| {
            p.path != section.path && p.parent_path().as_deref() == Some(section.path.as_str())
        })
        .collect();
    kids.sort_by(|a, b| {
        a.weight
            .cmp(&b.weight)
            .then(b.date.cmp(&a.date))
            .then_with(|| crate::model::collate::compare(&a.title, &b.title))
            .then(a.path.cmp(&b.path))
    });
    kids.into_iter().map(ChildView::of).collect()
}

fn breadcrumbs(site: &Site, page: &Page) -> Vec<LinkView> {
    if page.path.is_empty() {
        return Vec::new();
    }
    let mut out = vec![LinkView::home()];
    let mut acc = String::new();
    let parts: Vec<&str> = page.path.trim_end_matches('/').split('/').collect();
    for part in &parts[..parts.len().saturating_sub(1)] {
        acc.push_str(part);
        acc.push('/');
        if let Some(sec) = site.content.page(&acc) {
            out.push(LinkView::to(sec.title.clone(), url_of(&acc)));
        }
    }
    out
}

/// `sitemap.xml`, `atom.xml` and the stylesheet for highlighted code.
pub fn feeds(site: &Site) -> Vec<(String, Vec<u8>)> {
    let pages: Vec<&Page> = site.content.pages.iter().collect();
    vec![
        (
            "sitemap.xml".into(),
            feeds::sitemap(&site.config.base_url, &site.all_paths()).into_bytes(),
        ),
        (
            "atom.xml".into(),
            feeds::atom(&site.config.title, &site.config.base_url, &pages).into_bytes(),
        ),
        (
            "assets/syntax.css".into(),
            markdown::code_css().into_bytes(),
        ),
    ]
}

/// Copies the built-in theme's static files, then the theme folder's `static/`, then the
/// site's `static/`, then assets beside the content pages; a later file of the same path wins.
pub fn copy_static(site: &Site, out: &Staging) -> Result<usize, Diagnostics> {
    let mut diags = Diagnostics::new();
    let mut n = 0;
    for (rel, bytes) in crate::render::templates::BUILTIN_STATIC {
        if let Err(e) = out.write(rel, bytes) {
            diags.error(
                out.dir().join(rel),
                None,
                format!("cannot write the file: {e}"),
                "check the free disk space",
            );
        }
        n += 1;
    }
    let theme_static = Path::new("themes").join(&site.config.theme).join("static");
    for (dir, prefix) in [
        (theme_static, ""),
        (Path::new("static").to_path_buf(), ""),
        (Path::new("content").to_path_buf(), ""),
    ] {
        for rel in crate::load::content::walk_files(&site.root, &dir, &mut diags) {
            if dir.ends_with("content") && rel.extension().is_some_and(|e| e == "md") {
                continue;
            }
            let inner = rel.strip_prefix(&dir).unwrap_or(&rel);
            let target = format!("{prefix}{}", inner.to_string_lossy().replace('\\', "/"));
            if let Err(e) = out.copy(&site.root.join(&rel), &target) {
                diags.error(
                    &rel,
                    None,
                    format!("cannot copy the file: {e}"),
                    "check that it is readable",
                );
            }
            n += 1;
        }
    }
    if diags.has_errors() {
        Err(diags)
    } else {
        Ok(n)
    }
}
