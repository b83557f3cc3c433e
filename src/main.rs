//! The `bangvang` binary: a thin shell around the library.

/// mimalloc rather than the system's allocator: a national build allocates and frees millions
/// of small strings from two threads (see README, "At national scale").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's option `purge_delay` (its number in mimalloc 3's `mi_option_t`).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> std::process::ExitCode {
    // Memory a build frees is kept for its next page rather than handed back to the system:
    // handed back, it came back as fresh pages the kernel cleared first, and clearing them
    // was a sixth of a national build's CPU time. `serve` runs for hours beside other
    // programs: it hands memory back as usual.
    if !std::env::args().skip(1).any(|a| a == "serve") {
        // SAFETY: sets one of mimalloc's options before any other thread exists.
        unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) };
    }
    bangvang::cli::main()
}
