//! Scratch sites: a copy of a fixture site in a temporary folder, built once, then broken or
//! changed by a test; and the command-line binary run on it.

use std::path::{Path, PathBuf};

use super::{build_into, copy_dir, copy_site, snapshot};

/// A copy of a site in a temporary folder: the site is `<tmp>/site`, its output the default
/// `<tmp>/site/public`.
pub struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    /// Copies the site at `from`.
    pub fn copy_of(from: &Path) -> Scratch {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(from, &dir.path().join("site"));
        Scratch { dir }
    }

    /// Copies only the parts of the site at `from` that a build reads (for the example site
    /// at the repository's root: not `target/`, not the sources).
    pub fn site_of(from: &Path) -> Scratch {
        let dir = tempfile::tempdir().unwrap();
        copy_site(from, &dir.path().join("site"));
        Scratch { dir }
    }

    /// The site folder.
    pub fn root(&self) -> PathBuf {
        self.dir.path().join("site")
    }

    /// The output folder.
    pub fn output(&self) -> PathBuf {
        self.root().join("public")
    }

    /// The temporary folder holding the site (staging folders of the output appear in
    /// the site folder, beside `public/`).
    pub fn tmp(&self) -> &Path {
        self.dir.path()
    }

    /// Builds the site into its output with the library; panics with the messages on failure.
    pub fn build(&self) {
        if let Err(d) = build_into(&self.root(), &self.output()) {
            let msgs: Vec<String> = d.iter().map(|x| x.to_string()).collect();
            panic!("the scratch site does not build:\n{}", msgs.join("\n"));
        }
    }

    /// Every file of the output, path → bytes.
    pub fn output_snapshot(&self) -> std::collections::BTreeMap<String, Vec<u8>> {
        snapshot(&self.output())
    }

    /// Writes a file of the site (creating folders).
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    /// Reads a file of the site as text.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.root().join(rel)).unwrap()
    }

    /// Replaces the first `from` in a file of the site by `to`; `from` must be there.
    pub fn replace(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} has no `{from}`");
        self.write(rel, text.replacen(from, to, 1));
    }

    /// Removes a file of the site.
    pub fn remove(&self, rel: &str) {
        std::fs::remove_file(self.root().join(rel)).unwrap();
    }

    /// Runs `bangvang build --root <site> <args>` with the binary under test.
    pub fn run_build(&self, args: &[&str]) -> Run {
        let root = self.root();
        let mut all = vec!["build", "--root", root.to_str().unwrap()];
        all.extend_from_slice(args);
        run_cli(&all)
    }
}

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    /// Exit status (None when killed by a signal).
    pub code: Option<i32>,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// The `error: …` lines of standard error.
    pub fn errors(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|l| l.starts_with("error: "))
            .collect()
    }
}

/// Runs the `bangvang` binary with `args`, without colours.
pub fn run_cli(args: &[&str]) -> Run {
    let out = super::cli::bin()
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the bangvang binary runs");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}
