//! `bangvang serve`: the author's loop. Builds the site into a private folder of the system's
//! temporary folder (never into the site), serves it on 127.0.0.1, watches the sources, and
//! on every change rebuilds what the change touches and tells the open browser tabs to reload.
//! A failed rebuild leaves the last good site served and shows its errors over the page.
//!
//! Threads: one accepts HTTP connections and answers each on its own thread, up to a fixed
//! number at once ([`limits`]); one waits for Ctrl-C to remove the folder ([`stop`], Unix); the
//! caller's thread watches and rebuilds.
//!
//! The HTTP server is our own, [`server`], on `std::net`, with `httparse` reading request
//! heads. It serves one browser on the same machine: files read whole, GET and HEAD, one event
//! stream per tab. `tiny_http`, used before, has had no release since 2022 and has an open
//! request-smuggling report; `hyper` and the servers over it need an async runtime, a large
//! build for two cores; the small blocking servers on crates.io are young and little used. What
//! `serve` needs of HTTP/1.1 fits in a few hundred lines we can read whole, where every limit
//! (head size, address length, idle time, connections) is ours to set, and `httparse` (the
//! parser under hyper, maintained, no dependencies) does the part that is easy to get wrong.
//!
//! Files: [`server`] (connections and the rules every request passes), [`request`] (reading a
//! head within the limits), [`response`], [`http`] (which file answers an address),
//! [`events`] (live reload), [`folder`] (the private folder), [`watch`], [`plan`], [`rebuild`],
//! [`reload`] and [`delta`] (the quick path of a score change).

pub mod delta;
pub mod events;
pub mod folder;
pub mod http;
pub mod limits;
pub mod plan;
pub mod rebuild;
pub mod reload;
pub mod request;
pub mod response;
pub mod server;
#[cfg(unix)]
pub mod stop;
pub mod watch;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use crate::build::Options;
use crate::diag::catalogue::cli::*;
use crate::diag::{Diagnostic, Diagnostics, Text};
use crate::t;
use events::Events;
use folder::ServedFolder;
use http::Served;
use rebuild::{Builder, Outcome};

/// The live-reload script and error overlay, put before `</body>` of every page served.
pub const CLIENT_SCRIPT: &str = include_str!("client.html");

/// The port used when none is given.
pub const DEFAULT_PORT: u16 = 1111;

/// What `serve` is asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site (its `dev_script` and `output` are set by `serve`).
    pub site: Options,
    /// Port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// The language of the errors shown over the page.
    pub lang: crate::diag::Lang,
}

/// Why `serve` could not run.
#[derive(Debug)]
pub enum ServeError {
    /// The folder is not a site.
    NotASite(Diagnostics),
    /// The port is used by another program.
    PortTaken(u16),
    /// Something else the tool needs failed (binding, watching).
    Io(Text),
}

/// What happens while serving, for the terminal.
#[derive(Debug)]
pub enum ServeEvent<'a> {
    /// The server answers at `url`; the site is built into `dir`.
    Listening {
        /// `http://127.0.0.1:1111/`.
        url: String,
        /// Where the site is written.
        dir: &'a Path,
        /// Folders of earlier runs that were removed (left by a run that was killed).
        swept: usize,
    },
    /// The files a quick rebuild left for after the pages (`results.json` …) were written.
    Finished {
        /// How many.
        files: usize,
        /// In how long.
        took: std::time::Duration,
    },
    /// A build finished (the first one has no changed paths).
    Built {
        /// Files that changed, relative to the site root.
        changed: &'a [PathBuf],
        /// What the build did.
        outcome: &'a Outcome,
    },
}

