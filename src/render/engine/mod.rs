//! The engines pages and files are made with: templates, Markdown, charts.

pub mod charts;
pub mod markdown;
pub mod templates;
