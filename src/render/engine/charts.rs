//! Pictures drawn at build time as SVG: no JavaScript, they print. Every chart has a title
//! and a description for screen readers, and its numbers are also in a table on the page.

use std::fmt::Write;

use crate::model::{Band, Points};
use crate::render::engine::words::{Words, fill};
use crate::text::escape_html as esc;

const WIDTH: f64 = 640.0;
const LABEL_W: f64 = 170.0;
const ROW_H: f64 = 26.0;
const BAR_H: f64 = 16.0;
const TOP: f64 = 44.0;

/// A coordinate written with one decimal (`170.0`, `-3.5`), counted in whole tenths: the
/// standard library's exact decimal formatting took a tenth of a scorecard's time.
struct D1(f64);

impl std::fmt::Display for D1 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tenths = (self.0 * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let t = tenths.unsigned_abs();
        write!(f, "{sign}{}.{}", t / 10, t % 10)
    }
}

fn x_of(value: Points, max: Points) -> f64 {
    if max.hundredths() <= 0 {
        return LABEL_W;
    }
    let frac = (value.as_f64() / max.as_f64()).clamp(0.0, 1.0);
    LABEL_W + frac * (WIDTH - LABEL_W - 60.0)
}

fn open(title: &str, desc: &str, height: f64) -> String {
    let height = height.round() as i64;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\"{}\"><title>{}</title><desc>{}</desc>",
        esc(title),
        esc(title),
        esc(desc)
    );
    s
}

fn truncate(label: &str, n: usize) -> String {
    if label.chars().count() <= n {
        label.to_string()
    } else {
        format!("{}…", label.chars().take(n - 1).collect::<String>())
    }
}

/// Totals of a set of units as horizontal bars, with the band thresholds drawn as dashed
/// lines (the cluster scoreboard's picture).
pub fn totals_with_bands(
    w: &Words,
    title: &str,
    rows: &[(String, Points)],
    max: Points,
    bands: &[Band],
) -> String {
    let scale_max = rows
        .iter()
        .map(|r| r.1)
        .chain(std::iter::once(max))
        .max()
        .unwrap_or(max);
    let height = TOP + rows.len() as f64 * ROW_H + 20.0;
    let desc = rows
        .iter()
        .map(|(n, v)| fill(w.chart_points_of, &[n, &w.number(v)]))
        .collect::<Vec<_>>()
        .join("; ");
    let mut s = open(title, &desc, height);
    for (bi, b) in bands.iter().enumerate() {
        let xd = D1(x_of(b.min, scale_max));
        // Neighbouring thresholds alternate between two label rows so they never overlap.
        let label_y = if bi % 2 == 0 { TOP - 8.0 } else { TOP - 22.0 };
        let _ = write!(
            s,
            "<line x1=\"{xd}\" y1=\"{}\" x2=\"{xd}\" y2=\"{}\" stroke=\"#8a6100\" stroke-dasharray=\"4 3\"/><text x=\"{xd}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#5b5750\">{} ({})</text>",
            D1(label_y + 2.0),
            D1(height - 14.0),
            D1(label_y),
            esc(&b.label),
            w.number(b.min)
        );
    }
    for (i, (name, total)) in rows.iter().enumerate() {
        let y = TOP + i as f64 * ROW_H;
        let yd = D1(y);
        let x = x_of(*total, scale_max);
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\">{}</text><rect x=\"{LABEL_W}\" y=\"{yd}\" width=\"{}\" height=\"{BAR_H}\" fill=\"#9b1c1c\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>",
            D1(LABEL_W - 6.0),
            D1(y + 12.5),
            esc(&truncate(name, 26)),
            D1((x - LABEL_W).max(0.0)),
            D1(x + 4.0),
            D1(y + 12.5),
            w.number(total)
        );
    }
    s.push_str("</svg>");
    s
}

