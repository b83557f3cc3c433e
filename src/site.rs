//! The site: everything loaded and computed, shared read-only by every render job; and the
//! `build` and `check` entry points that drive the pipeline
//! load → compute → render → write.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tera::{Context, Tera};

use crate::compute::{CampaignResults, campaign_results};
use crate::diag::Diagnostics;
use crate::load::config::{Config, load_config};
use crate::load::content::{Content, load_content};
use crate::load::data::{DataSet, load_data};
use crate::model::page::Page;
use crate::render::view::{ChildView, LinkView, url_of};
use crate::write::{Staging, check_output};

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
    /// Counts rendered jobs, for the progress indicator of long builds.
    pub progress: crate::render::progress::Progress,
}

/// Everything loaded and computed.
pub struct Site {
    /// The site folder.
    pub root: PathBuf,
    /// Settings.
    pub config: Config,
    /// Pages under `content/`.
    pub content: Content,
    /// Units and campaigns.
    pub data: DataSet,
    /// Results per campaign, in the order of `data.campaigns`.
    pub results: Vec<CampaignResults>,
    /// The template engine, with the site-wide context in its global context.
    pub tera: Tera,
    /// Template name → the file it was read from (for error messages).
    pub template_files: BTreeMap<String, PathBuf>,
    /// sha256 (hex) of every data file read, for `results.json`.
    pub hashes: BTreeMap<PathBuf, String>,
    /// Unit ids in order, for the unit-page jobs.
    pub unit_ids: Vec<String>,
    /// Unit id → every (campaign, rubric, position in ranking) where it takes part.
    pub unit_entries: BTreeMap<String, Vec<(usize, usize, usize)>>,
    /// Honorees (gương điển hình), sorted by id.
    pub honorees: Vec<crate::model::honoree::Honoree>,
    /// Conferences, sorted by id.
    pub conferences: Vec<crate::model::conference::Conference>,
    /// The honorees' photos, prepared once on first use by the render jobs.
    pub photos: crate::render::images::PhotoCache,
    /// Unit id → indexes into `honorees` of those who belong to it, in Vietnamese order.
    pub honorees_by_unit: BTreeMap<String, Vec<usize>>,
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

/// Loads and computes the whole site, collecting every problem.
pub fn load(opts: &Options, diags: &mut Diagnostics) -> Option<Site> {
    let root = opts.root.clone();
    let mut config = load_config(&root, diags)?;
    if let Some(b) = &opts.base_url {
        config.base_url = if b.is_empty() || b.ends_with('/') {
            b.clone()
        } else {
            format!("{b}/")
        };
    }
    let ((content, data), tera) = rayon::join(
        || {
            let mut d1 = Diagnostics::new();
            let mut d2 = Diagnostics::new();
            let (c, data) = rayon::join(
                || load_content(&root, opts.drafts, &mut d1),
                || load_data(&root, &mut d2),
            );
            d1.extend(d2);
            ((c, data), d1)
        },
        || {
            let mut d = Diagnostics::new();
            let t = crate::render::templates::load_templates(&root, &config.theme, &mut d);
            (t, d)
        },
    );
    let ((content, data), d1) = (content, data);
    let (tera, d2) = tera;
    diags.extend(d1);
    diags.extend(d2);
    let (mut tera, template_files) = tera?;
    let mut content = content;
    if !content.pages.iter().any(|p| p.path.is_empty()) {
        // A site of only config.yaml and data/ still gets a home page (SPEC §2).
        content.pages.insert(0, default_home(&config));
    }
    let results: Vec<CampaignResults> = data
        .campaigns
        .iter()
        .map(|c| campaign_results(c, &data.units))
        .collect();
    check_references(&content, &data, diags);
    // Incomplete scores warn in every command, so that `build --strict` fails on them too.
    crate::check::completeness::warn_incomplete(&root, &data.campaigns, &results, diags);
    // Honorees and conferences refer to units, campaigns and each other: loaded after data.
    let honorees = crate::load::honorees::load_honorees(&root, &data.units, diags);
    crate::load::honorees::check_nominations(&root, &data.campaigns, &honorees, diags);
    let campaign_ids: Vec<String> = data.campaigns.iter().map(|c| c.id.clone()).collect();
    let conferences =
        crate::load::conferences::load_conferences(&root, &honorees, &campaign_ids, diags);
    crate::load::conferences::check_page_links(&root, &content, &conferences, diags);
    let photos = crate::render::images::PhotoCache::new(&root, &honorees);
    let honorees_by_unit = crate::render::honorees::by_unit(&honorees);
    let hashes = hash_sources(&root, &data.sources);
    let unit_ids: Vec<String> = data.units.keys().cloned().collect();
    let mut unit_entries: BTreeMap<String, Vec<(usize, usize, usize)>> = BTreeMap::new();
    for (ci, res) in results.iter().enumerate() {
        for (ri, rr) in res.rubrics.iter().enumerate() {
            for (k, u) in rr.units.iter().enumerate() {
                unit_entries
                    .entry(u.unit.clone())
                    .or_default()
                    .push((ci, ri, k));
            }
        }
    }
    let mut site = Site {
        root,
        config,
        content,
        data,
        results,
        tera: Tera::new(),
        template_files,
        hashes,
        unit_ids,
        unit_entries,
        honorees,
        conferences,
        photos,
        honorees_by_unit,
    };
    let global = site.global_context(&opts.dev_script);
    tera.global_context().extend(global);
    site.tera = tera;
    Some(site)
}

/// The home page used when `content/_index.md` does not exist.
fn default_home(config: &Config) -> Page {
    Page {
        source: PathBuf::from("content/_index.md"),
        path: String::new(),
        is_section: true,
        title: config.title.clone(),
        date: None,
        description: config.description.clone(),
        draft: false,
        weight: 0,
        template: None,
        campaign: None,
        conference: None,
        illustrative: None,
        document: None,
        body: config.description.clone(),
        body_line: 1,
        key_lines: BTreeMap::new(),
    }
}

/// sha256 of each file, read in parallel.
fn hash_sources(root: &Path, files: &[PathBuf]) -> BTreeMap<PathBuf, String> {
    use rayon::prelude::*;
    use sha2::{Digest, Sha256};
    files
        .par_iter()
        .filter_map(|p| {
            let bytes = std::fs::read(root.join(p)).ok()?;
            let digest = Sha256::digest(&bytes);
            Some((
                p.clone(),
                digest.iter().map(|b| format!("{b:02x}")).collect(),
            ))
        })
        .collect()
}

fn check_references(content: &Content, data: &DataSet, diags: &mut Diagnostics) {
    for p in &content.pages {
        // A campaign whose own files failed to load is reported there; saying here that it
        // does not exist would send the author to the wrong file.
        if let Some(c) = &p.campaign
            && !data.campaigns.iter().any(|x| &x.id == c)
            && !diags.has_error_under(&Path::new("data/campaigns").join(c))
        {
            diags.error(
                &p.source,
                p.pos_of_key("campaign"),
                format!("the campaign `{c}` does not exist"),
                "use the name of a folder under data/campaigns/",
            );
        }
    }
}

impl Site {
    fn global_context(&self, dev_script: &str) -> Context {
        let mut ctx = Context::new();
        #[derive(serde::Serialize)]
        struct SiteView<'a> {
            title: &'a str,
            description: &'a str,
            organisation: &'a str,
            language: &'a str,
            nav: Vec<LinkView>,
        }
        ctx.insert(
            "site",
            &SiteView {
                title: &self.config.title,
                description: &self.config.description,
                organisation: &self.config.organisation,
                language: &self.config.language,
                nav: self.nav(),
            },
        );
        ctx.insert("dev_script", dev_script);
        ctx
    }

