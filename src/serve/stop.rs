//! Stopping `serve` with Ctrl-C (or a termination signal, or closing the terminal) removes the
//! folder the site was built into before the process ends. Unix only: elsewhere, and when the
//! process is killed outright, the next run removes the folder instead
//! (see [`folder`](crate::serve::folder)).

use std::path::PathBuf;

use signal_hook::consts::signal::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

/// From now on, Ctrl-C, SIGTERM and SIGHUP remove `folder` and then end the process as the
/// signal would have.
pub fn remove_on_stop(folder: PathBuf) -> std::io::Result<()> {
    let mut signals = Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::Builder::new()
        .name("bangvang-stop".into())
        .spawn(move || {
            let Some(signal) = signals.forever().next() else {
                return;
            };
            // A rebuild may be writing into the folder at this moment; a second pass removes
            // what it added meanwhile.
            for _ in 0..3 {
                if std::fs::remove_dir_all(&folder).is_ok() || !folder.exists() {
                    break;
                }
            }
            let _ = signal_hook::low_level::emulate_default_handler(signal);
            std::process::exit(128 + signal);
        })?;
    Ok(())
}
