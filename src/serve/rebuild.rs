//! Rebuilding the served site: the whole site the first time and whenever a change reaches
//! everything; otherwise only the outputs the [`plan`](crate::serve::plan) selects, written
//! over the served folder file by file. A failed rebuild writes nothing, so the last good site
//! stays served.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::build::{Options, Prepared, prepare, render_into, render_one};
use crate::diag::catalogue::cli::PLAN_FIRST;
use crate::diag::catalogue::site as msg;
use crate::diag::{Diagnostic, Diagnostics, Text};
use crate::photos::Photos;
use crate::render::{Output, outputs, outputs_in_language};
use crate::serve::delta::select;
use crate::serve::plan::{Plan, plan_rebuild};
use crate::serve::reload::{Quick, reload, score_campaigns};
use crate::t;
use crate::write::{Staging, check_output};

/// What a rebuild did.
#[derive(Debug)]
pub enum Outcome {
    /// The served folder is up to date.
    Built {
        /// `Some(reason)` when everything was rendered; `None` for a partial rebuild.
        full: Option<Text>,
        /// Outputs rendered.
        rendered: usize,
        /// Outputs the site has.
        total: usize,
        /// Files copied alone.
        copied: usize,
        /// Time to load and compute the site.
        load: Duration,
        /// Time to render and write.
        render: Duration,
        /// Warnings of the build.
        warnings: Diagnostics,
        /// `Some` when only score files changed and only their campaigns were read and
        /// computed again (the rest of the site kept from the last build).
        reloaded: Option<Reloads>,
    },
    /// The site has errors; the served folder was not touched.
    Failed(Diagnostics),
}

/// What the quick path read again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reloads {
    /// Files read again.
    pub files: usize,
    /// Campaigns computed again, by id.
    pub campaigns: Vec<String>,
}

/// Keeps the last good site between rebuilds, and the changes not yet in a good build.
pub struct Builder {
    opts: Options,
    out: PathBuf,
    last: Option<Prepared>,
    /// The warnings of the last good build (the quick path keeps those of unchanged files).
    warnings: Diagnostics,
    pending: BTreeSet<PathBuf>,
    /// Files of the quick path not written yet (`results.json`, the workbooks …): rendered by
    /// [`Builder::finish`] once the pages are served.
    deferred: Vec<(Output, usize)>,
}

impl Builder {
    /// A builder of the site of `opts` into the folder `out`.
    pub fn new(opts: Options, out: PathBuf) -> Self {
        Builder {
            opts,
            out,
            last: None,
            warnings: Diagnostics::new(),
            pending: BTreeSet::new(),
            deferred: Vec::new(),
        }
    }

    /// The served folder.
    pub fn out(&self) -> &Path {
        &self.out
    }

    /// Brings the served folder in line with the site after `changed` (paths relative to the
    /// site root; empty for the first build).
    pub fn build(&mut self, changed: BTreeSet<PathBuf>) -> Outcome {
        self.pending.extend(changed);
        if let Some(Err(diags)) = self.finish() {
            return Outcome::Failed(diags);
        }
        if let Some(outcome) = self.quick() {
            return outcome;
        }
        let start = Instant::now();
        let mut diags = Diagnostics::new();
        let prepared = prepare(&self.opts, self.unchanged_photos(), &mut diags);
        let load_time = start.elapsed();
        let Some(new) = prepared.filter(|_| !diags.has_errors()) else {
            diags.sort();
            return Outcome::Failed(diags);
        };
        let plan = match &self.last {
            None => Plan::Full(t!(PLAN_FIRST)),
            Some(old) => plan_rebuild(old, &new, &self.pending, &self.out),
        };
        let render_start = Instant::now();
        let total = outputs(&new.site).len();
        let done = match plan {
            Plan::Full(reason) => self.render_all(&new).map(|_| (Some(reason), total, 0)),
            Plan::Partial {
                outputs,
                photos,
                copies,
            } => self
                .render_some(&new, &main_only(&outputs), &photos, &copies)
                .map(|_| (None, outputs.len(), copies.len() + photos.len())),
        };
        match done {
            Ok((full, rendered, copied)) => {
                self.last = Some(new);
                self.pending.clear();
                diags.sort();
                self.warnings = diags.clone();
                Outcome::Built {
                    full,
                    rendered,
                    total,
                    copied,
                    load: load_time,
                    render: render_start.elapsed(),
                    warnings: diags,
                    reloaded: None,
                }
            }
            Err(ds) => {
                diags.extend(ds);
                diags.sort();
                Outcome::Failed(diags)
            }
        }
    }

