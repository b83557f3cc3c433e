//! Honoree photos made ready at build time, and the initials avatar for those without one.
//!
//! Each photo under `static/` is decoded once (JPEG or PNG), turned upright as its EXIF
//! orientation says, scaled down to [`WIDTHS`] (never up: a smaller original keeps its own
//! size) and encoded as JPEG into `photos/`. The same input always gives the same bytes. The
//! work is shared: whichever render job needs a photo first prepares it, the others wait for
//! that result ([`PhotoCache`]), and different photos are prepared in parallel.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use image::imageops::FilterType;
use image::{DynamicImage, GenericImageView, ImageDecoder, ImageFormat, ImageReader};
use serde::Serialize;

use crate::diag::Diagnostic;
use crate::model::honoree::{Honoree, HonoreeKind};

/// The widths, in pixels, a photo is offered at (`srcset`): a card and a profile, or the
/// same on a high-density screen.
pub const WIDTHS: [u32; 2] = [240, 480];

/// JPEG quality of the prepared photos: small files without visible blocks on faces.
const QUALITY: u8 = 82;

/// One prepared size of a photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// Output path, relative to the site root (`photos/nguyen-thi-lan-240w.jpg`).
    pub path: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The JPEG file.
    pub bytes: Vec<u8>,
}

/// Every photo the honorees use, prepared on first use.
#[derive(Debug, Default)]
pub struct PhotoCache {
    root: PathBuf,
    /// Photo path under `static/` → its prepared sizes, once made.
    entries: BTreeMap<String, OnceLock<Result<Vec<Variant>, Diagnostic>>>,
    /// Photo path → who uses it (for error messages): "`id` (Name), set at file:line".
    users: BTreeMap<String, Vec<String>>,
}

impl PhotoCache {
    /// A cache for the photos of `honorees` in the site at `root`; nothing is decoded yet.
    pub fn new(root: &Path, honorees: &[Honoree]) -> Self {
        let mut cache = PhotoCache {
            root: root.to_path_buf(),
            ..Default::default()
        };
        for h in honorees {
            if let Some(photo) = &h.photo {
                cache.entries.entry(photo.clone()).or_default();
                let at = h
                    .photo_origin
                    .as_ref()
                    .map(|o| Diagnostic::error(&o.file, o.pos, "", "").location())
                    .unwrap_or_else(|| h.source.display().to_string());
                cache
                    .users
                    .entry(photo.clone())
                    .or_default()
                    .push(format!("`{}` ({}), set at {at}", h.id, h.name));
            }
        }
        cache
    }

    /// The photo paths (under `static/`) in sorted order: one render job each.
    pub fn paths(&self) -> Vec<String> {
        self.entries.keys().cloned().collect()
    }

    /// The prepared sizes of a photo, smallest first; prepares it on first call.
    pub fn get(&self, photo: &str) -> Result<&[Variant], Diagnostic> {
        let Some(cell) = self.entries.get(photo) else {
            return Err(Diagnostic::error(
                Path::new("static").join(photo),
                None,
                "this photo was not registered for preparation",
                "this is a bug in bangvang; please report it",
            ));
        };
        match cell.get_or_init(|| self.prepare(photo)) {
            Ok(v) => Ok(v),
            Err(d) => Err(d.clone()),
        }
    }

    /// The output files of a photo (for its render job).
    pub fn files(&self, photo: &str) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        Ok(self
            .get(photo)?
            .iter()
            .map(|v| (v.path.clone(), v.bytes.clone()))
            .collect())
    }

    fn prepare(&self, photo: &str) -> Result<Vec<Variant>, Diagnostic> {
        let rel = Path::new("static").join(photo);
        let users = self
            .users
            .get(photo)
            .map(|u| u.join("; "))
            .unwrap_or_default();
        let fail = |what: String| {
            Diagnostic::error(
                &rel,
                None,
                format!("{what}; it is the photo of {users}"),
                "save the photo again as a JPEG or PNG file, or remove `photo:` from the honoree",
            )
        };
        let bytes = std::fs::read(self.root.join(&rel))
            .map_err(|e| fail(format!("the photo cannot be read ({e})")))?;
        prepare_bytes(&bytes, photo).map_err(fail)
    }
}

