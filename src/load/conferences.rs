//! Conferences (SPEC §3.7): `content/conferences/<id>.md`, the facts and program in the
//! front matter, the text in the body. Every reference is checked: speakers and honorees
//! must be honorees, campaigns must exist, times are `HH:MM`.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

use crate::diag::catalogue::load as msg;
use crate::diag::catalogue::site::ID_HINT;
use crate::diag::{Diagnostic, Diagnostics, Pos, SourceText, Text};
use crate::load::content::Content;
use crate::load::files::read_text;
use crate::load::files::walk_files;
use crate::load::frontmatter::{date_hint, parse_front};
use crate::load::honorees::Illustrative;
use crate::model::Date;
use crate::model::conference::{Conference, ProgramItem};
use crate::model::honoree::Honoree;

/// The folder of conference files.
pub const DIR: &str = "content/conferences";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConference {
    title: Option<String>,
    date: Option<String>,
    #[serde(default)]
    venue: String,
    #[serde(default)]
    organiser: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    program: Vec<RawItem>,
    #[serde(default)]
    honorees: Vec<String>,
    #[serde(default)]
    campaigns: Vec<String>,
    illustrative: Option<Illustrative>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    time: Option<String>,
    item: String,
    #[serde(default)]
    speakers: Vec<String>,
}

