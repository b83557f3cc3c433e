//! `bangvang serve`: prints what the server does, one line per rebuild.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::build::Options;
use crate::cli::report::{print_diagnostics, seconds};
use crate::cli::{EXIT_FAILURE, EXIT_INVALID};
use crate::diag::Text;
use crate::diag::catalogue::cli::*;
use crate::diag::catalogue::serve_loop::*;
use crate::serve::rebuild::Outcome;
use crate::serve::{DEFAULT_PORT, ServeError, ServeEvent, ServeOptions, serve};
use crate::t;

/// Options of `serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The site folder (holding config.yaml).
    #[arg(short, long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(short, long, default_value_t = DEFAULT_PORT, value_name = "N")]
    pub port: u16,
    /// Include pages marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
    /// Open the site in the browser once it is built.
    #[arg(long)]
    pub open: bool,
}

/// Runs `serve` until stopped with Ctrl-C (which removes the folder the site was built into).
pub fn run(args: ServeArgs) -> ExitCode {
    let root = args.root.clone();
    let lang = crate::cli::lang();
    let opts = ServeOptions {
        site: Options {
            root: args.root,
            drafts: args.drafts,
            ..Default::default()
        },
        port: args.port,
        lang,
    };
    let say = |text: Text| say!("{}", text.get(lang));
    // Warnings are printed when they change, not again after every save.
    let mut last_warnings: Vec<String> = Vec::new();
    let mut to_open = args.open.then_some(());
    let mut address = String::new();
    let result = serve(opts, &mut |event| match event {
        ServeEvent::Listening { url, dir, swept } => {
            say(t!(SERVE_LISTENING, url = url, folder = dir.display()));
            if swept > 0 {
                say(t!(SERVE_SWEPT, count = swept));
            }
            say(t!(SERVE_WATCHING));
            address = url;
        }
        ServeEvent::Finished { files, took } => {
            let line = t!(SERVE_LOOP_FILES, count = files, ms = took.as_millis());
            say!("{}", line.get(lang));
        }
        ServeEvent::Built { changed, outcome } => {
            report(&root, changed, outcome, &mut last_warnings, lang);
            if matches!(outcome, Outcome::Built { .. }) && to_open.take().is_some() {
                open_browser(&address, lang);
            }
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

/// Opens `url` in the system's browser (`xdg-open`, `open`, or `start` on Windows), or says
/// to open it by hand.
fn open_browser(url: &str, lang: crate::diag::Lang) {
    let opened = if cfg!(target_os = "windows") {
        std::process::Command::new("cmd")
            .args(["/C", "start", "", url])
            .spawn()
    } else if cfg!(target_os = "macos") {
        std::process::Command::new("open").arg(url).spawn()
    } else {
        std::process::Command::new("xdg-open").arg(url).spawn()
    };
    if opened.is_err() {
        say_err!("{}", t!(SERVE_NO_BROWSER, url = url).get(lang));
    }
}

fn report(
    root: &std::path::Path,
    changed: &[PathBuf],
    outcome: &Outcome,
    last_warnings: &mut Vec<String>,
    lang: crate::diag::Lang,
) {
    let what = match changed {
        [] => Text::verbatim(""),
        [one] => t!(SERVE_CHANGED_ONE, file = one.display()),
        [first, rest @ ..] => t!(
            SERVE_CHANGED_MANY,
            file = first.display(),
            count = rest.len()
        ),
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
            reloaded,
        } => {
            let now: Vec<String> = warnings.iter().map(ToString::to_string).collect();
            if now != *last_warnings {
                print_diagnostics(root, warnings);
                *last_warnings = now;
            }
            let times = t!(
                SERVE_TIMES,
                total = seconds(*load + *render),
                load = seconds(*load),
                render = seconds(*render)
            );
            let ms = |d: std::time::Duration| d.as_millis();
            let line = match (full, reloaded) {
                (None, Some(r)) if *rendered == 0 => t!(
                    SERVE_LOOP_SAME,
                    changed = what,
                    campaigns = r.campaigns.join(", "),
                    ms = ms(*load + *render)
                ),
                (None, Some(r)) => t!(
                    SERVE_LOOP_UPDATED,
                    changed = what,
                    rendered = rendered,
                    ms = ms(*load + *render),
                    files = r.files,
                    campaigns = r.campaigns.join(", "),
                    load = ms(*load),
                    render = ms(*render)
                ),
                _ => match full {
                    Some(_) if changed.is_empty() => t!(SERVE_BUILT, total = total, times = times),
                    Some(reason) => t!(
                        SERVE_REBUILT_ALL,
                        changed = what,
                        total = total,
                        times = times,
                        reason = reason
                    ),
                    None if *rendered == 0 && *copied == 0 => t!(SERVE_NOTHING, changed = what),
                    None => {
                        let copies = match copied {
                            0 => Text::verbatim(""),
                            n => t!(SERVE_COPIED, count = n),
                        };
                        t!(
                            SERVE_REBUILT_SOME,
                            changed = what,
                            rendered = rendered,
                            total = total,
                            copies = copies,
                            times = times
                        )
                    }
                },
            };
            say!("{}", line.get(lang));
        }
        Outcome::Failed(diags) => {
            print_diagnostics(root, diags);
            let phrase = if changed.is_empty() {
                SERVE_FAILED_FIRST
            } else {
                SERVE_FAILED
            };
            let line = t!(phrase, changed = what, errors = diags.error_count());
            say_err!("{}", line.get(lang));
        }
    }
}
