//! Any bytes through the source decoder (line endings) and the YAML limits checked before
//! parsing: never a panic, a line number that exists, and nothing accepted that the parser
//! cannot take.
#![no_main]

use bangvang::load::data::fuzz::yaml_limits;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    yaml_limits(data);
});
