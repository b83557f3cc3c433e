//! `config.yaml`: the site settings (SPEC §2).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diag::catalogue::data_decisions::{TIMEZONE_HINT, TIMEZONE_UNKNOWN};
use crate::diag::catalogue::load as msg;
use crate::diag::catalogue::site::ID_HINT;
use crate::diag::{Diagnostic, Diagnostics, Lang, Pos, SourceText};
use crate::load::files::read_text;
use crate::load::yaml_error;
use crate::model::timezone::{DEFAULT_ZONE, TimeZone, ZONES};

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
    /// The language of the site: of every word the pages print and of the tool's messages
    /// (SPEC §8). The first of [`Config::languages`].
    pub language: Lang,
    /// Every language the site is published in, the main one first: the main language at
    /// the root, each other under `/<code>/` (`languages: [vi, en]`).
    pub languages: Vec<Lang>,
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
    /// The zone the campaigns' times are written in (`timezone:`, SPEC §9.3).
    pub timezone: TimeZone,
    /// The site's own words in each language (`en: {title: …}`): the title, description and
    /// organisation its version in that language prints instead of the ones above.
    pub wording: Vec<(Lang, Wording)>,
}

/// The settings that are words of the site, given again for one language (`en:` in
/// `config.yaml`); what is left out stays as the main settings say.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    /// The site's title in this language.
    pub title: Option<String>,
    /// The site's description in this language.
    pub description: Option<String>,
    /// The publishing office's name in this language.
    pub organisation: Option<String>,
}

impl Config {
    /// The settings as the site's version in `lang` prints them: its `title`, `description`
    /// and `organisation` from the block of that language when there is one.
    pub fn in_language(&self, lang: Lang) -> Config {
        let mut config = self.clone();
        config.language = lang;
        if let Some((_, w)) = self.wording.iter().find(|(l, _)| *l == lang) {
            let nfc = |t: &String| crate::text::nfc(t);
            config.title = w.title.as_ref().map_or(config.title, nfc);
            config.description = w.description.as_ref().map_or(config.description, nfc);
            config.organisation = w.organisation.as_ref().map_or(config.organisation, nfc);
        }
        config
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Option<String>,
    description: Option<String>,
    base_url: Option<String>,
    language: Option<String>,
    languages: Option<Vec<String>>,
    theme: Option<String>,
    output_dir: Option<String>,
    organisation: Option<String>,
    public_contacts: Option<Vec<String>>,
    keep_in_output: Option<Vec<String>>,
    max_photo_megapixels: Option<u32>,
    timezone: Option<String>,
    vi: Option<Wording>,
    en: Option<Wording>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: "Bảng vàng thi đua".into(),
            description: String::new(),
            base_url: String::new(),
            language: Lang::Vi,
            languages: vec![Lang::Vi],
            theme: "default".into(),
            output_dir: PathBuf::from("public"),
            organisation: String::new(),
            public_contacts: Vec::new(),
            keep_in_output: Vec::new(),
            max_photo_megapixels: 50,
            timezone: DEFAULT_ZONE,
            wording: Vec::new(),
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
    diags.extend_one(src.encoding_warning());
    parse_config(&src, diags)
}

/// The keys `config.yaml` takes.
const KEYS: &[&str] = &[
    "title",
    "description",
    "base_url",
    "language",
    "languages",
    "theme",
    "output_dir",
    "organisation",
    "public_contacts",
    "keep_in_output",
    "max_photo_megapixels",
    "timezone",
    "vi",
    "en",
];

/// Reports every key of the settings that is not one of [`KEYS`], with the key meant when it
/// is a near miss (`baseURL`, `titel`), and drops them so that the rest is still read.
fn without_unknown_keys(
    src: &SourceText,
    value: serde_yaml::Value,
    diags: &mut Diagnostics,
) -> serde_yaml::Value {
    let serde_yaml::Value::Mapping(map) = value else {
        return value;
    };
    let mut kept = serde_yaml::Mapping::new();
    for (key, v) in map {
        let name = match &key {
            serde_yaml::Value::String(s) => s.clone(),
            other => serde_yaml::to_string(other)
                .unwrap_or_default()
                .trim()
                .to_string(),
        };
        if KEYS.contains(&name.as_str()) {
            kept.insert(key, v);
            continue;
        }
        let hint = match crate::text::nearest(&name, KEYS) {
            Some(meant) => crate::t!(msg::CONFIG_DID_YOU_MEAN, key = meant),
            None => crate::t!(msg::CONFIG_KEYS_ARE, keys = KEYS.join(", ")),
        };
        diags.error(
            &src.path,
            src.find_key(&name, 1).or(Some(Pos::line(1))),
            crate::t!(msg::CONFIG_UNKNOWN_KEY, key = &name),
            hint,
        );
    }
    serde_yaml::Value::Mapping(kept)
}

/// `language:` and `languages:`: each a code the tool knows (`vi`, `en`), no language twice,
/// and `language`, when both are given, the first of `languages`.
fn languages(
    src: &SourceText,
    language: Option<String>,
    languages: Option<Vec<String>>,
    diags: &mut Diagnostics,
) -> (Lang, Vec<Lang>) {
    let parse = |code: &str, key: &str, diags: &mut Diagnostics| {
        let lang = Lang::parse(code);
        if lang.is_none() {
            diags.error(
                &src.path,
                src.find_key(key, 1).or(Some(Pos::line(1))),
                crate::t!(msg::CONFIG_UNKNOWN_LANGUAGE, code = code.trim()),
                msg::CONFIG_LANGUAGES_HINT,
            );
        }
        lang
    };
    let one = language
        .as_deref()
        .and_then(|c| parse(c, "language", diags));
    let mut list: Vec<Lang> = Vec::new();
    for code in languages.iter().flatten() {
        if let Some(l) = parse(code, "languages", diags) {
            if list.contains(&l) {
                diags.error(
                    &src.path,
                    src.find_key("languages", 1).or(Some(Pos::line(1))),
                    crate::t!(msg::CONFIG_LANGUAGE_TWICE, code = l.code()),
                    msg::CONFIG_LANGUAGES_HINT,
                );
            } else {
                list.push(l);
            }
        }
    }
    match (one, list.first()) {
        (Some(one), Some(&first)) if one != first => {
            diags.error(
                &src.path,
                src.find_key("language", 1).or(Some(Pos::line(1))),
                crate::t!(
                    msg::CONFIG_LANGUAGE_NOT_FIRST,
                    language = one.code(),
                    first = first.code()
                ),
                msg::CONFIG_LANGUAGE_NOT_FIRST_HINT,
            );
            (first, list)
        }
        (_, Some(&first)) => (first, list),
        (Some(one), None) => (one, vec![one]),
        (None, None) => (Lang::Vi, vec![Lang::Vi]),
    }
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
        RawConfig::default()
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
        let value: serde_yaml::Value = match serde_yaml::from_str(&src.text) {
            Ok(v) => v,
            Err(e) => {
                diags.push(yaml_error(src, &e, 0, msg::CONFIG_FIELDS));
                return None;
            }
        };
        let value = without_unknown_keys(src, value, diags);
        match serde_yaml::from_value(value) {
            Ok(r) => r,
            Err(e) => {
                diags.push(yaml_error(src, &e, 0, msg::CONFIG_FIELDS));
                return None;
            }
        }
    };
    let (language, languages) = languages(src, raw.language, raw.languages, diags);
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
    let wording: Vec<(Lang, Wording)> = [(Lang::Vi, raw.vi), (Lang::En, raw.en)]
        .into_iter()
        .filter_map(|(l, w)| Some((l, w?)))
        .collect();
    let config = Config {
        title: raw.title.map(|t| crate::text::nfc(&t)).unwrap_or(d.title),
        description: raw
            .description
            .map(|t| crate::text::nfc(&t))
            .unwrap_or_default(),
        base_url,
        language,
        languages,
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
        timezone: timezone(src, raw.timezone, diags).unwrap_or(d.timezone),
        wording,
    };
    // The block of the main language, when given, holds its words too.
    Some(config.in_language(language))
}

