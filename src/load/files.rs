//! The one gate through which the site folder is read (SPEC §10): nothing outside it is ever
//! read. A symbolic link is followed only when its target lies inside the site folder; a link
//! that leads outside is an error at the link, and the file is neither read nor published.
//! Files larger than any real source are refused before they are read.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use walkdir::WalkDir;

use crate::diag::catalogue::files::{CANNOT_READ, CHECK_READABLE};
use crate::diag::catalogue::load as msg;
use crate::diag::{Diagnostic, Diagnostics, SourceText, decode_source};

/// The largest text file read (a score file of a national campaign is a few megabytes).
pub const MAX_TEXT_BYTES: u64 = 64 * 1024 * 1024;

/// The largest photo file read.
pub const MAX_PHOTO_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a text file of the site: inside the site folder, not larger than
/// [`MAX_TEXT_BYTES`], UTF-8 (a BOM dropped), NFC, any line ending.
pub fn read_text(root: &Path, rel: &Path) -> Result<SourceText, Diagnostic> {
    let bytes = read_bytes(root, rel, MAX_TEXT_BYTES)?;
    decode_source(rel, &bytes)
}

/// Reads a file of the site as bytes: inside the site folder and not larger than `limit`.
pub fn read_bytes(root: &Path, rel: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    let path = inside(root, rel)?;
    let cannot = |e: std::io::Error| {
        Diagnostic::error(rel, None, crate::t!(CANNOT_READ, error = e), CHECK_READABLE)
    };
    let size = std::fs::metadata(&path).map_err(cannot)?.len();
    if size > limit {
        return Err(Diagnostic::error(
            rel,
            None,
            crate::t!(
                msg::READ_TOO_LARGE,
                size = size.div_ceil(1024 * 1024),
                max = limit / (1024 * 1024)
            ),
            msg::READ_TOO_LARGE_HINT,
        ));
    }
    std::fs::read(&path).map_err(cannot)
}

/// The real path of `root/rel`, when it lies inside the site folder. A file that does not
/// exist is returned as written (reading it then reports that it is missing).
pub fn inside(root: &Path, rel: &Path) -> Result<PathBuf, Diagnostic> {
    let path = root.join(rel);
    let Ok(real) = std::fs::canonicalize(&path) else {
        return Ok(path);
    };
    if real.starts_with(real_root(root)) {
        Ok(real)
    } else {
        Err(outside(rel, &real))
    }
}

/// The error for a symbolic link whose target lies outside the site.
fn outside(rel: &Path, target: &Path) -> Diagnostic {
    Diagnostic::error(
        rel,
        None,
        crate::t!(msg::READ_LINK_OUTSIDE, target = target.display()),
        msg::READ_LINK_OUTSIDE_HINT,
    )
}

/// The real path of a site folder, worked out once per folder.
fn real_root(root: &Path) -> PathBuf {
    static ROOTS: OnceLock<Mutex<HashMap<PathBuf, PathBuf>>> = OnceLock::new();
    let mut roots = ROOTS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    roots
        .entry(root.to_path_buf())
        .or_insert_with(|| std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()))
        .clone()
}

/// Lists the files under `dir` (relative to `root`) in sorted order, relative to `root`.
/// A symbolic link is followed when it stays inside the site; one that leads outside, an
/// unreadable entry and a loop of links are errors, and nothing behind them is listed.
pub fn walk_files(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let base = root.join(dir);
    if !base.is_dir() {
        return out;
    }
    let site = real_root(root);
    let mut entries = WalkDir::new(&base)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = entries.next() {
        match entry {
            Ok(e) => {
                let rel = e
                    .path()
                    .strip_prefix(root)
                    .unwrap_or(e.path())
                    .to_path_buf();
                if e.path_is_symlink() {
                    let target = std::fs::canonicalize(e.path()).unwrap_or_default();
                    if !target.starts_with(&site) {
                        diags.push(outside(&rel, &target));
                        if e.file_type().is_dir() {
                            entries.skip_current_dir();
                        }
                        continue;
                    }
                }
                if e.file_type().is_file() {
                    out.push(rel);
                }
            }
            Err(e) => {
                let at = e
                    .path()
                    .map(|p| p.strip_prefix(root).unwrap_or(p).to_path_buf())
                    .unwrap_or_else(|| dir.to_path_buf());
                let (what, hint) = if e.loop_ancestor().is_some() {
                    (msg::READ_LINK_LOOP, msg::READ_LINK_LOOP_HINT)
                } else {
                    (msg::READ_ENTRY_UNREADABLE, msg::READ_ENTRY_UNREADABLE_HINT)
                };
                diags.push(Diagnostic::error(at, None, what, hint));
            }
        }
    }
    out
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_inside_are_followed_and_links_outside_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("site");
        let elsewhere = tmp.path().join("elsewhere");
        std::fs::create_dir_all(site.join("static/inner")).unwrap();
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::fs::write(elsewhere.join("secret.txt"), "secret").unwrap();
        std::fs::write(site.join("static/inner/a.txt"), "a").unwrap();
        let link = |target: &Path, at: &str| {
            std::os::unix::fs::symlink(target, site.join(at)).unwrap();
        };
        link(&elsewhere, "static/dir");
        link(&elsewhere.join("secret.txt"), "static/x.txt");
        link(&site.join("static/inner"), "static/same");
        let mut diags = Diagnostics::new();
        let files = walk_files(&site, Path::new("static"), &mut diags);
        let names: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
        assert_eq!(names, ["static/inner/a.txt", "static/same/a.txt"]);
        let errors: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with("error: static/dir: this is a symbolic link to"));
        assert!(errors[1].contains("static/x.txt") && errors[1].contains("outside the site"));
        let e = read_text(&site, Path::new("static/x.txt")).unwrap_err();
        assert!(e.message.contains("outside the site folder"), "{e}");
        assert_eq!(
            read_text(&site, Path::new("static/same/a.txt"))
                .unwrap()
                .text,
            "a"
        );
    }
}
