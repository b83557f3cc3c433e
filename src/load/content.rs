//! Reads every Markdown page under `content/` (SPEC §2, §3.6, §5).
//!
//! Honoree profiles (`content/honorees/`) and conferences (`content/conferences/`) have their
//! own loaders; this one skips those folders. Files that are not Markdown are assets, copied
//! beside the pages.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

use crate::diag::catalogue::load as msg;
use crate::diag::catalogue::site::ID_HINT;
use crate::diag::{Diagnostic, Diagnostics, Lang, Pos, SourceText, Text};
use crate::load::frontmatter::{date_hint, parse_front};
use crate::model::Date;
use crate::model::document::{DocumentMeta, Signer};
use crate::model::page::Page;
use crate::text::nfc;

/// Folders under `content/` that other loaders own.
pub const SPECIAL_DIRS: [&str; 2] = ["honorees", "conferences"];

/// What `content/` holds.
#[derive(Debug, Default, Clone)]
pub struct Content {
    /// Pages and sections, sorted by path.
    pub pages: Vec<Page>,
    /// Non-Markdown files (relative to `content/`), copied as they are.
    pub assets: Vec<PathBuf>,
    /// Translations of pages into the site's other languages (`x.en.md` beside `x.md`), each
    /// list sorted by path; a translation has the path of the page it translates.
    pub translations: BTreeMap<Lang, Vec<Page>>,
    /// In a language's view of the content ([`Content::in_language`]), the paths of the pages
    /// shown in the main language because they have no translation.
    pub untranslated: BTreeSet<String>,
}

impl Content {
    /// The page at a site path (`van-ban/`), found by binary search: pages are kept sorted
    /// by path, and render jobs look pages up by path thousands of times.
    pub fn page(&self, path: &str) -> Option<&Page> {
        self.pages
            .binary_search_by(|p| p.path.as_str().cmp(path))
            .ok()
            .map(|i| &self.pages[i])
    }

    /// The content as the site in `lang` shows it: each page replaced by its translation
    /// where there is one, the others kept (in the main language) and listed in
    /// [`Content::untranslated`]. The same pages at the same paths, so that every page of one
    /// language has its counterpart in the other.
    pub fn in_language(&self, lang: Lang) -> Content {
        let translated = self.translations.get(&lang);
        let mut untranslated = BTreeSet::new();
        let pages = self
            .pages
            .iter()
            .map(|p| {
                let found = translated.and_then(|list| {
                    list.binary_search_by(|t| t.path.as_str().cmp(&p.path))
                        .ok()
                        .map(|i| &list[i])
                });
                match found {
                    Some(t) => t.clone(),
                    None => {
                        untranslated.insert(p.path.clone());
                        p.clone()
                    }
                }
            })
            .collect();
        Content {
            pages,
            assets: self.assets.clone(),
            translations: BTreeMap::new(),
            untranslated,
        }
    }
}

/// A page read, or why it could not be.
type Parsed = Result<Page, Vec<Diagnostic>>;

/// How a Markdown file under `content/` is named: a page of the main language (`x.md`), or a
/// translation into another (`x.en.md`).
fn language_of(rel: &Path) -> Option<Lang> {
    let name = rel.file_name()?.to_str()?;
    let stem = name.strip_suffix(".md")?;
    let (_, code) = stem.rsplit_once('.')?;
    Lang::parse(code).filter(|_| code.bytes().all(|b| b.is_ascii_lowercase()))
}

/// `x.en.md` → `x.md`.
fn untranslated_name(rel: &Path, lang: Lang) -> PathBuf {
    let name = rel.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let plain = name
        .strip_suffix(&format!(".{}.md", lang.code()))
        .map(|s| format!("{s}.md"))
        .unwrap_or_else(|| name.to_string());
    rel.with_file_name(plain)
}

