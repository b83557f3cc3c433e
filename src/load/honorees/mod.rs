//! Honorees (SPEC §3.5): rows of `data/honorees.csv` and files `content/honorees/<id>.md`,
//! merged by id.
//!
//! A Markdown file with the id of a CSV row adds its story, achievements and awards to that
//! row, and may fill fields the row leaves empty. When both give a field and the values
//! differ, that is an error naming both places: neither silently wins, because the staff
//! would not know which of their two files the site shows.

mod csv;
mod markdown;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

use crate::diag::catalogue::data_sheets::{SHEETS_KEEP_ONE, SHEETS_TWO_FILES};
use crate::diag::catalogue::load as msg;
use crate::diag::catalogue::site::ID_HINT;
use crate::diag::{Diagnostic, Diagnostics, Pos, SourceText, Text};
use crate::load::data::Excused;
use crate::load::data::workbook;
use crate::load::files::read_text;
use crate::load::files::walk_files;
use crate::model::honoree::{Honoree, HonoreeAward, HonoreeKind, Origin};
use crate::model::{Campaign, Unit};

pub use self::csv::CSV_FILE;

/// The folder of honoree files.
pub const DIR: &str = "content/honorees";

/// The fields a CSV row or a front matter may give, in the order of the CSV columns.
pub(crate) const FIELDS: [&str; 9] = [
    "id",
    "name",
    "kind",
    "unit",
    "position",
    "field",
    "photo",
    "summary",
    "illustrative",
];

/// `illustrative: true` or `illustrative: "what is made up"`.
#[derive(Deserialize)]
#[serde(untagged)]
pub(crate) enum Illustrative {
    Flag(bool),
    Note(String),
}

/// A value as written, with its place.
#[derive(Debug, Clone)]
pub(crate) struct Value {
    text: String,
    origin: Origin,
}

/// An honoree as one file gives it, before merging and checking.
#[derive(Debug, Clone)]
pub(crate) struct Partial {
    id: String,
    id_origin: Origin,
    /// Non-empty scalar fields by name (see [`FIELDS`]).
    fields: BTreeMap<&'static str, Value>,
    achievements: Vec<String>,
    awards: Vec<HonoreeAward>,
    story: String,
    source: PathBuf,
}

/// Reads, merges and checks every honoree of the site, sorted by id. Unit references are
/// checked against `units`; photos must exist under `static/`. (The site is loaded with the
/// two halves apart: [`read_honorees`] beside the data, [`finish_honorees`] after.)
#[cfg(test)]
pub fn load_honorees(
    root: &Path,
    units: &BTreeMap<String, Unit>,
    excused: &Excused,
    diags: &mut Diagnostics,
) -> Vec<Honoree> {
    finish_honorees(read_honorees(root), root, units, excused, diags)
}

/// The honorees as read from `data/honorees.*` and `content/honorees/*.md`, merged by id, not
/// yet checked against the units: reading needs nothing else of the site, so it runs beside
/// the loading of the data ([`finish_honorees`] does the rest).
pub struct ReadHonorees {
    by_id: BTreeMap<String, Partial>,
    /// Where a workbook's rows lie in it, for placing the messages about them.
    map: Option<workbook::SheetMap>,
    diags: Diagnostics,
}

/// Reads the honorees' files (see [`ReadHonorees`]).
pub fn read_honorees(root: &Path) -> ReadHonorees {
    let mut diags = Diagnostics::new();
    let mut by_id: BTreeMap<String, Partial> = BTreeMap::new();
    let tables = csv::files(root);
    for other in tables.iter().skip(1) {
        diags.error(
            other,
            None,
            crate::t!(
                SHEETS_TWO_FILES,
                first = tables[0].display(),
                second = other.display()
            ),
            SHEETS_KEEP_ONE,
        );
    }
    let mut map = None;
    if let Some(table) = tables.first() {
        let read = if workbook::is_workbook(table) {
            workbook::read(root, table, &["honorees"], csv::is_header, &mut diags)
                .map(|sheet| (sheet.src, Some(sheet.map)))
        } else {
            read_text(root, table).map(|src| (src, None))
        };
        match read {
            Ok((src, sheet)) => {
                diags.extend_one(src.encoding_warning());
                for row in csv::read_rows(&src, &mut diags) {
                    insert_row(&mut by_id, row, &mut diags);
                }
                map = sheet;
            }
            Err(d) => diags.push(d),
        }
    }
    for md in read_markdown(root, &mut diags) {
        match by_id.remove(&md.id) {
            Some(row) => {
                let merged = merge(row, md, &mut diags);
                by_id.insert(merged.id.clone(), merged);
            }
            None => {
                by_id.insert(md.id.clone(), md);
            }
        }
    }
    ReadHonorees { by_id, map, diags }
}