/// Decodes, turns upright, scales and encodes one photo. `photo` is its path under `static/`,
/// used to name the outputs.
pub fn prepare_bytes(bytes: &[u8], photo: &str) -> Result<Vec<Variant>, String> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| format!("the photo cannot be read ({e})"))?;
    if !matches!(reader.format(), Some(ImageFormat::Jpeg | ImageFormat::Png)) {
        return Err("the photo is not a JPEG or PNG image".into());
    }
    let broken = |e: image::ImageError| format!("the photo is damaged and cannot be decoded ({e})");
    // The JPEG decoder is lenient: a file cut short decodes with its missing part grey.
    // A complete JPEG has an end marker (FF D9); without it the file is damaged.
    if reader.format() == Some(ImageFormat::Jpeg) && !bytes.windows(2).any(|w| w == [0xFF, 0xD9]) {
        return Err(
            "the photo is damaged: the JPEG file is cut short (it has no end marker)".into(),
        );
    }
    let mut decoder = reader.into_decoder().map_err(broken)?;
    let orientation = decoder.orientation().map_err(broken)?;
    let mut img = DynamicImage::from_decoder(decoder).map_err(broken)?;
    img.apply_orientation(orientation);
    let (w, h) = img.dimensions();
    if w == 0 || h == 0 {
        return Err("the photo has no pixels".into());
    }
    let mut widths: Vec<u32> = WIDTHS.iter().map(|&t| t.min(w)).collect();
    widths.dedup();
    let upright = flatten(&img);
    widths
        .into_iter()
        .map(|tw| {
            let th =
                ((u64::from(h) * u64::from(tw) + u64::from(w) / 2) / u64::from(w)).max(1) as u32;
            let scaled = if tw == w {
                upright.clone()
            } else {
                image::imageops::resize(&upright, tw, th, FilterType::Lanczos3)
            };
            let mut out = Vec::new();
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, QUALITY)
                .encode_image(&scaled)
                .map_err(|e| format!("the photo cannot be encoded ({e})"))?;
            Ok(Variant {
                path: output_path(photo, tw),
                width: tw,
                height: scaled.height(),
                bytes: out,
            })
        })
        .collect()
}

/// RGB pixels, transparent parts laid on white (JPEG has no transparency).
fn flatten(img: &DynamicImage) -> image::RgbImage {
    let rgba = img.to_rgba8();
    let mut out = image::RgbImage::new(rgba.width(), rgba.height());
    for (x, y, p) in rgba.enumerate_pixels() {
        let [r, g, b, a] = p.0;
        let over =
            |c: u8| ((u32::from(c) * u32::from(a) + 255 * (255 - u32::from(a)) + 127) / 255) as u8;
        out.put_pixel(x, y, image::Rgb([over(r), over(g), over(b)]));
    }
    out
}

