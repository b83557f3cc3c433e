//! Entry points for fuzzing: each takes the bytes of one file, runs the loader a build runs on
//! such a file, and returns what it reported. Whatever the bytes, none may panic.
//!
//! The `fuzz/` crate (cargo fuzz, libFuzzer) calls these; so do the tests below, which stand in
//! for it on a stable toolchain by feeding every entry seeds, mutations of the seeds and random
//! text, and which replay every input fuzzing ever crashed on (`fuzz/regressions/`).
//!
//! Score files are checked against a fixed small site: the units [`UNITS`] and the rubric
//! [`RUBRIC`], every unit taking part.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use crate::diag::{Diagnostics, SourceText, decode_source};
use crate::load::frontmatter::{SplitError, split};
use crate::model::{Rubric, Unit};

use super::scores::context::Context;
use super::units::UnitIndex;

/// The units fuzzed score files refer to: id, name, kind.
pub const UNITS: [(&str, &str, &str); 4] = [
    ("p1", "Phường 1", "phuong"),
    ("p2", "Phường 2", "phuong"),
    ("p10", "Phường 10", "phuong"),
    ("x1", "Xã Một", "xa"),
];

/// The rubric fuzzed score files are for: a section with two leaves, a top-level leaf, bonus
/// and deduction caps.
pub const RUBRIC: &str = "title: Bảng điểm
criteria:
  - id: \"1\"
    title: Tuyên truyền
    max: 30
    items:
      - {id: \"1.1\", title: Kế hoạch, max: 10}
      - {id: \"1.2\", title: Thực hiện, max: 20}
  - {id: \"2\", title: Báo cáo, max: 9.5}
bonus: {max: 5}
deduction: {max: 2.5}
bands:
  - {label: Tốt, min: 35}
  - {label: Khá, min: 0}
tie_breakers: [\"1\", bonus]
";

/// The form of a score file (SPEC §3.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreForm {
    /// Wide or long CSV: the loader tells them apart by the header.
    Csv,
    /// YAML.
    Yaml,
}

fn units() -> &'static UnitIndex {
    static UNIT_INDEX: OnceLock<UnitIndex> = OnceLock::new();
    UNIT_INDEX.get_or_init(|| {
        let units: BTreeMap<String, Unit> = UNITS
            .iter()
            .map(|(id, name, kind)| {
                let unit = Unit {
                    id: id.to_string(),
                    name: name.to_string(),
                    kind: kind.to_string(),
                    attrs: BTreeMap::new(),
                };
                (id.to_string(), unit)
            })
            .collect();
        UnitIndex::new(
            units,
            true,
            Some("data/units.yaml".into()),
            Default::default(),
        )
    })
}

fn rubric() -> &'static Rubric {
    static PARSED: OnceLock<Rubric> = OnceLock::new();
    PARSED.get_or_init(|| {
        let src = SourceText::new("rubrics/vhtt.yaml", RUBRIC.to_string());
        let mut diags = Diagnostics::new();
        let rubric = super::rubric::load_rubric(&src, "vhtt", units(), &mut diags);
        assert!(diags.is_empty(), "the fuzzing rubric is valid");
        rubric.expect("the fuzzing rubric loads")
    })
}

/// Reads `bytes` as the score file of one stage of [`RUBRIC`] and returns the diagnostics.
pub fn score_file(bytes: &[u8], form: ScoreForm) -> Diagnostics {
    let path = match form {
        ScoreForm::Csv => Path::new("scores/vhtt/self.csv"),
        ScoreForm::Yaml => Path::new("scores/vhtt/self.yaml"),
    };
    let participants = UNITS.iter().map(|(id, _, _)| id.to_string()).collect();
    let ctx = Context::new(rubric(), units(), participants);
    let mut diags = Diagnostics::new();
    super::scores::read_bytes(path, bytes, &ctx, &mut diags);
    diags
}

/// Reads `bytes` as a rubric file and returns the diagnostics.
pub fn rubric_file(bytes: &[u8]) -> Diagnostics {
    let mut diags = Diagnostics::new();
    match decode_source(Path::new("rubrics/vhtt.yaml"), bytes) {
        Ok(src) => {
            super::rubric::load_rubric(&src, "vhtt", units(), &mut diags);
        }
        Err(d) => diags.push(d),
    }
    diags
}

/// Splits `bytes` (when they are text) into front matter and body, and checks what the
/// splitter promises: the YAML and the body are pieces of the text, in that order, and their
/// line numbers count the lines before them. Panics when a promise is broken: that is the
/// finding a fuzzer reports.
pub fn front_matter(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let offset_of = |piece: &str| piece.as_ptr() as usize - text.as_ptr() as usize;
    let line_at = |offset: usize| 1 + text[..offset].matches('\n').count();
    match split(text) {
        Ok(s) => {
            let (yaml_at, body_at) = (offset_of(s.yaml), offset_of(s.body));
            assert!(yaml_at + s.yaml.len() <= body_at && body_at + s.body.len() == text.len());
            assert_eq!(s.yaml_line, line_at(yaml_at), "yaml_line of {text:?}");
            // An empty body after a closing fence that ends the file without a line break
            // starts on "the next line", one past the last: either count is right.
            let body_line = line_at(body_at);
            let next = body_line + usize::from(s.body.is_empty() && !text.ends_with('\n'));
            assert!(
                s.body_line == body_line || s.body_line == next,
                "body_line {} of {text:?}",
                s.body_line
            );
        }
        Err(SplitError::Unclosed(line)) => {
            let fence = text.split('\n').nth(line - 1).map(str::trim_end);
            assert_eq!(fence, Some("---"), "opening fence of {text:?}");
        }
        Err(SplitError::NoOpening) => {
            let first = text.split('\n').find(|l| !l.trim().is_empty());
            assert_ne!(first.map(str::trim_end), Some("---"), "{text:?}");
        }
    }
}

/// Decodes `bytes` as a source file (any line ending) and checks them against the YAML limits,
/// and checks the promises: the limits never panic and answer in one pass; an accepted text is
/// one the parser can take without recursing past the limit; every line number given is a line
/// of the text.
pub fn yaml_limits(bytes: &[u8]) {
    let Ok(src) = decode_source(Path::new("data/x.yaml"), bytes) else {
        return;
    };
    let lines = src.text.lines().count().max(1);
    match crate::load::limits::check_yaml(&src, &src.text, 0, 1 << 20) {
        Ok(()) => {
            let _ = serde_yaml::from_str::<serde_yaml::Value>(&src.text);
        }
        Err(d) => {
            let line = d.line.expect("a limit names the line");
            assert!(line >= 1 && line <= lines, "line {line} of {lines}");
        }
    }
}

#[cfg(test)]
mod tests {
    //! Fuzzing on a stable toolchain: seeds, mutated seeds and random text through every entry,
    //! and every input that ever crashed one, kept in `fuzz/regressions/<target>/`.

    use super::*;
    use proptest::prelude::*;

    /// Seeds of a fuzz target: the files in `fuzz/seeds/<target>/`.
    fn seeds(target: &str) -> Vec<Vec<u8>> {
        files(&format!("fuzz/seeds/{target}"))
    }

    /// The inputs that crashed a target once: `fuzz/regressions/<target>/`.
    fn regressions(target: &str) -> Vec<Vec<u8>> {
        files(&format!("fuzz/regressions/{target}"))
    }

    fn files(dir: &str) -> Vec<Vec<u8>> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let Ok(read) = std::fs::read_dir(&dir) else {
            return Vec::new();
        };
        let mut paths: Vec<_> = read.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        paths
            .into_iter()
            .filter(|p| p.is_file())
            .map(|p| std::fs::read(p).unwrap())
            .collect()
    }

    /// Every entry, by the name of its fuzz target.
    fn run(target: &str, bytes: &[u8]) {
        match target {
            "scores_csv" => drop(score_file(bytes, ScoreForm::Csv)),
            "scores_yaml" => drop(score_file(bytes, ScoreForm::Yaml)),
            "rubric" => drop(rubric_file(bytes)),
            "front_matter" => front_matter(bytes),
            "yaml_limits" => yaml_limits(bytes),
            _ => unreachable!("{target}"),
        }
    }

    const TARGETS: [&str; 5] = [
        "scores_csv",
        "scores_yaml",
        "rubric",
        "front_matter",
        "yaml_limits",
    ];

    /// A small deterministic generator (xorshift), so that a failure repeats.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    /// Bytes that matter to the parsers: separators, quotes, digits, signs, YAML punctuation,
    /// line ends, a multi-byte letter, a BOM piece and an invalid byte.
    const INTERESTING: &[&[u8]] = &[
        b",",
        b";",
        b"\"",
        b"'",
        b"\n",
        b"\r\n",
        b"\t",
        b" ",
        b"0",
        b"9",
        b".",
        b"-",
        b"+",
        b":",
        b"{",
        b"}",
        b"[",
        b"]",
        b"#",
        b"&",
        b"*",
        b"!",
        b"|",
        b">",
        b"---\n",
        b"\xEF\xBB\xBF",
        b"\xC3\xA0",
        b"\xFF",
        b"1.1",
        b"bonus",
        b"note",
        b"p1",
        b"Ph\xC6\xB0\xE1\xBB\x9Dng 1",
        b"99999999999999999999",
        b"1e400",
        b"9,5",
        b"items:",
        b"max:",
    ];

    /// A mutation of `seed`: a few insertions, deletions, overwrites and duplications.
    fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
        let mut out = seed.to_vec();
        for _ in 0..1 + rng.below(6) {
            let at = rng.below(out.len() + 1);
            match rng.below(4) {
                0 => {
                    let piece = INTERESTING[rng.below(INTERESTING.len())];
                    out.splice(at..at, piece.iter().copied());
                }
                1 if !out.is_empty() => {
                    let end = (at + 1 + rng.below(8)).min(out.len());
                    out.drain(at.min(end)..end);
                }
                2 if at < out.len() => out[at] = rng.next() as u8,
                _ => {
                    let end = (at + rng.below(64)).min(out.len());
                    let piece = out[at..end].to_vec();
                    out.splice(at..at, piece);
                }
            }
        }
        out
    }

    #[test]
    fn every_target_has_seeds() {
        for t in TARGETS {
            assert!(!seeds(t).is_empty(), "no seeds for {t}");
        }
    }

    #[test]
    fn seeds_and_past_crashes_run_clean() {
        for t in TARGETS {
            for input in seeds(t).iter().chain(&regressions(t)) {
                run(t, input);
            }
        }
    }

    #[test]
    fn mutated_seeds_never_panic() {
        // 2 500 mutations a target in a debug build; set BANGVANG_FUZZ_CASES for more.
        let cases: usize = std::env::var("BANGVANG_FUZZ_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(2_500);
        for (n, t) in TARGETS.iter().enumerate() {
            let seeds = seeds(t);
            let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ n as u64);
            for _ in 0..cases {
                let input = mutate(&seeds[rng.below(seeds.len())], &mut rng);
                let caught = std::panic::catch_unwind(|| run(t, &input));
                assert!(
                    caught.is_ok(),
                    "{t} panicked on {:?}",
                    String::from_utf8_lossy(&input)
                );
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn random_csv_never_panics(s in "[a-z0-9.,;\"' \n\r\t\u{feff}ườ-]{0,200}") {
            score_file(format!("unit,1.1,1.2,2,bonus,note\n{s}").as_bytes(), ScoreForm::Csv);
            score_file(format!("đơn vị;tiêu chí;điểm\n{s}").as_bytes(), ScoreForm::Csv);
            score_file(s.as_bytes(), ScoreForm::Csv);
        }

        #[test]
        fn random_yaml_never_panics(s in "[a-z0-9.,:\"'{}\\[\\]#&*!|> \n-]{0,200}") {
            score_file(s.as_bytes(), ScoreForm::Yaml);
            rubric_file(s.as_bytes());
            rubric_file(format!("title: x\ncriteria:\n  - {s}").as_bytes());
        }

        #[test]
        fn random_bytes_never_panic(b in proptest::collection::vec(any::<u8>(), 0..200)) {
            for t in TARGETS {
                run(t, &b);
            }
        }

        #[test]
        fn front_matter_keeps_its_promises(s in "(---|\\.\\.\\.|[a-z: ]{0,8}|\r|\n| ){0,24}") {
            front_matter(s.as_bytes());
        }
    }
}
