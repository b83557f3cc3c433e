//! The template engine: the built-in theme, overridden file by file by the site's
//! `themes/<name>/templates/` and then its `templates/` (SPEC §2).

use std::path::{Path, PathBuf};

use std::collections::BTreeMap;

use tera::{ErrorKind, Tera};

use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::load::content::walk_files;

/// The built-in theme's templates, compiled into the binary so a site needs no theme.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../../themes/default/templates/base.html"),
    ),
    (
        "page.html",
        include_str!("../../themes/default/templates/page.html"),
    ),
    (
        "section.html",
        include_str!("../../themes/default/templates/section.html"),
    ),
    (
        "document.html",
        include_str!("../../themes/default/templates/document.html"),
    ),
    (
        "home.html",
        include_str!("../../themes/default/templates/home.html"),
    ),
    (
        "404.html",
        include_str!("../../themes/default/templates/404.html"),
    ),
    (
        "campaigns.html",
        include_str!("../../themes/default/templates/campaigns.html"),
    ),
    (
        "campaign.html",
        include_str!("../../themes/default/templates/campaign.html"),
    ),
    (
        "scoreboard.html",
        include_str!("../../themes/default/templates/scoreboard.html"),
    ),
    (
        "scorecard.html",
        include_str!("../../themes/default/templates/scorecard.html"),
    ),
    (
        "unit.html",
        include_str!("../../themes/default/templates/unit.html"),
    ),
];

/// The built-in theme's static files (path under the output root, content).
pub const BUILTIN_STATIC: &[(&str, &[u8])] = &[
    (
        "assets/style.css",
        include_bytes!("../../themes/default/static/assets/style.css"),
    ),
    (
        "assets/print.css",
        include_bytes!("../../themes/default/static/assets/print.css"),
    ),
    (
        "assets/sort.js",
        include_bytes!("../../themes/default/static/assets/sort.js"),
    ),
];

/// Builds the template engine: built-in templates first, then the theme folder's, then the
/// site's own `templates/`, each replacing a template of the same name. A template that does
/// not compile is an error naming its file and line.
pub fn load_templates(
    root: &Path,
    theme: &str,
    diags: &mut Diagnostics,
) -> Option<(Tera, BTreeMap<String, PathBuf>)> {
    let mut sources: Vec<(String, String, PathBuf)> = BUILTIN_TEMPLATES
        .iter()
        .map(|(n, t)| {
            (
                n.to_string(),
                t.to_string(),
                PathBuf::from(format!("<built-in theme>/templates/{n}")),
            )
        })
        .collect();
    let theme_dir = Path::new("themes").join(theme);
    if theme != "default" && !root.join(&theme_dir).is_dir() {
        // Point at the `theme:` line, so the message reads like every other settings error.
        let at = crate::diag::read_source(root, Path::new("config.yaml"))
            .ok()
            .and_then(|src| src.find_key("theme", 1));
        diags.error(
            "config.yaml",
            at,
            format!("the theme `{theme}` does not exist (there is no folder {})", theme_dir.display()),
            "create the folder themes/<name>/templates/, or remove `theme:` from config.yaml to use the built-in theme",
        );
        return None;
    }
    for dir in [theme_dir.join("templates"), PathBuf::from("templates")] {
        for rel in walk_files(root, &dir, diags) {
            if rel
                .extension()
                .is_none_or(|e| e != "html" && e != "xml" && e != "txt")
            {
                continue;
            }
            let name = rel
                .strip_prefix(&dir)
                .unwrap_or(&rel)
                .to_string_lossy()
                .replace('\\', "/");
            match crate::diag::read_source(root, &rel) {
                Ok(src) => {
                    sources.retain(|(n, _, _)| *n != name);
                    sources.push((name, src.text, rel));
                }
                Err(d) => diags.push(d),
            }
        }
    }
    let mut tera = Tera::new();
    let files: BTreeMap<String, PathBuf> = sources
        .iter()
        .map(|(n, _, f)| (n.clone(), f.clone()))
        .collect();
    // Templates inherit from each other, so they are compiled together.
    if let Err(e) = tera.add_raw_templates(sources.iter().map(|(n, t, _)| (n.as_str(), t.as_str())))
    {
        diags.push(template_error(&files, Path::new("templates"), &e));
        return None;
    }
    Some((tera, files))
}

/// Turns a Tera error into a diagnostic placed in the template file at fault. `files` maps
/// template names to the files they came from.
pub fn template_error(
    files: &BTreeMap<String, PathBuf>,
    fallback: &Path,
    e: &tera::Error,
) -> Diagnostic {
    let hint = "fix the template (Tera syntax), or delete the file to use the built-in template";
    match e.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => {
            let file = files
                .get(r.filename())
                .cloned()
                .unwrap_or_else(|| fallback.to_path_buf());
            let span = r.span();
            Diagnostic::error(
                file,
                Some(Pos::new(span.start_line.max(1), span.start_col + 1)),
                format!("the template does not work: {}", r.message()),
                hint,
            )
        }
        _ => {
            let mut detail = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                detail = format!("{detail}: {s}");
                source = s.source();
            }
            let file = files
                .iter()
                .find(|(n, _)| detail.contains(&format!("'{n}'")))
                .map(|(_, f)| f.clone())
                .unwrap_or_else(|| fallback.to_path_buf());
            Diagnostic::error(
                file,
                find_line_number(&detail).map(Pos::line),
                format!(
                    "the template does not work: {}",
                    detail.lines().next().unwrap_or("").trim()
                ),
                hint,
            )
        }
    }
}

fn find_line_number(s: &str) -> Option<usize> {
    let i = s.find("line ")?;
    s[i + 5..]
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}
