//! Reading the links and anchors out of rendered HTML, for the link check.
//!
//! The pages are our own output (templates and pulldown-cmark), so a small tag scanner is
//! enough: it reads the attributes of every tag, skips comments and the bodies of `<script>`
//! and `<style>`, and decodes the few entities that appear in attribute values.

/// The links and anchors of one HTML page.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageLinks {
    /// `href` and `src` values, entities decoded, in document order.
    pub links: Vec<String>,
    /// `id` values, and `name` values of `<a>`.
    pub anchors: Vec<String>,
}

/// Scans an HTML page.
pub fn scan(html: &str) -> PageLinks {
    let mut out = PageLinks::default();
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        let start = i + off;
        if html[start..].starts_with("<!--") {
            i = html[start..]
                .find("-->")
                .map(|e| start + e + 3)
                .unwrap_or(html.len());
            continue;
        }
        let mut j = start + 1;
        while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'!') {
            j += 1;
        }
        let name = html[start + 1..j].to_ascii_lowercase();
        if name.is_empty() || name.starts_with('!') {
            i = html[start..]
                .find('>')
                .map(|e| start + e + 1)
                .unwrap_or(html.len());
            continue;
        }
        let end = tag_end(html, j);
        for (attr, value) in attributes(&html[j..end]) {
            match attr.as_str() {
                "href" | "src" => out.links.push(decode_entities(&value)),
                "id" => out.anchors.push(decode_entities(&value)),
                "name" if name == "a" => out.anchors.push(decode_entities(&value)),
                _ => {}
            }
        }
        i = (end + 1).min(html.len());
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            i = find_ci(html, &close, i).unwrap_or(html.len());
        }
    }
    out
}

/// The index of the `>` closing a tag whose attributes start at `from` (quotes respected).
fn tag_end(html: &str, from: usize) -> usize {
    let mut quote: Option<u8> = None;
    for (k, &b) in html.as_bytes()[from..].iter().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return from + k,
            _ => {}
        }
    }
    html.len()
}

fn find_ci(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let lower = hay[from..].to_ascii_lowercase();
    lower.find(needle).map(|k| from + k)
}

/// The `name=value` pairs of a tag's attribute text.
fn attributes(s: &str) -> Vec<(String, String)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let ns = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
            i += 1;
        }
        let name = s[ns..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            let value = if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                let ve = s[vs..].find(q as char).map(|k| vs + k).unwrap_or(b.len());
                i = (ve + 1).min(b.len());
                &s[vs..ve]
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                &s[vs..i]
            };
            out.push((name, value.to_string()));
        } else if !name.is_empty() {
            out.push((name, String::new()));
        } else {
            i += 1;
        }
    }
    out
}

/// Decodes the entities our templates and Markdown produce in attribute values.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_anchors() {
        let html = r##"<!DOCTYPE html><html><head><link rel="stylesheet" href="../assets/style.css">
<script>var s = "<a href='nope'>";</script><style>a[href="x"]{}</style></head>
<body><a class="skip" href="#noi-dung">Bỏ qua</a><!-- <a href="comment"> -->
<main id="noi-dung"><h2 id='muc-1'>Mục</h2><a name=cu>old</a>
<img alt="a > b" src="../photos/a%20b.jpg"><a href="x/index.html?a=1&amp;b=2#y">x</a></main></body></html>"##;
        let p = scan(html);
        assert_eq!(
            p.links,
            vec![
                "../assets/style.css",
                "#noi-dung",
                "../photos/a%20b.jpg",
                "x/index.html?a=1&b=2#y"
            ]
        );
        assert_eq!(p.anchors, vec!["noi-dung", "muc-1", "cu"]);
    }
}
