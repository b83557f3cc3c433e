//! The privacy lint of `check`: personal contact details in what will be published.
//!
//! Emulation documents often carry the phone number of the officer to call, and honoree
//! records can carry a citizen ID number (số CCCD) copied from a form. Once published they
//! cannot be taken back, so `check` warns about every phone number, e-mail address and
//! 12-digit citizen ID it finds, with `file:line:column`. Numbers meant to be public (an
//! office's switchboard) are listed under `public_contacts:` in config.yaml.
//!
//! The scanners are hand-written rather than regular expressions: they only need to know
//! Vietnamese phone formats, and they must not fire on document numbers (`30/2020/NĐ-CP`),
//! dates, points or money.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostics, Pos, read_source};
use crate::load::content::walk_files;
use crate::load::frontmatter::split;

/// What a finding looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A Vietnamese phone number: `0xxx xxx xxx`, `0251 3822 123`, `+84 …`.
    Phone,
    /// An e-mail address.
    Email,
    /// A 12-digit citizen ID number (căn cước công dân).
    CitizenId,
}

/// One piece of personal data found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// What it is.
    pub kind: Kind,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The text as written.
    pub text: String,
}

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

/// Finds every phone number, e-mail address and citizen ID number in a text.
pub fn scan(text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        scan_numbers(&chars, i + 1, &mut out);
        scan_emails(&chars, i + 1, &mut out);
    }
    out.sort_by_key(|f| (f.line, f.column));
    out
}

/// Characters that may sit between the digit groups of a phone number.
fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '.' | '-' | '\u{a0}')
}

/// True when what comes right before position `i` makes the number there part of something
/// else: a word, a document number (`30/2020`), a decimal (`9,5`) or a code.
fn glued_before(chars: &[char], i: usize) -> bool {
    let Some(&c) = i.checked_sub(1).and_then(|p| chars.get(p)) else {
        return false;
    };
    let after_digit = i >= 2 && chars[i - 2].is_ascii_digit();
    c.is_alphanumeric()
        || matches!(c, '/' | '_' | '@' | '-' | '+')
        || (matches!(c, ',' | '.') && after_digit)
}

fn scan_numbers(chars: &[char], line: usize, out: &mut Vec<Finding>) {
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            || (matches!(chars[i], '+' | '(')
                && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        if !starts || glued_before(chars, i) {
            i += 1;
            continue;
        }
        let (end, groups, plus) = read_number(chars, i);
        let glued_after = chars
            .get(end)
            .is_some_and(|&c| c.is_alphanumeric() || matches!(c, '/' | '_' | '@'))
            || (chars.get(end).is_some_and(|&c| matches!(c, ',' | '.'))
                && chars.get(end + 1).is_some_and(char::is_ascii_digit));
        if !glued_after && let Some(kind) = classify(&groups, plus) {
            let text: String = chars[i..end].iter().collect();
            out.push(Finding {
                kind,
                line,
                column: i + 1,
                text,
            });
        }
        i = end.max(i + 1);
    }
}

/// Reads digit groups joined by single separators from `start`; returns the end (exclusive),
/// the groups and whether the number began with `+`.
fn read_number(chars: &[char], start: usize) -> (usize, Vec<String>, bool) {
    let mut i = start;
    let plus = chars[i] == '+';
    if plus {
        i += 1;
    }
    let mut groups = Vec::new();
    loop {
        let paren = chars.get(i) == Some(&'(');
        let from = if paren { i + 1 } else { i };
        let mut j = from;
        while chars.get(j).is_some_and(char::is_ascii_digit) {
            j += 1;
        }
        if j == from || (paren && chars.get(j) != Some(&')')) {
            break;
        }
        groups.push(chars[from..j].iter().collect::<String>());
        i = if paren { j + 1 } else { j };
        // Another group follows after one separator (or right after a closing parenthesis).
        let next = if paren
            && chars
                .get(i)
                .is_some_and(|c| c.is_ascii_digit() || *c == '(')
        {
            i
        } else if chars.get(i).copied().is_some_and(is_separator)
            && chars
                .get(i + 1)
                .is_some_and(|c| c.is_ascii_digit() || *c == '(')
        {
            i + 1
        } else {
            break;
        };
        i = next;
    }
    // A trailing separator was not consumed; `i` is just after the last group.
    (i.max(start + 1), groups, plus)
}

