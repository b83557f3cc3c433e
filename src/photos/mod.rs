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

use crate::diag::catalogue::site as msg;
use crate::diag::{Diagnostic, Diagnostics, Lang, Text};
use crate::model::honoree::Honoree;

/// The widths, in pixels, a photo is offered at (`srcset`): a card and a profile, or the
/// same on a high-density screen.
pub const WIDTHS: [u32; 2] = [240, 480];

/// The most memory a photo's decoder may take, whatever the limit of pixels: 50 million
/// pixels of RGBA, with room to spare.
const MAX_DECODE_BYTES: u64 = 512 * 1024 * 1024;

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
    /// Prepares, in parallel, every photo of `honorees` in the site at `root`; a photo of
    /// more than `max_megapixels` million pixels is refused before it is decoded.
    pub fn prepare(root: &Path, honorees: &[Honoree], max_megapixels: u32) -> Photos {
        let mut users: BTreeMap<&str, Vec<Text>> = BTreeMap::new();
        for h in honorees {
            if let Some(photo) = &h.photo {
                let at = h
                    .photo_origin
                    .as_ref()
                    .map(|o| {
                        Diagnostic::error(&o.file, o.pos, Text::default(), Text::default())
                            .location()
                    })
                    .unwrap_or_else(|| h.source.display().to_string());
                users.entry(photo).or_default().push(crate::t!(
                    msg::PHOTO_USER,
                    id = &h.id,
                    name = &h.name,
                    at = at
                ));
            }
        }
        let entries = users
            .into_par_iter()
            .map(|(photo, users)| {
                let prepared = prepare_file(root, photo, &users, max_megapixels);
                (photo.to_string(), prepared)
            })
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
                msg::PHOTO_NOT_PREPARED,
                msg::REPORT_BUG,
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
fn prepare_file(
    root: &Path,
    photo: &str,
    users: &[Text],
    max_megapixels: u32,
) -> Result<Vec<Variant>, Diagnostic> {
    let rel = Path::new("static").join(photo);
    let users = users
        .iter()
        .fold(Text::default(), |all, user| all.join("; ", user));
    let fail = |e: Refused| {
        let hint = match e {
            Refused::TooLarge { .. } => crate::t!(msg::PHOTO_TOO_LARGE_HINT, max = max_megapixels),
            Refused::Broken(_) => msg::PHOTO_BROKEN_HINT.into(),
        };
        Diagnostic::error(
            &rel,
            None,
            crate::t!(msg::PHOTO_OF, why = e.text(), users = &users),
            hint,
        )
    };
    let bytes = crate::load::files::read_bytes(root, &rel, crate::load::files::MAX_PHOTO_BYTES)
        .map_err(|d| {
            fail(Refused::Broken(crate::t!(
                msg::PHOTO_UNREADABLE,
                error = d.message
            )))
        })?;
    prepare_bytes(&bytes, photo, u64::from(max_megapixels) * 1_000_000).map_err(fail)
}

/// Why a photo is not prepared.
#[derive(Debug)]
pub enum Refused {
    /// More pixels than the limit: refused before decoding.
    TooLarge {
        /// Width in pixels, as the file declares it.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
    /// Not a photo that can be read.
    Broken(Text),
}

impl Refused {
    /// What is wrong, in both languages.
    pub fn text(&self) -> Text {
        match self {
            Refused::TooLarge { width, height } => crate::t!(
                msg::PHOTO_TOO_LARGE,
                width = width,
                height = height,
                millions = format!("{:.0}", f64::from(*width) * f64::from(*height) / 1e6)
            ),
            Refused::Broken(why) => why.clone(),
        }
    }
}

/// In English (logs and tests).
impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text().get(Lang::En))
    }
}

impl From<Text> for Refused {
    fn from(why: Text) -> Self {
        Refused::Broken(why)
    }
}

