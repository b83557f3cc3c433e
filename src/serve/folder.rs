//! The private folder one run of `serve` builds the site into:
//! `<temp>/bangvang-serve-<pid>-<32 random hex digits>/`, made fresh for each run.
//!
//! A path in the shared temporary folder that another user could guess is a path they could
//! put a symbolic link at, and a build written through it lands wherever the link points. So
//! the name is unpredictable, the folder is made with one `mkdir` that fails when anything,
//! a link included, is already there (never `create_dir_all`, never reused), and it is private
//! (0700 on Unix): nothing inside can be replaced by someone else.
//!
//! The folder holds a marker file naming the process, locked for as long as the process runs.
//! The folder is removed when serve stops (on Ctrl-C or a termination signal on Unix, and when
//! [`ServedFolder`] is dropped); a run that was killed leaves it behind, and the next run
//! removes it: only a real folder (not a link) owned by the same user, named like ours, holding
//! our marker for the process in its name, whose process is no longer running and whose marker
//! nobody holds locked. Nothing else in the temporary folder is ever touched.

use std::fs::{self, File, OpenOptions};
use std::hash::{BuildHasher, Hasher};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// How the folders of `serve` are named in the temporary folder.
pub const PREFIX: &str = "bangvang-serve-";

/// The marker file in the folder.
pub const MARKER: &str = ".bangvang-serve";

/// How many random hex digits a folder name carries.
const RANDOM_DIGITS: usize = 32;

/// What the marker of process `pid` says, to the letter: a leftover is recognised by it.
pub fn marker_text(pid: u32) -> String {
    format!(
        "bangvang serve {pid}\nThis folder is where `bangvang serve` (process {pid}) builds the site. \
         It is removed when serve stops, or by the next serve once process {pid} has ended.\n"
    )
}

/// The folder of this run; removed when dropped.
#[derive(Debug)]
pub struct ServedFolder {
    path: PathBuf,
    /// The marker, open and locked while this run lasts.
    _marker: File,
}

