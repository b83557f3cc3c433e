//! Markdown to HTML: pulldown-cmark with tables, footnotes, strikethrough, task lists and
//! heading anchors; fenced code highlighted by syntect into CSS classes ([`highlight`]);
//! internal links made relative so the site works under any sub-path and from `file://`.

mod highlight;
mod syntaxes;

use std::collections::HashSet;

use pulldown_cmark::{
    CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html,
};

use highlight::highlight;
pub use highlight::{CODE_CLASS_STYLE, code_css};

/// A link found in a page, for `check` to verify.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundLink {
    /// The link as written.
    pub dest: String,
    /// 1-based line in the Markdown body.
    pub line: usize,
}

/// A rendered Markdown body.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The HTML.
    pub html: String,
    /// Heading anchors (`id`s) defined in the body.
    pub anchors: Vec<String>,
    /// Headings for a table of contents: (level, id, text).
    pub toc: Vec<(u8, String, String)>,
    /// Links as written.
    pub links: Vec<FoundLink>,
    /// True when a fenced code block was highlighted (the page needs the syntax CSS).
    pub has_code: bool,
}

/// Renders Markdown. `root` is the relative prefix from the page to the site root (`../../`),
/// used to turn site-absolute links (`/van-ban/x/`) into relative ones.
pub fn render(md: &str, root: &str) -> Rendered {
    render_with(md, root, root)
}

