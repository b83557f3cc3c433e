//! What the generated-site benches share: a deterministic generator, names, writing a file
//! and the peak memory of the process.

use std::path::Path;

/// A small deterministic generator, so every run builds the same site.
pub struct Lcg(pub u64);
impl Lcg {
    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    /// A number below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Given names.
pub const GIVEN: [&str; 12] = [
    "An", "Bình", "Dũng", "Đào", "Hà", "Hùng", "Lan", "Mai", "Nam", "Thảo", "Út", "Ưng",
];
/// Family names.
pub const FAMILY: [&str; 8] = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"];

/// Writes `text` to `rel` under `root`, making its folders.
pub fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// The peak resident memory of this process, in MB.
pub fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|k| k.parse::<f64>().ok())
        .map(|k| k / 1024.0)
        .unwrap_or(0.0)
}

/// mimalloc keeps the memory a build frees, as the binary has it (src/main.rs).
pub fn keep_freed_memory() {
    // SAFETY: sets one of mimalloc's options (15: `purge_delay`) before the build starts.
    unsafe { libmimalloc_sys::mi_option_set(15, -1) };
}
