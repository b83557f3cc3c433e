//! The `bangvang` binary: a thin shell around the library.

/// mimalloc rather than the system's allocator: a national build allocates and frees millions
/// of small strings from two threads (see README, "At national scale").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    bangvang::cli::main()
}
