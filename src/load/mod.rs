//! Loading: read the site folder into plain values, reporting every problem as a
//! [`crate::diag::Diagnostic`]. Nothing here computes results, renders or writes.
//!
//! [`load_site`] reads everything: settings, then in parallel the pages, the data and the
//! theme, then the honorees and conferences (which refer to units, campaigns and each other),
//! checking every reference between files.

pub mod conferences;
pub mod config;
pub mod content;
pub mod data;
pub mod files;
pub mod frontmatter;
pub mod honorees;
pub mod limits;
pub mod theme;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diag::catalogue::load as msg;
use crate::diag::{Diagnostic, Diagnostics, Pos, SourceText, Text};
use crate::model::conference::Conference;
use crate::model::honoree::Honoree;
use crate::model::page::Page;

/// Everything read from a site folder.
#[derive(Debug)]
pub struct Loaded {
    /// The site folder.
    pub root: PathBuf,
    /// Settings.
    pub config: config::Config,
    /// Pages (with a home page made from the settings when `content/_index.md` is missing).
    pub content: content::Content,
    /// Units and campaigns.
    pub data: data::DataSet,
    /// Honorees, sorted by id.
    pub honorees: Vec<Honoree>,
    /// Conferences, sorted by id.
    pub conferences: Vec<Conference>,
    /// Templates and the static files to copy.
    pub theme: theme::Theme,
    /// sha256 (hex) of every data file read.
    pub hashes: BTreeMap<PathBuf, String>,
}

/// Reads the whole site at `root`, collecting every problem. `None` when something without
/// which nothing else can be checked is missing (config.yaml, the theme); otherwise what
/// could be read, even when `diags` holds errors.
pub fn load_site(root: &Path, drafts: bool, diags: &mut Diagnostics) -> Option<Loaded> {
    let config = config::load_config(root, diags)?;
    let ((mut content, data, read_honorees), d1) = {
        let mut d1 = Diagnostics::new();
        let mut d2 = Diagnostics::new();
        // The honorees' files are read beside the rest; checking them needs the units.
        let (c, (data, read_honorees)) = rayon::join(
            || content::load_content(root, drafts, &config.languages, &mut d1),
            || {
                rayon::join(
                    || data::load_data(root, &mut d2),
                    || honorees::read_honorees(root),
                )
            },
        );
        d1.extend(d2);
        ((c, data, read_honorees), d1)
    };
    diags.extend(d1);
    let theme = theme::load_theme(root, &config.theme, &content.assets, diags)?;
    if !content.pages.iter().any(|p| p.path.is_empty()) {
        // A site of only config.yaml and data/ still gets a home page (SPEC §2).
        content.pages.insert(0, default_home(&config));
    }
    check_page_campaigns(&content, &data, diags);
    // Honorees and conferences refer to units, campaigns and each other: loaded after data.
    let honorees =
        honorees::finish_honorees(read_honorees, root, &data.units, &data.excused_units, diags);
    honorees::check_nominations(root, &data.campaigns, &honorees, diags);
    // A campaign whose campaign.yaml failed is named here too, so that a conference naming
    // it is not reported as well: the cause is reported in that file.
    let campaign_ids: Vec<String> = data
        .campaigns
        .iter()
        .map(|c| c.id.clone())
        .chain(data.broken_campaigns.iter().cloned())
        .collect();
    let conferences = conferences::load_conferences(root, &honorees, &campaign_ids, diags);
    conferences::check_page_links(root, &content, &conferences, diags);
    let hashes = hash_sources(root, &data.sources);
    Some(Loaded {
        root: root.to_path_buf(),
        config,
        content,
        data,
        honorees,
        conferences,
        theme,
        hashes,
    })
}

/// The home page used when `content/_index.md` does not exist.
fn default_home(config: &config::Config) -> Page {
    Page {
        source: PathBuf::from("content/_index.md"),
        path: String::new(),
        is_section: true,
        title: config.title.clone(),
        date: None,
        description: config.description.clone(),
        draft: false,
        weight: 0,
        template: None,
        campaign: None,
        conference: None,
        illustrative: None,
        document: None,
        body: config.description.clone(),
        body_line: 1,
        key_lines: BTreeMap::new(),
    }
}