    /// The quick path: when only score files changed, reads and computes again only their
    /// campaigns in the kept site and renders the outputs whose rows moved, in every language.
    /// `None` when the change needs the full way.
    fn quick(&mut self) -> Option<Outcome> {
        let ids = score_campaigns(&self.pending)?;
        let start = Instant::now();
        let last = self.last.as_mut()?;
        let done = match reload(last, &ids, &self.pending, &self.warnings) {
            Quick::Full => return None,
            Quick::Failed(diags) => return Some(Outcome::Failed(diags)),
            Quick::Done(done) => done,
        };
        let load = start.elapsed();
        let render_start = Instant::now();
        let mut jobs: Vec<(Output, usize)> = Vec::new();
        let mut total = 0;
        if !done.changes.is_empty() {
            let all = outputs(&last.site);
            total += all.len();
            jobs.extend(
                select(all, &last.site, &done.changes)
                    .into_iter()
                    .map(|o| (o, 0)),
            );
            for (i, t) in last.translations.iter().enumerate() {
                let all = outputs_in_language(&t.site);
                total += all.len();
                jobs.extend(
                    select(all, &t.site, &done.changes)
                        .into_iter()
                        .map(|o| (o, i + 1)),
                );
            }
        }
        // The pages first, so that the browser reloads at once; the site's other files
        // (results.json of a national campaign is 100 MB) right after, in `finish`.
        let (pages, files): (Vec<_>, Vec<_>) = jobs
            .into_iter()
            .partition(|(o, _)| matches!(o, Output::Page(_)));
        let jobs = pages;
        self.deferred = files;
        let last = self.last.take()?;
        if let Err(ds) = self.render_some(&last, &jobs, &[], &[]) {
            self.deferred.clear();
            // The kept site is ahead of the served one: the next build starts afresh.
            let mut diags = done.warnings;
            diags.extend(ds);
            diags.sort();
            return Some(Outcome::Failed(diags));
        }
        let files = self.pending.len();
        self.last = Some(last);
        self.pending.clear();
        self.warnings = done.warnings.clone();
        Some(Outcome::Built {
            full: None,
            rendered: jobs.len(),
            total,
            copied: 0,
            load,
            render: render_start.elapsed(),
            warnings: done.warnings,
            reloaded: Some(Reloads {
                files,
                campaigns: done.campaigns,
            }),
        })
    }

    /// Writes the files a quick rebuild left for later (`results.json`, the workbooks, the
    /// calendar …). `None` when there were none; else how many were written and in how long,
    /// or the errors (the next build then starts afresh).
    pub fn finish(&mut self) -> Option<Result<(usize, Duration), Diagnostics>> {
        if self.deferred.is_empty() {
            return None;
        }
        let start = Instant::now();
        let jobs = std::mem::take(&mut self.deferred);
        let last = self.last.take()?;
        Some(match self.render_some(&last, &jobs, &[], &[]) {
            Ok(()) => {
                self.last = Some(last);
                Ok((jobs.len(), start.elapsed()))
            }
            Err(diags) => Err(diags),
        })
    }

