//! The `bangvang` binary: a thin shell around the library.

fn main() -> std::process::ExitCode {
    bangvang::cli::main()
}