/// Decodes, turns upright, scales and encodes one photo. `photo` is its path under `static/`,
/// used to name the outputs. The size the file declares is checked against `max_pixels`
/// before anything is decoded, and the decoder's memory is capped besides.
pub fn prepare_bytes(bytes: &[u8], photo: &str, max_pixels: u64) -> Result<Vec<Variant>, Refused> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| crate::t!(msg::PHOTO_UNREADABLE, error = e))?;
    if !matches!(reader.format(), Some(ImageFormat::Jpeg | ImageFormat::Png)) {
        return Err(Text::from(msg::PHOTO_NOT_JPEG_OR_PNG).into());
    }
    let broken = |e: image::ImageError| crate::t!(msg::PHOTO_DAMAGED, error = e);
    // The JPEG decoder is lenient: a file cut short decodes with its missing part grey.
    // A complete JPEG has an end marker (FF D9); without it the file is damaged.
    if reader.format() == Some(ImageFormat::Jpeg) && !bytes.windows(2).any(|w| w == [0xFF, 0xD9]) {
        return Err(Text::from(msg::PHOTO_CUT_SHORT).into());
    }
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(broken)?;
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > max_pixels {
        return Err(Refused::TooLarge {
            width: w,
            height: h,
        });
    }
    let orientation = decoder.orientation().map_err(broken)?;
    let mut img = DynamicImage::from_decoder(decoder).map_err(broken)?;
    img.apply_orientation(orientation);
    let (w, h) = img.dimensions();
    if w == 0 || h == 0 {
        return Err(Text::from(msg::PHOTO_EMPTY).into());
    }
    let mut widths: Vec<u32> = WIDTHS.iter().map(|&t| t.min(w)).collect();
    widths.dedup();
    let upright = flatten(img);
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
                .map_err(|e| crate::t!(msg::PHOTO_CANNOT_ENCODE, error = e))?;
            Ok(Variant {
                path: crate::routes::photo(photo, tw),
                width: tw,
                height: scaled.height(),
                bytes: out,
            })
        })
        .collect()
}

/// RGB pixels, transparent parts laid on white (JPEG has no transparency). The image is
/// consumed, so that a large photo is not held twice.
fn flatten(img: DynamicImage) -> image::RgbImage {
    if !img.color().has_alpha() {
        return img.into_rgb8();
    }
    let rgba = img.into_rgba8();
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

    /// The default limit of config.yaml.
    const LIMIT: u64 = 50_000_000;

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
        let v = prepare_bytes(&jpeg(800, 600, None), "photos/a.jpg", LIMIT).unwrap();
        let sizes: Vec<(u32, u32)> = v.iter().map(|x| (x.width, x.height)).collect();
        assert_eq!(sizes, vec![(240, 180), (480, 360)]);
        assert_eq!(v[0].path, "photos/a-240w.jpg");
        let v = prepare_bytes(&jpeg(300, 400, None), "photos/b.jpg", LIMIT).unwrap();
        let sizes: Vec<(u32, u32)> = v.iter().map(|x| (x.width, x.height)).collect();
        assert_eq!(
            sizes,
            vec![(240, 320), (300, 400)],
            "a 300 px original is kept at 300 px"
        );
        let v = prepare_bytes(&jpeg(200, 100, None), "photos/c.jpg", LIMIT).unwrap();
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
        let v = prepare_bytes(&jpeg(400, 200, Some(6)), "photos/r.jpg", LIMIT).unwrap();
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
        let a = prepare_bytes(&jpeg(640, 480, None), "photos/a.jpg", LIMIT).unwrap();
        let b = prepare_bytes(&jpeg(640, 480, None), "photos/a.jpg", LIMIT).unwrap();
        assert_eq!(a, b);
        let mut png = Vec::new();
        image::RgbaImage::from_pixel(10, 10, image::Rgba([0, 0, 0, 0]))
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .unwrap();
        let v = prepare_bytes(&png, "photos/t.png", LIMIT).unwrap();
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
            prepare_bytes(&png, "photos/p.png", LIMIT)
                .unwrap_err()
                .to_string()
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
        let photos = Photos::prepare(dir.path(), &hs, 50);
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

    /// The CRC-32 of PNG chunks.
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    /// A PNG that declares a size far beyond its bytes (the header only): refused at once,
    /// before any pixel is decoded or any memory taken for them.
    #[test]
    fn a_huge_declared_size_is_refused_before_decoding() {
        let mut png = Vec::new();
        RgbImage::new(4, 4)
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .unwrap();
        // IHDR: width and height are the 4-byte words at 16 and 20, its CRC at 29.
        png[16..20].copy_from_slice(&65_500u32.to_be_bytes());
        png[20..24].copy_from_slice(&65_500u32.to_be_bytes());
        let crc = crc32(&png[12..29]);
        png[29..33].copy_from_slice(&crc.to_be_bytes());
        let started = std::time::Instant::now();
        let e = prepare_bytes(&png, "photos/big.png", LIMIT).unwrap_err();
        assert!(
            matches!(
                e,
                Refused::TooLarge {
                    width: 65_500,
                    height: 65_500
                }
            ),
            "{e}"
        );
        assert!(started.elapsed().as_secs() < 2);
        assert!(
            e.to_string().contains("65500×65500 pixels (4290 million)"),
            "{e}"
        );
    }
}
