//! Any bytes as a rubric file: the loader reports, never panics.
#![no_main]

use bangvang::load::data::fuzz::rubric_file;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    rubric_file(data);
});