impl ServedFolder {
    /// Makes a new private folder in `tmp`.
    pub fn create(tmp: &Path) -> io::Result<ServedFolder> {
        let pid = std::process::id();
        // A name already taken is another run's (or a trap): draw again.
        for _ in 0..16 {
            let path = tmp.join(format!("{PREFIX}{pid}-{}", random_hex()));
            match make_private_dir(&path) {
                Ok(()) => {
                    return claim(&path, pid).inspect_err(|_| {
                        let _ = fs::remove_dir_all(&path);
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "every name drawn for the folder existed already",
        ))
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where the site is built, inside the folder (the build's staging folders sit beside it).
    pub fn site(&self) -> PathBuf {
        self.path.join("site")
    }
}

impl Drop for ServedFolder {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}

/// Makes one folder, failing if anything is at `path` (a symbolic link is not followed: `mkdir`
/// never does), private to this user.
pub fn make_private_dir(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        fs::DirBuilder::new().mode(0o700).create(path)?;
        // The mode passed to mkdir is narrowed by the umask, never widened; set it exactly.
        fs::set_permissions(path, fs::Permissions::from_mode(0o700))
    }
    #[cfg(not(unix))]
    {
        fs::create_dir(path)
    }
}

/// Writes the marker of a new folder and locks it. It is written and locked under another name
/// and then renamed, so that a run sweeping at the same moment never sees an unlocked marker.
fn claim(path: &Path, pid: u32) -> io::Result<ServedFolder> {
    let pending = path.join(format!("{MARKER}.new"));
    let mut marker = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&pending)?;
    // A file system without locks leaves the marker unlocked: a sweeping run then cannot tell
    // whether we run (its own lock attempt fails too) and keeps the folder.
    let _ = marker.try_lock();
    marker.write_all(marker_text(pid).as_bytes())?;
    fs::rename(&pending, path.join(MARKER))?;
    Ok(ServedFolder {
        path: path.to_path_buf(),
        _marker: marker,
    })
}

/// 32 hex digits from the system's randomness.
fn random_hex() -> String {
    let mut bytes = [0u8; RANDOM_DIGITS / 2];
    let from_system = File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    if from_system.is_err() {
        // Where there is no /dev/urandom: the keys of `RandomState` are drawn from the
        // system's randomness too.
        for (i, part) in bytes.chunks_mut(8).enumerate() {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_usize(i);
            h.write_u128(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or_default(),
            );
            part.copy_from_slice(&h.finish().to_le_bytes());
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Removes the folders in `tmp` that earlier runs of `serve` left behind (see the module's
/// doc for what counts as one); returns how many were removed.
pub fn sweep_leftovers(tmp: &Path, own: &ServedFolder) -> usize {
    let Ok(entries) = fs::read_dir(tmp) else {
        return 0;
    };
    let owner = owner_of(own.path());
    entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p != own.path() && is_leftover(p, owner))
        .filter(|p| fs::remove_dir_all(p).is_ok())
        .count()
}

/// The process named in a folder name of ours: `bangvang-serve-<pid>-<32 hex digits>`.
fn pid_in_name(name: &str) -> Option<u32> {
    let (pid, random) = name.strip_prefix(PREFIX)?.split_once('-')?;
    let ours = pid.bytes().all(|b| b.is_ascii_digit())
        && random.len() == RANDOM_DIGITS
        && random.bytes().all(|b| b.is_ascii_hexdigit());
    if ours { pid.parse().ok() } else { None }
}

fn is_leftover(path: &Path, owner: Option<u32>) -> bool {
    let Some(pid) = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(pid_in_name)
    else {
        return false;
    };
    // `symlink_metadata`: a link named like ours is not a folder of ours, wherever it points.
    let Ok(meta) = fs::symlink_metadata(path) else {
        return false;
    };
    if !meta.is_dir() || owner_of_meta(&meta) != owner {
        return false;
    }
    let marker = path.join(MARKER);
    let is_marker = fs::symlink_metadata(&marker).is_ok_and(|m| m.is_file() && m.len() < 4096);
    if !is_marker || fs::read_to_string(&marker).ok() != Some(marker_text(pid)) {
        return false;
    }
    !process_running(pid) && !marker_locked(&marker)
}

/// True unless the process is known to have ended. Where the system lists its processes in
/// `/proc` (Linux), it is asked; elsewhere only the marker's lock tells. A process that was
/// killed but not yet collected by its parent (a zombie, state `Z`) has ended.
fn process_running(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return false;
    }
    match fs::read_to_string(proc.join(pid.to_string()).join("stat")) {
        // `<pid> (<name>) <state> …`: the name may hold spaces and parentheses.
        Ok(stat) => !stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
        Err(_) => proc.join(pid.to_string()).exists(),
    }
}

/// True when a running process holds the marker locked, or when that cannot be told.
fn marker_locked(marker: &Path) -> bool {
    match File::open(marker).map(|f| f.try_lock()) {
        Ok(Ok(())) => false,
        Ok(Err(_)) | Err(_) => true,
    }
}

fn owner_of(path: &Path) -> Option<u32> {
    fs::symlink_metadata(path)
        .ok()
        .and_then(|m| owner_of_meta(&m))
}

#[cfg(unix)]
fn owner_of_meta(meta: &fs::Metadata) -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    Some(meta.uid())
}

#[cfg(not(unix))]
fn owner_of_meta(_meta: &fs::Metadata) -> Option<u32> {
    None
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    /// A process id that was running a moment ago and is not any more.
    fn ended_pid() -> u32 {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        pid
    }

    /// A folder as a killed run leaves it.
    fn leftover(tmp: &Path, pid: u32, marker: Option<&str>) -> PathBuf {
        let dir = tmp.join(format!("{PREFIX}{pid}-{}", random_hex()));
        fs::create_dir(&dir).unwrap();
        fs::create_dir(dir.join("site")).unwrap();
        fs::write(dir.join("site/index.html"), "old").unwrap();
        if let Some(text) = marker {
            fs::write(dir.join(MARKER), text).unwrap();
        }
        dir
    }

    #[test]
    fn a_killed_process_not_yet_collected_has_ended() {
        let mut child = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .unwrap();
        let pid = child.id();
        assert!(process_running(pid));
        child.kill().unwrap();
        // Not waited for: a zombie until `wait`.
        std::thread::sleep(std::time::Duration::from_millis(200));
        if Path::new("/proc/self").exists() {
            assert!(!process_running(pid));
        }
        child.wait().unwrap();
        assert!(!process_running(pid));
    }

    #[test]
    fn a_new_folder_is_private_marked_and_locked() {
        let tmp = tempfile::tempdir().unwrap();
        let folder = ServedFolder::create(tmp.path()).unwrap();
        let name = folder.path().file_name().unwrap().to_str().unwrap();
        assert_eq!(pid_in_name(name), Some(std::process::id()), "{name}");
        let mode = fs::metadata(folder.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700);
        let marker = folder.path().join(MARKER);
        assert_eq!(
            fs::read_to_string(&marker).unwrap(),
            marker_text(std::process::id())
        );
        assert!(marker_locked(&marker));
        let other = ServedFolder::create(tmp.path()).unwrap();
        assert_ne!(folder.path(), other.path(), "every run draws a new name");
        let path = folder.path().to_path_buf();
        drop(folder);
        assert!(!path.exists(), "the folder goes with the run");
    }

    #[test]
    fn a_link_in_the_way_is_never_followed() {
        let tmp = tempfile::tempdir().unwrap();
        let victim = tmp.path().join("victim");
        fs::create_dir(&victim).unwrap();
        let trap = tmp.path().join("trap");
        std::os::unix::fs::symlink(&victim, &trap).unwrap();
        let err = make_private_dir(&trap).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        let mode = fs::metadata(&victim).unwrap().permissions().mode();
        assert_ne!(mode & 0o777, 0o700, "the link's target was changed");
        assert_eq!(fs::read_dir(&victim).unwrap().count(), 0);
    }

    #[test]
    fn only_leftovers_of_ended_runs_are_swept() {
        let tmp = tempfile::tempdir().unwrap();
        let t = tmp.path();
        let own = ServedFolder::create(t).unwrap();
        let dead = ended_pid();
        let gone = leftover(t, dead, Some(&marker_text(dead)));

        let unmarked = leftover(t, dead, None);
        let foreign_marker = leftover(t, dead, Some("something else"));
        let other_pid_marker = leftover(t, dead, Some(&marker_text(dead + 1)));
        let alive = leftover(
            t,
            std::process::id(),
            Some(&marker_text(std::process::id())),
        );
        // A run whose marker is locked is running, whatever the process list says.
        let locked = leftover(t, dead, Some(&marker_text(dead)));
        let lock = File::open(locked.join(MARKER)).unwrap();
        lock.try_lock().unwrap();
        // A link named like a leftover, to a folder that looks like one.
        let target = leftover(t, dead, Some(&marker_text(dead)));
        let moved = t.join("target");
        fs::rename(&target, &moved).unwrap();
        std::os::unix::fs::symlink(&moved, &target).unwrap();
        // Names that are not ours: the old fixed scheme, too few digits, a file.
        let old_scheme = t.join(format!("{PREFIX}a1b2c3d4e5f6-1111"));
        fs::create_dir(&old_scheme).unwrap();
        fs::write(old_scheme.join(MARKER), marker_text(1111)).unwrap();
        let file = t.join(format!("{PREFIX}{dead}-{}", random_hex()));
        fs::write(&file, marker_text(dead)).unwrap();

        assert_eq!(sweep_leftovers(t, &own), 1);
        assert!(!gone.exists());
        for kept in [
            &unmarked,
            &foreign_marker,
            &other_pid_marker,
            &alive,
            &locked,
            &target,
            &old_scheme,
            &file,
            own.path(),
        ] {
            assert!(
                fs::symlink_metadata(kept).is_ok(),
                "{} was removed",
                kept.display()
            );
        }
        assert_eq!(
            fs::read_to_string(moved.join("site/index.html")).unwrap(),
            "old"
        );
        drop(lock);
    }
}
