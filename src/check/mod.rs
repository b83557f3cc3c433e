//! `bangvang check`: everything `build` validates, without writing anything, plus the checks
//! only worth running before publishing: internal links and anchors ([`links`]), incomplete
//! scores ([`crate::build::completeness`]) and personal data in published files ([`privacy`]).
//!
//! The site is rendered into a scratch folder in the system's temporary folder, read back for
//! its links and anchors, and removed; the site folder and its output are never touched.

pub mod address;
pub mod html;
pub mod links;
pub mod privacy;

use std::time::{Duration, Instant};

use crate::build::{Options, Prepared, prepare, render_into};
use crate::diag::catalogue::readers;
use crate::diag::catalogue::site as msg;
use crate::diag::text::Text;
use crate::diag::{Diagnostic, Diagnostics};
use crate::write::Staging;

/// What a check found.
#[derive(Debug)]
pub struct CheckReport {
    /// Every error and warning, sorted by file and line (warnings are errors under `--strict`).
    pub diags: Diagnostics,
    /// HTML pages rendered and read back.
    pub pages: usize,
    /// Links checked.
    pub links: usize,
    /// Published files read by the privacy lint.
    pub files: usize,
    /// Time taken.
    pub elapsed: Duration,
    /// Notes that are neither errors nor warnings: what the site does not publish, and why.
    pub notes: Vec<Text>,
}

/// Runs every check on the site of `opts`; writes nothing in the site or its output.
pub fn check(opts: &Options) -> CheckReport {
    let start = Instant::now();
    let mut diags = Diagnostics::new();
    let prepared = prepare(opts, None, &mut diags);
    let mut report = CheckReport {
        diags: Diagnostics::new(),
        pages: 0,
        links: 0,
        files: 0,
        elapsed: Duration::ZERO,
        notes: Vec::new(),
    };
    if let Some(prepared) = &prepared {
        let site = &prepared.site;
        if site.config.base_url.is_empty() {
            // A sitemap of relative addresses means nothing to a search engine (SPEC §5).
            report.notes.push(crate::t!(readers::CHECK_NO_SITEMAP));
        }
        if let Some(index) = render_to_scratch(prepared, &mut diags) {
            report.pages = index.page_count();
            report.links = index.link_count();
            links::check_links(site, &index, &mut diags);
        }
        let files =
            privacy::published_files(&site.root, &site.config.theme, opts.drafts, &mut diags);
        report.files = files.len();
        privacy::lint(
            &site.root,
            &files,
            &privacy::PublicContacts::new(&site.config.public_contacts),
            &mut diags,
        );
    }
    if opts.strict {
        diags.make_strict();
    }
    diags.sort();
    report.diags = diags;
    report.elapsed = start.elapsed();
    report
}

/// Renders the whole site into a scratch folder, reads back what it produced and removes the
/// folder. Render errors are added to `diags`; the pages that did render are still indexed, so
/// one broken template does not hide the link problems of every other page.
fn render_to_scratch(prepared: &Prepared, diags: &mut Diagnostics) -> Option<links::OutputIndex> {
    // A private folder with a name no one can guess (tempfile), removed when dropped.
    let scratch = match tempfile::Builder::new().prefix("bangvang-check-").tempdir() {
        Ok(s) => s,
        Err(e) => {
            diags.push(Diagnostic::error(
                std::env::temp_dir(),
                None,
                crate::t!(msg::CHECK_NO_SCRATCH, error = e),
                msg::CHECK_NO_SCRATCH_HINT,
            ));
            return None;
        }
    };
    let staging = match Staging::create(&scratch.path().join("site"), &[]) {
        Ok(s) => s,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    if let Err(ds) = render_into(prepared, &staging, &Default::default()) {
        diags.extend(ds);
    }
    let index = links::OutputIndex::read(staging.dir());
    staging.abort();
    match index {
        Ok(i) => Some(i),
        Err(e) => {
            diags.push(Diagnostic::error(
                scratch.path(),
                None,
                crate::t!(msg::CHECK_CANNOT_READ_BACK, error = e),
                msg::CHECK_CANNOT_READ_BACK_HINT,
            ));
            None
        }
    }
}