fn classify(groups: &[String], plus: bool) -> Option<Kind> {
    let digits: String = groups.concat();
    if groups.is_empty() {
        return None;
    }
    // International form: +84 then the national number without its leading 0.
    let international = plus || (groups.len() > 1 && groups[0] == "84");
    if international {
        let rest = digits.strip_prefix("84")?;
        let rest = rest.strip_prefix('0').unwrap_or(rest);
        return (9..=10).contains(&rest.len()).then_some(Kind::Phone);
    }
    if !digits.starts_with('0') {
        return None;
    }
    // Short groups (`0 5 …`) are lists of figures, not phone numbers.
    if groups.iter().any(|g| g.len() < 2) {
        return None;
    }
    match digits.len() {
        10 | 11 if !digits.starts_with("00") => Some(Kind::Phone),
        12 => Some(Kind::CitizenId),
        _ => None,
    }
}

fn scan_emails(chars: &[char], line: usize, out: &mut Vec<Finding>) {
    let local_char =
        |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
    let domain_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-');
    for (at, _) in chars.iter().enumerate().filter(|(_, c)| **c == '@') {
        let mut start = at;
        while start > 0 && local_char(chars[start - 1]) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < chars.len() && domain_char(chars[end]) {
            end += 1;
        }
        while end > at + 1 && matches!(chars[end - 1], '.' | '-') {
            end -= 1;
        }
        let local: String = chars[start..at].iter().collect();
        let local = local.trim_start_matches('.');
        let domain: String = chars[at + 1..end].iter().collect();
        let tld = domain.rsplit('.').next().unwrap_or("");
        if local.is_empty()
            || !domain.contains('.')
            || tld.len() < 2
            || !tld.chars().all(|c| c.is_ascii_alphabetic())
        {
            continue;
        }
        let column = at - local.chars().count() + 1;
        out.push(Finding {
            kind: Kind::Email,
            line,
            column,
            text: format!("{local}@{domain}"),
        });
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
        let Ok(src) = read_source(root, rel) else {
            continue;
        };
        let text = without_yaml_comments(rel, &src.text);
        for f in scan(&text).into_iter().filter(|f| !public.allows(f)) {
            let pos = Some(Pos::new(f.line, f.column));
            let (what, hint) = match f.kind {
                Kind::Phone => (
                    format!(
                        "`{}` looks like a phone number, and this file is published",
                        f.text
                    ),
                    "remove it, or, if it is meant to be public (an office's number), list it under `public_contacts:` in config.yaml",
                ),
                Kind::Email => (
                    format!(
                        "`{}` is an e-mail address, and this file is published",
                        f.text
                    ),
                    "remove it, or, if it is meant to be public (an office's address), list it under `public_contacts:` in config.yaml",
                ),
                Kind::CitizenId => (
                    format!(
                        "`{}` looks like a citizen ID number (CCCD, 12 digits), and this file is published",
                        f.text
                    ),
                    "remove it: identity numbers must not be published",
                ),
            };
            diags.warning(rel, pos, what, hint);
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
    fn vietnamese_phone_formats() {
        for phone in [
            "0949.051051",
            "0251 3822 123",
            "0912 345 678",
            "091-234-5678",
            "+84 912 345 678",
            "+84912345678",
            "(0251) 3822 123",
            "84 251 3822 123",
        ] {
            assert_eq!(
                found(&format!("liên hệ: {phone}.")),
                vec![(Kind::Phone, phone.to_string())],
                "{phone}"
            );
        }
    }

    #[test]
    fn not_phone_numbers() {
        for text in [
            "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020",
            "ngày 2024-03-15",
            "tổng 1.250.000.000 đồng",
            "p12,9.5,18,2",
            "điểm 93,5 và 0,25",
            "năm 2023 có 15 đơn vị",
            "mã 0123456",
            "Quyết định 0912345678/QĐ",
            "0 5 10 15 20 25 30",
            "1.0949051051",
        ] {
            assert_eq!(found(text), vec![], "{text}");
        }
    }

    #[test]
    fn citizen_ids_and_emails() {
        assert_eq!(
            found("CCCD số 079123456789 cấp ngày"),
            vec![(Kind::CitizenId, "079123456789".into())]
        );
        assert_eq!(
            found("số 079 123 456 789"),
            vec![(Kind::CitizenId, "079 123 456 789".into())]
        );
        assert_eq!(
            found("gửi về vhtt.bienhoa@dongnai.gov.vn."),
            vec![(Kind::Email, "vhtt.bienhoa@dongnai.gov.vn".into())]
        );
        assert_eq!(
            found("[thư](mailto:a.b@x.vn)"),
            vec![(Kind::Email, "a.b@x.vn".into())]
        );
        assert_eq!(found("@nguoidung và a@b"), vec![]);
    }

    #[test]
    fn positions_count_characters() {
        let f = scan("dòng một\nGọi ông Đặng: 0949.051051\n");
        assert_eq!((f[0].line, f[0].column), (2, 15));
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
