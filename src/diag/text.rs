//! Text for people in the tool's two languages (SPEC §8): Vietnamese by default, English on
//! request.
//!
//! Every message the tool prints is a [`Phrase`] of the catalogue ([`super::catalogue`]),
//! which holds it in both languages with named blanks (`{unit}`). A message is filled in both
//! languages where it is made ([`t!`](crate::t)), as a [`Text`]; the language is chosen only
//! when it is printed, because a diagnostic is made long before anyone knows which language
//! the reader wants (config.yaml may not even parse).

use std::fmt::Display;

/// A language of the tool's messages and of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    /// Vietnamese, the default.
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// Reads `vi` or `en` (any case).
    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// `vi` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

/// A phrase of the catalogue in both languages; `{name}` marks a blank filled by [`t!`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phrase {
    /// The Vietnamese.
    pub vi: &'static str,
    /// The English.
    pub en: &'static str,
}

impl Phrase {
    /// The phrase in one language.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }

    /// The phrase with its blanks filled, in both languages.
    pub fn fill(&self, args: &[(&str, Arg)]) -> Text {
        Text::new(fill(self.vi, Lang::Vi, args), fill(self.en, Lang::En, args))
    }
}

/// A message in both languages, filled in; printed in one of them. One allocation for both,
/// so that a diagnostic stays small.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(Box<[String; 2]>);

impl Text {
    /// A message from its Vietnamese and its English.
    pub fn new(vi: String, en: String) -> Text {
        Text(Box::new([vi, en]))
    }

    /// The message in one language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.0[0],
            Lang::En => &self.0[1],
        }
    }

    /// True when there is nothing to say.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(String::is_empty)
    }

    /// Text that is the same in every language: a name, a number, a path.
    pub fn verbatim(s: impl Into<String>) -> Text {
        let s = s.into();
        Text::new(s.clone(), s)
    }

    /// The two texts joined with `sep` between them (when both say something).
    pub fn join(&self, sep: &str, other: &Text) -> Text {
        let join = |lang: Lang| {
            let (a, b) = (self.get(lang), other.get(lang));
            match (a.is_empty(), b.is_empty()) {
                (true, _) => b.to_string(),
                (_, true) => a.to_string(),
                _ => format!("{a}{sep}{b}"),
            }
        };
        Text::new(join(Lang::Vi), join(Lang::En))
    }
}

/// Logs, tests and the English interface read a message in English.
impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.get(Lang::En)
    }
}

/// Tests compare a message with its English.
impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.get(Lang::En) == *other
    }
}

/// Tests compare a message with its English.
impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.get(Lang::En) == other
    }
}

impl From<Phrase> for Text {
    fn from(p: Phrase) -> Text {
        p.fill(&[])
    }
}

impl From<&Phrase> for Text {
    fn from(p: &Phrase) -> Text {
        p.fill(&[])
    }
}

/// A value put in a blank: the same in every language, or itself a [`Text`].
#[derive(Debug, Clone)]
pub enum Arg {
    /// A name, number or path.
    Plain(String),
    /// A message, in both languages.
    Text(Text),
}

/// Turns a value into an [`Arg`]: anything printable, or a [`Text`] (which is not printable
/// as such, so that it always goes into a message in the reader's language). [`t!`](crate::t)
/// borrows its values.
pub trait ToArg {
    /// The value as a blank's filling.
    fn to_arg(&self) -> Arg;
}

impl<T: Display + ?Sized> ToArg for T {
    fn to_arg(&self) -> Arg {
        Arg::Plain(self.to_string())
    }
}

impl ToArg for Text {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.clone())
    }
}

impl ToArg for &Text {
    fn to_arg(&self) -> Arg {
        Arg::Text((*self).clone())
    }
}

/// Fills the blanks of `pattern` in `lang`: `{name}` by the value named `name`. A blank
/// without a value stays as it is written (the catalogue's tests make sure none is missing).
fn fill(pattern: &str, lang: Lang, args: &[(&str, Arg)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if is_name(&after[..close]) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, Arg::Plain(v))) => out.push_str(v),
                    Some((_, Arg::Text(t))) => out.push_str(t.get(lang)),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// True for a blank's name: ASCII letters, digits and `_`.
fn is_name(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The names of the blanks of a pattern, sorted, without repeats.
pub fn blanks(pattern: &str) -> Vec<&str> {
    let mut out: Vec<&str> = pattern
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(n, _)| n))
        .filter(|n| is_name(n))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// A message of the catalogue, filled in both languages:
/// `t!(UNIT_HAS_NO_NAME, unit = id)`, or `t!(EMPTY_FILE)` for one without blanks.
#[macro_export]
macro_rules! t {
    ($phrase:expr) => {
        $crate::diag::text::Text::from($phrase)
    };
    ($phrase:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $phrase.fill(&[$((stringify!($name), $crate::diag::text::ToArg::to_arg(&$value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    const UNIT: Phrase = Phrase {
        vi: "đơn vị `{unit}` chưa có tên ({n} lần)",
        en: "unit `{unit}` has no name ({n} times)",
    };

    #[test]
    fn blanks_are_filled_in_both_languages() {
        let t = crate::t!(UNIT, unit = "p12", n = 2);
        assert_eq!(t.get(Lang::Vi), "đơn vị `p12` chưa có tên (2 lần)");
        assert_eq!(t.get(Lang::En), "unit `p12` has no name (2 times)");
        assert_eq!(&*t, "unit `p12` has no name (2 times)");
        let inner = crate::t!(UNIT, unit = "x", n = 1);
        const OUTER: Phrase = Phrase {
            vi: "{why}; sửa lại",
            en: "{why}; fix it",
        };
        let o = crate::t!(OUTER, why = &inner);
        assert_eq!(o.get(Lang::Vi), "đơn vị `x` chưa có tên (1 lần); sửa lại");
        assert_eq!(blanks(UNIT.vi), ["n", "unit"]);
        assert_eq!(fill("{ a } {b", Lang::Vi, &[]), "{ a } {b");
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
    }
}
