//! `search-index.js`: what the search page searches, as a script rather than JSON so that it
//! loads from `file://` too, where browsers refuse `fetch`.
//!
//! A site of up to [`WHOLE_UP_TO`] entries has them all in that one file. A larger one would
//! make every reader download megabytes before the first result, so its index is split in two
//! kinds of files, each entry written once:
//!
//! - the entries themselves, numbered in their stable order, [`CHUNK`] to a file
//!   (`search/entries-<n>.js`);
//! - for each key (the first two letters of a word once folded: diacritics removed, `đ` →
//!   `d`, lower case, as search.js folds the query), `search/<key>.js`: the numbers of the
//!   entries with a word of that key, each with those words (`[7, "nguoi nguyen"]`).
//!
//! `search-index.js` then says how many entries each key has and how many entries a chunk
//! holds. A query loads the smallest key file among its words' keys, keeps the entries whose
//! words start with that query word (every result has one), then loads the chunks of those
//! entries, in order, checking the other words on the full text, until it has 100 results.
//! A word is in the key files of its own key only: the whole index, once, plus the words.

use std::collections::BTreeMap;

use unicode_normalization::UnicodeNormalization;

use crate::diag::Diagnostic;
use crate::render::parts::search::entries;
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes;

/// Up to this many entries the index is one file, as on a small site.
pub const WHOLE_UP_TO: usize = 2000;

/// Entries in each chunk file of a split index (about 100 KB).
pub const CHUNK: usize = 500;

/// It quotes every page's opening and names every campaign, rubric, unit, honoree and
/// conference.
pub fn reads() -> Vec<Input> {
    vec![
        Input::PageTexts,
        Input::CampaignHeads,
        Input::Units,
        Input::Honorees,
        Input::Conferences,
    ]
}

/// JSON that is safe in a script: `</script>` must never appear, and serde_json leaves `<`
/// as it is.
fn script_json<T: serde::Serialize + ?Sized>(value: &T, empty: &str) -> String {
    serde_json::to_string(value)
        .unwrap_or_else(|_| empty.into())
        .replace('<', "\\u003c")
}

/// Writes `search-index.js`, and the shards of a large site's index.
pub fn render(r: &Renderer) -> Result<Files, Diagnostic> {
    let all = entries(r.words, r.site);
    if all.len() <= WHOLE_UP_TO {
        let json = script_json(&all, "[]");
        return Ok(vec![(
            routes::SEARCH_INDEX.into(),
            format!("window.BANGVANG_SEARCH={json};\n").into_bytes(),
        )]);
    }
    // Key → (entry number, that entry's words of the key, space-separated).
    let mut shards: BTreeMap<String, Vec<(usize, String)>> = BTreeMap::new();
    for (n, e) in all.iter().enumerate() {
        let folded = fold(&e.searched());
        let mut ws: Vec<&str> = words(&folded).collect();
        ws.sort_unstable();
        ws.dedup();
        let mut by_key: BTreeMap<String, String> = BTreeMap::new();
        for w in ws {
            let words = by_key.entry(key(w)).or_default();
            if !words.is_empty() {
                words.push(' ');
            }
            words.push_str(w);
        }
        for (k, words) in by_key {
            shards.entry(k).or_default().push((n, words));
        }
    }
    let manifest = Manifest {
        keys: shards.iter().map(|(k, v)| (k.as_str(), v.len())).collect(),
        chunk: CHUNK,
        entries: all.len(),
    };
    let mut files = vec![(
        routes::SEARCH_INDEX.to_string(),
        format!(
            "window.BANGVANG_SEARCH_SHARDS={};\n",
            script_json(&manifest, "{}")
        )
        .into_bytes(),
    )];
    for (k, list) in &shards {
        files.push((
            routes::search_shard(k),
            format!(
                "(window.BANGVANG_SEARCH_PARTS=window.BANGVANG_SEARCH_PARTS||{{}})[\"{k}\"]={};\n",
                script_json(list, "[]")
            )
            .into_bytes(),
        ));
    }
    for (n, chunk) in all.chunks(CHUNK).enumerate() {
        files.push((
            routes::search_entries(n),
            format!(
                "(window.BANGVANG_SEARCH_ENTRIES=window.BANGVANG_SEARCH_ENTRIES||{{}})[{n}]={};\n",
                script_json(chunk, "[]")
            )
            .into_bytes(),
        ));
    }
    Ok(files)
}

/// What `search-index.js` says of a split index.
#[derive(serde::Serialize)]
struct Manifest<'a> {
    /// Key → how many entries have a word of that key.
    keys: BTreeMap<&'a str, usize>,
    /// Entries a chunk file holds.
    chunk: usize,
    /// Entries in all.
    entries: usize,
}

/// Text folded as search.js folds it: decomposed, combining marks (U+0300–U+036F) removed,
/// `đ`/`Đ` → `d`, lower case.
///
/// Text of Latin and Vietnamese letters only (nearly all) is folded a character at a time:
/// each of them decomposes to a letter and marks of U+0300–U+036F alone, so dropping the marks
/// of each character's decomposition is dropping them from the whole text's, whose only
/// difference is the order of the marks (the test below compares both ways).
pub fn fold(s: &str) -> String {
    let keep = |c: &char| !('\u{300}'..='\u{36f}').contains(c);
    let plain = |c: char| match c {
        'đ' | 'Đ' => 'd',
        c => c,
    };
    let mut out = String::with_capacity(s.len());
    if crate::text::plainly_nfc(s) {
        for c in s.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                unicode_normalization::char::decompose_canonical(c, |d| {
                    if keep(&d) {
                        out.extend(plain(d).to_lowercase());
                    }
                });
            }
        }
        return out;
    }
    out.extend(s.nfd().filter(keep).map(plain).flat_map(char::to_lowercase));
    out
}

/// The words of folded text: runs of ASCII letters and digits (search.js splits the same way).
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The shard of a word: its first two letters (the word itself when shorter).
pub fn key(word: &str) -> String {
    word.chars().take(2).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_matches_the_script() {
        assert_eq!(fold("Nguyễn Thị Đào"), "nguyen thi dao");
        assert_eq!(fold("PHƯỜNG Ưng"), "phuong ung");
        let ws: Vec<&str> = words("don vi 12, the-thao").collect();
        assert_eq!(ws, ["don", "vi", "12", "the", "thao"]);
        assert_eq!(key("nguyen"), "ng");
        assert_eq!(key("a"), "a");
    }

    #[test]
    fn folding_a_character_at_a_time_is_folding_the_whole() {
        let whole = |s: &str| -> String {
            s.nfd()
                .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
                .map(|c| if c == 'đ' || c == 'Đ' { 'd' } else { c })
                .flat_map(char::to_lowercase)
                .collect()
        };
        let mut all = String::new();
        for c in (0..0x300u32)
            .chain(0x1e00..0x1f00)
            .filter_map(char::from_u32)
        {
            all.push(c);
            assert_eq!(fold(&c.to_string()), whole(&c.to_string()), "{c:?}");
        }
        assert_eq!(fold(&all), whole(&all));
        // Text beyond those letters takes the general way.
        for s in ["Ωμέγα Đà Nẵng", "e\u{301}", "日本 Ấp"] {
            assert_eq!(fold(s), whole(s), "{s:?}");
        }
    }
}