/// The honorees read by [`read_honorees`], checked against the units and made whole.
pub fn finish_honorees(
    read: ReadHonorees,
    root: &Path,
    units: &BTreeMap<String, Unit>,
    excused: &Excused,
    diags: &mut Diagnostics,
) -> Vec<Honoree> {
    let ReadHonorees {
        by_id,
        map,
        diags: read_diags,
    } = read;
    diags.extend(read_diags);
    let honorees = by_id
        .into_values()
        .filter_map(|p| finish(p, root, units, excused, diags))
        .collect();
    if let Some(map) = map {
        map.place(diags);
    }
    honorees
}

fn insert_row(by_id: &mut BTreeMap<String, Partial>, row: Partial, diags: &mut Diagnostics) {
    if !crate::text::is_valid_id(&row.id) {
        diags.push(at(
            &row.id_origin,
            crate::t!(msg::HONOREE_BAD_ID, id = &row.id),
            ID_HINT,
        ));
        return;
    }
    if let Some(first) = by_id.get(&row.id) {
        let first_line = first.id_origin.pos.map(|p| p.line).unwrap_or(0);
        diags.push(at(
            &row.id_origin,
            crate::t!(msg::HONOREE_ID_TWICE, id = &row.id, line = first_line),
            msg::HONOREE_ID_TWICE_HINT,
        ));
        return;
    }
    by_id.insert(row.id.clone(), row);
}

/// Reads every `content/honorees/*.md` except `_index.md` (the index page's own text).
fn read_markdown(root: &Path, diags: &mut Diagnostics) -> Vec<Partial> {
    let files: Vec<PathBuf> = walk_files(root, Path::new(DIR), diags)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md") && !p.ends_with("_index.md"))
        .collect();
    let (direct, nested): (Vec<PathBuf>, Vec<PathBuf>) = files
        .into_iter()
        .partition(|p| p.parent() == Some(Path::new(DIR)));
    for p in nested {
        diags.error(p, None, msg::HONOREE_NESTED, msg::HONOREE_NESTED_HINT);
    }
    let results: Vec<Result<Partial, Vec<Diagnostic>>> = direct
        .par_iter()
        .map(|rel| {
            read_text(root, rel)
                .map_err(|d| vec![d])
                .and_then(|src| markdown::read_file(&src))
        })
        .collect();
    let mut out = Vec::new();
    for r in results {
        match r {
            Ok(p) => out.push(p),
            Err(ds) => ds.into_iter().for_each(|d| diags.push(d)),
        }
    }
    out
}

/// Joins a CSV row and the Markdown file of the same id.
fn merge(row: Partial, md: Partial, diags: &mut Diagnostics) -> Partial {
    let mut out = row;
    for (key, value) in md.fields {
        match out.fields.get(key) {
            Some(existing) if existing.text != value.text => {
                let there = location(&existing.origin);
                diags.push(at(
                    &value.origin,
                    crate::t!(
                        msg::HONOREE_CONFLICT,
                        key = key,
                        here = &value.text,
                        other = &existing.text,
                        there = there
                    ),
                    crate::t!(msg::HONOREE_CONFLICT_HINT, key = key, id = &out.id),
                ));
            }
            Some(_) => {}
            None => {
                out.fields.insert(key, value);
            }
        }
    }
    out.achievements = md.achievements;
    out.awards = md.awards;
    out.story = md.story;
    out.source = md.source;
    out
}

