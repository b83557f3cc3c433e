//! The picture of an honoree: their photo in its prepared sizes, or an initials avatar.

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::model::honoree::{Honoree, HonoreeKind};
use crate::photos::Photos;
use crate::render::engine::words::{Words, fill};

/// A photo as a template prints it: `<img src srcset width height alt loading="lazy">`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PhotoView {
    /// Root-relative address of the largest size (the `src`).
    pub url: String,
    /// Every size, smallest first, for `srcset`.
    pub sources: Vec<SourceView>,
    /// Intrinsic width of `url`.
    pub width: u32,
    /// Intrinsic height of `url`.
    pub height: u32,
    /// Text alternative.
    pub alt: String,
}

/// One `srcset` entry.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SourceView {
    /// Root-relative address.
    pub url: String,
    /// Width in pixels (the `w` descriptor).
    pub width: u32,
}

/// The picture of an honoree: their photo, or an initials avatar when they have none.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PortraitView {
    /// The photo, when there is one.
    pub photo: Option<PhotoView>,
    /// Inline SVG markup of the avatar, when there is no photo.
    pub avatar: Option<String>,
}

/// The portrait of an honoree (prepares the photo on first use).
pub fn portrait(w: &Words, photos: &Photos, h: &Honoree) -> Result<PortraitView, Diagnostic> {
    let Some(photo) = &h.photo else {
        return Ok(PortraitView {
            photo: None,
            avatar: Some(avatar_svg(&h.id, &h.name, h.kind)),
        });
    };
    let variants = photos.get(photo)?;
    let largest = variants
        .last()
        .expect("a prepared photo has at least one size");
    Ok(PortraitView {
        photo: Some(PhotoView {
            url: largest.path.clone(),
            sources: variants
                .iter()
                .map(|v| SourceView {
                    url: v.path.clone(),
                    width: v.width,
                })
                .collect(),
            width: largest.width,
            height: largest.height,
            alt: fill(w.photo_of, &[&h.name]),
        }),
        avatar: None,
    })
}

/// A square SVG with the honoree's initials on a colour chosen from the id, so the same
/// honoree always gets the same colour. The colour is dark enough for white letters
/// (contrast above 4.5:1). It is kept short (the font family comes from the stylesheet):
/// an index of thousands of honorees carries one per card.
pub fn avatar_svg(id: &str, name: &str, kind: HonoreeKind) -> String {
    let (r, g, b) = colour_of(id);
    let letters = initials(name);
    let shape = match kind {
        HonoreeKind::Individual => r#"<circle cx="50" cy="50" r="50""#.to_string(),
        HonoreeKind::Collective => r#"<rect width="100" height="100" rx="14""#.to_string(),
    };
    format!(
        r##"<svg class="avatar" viewBox="0 0 100 100" width="240" height="240" role="img" aria-label="{label}">{shape} fill="#{r:02x}{g:02x}{b:02x}"/><text x="50" y="63" text-anchor="middle" font-size="38" font-weight="700" fill="#fff">{letters}</text></svg>"##,
        label = crate::text::escape_html(name),
        letters = crate::text::escape_html(&letters),
    )
}

/// The first letter of the first and of the last word, upper case ("Nguyễn Văn Dũng" → "ND").
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = |w: &str| {
        w.chars()
            .find(|c| c.is_alphanumeric())
            .map(|c| c.to_uppercase().collect::<String>())
            .unwrap_or_default()
    };
    match words.as_slice() {
        [] => "?".into(),
        [one] => first(one),
        [a, .., z] => format!("{}{}", first(a), first(z)),
    }
}

/// A colour from the id: the hue from a hash (FNV-1a), saturation and lightness fixed.
fn colour_of(id: &str) -> (u8, u8, u8) {
    let hash = id.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    hsl_to_rgb(hash % 360, 0.45, 0.32)
}

fn hsl_to_rgb(hue: u32, s: f64, l: f64) -> (u8, u8, u8) {
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let h = f64::from(hue) / 60.0;
    let x = c * (1.0 - (h % 2.0 - 1.0).abs());
    let (r, g, b) = match hue / 60 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let m = l - c / 2.0;
    let to = |v: f64| ((v + m) * 255.0).round() as u8;
    (to(r), to(g), to(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn avatars_are_stable_and_readable() {
        assert_eq!(initials("Nguyễn Văn Dũng"), "ND");
        assert_eq!(initials("Đội Thông tin lưu động Phường Tam Hiệp"), "ĐH");
        assert_eq!(initials("Út"), "Ú");
        let a = avatar_svg("le-van-ut", "Lê Văn Út", HonoreeKind::Individual);
        assert_eq!(
            a,
            avatar_svg("le-van-ut", "Lê Văn Út", HonoreeKind::Individual)
        );
        assert!(
            a.contains("<circle")
                && a.contains(">LÚ</text>")
                && a.contains(r#"aria-label="Lê Văn Út""#),
            "{a}"
        );
        assert_ne!(colour_of("a"), colour_of("b"));
        for hue in (0..360).step_by(7) {
            let (r, g, b) = hsl_to_rgb(hue, 0.45, 0.32);
            let lin = |c: u8| {
                let c = f64::from(c) / 255.0;
                if c <= 0.03928 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            };
            let lum = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
            assert!(
                1.05 / (lum + 0.05) >= 4.5,
                "hue {hue}: contrast {}",
                1.05 / (lum + 0.05)
            );
        }
    }
}
