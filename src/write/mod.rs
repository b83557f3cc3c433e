//! Writing the output atomically (SPEC §6): everything goes into a staging folder beside the
//! output, and the output folder is replaced as a whole only when the new build is complete.
//! A failed build removes the staging folder and leaves the previous output byte for byte.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// The file that marks a folder as written by bangvang, so that it may be replaced.
pub const MARKER: &str = ".bangvang-output";
const MARKER_TEXT: &str =
    "This folder is written by bangvang and replaced as a whole on every build.\n";

/// A build in progress: files are written to a staging folder until [`Staging::commit`].
#[derive(Debug)]
pub struct Staging {
    output: PathBuf,
    dir: PathBuf,
}

/// Checks that `output` may be replaced by a build of the site at `root`: not the site root,
/// not a folder that holds it, not inside the site's sources, and either absent, empty or a
/// folder that bangvang wrote before (it holds the marker file).
pub fn check_output(root: &Path, output: &Path) -> Result<(), Diagnostic> {
    let refuse = |what: String| {
        Err(Diagnostic::error(
            output,
            None,
            what,
            "choose another --output folder (the default is public/ inside the site)",
        ))
    };
    let root_abs = absolute(root);
    let out_abs = absolute(output);
    if root_abs.starts_with(&out_abs) {
        return refuse("the output folder is the site folder itself (or holds it); building there would delete the site".into());
    }
    for src in ["content", "data", "static", "themes", "templates"] {
        if out_abs.starts_with(root_abs.join(src)) {
            return refuse(format!(
                "the output folder is inside the site's {src}/ folder"
            ));
        }
    }
    if out_abs.exists() {
        if !out_abs.is_dir() {
            return refuse("the output path exists and is not a folder".into());
        }
        if out_abs.join("config.yaml").exists() || out_abs.join("content").exists() {
            return refuse("the output folder holds config.yaml or content/: it looks like a site, not a build".into());
        }
        let empty = fs::read_dir(&out_abs)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !empty && !out_abs.join(MARKER).exists() {
            return refuse(format!(
                "the output folder is not empty and was not written by bangvang (it has no {MARKER} file), so it will not be cleared"
            ));
        }
    }
    Ok(())
}

/// The absolute, symlink-resolved form of a path that may not exist yet.
fn absolute(p: &Path) -> PathBuf {
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    // Resolve the longest existing prefix, keep the rest as written.
    let mut existing = abs.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (
            existing.file_name().map(|s| s.to_os_string()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = fs::canonicalize(&existing).unwrap_or(existing);
    for name in rest.into_iter().rev() {
        out.push(name);
    }
    out
}

impl Staging {
    /// Creates the staging folder beside `output` (same file system, so the final rename is
    /// atomic per folder).
    pub fn create(output: &Path) -> Result<Staging, Diagnostic> {
        let output = absolute(output);
        let parent = output
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let dir = parent.join(format!(".{name}.bangvang-new-{}", std::process::id()));
        let fail = |e: io::Error| {
            Diagnostic::error(
                &dir,
                None,
                format!("cannot create the staging folder: {e}"),
                "check that the output's parent folder is writable",
            )
        };
        fs::create_dir_all(&parent).map_err(fail)?;
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(fail)?;
        }
        fs::create_dir(&dir).map_err(fail)?;
        Ok(Staging { output, dir })
    }

    /// The folder being written.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes one file (path relative to the output root, `/`-separated), creating folders.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let path = self.dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(path, bytes)
    }

    /// Copies a file into the output.
    pub fn copy(&self, from: &Path, rel: &str) -> io::Result<()> {
        let path = self.dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::copy(from, path).map(|_| ())
    }

    /// Replaces the output folder with the staging folder.
    pub fn commit(self) -> Result<PathBuf, Diagnostic> {
        let fail = |e: io::Error, what: &str| {
            Diagnostic::error(
                &self.output,
                None,
                format!("cannot {what}: {e}"),
                "check that nothing else holds the output folder open and that it is writable",
            )
        };
        fs::write(self.dir.join(MARKER), MARKER_TEXT).map_err(|e| fail(e, "finish the build"))?;
        let old = self.dir.with_file_name(format!(
            ".{}.bangvang-old-{}",
            self.output
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            std::process::id()
        ));
        let had_old = self.output.exists();
        if had_old {
            fs::rename(&self.output, &old)
                .map_err(|e| fail(e, "move the previous output aside"))?;
        }
        if let Err(e) = fs::rename(&self.dir, &self.output) {
            if had_old {
                let _ = fs::rename(&old, &self.output);
            }
            return Err(fail(e, "put the new output in place"));
        }
        if had_old {
            remove_tree_parallel(&old);
        }
        Ok(self.output.clone())
    }

    /// Drops the staging folder; the previous output stays as it was.
    pub fn abort(self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Removes a folder, its top-level entries in parallel: on a slow disk, deleting the previous
/// output of a large site costs as much as writing it.
fn remove_tree_parallel(dir: &Path) {
    use rayon::prelude::*;
    if let Ok(entries) = fs::read_dir(dir) {
        let paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.par_iter().for_each(|p| {
            if p.is_dir() {
                let _ = fs::remove_dir_all(p);
            } else {
                let _ = fs::remove_file(p);
            }
        });
    }
    let _ = fs::remove_dir_all(dir);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_dangerous_outputs() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        fs::write(root.join("config.yaml"), "title: x\n").unwrap();
        assert!(check_output(root, root).is_err());
        assert!(check_output(root, &root.join("content/out")).is_err());
        assert!(check_output(root, root.parent().unwrap()).is_err());
        assert!(check_output(root, &root.join("public")).is_ok());
        fs::create_dir_all(root.join("mine")).unwrap();
        fs::write(root.join("mine/notes.txt"), "keep me").unwrap();
        assert!(check_output(root, &root.join("mine")).is_err());
    }

    #[test]
    fn commit_replaces_and_abort_keeps() {
        let site = tempfile::tempdir().unwrap();
        let out = site.path().join("public");
        let s = Staging::create(&out).unwrap();
        s.write("a/index.html", b"one").unwrap();
        s.commit().unwrap();
        assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"one");
        assert!(check_output(site.path(), &out).is_ok());
        let s = Staging::create(&out).unwrap();
        s.write("a/index.html", b"two").unwrap();
        s.abort();
        assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"one");
        let s = Staging::create(&out).unwrap();
        s.write("b.txt", b"two").unwrap();
        s.commit().unwrap();
        assert!(!out.join("a/index.html").exists());
        assert_eq!(
            fs::read_dir(site.path()).unwrap().count(),
            1,
            "no staging folders left behind"
        );
    }
}
