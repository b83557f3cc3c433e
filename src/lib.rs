//! bangvang — "bảng vàng", the roll of honour: a static-site generator for the results of
//! Vietnamese emulation campaigns (phong trào thi đua).
//!
//! The pipeline, one module per stage (see ARCHITECTURE.md):
//! [`load`] (config, content, data) → [`model`] + [`compute`] (pure) → [`render`] →
//! [`write`] (atomic output). [`site`] drives it; [`cli`] is the command line.
//!
//! ```no_run
//! let opts = bangvang::site::Options { root: "my-site".into(), ..Default::default() };
//! match bangvang::site::build(&opts) {
//!     Ok(report) => println!("{} pages", report.pages),
//!     Err(diags) => diags.iter().for_each(|d| eprintln!("{d}")),
//! }
//! ```

pub mod check;
pub mod cli;
pub mod compute;
pub mod diag;
pub mod init;
pub mod load;
pub mod model;
pub mod render;
pub mod serve;
pub mod site;
pub mod text;
pub mod write;
