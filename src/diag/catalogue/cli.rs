//! Messages of the command line and of `serve` (`src/cli/`, `src/serve/`): progress,
//! summaries, `--help`.

phrases! {}