/// Checks the merged fields and builds the honoree. Without a name or a kind there is no
/// honoree (`None`); a wrong unit or photo is reported but the honoree is kept, so that the
/// conferences naming it do not report errors of their own.
fn finish(
    p: Partial,
    root: &Path,
    units: &BTreeMap<String, Unit>,
    excused: &Excused,
    diags: &mut Diagnostics,
) -> Option<Honoree> {
    let before = diags.error_count();
    let place = Origin {
        file: p.source.clone(),
        pos: p.id_origin.pos.or(Some(Pos::line(1))),
    };
    let text = |key: &str| {
        p.fields
            .get(key)
            .map(|v| v.text.clone())
            .unwrap_or_default()
    };
    if let Some((_, what)) = crate::text::invisible(&text("name")) {
        let (message, hint) =
            crate::diag::invisible::in_name(crate::t!(msg::HONOREE_WHOSE, id = &p.id), what);
        let name_at = p
            .fields
            .get("name")
            .map(|v| v.origin.clone())
            .unwrap_or(place.clone());
        diags.push(at(&name_at, message, hint));
    }
    if text("name").is_empty() {
        diags.push(at(
            &place,
            crate::t!(msg::HONOREE_NO_NAME, id = &p.id),
            msg::HONOREE_NO_NAME_HINT,
        ));
    }
    let kind = match p.fields.get("kind") {
        None => {
            diags.push(at(
                &place,
                crate::t!(msg::HONOREE_NO_KIND, id = &p.id),
                msg::HONOREE_NO_KIND_HINT,
            ));
            None
        }
        Some(v) => {
            let k = HonoreeKind::parse(&v.text);
            if k.is_none() {
                diags.push(at(
                    &v.origin,
                    crate::t!(msg::HONOREE_BAD_KIND, kind = &v.text),
                    msg::HONOREE_BAD_KIND_HINT,
                ));
            }
            k
        }
    };
    let fatal = diags.error_count() > before;
    let unit = p.fields.get("unit").map(|v| {
        if !units.contains_key(&v.text) && !excused.covers(&v.text) {
            let hint = if crate::text::is_valid_id(&v.text) {
                msg::HONOREE_UNIT_NOT_FOUND_HINT
            } else {
                ID_HINT
            };
            diags.push(at(
                &v.origin,
                crate::t!(msg::HONOREE_UNIT_NOT_FOUND, unit = &v.text),
                hint,
            ));
        }
        (v.text.clone(), v.origin.clone())
    });
    let photo = p
        .fields
        .get("photo")
        .and_then(|v| check_photo(root, v, &p.id, diags).map(|path| (path, v.origin.clone())));
    let illustrative =
        p.fields
            .get("illustrative")
            .and_then(|v| match v.text.to_lowercase().as_str() {
                "true" | "x" | "yes" | "có" => Some(String::new()),
                "false" | "no" | "không" => None,
                _ => Some(v.text.clone()),
            });
    if fatal {
        return None;
    }
    Some(Honoree {
        id: p.id.clone(),
        name: text("name"),
        kind: kind?,
        unit: unit.as_ref().map(|(u, _)| u.clone()),
        position: text("position"),
        field: text("field"),
        photo: photo.as_ref().map(|(path, _)| path.clone()),
        summary: text("summary"),
        achievements: p.achievements,
        awards: p.awards,
        story: p.story,
        illustrative,
        source: p.source,
        unit_origin: unit.map(|(_, o)| o),
        photo_origin: photo.map(|(_, o)| o),
    })
}

