//! Any bytes as a score file in YAML: the loader reports, never panics.
#![no_main]

use bangvang::load::data::fuzz::{ScoreForm, score_file};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    score_file(data, ScoreForm::Yaml);
});
