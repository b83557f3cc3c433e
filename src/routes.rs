//! Every address of the site, made here and nowhere else (SPEC §5).
//!
//! A page lives at a *site path*: relative to the site root, without a leading slash, ending
//! with `/` (`campaigns/bien-hoa-2023/`), the home page being the empty path. It is written
//! to `<path>index.html`, and every link to it names that file ([`Route::url`]), so that the
//! site works under any sub-path and opened from disk. A page links to another as
//! `{{ root }}{{ url }}`, where `root` is its own way back to the site root ([`Route::root`]).
//! Files that are not pages (`results.json`, photos) have a file path and no route.

/// The address of a page.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Route(String);

impl Route {
    /// The page at a site path (`a/b/`, or `` for the home page), as content pages have it.
    pub fn at(path: impl Into<String>) -> Route {
        Route(path.into())
    }

    /// The site path: `a/b/`.
    pub fn path(&self) -> &str {
        &self.0
    }

    /// The file the page is written to, which is also what links to it name:
    /// `a/b/index.html`, `index.html` for the home page.
    pub fn url(&self) -> String {
        url_of(&self.0)
    }

    /// The way back to the site root from the page: `a/b/` → `../../`.
    pub fn root(&self) -> String {
        root_of(&self.0)
    }
}

/// The file of a site path: `a/b/` → `a/b/index.html`; a file path is its own address.
pub fn url_of(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

/// The way back to the site root from a site path: `a/b/` → `../../`.
pub fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// Where the pages of `lang` are from the site root when the site's main language is `main`:
/// the main language at the root, each other under `<code>/` (SPEC §8).
pub fn language_prefix(lang: crate::diag::Lang, main: crate::diag::Lang) -> String {
    if lang == main {
        String::new()
    } else {
        format!("{}/", lang.code())
    }
}

/// The home page.
pub fn home() -> Route {
    Route::at("")
}

/// `/campaigns/`: every campaign.
pub fn campaigns() -> Route {
    Route::at("campaigns/")
}

/// A campaign's page.
pub fn campaign(c: &str) -> Route {
    Route(format!("campaigns/{c}/"))
}

/// A rubric's overall scoreboard (with the rubric itself).
pub fn rubric(c: &str, r: &str) -> Route {
    Route(format!("campaigns/{c}/{r}/"))
}

/// A cluster's scoreboard on a rubric.
pub fn cluster(c: &str, r: &str, cluster: &str) -> Route {
    Route(format!("campaigns/{c}/{r}/{cluster}/"))
}

/// A unit's scorecard on a rubric.
pub fn scorecard(c: &str, r: &str, unit: &str) -> Route {
    Route(format!("campaigns/{c}/{r}/units/{unit}/"))
}

/// A unit's page across campaigns.
pub fn unit(u: &str) -> Route {
    Route(format!("units/{u}/"))
}

/// `/honorees/`: the honoree index.
pub fn honorees() -> Route {
    Route::at("honorees/")
}

/// An honoree's profile.
pub fn honoree(id: &str) -> Route {
    Route(format!("honorees/{id}/"))
}

/// `/conferences/`: the list of conferences.
pub fn conferences() -> Route {
    Route::at("conferences/")
}

/// A conference's page.
pub fn conference(id: &str) -> Route {
    Route(format!("conferences/{id}/"))
}

/// A conference's printable handout.
pub fn handout(id: &str) -> Route {
    Route(format!("conferences/{id}/handout/"))
}

/// The draft decision of a campaign's `k`-th award rule (from 1, SPEC §9.4).
pub fn decision(c: &str, k: usize) -> Route {
    Route(format!("{}decisions/{k}/", campaign(c).path()))
}

/// The certificates of a campaign's `k`-th award rule (from 1, SPEC §9.4).
pub fn certificates(c: &str, k: usize) -> Route {
    Route(format!("{}certificates/{k}/", campaign(c).path()))
}

/// Part `n` (from 1) of a long list split over several pages: part 1 is the page itself,
/// the others `trang_<n>/` under it (an identifier never holds `_`, so no cluster or honoree
/// shares the address).
pub fn part(route: &Route, n: usize) -> Route {
    if n <= 1 {
        route.clone()
    } else {
        Route(format!("{}trang_{n}/", route.path()))
    }
}

/// The search page.
pub fn search() -> Route {
    Route::at("search/")
}

/// The page served for a missing address (written from the site root, whatever the depth
/// it is served at).
pub const NOT_FOUND: &str = "404.html";

/// The search index, a script so that it loads from `file://` too.
pub const SEARCH_INDEX: &str = "search-index.js";

/// The sitemap.
pub const SITEMAP: &str = "sitemap.xml";

/// The Atom feed of official documents.
pub const ATOM: &str = "atom.xml";

/// The stylesheet of highlighted code.
pub const CODE_STYLE: &str = "assets/syntax.css";

/// A campaign's results as JSON (SPEC §5).
pub fn results_json(c: &str) -> String {
    format!("{}results.json", campaign(c).path())
}

/// A campaign's results for one rubric as JSON (the same shape as `results.json`, one rubric),
/// so a reader of one board downloads only its part.
pub fn results_json_rubric(c: &str, r: &str) -> String {
    format!("{}results.json", rubric(c, r).path())
}

/// A campaign's results for one cluster on one rubric as JSON.
pub fn results_json_cluster(c: &str, r: &str, cluster: &str) -> String {
    format!("{}results.json", self::cluster(c, r, cluster).path())
}

/// A shard of the search index of a large site: the numbers of the entries with a word
/// starting with `key` (two folded letters or digits), and those words, as a script.
pub fn search_shard(key: &str) -> String {
    format!("{}{key}.js", search().path())
}

/// The file of a large site's search entries from number `n × CHUNK` on.
pub fn search_entries(n: usize) -> String {
    format!("{}entries-{n}.js", search().path())
}

/// A campaign's results as CSV.
pub fn results_csv(c: &str) -> String {
    format!("{}results.csv", campaign(c).path())
}

/// A campaign's results as a workbook.
pub fn results_xlsx(c: &str) -> String {
    format!("{}results.xlsx", campaign(c).path())
}

/// The editable draft decision beside its page.
pub fn decision_docx(c: &str, k: usize) -> String {
    format!("{}decision.docx", decision(c, k).path())
}

/// A campaign's inspection schedule for calendars.
pub fn schedule_ics(c: &str) -> String {
    format!("{}schedule.ics", campaign(c).path())
}

/// One prepared size of a photo under `static/`: `photos/a/b.jpg` at 240 px →
/// `photos/a/b-240w.jpg`. A PNG keeps a trace of its format in the name (`b-png-240w.jpg`) so
/// that `b.jpg` and `b.png` never share an output.
pub fn photo(photo: &str, width: u32) -> String {
    let inner = photo.strip_prefix("photos/").unwrap_or(photo);
    let p = std::path::Path::new(inner);
    let stem = p.with_extension("").to_string_lossy().replace('\\', "/");
    let ext = p
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_lowercase();
    let mark = if ext == "png" { "-png" } else { "" };
    format!("photos/{stem}{mark}-{width}w.jpg")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_roots() {
        assert_eq!(url_of(""), "index.html");
        assert_eq!(url_of("a/b/"), "a/b/index.html");
        assert_eq!(
            url_of("campaigns/x/results.json"),
            "campaigns/x/results.json"
        );
        assert_eq!(root_of(""), "");
        assert_eq!(root_of("a/b/"), "../../");
        let r = scorecard("bien-hoa-2023", "vhtt", "p12");
        assert_eq!(r.path(), "campaigns/bien-hoa-2023/vhtt/units/p12/");
        assert_eq!(r.url(), "campaigns/bien-hoa-2023/vhtt/units/p12/index.html");
        assert_eq!(r.root(), "../../../../../");
        assert_eq!(home().url(), "index.html");
        assert_eq!(results_csv("x"), "campaigns/x/results.csv");
        assert_eq!(part(&honorees(), 1), honorees());
        assert_eq!(part(&honorees(), 3).url(), "honorees/trang_3/index.html");
        assert_eq!(results_json_rubric("x", "r"), "campaigns/x/r/results.json");
        assert_eq!(search_shard("ng"), "search/ng.js");
        assert_eq!(search_entries(3), "search/entries-3.js");
    }

    #[test]
    fn photo_sizes_never_collide() {
        assert_eq!(photo("photos/a.jpg", 240), "photos/a-240w.jpg");
        assert_eq!(photo("photos/t.png", 10), "photos/t-png-10w.jpg");
        assert_eq!(photo("x/y.JPG", 480), "photos/x/y-480w.jpg");
    }
}