/// A unit's points against the maximum, one row per criterion group.
pub fn points_against_max(w: &Words, title: &str, rows: &[(String, Points, Points)]) -> String {
    let height = TOP + rows.len() as f64 * ROW_H;
    let desc = rows
        .iter()
        .map(|(n, v, m)| format!("{n}: {}/{}", w.number(*v), w.number(*m)))
        .collect::<Vec<_>>()
        .join("; ");
    let mut s = open(title, &desc, height);
    for (i, (name, got, max)) in rows.iter().enumerate() {
        let y = TOP - 20.0 + i as f64 * ROW_H;
        let yd = D1(y);
        let full = x_of(*max, *max);
        let x = x_of(*got, *max);
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\">{}</text><rect x=\"{LABEL_W}\" y=\"{yd}\" width=\"{}\" height=\"{BAR_H}\" fill=\"#efe7d6\"/><rect x=\"{LABEL_W}\" y=\"{yd}\" width=\"{}\" height=\"{BAR_H}\" fill=\"#0b4f8a\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}/{}</text>",
            D1(LABEL_W - 6.0),
            D1(y + 12.5),
            esc(&truncate(name, 26)),
            D1(full - LABEL_W),
            D1((x - LABEL_W).max(0.0)),
            D1(full + 4.0),
            D1(y + 12.5),
            w.number(*got),
            w.number(*max)
        );
    }
    s.push_str("</svg>");
    s
}

/// Self-score against final points, two bars per criterion group.
pub fn self_against_final(
    w: &Words,
    title: &str,
    rows: &[(String, Option<Points>, Points, Points)],
) -> String {
    let row_h = ROW_H + 12.0;
    let height = TOP + rows.len() as f64 * row_h + 4.0;
    let desc = rows
        .iter()
        .map(|(n, s, f, _)| {
            let selfp = s.map(|p| w.number(p)).unwrap_or_else(|| "—".into());
            fill(w.chart_self_of, &[n, &selfp, &w.number(f)])
        })
        .collect::<Vec<_>>()
        .join("; ");
    let mut s = open(title, &desc, height);
    let _ = write!(
        s,
        "<rect x=\"{LABEL_W}\" y=\"4\" width=\"12\" height=\"10\" fill=\"#c9b27c\"/><text x=\"{}\" y=\"13\" font-size=\"11\">{}</text><rect x=\"{}\" y=\"4\" width=\"12\" height=\"10\" fill=\"#9b1c1c\"/><text x=\"{}\" y=\"13\" font-size=\"11\">{}</text>",
        D1(LABEL_W + 16.0),
        esc(w.self_score),
        D1(LABEL_W + 90.0),
        D1(LABEL_W + 106.0),
        esc(w.final_result)
    );
    for (i, (name, selfp, fin, max)) in rows.iter().enumerate() {
        let y = TOP - 10.0 + i as f64 * row_h;
        let yd = D1(y);
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\">{}</text>",
            D1(LABEL_W - 6.0),
            D1(y + 14.0),
            esc(&truncate(name, 26))
        );
        if let Some(sp) = selfp {
            let x = x_of(*sp, *max);
            let _ = write!(
                s,
                "<rect x=\"{LABEL_W}\" y=\"{yd}\" width=\"{}\" height=\"10\" fill=\"#c9b27c\"/><text x=\"{}\" y=\"{}\" font-size=\"10\">{}</text>",
                D1((x - LABEL_W).max(0.0)),
                D1(x + 4.0),
                D1(y + 9.0),
                w.number(sp)
            );
        }
        let x = x_of(*fin, *max);
        let _ = write!(
            s,
            "<rect x=\"{LABEL_W}\" y=\"{}\" width=\"{}\" height=\"10\" fill=\"#9b1c1c\"/><text x=\"{}\" y=\"{}\" font-size=\"10\">{}</text>",
            D1(y + 12.0),
            D1((x - LABEL_W).max(0.0)),
            D1(x + 4.0),
            D1(y + 21.0),
            w.number(fin)
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_have_one_decimal() {
        let shown: Vec<String> = [170.0, 3.04, 3.06, -3.5, 0.0, 12.25001, 599.99]
            .iter()
            .map(|&v| D1(v).to_string())
            .collect();
        assert_eq!(
            shown,
            ["170.0", "3.0", "3.1", "-3.5", "0.0", "12.3", "600.0"]
        );
    }

    #[test]
    fn charts_escape_names_and_draw_bands() {
        let bands = vec![Band {
            label: "Xuất sắc".into(),
            min: Points::from_int(90),
        }];
        let svg = totals_with_bands(
            &crate::render::engine::words::VI,
            "Tổng điểm",
            &[("<script>".into(), Points::from_int(95))],
            Points::from_int(100),
            &bands,
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("Xuất sắc (90)"));
        assert!(svg.contains("95"));
    }
}
