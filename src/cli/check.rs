//! `bangvang check`.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::build::Options;
use crate::check::check;
use crate::cli::report::{print_diagnostics, seconds};
use crate::cli::{EXIT_INVALID, EXIT_OK};
use crate::diag::catalogue::cli::{CHECK_DONE, CHECK_ERRORS, CHECK_NOTHING, CHECK_WARNINGS};
use crate::t;

/// Options of `check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The site folder (holding config.yaml).
    #[arg(short, long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// Treat warnings (incomplete scores, personal data, links to folders) as errors.
    #[arg(long)]
    pub strict: bool,
    /// Also check pages marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
}

/// Runs `check`: prints every problem, then one summary line; exit status 1 when there are
/// errors.
pub fn run(args: CheckArgs) -> ExitCode {
    let opts = Options {
        root: args.root,
        strict: args.strict,
        drafts: args.drafts,
        ..Default::default()
    };
    let report = check(&opts);
    print_diagnostics(&opts.root, &report.diags);
    for note in &report.notes {
        say_err!("{}", note.get(crate::cli::lang()));
    }
    let (errors, warnings) = (report.diags.error_count(), report.diags.warning_count());
    let found = match (errors, warnings) {
        (0, 0) => t!(CHECK_NOTHING),
        (e, 0) => t!(CHECK_ERRORS, errors = e),
        (0, w) => t!(CHECK_WARNINGS, warnings = w),
        (e, w) => t!(CHECK_ERRORS, errors = e).join(", ", &t!(CHECK_WARNINGS, warnings = w)),
    };
    let line = t!(
        CHECK_DONE,
        pages = report.pages,
        links = report.links,
        files = report.files,
        seconds = seconds(report.elapsed),
        found = found
    );
    say_err!("{}", line.get(crate::cli::lang()));
    ExitCode::from(if errors > 0 { EXIT_INVALID } else { EXIT_OK })
}
