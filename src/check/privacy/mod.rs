//! The privacy lint of `check`: personal contact details in what will be published.
//!
//! Emulation documents often carry the phone number of the officer to call, and honoree
//! records can carry a citizen ID number (số CCCD) copied from a form. Once published they
//! cannot be taken back, so `check` warns about every phone number, e-mail address and
//! 12-digit citizen ID it finds, with `file:line:column`. Numbers meant to be public (an
//! office's switchboard) are listed under `public_contacts:` in config.yaml.
//!
//! `scan.rs` finds the data in a text; this module chooses the files and applies the list.

mod scan;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::diag::catalogue::site as msg;
use crate::diag::{Diagnostics, Pos};
use crate::load::files::read_text;
use crate::load::files::walk_files;
use crate::load::frontmatter::split;
pub use scan::{Finding, Kind, scan};

/// The contacts an author declared public, in a form that ignores how they are written
/// (spaces, dots, `+84` or `0`, letter case).
#[derive(Debug, Default, Clone)]
pub struct PublicContacts {
    numbers: HashSet<String>,
    emails: HashSet<String>,
}

impl PublicContacts {
    /// Reads the `public_contacts:` list of config.yaml.
    pub fn new(list: &[String]) -> Self {
        let mut out = PublicContacts::default();
        for entry in list {
            if entry.contains('@') {
                out.emails.insert(entry.trim().to_lowercase());
            } else {
                out.numbers.insert(national_digits(entry));
            }
        }
        out
    }

    /// True when the finding was declared public.
    pub fn allows(&self, f: &Finding) -> bool {
        match f.kind {
            Kind::Email => self.emails.contains(&f.text.to_lowercase()),
            Kind::Phone | Kind::CitizenId => self.numbers.contains(&national_digits(&f.text)),
        }
    }
}

/// The digits of a number in national form: `+84 251 3822 123` → `02513822123`.
fn national_digits(s: &str) -> String {
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    match digits.strip_prefix("84") {
        Some(rest)
            if s.trim_start().starts_with('+')
                || digits.len() >= 11 && !digits.starts_with('0') =>
        {
            format!("0{rest}")
        }
        _ => digits,
    }
}

/// Extensions of published files that are text and worth reading.
const TEXT_EXTENSIONS: [&str; 11] = [
    "md", "yaml", "yml", "csv", "txt", "html", "htm", "xml", "json", "svg", "ics",
];

/// The files whose text ends up on the site: config.yaml, content (drafts only with
/// `--drafts`), data, the site's static files and templates.
pub fn published_files(
    root: &Path,
    theme: &str,
    drafts: bool,
    diags: &mut Diagnostics,
) -> Vec<PathBuf> {
    let mut files = vec![PathBuf::from(crate::load::config::CONFIG_FILE)];
    let dirs = [
        PathBuf::from("content"),
        PathBuf::from("data"),
        PathBuf::from("static"),
        PathBuf::from("templates"),
        Path::new("themes").join(theme),
    ];
    for dir in dirs {
        for rel in walk_files(root, &dir, diags) {
            let text_like = rel
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| TEXT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
            if text_like {
                files.push(rel);
            }
        }
    }
    if !drafts {
        files.retain(|rel| !is_draft(root, rel));
    }
    files
}

/// True for a Markdown page marked `draft: true` (it is not published without `--drafts`).
fn is_draft(root: &Path, rel: &Path) -> bool {
    if rel.extension().is_none_or(|e| e != "md") {
        return false;
    }
    let Ok(text) = std::fs::read_to_string(root.join(rel)) else {
        return false;
    };
    let Ok(sp) = split(text.trim_start_matches('\u{feff}')) else {
        return false;
    };
    sp.yaml.lines().any(|l| {
        let l = l.trim_end();
        l.starts_with("draft:") && l["draft:".len()..].trim() == "true"
    })
}

/// The text with YAML comments cut off (they are not published): in YAML files, and in the
/// front matter of Markdown files. Lines stay where they are, so positions do not move.
fn without_yaml_comments(rel: &Path, text: &str) -> String {
    let ext = rel.extension().and_then(|e| e.to_str()).unwrap_or("");
    let yaml_lines = match ext {
        "yaml" | "yml" => usize::MAX,
        "md" => match split(text) {
            Ok(sp) => sp.body_line.saturating_sub(1),
            Err(_) => 0,
        },
        _ => 0,
    };
    if yaml_lines == 0 {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if i < yaml_lines {
            let cut = comment_start(line).unwrap_or(line.len());
            out.push_str(&line[..cut]);
            if cut < line.len() && line.ends_with('\n') {
                out.push('\n');
            }
        } else {
            out.push_str(line);
        }
    }
    out
}

/// The byte where a YAML comment starts: a `#` at the start or after a space, outside quotes.
fn comment_start(line: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '#') if prev.is_whitespace() => return Some(i),
            _ => {}
        }
        prev = c;
    }
    None
}

/// Warns about every phone number, e-mail address and citizen ID in the published files that
/// `public` does not allow.
pub fn lint(root: &Path, files: &[PathBuf], public: &PublicContacts, diags: &mut Diagnostics) {
    for rel in files {
        // Files that cannot be read are reported by the loaders; here they are skipped.
        let Ok(src) = read_text(root, rel) else {
            continue;
        };
        let text = without_yaml_comments(rel, &src.text);
        for f in scan(&text).into_iter().filter(|f| !public.allows(f)) {
            let pos = Some(Pos::new(f.line, f.column));
            let (what, hint) = match f.kind {
                Kind::Phone => (msg::PRIVACY_PHONE, msg::PRIVACY_PHONE_HINT),
                Kind::Email => (msg::PRIVACY_EMAIL, msg::PRIVACY_EMAIL_HINT),
                Kind::CitizenId => (msg::PRIVACY_CITIZEN_ID, msg::PRIVACY_CITIZEN_ID_HINT),
            };
            diags.warning(rel, pos, crate::t!(what, text = &f.text), hint);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(Kind, String)> {
        scan(text).into_iter().map(|f| (f.kind, f.text)).collect()
    }

    #[test]
    fn yaml_comments_are_not_published() {
        let yaml = "title: x # gọi 0912 345 678\nnote: \"# 0912 345 679\"\n";
        let cleaned = without_yaml_comments(Path::new("config.yaml"), yaml);
        assert_eq!(
            found(&cleaned),
            vec![(Kind::Phone, "0912 345 679".to_string())]
        );
        let md = "---\ntitle: a # 0912 345 678\n---\nBody # 0912 345 677\n";
        let cleaned = without_yaml_comments(Path::new("content/a.md"), md);
        assert_eq!(
            found(&cleaned),
            vec![(Kind::Phone, "0912 345 677".to_string())]
        );
    }

    #[test]
    fn public_contacts_match_however_written() {
        let public = PublicContacts::new(&["0251 3822 123".into(), "VanPhong@x.gov.vn".into()]);
        let f = scan("+84 251 3822 123; 0251.3822.123; vanphong@x.gov.vn; 0912 345 678");
        let left: Vec<&str> = f
            .iter()
            .filter(|f| !public.allows(f))
            .map(|f| f.text.as_str())
            .collect();
        assert_eq!(left, vec!["0912 345 678"]);
    }
}
