//! Rendering: Markdown, templates and generated files, written into the staging folder.
//! Pages are rendered in parallel; each job reads the shared, immutable [`crate::site::Site`].

pub mod campaign;
pub mod charts;
pub mod conferences;
pub mod content;
pub mod feeds;
pub mod handout;
pub mod honoree_index;
pub mod honorees;
pub mod ics;
pub mod images;
pub mod markdown;
pub mod progress;
pub mod results;
pub mod scoreboard;
pub mod scorecard;
pub mod search;
pub mod templates;
pub mod units;
pub mod view;

use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use tera::Context;

use crate::diag::{Diagnostic, Diagnostics};
use crate::site::Site;
use crate::write::Staging;

/// One file to produce. A new variant must also say, in `crate::serve::plan`, which changes
/// make it render again (the match there is exhaustive on purpose).
#[derive(Debug, Clone)]
pub enum Job {
    /// A content page or section (index into `site.content.pages`).
    Page(usize),
    /// `404.html`.
    NotFound,
    /// `sitemap.xml`, `atom.xml` and the code stylesheet.
    Feeds,
    /// `search-index.js` and `/search/`.
    Search,
    /// `/campaigns/`.
    CampaignIndex,
    /// A campaign page (index into `site.data.campaigns`).
    Campaign(usize),
    /// `results.json`, `results.csv`, `schedule.ics` of a campaign.
    Exports(usize),
    /// A rubric's overall scoreboard (campaign, rubric), or a cluster's (…, Some(cluster)).
    Board(usize, usize, Option<usize>),
    /// A unit's scorecard (campaign, rubric, position in the ranking).
    Scorecard(usize, usize, usize),
    /// A unit's page across campaigns (index into the units in id order).
    Unit(usize),
    /// Honoree pages and photos.
    Honorees(honorees::HonoreeJob),
    /// Conference pages and handouts.
    Conferences(conferences::ConferenceJob),
}

/// Every job of a full build, in a stable order.
pub fn all_jobs(site: &Site) -> Vec<Job> {
    let mut jobs: Vec<Job> = (0..site.content.pages.len())
        .filter(|&i| !crate::site::is_special(&site.content.pages[i]))
        .map(Job::Page)
        .collect();
    jobs.push(Job::NotFound);
    jobs.push(Job::Feeds);
    jobs.push(Job::Search);
    if !site.data.campaigns.is_empty() {
        jobs.push(Job::CampaignIndex);
    }
    for (ci, c) in site.data.campaigns.iter().enumerate() {
        jobs.push(Job::Campaign(ci));
        jobs.push(Job::Exports(ci));
        for (ri, _) in c.rubrics.iter().enumerate() {
            jobs.push(Job::Board(ci, ri, None));
            jobs.extend((0..c.clusters.len()).map(|k| Job::Board(ci, ri, Some(k))));
            jobs.extend(
                (0..site.results[ci].rubrics[ri].units.len()).map(|k| Job::Scorecard(ci, ri, k)),
            );
        }
    }
    jobs.extend((0..site.data.units.len()).map(Job::Unit));
    jobs.extend(honorees::jobs(site).into_iter().map(Job::Honorees));
    jobs.extend(conferences::jobs(site).into_iter().map(Job::Conferences));
    jobs
}

/// Counts of what a build wrote.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    /// HTML pages.
    pub pages: usize,
    /// Files of any kind.
    pub files: usize,
}

/// Renders the whole site into `out`. Problems are returned together; on any error the caller
/// drops the staging folder.
pub fn render_site(site: &Site, out: &Staging) -> Result<Counts, Diagnostics> {
    render_site_with_progress(site, out, &progress::Progress::default())
}

/// [`render_site`], counting finished jobs in `progress` for a terminal indicator.
pub fn render_site_with_progress(
    site: &Site,
    out: &Staging,
    progress: &progress::Progress,
) -> Result<Counts, Diagnostics> {
    let jobs = all_jobs(site);
    progress.start(jobs.len());
    let pages = AtomicUsize::new(0);
    let files = AtomicUsize::new(0);
    let errors: Vec<Diagnostic> = jobs
        .par_iter()
        .flat_map_iter(|job| {
            let produced = render_job(site, job);
            progress.advance();
            let produced = match produced {
                Ok(f) => f,
                Err(d) => return vec![d],
            };
            let mut errs = Vec::new();
            for (path, bytes) in produced {
                if path.ends_with(".html") {
                    pages.fetch_add(1, Ordering::Relaxed);
                }
                files.fetch_add(1, Ordering::Relaxed);
                if let Err(e) = out.write(&path, &bytes) {
                    errs.push(Diagnostic::error(
                        out.dir().join(&path),
                        None,
                        format!("cannot write the file: {e}"),
                        "check the free disk space and permissions",
                    ));
                }
            }
            errs
        })
        .collect();
    let copied = content::copy_static(site, out);
    let mut diags = Diagnostics::new();
    errors.into_iter().for_each(|d| diags.push(d));
    match copied {
        Ok(n) => {
            files.fetch_add(n, Ordering::Relaxed);
        }
        Err(ds) => diags.extend(ds),
    }
    if diags.has_errors() {
        diags.sort();
        return Err(diags);
    }
    Ok(Counts {
        pages: pages.into_inner(),
        files: files.into_inner(),
    })
}

/// Renders one job into (output path, bytes) pairs.
pub fn render_job(site: &Site, job: &Job) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    match job {
        Job::Page(i) => content::render_page(site, &site.content.pages[*i]),
        Job::NotFound => {
            let mut ctx = base_context("", "");
            ctx.insert(
                "page",
                &view::PageView::titled("Không tìm thấy trang", "404.html"),
            );
            // 404.html is served from any depth; its links are written from the site root.
            Ok(vec![(
                "404.html".into(),
                render_template(site, "404.html", &ctx)?.into_bytes(),
            )])
        }
        Job::Feeds => Ok(content::feeds(site)),
        Job::Search => search::render_search(site),
        Job::CampaignIndex => campaign::render_campaign_index(site),
        Job::Campaign(ci) => campaign::render_campaign(site, *ci),
        Job::Exports(ci) => campaign::render_exports(site, *ci),
        Job::Board(ci, ri, cl) => scoreboard::render_board(site, *ci, *ri, *cl),
        Job::Scorecard(ci, ri, k) => scorecard::render_scorecard(site, *ci, *ri, *k),
        Job::Unit(i) => units::render_unit(site, &site.unit_ids[*i]),
        Job::Honorees(j) => honorees::render(site, j),
        Job::Conferences(j) => conferences::render(site, j),
    }
}

/// The context every page starts from: the page's way back to the root, the section it is in
/// (for the navigation's `aria-current`) and the development script (only under `serve`).
pub fn base_context(path: &str, section_url: &str) -> Context {
    let mut ctx = Context::new();
    ctx.insert("root", &view::root_of(path));
    ctx.insert("section_url", section_url);
    ctx.insert("breadcrumbs", &Vec::<view::LinkView>::new());
    ctx.insert("has_code", &false);
    ctx.insert("links", &Vec::<view::LinkView>::new());
    ctx
}

/// Renders a template, turning a failure into a diagnostic on the template.
pub fn render_template(site: &Site, name: &str, ctx: &Context) -> Result<String, Diagnostic> {
    site.tera.render(name, ctx).map_err(|e| {
        templates::template_error(
            &site.template_files,
            std::path::Path::new(&format!("templates/{name}")),
            &e,
        )
    })
}
