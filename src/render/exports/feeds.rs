//! `sitemap.xml` (every page) and `atom.xml` (the official documents, newest first).

use crate::diag::Diagnostic;
use crate::model::page::Page;
use crate::render::reads::Input;
use crate::render::{Files, Renderer, page_routes};
use crate::routes::{self, url_of};

/// The sitemap lists the pages, which only change with the list of outputs (and that renders
/// everything); the feed reads the front matter of every page.
pub fn reads_atom() -> Vec<Input> {
    vec![Input::PageList]
}

/// Writes `sitemap.xml`.
pub fn render_sitemap(r: &Renderer) -> Result<Files, Diagnostic> {
    // Every page in every language: a language other than the main one mirrors the main
    // one's pages under its prefix (SPEC §8).
    let main = r.site.config.languages.first().copied().unwrap_or_default();
    let prefixes: Vec<String> = r
        .site
        .config
        .languages
        .iter()
        .map(|&l| routes::language_prefix(l, main))
        .collect();
    let paths: Vec<String> = page_routes(r.site)
        .into_iter()
        .flat_map(|route| prefixes.iter().map(move |p| format!("{p}{}", route.path())))
        .collect();
    Ok(vec![(
        routes::SITEMAP.into(),
        sitemap(&r.site.config.base_url, &paths).into_bytes(),
    )])
}

/// Writes `atom.xml`.
pub fn render_atom(r: &Renderer) -> Result<Files, Diagnostic> {
    let site = r.site;
    let pages: Vec<&Page> = site.content.pages.iter().collect();
    // The feed of another language links to that language's pages, under its prefix.
    let main = site.config.languages.first().copied().unwrap_or_default();
    let base = match site.config.base_url.as_str() {
        "" => String::new(),
        b => format!("{b}{}", routes::language_prefix(site.config.language, main)),
    };
    Ok(vec![(
        routes::ATOM.into(),
        atom(&site.config.title, &feed_author(site), &base, &pages).into_bytes(),
    )])
}

/// XML text escaping.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// The sitemap of every page path given (sorted, deduplicated). Addresses are absolute when
/// `base_url` is set, as the sitemap protocol wants; relative otherwise.
pub fn sitemap(base_url: &str, paths: &[String]) -> String {
    let mut paths: Vec<&String> = paths.iter().collect();
    paths.sort();
    paths.dedup();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for p in paths {
        out.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            xml_escape(&format!("{base_url}{p}"))
        ));
    }
    out.push_str("</urlset>\n");
    out
}

/// Who the feed is by (Atom requires an author): the organisation that publishes the site
/// (`organisation` in config.yaml), or the site's title when none is set.
pub fn feed_author(site: &crate::site::Site) -> String {
    match site.config.organisation.as_str() {
        "" => site.config.title.clone(),
        o => o.to_string(),
    }
}

/// The Atom feed of dated official documents, newest first, by `author`.
pub fn atom(title: &str, author: &str, base_url: &str, pages: &[&Page]) -> String {
    let mut docs: Vec<&&Page> = pages
        .iter()
        .filter(|p| p.document.is_some() && p.date.is_some())
        .collect();
    docs.sort_by(|a, b| b.date.cmp(&a.date).then(a.path.cmp(&b.path)));
    let updated = docs
        .first()
        .and_then(|p| p.date)
        .map(|d| d.iso())
        .unwrap_or_else(|| "1970-01-01".into());
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n",
    );
    out.push_str(&format!("  <title>{}</title>\n", xml_escape(title)));
    out.push_str(&format!(
        "  <id>{}</id>\n",
        xml_escape(&feed_id(base_url, ""))
    ));
    out.push_str(&format!("  <updated>{updated}T00:00:00Z</updated>\n"));
    out.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        xml_escape(author)
    ));
    out.push_str(&format!(
        "  <link rel=\"alternate\" href=\"{}\"/>\n",
        xml_escape(&format!("{base_url}index.html"))
    ));
    for p in docs {
        let date = p.date.map(|d| d.iso()).unwrap_or_default();
        let summary = p
            .document
            .as_ref()
            .map(|d| d.summary.as_str())
            .filter(|s| !s.is_empty())
            .unwrap_or(&p.description);
        out.push_str("  <entry>\n");
        out.push_str(&format!("    <title>{}</title>\n", xml_escape(&p.title)));
        out.push_str(&format!(
            "    <id>{}</id>\n",
            xml_escape(&feed_id(base_url, &p.path))
        ));
        out.push_str(&format!(
            "    <link href=\"{}\"/>\n",
            xml_escape(&format!("{base_url}{}", url_of(&p.path)))
        ));
        out.push_str(&format!("    <updated>{date}T00:00:00Z</updated>\n"));
        if !summary.is_empty() {
            out.push_str(&format!("    <summary>{}</summary>\n", xml_escape(summary)));
        }
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

/// A stable identifier for a feed entry: the absolute address when known, else a tag URI
/// built from the page path (Atom ids must be absolute IRIs).
fn feed_id(base_url: &str, path: &str) -> String {
    if base_url.contains("://") {
        format!("{base_url}{path}")
    } else {
        format!("tag:bangvang,2020:/{path}")
    }
}
