//! `bangvang init DIR`.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::report::print_diagnostics;
use crate::cli::{EXIT_FAILURE, EXIT_OK};
use crate::diag::Diagnostics;
use crate::diag::catalogue::cli::{INIT_DONE, INIT_NEXT};
use crate::t;

/// Options of `init`.
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The folder to create the site in (created when missing; must be empty).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
}

/// Runs `init`.
pub fn run(args: InitArgs) -> ExitCode {
    match crate::init::create(&args.dir) {
        Ok(files) => {
            let lang = crate::cli::lang();
            let done = t!(INIT_DONE, folder = args.dir.display(), count = files.len());
            say!("{}", done.get(lang));
            for f in &files {
                say!("  {}", f.display());
            }
            say!("{}", t!(INIT_NEXT, folder = args.dir.display()).get(lang));
            ExitCode::from(EXIT_OK)
        }
        Err(d) => {
            let mut ds = Diagnostics::new();
            ds.push(d);
            print_diagnostics(std::path::Path::new("."), &ds);
            ExitCode::from(EXIT_FAILURE)
        }
    }
}
