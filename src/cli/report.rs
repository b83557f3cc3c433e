//! Printing diagnostics and summaries for people: `file:line:column`, the offending line with
//! a caret under the spot (formatted by [`crate::diag::display`]), what is wrong and what to
//! do; colour only on a terminal.

use std::io::{IsTerminal, Write};
use std::path::Path;

use crate::build::Report;
use crate::diag::Diagnostics;
use crate::diag::display::format_diagnostics;

/// Prints every diagnostic to standard error; colour only on a terminal (and not when
/// `NO_COLOR` is set).
pub fn print_diagnostics(root: &Path, diags: &Diagnostics) {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut err = std::io::stderr().lock();
    for text in format_diagnostics(root, diags, color, crate::cli::lang()) {
        let _ = write!(err, "{text}");
    }
}

/// Prints the one-line summary after a build.
pub fn print_summary(r: &Report) {
    let out = r
        .output
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let warn = if r.warnings.warning_count() > 0 {
        format!(", {} warning(s)", r.warnings.warning_count())
    } else {
        String::new()
    };
    println!(
        "built {} pages ({} files), {} campaigns, {} honorees in {:.2} s{warn} → {out}",
        r.pages,
        r.files,
        r.campaigns,
        r.honorees,
        r.elapsed.as_secs_f64()
    );
}