/// Serves the site until the process is stopped; returns only when it cannot start or the
/// watcher stops.
pub fn serve(opts: ServeOptions, on_event: &mut dyn FnMut(ServeEvent)) -> Result<(), ServeError> {
    let root = opts.site.root.clone();
    if !crate::build::is_site(&root) {
        let mut d = Diagnostics::new();
        crate::load::config::load_config(&root, &mut d);
        return Err(ServeError::NotASite(d));
    }
    let listener = TcpListener::bind(("127.0.0.1", opts.port)).map_err(|e| match e.kind() {
        std::io::ErrorKind::AddrInUse => ServeError::PortTaken(opts.port),
        _ => ServeError::Io(t!(SERVE_CANNOT_LISTEN, port = opts.port, error = e)),
    })?;
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(opts.port);

    let tmp = std::env::temp_dir();
    let folder = ServedFolder::create(&tmp)
        .map_err(|e| ServeError::Io(t!(SERVE_CANNOT_FOLDER, folder = tmp.display(), error = e)))?;
    let swept = folder::sweep_leftovers(&tmp, &folder);
    #[cfg(unix)]
    stop::remove_on_stop(folder.path().to_path_buf())
        .map_err(|e| ServeError::Io(t!(SERVE_CANNOT_SIGNALS, error = e)))?;
    let out = folder.site();
    let served = Arc::new(Served {
        dir: out.clone(),
        ready: Default::default(),
        events: Events::default(),
        script: CLIENT_SCRIPT.to_string(),
    });
    server::start(listener, Arc::clone(&served))
        .map_err(|e| ServeError::Io(t!(SERVE_CANNOT_START, error = e)))?;

    let mut site_opts = opts.site.clone();
    site_opts.dev_script = CLIENT_SCRIPT.to_string();
    site_opts.output = Some(out.clone());
    let mut builder = Builder::new(site_opts, out.clone());
    // Watching starts before the first build, so that an edit made during it is not lost.
    let watch_root = root.canonicalize().unwrap_or_else(|_| root.clone());
    let mut watcher = watch::SiteWatcher::start(&watch_root)
        .map_err(|e| ServeError::Io(t!(SERVE_CANNOT_WATCH, error = e)))?;
    on_event(ServeEvent::Listening {
        url: format!("http://127.0.0.1:{port}/"),
        dir: &out,
        swept,
    });
    let first = builder.build(Default::default());
    publish(&served, &root, &first, opts.lang);
    on_event(ServeEvent::Built {
        changed: &[],
        outcome: &first,
    });
    while let Some(batch) = watcher.next_batch() {
        if batch.is_empty() {
            continue;
        }
        // Shown to the author: the files that still exist (what they saved, not an editor's
        // temporary file), or, when a file was deleted, everything.
        let mut changed: Vec<PathBuf> = batch
            .iter()
            .filter(|p| root.join(p).exists())
            .cloned()
            .collect();
        if changed.is_empty() {
            changed = batch.iter().cloned().collect();
        }
        let outcome = builder.build(batch);
        publish(&served, &root, &outcome, opts.lang);
        on_event(ServeEvent::Built {
            changed: &changed,
            outcome: &outcome,
        });
        match builder.finish() {
            None => {}
            Some(Ok((files, took))) => on_event(ServeEvent::Finished { files, took }),
            Some(Err(diags)) => {
                let failed = Outcome::Failed(diags);
                publish(&served, &root, &failed, opts.lang);
                on_event(ServeEvent::Built {
                    changed: &changed,
                    outcome: &failed,
                });
            }
        }
    }
    // The folder goes with the run (dropped here); the watcher stopping is the only way out.
    drop(folder);
    Err(ServeError::Io(t!(SERVE_WATCHER_STOPPED)))
}

/// Tells the browser tabs what happened.
fn publish(served: &Served, root: &Path, outcome: &Outcome, lang: crate::diag::Lang) {
    match outcome {
        // A change that touched nothing published (an editor's temporary file) reloads
        // nobody, unless the overlay of a failed build has to go.
        Outcome::Built {
            rendered: 0,
            copied: 0,
            full: None,
            ..
        } if !served.events.is_failing() => {}
        Outcome::Built { .. } => {
            served.ready.store(true, Ordering::SeqCst);
            served.events.reload();
        }
        Outcome::Failed(diags) => served
            .events
            .errors(&crate::diag::display::format_diagnostics(
                root, diags, false, lang,
            )),
    }
}

impl ServeError {
    /// The problem as a diagnostic for the terminal.
    pub fn to_diagnostics(&self) -> Diagnostics {
        let mut d = Diagnostics::new();
        match self {
            ServeError::NotASite(ds) => d.extend(ds.clone()),
            ServeError::PortTaken(port) => d.push(Diagnostic::error(
                format!("127.0.0.1:{port}"),
                None,
                t!(SERVE_PORT_TAKEN, port = port),
                t!(SERVE_OTHER_PORT, next = port.saturating_add(1)),
            )),
            ServeError::Io(msg) => d.push(Diagnostic::error(
                "serve",
                None,
                msg.clone(),
                SERVE_CHECK_SYSTEM,
            )),
        }
        d
    }
}