/// `photos/a/b.jpg` at 240 px → `photos/a/b-240w.jpg`; a PNG keeps a trace of its format in
/// the name (`b-png-240w.jpg`) so that `b.jpg` and `b.png` never share an output.
pub fn output_path(photo: &str, width: u32) -> String {
    let inner = photo.strip_prefix("photos/").unwrap_or(photo);
    let p = Path::new(inner);
    let stem = p.with_extension("").to_string_lossy().replace('\\', "/");
    let ext = p
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_lowercase();
    let mark = if ext == "png" { "-png" } else { "" };
    format!("photos/{stem}{mark}-{width}w.jpg")
}

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
pub fn portrait(cache: &PhotoCache, h: &Honoree) -> Result<PortraitView, Diagnostic> {
    let Some(photo) = &h.photo else {
        return Ok(PortraitView {
            photo: None,
            avatar: Some(avatar_svg(&h.id, &h.name, h.kind)),
        });
    };
    let variants = cache.get(photo)?;
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
            alt: format!("Ảnh {}", h.name),
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
    use image::{ImageEncoder, Rgb, RgbImage};

    /// A JPEG `w`×`h`, red on the left half, blue on the right, with an EXIF orientation
    /// tag when `orientation` is given (6 = turn 90° clockwise to view).
    fn jpeg(w: u32, h: u32, orientation: Option<u16>) -> Vec<u8> {
        let img = RgbImage::from_fn(w, h, |x, _| {
            if x < w / 2 {
                Rgb([220, 0, 0])
            } else {
                Rgb([0, 0, 220])
            }
        });
        let mut out = Vec::new();
        let mut enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90);
        if let Some(o) = orientation {
            let mut exif = b"II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0".to_vec();
            exif.extend_from_slice(&o.to_le_bytes());
            exif.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
            enc.set_exif_metadata(exif).unwrap();
        }
        enc.write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
            .unwrap();
        out
    }

    fn decode(bytes: &[u8]) -> RgbImage {
        image::load_from_memory(bytes).unwrap().to_rgb8()
    }

    #[test]
    fn two_widths_and_never_upscaled() {
        let v = prepare_bytes(&jpeg(800, 600, None), "photos/a.jpg").unwrap();
        let sizes: Vec<(u32, u32)> = v.iter().map(|x| (x.width, x.height)).collect();
        assert_eq!(sizes, vec![(240, 180), (480, 360)]);
        assert_eq!(v[0].path, "photos/a-240w.jpg");
        let v = prepare_bytes(&jpeg(300, 400, None), "photos/b.jpg").unwrap();
        let sizes: Vec<(u32, u32)> = v.iter().map(|x| (x.width, x.height)).collect();
        assert_eq!(
            sizes,
            vec![(240, 320), (300, 400)],
            "a 300 px original is kept at 300 px"
        );
        let v = prepare_bytes(&jpeg(200, 100, None), "photos/c.jpg").unwrap();
        assert_eq!(
            v.iter().map(|x| (x.width, x.height)).collect::<Vec<_>>(),
            vec![(200, 100)]
        );
        assert_eq!(decode(&v[0].bytes).dimensions(), (200, 100));
    }

    #[test]
    fn exif_orientation_turns_the_photo_upright() {
        // Stored 400×200 (red left, blue right); orientation 6 means the viewer turns it
        // 90° clockwise: upright it is 200×400 with red on top.
        let v = prepare_bytes(&jpeg(400, 200, Some(6)), "photos/r.jpg").unwrap();
        let big = v.last().unwrap();
        assert_eq!((big.width, big.height), (200, 400));
        let img = decode(&big.bytes);
        assert_eq!(img.dimensions(), (200, 400));
        let top = img.get_pixel(100, 20).0;
        let bottom = img.get_pixel(100, 380).0;
        assert!(top[0] > 150 && top[2] < 80, "top should be red: {top:?}");
        assert!(
            bottom[2] > 150 && bottom[0] < 80,
            "bottom should be blue: {bottom:?}"
        );
    }

    #[test]
    fn same_input_same_bytes_and_png_flattened() {
        let a = prepare_bytes(&jpeg(640, 480, None), "photos/a.jpg").unwrap();
        let b = prepare_bytes(&jpeg(640, 480, None), "photos/a.jpg").unwrap();
        assert_eq!(a, b);
        let mut png = Vec::new();
        image::RgbaImage::from_pixel(10, 10, image::Rgba([0, 0, 0, 0]))
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .unwrap();
        let v = prepare_bytes(&png, "photos/t.png").unwrap();
        assert_eq!(v[0].path, "photos/t-png-10w.jpg");
        assert!(
            decode(&v[0].bytes)
                .get_pixel(5, 5)
                .0
                .iter()
                .all(|&c| c > 240),
            "transparent becomes white"
        );
    }

    #[test]
    fn broken_photo_names_the_file_and_the_honoree() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("static/photos")).unwrap();
        let mut bytes = jpeg(64, 64, None);
        bytes.truncate(bytes.len() / 3);
        std::fs::write(dir.path().join("static/photos/hong.jpg"), &bytes).unwrap();
        std::fs::write(dir.path().join("static/photos/gif.jpg"), b"GIF89a....").unwrap();
        let mk = |id: &str, name: &str, photo: &str| Honoree {
            id: id.into(),
            name: name.into(),
            kind: HonoreeKind::Individual,
            unit: None,
            position: String::new(),
            field: String::new(),
            photo: Some(photo.into()),
            summary: String::new(),
            achievements: Vec::new(),
            awards: Vec::new(),
            story: String::new(),
            illustrative: None,
            source: PathBuf::from(format!("content/honorees/{id}.md")),
            unit_origin: None,
            photo_origin: Some(crate::model::honoree::Origin {
                file: PathBuf::from(format!("content/honorees/{id}.md")),
                pos: Some(crate::diag::Pos::new(5, 1)),
            }),
        };
        let hs = [
            mk("pham-thi-ung", "Phạm Thị Ưng", "photos/hong.jpg"),
            mk("a", "A", "photos/gif.jpg"),
            mk("b", "B", "photos/missing.jpg"),
        ];
        let cache = PhotoCache::new(dir.path(), &hs);
        let e = portrait(&cache, &hs[0]).unwrap_err().to_string();
        assert!(
            e.starts_with(
                "error: static/photos/hong.jpg: the photo is damaged: the JPEG file is cut short"
            ),
            "{e}"
        );
        assert!(
            e.contains(
                "`pham-thi-ung` (Phạm Thị Ưng), set at content/honorees/pham-thi-ung.md:5:1"
            ),
            "{e}"
        );
        assert_eq!(
            cache.files("photos/hong.jpg").unwrap_err().to_string(),
            e,
            "the failure is remembered, not redone"
        );
        assert!(
            portrait(&cache, &hs[1])
                .unwrap_err()
                .to_string()
                .contains("not a JPEG or PNG")
        );
        assert!(
            portrait(&cache, &hs[2])
                .unwrap_err()
                .to_string()
                .contains("static/photos/missing.jpg: the photo cannot be read")
        );
    }

    #[test]
    fn a_png_cut_short_is_damaged() {
        let mut png = Vec::new();
        RgbImage::from_fn(64, 64, |x, y| Rgb([x as u8 * 4, y as u8 * 4, 7]))
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .unwrap();
        png.truncate(png.len() / 2);
        assert!(
            prepare_bytes(&png, "photos/p.png")
                .unwrap_err()
                .starts_with("the photo is damaged")
        );
    }

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
