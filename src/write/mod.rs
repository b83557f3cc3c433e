//! Writing the output atomically (SPEC §6, §10): everything goes into a staging folder beside
//! the output, and the output folder is replaced as a whole only when the new build is
//! complete. A failed build removes the staging folder and leaves the previous output byte for
//! byte.
//!
//! Safety rules, whatever the path looks like (`a/../..`, symbolic links):
//! - the path is resolved before it is checked ([`resolve`]);
//! - only a folder that carries bangvang's marker ([`MARKER`]) is ever replaced (an empty
//!   folder, or one holding only the files kept below, may become an output);
//! - files and folders of the output whose names start with `.` (`.git`, `.well-known`) and
//!   the names listed in `keep_in_output:` are carried into the new output, unless bangvang
//!   wrote them itself (the marker lists what it wrote);
//! - one build at a time writes an output: a lock file in the system's temporary folder,
//!   named after the output (nothing is added beside the output); a second build stops with a
//!   clear message;
//! - staging and set-aside folders left by a killed build are removed by the next build, and
//!   only when they carry bangvang's marker.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::diag::catalogue::site as msg;
use crate::diag::text::Phrase;
use crate::diag::{Diagnostic, Text};

/// The file that marks a folder as written by bangvang, so that it may be replaced. It lists
/// the top-level names the build wrote.
pub const MARKER: &str = ".bangvang-output";
const MARKER_TEXT: &str =
    "This folder is written by bangvang and replaced as a whole on every build.\n";
/// The file that marks a staging folder.
const STAGING_MARKER: &str = ".bangvang-staging";

/// Why a commit failed, and whether the previous output is still where it was.
#[derive(Debug)]
pub struct CommitError {
    /// What happened, where the previous output is, what to do.
    pub diagnostic: Diagnostic,
    /// False only when the previous output could not be put back (the message says where
    /// it is).
    pub previous_in_place: bool,
}

/// A build in progress: files are written to a staging folder until [`Staging::commit`].
#[derive(Debug)]
pub struct Staging {
    output: PathBuf,
    dir: PathBuf,
    keep: Vec<String>,
    /// Held until the build is committed or dropped.
    _lock: Lock,
}

/// The absolute form of a path with `.` and `..` worked out and every symbolic link of the
/// part that exists followed, so that `site/x/../../victim` is checked as the folder it names.
pub fn resolve(p: &Path) -> PathBuf {
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => out.push(c.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(name) => {
                out.push(name);
                // A link is followed where it stands, before any `..` after it applies.
                if let Ok(real) = fs::canonicalize(&out) {
                    out = real;
                }
            }
        }
    }
    out
}

/// Checks that `output` may be replaced by a build of the site at `root`, and returns it
/// resolved: not the site folder, not a folder that holds it, not inside the site's sources,
/// and either absent, or a folder that bangvang wrote before (it holds the marker), or one
/// holding nothing but files that would be kept (`keep`, and names starting with `.`).
pub fn check_output(root: &Path, output: &Path, keep: &[String]) -> Result<PathBuf, Diagnostic> {
    let refuse = |what: Text| {
        Err(Diagnostic::error(
            output,
            None,
            what,
            msg::OUTPUT_REFUSED_HINT,
        ))
    };
    let root_abs = resolve(root);
    let out_abs = resolve(output);
    if root_abs.starts_with(&out_abs) {
        return refuse(msg::OUTPUT_IS_SITE.into());
    }
    for src in ["content", "data", "static", "themes", "templates"] {
        if out_abs.starts_with(root_abs.join(src)) {
            return refuse(crate::t!(msg::OUTPUT_IN_SOURCES, folder = src));
        }
    }
    if out_abs.file_name().is_none() {
        return refuse(msg::OUTPUT_IS_DISK_ROOT.into());
    }
    match fs::symlink_metadata(&out_abs) {
        Err(_) => return Ok(out_abs),
        Ok(m) if !m.is_dir() => return refuse(msg::OUTPUT_NOT_A_FOLDER.into()),
        Ok(_) => {}
    }
    if out_abs.join("config.yaml").exists() || out_abs.join("content").exists() {
        return refuse(msg::OUTPUT_LOOKS_LIKE_SITE.into());
    }
    if !out_abs.join(MARKER).is_file() {
        let others: Vec<String> = entries(&out_abs)
            .into_iter()
            .filter(|n| !kept(n, keep))
            .collect();
        if !others.is_empty() {
            return refuse(crate::t!(
                msg::OUTPUT_NOT_OURS,
                files = others
                    .iter()
                    .take(3)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", "),
                marker = MARKER
            ));
        }
    }
    Ok(out_abs)
}

