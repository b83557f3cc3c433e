//! The build driver: the one place that knows every stage of a build and runs them in order,
//!
//! ```text
//! load (files → values) → compute (results) → photos → render (outputs, in parallel) → write
//! ```
//!
//! [`prepare`] loads and computes everything a render needs ([`Prepared`]); [`build`] renders
//! it into a staging folder and swaps that in; `check` and `serve` use the same two steps
//! with their own destinations.

pub mod completeness;
pub mod forms;
pub mod progress;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::compute::campaign_results;
use crate::diag::catalogue::site as msg;
use crate::diag::{Diagnostic, Diagnostics, Text};
use crate::load::Loaded;
use crate::load::theme::Asset;
use crate::photos::Photos;
use crate::render::engine::templates::Templates;
use crate::render::engine::words::Words;
use crate::render::parts::frame::Frame;
use crate::render::{Output, Renderer, outputs, outputs_in_language};
use crate::site::{Index, Scored, Site};
use crate::write::{Staging, check_output};
use progress::Progress;

/// What a build or check is asked to do.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The site folder.
    pub root: PathBuf,
    /// Output folder (default: `output_dir` of config.yaml, `public/`).
    pub output: Option<PathBuf>,
    /// Overrides `base_url` of config.yaml.
    pub base_url: Option<String>,
    /// Warnings fail the run.
    pub strict: bool,
    /// Include `draft: true` pages.
    pub drafts: bool,
    /// HTML added before `</body>` of every page (the live-reload script of `serve`; never
    /// set by `build`).
    pub dev_script: String,
    /// Counts rendered outputs, for the progress indicator of long builds.
    pub progress: Progress,
}

impl Options {
    /// The output folder: `--output`, else `output_dir` of the settings, relative to the site
    /// folder unless absolute.
    pub fn output_dir(&self, site: &Site) -> PathBuf {
        let out = self
            .output
            .clone()
            .unwrap_or_else(|| site.config.output_dir.clone());
        if out.is_absolute() {
            out
        } else {
            self.root.join(out)
        }
    }
}

/// Everything a render needs, loaded, computed and prepared.
#[derive(Debug)]
pub struct Prepared {
    /// The site.
    pub site: Site,
    /// The compiled templates, with the frame of every page.
    pub templates: Templates,
    /// The honorees' photos (shared with the next preparation when they did not change).
    pub photos: Arc<Photos>,
    /// The frame of every page (compared between rebuilds).
    pub frame: Frame,
    /// Every word the site prints, in its language.
    pub words: &'static Words,
    /// Files copied into the output as they are: (path in the output, source).
    pub assets: Vec<(String, Asset)>,
    /// The site in each of its other languages (`languages: [vi, en]`), written under
    /// `/<code>/`.
    pub translations: Vec<Translation>,
}

/// The site in a language other than its main one, ready to render (SPEC §8).
#[derive(Debug)]
pub struct Translation {
    /// Where its outputs go in the output folder: `en/`.
    pub prefix: String,
    /// The site as that language shows it ([`Site::in_language`]).
    pub site: Site,
    /// The templates, with that language's frame.
    pub templates: Templates,
    /// That language's frame.
    pub frame: Frame,
    /// That language's words.
    pub words: &'static Words,
}

impl Prepared {
    /// What render jobs of the main language read.
    pub fn renderer(&self) -> Renderer<'_> {
        Renderer {
            site: &self.site,
            templates: &self.templates,
            photos: &self.photos,
            words: self.words,
            shared: "",
        }
    }

    /// What render jobs of another language read.
    pub fn renderer_in<'a>(&'a self, t: &'a Translation) -> Renderer<'a> {
        Renderer {
            site: &t.site,
            templates: &t.templates,
            photos: &self.photos,
            words: t.words,
            shared: "../",
        }
    }
}

/// What a successful build did.
#[derive(Debug)]
pub struct Report {
    /// Where the site was written (None for `check`).
    pub output: Option<PathBuf>,
    /// HTML pages written.
    pub pages: usize,
    /// Files written.
    pub files: usize,
    /// Campaigns.
    pub campaigns: usize,
    /// Honorees.
    pub honorees: usize,
    /// Warnings (not errors).
    pub warnings: Diagnostics,
    /// Time taken.
    pub elapsed: Duration,
}

