//! The national-scale site of issue 14: `cargo bench --bench national_site`.
//!
//! 10,600 units (xã, phường, thị trấn) in 700 clusters, one campaign scored on three rubrics of
//! 40 leaves over three stages (every unit on two of them: `vhtt` for all, `xa` or `do-thi`
//! by kind), a small campaign of 60 units, 20,000 honorees in `data/honorees.csv` and 1,000
//! official documents: about 55,000 pages. It builds the site, copies the output with `cp -r`
//! (the copy floor: what writing the same bytes costs) and prints both times, their ratio, the
//! peak memory and the largest HTML page.
//!
//! `NATIONAL_DIR=/dev/shm/nat cargo bench --bench national_site` only writes the site folder
//! there, so that the release binary can be timed on it (`bangvang build --root …`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use bangvang::build::{Options, build};

/// The allocator of the `bangvang` binary (src/main.rs), so that the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "shared/mod.rs"]
mod shared;
use shared::{FAMILY, GIVEN, Lcg, peak_rss_mb, write};

/// Units of the large campaign.
const UNITS: usize = 10_600;
/// Clusters of the large campaign.
const CLUSTERS: usize = 700;
/// Leaves of each rubric: 8 sections of 5.
const LEAVES: usize = 40;
/// Honorees in `data/honorees.csv`.
const HONOREES: usize = 20_000;
/// Official documents.
const DOCUMENTS: usize = 1_000;
/// Units of the small campaign.
const SMALL: usize = 60;

const FIELDS: [&str; 5] = ["Thể thao", "Văn hóa", "Du lịch", "Gia đình", "Thư viện"];
const KINDS: [&str; 3] = ["xa", "phuong", "thi-tran"];

/// A rubric of `LEAVES` leaves of 2.5 points each, for the units of `kinds` (all when empty).
fn rubric(title: &str, kinds: &[&str]) -> (String, Vec<String>) {
    let mut y = format!("title: {title}\n");
    if !kinds.is_empty() {
        writeln!(y, "participants: {{kinds: [{}]}}", kinds.join(", ")).unwrap();
    }
    y.push_str("criteria:\n");
    let mut leaves = Vec::new();
    for s in 1..=LEAVES / 5 {
        writeln!(
            y,
            "  - id: \"{s}\"\n    title: Nhóm tiêu chí {s}\n    items:"
        )
        .unwrap();
        for l in 1..=5 {
            writeln!(
                y,
                "      - {{id: \"{s}.{l}\", title: Tiêu chí {s}.{l} về phong trào, max: 2.5}}"
            )
            .unwrap();
            leaves.push(format!("{s}.{l}"));
        }
    }
    y.push_str("bonus: {max: 5}\ndeduction: {max: 5}\nbands:\n  - {label: Xuất sắc, min: 90}\n  - {label: Tốt, min: 80}\n  - {label: Khá, min: 65}\n  - {label: Trung bình, min: 50}\ntie_breakers: [\"1\", bonus]\n");
    (y, leaves)
}

/// The three stages' score files of a rubric for `units`.
fn scores(root: &Path, dir: &str, leaves: &[String], units: &[usize], rng: &mut Lcg) {
    let mut wide = format!("unit,{},note\n", leaves.join(","));
    let mut long = String::from("unit,criterion,points,note\n");
    let mut yaml = String::new();
    for &u in units {
        let cells: Vec<String> = leaves
            .iter()
            .map(|_| ["1.5", "1.75", "2", "2.25", "2.5"][rng.below(5) as usize].to_string())
            .collect();
        writeln!(wide, "u{u:05},{},tự chấm", cells.join(",")).unwrap();
        if rng.below(10) == 0 {
            let leaf = &leaves[rng.below(leaves.len() as u64) as usize];
            writeln!(long, "u{u:05},{leaf},2,cụm trưởng điều chỉnh").unwrap();
        }
        if rng.below(10) == 0 {
            writeln!(yaml, "u{u:05}: {{bonus: {}}}", 1 + rng.below(4)).unwrap();
        }
    }
    write(root, &format!("{dir}/self.csv"), &wide);
    write(root, &format!("{dir}/cluster.csv"), &long);
    write(
        root,
        &format!("{dir}/appraised.yaml"),
        if yaml.is_empty() { "{}\n" } else { &yaml },
    );
}

