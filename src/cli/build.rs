//! `bangvang build`.

use std::process::ExitCode;

use crate::build::{Options, build};
use crate::cli::progress::Ticker;
use crate::cli::report::{print_diagnostics, print_summary};
use crate::cli::{BuildArgs, EXIT_INVALID, EXIT_OK};
use crate::diag::catalogue::cli::{BUILD_FAILED, BUILD_FAILED_MOVED};
use crate::t;

/// Runs `build`.
pub fn run(args: BuildArgs) -> ExitCode {
    let opts = Options {
        root: args.root.clone(),
        output: args.output,
        base_url: args.base_url,
        strict: args.strict,
        drafts: args.drafts,
        ..Default::default()
    };
    let ticker = Ticker::start(opts.progress.clone());
    // The previous output is removed by a process of its own once the new one is in place.
    crate::write::remove_previous_in_background(true);
    let result = build(&opts);
    ticker.stop();
    match result {
        Ok(report) => {
            print_diagnostics(&opts.root, &report.warnings);
            print_summary(&report);
            ExitCode::from(EXIT_OK)
        }
        Err(failure) => {
            print_diagnostics(&opts.root, &failure);
            let phrase = if failure.previous_in_place {
                BUILD_FAILED
            } else {
                BUILD_FAILED_MOVED
            };
            let line = t!(phrase, errors = failure.error_count());
            say_err!("{}", line.get(crate::cli::lang()));
            ExitCode::from(EXIT_INVALID)
        }
    }
}
