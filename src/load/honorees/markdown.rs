//! `content/honorees/<id>.md`: one honoree, its facts in the front matter and its story in
//! the body (SPEC §3.5).

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::diag::catalogue::load as msg;
use crate::diag::catalogue::site::ID_HINT;
use crate::diag::{Diagnostic, Pos, SourceText, Text};
use crate::load::frontmatter::parse_front;
use crate::model::honoree::{HonoreeAward, Origin};

use super::{Illustrative, Partial, Value};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHonoree {
    name: Option<String>,
    kind: Option<String>,
    unit: Option<String>,
    position: Option<String>,
    field: Option<String>,
    photo: Option<String>,
    summary: Option<String>,
    illustrative: Option<Illustrative>,
    #[serde(default)]
    achievements: Vec<String>,
    #[serde(default)]
    awards: Vec<RawAward>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAward {
    title: String,
    year: Option<i32>,
    #[serde(default)]
    by: String,
}

/// Reads one honoree file. The id is the file name; all problems of the file come back
/// together.
pub fn read_file(src: &SourceText) -> Result<Partial, Vec<Diagnostic>> {
    let stem = src
        .path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_string();
    if !crate::text::is_valid_id(&stem) {
        return Err(vec![Diagnostic::error(
            &src.path,
            None,
            crate::t!(msg::HONOREE_BAD_FILE_ID, id = &stem),
            ID_HINT,
        )]);
    }
    let (raw, sp): (RawHonoree, _) = parse_front(
        src,
        msg::FRONT_OF_HONOREE,
        Text::from(msg::FRONT_HONOREE_KEYS),
        msg::HONOREE_FIELDS,
    )?;
    let origin = |key: &str| Origin {
        file: src.path.clone(),
        pos: src
            .find_key(key, sp.yaml_line)
            .or(Some(Pos::line(sp.yaml_line))),
    };
    let mut fields = BTreeMap::new();
    let scalars = [
        ("name", raw.name),
        ("kind", raw.kind),
        ("unit", raw.unit),
        ("position", raw.position),
        ("field", raw.field),
        ("photo", raw.photo),
        ("summary", raw.summary),
        (
            "illustrative",
            match raw.illustrative {
                Some(Illustrative::Flag(true)) => Some("true".to_string()),
                Some(Illustrative::Note(n)) => Some(n),
                _ => None,
            },
        ),
    ];
    for (key, value) in scalars {
        if let Some(text) = value
            .map(|v| crate::text::nfc(v.trim()))
            .filter(|v| !v.is_empty())
        {
            fields.insert(
                key,
                Value {
                    text,
                    origin: origin(key),
                },
            );
        }
    }
    let achievements = raw
        .achievements
        .iter()
        .map(|a| crate::text::nfc(a.trim()))
        .filter(|a| !a.is_empty())
        .collect();
    let awards = raw
        .awards
        .into_iter()
        .map(|a| HonoreeAward {
            title: crate::text::nfc(a.title.trim()),
            year: a.year,
            by: crate::text::nfc(a.by.trim()),
        })
        .collect();
    Ok(Partial {
        id: stem,
        id_origin: Origin {
            file: src.path.clone(),
            pos: None,
        },
        fields,
        achievements,
        awards,
        story: sp.body.to_string(),
        source: src.path.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(path: &str, text: &str) -> Result<Partial, Vec<Diagnostic>> {
        read_file(&SourceText::new(path, text.to_string()))
    }

    #[test]
    fn reads_facts_and_story() {
        let p = read(
            "content/honorees/tran-thi-dao.md",
            "---\nname: Trần Thị Đào\nkind: individual\nunit: bh-thanh-binh\nachievements: [\"A\", \"B\"]\nawards: [{title: Chiến sĩ thi đua cơ sở, year: 2019, by: UBND phường}]\n---\nCâu chuyện.\n",
        )
        .unwrap();
        assert_eq!(p.id, "tran-thi-dao");
        assert_eq!(p.fields["unit"].origin.pos, Some(Pos::new(4, 1)));
        assert_eq!(p.achievements, vec!["A", "B"]);
        assert_eq!(p.awards[0].year, Some(2019));
        assert_eq!(p.story, "Câu chuyện.\n");
    }

    #[test]
    fn errors_name_the_line() {
        let e = read("content/honorees/x.md", "---\nname: X\nrank: 1\n---\n").unwrap_err();
        assert_eq!(e[0].line, Some(3), "{}", e[0]);
        let e = read("content/honorees/Bad Name.md", "---\nname: X\n---\n").unwrap_err();
        assert!(e[0].message.contains("`Bad Name`"), "{}", e[0]);
        let e = read("content/honorees/x.md", "name: X\n").unwrap_err();
        assert_eq!(e[0].line, Some(1));
    }
}