/// A campaign of the units `first..first + count` in `clusters` clusters on `rubrics`
/// (id, title, kinds).
fn campaign(
    root: &Path,
    id: &str,
    title: &str,
    (first, count, clusters): (usize, usize, usize),
    rubrics: &[(&str, &str, &[&str])],
    rng: &mut Lcg,
) {
    let dir = format!("data/campaigns/{id}");
    let mut y = format!(
        "title: {title}\nyear: 2024\norganiser: Bộ Văn hóa, Thể thao và Du lịch\nclusters:\n"
    );
    let per = count.div_ceil(clusters);
    for c in 0..clusters {
        let members: Vec<String> = (first + c * per..(first + (c + 1) * per).min(first + count))
            .map(|u| format!("u{u:05}"))
            .collect();
        if members.is_empty() {
            continue;
        }
        writeln!(
            y,
            "  - id: cum-{c}\n    name: Cụm thi đua {c}\n    members: [{}]\n    leader: {}",
            members.join(", "),
            members[0]
        )
        .unwrap();
    }
    let ids: Vec<&str> = rubrics.iter().map(|r| r.0).collect();
    writeln!(y, "rubrics: [{}]\nawards:", ids.join(", ")).unwrap();
    for r in &ids {
        writeln!(
            y,
            "  - {{title: Cờ thi đua, rubric: {r}, scope: cluster, ranks: 1}}\n  - {{title: Bằng khen, rubric: {r}, scope: overall, ranks: \"1-10\"}}"
        )
        .unwrap();
    }
    write(root, &format!("{dir}/campaign.yaml"), &y);
    for (rid, rtitle, kinds) in rubrics {
        let (text, leaves) = rubric(rtitle, kinds);
        write(root, &format!("{dir}/rubrics/{rid}.yaml"), &text);
        let units: Vec<usize> = (first..first + count)
            .filter(|u| kinds.is_empty() || kinds.contains(&KINDS[u % 3]))
            .collect();
        scores(root, &format!("{dir}/scores/{rid}"), &leaves, &units, rng);
    }
}

fn documents(root: &Path) {
    write(
        root,
        "content/_index.md",
        "---\ntitle: Bảng vàng toàn quốc\n---\nTrang thử tải ở quy mô toàn quốc.\n",
    );
    write(
        root,
        "content/van-ban/_index.md",
        "---\ntitle: Văn bản\n---\n",
    );
    for i in 0..DOCUMENTS {
        let mut body = String::new();
        for p in 0..4 {
            writeln!(body, "## Mục {p}\n\nPhong trào thi đua yêu nước của **đơn vị {i}** năm 2024, đoạn {p}: tổ chức các hoạt động văn hóa, thể thao, tuyên truyền ở khu phố, ấp.\n").unwrap();
        }
        let campaign = if i % 2 == 0 { "toan-quoc" } else { "nho" };
        write(
            root,
            &format!("content/van-ban/vb-{i:04}.md"),
            &format!(
                "---\ntitle: Kế hoạch số {i}\ndate: 2024-{m:02}-{d:02}\ncampaign: {campaign}\ndocument:\n  type: KẾ HOẠCH\n  number: {i}/KH-BVHTTDL\n  issuer: BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n  place: Hà Nội\n  date: 2024-{m:02}-{d:02}\n  summary: Phát động phong trào thi đua số {i}\n  signer: {{authority: KT. BỘ TRƯỞNG, position: THỨ TRƯỞNG, name: Nguyễn Văn C}}\n  recipients: [Các sở, \"Lưu: VT\"]\n---\n{body}",
                m = 1 + i % 12,
                d = 1 + i % 28
            ),
        );
    }
}

