//! Finding personal data in text: Vietnamese phone numbers, e-mail addresses and 12-digit
//! citizen ID numbers, with their line and column.
//!
//! The scanners are hand-written rather than regular expressions: they only need to know
//! Vietnamese phone formats, and they must not fire on document numbers (`30/2020/NĐ-CP`),
//! dates, points or money.

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
}
