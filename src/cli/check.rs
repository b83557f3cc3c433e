//! `bangvang check`.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::build::Options;
use crate::check::check;
use crate::cli::report::print_diagnostics;
use crate::cli::{EXIT_INVALID, EXIT_OK};

/// Options of `check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The site folder (holding config.yaml).
    #[arg(long, default_value = ".", value_name = "DIR")]
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
    let (errors, warnings) = (report.diags.error_count(), report.diags.warning_count());
    let found = match (errors, warnings) {
        (0, 0) => "no problems found".to_string(),
        (e, 0) => format!("{e} error(s)"),
        (0, w) => format!("{w} warning(s)"),
        (e, w) => format!("{e} error(s), {w} warning(s)"),
    };
    eprintln!(
        "checked {} pages, {} links and {} published files in {:.2} s: {found}; nothing was written",
        report.pages,
        report.links,
        report.files,
        report.elapsed.as_secs_f64()
    );
    ExitCode::from(if errors > 0 { EXIT_INVALID } else { EXIT_OK })
}