/// Reads `content/`: every `.md` file becomes a page (drafts left out unless `drafts`), and
/// `x.en.md` the translation of `x.md` into a language of `languages` other than the first.
pub fn load_content(
    root: &Path,
    drafts: bool,
    languages: &[Lang],
    diags: &mut Diagnostics,
) -> Content {
    let files = crate::load::files::walk_files(root, Path::new("content"), diags);
    let (md, assets): (Vec<PathBuf>, Vec<PathBuf>) = files
        .into_iter()
        .partition(|p| p.extension().is_some_and(|e| e == "md"));
    let md: Vec<PathBuf> = md.into_iter().filter(|p| !in_special_dir(p)).collect();
    let main = languages.first().copied().unwrap_or_default();
    let mut wanted = Vec::with_capacity(md.len());
    for rel in md {
        match language_of(&rel) {
            None => wanted.push((rel, None)),
            Some(lang) if lang != main && languages.contains(&lang) => {
                wanted.push((rel, Some(lang)))
            }
            Some(lang) => diags.warning(
                &rel,
                None,
                crate::t!(
                    msg::PAGE_TRANSLATION_NOT_PUBLISHED,
                    language = crate::t!(language_name(lang))
                ),
                crate::t!(msg::PAGE_TRANSLATION_NOT_PUBLISHED_HINT, code = lang.code()),
            ),
        }
    }
    // Each page with the warning about its encoding, when it was not UTF-8 (SPEC §7.2).
    let results: Vec<(Option<Lang>, Parsed, Option<Diagnostic>)> = wanted
        .par_iter()
        .map(|(rel, lang)| {
            let read = crate::load::files::read_text(root, rel);
            let warning = read.as_ref().ok().and_then(|src| src.encoding_warning());
            let page = read.map_err(|d| vec![d]).and_then(|src| match lang {
                None => parse_page(&src),
                Some(l) => parse_page_as(&src, &untranslated_name(rel, *l)),
            });
            (*lang, page, warning)
        })
        .collect();
    let mut pages = Vec::new();
    let mut translations: BTreeMap<Lang, Vec<Page>> = BTreeMap::new();
    for (lang, r, warning) in results {
        diags.extend_one(warning);
        match r {
            Ok(p) if p.draft && !drafts => {}
            Ok(p) => match lang {
                None => pages.push(p),
                Some(l) => translations.entry(l).or_default().push(p),
            },
            Err(ds) => ds.into_iter().for_each(|d| diags.push(d)),
        }
    }
    pages.sort_by(|a, b| a.path.cmp(&b.path));
    for w in pages.windows(2) {
        if w[0].path == w[1].path {
            diags.error(
                &w[1].source,
                None,
                crate::t!(
                    msg::PAGE_SAME_ADDRESS,
                    address = &w[1].path,
                    other = w[0].source.display()
                ),
                msg::PAGE_SAME_ADDRESS_HINT,
            );
        }
    }
    for (&lang, list) in translations.iter_mut() {
        list.sort_by(|a, b| a.path.cmp(&b.path));
        for t in list.iter() {
            // The home page may be translated without a content/_index.md of its own: the
            // default home stands in for it.
            let known = t.path.is_empty()
                || pages
                    .binary_search_by(|p| p.path.as_str().cmp(&t.path))
                    .is_ok();
            if !known {
                diags.error(
                    &t.source,
                    None,
                    crate::t!(msg::PAGE_TRANSLATION_ALONE),
                    crate::t!(
                        msg::PAGE_TRANSLATION_ALONE_HINT,
                        file = untranslated_name(&t.source, lang).display()
                    ),
                );
            }
        }
    }
    let assets = assets
        .into_iter()
        .filter_map(|p| p.strip_prefix("content").ok().map(Path::to_path_buf))
        .collect();
    Content {
        pages,
        assets,
        translations,
        untranslated: BTreeSet::new(),
    }
}

/// The name of a language, in words.
pub fn language_name(lang: Lang) -> crate::diag::text::Phrase {
    match lang {
        Lang::Vi => msg::LANGUAGE_VI,
        Lang::En => msg::LANGUAGE_EN,
    }
}

fn in_special_dir(rel: &Path) -> bool {
    let mut comps = rel.components().skip(1);
    let first = comps.next().and_then(|c| c.as_os_str().to_str());
    let is_leaf_file = comps.next().is_some();
    matches!(first, Some(f) if SPECIAL_DIRS.contains(&f))
        && is_leaf_file
        && !rel.ends_with("_index.md")
}

