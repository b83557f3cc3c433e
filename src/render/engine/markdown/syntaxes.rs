//! The grammars fenced code is highlighted with: syntect's default set (those of Sublime
//! Text's packages), kept in `syntaxes.packdump` with two patterns of the YAML grammar
//! written anew. They match exactly where syntect's match (the proof is on [`REWRITES`], and
//! the tests below check it), so every page is highlighted to the same bytes, but the
//! regex engine no longer backtracks through them character by character: YAML, the
//! language of this project's data files and so of the code its sites show, parses in about
//! half the time.
//!
//! After an upgrade of syntect the tests below fail until the dump is made again:
//! `cargo test --lib write_syntax_dump -- --ignored`.

use std::sync::OnceLock;

use syntect::parsing::SyntaxSet;

/// The syntaxes, loaded once per process; a language's rules are read on its first use.
pub fn set() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(|| {
        syntect::dumps::from_uncompressed_data(include_bytes!("syntaxes.packdump"))
            .expect("syntaxes.packdump is made by this version of syntect (see its tests)")
    })
}

/// A pattern of one of syntect's default grammars, written anew.
#[cfg(test)]
struct Rewrite {
    syntax: &'static str,
    context: &'static str,
    /// The part of the pattern that is replaced, as syntect writes it.
    original: &'static str,
    /// What replaces it.
    faster: &'static str,
}