/// Writes the national site into `root`.
pub fn generate(root: &Path) {
    let mut rng = Lcg(2024);
    write(
        root,
        "config.yaml",
        "title: Bảng vàng toàn quốc — thử tải\n",
    );
    documents(root);
    let mut csv = String::from("id,name,kind\n");
    for u in 0..UNITS + SMALL {
        writeln!(csv, "u{u:05},Đơn vị {u},{}", KINDS[u % 3]).unwrap();
    }
    write(root, "data/units.csv", &csv);
    campaign(
        root,
        "toan-quoc",
        "Phong trào thi đua toàn quốc năm 2024",
        (0, UNITS, CLUSTERS),
        &[
            ("vhtt", "Bảng điểm văn hóa, thông tin", &[]),
            ("xa", "Bảng điểm xã", &["xa"]),
            (
                "do-thi",
                "Bảng điểm phường, thị trấn",
                &["phuong", "thi-tran"],
            ),
        ],
        &mut rng,
    );
    campaign(
        root,
        "nho",
        "Phong trào thi đua cụm nhỏ năm 2024",
        (UNITS, SMALL, 6),
        &[("vhtt", "Bảng điểm văn hóa, thông tin", &[])],
        &mut rng,
    );
    let mut h = String::from("id,name,kind,unit,position,field,photo,summary\n");
    for i in 0..HONOREES {
        let name = format!("{} Văn {} {}", FAMILY[i % 8], GIVEN[(i / 8) % 12], i / 96);
        writeln!(
            h,
            "h{i:05},{name},individual,u{:05},Cán bộ văn hóa,{},,Gương điển hình số {i}",
            i % UNITS,
            FIELDS[i % 5]
        )
        .unwrap();
    }
    write(root, "data/honorees.csv", &h);
}

/// The largest `.html` file under `dir`: (bytes, path).
fn largest_html(dir: &Path) -> (u64, PathBuf) {
    let mut best = (0, PathBuf::new());
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            let m = e.metadata().unwrap();
            if m.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "html") && m.len() > best.0 {
                best = (m.len(), p);
            }
        }
    }
    best
}

fn main() {
    shared::keep_freed_memory();
    let dir = tempfile::tempdir_in(if Path::new("/dev/shm").is_dir() {
        "/dev/shm"
    } else {
        "/tmp"
    })
    .unwrap();
    let keep = std::env::var_os("NATIONAL_DIR").map(PathBuf::from);
    let root = keep.clone().unwrap_or_else(|| dir.path().join("site"));
    let t = Instant::now();
    generate(&root);
    println!(
        "generated the national site ({UNITS} units in {CLUSTERS} clusters, {HONOREES} honorees, {DOCUMENTS} documents) in {:.2} s",
        t.elapsed().as_secs_f64()
    );
    if keep.is_some() {
        println!("site kept in {}", root.display());
        return;
    }
    let out = dir.path().join("public");
    let opts = Options {
        root: root.clone(),
        output: Some(out.clone()),
        ..Default::default()
    };
    for run in 1..=2 {
        let t = Instant::now();
        let r = match build(&opts) {
            Ok(r) => r,
            Err(d) => {
                for x in d.iter().take(10) {
                    eprintln!("{x}");
                }
                panic!("the national site does not build");
            }
        };
        let built = t.elapsed().as_secs_f64();
        let copy = dir.path().join(format!("copy-{run}"));
        let t = Instant::now();
        let ok = std::process::Command::new("cp")
            .arg("-r")
            .arg(&out)
            .arg(&copy)
            .status()
            .is_ok_and(|s| s.success());
        let copied = t.elapsed().as_secs_f64();
        assert!(ok, "cp -r failed");
        std::fs::remove_dir_all(&copy).unwrap();
        println!(
            "run {run}: {} pages, {} files: build {built:.2} s, cp -r {copied:.2} s, ratio {:.2}",
            r.pages,
            r.files,
            built / copied
        );
    }
    let (bytes, path) = largest_html(&out);
    println!(
        "largest HTML page: {:.0} KB, {}",
        bytes as f64 / 1024.0,
        path.strip_prefix(&out).unwrap_or(&path).display()
    );
    println!("peak memory: {:.0} MB", peak_rss_mb());
}
