//! `bangvang init DIR`: a new site with a small working example — one campaign with two
//! clusters, one rubric, two scoring stages, two honorees, one conference and one document —
//! that builds and passes `check`, so a new user starts from something that works and changes
//! it bit by bit.
//!
//! The starter files live in `src/init/starter/` and are compiled into the binary.

use std::fs;
use std::path::{Path, PathBuf};

use crate::diag::catalogue::site as msg;
use crate::diag::{Diagnostic, Text};

/// The starter site: (path inside the new folder, content).
pub const STARTER: &[(&str, &str)] = &[
    ("config.yaml", include_str!("starter/config.yaml")),
    (".gitignore", include_str!("starter/gitignore")),
    (
        "content/_index.md",
        include_str!("starter/content/_index.md"),
    ),
    (
        "content/van-ban/_index.md",
        include_str!("starter/content/van-ban/_index.md"),
    ),
    (
        "content/van-ban/ke-hoach-thi-dua-2024.md",
        include_str!("starter/content/van-ban/ke-hoach-thi-dua-2024.md"),
    ),
    (
        "content/honorees/nguyen-thi-mai.md",
        include_str!("starter/content/honorees/nguyen-thi-mai.md"),
    ),
    (
        "content/honorees/clb-duong-sinh-phuong-3.md",
        include_str!("starter/content/honorees/clb-duong-sinh-phuong-3.md"),
    ),
    (
        "content/conferences/hoi-nghi-dien-hinh-2024.md",
        include_str!("starter/content/conferences/hoi-nghi-dien-hinh-2024.md"),
    ),
    ("data/units.yaml", include_str!("starter/data/units.yaml")),
    (
        "data/campaigns/thi-dua-2024/campaign.yaml",
        include_str!("starter/data/campaigns/thi-dua-2024/campaign.yaml"),
    ),
    (
        "data/campaigns/thi-dua-2024/rubrics/van-hoa.yaml",
        include_str!("starter/data/campaigns/thi-dua-2024/rubrics/van-hoa.yaml"),
    ),
    (
        "data/campaigns/thi-dua-2024/scores/van-hoa/self.csv",
        include_str!("starter/data/campaigns/thi-dua-2024/scores/van-hoa/self.csv"),
    ),
    (
        "data/campaigns/thi-dua-2024/scores/van-hoa/appraised.csv",
        include_str!("starter/data/campaigns/thi-dua-2024/scores/van-hoa/appraised.csv"),
    ),
];

/// Writes the starter site into `dir`, which must be absent or empty (an existing site, or
/// any other work, is never overwritten). Returns the files written, relative to `dir`.
pub fn create(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    if dir.exists() {
        if !dir.is_dir() {
            return Err(Diagnostic::error(
                dir,
                None,
                msg::INIT_NOT_A_FOLDER,
                msg::INIT_NEW_FOLDER_HINT,
            ));
        }
        let entries: Vec<String> = fs::read_dir(dir)
            .map_err(|e| {
                Diagnostic::error(
                    dir,
                    None,
                    crate::t!(msg::INIT_CANNOT_READ, error = e),
                    msg::INIT_CANNOT_READ_HINT,
                )
            })?
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect();
        if !entries.is_empty() {
            let mut shown: Vec<String> = entries.clone();
            shown.sort();
            let more = if shown.len() > 3 {
                crate::t!(msg::INIT_ENTRIES, count = shown.len())
            } else {
                Text::default()
            };
            shown.truncate(3);
            return Err(Diagnostic::error(
                dir,
                None,
                crate::t!(msg::INIT_NOT_EMPTY, entries = shown.join(", "), more = more),
                msg::INIT_NEW_FOLDER_HINT,
            ));
        }
    }
    let mut written = Vec::new();
    for (rel, text) in STARTER {
        let path = dir.join(rel);
        let fail = |e: std::io::Error| {
            Diagnostic::error(
                &path,
                None,
                crate::t!(msg::INIT_CANNOT_WRITE, error = e),
                msg::INIT_CANNOT_WRITE_HINT,
            )
        };
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(fail)?;
        }
        fs::write(&path, text).map_err(fail)?;
        written.push(PathBuf::from(rel));
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_into_a_new_folder_and_refuses_a_used_one() {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("my-site");
        let files = create(&site).unwrap();
        assert_eq!(files.len(), STARTER.len());
        assert!(
            site.join("data/campaigns/thi-dua-2024/campaign.yaml")
                .is_file()
        );
        let before = fs::read(site.join("config.yaml")).unwrap();
        let err = create(&site).unwrap_err();
        assert!(err.message.contains("not empty"), "{err}");
        assert_eq!(
            fs::read(site.join("config.yaml")).unwrap(),
            before,
            "nothing overwritten"
        );
        let empty = tmp.path().join("empty");
        fs::create_dir(&empty).unwrap();
        assert!(create(&empty).is_ok());
    }
}