/// The site path of a content file: `content/a/b.md` → `a/b/`, `content/a/_index.md` → `a/`.
pub fn page_path(rel: &Path) -> Result<(String, bool), Text> {
    let inner = rel.strip_prefix("content").unwrap_or(rel);
    let mut parts: Vec<String> = Vec::new();
    for c in inner.components() {
        let s = c
            .as_os_str()
            .to_str()
            .ok_or_else(|| Text::from(msg::PAGE_NAME_NOT_TEXT))?;
        parts.push(s.to_string());
    }
    let file = parts.pop().unwrap_or_default();
    let stem = file.strip_suffix(".md").unwrap_or(&file).to_string();
    let is_section = stem == "_index";
    if !is_section {
        parts.push(stem);
    }
    for p in &parts {
        if !p
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
            || p.is_empty()
        {
            return Err(crate::t!(msg::PAGE_NAME_NOT_ADDRESS, part = p));
        }
    }
    let mut path = parts.join("/");
    if !path.is_empty() {
        path.push('/');
    }
    Ok((path, is_section))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFront {
    title: Option<String>,
    date: Option<String>,
    description: Option<String>,
    #[serde(default)]
    draft: bool,
    #[serde(default)]
    weight: i64,
    template: Option<String>,
    campaign: Option<String>,
    conference: Option<String>,
    illustrative: Option<Illustrative>,
    document: Option<RawDocument>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Illustrative {
    Flag(bool),
    Note(String),
}

/// A `document:` block as written: in a page's front matter, and in a campaign's
/// `decisions:` (SPEC §9.4).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDocument {
    #[serde(rename = "type")]
    doc_type: Option<String>,
    #[serde(default)]
    number: Option<String>,
    parent: Option<String>,
    pub(crate) issuer: Option<String>,
    #[serde(default)]
    place: Option<String>,
    pub(crate) date: Option<String>,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    to: Vec<String>,
    #[serde(default)]
    bases: Vec<String>,
    signer: Option<RawSigner>,
    #[serde(default)]
    recipients: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSigner {
    #[serde(default)]
    pub(crate) authority: String,
    #[serde(default)]
    pub(crate) position: String,
    #[serde(default)]
    pub(crate) name: String,
}

/// The document a `document:` block describes, dated `date` (checked by the caller).
pub(crate) fn document_meta(d: RawDocument, date: Option<Date>) -> DocumentMeta {
    DocumentMeta {
        doc_type: d.doc_type.filter(|t| !t.trim().is_empty()),
        number: d.number.unwrap_or_default(),
        parent: d.parent.filter(|t| !t.trim().is_empty()),
        issuer: d.issuer.unwrap_or_default(),
        place: d.place.unwrap_or_default(),
        date,
        summary: d.summary.unwrap_or_default(),
        to: d.to,
        bases: d.bases,
        signer: d.signer.map(|s| Signer {
            authority: s.authority,
            position: s.position,
            name: s.name,
        }),
        recipients: d.recipients,
    }
}

/// Parses one content file into a page; all problems of the file are returned together.
pub fn parse_page(src: &SourceText) -> Result<Page, Vec<Diagnostic>> {
    parse_page_as(src, &src.path)
}

/// [`parse_page`] for a file whose address is that of `file` (a translation `x.en.md` has
/// the address of `x.md`).
fn parse_page_as(src: &SourceText, file: &Path) -> Result<Page, Vec<Diagnostic>> {
    let mut errs = Vec::new();
    let (path, is_section) = match page_path(file) {
        Ok(p) => p,
        Err(why) => {
            return Err(vec![Diagnostic::error(
                &src.path,
                None,
                why,
                msg::PAGE_NAME_HINT,
            )]);
        }
    };
    let (raw, sp): (RawFront, _) = parse_front(
        src,
        msg::FRONT_OF_PAGE,
        Text::verbatim("`title: …`"),
        msg::PAGE_FIELDS,
    )?;
    let line_of = |key: &str| {
        src.find_key(key, sp.yaml_line)
            .or(Some(Pos::line(sp.yaml_line)))
    };
    let date_field =
        |text: &Option<String>, key: &str, errs: &mut Vec<Diagnostic>| -> Option<Date> {
            let t = text.as_deref()?;
            let d = Date::parse(t);
            if d.is_none() {
                errs.push(Diagnostic::error(
                    &src.path,
                    line_of(key),
                    crate::t!(msg::FRONT_NOT_A_DATE, value = t),
                    date_hint(t, msg::PAGE_DATE_HINT),
                ));
            }
            d
        };
    let date = date_field(&raw.date, "date", &mut errs);
    let document = raw.document.map(|d| {
        let date = date_field(&d.date, "date", &mut errs);
        if d.issuer.as_deref().is_none_or(|s| s.trim().is_empty()) {
            errs.push(Diagnostic::error(
                &src.path,
                line_of("document"),
                msg::PAGE_NO_ISSUER,
                msg::PAGE_NO_ISSUER_HINT,
            ));
        }
        document_meta(d, date)
    });
    for (key, word, value) in [
        ("campaign", msg::PAGE_REF_CAMPAIGN, &raw.campaign),
        ("conference", msg::PAGE_REF_CONFERENCE, &raw.conference),
        ("template", msg::PAGE_REF_TEMPLATE, &raw.template),
    ] {
        if let Some(v) = value {
            let ok = if key == "template" {
                !v.contains("..") && !v.starts_with('/')
            } else {
                crate::text::is_valid_id(v)
            };
            if !ok {
                errs.push(Diagnostic::error(
                    &src.path,
                    line_of(key),
                    crate::t!(msg::PAGE_REF_INVALID, value = v, key = Text::from(word)),
                    ID_HINT,
                ));
            }
        }
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    let title = raw
        .title
        .map(|t| nfc(&t))
        .unwrap_or_else(|| default_title(&path));
    Ok(Page {
        source: src.path.clone(),
        path,
        is_section,
        title,
        date: date.or(document.as_ref().and_then(|d| d.date)),
        description: raw.description.unwrap_or_default(),
        draft: raw.draft,
        weight: raw.weight,
        template: raw.template,
        campaign: raw.campaign,
        conference: raw.conference,
        illustrative: match raw.illustrative {
            Some(Illustrative::Flag(true)) => Some(String::new()),
            Some(Illustrative::Note(n)) => Some(strip_label(&n)),
            _ => None,
        },
        document,
        body: sp.body.to_string(),
        body_line: sp.body_line,
        key_lines: top_level_keys(sp.yaml, sp.yaml_line),
    })
}

/// The line of each unindented `key:` in a front-matter block.
fn top_level_keys(yaml: &str, first_line: usize) -> std::collections::BTreeMap<String, usize> {
    let mut out = std::collections::BTreeMap::new();
    for (i, line) in yaml.lines().enumerate() {
        if line.starts_with(|c: char| c.is_ascii_alphabetic())
            && let Some((key, _)) = line.split_once(':')
        {
            out.entry(key.trim().to_string()).or_insert(first_line + i);
        }
    }
    out
}

/// The page prints "Dữ liệu minh họa." itself; a note that starts with it loses the repeat.
fn strip_label(note: &str) -> String {
    let t = note.trim();
    match t.strip_prefix("Dữ liệu minh họa") {
        Some(rest) => rest
            .trim_start_matches([':', '.', ' ', '-', '—'])
            .to_string(),
        None => t.to_string(),
    }
}

fn default_title(path: &str) -> String {
    path.trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or("")
        .replace('-', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(path: &str, text: &str) -> SourceText {
        SourceText::new(path, text.to_string())
    }

    #[test]
    fn paths() {
        assert_eq!(
            page_path(Path::new("content/a/b.md")),
            Ok(("a/b/".into(), false))
        );
        assert_eq!(
            page_path(Path::new("content/a/_index.md")),
            Ok(("a/".into(), true))
        );
        assert_eq!(
            page_path(Path::new("content/_index.md")),
            Ok(("".into(), true))
        );
        assert!(page_path(Path::new("content/Văn bản.md")).is_err());
    }

    #[test]
    fn parses_a_document() {
        let p = parse_page(&src(
            "content/vb/kh.md",
            "---\ntitle: Kế hoạch\ndocument:\n  type: KẾ HOẠCH\n  number: 432/KH-UBND\n  issuer: UBND THỊ XÃ TỊNH BIÊN\n  place: Tịnh Biên\n  date: 2024-03-15\n---\nNội dung\n",
        ))
        .unwrap();
        let d = p.document.unwrap();
        assert_eq!(
            d.place_and_date(|x| x.to_vi_long(), ""),
            "Tịnh Biên, ngày 15 tháng 3 năm 2024"
        );
        assert_eq!(p.date, Date::parse("2024-03-15"));
        assert_eq!(p.body_line, 10);
    }

    #[test]
    fn broken_front_matter_names_the_line() {
        let e = parse_page(&src("content/x.md", "---\ntitle: A\ndate: [\n---\n")).unwrap_err();
        assert_eq!(e[0].file, Path::new("content/x.md"));
        assert!(e[0].line.is_some_and(|l| l >= 3), "{:?}", e[0]);
        let e = parse_page(&src("content/x.md", "---\ntitel: A\n---\n")).unwrap_err();
        assert_eq!(e[0].line, Some(2), "{}", e[0]);
        assert!(e[0].message.contains("titel"));
        let e = parse_page(&src(
            "content/x.md",
            "---\ntitle: A\ndate: 15/03/2024\n---\n",
        ))
        .unwrap_err();
        assert_eq!((e[0].line, e[0].column), (Some(3), Some(1)));
    }
}
