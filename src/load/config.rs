//! `config.yaml`: the site settings (SPEC §2).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diag::catalogue::load as msg;
use crate::diag::catalogue::site::ID_HINT;
use crate::diag::{Diagnostic, Diagnostics, Pos, SourceText};
use crate::load::files::read_text;
use crate::load::yaml_error;

/// Site settings read from `config.yaml`.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Site title, shown in every page header.
    pub title: String,
    /// One-line description for the home page and feeds.
    pub description: String,
    /// Where the site will be published (used only for `sitemap.xml` and `atom.xml`, which
    /// need absolute addresses; every link in pages stays relative). May be empty.
    pub base_url: String,
    /// Language of the pages (`vi`).
    pub language: String,
    /// Theme name: `themes/<name>/` in the site overrides the built-in theme file by file.
    pub theme: String,
    /// Output folder, relative to the site root unless absolute.
    pub output_dir: PathBuf,
    /// Name of the publishing office shown in the footer.
    pub organisation: String,
    /// Phone numbers and e-mail addresses meant to be published (an office's switchboard):
    /// the privacy lint of `check` does not warn about them.
    pub public_contacts: Vec<String>,
    /// Names in the output folder kept across builds besides those starting with `.`
    /// (`CNAME` of a static host, a verification file).
    pub keep_in_output: Vec<String>,
    /// Photos larger than this many million pixels are refused before they are decoded.
    pub max_photo_megapixels: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Option<String>,
    description: Option<String>,
    base_url: Option<String>,
    language: Option<String>,
    theme: Option<String>,
    output_dir: Option<String>,
    organisation: Option<String>,
    public_contacts: Option<Vec<String>>,
    keep_in_output: Option<Vec<String>>,
    max_photo_megapixels: Option<u32>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: "Bảng vàng thi đua".into(),
            description: String::new(),
            base_url: String::new(),
            language: "vi".into(),
            theme: "default".into(),
            output_dir: PathBuf::from("public"),
            organisation: String::new(),
            public_contacts: Vec::new(),
            keep_in_output: Vec::new(),
            max_photo_megapixels: 50,
        }
    }
}

/// The file name of the site settings.
pub const CONFIG_FILE: &str = "config.yaml";

/// Reads `config.yaml` at the site root. A missing file is an error: it is what makes a
/// folder a site.
pub fn load_config(root: &Path, diags: &mut Diagnostics) -> Option<Config> {
    let rel = Path::new(CONFIG_FILE);
    if !root.join(rel).is_file() {
        diags.push(Diagnostic::error(
            root.join(rel),
            None,
            msg::CONFIG_MISSING,
            msg::CONFIG_MISSING_HINT,
        ));
        return None;
    }
    let src = match read_text(root, rel) {
        Ok(s) => s,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    parse_config(&src, diags)
}

/// The names of `keep_in_output:`: plain names of entries at the top of the output folder.
fn keep_in_output(src: &SourceText, names: Vec<String>, diags: &mut Diagnostics) -> Vec<String> {
    names
        .into_iter()
        .filter(|n| {
            let plain = !n.is_empty() && !n.contains(['/', '\\']) && n != "." && n != "..";
            if !plain {
                diags.error(
                    &src.path,
                    src.find_key("keep_in_output", 1).or(Some(Pos::line(1))),
                    crate::t!(msg::CONFIG_KEEP_NOT_A_NAME, name = n),
                    msg::CONFIG_KEEP_NOT_A_NAME_HINT,
                );
            }
            plain
        })
        .collect()
}

/// The most `max_photo_megapixels` may be: decoding a photo takes 7 bytes a pixel at its
/// peak, and two photos are prepared at once.
pub const MAX_PHOTO_MEGAPIXELS: u32 = 100;

/// `max_photo_megapixels:`, between 1 and [`MAX_PHOTO_MEGAPIXELS`].
fn photo_limit(src: &SourceText, value: Option<u32>, diags: &mut Diagnostics) -> Option<u32> {
    let v = value?;
    if (1..=MAX_PHOTO_MEGAPIXELS).contains(&v) {
        return Some(v);
    }
    diags.error(
        &src.path,
        src.find_key("max_photo_megapixels", 1)
            .or(Some(Pos::line(1))),
        crate::t!(
            msg::CONFIG_PHOTO_LIMIT,
            value = v,
            max = MAX_PHOTO_MEGAPIXELS
        ),
        msg::CONFIG_PHOTO_LIMIT_HINT,
    );
    None
}

/// Parses the text of `config.yaml`.
pub fn parse_config(src: &SourceText, diags: &mut Diagnostics) -> Option<Config> {
    let raw: RawConfig = if src.text.trim().is_empty() {
        RawConfig {
            title: None,
            description: None,
            base_url: None,
            language: None,
            theme: None,
            output_dir: None,
            organisation: None,
            public_contacts: None,
            keep_in_output: None,
            max_photo_megapixels: None,
        }
    } else {
        if let Err(d) = crate::load::limits::check_yaml(
            src,
            &src.text,
            0,
            crate::load::limits::MAX_FRONT_MATTER_BYTES,
        ) {
            diags.push(d);
            return None;
        }
        match serde_yaml::from_str(&src.text) {
            Ok(r) => r,
            Err(e) => {
                diags.push(yaml_error(src, &e, 0, msg::CONFIG_FIELDS));
                return None;
            }
        }
    };
    let d = Config::default();
    let theme = raw.theme.unwrap_or(d.theme);
    if !crate::text::is_valid_id(&theme) {
        diags.error(
            &src.path,
            src.find_key("theme", 1).or(Some(Pos::line(1))),
            crate::t!(msg::CONFIG_THEME_NAME, theme = &theme),
            ID_HINT,
        );
    }
    let mut base_url = raw.base_url.unwrap_or_default();
    if !base_url.is_empty() && !base_url.ends_with('/') {
        base_url.push('/');
    }
    Some(Config {
        title: raw.title.map(|t| crate::text::nfc(&t)).unwrap_or(d.title),
        description: raw
            .description
            .map(|t| crate::text::nfc(&t))
            .unwrap_or_default(),
        base_url,
        language: raw.language.unwrap_or(d.language),
        theme,
        output_dir: raw.output_dir.map(PathBuf::from).unwrap_or(d.output_dir),
        organisation: raw
            .organisation
            .map(|t| crate::text::nfc(&t))
            .unwrap_or_default(),
        public_contacts: raw.public_contacts.unwrap_or_default(),
        keep_in_output: keep_in_output(src, raw.keep_in_output.unwrap_or_default(), diags),
        max_photo_megapixels: photo_limit(src, raw.max_photo_megapixels, diags)
            .unwrap_or(d.max_photo_megapixels),
    })
}
