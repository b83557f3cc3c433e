#[test]
#[ignore]
fn profile_jobs() {
    let root = std::path::PathBuf::from(std::env::var("SITE").unwrap());
    let mut d = bangvang::diag::Diagnostics::new();
    let site = bangvang::site::load(
        &bangvang::site::Options {
            root,
            ..Default::default()
        },
        &mut d,
    )
    .unwrap();
    let mut times: Vec<(f64, String)> = bangvang::render::all_jobs(&site)
        .iter()
        .map(|j| {
            let t = std::time::Instant::now();
            let _ = bangvang::render::render_job(&site, j);
            (t.elapsed().as_secs_f64(), format!("{j:?}"))
        })
        .collect();
    times.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
    let total: f64 = times.iter().map(|t| t.0).sum();
    eprintln!("total {total:.2}");
    for t in times.iter().take(12) {
        eprintln!("{:.3} {}", t.0, t.1);
    }
}