/// Checks a photo reference and returns it relative to `static/`. A leading `/` or
/// `static/` is forgiven; leaving the folder, other formats and missing files are errors.
fn check_photo(root: &Path, v: &Value, id: &str, diags: &mut Diagnostics) -> Option<String> {
    let cleaned = v.text.trim_start_matches('/');
    let cleaned = cleaned
        .strip_prefix("static/")
        .unwrap_or(cleaned)
        .to_string();
    if cleaned.contains('\\')
        || cleaned
            .split('/')
            .any(|part| part == ".." || part.is_empty())
    {
        diags.push(at(
            &v.origin,
            crate::t!(msg::HONOREE_PHOTO_OUTSIDE, path = &v.text),
            msg::HONOREE_PHOTO_OUTSIDE_HINT,
        ));
        return None;
    }
    let ext = Path::new(&cleaned)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase)
        .unwrap_or_default();
    if !matches!(ext.as_str(), "jpg" | "jpeg" | "png") {
        diags.push(at(
            &v.origin,
            crate::t!(msg::HONOREE_PHOTO_FORMAT, photo = &v.text, id = id),
            msg::HONOREE_PHOTO_FORMAT_HINT,
        ));
        return None;
    }
    if !root.join("static").join(&cleaned).is_file() {
        diags.push(at(
            &v.origin,
            crate::t!(msg::HONOREE_PHOTO_MISSING, photo = &cleaned, id = id),
            msg::HONOREE_PHOTO_MISSING_HINT,
        ));
        return None;
    }
    Some(cleaned)
}

/// Checks every campaign's `nominations` (SPEC §3.2): each nominated id must be an honoree.
/// The error is placed in the campaign file where the id is written.
pub fn check_nominations(
    root: &Path,
    campaigns: &[Campaign],
    honorees: &[Honoree],
    diags: &mut Diagnostics,
) {
    for c in campaigns {
        let mut src: Option<Option<SourceText>> = None;
        for (cluster, ids) in &c.nominations {
            for id in ids
                .iter()
                .filter(|id| honorees.iter().all(|h| &h.id != *id))
            {
                let file = campaign_file(c);
                let text = src.get_or_insert_with(|| read_text(root, &file).ok());
                let from = text
                    .as_ref()
                    .and_then(|t| t.find_key("nominations", 1))
                    .map(|p| p.line)
                    .unwrap_or(1);
                let pos = text.as_ref().and_then(|t| t.find_token(id, from));
                diags.error(
                    file,
                    pos,
                    crate::t!(msg::HONOREE_NOMINEE_NOT_FOUND, id = id, cluster = cluster),
                    msg::HONOREE_REF_HINT,
                );
            }
        }
    }
}

fn campaign_file(c: &Campaign) -> PathBuf {
    c.sources
        .iter()
        .find(|p| p.file_stem().is_some_and(|s| s == "campaign"))
        .cloned()
        .unwrap_or_else(|| PathBuf::from(format!("data/campaigns/{}/campaign.yaml", c.id)))
}

fn at(origin: &Origin, message: impl Into<Text>, hint: impl Into<Text>) -> Diagnostic {
    Diagnostic::error(&origin.file, origin.pos, message, hint)
}

