//! `bangvang build`.

use std::process::ExitCode;

use crate::build::{Options, build};
use crate::cli::progress::Ticker;
use crate::cli::report::{print_diagnostics, print_summary};
use crate::cli::{BuildArgs, EXIT_INVALID, EXIT_OK};

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
            if failure.previous_in_place {
                eprintln!(
                    "build failed: {} error(s); the previous output was left as it was",
                    failure.error_count()
                );
            } else {
                eprintln!(
                    "build failed: {} error(s); the previous output was moved, see above",
                    failure.error_count()
                );
            }
            ExitCode::from(EXIT_INVALID)
        }
    }
}
