//! `search-index.js`: what the search page searches, as a script rather than JSON so that it
//! loads from `file://` too, where browsers refuse `fetch`.

use crate::diag::Diagnostic;
use crate::render::parts::search::entries;
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes;

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

/// Writes `search-index.js`.
pub fn render(r: &Renderer) -> Result<Files, Diagnostic> {
    // `</script>` must never appear: serde_json leaves `<` as it is, so it is escaped here.
    let json = serde_json::to_string(&entries(r.words, r.site))
        .unwrap_or_else(|_| "[]".into())
        .replace('<', "\\u003c");
    Ok(vec![(
        routes::SEARCH_INDEX.into(),
        format!("window.BANGVANG_SEARCH={json};\n").into_bytes(),
    )])
}
