//! Pictures drawn at build time as SVG: no JavaScript, they print. Every chart has a title
//! and a description for screen readers, and its numbers are also in a table on the page.

use crate::model::{Band, Points};
use crate::render::engine::words::{Words, fill};
use crate::text::{push_escaped, push_int};

const WIDTH: f64 = 640.0;
const LABEL_W: f64 = 170.0;
const ROW_H: f64 = 26.0;
const TOP: f64 = 44.0;
/// [`LABEL_W`] as it is written.
const LABEL_X: &str = "170";
/// The height of a bar.
const BAR_HEIGHT: &str = "16";

/// An SVG picture being written: markup, coordinates with one decimal, escaped text and
/// numbers as the language writes them, appended to one string (a national site draws two
/// charts on each of tens of thousands of scorecards).
struct Svg<'w> {
    s: String,
    w: &'w Words,
}

impl Svg<'_> {
    fn raw(&mut self, markup: &str) -> &mut Self {
        self.s.push_str(markup);
        self
    }

    /// A coordinate written with one decimal (`170.0`, `-3.5`), counted in whole tenths.
    fn d1(&mut self, v: f64) -> &mut Self {
        let tenths = (v * 10.0).round() as i64;
        if tenths < 0 {
            self.s.push('-');
        }
        let t = tenths.unsigned_abs();
        push_int(&mut self.s, t / 10);
        self.s.push('.');
        self.s.push(char::from(b'0' + (t % 10) as u8));
        self
    }

    fn text(&mut self, t: &str) -> &mut Self {
        push_escaped(&mut self.s, t);
        self
    }

    /// A row's name, cut to 26 characters with "…".
    fn label(&mut self, name: &str) -> &mut Self {
        match name.char_indices().nth(25) {
            Some((end, _)) if name[end..].chars().nth(1).is_some() => {
                push_escaped(&mut self.s, &name[..end]);
                self.s.push('…');
            }
            _ => push_escaped(&mut self.s, name),
        }
        self
    }

    fn num(&mut self, p: Points) -> &mut Self {
        self.w.push_number(&mut self.s, p);
        self
    }

    /// A row's name, right-aligned before the bars, its baseline at `y`.
    fn name_at(&mut self, y: f64, name: &str) -> &mut Self {
        self.raw("<text x=\"")
            .d1(LABEL_W - 6.0)
            .raw("\" y=\"")
            .d1(y)
            .raw("\" font-size=\"12\" text-anchor=\"end\">")
            .label(name)
            .raw("</text>")
    }

    /// A bar from the left edge of the bars, `width` wide.
    fn bar(&mut self, y: f64, width: f64, height: &str, fill: &str) -> &mut Self {
        self.raw("<rect x=\"")
            .raw(LABEL_X)
            .raw("\" y=\"")
            .d1(y)
            .raw("\" width=\"")
            .d1(width)
            .raw("\" height=\"")
            .raw(height)
            .raw("\" fill=\"")
            .raw(fill)
            .raw("\"/>")
    }

    /// The opening of a number's text at (`x`, `y`); the caller writes the number and
    /// `</text>`.
    fn value_at(&mut self, x: f64, y: f64, size: &str) -> &mut Self {
        self.raw("<text x=\"")
            .d1(x)
            .raw("\" y=\"")
            .d1(y)
            .raw("\" font-size=\"")
            .raw(size)
            .raw("\">")
    }

    /// The opening of the picture, with its title and description for screen readers.
    fn open<'w>(w: &'w Words, title: &str, desc: &str, height: f64, rows: usize) -> Svg<'w> {
        let mut svg = Svg {
            s: String::with_capacity(512 + desc.len() + 2 * title.len() + rows * 400),
            w,
        };
        svg.raw("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 ");
        push_int(&mut svg.s, height.round() as u64);
        svg.raw("\" width=\"640\" height=\"");
        push_int(&mut svg.s, height.round() as u64);
        svg.raw("\" role=\"img\" aria-label=\"")
            .text(title)
            .raw("\"><title>")
            .text(title)
            .raw("</title><desc>")
            .text(desc)
            .raw("</desc>");
        svg
    }

    fn close(mut self) -> String {
        self.s.push_str("</svg>");
        self.s
    }
}

fn x_of(value: Points, max: Points) -> f64 {
    if max.hundredths() <= 0 {
        return LABEL_W;
    }
    let frac = (value.as_f64() / max.as_f64()).clamp(0.0, 1.0);
    LABEL_W + frac * (WIDTH - LABEL_W - 60.0)
}