fn location(origin: &Origin) -> String {
    let d = Diagnostic::error(&origin.file, origin.pos, Text::default(), Text::default());
    d.location()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &[u8])]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, bytes) in files {
            let p = dir.path().join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, bytes).unwrap();
        }
        dir
    }

    fn units() -> BTreeMap<String, Unit> {
        ["bh-tan-mai", "bh-thanh-binh"]
            .iter()
            .map(|id| {
                (
                    id.to_string(),
                    Unit {
                        id: id.to_string(),
                        name: id.to_string(),
                        kind: "phuong".into(),
                        attrs: BTreeMap::new(),
                    },
                )
            })
            .collect()
    }

    fn load(files: &[(&str, &[u8])]) -> (Vec<Honoree>, Vec<String>) {
        let dir = site(files);
        let mut d = Diagnostics::new();
        let h = load_honorees(dir.path(), &units(), &Excused::default(), &mut d);
        (h, d.iter().map(|x| x.to_string()).collect())
    }

    #[test]
    fn csv_row_and_markdown_story_merge() {
        let (h, errs) = load(&[
            ("data/honorees.csv", "\u{feff}id,name,kind,unit,position,field,photo,summary\nle-van-ut,Lê Văn Út,individual,bh-tan-mai,,Công nghệ thông tin,photos/ut.jpg,Số hóa hồ sơ\n".as_bytes()),
            ("static/photos/ut.jpg", b"x"),
            ("content/honorees/le-van-ut.md", "---\nposition: Công chức Văn phòng\nname: Lê Văn Út\nachievements: [Số hóa 3.000 hồ sơ]\n---\nCâu chuyện của anh Út.\n".as_bytes()),
        ]);
        assert!(errs.is_empty(), "{errs:?}");
        let ut = &h[0];
        assert_eq!(
            (ut.name.as_str(), ut.kind, ut.unit.as_deref()),
            ("Lê Văn Út", HonoreeKind::Individual, Some("bh-tan-mai"))
        );
        assert_eq!(
            ut.position, "Công chức Văn phòng",
            "the Markdown fills what the row leaves empty"
        );
        assert_eq!(ut.summary, "Số hóa hồ sơ");
        assert_eq!(ut.photo.as_deref(), Some("photos/ut.jpg"));
        assert_eq!(ut.story, "Câu chuyện của anh Út.\n");
        assert_eq!(ut.source, Path::new("content/honorees/le-van-ut.md"));
    }

    #[test]
    fn a_conflict_names_both_places() {
        let (_, errs) = load(&[
            (
                "data/honorees.csv",
                b"id,name,kind\nle-van-ut,L\xc3\xaa V\xc4\x83n \xc3\x9at,individual\n",
            ),
            (
                "content/honorees/le-van-ut.md",
                "---\nkind: collective\n---\n".as_bytes(),
            ),
        ]);
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].starts_with("error: content/honorees/le-van-ut.md:2:1: `kind` is “collective” here but “individual” in data/honorees.csv:2:21"), "{errs:?}");
    }

    #[test]
    fn every_problem_has_a_line() {
        let (h, errs) = load(&[
            ("data/honorees.csv", b"id,name,kind,unit,position,field,photo\nBad Id,A,individual\nok,B,group\nok2,C,collective,p99\nok3,D,individual,,,,photos/none.jpg\nok3,E,individual\n,F,individual\nok4,,collective\n"),
            ("content/honorees/solo.md", b"---\nname: Solo\n---\n"),
        ]);
        let kept: Vec<&str> = h.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(
            kept,
            ["ok2", "ok3"],
            "a wrong unit or photo is reported, the honoree kept"
        );
        let expect = [
            "data/honorees.csv:2:1: `Bad Id` is not a valid honoree id",
            "data/honorees.csv:3:6: `group` is not a kind of honoree",
            "data/honorees.csv:4:18: the unit `p99` does not exist",
            "data/honorees.csv:5:21: the photo static/photos/none.jpg of `ok3` does not exist",
            "data/honorees.csv:6:1: the honoree id `ok3` is used twice (first on line 5)",
            "data/honorees.csv:7:1: this row has no id",
            "data/honorees.csv:8:1: the honoree `ok4` has no name",
            "content/honorees/solo.md:1:1: the honoree `solo` does not say",
        ];
        for e in expect {
            assert!(
                errs.iter().any(|m| m.contains(e)),
                "missing {e:?} in {errs:#?}"
            );
        }
    }

    #[test]
    fn photos_must_be_images_inside_static() {
        let (_, errs) = load(&[
            (
                "content/honorees/a.md",
                b"---\nname: A\nkind: individual\nphoto: ../secret.jpg\n---\n",
            ),
            (
                "content/honorees/b.md",
                b"---\nname: B\nkind: individual\nphoto: photos/b.gif\n---\n",
            ),
        ]);
        assert!(
            errs[0].contains("a.md:4:1: `../secret.jpg` is not a path inside static/"),
            "{errs:?}"
        );
        assert!(
            errs[1].contains("b.md:4:1: the photo `photos/b.gif` of `b` is not a JPEG or PNG file"),
            "{errs:?}"
        );
    }
}
