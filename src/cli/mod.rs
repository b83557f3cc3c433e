//! The command line (SPEC §6): one file per sub-command; the library does the work.

pub mod build;
pub mod check;
pub mod forms;
pub mod init;
pub mod progress;
pub mod report;
pub mod serve;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// The language of the tool's messages for this run, chosen once when the command line is
/// read (SPEC §8: `--lang`, else the site's `language:`, else Vietnamese).
static LANG: std::sync::OnceLock<crate::diag::Lang> = std::sync::OnceLock::new();

/// The language of the tool's messages.
pub fn lang() -> crate::diag::Lang {
    LANG.get().copied().unwrap_or_default()
}

/// Exit status: success.
pub const EXIT_OK: u8 = 0;
/// Exit status: the site has errors (or warnings under `--strict`).
pub const EXIT_INVALID: u8 = 1;
/// Exit status: the command line was wrong (clap's own code).
pub const EXIT_USAGE: u8 = 2;
/// Exit status: the tool could not do its work (a port taken, a folder not writable).
pub const EXIT_FAILURE: u8 = 3;

/// bangvang — publishes the results of emulation campaigns (phong trào thi đua) as a static
/// website.
#[derive(Debug, Parser)]
#[command(name = "bangvang", version, about, long_about = None, after_help = "Exit status: 0 success, 1 the site has errors, 2 wrong command line, 3 the tool could not do its work.\n\nExample:\n  bangvang build            build the site in this folder into public/\n  bangvang check --strict   validate everything, write nothing\n  bangvang init my-site     start a new site\n  bangvang serve            preview while editing")]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The sub-commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (replaced only when the build is complete).
    #[command(
        after_help = "Example:\n  bangvang build --root my-site --output /var/www/thidua --base-url https://thidua.example.gov.vn/"
    )]
    Build(BuildArgs),
    /// Serve the site on 127.0.0.1, rebuild on every change and reload the browser.
    #[command(
        after_help = "Example:\n  bangvang serve                      serve this folder at http://127.0.0.1:1111/\n  bangvang serve --root my-site --port 8080\n\nThe site is built into the system's temporary folder; nothing is written in the site folder."
    )]
    Serve(serve::ServeArgs),
    /// Validate everything and check links, anchors and personal data; write nothing.
    #[command(
        after_help = "Example:\n  bangvang check                      check the site in this folder\n  bangvang check --root my-site --strict   fail on warnings too (before publishing)\n\nPhone numbers and e-mails meant to be public go in `public_contacts:` of config.yaml."
    )]
    Check(check::CheckArgs),
    /// Write one scoring form (a workbook) per unit, to send out and read back as scores.
    #[command(
        after_help = "Example:\n  bangvang forms                                 every campaign, rubric and unit, into forms/\n  bangvang forms --campaign bien-hoa-2023 --stage cluster\n\nThe units fill the Điểm column and send the files back; put them in data/campaigns/<c>/scores/<rubric>/<stage>/, whatever their names."
    )]
    Forms(forms::FormsArgs),
    /// Create a new site with a small working example.
    #[command(after_help = "Example:\n  bangvang init my-site && cd my-site && bangvang serve")]
    Init(init::InitArgs),
}

/// Options of `build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The site folder (holding config.yaml).
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// Where to write the site (default: output_dir of config.yaml, or public/).
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// The address the site will be published at (only sitemap.xml and atom.xml use it).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Treat warnings (incomplete scores, privacy) as errors.
    #[arg(long)]
    pub strict: bool,
    /// Include pages marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
}

/// Runs the command line.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_USAGE } else { EXIT_OK });
        }
    };
    match cli.command {
        Command::Build(args) => build::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Check(args) => check::run(args),
        Command::Forms(args) => forms::run(args),
        Command::Init(args) => init::run(args),
    }
}