/// The description of a chart: one `pattern` filled per row, joined with "; ".
fn describe<T>(rows: &[T], mut each: impl FnMut(&T) -> String) -> String {
    let mut desc = String::new();
    for (i, r) in rows.iter().enumerate() {
        if i > 0 {
            desc.push_str("; ");
        }
        desc.push_str(&each(r));
    }
    desc
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
    let desc = describe(rows, |(n, v)| fill(w.chart_points_of, &[n, &w.number(v)]));
    let mut s = Svg::open(w, title, &desc, height, rows.len() + bands.len());
    for (bi, b) in bands.iter().enumerate() {
        let xd = x_of(b.min, scale_max);
        // Neighbouring thresholds alternate between two label rows so they never overlap.
        let label_y = if bi % 2 == 0 { TOP - 8.0 } else { TOP - 22.0 };
        s.raw("<line x1=\"")
            .d1(xd)
            .raw("\" y1=\"")
            .d1(label_y + 2.0)
            .raw("\" x2=\"")
            .d1(xd)
            .raw("\" y2=\"")
            .d1(height - 14.0)
            .raw("\" stroke=\"#8a6100\" stroke-dasharray=\"4 3\"/><text x=\"")
            .d1(xd)
            .raw("\" y=\"")
            .d1(label_y)
            .raw("\" font-size=\"10\" text-anchor=\"middle\" fill=\"#5b5750\">")
            .text(&b.label)
            .raw(" (")
            .num(b.min)
            .raw(")</text>");
    }
    for (i, (name, total)) in rows.iter().enumerate() {
        let y = TOP + i as f64 * ROW_H;
        let x = x_of(*total, scale_max);
        s.name_at(y + 12.5, name)
            .bar(y, (x - LABEL_W).max(0.0), BAR_HEIGHT, "#9b1c1c")
            .value_at(x + 4.0, y + 12.5, "12")
            .num(*total)
            .raw("</text>");
    }
    s.close()
}

/// A unit's points against the maximum, one row per criterion group.
pub fn points_against_max(w: &Words, title: &str, rows: &[(String, Points, Points)]) -> String {
    let height = TOP + rows.len() as f64 * ROW_H;
    let desc = describe(rows, |(n, v, m)| {
        format!("{n}: {}/{}", w.number(*v), w.number(*m))
    });
    let mut s = Svg::open(w, title, &desc, height, rows.len());
    for (i, (name, got, max)) in rows.iter().enumerate() {
        let y = TOP - 20.0 + i as f64 * ROW_H;
        let full = x_of(*max, *max);
        let x = x_of(*got, *max);
        s.name_at(y + 12.5, name)
            .bar(y, full - LABEL_W, BAR_HEIGHT, "#efe7d6")
            .bar(y, (x - LABEL_W).max(0.0), BAR_HEIGHT, "#0b4f8a")
            .value_at(full + 4.0, y + 12.5, "12")
            .num(*got)
            .raw("/")
            .num(*max)
            .raw("</text>");
    }
    s.close()
}

/// Self-score against final points, two bars per criterion group.
pub fn self_against_final(
    w: &Words,
    title: &str,
    rows: &[(String, Option<Points>, Points, Points)],
) -> String {
    let row_h = ROW_H + 12.0;
    let height = TOP + rows.len() as f64 * row_h + 4.0;
    let desc = describe(rows, |(n, s, f, _)| {
        let selfp = s.map(|p| w.number(p)).unwrap_or_else(|| "—".into());
        fill(w.chart_self_of, &[n, &selfp, &w.number(f)])
    });
    let mut s = Svg::open(w, title, &desc, height, 2 * rows.len());
    s.raw("<rect x=\"")
        .raw(LABEL_X)
        .raw("\" y=\"4\" width=\"12\" height=\"10\" fill=\"#c9b27c\"/><text x=\"")
        .d1(LABEL_W + 16.0)
        .raw("\" y=\"13\" font-size=\"11\">")
        .text(w.self_score)
        .raw("</text><rect x=\"")
        .d1(LABEL_W + 90.0)
        .raw("\" y=\"4\" width=\"12\" height=\"10\" fill=\"#9b1c1c\"/><text x=\"")
        .d1(LABEL_W + 106.0)
        .raw("\" y=\"13\" font-size=\"11\">")
        .text(w.final_result)
        .raw("</text>");
    for (i, (name, selfp, fin, max)) in rows.iter().enumerate() {
        let y = TOP - 10.0 + i as f64 * row_h;
        s.name_at(y + 14.0, name);
        if let Some(sp) = selfp {
            let x = x_of(*sp, *max);
            s.bar(y, (x - LABEL_W).max(0.0), "10", "#c9b27c")
                .value_at(x + 4.0, y + 9.0, "10")
                .num(*sp)
                .raw("</text>");
        }
        let x = x_of(*fin, *max);
        s.bar(y + 12.0, (x - LABEL_W).max(0.0), "10", "#9b1c1c")
            .value_at(x + 4.0, y + 21.0, "10")
            .num(*fin)
            .raw("</text>");
    }
    s.close()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d1(v: f64) -> String {
        let mut svg = Svg {
            s: String::new(),
            w: &crate::render::engine::words::VI,
        };
        svg.d1(v);
        svg.s
    }

    #[test]
    fn coordinates_have_one_decimal() {
        let shown: Vec<String> = [170.0, 3.04, 3.06, -3.5, 0.0, 12.25001, 599.99]
            .iter()
            .map(|&v| d1(v))
            .collect();
        assert_eq!(
            shown,
            ["170.0", "3.0", "3.1", "-3.5", "0.0", "12.3", "600.0"]
        );
    }

    #[test]
    fn constants_are_written_as_they_are() {
        assert_eq!(LABEL_W.to_string(), LABEL_X);
        assert_eq!(WIDTH.to_string(), "640");
    }

    #[test]
    fn long_names_are_cut_to_26_characters() {
        let cut = |name: &str| {
            let mut svg = Svg {
                s: String::new(),
                w: &crate::render::engine::words::VI,
            };
            svg.label(name);
            svg.s
        };
        assert_eq!(cut("Tiêu chí 1"), "Tiêu chí 1");
        let exact = "ă".repeat(26);
        assert_eq!(cut(&exact), exact);
        assert_eq!(cut(&"ă".repeat(27)), format!("{}…", "ă".repeat(25)));
        assert_eq!(cut("a<b"), "a&lt;b");
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