/// Loads, computes and prepares the site of `opts`, collecting every problem into `diags`.
/// `photos`, when given, are the photos of an earlier preparation known to be unchanged
/// (`serve` keeps them: preparing photos is the slowest part of a small build).
///
/// `None` only when nothing can be rendered (no config.yaml, a missing theme, a template
/// that does not compile); otherwise the site is returned even when `diags` holds errors, so
/// that `check` can still look at every page.
pub fn prepare(
    opts: &Options,
    photos: Option<Arc<Photos>>,
    diags: &mut Diagnostics,
) -> Option<Prepared> {
    let start = Instant::now();
    let Loaded {
        root,
        mut config,
        content,
        data,
        honorees,
        conferences,
        theme,
        hashes,
    } = crate::load::load_site(&opts.root, opts.drafts, diags)?;
    progress::timing("load", start);
    let mut templates = Templates::compile(&theme.templates, diags)?;
    if let Some(b) = &opts.base_url {
        config.base_url = if b.is_empty() || b.ends_with('/') {
            b.clone()
        } else {
            format!("{b}/")
        };
    }
    let (campaigns, honorees_in_order) = rayon::join(
        || {
            (data.campaigns.into_par_iter())
                .map(|campaign| Scored {
                    results: campaign_results(&campaign, &data.units),
                    campaign,
                })
                .collect::<Vec<Scored>>()
        },
        || crate::site::index::honoree_order(&honorees),
    );
    progress::timing("load and compute", start);
    // Incomplete scores warn in every command, so that `build --strict` fails on them too.
    completeness::warn_incomplete(&root, &campaigns, diags);
    let site = Site {
        index: Index::new(
            &data.units,
            &campaigns,
            &honorees,
            honorees_in_order,
            &conferences,
        ),
        root,
        config,
        content,
        units: data.units,
        campaigns,
        honorees,
        conferences,
        hashes,
    };
    let photos = photos.unwrap_or_else(|| {
        let limit = site.config.max_photo_megapixels;
        Arc::new(Photos::prepare(&site.root, &site.honorees, limit))
    });
    diags.extend(photos.errors());
    let main = site.config.language;
    let mut translations = Vec::new();
    for &lang in site.config.languages.iter().filter(|&&l| l != main) {
        // The templates compile again for each language: each has its own global frame.
        let mut t_templates = Templates::compile(&theme.templates, diags)?;
        let t_site = site.in_language(lang);
        let words = Words::of(lang);
        let frame = Frame::of(&t_site, words);
        t_templates.set_frame(frame.context(words, &opts.dev_script));
        translations.push(Translation {
            prefix: crate::routes::language_prefix(lang, main),
            site: t_site,
            templates: t_templates,
            frame,
            words,
        });
    }
    let words = Words::of(main);
    let frame = Frame::of(&site, words);
    templates.set_frame(frame.context(words, &opts.dev_script));
    Some(Prepared {
        site,
        templates,
        photos,
        frame,
        words,
        assets: theme.files,
        translations,
    })
}

/// Counts of what a render wrote.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    /// HTML pages.
    pub pages: usize,
    /// Files of any kind.
    pub files: usize,
}

