//! Any text through the front-matter splitter: it keeps its promises (pieces of the text, in
//! order, with the right line numbers), never panics.
#![no_main]

use bangvang::load::data::fuzz::front_matter;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    front_matter(data);
});
