//! `bangvang serve`: prints what the server does, one line per rebuild.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::build::Options;
use crate::cli::report::print_diagnostics;
use crate::cli::{EXIT_FAILURE, EXIT_INVALID};
use crate::serve::rebuild::Outcome;
use crate::serve::{DEFAULT_PORT, ServeError, ServeEvent, ServeOptions, serve};

/// Options of `serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The site folder (holding config.yaml).
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = DEFAULT_PORT, value_name = "N")]
    pub port: u16,
    /// Include pages marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
}

/// Runs `serve` until stopped with Ctrl-C (which removes the folder the site was built into).
pub fn run(args: ServeArgs) -> ExitCode {
    let root = args.root.clone();
    let opts = ServeOptions {
        site: Options {
            root: args.root,
            drafts: args.drafts,
            ..Default::default()
        },
        port: args.port,
        lang: crate::cli::lang(),
    };
    // Warnings are printed when they change, not again after every save.
    let mut last_warnings: Vec<String> = Vec::new();
    let result = serve(opts, &mut |event| match event {
        ServeEvent::Listening { url, dir, swept } => {
            println!(
                "serving {url} (built into {}; nothing is written in the site folder)",
                dir.display()
            );
            if swept > 0 {
                println!(
                    "removed {swept} folder(s) that earlier runs of serve left in the temporary folder"
                );
            }
            println!(
                "watching config.yaml, content/, data/, static/, themes/ and templates/; press Ctrl-C to stop"
            );
        }
        ServeEvent::Built { changed, outcome } => {
            report(&root, changed, outcome, &mut last_warnings)
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            print_diagnostics(&root, &e.to_diagnostics());
            ExitCode::from(if matches!(e, ServeError::NotASite(_)) {
                EXIT_INVALID
            } else {
                EXIT_FAILURE
            })
        }
    }
}

fn report(
    root: &std::path::Path,
    changed: &[PathBuf],
    outcome: &Outcome,
    last_warnings: &mut Vec<String>,
) {
    let what = match changed {
        [] => String::new(),
        [one] => format!("{} changed: ", one.display()),
        [first, rest @ ..] => format!("{} and {} more changed: ", first.display(), rest.len()),
    };
    match outcome {
        Outcome::Built {
            full,
            rendered,
            total,
            copied,
            load,
            render,
            warnings,
        } => {
            let now: Vec<String> = warnings.iter().map(ToString::to_string).collect();
            if now != *last_warnings {
                print_diagnostics(root, warnings);
                *last_warnings = now;
            }
            let secs = format!(
                "{:.2} s (load {:.2} s, render {:.2} s)",
                (*load + *render).as_secs_f64(),
                load.as_secs_f64(),
                render.as_secs_f64()
            );
            let line = match full {
                Some(_) if changed.is_empty() => {
                    format!("built the site ({total} render jobs) in {secs}")
                }
                Some(reason) => format!(
                    "{what}rebuilt everything ({total} jobs) in {secs}, because {reason}; browser reloaded"
                ),
                None if *rendered == 0 && *copied == 0 => {
                    format!("{what}nothing published changed")
                }
                None => {
                    let copies = if *copied > 0 {
                        format!(", copied {copied} file(s)")
                    } else {
                        String::new()
                    };
                    format!(
                        "{what}re-rendered {rendered} of {total} jobs{copies} in {secs}; browser reloaded"
                    )
                }
            };
            println!("{line}");
        }
        Outcome::Failed(diags) => {
            print_diagnostics(root, diags);
            let served = if changed.is_empty() {
                "fix them and save: the site is served as soon as it builds"
            } else {
                "the last good site is still served"
            };
            eprintln!(
                "{what}{} error(s): {served}; the browser shows them too",
                diags.error_count()
            );
        }
    }
}
