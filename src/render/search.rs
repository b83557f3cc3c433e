//! The search index and the search page. The index is a script (`search-index.js`) rather
//! than JSON so that it loads from `file://` too, where browsers refuse `fetch`.

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::render::campaign::{campaign_path, rubric_path, unit_path};
use crate::render::view::{LinkView, PageView, url_of};
use crate::render::{base_context, render_template};
use crate::site::Site;

/// One searchable thing.
#[derive(Serialize)]
struct Entry<'a> {
    /// Title.
    t: &'a str,
    /// Root-relative address.
    u: String,
    /// What it is ("Văn bản", "Đơn vị" …).
    k: &'static str,
    /// A little text to match on and show.
    d: String,
}

fn snippet(s: &str) -> String {
    // Only the start of a body is shown and searched: a long document must not cost its
    // whole length here.
    let head: String = s.chars().take(400).collect();
    let plain: String = head
        .chars()
        .filter(|c| !matches!(c, '#' | '*' | '_' | '|' | '`' | '>'))
        .collect();
    let mut out = String::new();
    for w in plain.split_whitespace() {
        if out.chars().count() > 160 {
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// `search-index.js` and `/search/`.
pub fn render_search(site: &Site) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let mut entries: Vec<Entry> = Vec::new();
    for p in &site.content.pages {
        let kind = if p.document.is_some() {
            "Văn bản"
        } else {
            "Trang"
        };
        let d = if p.description.is_empty() {
            snippet(&p.body)
        } else {
            p.description.clone()
        };
        entries.push(Entry {
            t: &p.title,
            u: url_of(&p.path),
            k: kind,
            d,
        });
    }
    for c in &site.data.campaigns {
        entries.push(Entry {
            t: &c.title,
            u: url_of(&campaign_path(&c.id)),
            k: "Phong trào",
            d: c.organiser.clone(),
        });
        for r in &c.rubrics {
            entries.push(Entry {
                t: &r.title,
                u: url_of(&rubric_path(&c.id, &r.id)),
                k: "Bảng xếp hạng",
                d: c.title.clone(),
            });
        }
    }
    for u in site.data.units.values() {
        entries.push(Entry {
            t: &u.name,
            u: url_of(&unit_path(&u.id)),
            k: "Đơn vị",
            d: u.kind.clone(),
        });
    }
    for extra in site.search_extras() {
        entries.push(Entry {
            t: extra.0,
            u: extra.1,
            k: extra.2,
            d: extra.3,
        });
    }
    // `</script>` can never appear: serde_json escapes nothing there, so guard `<` ourselves.
    let json = serde_json::to_string(&entries)
        .unwrap_or_else(|_| "[]".into())
        .replace('<', "\\u003c");
    let script = format!("window.BANGVANG_SEARCH={json};\n");
    let path = "search/";
    let mut ctx = base_context(path, "search/index.html");
    ctx.insert("page", &PageView::titled("Tìm kiếm", url_of(path)));
    ctx.insert("breadcrumbs", &vec![LinkView::home()]);
    ctx.insert("count", &entries.len());
    let html = render_template(site, "search.html", &ctx)?;
    Ok(vec![
        ("search-index.js".into(), script.into_bytes()),
        (url_of(path), html.into_bytes()),
    ])
}