/// The patterns written anew. Both are the lookahead that tells a mapping's key (`tên đơn
/// vị: …`) from a plain value, in block and in flow style:
///
/// ```text
/// (?= first  ( item | : next | \s+ (?![#\s]) )*  \s* : (\s|$) )
/// ```
///
/// The negative lookahead inside the repetition makes the whole pattern a "fancy" one, run
/// by fancy-regex's backtracking machine one step per character from every start position
/// (81% of the time spent on a line like `ghi_chu: tổ xuất người đạo`). The rewrite moves
/// the lookahead's condition into the next item: a run of spaces not followed by `#` or a
/// space (the original) is followed either by a character that is neither a space, `#` nor
/// `:` (`\s+ [^#\s:]`, that character being the next `item`, which in the original cannot
/// be `#` after spaces) or by `: next` (`\s+ : \S`); a run of spaces before the final `:`
/// is taken by the final `\s*` in both. The two languages are equal, so the lookahead holds
/// at the same positions; it consumes nothing, so the match is the same empty match, and no
/// capture of it is used (the pattern has no `captures`, and the context it pushes refers
/// to no capture). Inside a lookahead with no further lookaround, fancy-regex hands the
/// whole of it to the regex crate's automata.
#[cfg(test)]
const REWRITES: [Rewrite; 2] = [
    Rewrite {
        syntax: "YAML",
        context: "block-pair",
        original: r"\s+ (?![#\s])",
        faster: "\\s+ [^#\\s:]\n    | \\s+ : \\S",
    },
    Rewrite {
        syntax: "YAML",
        context: "flow-pair",
        original: r"\s+ (?![#\s])",
        faster: "\\s+ [^#\\s:[\\[\\]{},]]\n    | \\s+ : [^\\s[\\[\\]{},]]",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use syntect::html::ClassedHTMLGenerator;
    use syntect::parsing::syntax_definition::{Pattern, SyntaxDefinition};
    use syntect::parsing::{Regex, Region, SyntaxSetBuilder};
    use syntect::util::LinesWithEndings;

    use crate::render::engine::markdown::CODE_CLASS_STYLE;

    /// syntect's default grammars with [`REWRITES`] made, as definitions.
    fn rewritten_definitions() -> Vec<SyntaxDefinition> {
        let mut syntaxes = SyntaxSet::load_defaults_newlines()
            .into_builder()
            .syntaxes()
            .to_vec();
        for rewrite in &REWRITES {
            let mut made = 0;
            let syntax = syntaxes.iter_mut().find(|s| s.name == rewrite.syntax);
            let context = syntax.and_then(|s| s.contexts.get_mut(rewrite.context));
            for pattern in context.map(|c| c.patterns.iter_mut()).into_iter().flatten() {
                if let Pattern::Match(m) = pattern {
                    let text = m.regex.regex_str();
                    if text.matches(rewrite.original).count() == 1 {
                        m.regex = Regex::new(text.replace(rewrite.original, rewrite.faster));
                        made += 1;
                    }
                }
            }
            assert_eq!(
                made, 1,
                "syntect's {}/{} changed: look at the rewrite again",
                rewrite.syntax, rewrite.context
            );
        }
        syntaxes
    }

    /// Writes `syntaxes.packdump` again (after an upgrade of syntect).
    #[test]
    #[ignore = "writes the dump; run by hand after an upgrade of syntect"]
    fn write_syntax_dump() {
        let mut builder = SyntaxSetBuilder::new();
        rewritten_definitions()
            .into_iter()
            .for_each(|s| builder.add(s));
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/render/engine/markdown/syntaxes.packdump");
        syntect::dumps::dump_to_uncompressed_file(&builder.build(), path).unwrap();
    }

    #[test]
    fn the_dump_is_syntects_defaults_with_the_rewrites() {
        let ours = set().clone().into_builder();
        let expected = rewritten_definitions();
        assert_eq!(ours.syntaxes().len(), expected.len());
        for (a, b) in ours.syntaxes().iter().zip(&expected) {
            assert!(a == b, "{} differs: make the dump again", a.name);
        }
    }

    #[test]
    fn languages_are_found_by_the_same_names() {
        let defaults = SyntaxSet::load_defaults_newlines();
        for syntax in defaults.syntaxes() {
            let tokens = syntax.file_extensions.iter().chain([&syntax.name]);
            for token in tokens {
                let want = defaults.find_syntax_by_token(token).map(|s| &s.name);
                let got = set().find_syntax_by_token(token).map(|s| &s.name);
                assert_eq!(got, want, "{token}");
            }
        }
    }

    /// Where a pattern first matches in `text` from `start`.
    fn first_match(re: &Regex, text: &str, start: usize) -> Option<(usize, usize)> {
        let mut region = Region::new();
        re.search(text, start, text.len(), Some(&mut region))
            .then(|| region.pos(0))
            .flatten()
    }

    #[test]
    fn rewritten_patterns_match_where_the_originals_do() {
        let defaults = SyntaxSet::load_defaults_newlines().into_builder();
        let ours = set().clone().into_builder();
        let alphabet: Vec<char> = "a :#-?,[]{}\t\"'đ".chars().collect();
        // Every string of up to four of these characters, then longer ones drawn at random.
        let mut level = vec![String::new()];
        let mut texts = level.clone();
        for _ in 0..4 {
            level = level
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(level.iter().cloned());
        }
        let mut seed: u64 = 2024;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            let len = 5 + (seed >> 33) as usize % 30;
            let text: String = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    alphabet[(seed >> 33) as usize % alphabet.len()]
                })
                .collect();
            texts.push(text);
        }
        for rewrite in &REWRITES {
            let pattern = |b: &SyntaxSetBuilder, part: &str| -> Regex {
                let syntax = b.syntaxes().iter().find(|s| s.name == rewrite.syntax);
                let context = &syntax.unwrap().contexts[rewrite.context];
                context
                    .patterns
                    .iter()
                    .find_map(|p| match p {
                        Pattern::Match(m) if m.regex.regex_str().contains(part) => {
                            Some(Regex::new(m.regex.regex_str().to_string()))
                        }
                        _ => None,
                    })
                    .unwrap()
            };
            let original = pattern(&defaults, rewrite.original);
            let faster = pattern(&ours, rewrite.faster);
            assert_ne!(original.regex_str(), faster.regex_str());
            for text in &texts {
                for line in [text.clone(), format!("{text}\n")] {
                    let starts = line.char_indices().map(|(i, _)| i).chain([line.len()]);
                    for start in starts {
                        assert_eq!(
                            first_match(&faster, &line, start),
                            first_match(&original, &line, start),
                            "{}/{} on {line:?} from {start}",
                            rewrite.syntax,
                            rewrite.context
                        );
                    }
                }
            }
        }
    }

    fn classed(set: &SyntaxSet, lang: &str, code: &str) -> String {
        let syntax = set.find_syntax_by_token(lang).unwrap();
        let mut generator =
            ClassedHTMLGenerator::new_with_class_style(syntax, set, CODE_CLASS_STYLE);
        for line in LinesWithEndings::from(code) {
            generator
                .parse_html_for_line_which_includes_newline(line)
                .unwrap();
        }
        generator.finalize()
    }

    #[test]
    fn code_is_highlighted_as_with_syntects_defaults() {
        let samples = [
            (
                "yaml",
                "title: Phong trào thi đua\nyear: 2024\nclusters:\n  - id: cum-1\n    name: Cụm 1 # ghi chú\n    members: [u1, u2, \"u 3\"]\n    leader: u1\nkey with spaces: value with spaces\nkhông dấu # không phải khóa: x\na #b: c\n? complex key\n: complex value\nflow: {a: 1, b c: [2, 3], d: {e: f}}\nurl: http://example.org/a:b\nlist:\n- a: b\n  c:   d\n-   e\nblock: |\n  line: one\n  # not a comment\nfolded: >-\n  x: y\nanchors: &a {x: 1}\nref: *a\n\"quoted key\": 'v: w'\ntabs:\tvalue\n",
            ),
            (
                "yaml",
                "diem:\n  - {tieu_chi: \"1.3\", diem: 4.48}\n  - {tieu_chi :  \"2.5\" , diem:2.59}\nghi_chu: tổ xuất người đạo trường đồng\nhoan_thanh: true\n---\n%YAML 1.2\n...\n",
            ),
            (
                "json",
                "{\"a\": [1, 2.5e3, true, null], \"b\": {\"c\": \"d\\n\"}}\n",
            ),
            (
                "bash",
                "#!/bin/bash\nfor f in data/*.csv; do\n  echo \"$f: $(wc -l < \"$f\")\"\ndone\ncat <<EOF\nx: y\nEOF\n",
            ),
            (
                "html",
                "<!DOCTYPE html>\n<p class=\"a\">Xin chào <b>bạn</b></p>\n<script>let a = {b: 1};</script>\n<style>p { color: red }</style>\n",
            ),
            (
                "markdown",
                "# Tiêu đề\n\n- a: b\n\n```yaml\nkey with spaces: v\nflow: {a b: c}\n```\n\n```json\n{\"a\": 1}\n```\n",
            ),
            ("css", "p > a:hover { color: #fff; margin: 0 auto; }\n"),
            ("js", "const x = {a: [1, 2], 'b c': `t ${y}`};\n"),
            (
                "python",
                "def f(x: int) -> str:\n    return f\"{x}: ok\"  # ghi chú\n",
            ),
            (
                "rust",
                "fn main() { let s = \"a: b\"; println!(\"{s}\"); }\n",
            ),
            (
                "sql",
                "SELECT don_vi, SUM(diem) FROM diem GROUP BY don_vi;\n",
            ),
            ("xml", "<?xml version=\"1.0\"?>\n<a b=\"c\"><d/></a>\n"),
        ];
        let defaults = SyntaxSet::load_defaults_newlines();
        for (lang, code) in samples {
            assert_eq!(
                classed(set(), lang, code),
                classed(&defaults, lang, code),
                "{lang}"
            );
        }
    }
}
