//! Which outputs a change reaches, so that `serve` renders only those again.
//!
//! This is the full way: the site is loaded and computed again (a change of score files alone
//! takes the quick path of [`crate::serve::reload`] instead, which reads only their campaign);
//! what is saved is rendering. The plan is derived from what each output declares it
//! reads ([`crate::render::reads`]): an output is rendered again when a part of the site it
//! reads differs between the last good build and this one. Everything is rendered again when
//! the settings, a template or the theme changed, when the frame of every page (the
//! navigation) changed, when the list of outputs or their addresses changed (a page added,
//! removed or renamed), or when a published file was removed. Changed files under `static/`
//! and beside the content pages are copied alone.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::build::Prepared;
use crate::diag::Text;
use crate::diag::catalogue::cli::*;
use crate::render::reads::{Comparison, Input};
use crate::render::{Output, outputs};
use crate::t;

/// What a rebuild has to do.
#[derive(Debug, Clone)]
pub enum Plan {
    /// Render everything, for this reason (shown in the terminal).
    Full(Text),
    /// Render these outputs, write these photos and copy these files into the served folder.
    Partial {
        /// Outputs to render again.
        outputs: Vec<Output>,
        /// Photos (paths under `static/`) whose prepared sizes are written again.
        photos: Vec<String>,
        /// (source relative to the site root, path in the output) of files to copy.
        copies: Vec<(PathBuf, String)>,
    },
}

/// Maps the files changed since the last good build (`old`) to what must be redone to bring
/// the site served from the folder `served` in line with `new`.
pub fn plan_rebuild(
    old: &Prepared,
    new: &Prepared,
    changed: &BTreeSet<PathBuf>,
    served: &Path,
) -> Plan {
    if let Some(p) = changed.iter().find(|p| !is_content(p)) {
        return Plan::Full(t!(PLAN_FRAME_FILE, file = p.display()));
    }
    if !new.translations.is_empty() {
        // A site in several languages renders every language again: the plan below knows
        // the outputs of one.
        return Plan::Full(t!(PLAN_LANGUAGES));
    }
    let before = outputs(&old.site);
    let after = outputs(&new.site);
    if before != after
        || before
            .iter()
            .zip(&after)
            .any(|(a, b)| a.route(&old.site) != b.route(&new.site))
    {
        return Plan::Full(t!(PLAN_PAGES_CHANGED));
    }
    if old.frame != new.frame {
        return Plan::Full(t!(PLAN_NAV_CHANGED));
    }
    let mut copies = Vec::new();
    for path in changed {
        match copy_of(new, path, served) {
            Ok(Some(copy)) => copies.push(copy),
            Ok(None) => {}
            Err(reason) => return Plan::Full(reason),
        }
    }
    let cmp = Comparison {
        old: &old.site,
        new: &new.site,
        changed,
    };
    // What an output read before counts as much as what it reads now: a unit that left a
    // campaign must drop it from its page.
    let selected: Vec<Output> = after
        .into_iter()
        .zip(&before)
        .filter(|(now, was)| {
            let mut reads: BTreeSet<Input> = now.reads(&new.site).into_iter().collect();
            reads.extend(was.reads(&old.site));
            reads.iter().any(|input| cmp.differs(input))
        })
        .map(|(now, _)| now)
        .collect();
    let photos = new
        .photos
        .paths()
        .into_iter()
        .filter(|p| cmp.differs(&Input::Photo(p.clone())))
        .collect();
    Plan::Partial {
        outputs: selected,
        photos,
        copies,
    }
}

/// True for the folders whose changes the plan follows file by file: pages, data and static
/// files.
fn is_content(path: &Path) -> bool {
    ["content", "data", "static"]
        .iter()
        .any(|top| path.starts_with(top))
}

/// The copy a changed file needs: a file of `static/` or beside the content pages is
/// published as it is. `Err` when everything must be rendered (a published file was removed).
fn copy_of(new: &Prepared, path: &Path, served: &Path) -> Result<Option<(PathBuf, String)>, Text> {
    let mut parts = path.iter().filter_map(|p| p.to_str());
    let first = parts.next().unwrap_or("");
    let rest: PathBuf = parts.collect();
    let is_page = first == "content" && path.extension().is_some_and(|e| e == "md");
    if first == "data" || is_page {
        return Ok(None);
    }
    let root = &new.site.root;
    let target = rest.to_string_lossy().replace('\\', "/");
    if !root.join(path).is_file() {
        // Gone: it matters only if it was published (not an editor's temporary file).
        return if served.join(&target).exists() {
            Err(t!(PLAN_FILE_REMOVED))
        } else {
            Ok(None)
        };
    }
    if crate::load::files::inside(root, path).is_err() {
        return Err(t!(PLAN_OUTSIDE, file = path.display()));
    }
    // A file beside the content pages wins over a static file of the same path.
    let shadowed = first == "static" && root.join("content").join(&rest).is_file();
    Ok((!shadowed).then(|| (path.to_path_buf(), target)))
}

#[cfg(test)]
mod tests;