/// `timezone:`, one of the zones of [`crate::model::timezone::ZONES`].
fn timezone(src: &SourceText, value: Option<String>, diags: &mut Diagnostics) -> Option<TimeZone> {
    let name = value?;
    let zone = TimeZone::named(&name);
    if zone.is_none() {
        let known: Vec<&str> = ZONES.iter().map(|z| z.name).collect();
        diags.error(
            &src.path,
            src.find_key("timezone", 1).or(Some(Pos::line(1))),
            crate::t!(TIMEZONE_UNKNOWN, zone = name.trim()),
            crate::t!(TIMEZONE_HINT, zones = known.join(", ")),
        );
    }
    zone
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Option<Config>, Diagnostics) {
        let mut diags = Diagnostics::new();
        let config = parse_config(&SourceText::new("config.yaml", text.into()), &mut diags);
        (config, diags)
    }

    #[test]
    fn a_language_block_gives_that_version_its_own_words() {
        let (config, diags) = parse(
            "title: Bảng vàng\norganisation: Phòng Nội vụ\nlanguages: [vi, en]\n\
             en:\n  title: Roll of honour\n",
        );
        assert!(diags.is_empty(), "{diags:?}");
        let config = config.unwrap();
        assert_eq!(config.title, "Bảng vàng");
        let en = config.in_language(Lang::En);
        assert_eq!(en.title, "Roll of honour");
        // What the block leaves out stays as the main settings say.
        assert_eq!(en.organisation, "Phòng Nội vụ");
        assert_eq!(en.language, Lang::En);
        // The block of the main language counts for the main version.
        let (config, _) = parse("title: Bảng vàng\nlanguage: en\nen:\n  title: Honours\n");
        assert_eq!(config.unwrap().title, "Honours");
    }

    #[test]
    fn a_language_block_takes_only_words() {
        let (_, diags) = parse("en:\n  base_url: https://x.vn/\n");
        assert!(diags.has_errors());
    }
}
