//! Printing diagnostics and summaries for people: `file:line:column`, the offending line with
//! a caret under the spot (formatted by [`crate::diag::display`]), what is wrong and what to
//! do; colour only on a terminal.

use std::io::{IsTerminal, Write};
use std::path::Path;

use crate::build::Report;
use crate::diag::catalogue::cli::{
    BUILD_DONE, COUNT_CAMPAIGNS, COUNT_HONOREES, COUNT_ONE_CAMPAIGN, COUNT_ONE_HONOREE, SECONDS,
    SUMMARY_WARNINGS,
};
use crate::diag::display::format_diagnostics;
use crate::diag::{Diagnostics, Lang, Text};
use crate::t;

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
    let warnings = match r.warnings.warning_count() {
        0 => Text::verbatim(""),
        n => t!(SUMMARY_WARNINGS, count = n),
    };
    let campaigns = match r.campaigns {
        1 => t!(COUNT_ONE_CAMPAIGN),
        n => t!(COUNT_CAMPAIGNS, n = n),
    };
    let honorees = match r.honorees {
        1 => t!(COUNT_ONE_HONOREE),
        n => t!(COUNT_HONOREES, n = n),
    };
    let line = t!(
        BUILD_DONE,
        pages = r.pages,
        files = r.files,
        campaigns = campaigns,
        honorees = honorees,
        seconds = seconds(r.elapsed),
        warnings = warnings,
        folder = out
    );
    // A closed pipe (`bangvang build | head`) is not a reason to stop with a panic.
    let _ = writeln!(std::io::stdout(), "{}", line.get(crate::cli::lang()));
}

/// A duration for people, in both languages: `0.18 s`, `0,18 giây`.
pub fn seconds(d: std::time::Duration) -> Text {
    let n = format!("{:.2}", d.as_secs_f64());
    let vi = t!(SECONDS, n = n.replace('.', ","));
    let en = t!(SECONDS, n = n);
    Text::new(vi.get(Lang::Vi).to_string(), en.get(Lang::En).to_string())
}
