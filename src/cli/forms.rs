//! `bangvang forms`: the scoring forms to send to the units.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::build::Options;
use crate::build::forms::{FormsOptions, forms};
use crate::cli::report::print_diagnostics;
use crate::cli::{EXIT_INVALID, EXIT_OK};
use crate::diag::catalogue::forms::{FORMS_DONE, FORMS_FAILED};
use crate::t;

/// Options of `forms`.
#[derive(Debug, clap::Args)]
pub struct FormsArgs {
    /// The site folder (holding config.yaml).
    #[arg(short, long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// Where to write the forms (default: forms/ in the site).
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Only the forms of this campaign (its folder name under data/campaigns/).
    #[arg(long, value_name = "CAMPAIGN")]
    pub campaign: Option<String>,
    /// Only the forms of this rubric.
    #[arg(long, value_name = "RUBRIC")]
    pub rubric: Option<String>,
    /// The stage the forms are for (default: the first); a later stage's forms start from the
    /// points the earlier stages gave.
    #[arg(long, value_name = "STAGE")]
    pub stage: Option<String>,
}

/// Runs `forms`.
pub fn run(args: FormsArgs) -> ExitCode {
    let opts = FormsOptions {
        site: Options {
            root: args.root.clone(),
            ..Default::default()
        },
        output: args.output,
        campaign: args.campaign,
        rubric: args.rubric,
        stage: args.stage,
    };
    let lang = crate::cli::lang();
    match forms(&opts) {
        Ok(report) => {
            print_diagnostics(&args.root, &report.warnings);
            let done = t!(
                FORMS_DONE,
                count = report.forms,
                seconds = crate::cli::report::seconds(report.elapsed),
                folder = report.output.display()
            );
            say!("{}", done.get(lang));
            ExitCode::from(EXIT_OK)
        }
        Err(failure) => {
            print_diagnostics(&args.root, &failure);
            say_err!(
                "{}",
                t!(FORMS_FAILED, errors = failure.error_count()).get(lang)
            );
            ExitCode::from(EXIT_INVALID)
        }
    }
}
