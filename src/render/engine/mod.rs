//! The engines pages and files are made with: templates, Markdown, charts, and the catalogue
//! of every word the site prints.

pub mod charts;
pub mod markdown;
pub mod templates;
pub mod words;
