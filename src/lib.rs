//! bangvang — "bảng vàng", the roll of honour: a static-site generator for the results of
//! Vietnamese emulation campaigns (phong trào thi đua).
//!
//! The pipeline, one module per stage (see ARCHITECTURE.md):
//! [`load`] (files → [`model`] values) → [`compute`] (results, pure) → [`photos`] →
//! [`render`] (pages and files, in memory, at addresses from [`routes`]) → [`write`] (atomic
//! output). [`build`] drives it over a [`site`]; [`check`] and [`serve`] use the driver; [`cli`]
//! is the command line.
//!
//! ```no_run
//! let opts = bangvang::build::Options { root: "my-site".into(), ..Default::default() };
//! match bangvang::build::build(&opts) {
//!     Ok(report) => println!("{} pages", report.pages),
//!     Err(diags) => diags.iter().for_each(|d| eprintln!("{d}")),
//! }
//! ```

pub mod build;
pub mod check;
pub mod cli;
pub mod compute;
pub mod diag;
pub mod init;
pub mod load;
pub mod model;
pub mod photos;
pub mod render;
pub mod routes;
pub mod serve;
pub mod site;
pub mod text;
pub mod write;
