//! Conferences — "hội nghị điển hình tiên tiến": where honorees are commended, with the
//! program delegates follow and the handout they carry home (SPEC §3.7).

use std::path::PathBuf;

use super::Date;

/// One line of the program — "chương trình" — in the order it happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgramItem {
    /// Start time `HH:MM`, when the plan gives one.
    pub time: Option<String>,
    /// What happens.
    pub item: String,
    /// Honoree ids who speak (báo cáo tham luận), in order.
    pub speakers: Vec<String>,
}

/// A model-example conference, read from `content/conferences/<id>.md`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conference {
    /// Identifier (the file name).
    pub id: String,
    /// Title.
    pub title: String,
    /// Day it is held, when fixed.
    pub date: Option<Date>,
    /// Where — "địa điểm".
    pub venue: String,
    /// Who organises it — "cơ quan tổ chức".
    pub organiser: String,
    /// One-sentence description for listings.
    pub description: String,
    /// The program, in order.
    pub program: Vec<ProgramItem>,
    /// Honoree ids commended, in the order the organiser listed them.
    pub honorees: Vec<String>,
    /// Campaign ids whose results the handout summarises.
    pub campaigns: Vec<String>,
    /// The Markdown body.
    pub body: String,
    /// When set, the pages say the data is illustrative, and what is.
    pub illustrative: Option<String>,
    /// The source file, relative to the site root.
    pub source: PathBuf,
}