/// [`render`] for a page of a site in several languages: a site-absolute link to a page
/// (`/van-ban/x/`) leads to the page in the same language, under `root`; one to a file
/// (`/tai-lieu/ke-hoach.pdf`, an image), which every language shares, under `files_root`.
pub fn render_with(md: &str, root: &str, files_root: &str) -> Rendered {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_FOOTNOTES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_TASKLISTS);
    opts.insert(Options::ENABLE_HEADING_ATTRIBUTES);
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(md.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset);

    let mut out = Rendered::default();
    let mut used: HashSet<String> = HashSet::new();
    let mut events: Vec<Event> = Vec::new();
    let mut heading: Option<(usize, HeadingLevel, Option<String>)> = None;
    let mut heading_text = String::new();
    let mut code: Option<(String, String)> = None;

    for (ev, range) in Parser::new_ext(md, opts).into_offset_iter() {
        match ev {
            Event::Start(Tag::Heading { level, id, .. }) => {
                heading = Some((events.len(), level, id.map(|s| s.to_string())));
                heading_text.clear();
                events.push(Event::Text(CowStr::Borrowed(""))); // placeholder, replaced at the end tag
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some((at, _, given)) = heading.take() {
                    let id = unique(given.unwrap_or_else(|| slugify(&heading_text)), &mut used);
                    events[at] = Event::Html(CowStr::from(format!("<{} id=\"{}\">", level, id)));
                    out.anchors.push(id.clone());
                    out.toc
                        .push((level as u8, id, heading_text.trim().to_string()));
                }
                events.push(Event::End(TagEnd::Heading(level)));
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(l) => {
                        l.split([',', ' ']).next().unwrap_or("").to_string()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((lang, String::new()));
            }
            Event::Text(t) if code.is_some() => {
                if let Some((_, buf)) = code.as_mut() {
                    buf.push_str(&t);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((lang, buf)) = code.take() {
                    let (html, highlighted) = highlight(&lang, &buf);
                    out.has_code |= highlighted;
                    events.push(Event::Html(CowStr::from(html)));
                }
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url =
                    record_link(&mut out, &dest_url, line_of(range.start), root, files_root);
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url =
                    record_link(&mut out, &dest_url, line_of(range.start), root, files_root);
                events.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            // Raw HTML is shown as text: published pages carry what authors typed, never markup
            // that could run (an office's Markdown is prose, not a web page).
            Event::Html(h) | Event::InlineHtml(h) => {
                if heading.is_some() {
                    heading_text.push_str(&h);
                }
                events.push(Event::Text(h));
            }
            Event::Text(t) | Event::Code(t) if heading.is_some() => {
                heading_text.push_str(&t);
                events.push(Event::Text(t));
            }
            other => events.push(other),
        }
    }
    out.html.reserve(md.len() * 3 / 2);
    html::push_html(&mut out.html, events.into_iter());
    // Headings were opened as raw HTML; pulldown closes them with the level tag already.
    out
}

/// Notes a link or image address as written (for `check`) and returns the address to
/// publish: made inert if it could run, and relative to the page.
fn record_link(
    out: &mut Rendered,
    dest: &str,
    line: usize,
    root: &str,
    files_root: &str,
) -> CowStr<'static> {
    out.links.push(FoundLink {
        dest: dest.to_string(),
        line,
    });
    let dest = inert_url(dest);
    let root = if is_file(dest) { files_root } else { root };
    CowStr::from(relativise(dest, root))
}

/// True for a site-absolute link to a file rather than a page: its last segment has an
/// extension other than `.html` (`/tai-lieu/ke-hoach.pdf`).
fn is_file(dest: &str) -> bool {
    let path = dest.split(['#', '?']).next().unwrap_or(dest);
    path.starts_with('/')
        && path
            .rsplit('/')
            .next()
            .and_then(|last| last.rsplit_once('.'))
            .is_some_and(|(_, ext)| !ext.is_empty() && ext != "html" && ext != "htm")
}

fn unique(base: String, used: &mut HashSet<String>) -> String {
    let base = if base.is_empty() {
        "muc".to_string()
    } else {
        base
    };
    if used.insert(base.clone()) {
        return base;
    }
    (1..)
        .map(|n| format!("{base}-{n}"))
        .find(|c| used.insert(c.clone()))
        .unwrap_or(base)
}

/// Turns a heading into an ASCII anchor: Vietnamese letters lose their marks (đ → d),
/// anything else becomes `-`. "II. NỘI DUNG" → `ii-noi-dung`.
pub fn slugify(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.nfd() {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c if unicode_normalization::char::is_combining_mark(c) => continue,
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

/// A link that would run a script when followed (`javascript:`, `vbscript:`, `data:`) becomes
/// `#`: like raw HTML, Markdown never carries code into a published page. Browsers ignore tabs,
/// line breaks and case in the scheme, so this does too.
fn inert_url(dest: &str) -> &str {
    let scheme: String = dest
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .take(11)
        .collect::<String>()
        .to_ascii_lowercase();
    if ["javascript:", "vbscript:", "data:"]
        .iter()
        .any(|s| scheme.starts_with(s))
    {
        "#"
    } else {
        dest
    }
}

/// Makes a link relative: `/a/b/` → `<root>a/b/index.html`; a folder link gets `index.html`
/// so that pages open from disk; links with a scheme (`https:`, `mailto:`) stay as they are.
pub fn relativise(dest: &str, root: &str) -> String {
    if dest.starts_with('#')
        || dest.contains("://")
        || dest.starts_with("mailto:")
        || dest.starts_with("tel:")
        || dest.starts_with("//")
    {
        return dest.to_string();
    }
    let (path, frag) = match dest.find('#') {
        Some(i) => (&dest[..i], &dest[i..]),
        None => (dest, ""),
    };
    let mut p = match path.strip_prefix('/') {
        Some(rest) => format!("{root}{rest}"),
        None => path.to_string(),
    };
    if p.is_empty() || p.ends_with('/') {
        p.push_str("index.html");
    }
    format!("{p}{frag}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_get_unique_ascii_anchors() {
        let r = render(
            "## II. NỘI DUNG\n\n## II. Nội dung\n\n### Đánh giá {#rieng}\n",
            "../",
        );
        assert_eq!(r.anchors, vec!["ii-noi-dung", "ii-noi-dung-1", "rieng"]);
        assert!(
            r.html.contains("<h2 id=\"ii-noi-dung\">II. NỘI DUNG</h2>"),
            "{}",
            r.html
        );
    }

    #[test]
    fn in_another_language_pages_stay_in_it_and_files_are_shared() {
        let md = "[kế hoạch](/van-ban/ke-hoach/) · [tệp](/tai-lieu/kh.pdf) · ![ảnh](/anh/a.jpg)";
        let html = render_with(md, "../../", "../../../").html;
        assert!(
            html.contains("href=\"../../van-ban/ke-hoach/index.html\""),
            "{html}"
        );
        assert!(html.contains("href=\"../../../tai-lieu/kh.pdf\""), "{html}");
        assert!(html.contains("src=\"../../../anh/a.jpg\""), "{html}");
    }

    #[test]
    fn links_become_relative() {
        assert_eq!(
            relativise("/van-ban/x/", "../../"),
            "../../van-ban/x/index.html"
        );
        assert_eq!(relativise("/", "../"), "../index.html");
        assert_eq!(relativise("../x/#muc-1", "../"), "../x/index.html#muc-1");
        assert_eq!(relativise("/static/a.pdf", ""), "static/a.pdf");
        assert_eq!(
            relativise("https://example.org/", "../"),
            "https://example.org/"
        );
        let r = render("[a](/campaigns/x/) ![b](/photos/p.jpg)", "../../");
        assert!(
            r.html.contains("href=\"../../campaigns/x/index.html\""),
            "{}",
            r.html
        );
        assert!(r.html.contains("src=\"../../photos/p.jpg\""));
        assert_eq!(r.links.len(), 2);
    }

    #[test]
    fn extensions_and_safety() {
        let r = render(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~x~~ - [x] done\n\n<script>alert(1)</script>\n\nChú thích[^1]\n\n[^1]: ghi chú\n",
            "",
        );
        assert!(r.html.contains("<table>"));
        assert!(r.html.contains("<del>x</del>"));
        assert!(!r.html.contains("<script>"), "{}", r.html);
        assert!(r.html.contains("&lt;script&gt;"));
        assert!(r.html.contains("footnote"));
    }

    #[test]
    fn links_that_run_scripts_become_inert() {
        let r = render(
            "[a](javascript:alert(1)) [b](JavaScript&#x09;:alert(1)) [c](data:text/html,x) ![d](vbscript:x) [e](https://example.org/)\n",
            "",
        );
        assert!(!r.html.to_lowercase().contains("script:"), "{}", r.html);
        assert!(!r.html.contains("data:"), "{}", r.html);
        assert!(r.html.contains("href=\"https://example.org/\""));
        assert_eq!(r.links.len(), 5, "links are still listed as written");
    }

    #[test]
    fn code_is_highlighted_with_classes() {
        let r = render("```rust\nfn main() {}\n```\n", "");
        assert!(r.has_code);
        assert!(r.html.contains("hl-"), "{}", r.html);
        assert!(code_css().contains(".hl-"));
    }
}
