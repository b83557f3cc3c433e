//! The catalogue of every message the tool prints (SPEC §8): errors, warnings, hints, progress,
//! summaries and `--help`, each in Vietnamese and English.
//!
//! One file per part of the tool, each a list of [`Phrase`]s made by `phrases!`; a message is
//! printed with [`t!`](crate::t), which fills its blanks (`{unit}`) in both languages. The
//! Vietnamese is written for the clerks of a ward or a department who publish with bangvang:
//! short, plain words, the fix as an imperative ("Sửa thành 14.5"), and the terms of the
//! documents they work with — đơn vị, cụm thi đua, tiêu chí, bảng chấm điểm, giai đoạn chấm,
//! điểm thưởng, điểm trừ, xếp loại, phong trào, gương điển hình, hội nghị.
//!
//! The tests below fail when a phrase is empty in either language or when the two languages
//! do not have the same blanks.

use super::text::Phrase;

/// Declares the phrases of one file, and `ALL`, the list of them for the tests.
macro_rules! phrases {
    ($($(#[$doc:meta])* $name:ident { vi: $vi:expr, en: $en:expr $(,)? })*) => {
        $(
            $(#[$doc])*
            pub const $name: $crate::diag::text::Phrase =
                $crate::diag::text::Phrase { vi: $vi, en: $en };
        )*
        /// Every phrase of this file, by name.
        pub const ALL: &[(&str, $crate::diag::text::Phrase)] = &[$((stringify!($name), $name)),*];
    };
}

pub mod cli;
pub mod data;
pub mod data_campaign;
pub mod data_decisions;
pub mod data_rubric;
pub mod data_scores;
pub mod data_sheets;
pub mod data_yaml;
pub mod files;
pub mod forms;
pub mod load;
pub mod serve_loop;
pub mod site;

/// Every phrase of the catalogue, by file and name.
pub fn all() -> Vec<(&'static str, &'static str, Phrase)> {
    let parts: [(&str, &[(&str, Phrase)]); 13] = [
        ("cli", cli::ALL),
        ("data", data::ALL),
        ("data_campaign", data_campaign::ALL),
        ("data_decisions", data_decisions::ALL),
        ("data_rubric", data_rubric::ALL),
        ("data_scores", data_scores::ALL),
        ("data_sheets", data_sheets::ALL),
        ("data_yaml", data_yaml::ALL),
        ("files", files::ALL),
        ("forms", forms::ALL),
        ("load", load::ALL),
        ("serve_loop", serve_loop::ALL),
        ("site", site::ALL),
    ];
    parts
        .iter()
        .flat_map(|(part, list)| list.iter().map(move |(name, p)| (*part, *name, *p)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::text::blanks;
    use super::*;

    #[test]
    fn every_phrase_is_in_both_languages_with_the_same_blanks() {
        let all = all();
        for (part, name, p) in &all {
            assert!(!p.vi.trim().is_empty(), "{part}::{name} has no Vietnamese");
            assert!(!p.en.trim().is_empty(), "{part}::{name} has no English");
            assert_eq!(
                blanks(p.vi),
                blanks(p.en),
                "{part}::{name}: the two languages have different blanks"
            );
        }
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<&str> = all().iter().map(|(_, n, _)| *n).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len(), "two phrases share a name");
    }
}
