//! `bangvang forms` (SPEC §7.3): one scoring form per participant unit, for the office to
//! send out: `<output>/<campaign>/<rubric>/<unit>.xlsx` (default output: `forms/` in the site).
//! The folder is written like a build's output: all at once when complete, only into a
//! folder bangvang wrote (never inside `content/` or `data/`).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::compute::{ordered_stages, unit_result};
use crate::diag::catalogue::forms::*;
use crate::diag::{Diagnostic, Diagnostics, Text};
use crate::render::exports::form::{FormFor, scoring_form};
use crate::site::{Scored, Site};
use crate::t;
use crate::write::{Staging, check_output};

use super::{Failure, Options, prepare};

/// What to make forms for.
#[derive(Debug, Clone, Default)]
pub struct FormsOptions {
    /// The site (only `root` and `drafts` matter).
    pub site: Options,
    /// The folder to write (default `forms/` in the site).
    pub output: Option<PathBuf>,
    /// Only this campaign.
    pub campaign: Option<String>,
    /// Only this rubric.
    pub rubric: Option<String>,
    /// The stage the forms are for (default: each campaign's first). For a later stage the
    /// forms start from the points the earlier stages gave.
    pub stage: Option<String>,
}

/// What `forms` wrote.
#[derive(Debug)]
pub struct FormsReport {
    /// The folder.
    pub output: PathBuf,
    /// How many forms.
    pub forms: usize,
    /// Warnings of loading the site.
    pub warnings: Diagnostics,
    /// Time taken.
    pub elapsed: Duration,
}

/// One form to make: where it goes and for whom.
struct Job<'a> {
    path: String,
    scored: &'a Scored,
    rubric: usize,
    stage: usize,
    unit: &'a str,
    name: &'a str,
}

/// Makes the forms.
pub fn forms(opts: &FormsOptions) -> Result<FormsReport, Failure> {
    let start = Instant::now();
    let mut diags = Diagnostics::new();
    let Some(prepared) = prepare(&opts.site, None, &mut diags).filter(|_| !diags.has_errors())
    else {
        diags.sort();
        return Err(diags.into());
    };
    let site = &prepared.site;
    let output = opts
        .output
        .clone()
        .unwrap_or_else(|| site.root.join("forms"));
    let jobs = match select(site, opts) {
        Ok(jobs) => jobs,
        Err(d) => {
            diags.push(d);
            return Err(diags.into());
        }
    };
    let made: Vec<Result<(String, Vec<u8>), Diagnostic>> = jobs
        .par_iter()
        .map(|j| {
            let c = &j.scored.campaign;
            let rubric = &c.rubrics[j.rubric];
            let stage = &c.stages[j.stage];
            // The points the stages before this one gave, for a form that starts from them.
            let earlier: Vec<_> = ordered_stages(c, &rubric.id)
                .into_iter()
                .filter(|s| c.stages[..j.stage].iter().any(|d| d.id == s.stage))
                .collect();
            let before = (j.stage > 0)
                .then(|| unit_result(rubric, &earlier, j.unit, site.units.get(j.unit), None));
            let form = FormFor {
                campaign: c,
                rubric,
                stage,
                unit: j.unit,
                name: j.name,
                before: before.as_ref(),
            };
            scoring_form(prepared.words, &form)
                .map(|bytes| (j.path.clone(), bytes))
                .map_err(|e| {
                    Diagnostic::error(
                        &j.path,
                        None,
                        t!(FORMS_CANNOT_MAKE, error = e),
                        FORMS_REPORT_BUG,
                    )
                })
        })
        .collect();
    let staging = check_output(&site.root, &output, &[]).and_then(|out| Staging::create(&out, &[]));
    let staging = match staging {
        Ok(s) => s,
        Err(d) => {
            diags.push(d);
            return Err(diags.into());
        }
    };
    let count = made.len();
    for m in made {
        match m {
            Ok((path, bytes)) => {
                if let Err(e) = staging.write(&path, &bytes) {
                    diags.error(
                        staging.dir().join(&path),
                        None,
                        t!(FORMS_CANNOT_MAKE, error = e),
                        FORMS_CHECK_SPACE,
                    );
                }
            }
            Err(d) => diags.push(d),
        }
    }
    if diags.has_errors() {
        staging.abort();
        diags.sort();
        return Err(diags.into());
    }
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
    diags.sort();
    Ok(FormsReport {
        output: written,
        forms: count,
        warnings: diags,
        elapsed: start.elapsed(),
    })
}

/// The forms the options ask for, checked against the site.
fn select<'a>(site: &'a Site, opts: &FormsOptions) -> Result<Vec<Job<'a>>, Diagnostic> {
    let fail = |message: Text, hint: Text| Diagnostic::error("forms", None, message, hint);
    let list = |names: Vec<&str>| names.join(", ");
    if site.campaigns.is_empty() {
        return Err(fail(t!(FORMS_NOTHING), t!(FORMS_ADD_CAMPAIGN)));
    }
    let campaigns: Vec<&Scored> = match &opts.campaign {
        None => site.campaigns.iter().collect(),
        Some(id) => match site.campaign(id) {
            Some(s) => vec![s],
            None => {
                let ids = site
                    .campaigns
                    .iter()
                    .map(|s| s.campaign.id.as_str())
                    .collect();
                return Err(fail(
                    t!(FORMS_NO_SUCH_CAMPAIGN, campaign = id),
                    t!(FORMS_CAMPAIGNS_ARE, list = list(ids)),
                ));
            }
        },
    };
    if let Some(r) = &opts.rubric
        && !campaigns
            .iter()
            .any(|s| s.campaign.rubrics.iter().any(|x| &x.id == r))
    {
        let ids = campaigns
            .iter()
            .flat_map(|s| s.campaign.rubrics.iter().map(|x| x.id.as_str()))
            .collect();
        return Err(fail(
            t!(FORMS_NO_SUCH_RUBRIC, rubric = r),
            t!(FORMS_RUBRICS_ARE, list = list(ids)),
        ));
    }
    let mut jobs = Vec::new();
    for s in campaigns {
        let c = &s.campaign;
        let stage = match &opts.stage {
            None => 0,
            Some(st) => c.stages.iter().position(|x| &x.id == st).ok_or_else(|| {
                let ids = c.stages.iter().map(|x| x.id.as_str()).collect();
                fail(
                    t!(FORMS_NO_SUCH_STAGE, campaign = c.id, stage = st),
                    t!(FORMS_STAGES_ARE, list = list(ids)),
                )
            })?,
        };
        for (ri, rubric) in c.rubrics.iter().enumerate() {
            if opts.rubric.as_ref().is_some_and(|r| *r != rubric.id) {
                continue;
            }
            for u in &s.results.rubrics[ri].units {
                jobs.push(Job {
                    path: format!("{}/{}/{}.xlsx", c.id, rubric.id, u.unit),
                    scored: s,
                    rubric: ri,
                    stage,
                    unit: &u.unit,
                    name: &u.name,
                });
            }
        }
    }
    Ok(jobs)
}