    /// The main navigation: home, campaigns, the top-level content sections, honorees and
    /// conferences, each only when the site has it.
    fn nav(&self) -> Vec<LinkView> {
        let link = |title: &str, url: &str| LinkView::to(title, url);
        let mut nav = vec![link("Trang chủ", "index.html")];
        if !self.data.campaigns.is_empty() {
            nav.push(link("Phong trào", "campaigns/index.html"));
        }
        let mut sections: Vec<&Page> = self
            .content
            .pages
            .iter()
            .filter(|p| p.is_section && p.depth() == 1 && !is_special(p))
            .collect();
        sections.sort_by(|a, b| a.weight.cmp(&b.weight).then(a.path.cmp(&b.path)));
        nav.extend(
            sections
                .into_iter()
                .map(|p| link(&p.title, &url_of(&p.path))),
        );
        if crate::render::honorees::has_index(self) {
            nav.push(link("Gương điển hình", "honorees/index.html"));
        }
        if crate::render::conferences::has_index(self) {
            nav.push(link("Hội nghị", "conferences/index.html"));
        }
        nav.push(link("Tìm kiếm", "search/index.html"));
        nav
    }

    /// Links from a page to what it belongs to (its campaign, its conference).
    pub fn links_of_page(&self, page: &Page) -> Vec<LinkView> {
        let mut out = Vec::new();
        if let Some(c) = page
            .campaign
            .as_ref()
            .and_then(|id| self.data.campaigns.iter().find(|c| &c.id == id))
        {
            out.push(LinkView {
                title: c.title.clone(),
                url: format!("campaigns/{}/index.html", c.id),
                label: "Phong trào".into(),
            });
        }
        out.extend(crate::render::conferences::link_of_page(self, page));
        out
    }

