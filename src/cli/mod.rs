//! The command line (SPEC §6): one file per sub-command; the library does the work.

/// Writes a line to standard output. A closed pipe (`bangvang build | head`) is not a reason to
/// stop with a panic, as `println!` would.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// [`say!`] for standard error.
macro_rules! say_err {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

pub mod build;
pub mod check;
pub mod forms;
pub mod init;
pub mod lang;
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
/// website. (Every text of `--help` comes from the catalogue, in the language of the run:
/// see [`lang`].)
#[derive(Debug, Parser)]
#[command(name = "bangvang", version)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// The language of the messages (`vi` or `en`), after any command.
    #[arg(long, global = true, value_name = "vi|en", value_parser = ["vi", "en"])]
    pub lang: Option<String>,
}

/// The sub-commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site.
    Build(BuildArgs),
    /// Serve the site while editing.
    Serve(serve::ServeArgs),
    /// Check the site, writing nothing.
    Check(check::CheckArgs),
    /// Write the scoring forms.
    Forms(forms::FormsArgs),
    /// Start a new site.
    Init(init::InitArgs),
}

/// Options of `build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The site folder (holding config.yaml).
    #[arg(short, long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// Where to write the site (default: output_dir of config.yaml, or public/).
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// The address the site will be published at (only sitemap.xml and atom.xml use it).
    #[arg(short = 'u', long, value_name = "URL")]
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
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The process a build starts to remove its previous output (see `write`).
    if let [_, flag, path] = args.as_slice()
        && flag == crate::write::REMOVE_SET_ASIDE
    {
        crate::write::remove_set_aside(std::path::Path::new(path));
        return ExitCode::from(EXIT_OK);
    }
    let language = lang::choose(&args);
    let _ = LANG.set(language);
    let parsed = lang::localize(Cli::command(), language)
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            match lang::explain(&e, language) {
                Some(text) => eprint!("{text}"),
                None => {
                    let _ = e.print();
                }
            }
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
