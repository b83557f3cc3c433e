//! Listing folders in a fixed order, so that every run reads, reports and writes the same way.

use std::path::{Path, PathBuf};

/// One entry of a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    /// File or folder name.
    pub name: String,
    /// Path relative to the site root.
    pub rel: PathBuf,
    /// True for a folder.
    pub is_dir: bool,
}

impl Entry {
    /// The name without its extension, and the extension in lowercase.
    pub fn stem_and_ext(&self) -> (&str, String) {
        match self.name.rsplit_once('.') {
            Some((stem, ext)) if !stem.is_empty() => (stem, ext.to_ascii_lowercase()),
            _ => (self.name.as_str(), String::new()),
        }
    }

    /// True for `.yaml` and `.yml`.
    pub fn is_yaml(&self) -> bool {
        !self.is_dir && matches!(self.stem_and_ext().1.as_str(), "yaml" | "yml")
    }
}

/// The entries of `root/rel`, sorted by name, without hidden files (`.x`) and the lock files
/// office programs leave behind (`~$x`, `x~`). An absent folder lists as empty.
pub(crate) fn list(root: &Path, rel: &Path) -> Vec<Entry> {
    let Ok(read) = std::fs::read_dir(root.join(rel)) else {
        return Vec::new();
    };
    let mut out: Vec<Entry> = read
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || name.starts_with('~') || name.ends_with('~') {
                return None;
            }
            let is_dir = e.file_type().map(|t| t.is_dir()).unwrap_or(false)
                || (e.file_type().map(|t| t.is_symlink()).unwrap_or(false) && e.path().is_dir());
            Some(Entry {
                rel: rel.join(&name),
                name,
                is_dir,
            })
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// The YAML files named `stem` (`stem.yaml`, `stem.yml`) among `entries`.
pub(crate) fn yaml_named<'e>(entries: &'e [Entry], stem: &str) -> Vec<&'e Entry> {
    entries
        .iter()
        .filter(|e| e.is_yaml() && e.stem_and_ext().0 == stem)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_without_hidden_files() {
        let dir = tempfile::tempdir().unwrap();
        for f in ["b.yaml", "a.yml", ".DS_Store", "~$x.csv", "c.csv"] {
            std::fs::write(dir.path().join(f), "").unwrap();
        }
        std::fs::create_dir(dir.path().join("z")).unwrap();
        let l = list(dir.path(), Path::new("d"));
        assert!(l.is_empty());
        let l = list(dir.path(), Path::new(""));
        let names: Vec<&str> = l.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["a.yml", "b.yaml", "c.csv", "z"]);
        assert!(l[3].is_dir);
        assert_eq!(yaml_named(&l, "a").len(), 1);
    }
}