    /// Extra entries for the search index from other parts of the site (honorees,
    /// conferences): (title, root-relative url, kind, text).
    pub fn search_extras(&self) -> Vec<(&str, String, &'static str, String)> {
        let mut out = crate::render::honorees::search_entries(self);
        out.extend(crate::render::conferences::search_entries(self));
        out
    }

    /// Honorees nominated (suy tôn) by a cluster of a campaign, linked to their profiles.
    pub fn nomination_links(&self, c: &crate::model::Campaign, cluster: &str) -> Vec<LinkView> {
        crate::render::honorees::nomination_links(self, c, cluster)
    }

    /// Honorees who belong to a unit.
    pub fn honoree_links_of_unit(&self, unit: &str) -> Vec<LinkView> {
        crate::render::honorees::honoree_links_of_unit(self, unit)
    }

    /// Cards for the campaign lists (home page and `/campaigns/`), newest first, with the
    /// leading unit(s) of each rubric.
    pub fn campaign_cards(&self) -> Vec<CampaignCard> {
        let mut order: Vec<usize> = (0..self.data.campaigns.len()).collect();
        order.sort_by(|&a, &b| {
            let (ca, cb) = (&self.data.campaigns[a], &self.data.campaigns[b]);
            cb.year.cmp(&ca.year).then(ca.id.cmp(&cb.id))
        });
        order
            .into_iter()
            .map(|ci| {
                let c = &self.data.campaigns[ci];
                let leaders = c
                    .rubrics
                    .iter()
                    .zip(&self.results[ci].rubrics)
                    .map(|(r, rr)| {
                        let names: Vec<String> = crate::render::campaign::leaders(self, rr, None)
                            .into_iter()
                            .map(|l| l.name)
                            .collect();
                        format!("{}: {}", r.title, names.join(", "))
                    })
                    .collect();
                CampaignCard {
                    title: c.title.clone(),
                    url: format!("campaigns/{}/index.html", c.id),
                    year: c.year,
                    organiser: c.organiser.clone(),
                    leaders,
                    illustrative: c.illustrative,
                }
            })
            .collect()
    }

    /// Adds the home page's lists to its context.
    pub fn home_context(&self, ctx: &mut Context) {
        ctx.insert("campaigns", &self.campaign_cards());
        let mut docs: Vec<&Page> = self
            .content
            .pages
            .iter()
            .filter(|p| p.document.is_some())
            .collect();
        docs.sort_by(|a, b| b.date.cmp(&a.date).then(a.path.cmp(&b.path)));
        let docs: Vec<ChildView> = docs.into_iter().take(10).map(ChildView::of).collect();
        ctx.insert("documents", &docs);
        ctx.insert("conferences", &crate::render::conferences::home_list(self));
        let sections: Vec<LinkView> = self
            .content
            .pages
            .iter()
            .filter(|p| p.is_section && p.depth() == 1 && !is_special(p))
            .map(|p| LinkView::to(p.title.clone(), url_of(&p.path)))
            .collect();
        ctx.insert("sections", &sections);
    }

