//! Watching the site folder: `config.yaml`, `content/`, `data/`, `static/`, `themes/` and
//! `templates/` — nothing else, so the output folder, `.git/` or a `target/` beside the site
//! never trigger a rebuild. Changes are debounced: an editor's save (write, rename, chmod) or a
//! spreadsheet export of several files becomes one rebuild.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

/// The folders watched, recursively, when they exist.
pub const WATCHED_DIRS: [&str; 5] = ["content", "data", "static", "themes", "templates"];

/// How long the folder must stay quiet before a rebuild starts. An editor's save and a
/// spreadsheet's export of several files each come as a burst of events a few milliseconds
/// apart; 50 ms gathers such a burst while keeping the wait a small part of a score edit's
/// 200 ms budget. A file still being written when the wait ends brings another batch, and
/// another rebuild, when it is done.
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// A running watcher of one site folder.
pub struct SiteWatcher {
    root: PathBuf,
    watcher: RecommendedWatcher,
    rx: Receiver<notify::Result<notify::Event>>,
    watching: HashSet<&'static str>,
}

impl SiteWatcher {
    /// Starts watching the site at `root`.
    pub fn start(root: &Path) -> notify::Result<SiteWatcher> {
        let (tx, rx) = channel();
        let mut watcher = notify::recommended_watcher(tx)?;
        // The root itself, not recursively: for config.yaml, and for watched folders that
        // appear later.
        watcher.watch(root, RecursiveMode::NonRecursive)?;
        let mut w = SiteWatcher {
            root: root.to_path_buf(),
            watcher,
            rx,
            watching: HashSet::new(),
        };
        w.watch_new_dirs();
        Ok(w)
    }

    /// Adds a recursive watch on each watched folder that exists and is not watched yet.
    fn watch_new_dirs(&mut self) {
        for dir in WATCHED_DIRS {
            if !self.watching.contains(dir)
                && self.root.join(dir).is_dir()
                && self
                    .watcher
                    .watch(&self.root.join(dir), RecursiveMode::Recursive)
                    .is_ok()
            {
                self.watching.insert(dir);
            }
        }
    }

    /// Waits for the next batch of changes: blocks until a relevant change, then gathers more
    /// until the folder has been quiet for [`DEBOUNCE`]. Paths are relative to the site root.
    /// Returns `None` when the watcher has stopped.
    pub fn next_batch(&mut self) -> Option<BTreeSet<PathBuf>> {
        let mut batch = BTreeSet::new();
        let mut deadline: Option<Instant> = None;
        loop {
            let event = match deadline {
                None => self.rx.recv().ok()?,
                Some(d) => match self
                    .rx
                    .recv_timeout(d.saturating_duration_since(Instant::now()))
                {
                    Ok(e) => e,
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return None,
                },
            };
            let Ok(event) = event else { continue };
            if matches!(event.kind, EventKind::Access(_)) {
                continue;
            }
            let before = batch.len();
            batch.extend(event.paths.iter().filter_map(|p| relevant(&self.root, p)));
            if batch.len() > before || deadline.is_some() {
                deadline = Some(Instant::now() + DEBOUNCE);
            }
        }
        self.watch_new_dirs();
        Some(batch)
    }
}

/// The path relative to the root when a change there matters: inside a watched folder or
/// `config.yaml`, and not an editor's temporary file (`.x.swp`, `x~`, `4913`, `.#x`).
pub fn relevant(root: &Path, path: &Path) -> Option<PathBuf> {
    let rel = path.strip_prefix(root).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    if rel == Path::new(crate::load::config::CONFIG_FILE) {
        return Some(rel.to_path_buf());
    }
    if !WATCHED_DIRS.contains(&first) {
        return None;
    }
    let name = rel.file_name()?.to_str()?;
    let temporary = name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913";
    (!temporary).then(|| rel.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_site_sources_count() {
        let root = Path::new("/s");
        assert_eq!(
            relevant(root, Path::new("/s/config.yaml")),
            Some(PathBuf::from("config.yaml"))
        );
        assert_eq!(
            relevant(root, Path::new("/s/content/a.md")),
            Some(PathBuf::from("content/a.md"))
        );
        assert_eq!(
            relevant(root, Path::new("/s/data/campaigns/x/scores/v/self.csv")),
            Some(PathBuf::from("data/campaigns/x/scores/v/self.csv"))
        );
        for ignored in [
            "/s/public/index.html",
            "/s/.git/index",
            "/s/content/.a.md.swp",
            "/s/content/a.md~",
            "/s/content/4913",
            "/elsewhere/content/a.md",
            "/s/notes.txt",
        ] {
            assert_eq!(relevant(root, Path::new(ignored)), None, "{ignored}");
        }
    }

    #[test]
    fn a_save_is_one_batch() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().canonicalize().unwrap();
        std::fs::create_dir_all(root.join("content")).unwrap();
        let mut w = SiteWatcher::start(&root).unwrap();
        std::fs::write(root.join("content/a.md"), "---\n---\none").unwrap();
        std::fs::write(root.join("content/a.md"), "---\n---\ntwo").unwrap();
        std::fs::write(root.join("config.yaml"), "title: x\n").unwrap();
        let batch = w.next_batch().unwrap();
        assert_eq!(
            batch,
            BTreeSet::from([PathBuf::from("config.yaml"), PathBuf::from("content/a.md")])
        );
    }
}