/// True for a name carried from the old output into the new one.
fn kept(name: &str, keep: &[String]) -> bool {
    name.starts_with('.') || keep.iter().any(|k| k == name)
}

/// The names in a folder, sorted (none when it cannot be read).
fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

impl Staging {
    /// Takes the output's lock, removes what a killed build left beside it, and creates the
    /// staging folder beside `output` (same file system, so the final rename is atomic).
    /// `keep` are the names of `keep_in_output:`.
    pub fn create(output: &Path, keep: &[String]) -> Result<Staging, Diagnostic> {
        let output = resolve(output);
        let parent = output
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let fail = |at: &Path, e: io::Error| {
            Diagnostic::error(
                at,
                None,
                crate::t!(msg::OUTPUT_CANNOT_STAGE, error = e),
                msg::OUTPUT_CANNOT_STAGE_HINT,
            )
        };
        fs::create_dir_all(&parent).map_err(|e| fail(&parent, e))?;
        let lock = lock(&lock_path(&output), &output)?;
        sweep_leftovers(&parent, &name);
        let dir = parent.join(format!(".{name}{NEW_TAG}{}", std::process::id()));
        fs::create_dir(&dir).map_err(|e| fail(&dir, e))?;
        fs::write(dir.join(STAGING_MARKER), MARKER_TEXT).map_err(|e| fail(&dir, e))?;
        Ok(Staging {
            output,
            dir,
            keep: keep.to_vec(),
            _lock: lock,
        })
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

    /// Replaces the output folder with the staging folder, carrying over the files to keep.
    /// When it fails, the error says where the previous output is.
    pub fn commit(self) -> Result<PathBuf, CommitError> {
        let output = self.output.clone();
        let fail = |what: Text, hint: Phrase| CommitError {
            diagnostic: Diagnostic::error(&output, None, what, hint),
            previous_in_place: true,
        };
        let retry = msg::OUTPUT_RETRY_HINT;
        fs::remove_file(self.dir.join(STAGING_MARKER))
            .and_then(|_| {
                let written = entries(&self.dir);
                fs::write(
                    self.dir.join(MARKER),
                    format!("{MARKER_TEXT}{}\n", written.join("\n")),
                )
            })
            .map_err(|e| fail(crate::t!(msg::OUTPUT_CANNOT_FINISH, error = e), retry))?;
        let had_old = fs::symlink_metadata(&output).is_ok();
        let moved = if had_old {
            self.carry_over()
                .map_err(|e| fail(crate::t!(msg::OUTPUT_CANNOT_KEEP, error = e), retry))?
        } else {
            Vec::new()
        };
        let aside = self.dir.with_file_name(format!(
            ".{}{OLD_TAG}{}",
            output
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            std::process::id()
        ));
        if had_old && let Err(e) = fs::rename(&output, &aside) {
            self.bring_back(&moved);
            return Err(fail(
                crate::t!(msg::OUTPUT_CANNOT_MOVE_ASIDE, error = e),
                retry,
            ));
        }
        if let Err(e) = fs::rename(&self.dir, &output) {
            if !had_old {
                return Err(fail(crate::t!(msg::OUTPUT_CANNOT_PLACE, error = e), retry));
            }
            return Err(match fs::rename(&aside, &output) {
                Ok(()) => {
                    self.bring_back(&moved);
                    fail(crate::t!(msg::OUTPUT_CANNOT_PLACE_KEPT, error = e), retry)
                }
                Err(e2) => CommitError {
                    previous_in_place: false,
                    ..fail(
                        crate::t!(
                            msg::OUTPUT_CANNOT_PLACE_LOST,
                            error = &e,
                            error2 = e2,
                            aside = aside.display()
                        ),
                        msg::OUTPUT_CANNOT_PLACE_LOST_HINT,
                    )
                },
            });
        }
        if had_old {
            remove_set_aside_soon(&aside);
        }
        Ok(output)
    }

    /// Moves the files to keep from the previous output into the staging folder: names
    /// starting with `.` and those of `keep_in_output:`, unless the previous build wrote them
    /// or the new one does. Returns the names moved.
    fn carry_over(&self) -> io::Result<Vec<String>> {
        let written = fs::read_to_string(self.output.join(MARKER)).unwrap_or_default();
        let wrote_before: Vec<&str> = written.lines().skip(1).collect();
        let now = entries(&self.dir);
        let mut moved = Vec::new();
        for name in entries(&self.output) {
            if name == MARKER
                || !kept(&name, &self.keep)
                || wrote_before.contains(&name.as_str())
                || now.contains(&name)
            {
                continue;
            }
            if let Err(e) = fs::rename(self.output.join(&name), self.dir.join(&name)) {
                self.bring_back(&moved);
                return Err(e);
            }
            moved.push(name);
        }
        Ok(moved)
    }

    /// Puts kept files back into the previous output after a failed commit.
    fn bring_back(&self, moved: &[String]) {
        for name in moved {
            let _ = fs::rename(self.dir.join(name), self.output.join(name));
        }
    }

    /// Drops the staging folder; the previous output stays as it was.
    pub fn abort(self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// The lock file of an output: in the system's temporary folder, named after the output's
/// resolved path, so that two builds of one output meet there whatever path they were given.
fn lock_path(output: &Path) -> PathBuf {
    use sha2::{Digest, Sha256};
    let hash = Sha256::digest(output.to_string_lossy().as_bytes());
    let short: String = hash.iter().take(12).map(|b| format!("{b:02x}")).collect();
    std::env::temp_dir().join(format!("bangvang-{short}.lock"))
}

/// The lock of an output, released and its file removed when dropped.
#[derive(Debug)]
struct Lock {
    path: PathBuf,
    file: File,
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still held, so that a build that opens it next finds it gone (see
        // `lock`) and makes its own.
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// True when `file` is still the file at `path` (a build that held it may have removed it).
fn still_there(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.ino() == b.ino() && a.dev() == b.dev(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        path.is_file()
    }
}

/// Takes the lock of an output, so that two builds never write it at once. The file is only
/// locked, never written: a link planted at its path cannot make the build change another
/// file.
fn lock(path: &Path, output: &Path) -> Result<Lock, Diagnostic> {
    for _ in 0..10 {
        let file = lock_file(path, output)?;
        if still_there(&file, path) {
            return Ok(Lock {
                path: path.to_path_buf(),
                file,
            });
        }
    }
    Err(Diagnostic::error(
        output,
        None,
        msg::OUTPUT_LOCK_CHANGING,
        msg::OUTPUT_LOCK_HINT,
    ))
}

/// Opens and locks the lock file once.
fn lock_file(path: &Path, output: &Path) -> Result<File, Diagnostic> {
    let fail = |what: Text| Diagnostic::error(output, None, what, msg::OUTPUT_LOCK_HINT);
    if fs::symlink_metadata(path).is_ok_and(|m| !m.is_file()) {
        return Err(fail(crate::t!(
            msg::OUTPUT_LOCK_NOT_A_FILE,
            path = path.display()
        )));
    }
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|e| {
            fail(crate::t!(
                msg::OUTPUT_LOCK_CANNOT_CREATE,
                path = path.display(),
                error = e
            ))
        })?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(fs::TryLockError::WouldBlock) => Err(fail(msg::OUTPUT_LOCK_TAKEN.into())),
        Err(fs::TryLockError::Error(e)) => Err(fail(crate::t!(msg::OUTPUT_LOCK_FAILED, error = e))),
    }
}

/// Removes the staging and set-aside folders of `name` that a killed build left in `parent`:
/// each only when it carries bangvang's marker and the build that made it (its process id is
/// in the name) is no longer running. Called with the output's lock held.
fn sweep_leftovers(parent: &Path, name: &str) {
    let new = format!(".{name}{NEW_TAG}");
    let old = format!(".{name}{OLD_TAG}");
    for entry in entries(parent) {
        let path = parent.join(&entry);
        let (pid, marker) = if let Some(pid) = entry.strip_prefix(&new) {
            (pid, STAGING_MARKER)
        } else if let Some(pid) = entry.strip_prefix(&old) {
            (pid, MARKER)
        } else {
            continue;
        };
        let stale = pid.parse::<u32>().is_ok_and(|pid| !running(pid, &path));
        let ours =
            path.join(marker).is_file() && fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
        if stale && ours {
            remove_tree_parallel(&path);
        }
    }
}

/// True while the process `pid` may still be writing `folder`: it is this process, or (where
/// `/proc` tells) a running one; elsewhere, while the folder is less than a day old.
fn running(pid: u32, folder: &Path) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc = Path::new("/proc");
    if proc.is_dir() {
        return proc.join(pid.to_string()).exists();
    }
    fs::symlink_metadata(folder)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_none_or(|age| age.as_secs() < 24 * 3600)
}

/// Between an output's name and a process id: the staging folder of a build
/// (`.public.bangvang-new-<pid>`) and the previous output it set aside (`…-old-<pid>`).
const NEW_TAG: &str = ".bangvang-new-";
const OLD_TAG: &str = ".bangvang-old-";

/// Whether [`Staging::commit`] leaves the removal of the previous output, once set aside, to
/// a process of its own (see [`remove_previous_in_background`]).
static IN_BACKGROUND: AtomicBool = AtomicBool::new(false);

/// The argument that starts a process removing a previous output set aside (the command line
/// reads it before anything else: see [`remove_set_aside`]).
pub const REMOVE_SET_ASIDE: &str = "--bangvang-remove-set-aside-output";

/// Lets [`Staging::commit`] hand the removal of the previous output to a process of its own,
/// started from this program, so that the command returns as soon as the new output is in
/// place: deleting a national site's 57,000 files takes half a second more. Only the command
/// line turns it on (a library or a test must not start copies of its program).
pub fn remove_previous_in_background(on: bool) {
    IN_BACKGROUND.store(on, Ordering::Relaxed);
}

/// Removes a previous output set aside by [`Staging::commit`]: in a process of its own when
/// allowed and it starts, else here and now.
fn remove_set_aside_soon(aside: &Path) {
    if IN_BACKGROUND.load(Ordering::Relaxed) {
        let started = std::env::current_exe().and_then(|exe| {
            std::process::Command::new(exe)
                .arg(REMOVE_SET_ASIDE)
                .arg(aside)
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
        });
        if started.is_ok() {
            return;
        }
    }
    remove_tree_parallel(aside);
}

/// The work of the process [`remove_set_aside_soon`] starts: removes `path` only when it is a
/// previous output set aside (its name says so and it holds the output's marker). The marker
/// goes last, so that a removal cut short leaves a folder the next build recognises and
/// sweeps. Returns whether `path` was such a folder.
pub fn remove_set_aside(path: &Path) -> bool {
    let named = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.') && n.contains(OLD_TAG));
    let ours = fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) && path.join(MARKER).is_file();
    if !(named && ours) {
        return false;
    }
    remove_entries_parallel(path, Some(MARKER));
    let _ = fs::remove_dir_all(path);
    true
}

/// Removes a folder, its top-level entries in parallel: on a slow disk, deleting the previous
/// output of a large site costs as much as writing it.
fn remove_tree_parallel(dir: &Path) {
    remove_entries_parallel(dir, None);
    let _ = fs::remove_dir_all(dir);
}

/// Removes the entries of a folder in parallel, all but `except`.
fn remove_entries_parallel(dir: &Path, except: Option<&str>) {
    use rayon::prelude::*;
    if let Ok(entries) = fs::read_dir(dir) {
        let paths: Vec<PathBuf> = entries
            .flatten()
            .filter(|e| except.is_none_or(|x| e.file_name() != x))
            .map(|e| e.path())
            .collect();
        paths.par_iter().for_each(|p| {
            if fs::symlink_metadata(p).is_ok_and(|m| m.is_dir()) {
                let _ = fs::remove_dir_all(p);
            } else {
                let _ = fs::remove_file(p);
            }
        });
    }
}

#[cfg(test)]
mod tests;
