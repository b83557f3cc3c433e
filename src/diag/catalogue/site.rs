//! Messages of the build and its stages after loading (`src/build/`, `src/write/`,
//! `src/photos/`, `src/render/`), of `check` (`src/check/`), of `init` (`src/init/`) and of
//! the small shared rules (`src/text.rs`).

phrases! {}