/// sha256 of each file, read in parallel.
pub fn hash_sources(root: &Path, files: &[PathBuf]) -> BTreeMap<PathBuf, String> {
    use rayon::prelude::*;
    use sha2::{Digest, Sha256};
    files
        .par_iter()
        .filter_map(|p| {
            let bytes = files::read_bytes(root, p, files::MAX_TEXT_BYTES).ok()?;
            let digest = Sha256::digest(&bytes);
            Some((
                p.clone(),
                digest.iter().map(|b| format!("{b:02x}")).collect(),
            ))
        })
        .collect()
}

/// Checks that every page's `campaign:` names a campaign of the site.
fn check_page_campaigns(content: &content::Content, data: &data::DataSet, diags: &mut Diagnostics) {
    for p in &content.pages {
        // A campaign whose own files failed to load is reported there; saying here that it
        // does not exist would send the author to the wrong file.
        if let Some(c) = &p.campaign
            && !data.campaigns.iter().any(|x| &x.id == c)
            && !diags.has_error_under(&Path::new("data/campaigns").join(c))
        {
            diags.error(
                &p.source,
                p.pos_of_key("campaign"),
                crate::t!(msg::FRONT_CAMPAIGN_NOT_FOUND, campaign = c),
                msg::FRONT_CAMPAIGN_NOT_FOUND_HINT,
            );
        }
    }
}

/// Turns a YAML parse error into a diagnostic placed in the source file. `line_offset` is the
/// number of lines before the YAML text within the file (for front matter). The parser's own
/// words, which are English, are quoted as they are.
pub fn yaml_error(
    src: &SourceText,
    e: &serde_yaml::Error,
    line_offset: usize,
    hint: impl Into<Text>,
) -> Diagnostic {
    let mut why = e.to_string();
    let pos = quote_opening(&why, line_offset).or_else(|| {
        e.location()
            .map(|l| Pos::new(l.line() + line_offset, l.column()))
    });
    if let Some(tab) = pos.and_then(|p| tab_indent(src, p.line)) {
        return tab;
    }
    // The library appends " at line X column Y"; the position is already in the prefix.
    if let Some(i) = why.find(" at line ") {
        why.truncate(i);
    }
    // A syntax error gets the hint about what usually causes it (an unclosed bracket, a colon
    // inside a value); the caller's hint is about the keys and values of the file.
    let hint: Text = if data::yaml::is_syntax(&why) {
        data::yaml::syntax_hint(&why).into()
    } else {
        hint.into()
    };
    Diagnostic::error(
        &src.path,
        pos.or(Some(Pos::line(line_offset + 1))),
        crate::t!(msg::LOAD_YAML_INVALID, error = why),
        hint,
    )
}

/// The error for a line of YAML indented with a tab (the commonest reason a YAML file does not
/// parse, and one the parser words obscurely), or `None` when line `line` has no tab in its
/// indentation.
pub(crate) fn tab_indent(src: &SourceText, line: usize) -> Option<Diagnostic> {
    let text = src.line_text(line)?;
    let indent: String = text.chars().take_while(|c| c.is_whitespace()).collect();
    let column = indent.chars().position(|c| c == '\t')? + 1;
    Some(Diagnostic::error(
        &src.path,
        Some(Pos::new(line, column)),
        msg::LOAD_YAML_TAB,
        msg::LOAD_YAML_TAB_HINT,
    ))
}

/// Where an unclosed quotation mark opened, from the text of a YAML error. The parser stops at
/// the end of the text and names the opening only in the error's context ("… while scanning a
/// quoted scalar at line 2 column 18"); the opening is the place to fix. `line_offset` as in
/// [`yaml_error`].
pub(crate) fn quote_opening(message: &str, line_offset: usize) -> Option<Pos> {
    // The same for a list or a mapping in brackets that is not closed: the place to fix is
    // where it opened ("… while parsing a flow sequence at line 5 column 11").
    let rest = [
        "while scanning a quoted scalar at line ",
        "while parsing a flow sequence at line ",
        "while parsing a flow mapping at line ",
    ]
    .iter()
    .find_map(|context| message.split(context).nth(1))?;
    let (line, rest) = rest.split_once(" column ")?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some(Pos::new(
        line.parse::<usize>().ok()? + line_offset,
        column.parse().ok()?,
    ))
}