/// Renders every output into `out`, writes the photos and copies the theme's and the site's
/// files. Problems are returned together; on any error the caller drops the staging folder.
pub fn render_into(
    p: &Prepared,
    out: &Staging,
    progress: &Progress,
) -> Result<Counts, Diagnostics> {
    // The main language at the root, then each other language under its prefix.
    let mut jobs: Vec<(Output, Renderer, &str)> = outputs(&p.site)
        .into_iter()
        .map(|o| (o, p.renderer(), ""))
        .collect();
    for t in &p.translations {
        jobs.extend(
            outputs_in_language(&t.site)
                .into_iter()
                .map(|o| (o, p.renderer_in(t), t.prefix.as_str())),
        );
    }
    // The files made from a whole campaign or the whole site (results, workbook, search
    // index) first: each takes as long as hundreds of pages, and left to the end one of them
    // would run alone while the other threads wait.
    jobs.sort_by_key(|(o, _, _)| !matches!(o, Output::Export(_)));
    progress.start(jobs.len());
    let pages = AtomicUsize::new(0);
    let files = AtomicUsize::new(0);
    let count = |path: &str| {
        if path.ends_with(".html") {
            pages.fetch_add(1, Ordering::Relaxed);
        }
        files.fetch_add(1, Ordering::Relaxed);
    };
    let failed = WriteFailures::default();
    let errors: Vec<Diagnostic> = jobs
        .par_iter()
        .flat_map_iter(|(output, r, prefix)| {
            if failed.disk_full() {
                return Vec::new();
            }
            // Each file is written as soon as it is made, and its memory given back.
            let made = output.render_each(r, &mut |path, bytes| {
                let path = format!("{prefix}{path}");
                count(&path);
                failed.check(&path, out.write(&path, &bytes));
            });
            progress.advance();
            match made {
                Ok(()) => Vec::new(),
                Err(d) => vec![d],
            }
        })
        .collect();
    let mut diags = Diagnostics::new();
    errors.into_iter().for_each(|d| diags.push(d));
    for photo in p.photos.paths() {
        for (path, bytes) in p.photos.files(&photo).unwrap_or_default() {
            count(&path);
            failed.check(&path, out.write(&path, bytes));
        }
    }
    for (path, asset) in &p.assets {
        count(path);
        match asset {
            Asset::Builtin(bytes) => failed.check(path, out.write(path, bytes)),
            Asset::File(from) => match out.copy(&p.site.root.join(from), path) {
                Err(e) if e.kind() != std::io::ErrorKind::StorageFull => {
                    diags.push(Diagnostic::error(
                        from,
                        None,
                        crate::t!(msg::BUILD_CANNOT_COPY, error = e),
                        msg::BUILD_CANNOT_COPY_HINT,
                    ))
                }
                done => failed.check(path, done),
            },
        }
    }
    failed
        .into_diagnostics(out.dir())
        .into_iter()
        .for_each(|d| diags.push(d));
    if diags.has_errors() {
        diags.sort();
        return Err(diags);
    }
    Ok(Counts {
        pages: pages.into_inner(),
        files: files.into_inner(),
    })
}

/// Files that could not be written, one message per kind of failure however many files it
/// struck: a full disk fails every file, and one message says so (and writing stops).
#[derive(Default)]
struct WriteFailures {
    /// Kind of failure → (the first file, the error, how many files).
    kinds: std::sync::Mutex<std::collections::BTreeMap<String, (String, String, usize)>>,
    full: std::sync::atomic::AtomicBool,
}

impl WriteFailures {
    /// Records a write's failure, if it failed.
    fn check(&self, path: &str, done: std::io::Result<()>) {
        let Err(e) = done else { return };
        if e.kind() == std::io::ErrorKind::StorageFull {
            self.full.store(true, Ordering::Relaxed);
        }
        let mut kinds = self.kinds.lock().unwrap_or_else(|e| e.into_inner());
        let entry = kinds
            .entry(format!("{:?}", e.kind()))
            .or_insert_with(|| (path.to_string(), e.to_string(), 0));
        entry.2 += 1;
    }

    /// True once the disk is full: nothing more is worth writing.
    fn disk_full(&self) -> bool {
        self.full.load(Ordering::Relaxed)
    }

    fn into_diagnostics(self, dir: &Path) -> Vec<Diagnostic> {
        let full = self.disk_full();
        let kinds = self.kinds.into_inner().unwrap_or_else(|e| e.into_inner());
        kinds
            .into_iter()
            .map(|(kind, (first, error, count))| {
                if full && kind == format!("{:?}", std::io::ErrorKind::StorageFull) {
                    Diagnostic::error(
                        dir,
                        None,
                        crate::t!(msg::BUILD_DISK_FULL, error = error),
                        msg::BUILD_DISK_FULL_HINT,
                    )
                } else {
                    let others = if count > 1 {
                        crate::t!(msg::BUILD_AND_OTHER_FILES, count = count - 1)
                    } else {
                        Text::default()
                    };
                    Diagnostic::error(
                        dir.join(&first),
                        None,
                        crate::t!(msg::BUILD_CANNOT_WRITE, others = others, error = error),
                        msg::BUILD_CANNOT_WRITE_HINT,
                    )
                }
            })
            .collect()
    }
}

