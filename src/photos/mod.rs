//! Honoree photos made ready for the web, a stage of the build of its own (between loading
//! and rendering): it reads image files and does the one heavy computation of a build.
//!
//! Each photo under `static/` that an honoree uses is decoded once (JPEG or PNG), turned
//! upright as its EXIF orientation says, scaled down to [`WIDTHS`] (never up: a smaller
//! original keeps its own size) and encoded as JPEG into `photos/` (addresses from
//! [`crate::routes::photo`]). Photos are prepared in parallel; the same input always gives the
//! same bytes. Pages only read the result: the sizes of each photo, to print `srcset`.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::Path;

use image::imageops::FilterType;
use image::{DynamicImage, GenericImageView, ImageDecoder, ImageFormat, ImageReader};
use rayon::prelude::*;

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::honoree::Honoree;

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

/// Every photo the honorees use, prepared: photo path under `static/` → its sizes, smallest
/// first, or why it could not be prepared.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Photos {
    entries: BTreeMap<String, Result<Vec<Variant>, Diagnostic>>,
}

impl Photos {
    /// Prepares, in parallel, every photo of `honorees` in the site at `root`.
    pub fn prepare(root: &Path, honorees: &[Honoree]) -> Photos {
        let mut users: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for h in honorees {
            if let Some(photo) = &h.photo {
                let at = h
                    .photo_origin
                    .as_ref()
                    .map(|o| Diagnostic::error(&o.file, o.pos, "", "").location())
                    .unwrap_or_else(|| h.source.display().to_string());
                users
                    .entry(photo)
                    .or_default()
                    .push(format!("`{}` ({}), set at {at}", h.id, h.name));
            }
        }
        let entries = users
            .into_par_iter()
            .map(|(photo, users)| (photo.to_string(), prepare_file(root, photo, &users)))
            .collect();
        Photos { entries }
    }

    /// The photo paths (under `static/`), sorted.
    pub fn paths(&self) -> Vec<String> {
        self.entries.keys().cloned().collect()
    }

    /// The prepared sizes of a photo, smallest first.
    pub fn get(&self, photo: &str) -> Result<&[Variant], Diagnostic> {
        match self.entries.get(photo) {
            Some(Ok(v)) => Ok(v),
            Some(Err(d)) => Err(d.clone()),
            None => Err(Diagnostic::error(
                Path::new("static").join(photo),
                None,
                "this photo was not prepared",
                "this is a bug in bangvang; please report it",
            )),
        }
    }

    /// The output files of a photo: (path, bytes) of each size.
    pub fn files(&self, photo: &str) -> Result<Vec<(String, &[u8])>, Diagnostic> {
        Ok(self
            .get(photo)?
            .iter()
            .map(|v| (v.path.clone(), v.bytes.as_slice()))
            .collect())
    }

    /// Why photos could not be prepared, one error per photo.
    pub fn errors(&self) -> Diagnostics {
        let mut diags = Diagnostics::new();
        for d in self.entries.values().filter_map(|e| e.as_ref().err()) {
            diags.push(d.clone());
        }
        diags
    }
}

/// Reads and prepares one photo; `users` says who uses it, for the error message.
fn prepare_file(root: &Path, photo: &str, users: &[String]) -> Result<Vec<Variant>, Diagnostic> {
    let rel = Path::new("static").join(photo);
    let fail = |what: String| {
        Diagnostic::error(
            &rel,
            None,
            format!("{what}; it is the photo of {}", users.join("; ")),
            "save the photo again as a JPEG or PNG file, or remove `photo:` from the honoree",
        )
    };
    let bytes = std::fs::read(root.join(&rel))
        .map_err(|e| fail(format!("the photo cannot be read ({e})")))?;
    prepare_bytes(&bytes, photo).map_err(fail)
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
                path: crate::routes::photo(photo, tw),
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
    fn broken_photo_names_the_file_and_the_honoree() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("static/photos")).unwrap();
        let mut bytes = jpeg(64, 64, None);
        bytes.truncate(bytes.len() / 3);
        std::fs::write(dir.path().join("static/photos/hong.jpg"), &bytes).unwrap();
        std::fs::write(dir.path().join("static/photos/gif.jpg"), b"GIF89a....").unwrap();
        let mk = |id: &str, name: &str, photo: &str| Honoree {
            photo: Some(photo.into()),
            photo_origin: Some(crate::model::honoree::Origin {
                file: std::path::PathBuf::from(format!("content/honorees/{id}.md")),
                pos: Some(crate::diag::Pos::new(5, 1)),
            }),
            ..Honoree::named(id, name, crate::model::honoree::HonoreeKind::Individual)
        };
        let hs = [
            mk("pham-thi-ung", "Phạm Thị Ưng", "photos/hong.jpg"),
            mk("a", "A", "photos/gif.jpg"),
            mk("b", "B", "photos/missing.jpg"),
        ];
        let photos = Photos::prepare(dir.path(), &hs);
        let e = photos.get("photos/hong.jpg").unwrap_err().to_string();
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
        assert!(
            photos
                .get("photos/gif.jpg")
                .unwrap_err()
                .to_string()
                .contains("not a JPEG or PNG")
        );
        assert!(
            photos
                .get("photos/missing.jpg")
                .unwrap_err()
                .to_string()
                .contains("static/photos/missing.jpg: the photo cannot be read")
        );
        assert_eq!(photos.errors().error_count(), 3);
    }
}