/// Reads every conference, sorted by id; `campaigns` are the ids of the site's campaigns.
pub fn load_conferences(
    root: &Path,
    honorees: &[Honoree],
    campaigns: &[String],
    diags: &mut Diagnostics,
) -> Vec<Conference> {
    let files: Vec<PathBuf> = walk_files(root, Path::new(DIR), diags)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md") && !p.ends_with("_index.md"))
        .collect();
    let (direct, nested): (Vec<PathBuf>, Vec<PathBuf>) = files
        .into_iter()
        .partition(|p| p.parent() == Some(Path::new(DIR)));
    for p in nested {
        diags.error(p, None, msg::CONF_NESTED, msg::CONF_NESTED_HINT);
    }
    // An honoree whose own file is broken is reported there; naming it here is no error.
    let broken: Vec<String> = stems(root, crate::load::honorees::DIR, diags)
        .into_iter()
        .filter(|id| honorees.iter().all(|h| &h.id != id))
        .collect();
    let refs = Refs {
        honorees,
        broken: &broken,
        campaigns,
    };
    let results: Vec<Result<Conference, Vec<Diagnostic>>> = direct
        .par_iter()
        .map(|rel| {
            read_text(root, rel)
                .map_err(|d| vec![d])
                .and_then(|src| parse_conference(&src, &refs))
        })
        .collect();
    let mut out = Vec::new();
    for r in results {
        match r {
            Ok(c) => out.push(c),
            Err(ds) => ds.into_iter().for_each(|d| diags.push(d)),
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// What a conference may refer to.
struct Refs<'a> {
    honorees: &'a [Honoree],
    /// Ids of honoree files that could not be loaded (their errors are reported already).
    broken: &'a [String],
    campaigns: &'a [String],
}

/// The file stems of the Markdown files directly in `dir`.
fn stems(root: &Path, dir: &str, diags: &mut Diagnostics) -> Vec<String> {
    walk_files(root, Path::new(dir), diags)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md") && p.parent() == Some(Path::new(dir)))
        .filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(str::to_string))
        .collect()
}

/// Parses one conference file; every problem of the file comes back together.
fn parse_conference(src: &SourceText, refs: &Refs) -> Result<Conference, Vec<Diagnostic>> {
    let id = src
        .path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_string();
    if !crate::text::is_valid_id(&id) {
        return Err(vec![Diagnostic::error(
            &src.path,
            None,
            crate::t!(msg::CONF_BAD_ID, id = &id),
            ID_HINT,
        )]);
    }
    let (raw, sp): (RawConference, _) = parse_front(
        src,
        msg::FRONT_OF_CONFERENCE,
        Text::verbatim("`title: …`, `date: …`, `program: …`"),
        msg::CONF_FIELDS,
    )?;
    let mut errs = Vec::new();
    let key_line = |key: &str| {
        src.find_key(key, sp.yaml_line)
            .map(|p| p.line)
            .unwrap_or(sp.yaml_line)
    };
    let place = |token: &str, key: &str| {
        src.find_token(token, key_line(key))
            .or(Some(Pos::line(key_line(key))))
    };
    let title = raw
        .title
        .map(|t| crate::text::nfc(t.trim()))
        .filter(|t| !t.is_empty());
    if title.is_none() {
        errs.push(Diagnostic::error(
            &src.path,
            Some(Pos::line(sp.yaml_line)),
            msg::CONF_NO_TITLE,
            msg::CONF_NO_TITLE_HINT,
        ));
    }
    let date = raw.date.as_deref().and_then(|d| {
        let parsed = Date::parse(d);
        if parsed.is_none() {
            errs.push(Diagnostic::error(
                &src.path,
                Some(Pos::line(key_line("date"))),
                crate::t!(msg::FRONT_NOT_A_DATE, value = d),
                date_hint(d, msg::CONF_DATE_HINT),
            ));
        }
        parsed
    });
    let is_honoree =
        |id: &str| refs.honorees.iter().any(|h| h.id == id) || refs.broken.iter().any(|b| b == id);
    let mut program = Vec::new();
    for item in raw.program {
        let time = item.time.as_deref().map(|t| match normalise_time(t) {
            Some(n) => n,
            None => {
                errs.push(Diagnostic::error(
                    &src.path,
                    place(t, "program"),
                    crate::t!(msg::CONF_NOT_A_TIME, value = t),
                    msg::CONF_TIME_HINT,
                ));
                t.to_string()
            }
        });
        for s in item.speakers.iter().filter(|s| !is_honoree(s)) {
            errs.push(Diagnostic::error(
                &src.path,
                place(s, "program"),
                crate::t!(msg::CONF_SPEAKER_UNKNOWN, id = s),
                msg::HONOREE_REF_HINT,
            ));
        }
        program.push(ProgramItem {
            time,
            item: crate::text::nfc(item.item.trim()),
            speakers: item.speakers,
        });
    }
    for (i, h) in raw.honorees.iter().enumerate() {
        if !is_honoree(h) {
            errs.push(Diagnostic::error(
                &src.path,
                place(h, "honorees"),
                crate::t!(msg::HONOREE_NOT_FOUND, id = h),
                msg::HONOREE_REF_HINT,
            ));
        } else if raw.honorees[..i].contains(h) {
            errs.push(Diagnostic::error(
                &src.path,
                place(h, "honorees"),
                crate::t!(msg::CONF_HONOREE_TWICE, id = h),
                msg::CONF_HONOREE_TWICE_HINT,
            ));
        }
    }
    for c in raw.campaigns.iter().filter(|c| !refs.campaigns.contains(c)) {
        errs.push(Diagnostic::error(
            &src.path,
            place(c, "campaigns"),
            crate::t!(msg::FRONT_CAMPAIGN_NOT_FOUND, campaign = c),
            msg::FRONT_CAMPAIGN_NOT_FOUND_HINT,
        ));
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    Ok(Conference {
        id,
        title: title.unwrap_or_default(),
        date,
        venue: crate::text::nfc(raw.venue.trim()),
        organiser: crate::text::nfc(raw.organiser.trim()),
        description: crate::text::nfc(raw.description.trim()),
        program,
        honorees: raw.honorees,
        campaigns: raw.campaigns,
        body: sp.body.to_string(),
        illustrative: match raw.illustrative {
            Some(Illustrative::Flag(true)) => Some(String::new()),
            Some(Illustrative::Note(n)) => Some(crate::text::nfc(&n)),
            _ => None,
        },
        source: src.path.clone(),
    })
}

/// `HH:MM` from `H:MM` or `HH:MM` (or with `h`, as Vietnamese programs often write `8h00`);
/// `None` when it is not a time of day.
fn normalise_time(t: &str) -> Option<String> {
    let t = t.trim();
    let (h, m) = t.split_once(':').or_else(|| t.split_once(['h', 'g']))?;
    if h.is_empty()
        || h.len() > 2
        || m.len() != 2
        || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

/// Checks that every content page's `conference:` names a conference of the site (a
/// conference file that exists but could not be loaded has its own errors already).
pub fn check_page_links(
    root: &Path,
    content: &Content,
    conferences: &[Conference],
    diags: &mut Diagnostics,
) {
    let on_disk = stems(root, DIR, diags);
    for p in &content.pages {
        if let Some(c) = &p.conference
            && !conferences.iter().any(|x| &x.id == c)
            && !on_disk.contains(c)
        {
            diags.error(
                &p.source,
                p.pos_of_key("conference"),
                crate::t!(msg::CONF_NOT_FOUND, id = c),
                msg::CONF_NOT_FOUND_HINT,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::honoree::HonoreeKind;

    fn honoree(id: &str) -> Honoree {
        Honoree {
            source: PathBuf::from("content/honorees/x.md"),
            ..Honoree::named(id, id, HonoreeKind::Individual)
        }
    }

    fn parse(text: &str) -> Result<Conference, Vec<Diagnostic>> {
        let hs = [honoree("nguyen-van-dung"), honoree("clb")];
        let campaigns = ["bien-hoa-2023".to_string()];
        parse_conference(
            &SourceText::new("content/conferences/hn.md", text.to_string()),
            &Refs {
                honorees: &hs,
                broken: &[],
                campaigns: &campaigns,
            },
        )
    }

    #[test]
    fn reads_a_conference() {
        let c = parse("---\ntitle: Hội nghị\ndate: 2020-05-15\nprogram:\n  - {time: \"8:00\", item: Văn nghệ}\n  - {item: Tham luận, speakers: [nguyen-van-dung, clb]}\nhonorees: [clb]\ncampaigns: [bien-hoa-2023]\n---\nNội dung\n").unwrap();
        assert_eq!(c.id, "hn");
        assert_eq!(c.program[0].time.as_deref(), Some("08:00"));
        assert_eq!(c.program[1].speakers, vec!["nguyen-van-dung", "clb"]);
        assert_eq!(c.date, Date::parse("2020-05-15"));
    }

    #[test]
    fn references_and_times_are_checked_with_positions() {
        let e = parse("---\ntitle: H\nprogram:\n  - {time: \"25:00\", item: A}\n  - {item: B, speakers: [ghost]}\nhonorees: [clb, clb, nobody]\ncampaigns: [x-2020]\n---\n").unwrap_err();
        let msgs: Vec<String> = e.iter().map(|d| d.to_string()).collect();
        let expect = [
            "hn.md:4:13: `25:00` is not a time",
            "hn.md:5:26: the speaker `ghost` is not an honoree",
            "hn.md:6:12: the honoree `clb` is listed twice",
            "hn.md:6:22: the honoree `nobody` does not exist",
            "hn.md:7:13: the campaign `x-2020` does not exist",
        ];
        for x in expect {
            assert!(
                msgs.iter().any(|m| m.contains(x)),
                "missing {x:?} in {msgs:#?}"
            );
        }
    }

    #[test]
    fn times() {
        assert_eq!(normalise_time("08:00").as_deref(), Some("08:00"));
        assert_eq!(normalise_time("7h30").as_deref(), Some("07:30"));
        for bad in ["24:00", "8:5", "sáng", "08:00:00", ":30"] {
            assert_eq!(normalise_time(bad), None, "{bad}");
        }
    }
}