/// Renders one output in memory (for `serve`, which writes file by file).
pub fn render_one(p: &Prepared, output: &Output) -> Result<crate::render::Files, Diagnostic> {
    output.render(&p.renderer())
}

/// Why a build failed: every problem, and whether the previous output is still in place (it
/// is, unless putting the new one in place failed half-way; the messages then say where it
/// is).
#[derive(Debug)]
pub struct Failure {
    /// Every error and warning of the run.
    pub diags: Diagnostics,
    /// The previous output is where it was, byte for byte.
    pub previous_in_place: bool,
}

impl std::ops::Deref for Failure {
    type Target = Diagnostics;
    fn deref(&self) -> &Diagnostics {
        &self.diags
    }
}

impl From<Diagnostics> for Failure {
    fn from(diags: Diagnostics) -> Self {
        Failure {
            diags,
            previous_in_place: true,
        }
    }
}

/// `bangvang build`: load, compute, render into a staging folder, then swap it in.
pub fn build(opts: &Options) -> Result<Report, Failure> {
    let start = Instant::now();
    let mut diags = Diagnostics::new();
    let prepared = prepare(opts, None, &mut diags);
    progress::timing("prepare", start);
    if opts.strict {
        diags.make_strict();
    }
    let Some(prepared) = prepared.filter(|_| !diags.has_errors()) else {
        diags.sort();
        return Err(diags.into());
    };
    let keep = &prepared.site.config.keep_in_output;
    let staging = check_output(&prepared.site.root, &opts.output_dir(&prepared.site), keep)
        .and_then(|output| Staging::create(&output, keep));
    let staging = match staging {
        Ok(s) => s,
        Err(d) => {
            diags.push(d);
            return Err(diags.into());
        }
    };
    let t = Instant::now();
    let counts = match render_into(&prepared, &staging, &opts.progress) {
        Ok(c) => c,
        Err(ds) => {
            staging.abort();
            diags.extend(ds);
            diags.sort();
            return Err(diags.into());
        }
    };
    progress::timing("render and write", t);
    let t = Instant::now();
    let written = match staging.commit() {
        Ok(w) => w,
        Err(e) => {
            diags.push(e.diagnostic);
            return Err(Failure {
                diags,
                previous_in_place: e.previous_in_place,
            });
        }
    };
    progress::timing("commit", t);
    diags.sort();
    let (campaigns, honorees) = (prepared.site.campaigns.len(), prepared.site.honorees.len());
    // Freeing a national site's millions of small values takes a tenth of a second that the
    // person waiting for the build need not wait for.
    std::thread::spawn(move || drop(prepared));
    Ok(Report {
        output: Some(written),
        pages: counts.pages,
        files: counts.files,
        campaigns,
        honorees,
        warnings: diags,
        elapsed: start.elapsed(),
    })
}

/// Whether a folder looks like a site (holds `config.yaml`).
pub fn is_site(root: &Path) -> bool {
    root.join(crate::load::config::CONFIG_FILE).is_file()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_is_one_message() {
        let failed = WriteFailures::default();
        for i in 0..5000 {
            let e = std::io::Error::new(std::io::ErrorKind::StorageFull, "No space left on device");
            failed.check(&format!("p{i}/index.html"), Err(e));
        }
        assert!(failed.disk_full());
        let denied = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "denied");
        failed.check("a.txt", Err(denied));
        failed.check("b.txt", Ok(()));
        let diags = failed.into_diagnostics(Path::new("/out"));
        assert_eq!(diags.len(), 2, "{diags:?}");
        assert!(
            diags
                .iter()
                .any(|d| d.message.starts_with("the disk is full"))
        );
        assert!(diags.iter().any(|d| d.file == Path::new("/out/a.txt")));
    }
}
