//! `search-index.js`: what the search page searches, as a script rather than JSON so that it
//! loads from `file://` too, where browsers refuse `fetch`.
//!
//! A site of up to [`WHOLE_UP_TO`] entries has them all in that one file. A larger one would
//! make every reader download megabytes before the first result, so its index is split: each
//! entry goes into a shard for every word of its title and text, keyed by the word's first two
//! letters once folded (diacritics removed, `đ` → `d`, lower case: what search.js does to the
//! query), written as `search/<key>.js`; `search-index.js` then holds only how many entries
//! each shard has. A query loads the smallest shard among its words' keys: every result has
//! a word starting with each word of the query, so it is in that shard.

use std::collections::BTreeMap;

use unicode_normalization::UnicodeNormalization;

use crate::diag::Diagnostic;
use crate::render::parts::search::{Entry, entries};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes;

/// Up to this many entries the index is one file, as on a small site.
pub const WHOLE_UP_TO: usize = 2000;

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
    let mut shards: BTreeMap<String, Vec<&Entry>> = BTreeMap::new();
    for e in &all {
        let mut keys: Vec<String> = words(&fold(&e.searched())).map(key).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            shards.entry(k).or_default().push(e);
        }
    }
    let counts: BTreeMap<&str, usize> = shards.iter().map(|(k, v)| (k.as_str(), v.len())).collect();
    let mut files = vec![(
        routes::SEARCH_INDEX.to_string(),
        format!(
            "window.BANGVANG_SEARCH_SHARDS={};\n",
            script_json(&counts, "{}")
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
    Ok(files)
}

/// Text folded as search.js folds it: decomposed, combining marks (U+0300–U+036F) removed,
/// `đ`/`Đ` → `d`, lower case.
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
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
}
