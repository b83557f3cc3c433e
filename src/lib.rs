//! bangvang — "bảng vàng", the roll of honour: a static-site generator for the results of
//! Vietnamese emulation campaigns (phong trào thi đua).
//!
//! The pipeline, one module per stage:
//! `load` (config, content, data) → `model` + `compute` (pure) → `render` → `write`.

pub mod compute;
pub mod diag;
pub mod model;
pub mod render;
pub mod text;
