//! The template engine: the built-in theme, overridden file by file by the site's
//! `themes/<name>/templates/` and then its `templates/` (SPEC §2).

use std::path::{Path, PathBuf};

use tera::Tera;

use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::load::content::walk_files;

/// The built-in theme's templates, compiled into the binary so a site needs no theme.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../themes/default/templates/base.html")),
    ("page.html", include_str!("../../themes/default/templates/page.html")),
    ("section.html", include_str!("../../themes/default/templates/section.html")),
    ("document.html", include_str!("../../themes/default/templates/document.html")),
    ("home.html", include_str!("../../themes/default/templates/home.html")),
    ("404.html", include_str!("../../themes/default/templates/404.html")),
    ("campaigns.html", include_str!("../../themes/default/templates/campaigns.html")),
    ("campaign.html", include_str!("../../themes/default/templates/campaign.html")),
    ("scoreboard.html", include_str!("../../themes/default/templates/scoreboard.html")),
    ("scorecard.html", include_str!("../../themes/default/templates/scorecard.html")),
    ("unit.html", include_str!("../../themes/default/templates/unit.html")),
];

/// The built-in theme's static files (path under the output root, content).
pub const BUILTIN_STATIC: &[(&str, &[u8])] = &[
    ("assets/style.css", include_bytes!("../../themes/default/static/assets/style.css")),
    ("assets/print.css", include_bytes!("../../themes/default/static/assets/print.css")),
    ("assets/sort.js", include_bytes!("../../themes/default/static/assets/sort.js")),
];

/// Builds the template engine: built-in templates first, then the theme folder's, then the
/// site's own `templates/`, each replacing a template of the same name. A template that does
/// not compile is an error naming its file and line.
pub fn load_templates(root: &Path, theme: &str, diags: &mut Diagnostics) -> Option<Tera> {
    let mut sources: Vec<(String, String, PathBuf)> =
        BUILTIN_TEMPLATES.iter().map(|(n, t)| (n.to_string(), t.to_string(), PathBuf::from(format!("<built-in theme>/templates/{n}")))).collect();
    let theme_dir = Path::new("themes").join(theme);
    if theme != "default" && !root.join(&theme_dir).is_dir() {
        diags.error(
            "config.yaml",
            None,
            format!("the theme `{theme}` does not exist (there is no folder {})", theme_dir.display()),
            "create the folder themes/<name>/templates/, or remove `theme:` from config.yaml to use the built-in theme",
        );
        return None;
    }
    for dir in [theme_dir.join("templates"), PathBuf::from("templates")] {
        for rel in walk_files(root, &dir, diags) {
            if rel.extension().is_none_or(|e| e != "html" && e != "xml" && e != "txt") {
                continue;
            }
            let name = rel.strip_prefix(&dir).unwrap_or(&rel).to_string_lossy().replace('\\', "/");
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
    // Templates inherit from each other, so they are compiled together; on failure each is
    // compiled alone to name the file at fault.
    if let Err(e) = tera.add_raw_templates(sources.iter().map(|(n, t, _)| (n.as_str(), t.as_str()))) {
        let culprit = sources.iter().find(|(n, _, _)| e.to_string().contains(&format!("'{n}'"))).map(|(_, _, f)| f.clone());
        diags.push(template_error(&culprit.unwrap_or_else(|| PathBuf::from("templates")), &e));
        return None;
    }
    let ok = true;
    ok.then_some(tera)
}

/// Turns a Tera error into a diagnostic on the template file.
pub fn template_error(file: &Path, e: &tera::Error) -> Diagnostic {
    let full = format!("{e}");
    let mut source = std::error::Error::source(e);
    let mut detail = full.clone();
    while let Some(s) = source {
        detail = format!("{detail}: {s}");
        source = s.source();
    }
    let line = find_line_number(&detail);
    Diagnostic::error(
        file,
        line.map(Pos::line),
        format!("the template does not work: {}", detail.lines().next().unwrap_or("").trim()),
        "fix the template syntax (Tera), or delete the file to use the built-in template",
    )
}

fn find_line_number(s: &str) -> Option<usize> {
    let i = s.find("line ")?;
    s[i + 5..].split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}
