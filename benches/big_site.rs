//! Build speed on a large generated site: `cargo bench --bench big_site`.
//!
//! Makes, in a temporary folder, a site of 10,000 Markdown pages, 10,000 units in 200
//! clusters scored on a 20-leaf rubric over three stages, and (when the honoree loader reads
//! it) 20,000 honorees in `data/honorees.csv`; then builds it a few times and prints the wall
//! time, pages per second and the peak memory of the process. Speed is measured here, never
//! in a timed test.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use bangvang::build::{Options, build};

/// The allocator of the `bangvang` binary (src/main.rs), so that the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "shared/mod.rs"]
mod shared;
use shared::{FAMILY, GIVEN, Lcg, peak_rss_mb, write};

fn generate(root: &Path, pages: usize, units: usize, honorees: usize) {
    let mut rng = Lcg(2024);
    write(root, "config.yaml", "title: Bảng vàng — thử tải\n");
    write(
        root,
        "content/_index.md",
        "---\ntitle: Thử tải\n---\nTrang thử tải.\n",
    );
    write(root, "content/tin/_index.md", "---\ntitle: Tin tức\n---\n");
    for i in 0..pages {
        let mut body = String::new();
        for p in 0..6 {
            writeln!(body, "## Mục {p}\n\nPhong trào thi đua yêu nước của **đơn vị {i}** năm 2024, đoạn {p}: tổ chức các hoạt động văn hóa, thể thao, tuyên truyền ở khu phố, ấp.\n").unwrap();
        }
        write(
            root,
            &format!("content/tin/bai-{i:05}.md"),
            &format!(
                "---\ntitle: Bài viết số {i}\ndate: 2024-{:02}-{:02}\n---\n{body}",
                1 + i % 12,
                1 + i % 28
            ),
        );
    }
    let mut csv = String::from("id,name,kind\n");
    for u in 0..units {
        writeln!(
            csv,
            "u{u:05},Đơn vị {u},{}",
            if u % 3 == 0 { "xa" } else { "phuong" }
        )
        .unwrap();
    }
    write(root, "data/units.csv", &csv);
    let clusters = units.div_ceil(50);
    let mut campaign = String::from(
        "title: Phong trào thử tải\nyear: 2024\norganiser: Phòng Văn hóa\nclusters:\n",
    );
    for c in 0..clusters {
        let members: Vec<String> = (c * 50..((c + 1) * 50).min(units))
            .map(|u| format!("u{u:05}"))
            .collect();
        writeln!(
            campaign,
            "  - id: cum-{c}\n    name: Cụm {c}\n    members: [{}]\n    leader: {}",
            members.join(", "),
            members[0]
        )
        .unwrap();
    }
    campaign.push_str("rubrics: [vhtt]\nawards:\n  - {title: Cờ thi đua, rubric: vhtt, scope: cluster, ranks: 1}\n  - {title: Giấy khen, rubric: vhtt, scope: cluster, ranks: \"2-3\"}\n");
    write(root, "data/campaigns/thu-tai/campaign.yaml", &campaign);
    let mut rubric = String::from("title: Bảng điểm\ncriteria:\n");
    let mut leaves = Vec::new();
    for s in 1..=4 {
        writeln!(rubric, "  - id: \"{s}\"\n    title: Nhóm {s}\n    items:").unwrap();
        for l in 1..=5 {
            writeln!(
                rubric,
                "      - {{id: \"{s}.{l}\", title: Tiêu chí {s}.{l}, max: 5}}"
            )
            .unwrap();
            leaves.push(format!("{s}.{l}"));
        }
    }
    rubric.push_str("bonus: {max: 5}\ndeduction: {max: 5}\nbands:\n  - {label: Xuất sắc, min: 90}\n  - {label: Tốt, min: 80}\n  - {label: Khá, min: 65}\n  - {label: Trung bình, min: 50}\ntie_breakers: [\"1\", bonus]\n");
    write(root, "data/campaigns/thu-tai/rubrics/vhtt.yaml", &rubric);
    let mut wide = format!("unit,{},note\n", leaves.join(","));
    let mut long = String::from("unit,criterion,points,note\n");
    let mut yaml = String::new();
    for u in 0..units {
        let cells: Vec<String> = leaves
            .iter()
            .map(|_| {
                format!(
                    "{}.{}",
                    3 + rng.below(2),
                    [0, 25, 5, 75][rng.below(4) as usize]
                )
            })
            .collect();
        writeln!(wide, "u{u:05},{},tự chấm", cells.join(",")).unwrap();
        if rng.below(20) == 0 {
            writeln!(
                long,
                "u{u:05},{},4,cụm trưởng điều chỉnh",
                leaves[rng.below(20) as usize]
            )
            .unwrap();
        }
        if rng.below(10) == 0 {
            writeln!(yaml, "u{u:05}: {{bonus: {}}}", 1 + rng.below(4)).unwrap();
        }
    }
    write(root, "data/campaigns/thu-tai/scores/vhtt/self.csv", &wide);
    write(
        root,
        "data/campaigns/thu-tai/scores/vhtt/cluster.csv",
        &long,
    );
    write(
        root,
        "data/campaigns/thu-tai/scores/vhtt/appraised.yaml",
        if yaml.is_empty() { "{}\n" } else { &yaml },
    );
    if honorees > 0 {
        let mut h = String::from("id,name,kind,unit,position,field,photo,summary\n");
        for i in 0..honorees {
            let name = format!("{} Văn {} {i}", FAMILY[i % 8], GIVEN[(i / 8) % 12]);
            writeln!(
                h,
                "h{i:05},{name},individual,u{:05},Cán bộ văn hóa,Thể thao,,Gương điển hình số {i}",
                i % units
            )
            .unwrap();
        }
        write(root, "data/honorees.csv", &h);
    }
}

fn main() {
    shared::keep_freed_memory();
    let pages: usize = std::env::var("BENCH_PAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let units: usize = std::env::var("BENCH_UNITS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let honorees: usize = std::env::var("BENCH_HONOREES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let dir = tempfile::tempdir().unwrap();
    // BENCH_DIR keeps the generated site for profiling the binary on it.
    let keep = std::env::var_os("BENCH_DIR").map(std::path::PathBuf::from);
    let root = keep.clone().unwrap_or_else(|| dir.path().to_path_buf());
    let t = Instant::now();
    generate(&root, pages, units, honorees);
    println!(
        "generated {pages} pages, {units} units, {honorees} honorees in {:.2} s",
        t.elapsed().as_secs_f64()
    );
    if keep.is_some() {
        println!("site kept in {}", root.display());
        return;
    }
    let out = root.join("public");
    let opts = Options {
        root: root.clone(),
        output: Some(out),
        ..Default::default()
    };
    for run in 1..=3 {
        let t = Instant::now();
        match build(&opts) {
            Ok(r) => {
                let s = t.elapsed().as_secs_f64();
                println!(
                    "run {run}: {} pages, {} files in {s:.2} s ({:.0} pages/s, {:.3} ms/page), {} threads",
                    r.pages,
                    r.files,
                    r.pages as f64 / s,
                    s * 1000.0 / r.pages as f64,
                    rayon::current_num_threads()
                );
            }
            Err(d) => {
                for x in d.iter().take(10) {
                    eprintln!("{x}");
                }
                panic!("the generated site does not build");
            }
        }
    }
    println!("peak memory: {:.0} MB", peak_rss_mb());
}
