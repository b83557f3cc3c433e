//! `bangvang init DIR`.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::report::print_diagnostics;
use crate::cli::{EXIT_FAILURE, EXIT_OK};
use crate::diag::Diagnostics;

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
            println!(
                "created a new site in {} ({} files):",
                args.dir.display(),
                files.len()
            );
            for f in &files {
                println!("  {}", f.display());
            }
            println!(
                "\nnext:\n  cd {}\n  bangvang serve      # open http://127.0.0.1:1111/ and edit a score: the page follows",
                args.dir.display()
            );
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