    /// Every page path of the site, for the sitemap.
    pub fn all_paths(&self) -> Vec<String> {
        use crate::render::campaign::{
            campaign_path, cluster_path, rubric_path, scorecard_path, unit_path,
        };
        let mut out: Vec<String> = self.content.pages.iter().map(|p| p.path.clone()).collect();
        if !self.data.campaigns.is_empty() {
            out.push("campaigns/".into());
        }
        for (ci, c) in self.data.campaigns.iter().enumerate() {
            out.push(campaign_path(&c.id));
            for (ri, r) in c.rubrics.iter().enumerate() {
                out.push(rubric_path(&c.id, &r.id));
                out.extend(
                    c.clusters
                        .iter()
                        .map(|cl| cluster_path(&c.id, &r.id, &cl.id)),
                );
                out.extend(
                    self.results[ci].rubrics[ri]
                        .units
                        .iter()
                        .map(|u| scorecard_path(&c.id, &r.id, &u.unit)),
                );
            }
        }
        out.extend(self.unit_ids.iter().map(|u| unit_path(u)));
        out.push("search/".into());
        out.extend(crate::render::honorees::paths(self));
        out.extend(crate::render::conferences::paths(self));
        // The honoree and conference index pages may also be content pages.
        out.sort();
        out.dedup();
        out
    }

    /// The output folder for these options.
    pub fn output_dir(&self, opts: &Options) -> PathBuf {
        let out = opts
            .output
            .clone()
            .unwrap_or_else(|| self.config.output_dir.clone());
        if out.is_absolute() {
            out
        } else {
            self.root.join(out)
        }
    }
}

/// A campaign in a list.
#[derive(Debug, serde::Serialize)]
pub struct CampaignCard {
    /// Title.
    pub title: String,
    /// Root-relative address.
    pub url: String,
    /// Year.
    pub year: Option<i32>,
    /// Organising body.
    pub organiser: String,
    /// "rubric title: leading unit(s)" per rubric.
    pub leaders: Vec<String>,
    /// The data is illustrative.
    pub illustrative: bool,
}

/// `bangvang build`: load, compute, render into a staging folder, then swap it in.
pub fn build(opts: &Options) -> Result<Report, Diagnostics> {
    let start = Instant::now();
    let mut diags = Diagnostics::new();
    let site = load(opts, &mut diags);
    if opts.strict {
        diags.make_strict();
    }
    let Some(site) = site.filter(|_| !diags.has_errors()) else {
        diags.sort();
        return Err(diags);
    };
    let output = site.output_dir(opts);
    if let Err(d) = check_output(&site.root, &output) {
        diags.push(d);
        return Err(diags);
    }
    let staging = Staging::create(&output).map_err(|d| {
        let mut ds = diags.clone();
        ds.push(d);
        ds
    })?;
    let counts = match crate::render::render_site_with_progress(&site, &staging, &opts.progress) {
        Ok(c) => c,
        Err(ds) => {
            staging.abort();
            diags.extend(ds);
            return Err(diags);
        }
    };
    let written = staging.commit().map_err(|d| {
        let mut ds = diags.clone();
        ds.push(d);
        ds
    })?;
    diags.sort();
    Ok(Report {
        output: Some(written),
        pages: counts.pages,
        files: counts.files,
        campaigns: site.data.campaigns.len(),
        honorees: site.honorees.len(),
        warnings: diags,
        elapsed: start.elapsed(),
    })
}

/// True for `content/honorees/_index.md` and `content/conferences/_index.md`: their pages
/// are rendered by the honoree and conference modules, not as plain sections.
pub fn is_special(page: &Page) -> bool {
    crate::load::content::SPECIAL_DIRS
        .iter()
        .any(|d| page.path.strip_suffix('/') == Some(d))
}

/// Whether a folder looks like a site (holds `config.yaml`).
pub fn is_site(root: &Path) -> bool {
    root.join(crate::load::config::CONFIG_FILE).is_file()
}