    /// The photos prepared for the last good site, when neither the photos nor the honorees
    /// changed since: decoding and scaling photos is the slowest part of a small render, and
    /// a score change should not redo it.
    fn unchanged_photos(&self) -> Option<Arc<Photos>> {
        let old = self.last.as_ref()?;
        let touches_photos = self.pending.iter().any(|p| {
            p.starts_with("static")
                || p.starts_with("content/honorees")
                || p.starts_with("data/honorees.csv")
                || p.starts_with("themes")
        });
        (!touches_photos).then(|| Arc::clone(&old.photos))
    }

    /// Renders everything into a staging folder and swaps it in, as `build` does.
    fn render_all(&self, p: &Prepared) -> Result<(), Diagnostics> {
        let one = |d: Diagnostic| {
            let mut ds = Diagnostics::new();
            ds.push(d);
            ds
        };
        let keep = &p.site.config.keep_in_output;
        check_output(&p.site.root, &self.out, keep).map_err(one)?;
        let staging = Staging::create(&self.out, keep).map_err(one)?;
        if let Err(ds) = render_into(p, &staging, &Default::default()) {
            staging.abort();
            return Err(ds);
        }
        staging.commit().map(|_| ()).map_err(|e| one(e.diagnostic))
    }

    /// Renders the given outputs in memory; only when all succeed are their files, the
    /// photos and the copies written over the served ones, each atomically (a browser never
    /// reads half a page).
    /// Each output comes with its language: 0 for the main one, `i + 1` for
    /// `p.translations[i]`.
    fn render_some(
        &self,
        p: &Prepared,
        selected: &[(Output, usize)],
        photos: &[String],
        copies: &[(PathBuf, String)],
    ) -> Result<(), Diagnostics> {
        let results: Vec<_> = selected
            .par_iter()
            .map(|(output, lang)| match lang.checked_sub(1) {
                None => render_one(p, output),
                Some(i) => {
                    let t = &p.translations[i];
                    output.render(&p.renderer_in(t)).map(|files| {
                        files
                            .into_iter()
                            .map(|(path, bytes)| (format!("{}{path}", t.prefix), bytes))
                            .collect()
                    })
                }
            })
            .collect();
        let mut diags = Diagnostics::new();
        let mut files = Vec::new();
        for r in results {
            match r {
                Ok(f) => files.extend(f),
                Err(d) => diags.push(d),
            }
        }
        for photo in photos {
            match p.photos.files(photo) {
                Ok(f) => files.extend(f.into_iter().map(|(path, b)| (path, b.to_vec()))),
                Err(d) => diags.push(d),
            }
        }
        if diags.has_errors() {
            return Err(diags);
        }
        for (rel, bytes) in files {
            if let Err(e) = replace_file(&self.out.join(&rel), |tmp| fs::write(tmp, &bytes)) {
                diags.error(
                    self.out.join(&rel),
                    None,
                    crate::t!(msg::BUILD_CANNOT_WRITE, others = "", error = e.to_string()),
                    msg::BUILD_CANNOT_WRITE_HINT,
                );
            }
        }
        for (from, to) in copies {
            if let Err(e) = replace_file(&self.out.join(to), |tmp| {
                fs::copy(p.site.root.join(from), tmp).map(|_| ())
            }) {
                diags.error(
                    from,
                    None,
                    crate::t!(msg::BUILD_CANNOT_COPY, error = e.to_string()),
                    msg::BUILD_CANNOT_COPY_HINT,
                );
            }
        }
        if diags.has_errors() {
            Err(diags)
        } else {
            Ok(())
        }
    }
}

/// Outputs of the main language.
fn main_only(outputs: &[Output]) -> Vec<(Output, usize)> {
    outputs.iter().map(|o| (o.clone(), 0)).collect()
}

/// Writes a file through a temporary file beside it and a rename.
fn replace_file(
    path: &Path,
    write: impl FnOnce(&Path) -> std::io::Result<()>,
) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.bangvang-tmp"));
    write(&tmp)?;
    fs::rename(&tmp, path)
}
