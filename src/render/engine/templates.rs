//! The template engine: the theme's templates (read by [`crate::load::theme`]) compiled with
//! Tera, and the site-wide context every page shares (set once, see
//! [`crate::render::parts::frame`]).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tera::{Context, ErrorKind, Tera};

use crate::diag::catalogue::site as msg;
use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::load::theme::TemplateSource;

/// The compiled templates.
#[derive(Debug)]
pub struct Templates {
    tera: Tera,
    /// Template name → the file it was read from (for error messages).
    files: BTreeMap<String, PathBuf>,
}

impl Templates {
    /// Compiles the templates together (they inherit from each other). A template that does
    /// not compile is an error naming its file and line.
    pub fn compile(sources: &[TemplateSource], diags: &mut Diagnostics) -> Option<Templates> {
        let files: BTreeMap<String, PathBuf> = sources
            .iter()
            .map(|t| (t.name.clone(), t.file.clone()))
            .collect();
        let mut tera = Tera::new();
        if let Err(e) =
            tera.add_raw_templates(sources.iter().map(|t| (t.name.as_str(), t.text.as_str())))
        {
            diags.push(template_error(&files, Path::new("templates"), &e));
            return None;
        }
        Some(Templates { tera, files })
    }

    /// Sets what every page sees besides its own context (the site's title, navigation …).
    pub fn set_frame(&mut self, frame: Context) {
        self.tera.global_context().extend(frame);
    }

    /// True when the theme has a template of this name.
    pub fn contains(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    /// True when the template of this name is the built-in theme's own (no theme or site
    /// template replaces it): a page may then write that part itself, to the same bytes.
    pub fn is_builtin(&self, name: &str) -> bool {
        self.files
            .get(name)
            .is_some_and(|f| f.starts_with(crate::load::theme::BUILTIN_PREFIX))
    }

    /// Renders a template, turning a failure into a diagnostic on the template.
    pub fn render(&self, name: &str, ctx: &Context) -> Result<String, Diagnostic> {
        self.tera
            .render(name, ctx)
            .map_err(|e| template_error(&self.files, Path::new(&format!("templates/{name}")), &e))
    }

    /// Renders a template into the bytes of a file, as [`Templates::render`] does, without
    /// checking again that what the templates wrote is UTF-8 (it is: they write text, and
    /// pages were spending a twentieth of a build on that check).
    pub fn render_bytes(&self, name: &str, ctx: &Context) -> Result<Vec<u8>, Diagnostic> {
        let mut out = Vec::with_capacity(32 * 1024);
        self.tera.render_to(name, ctx, &mut out).map_err(|e| {
            template_error(&self.files, Path::new(&format!("templates/{name}")), &e)
        })?;
        Ok(out)
    }
}

/// Turns a Tera error into a diagnostic placed in the template file at fault. `files` maps
/// template names to the files they came from.
fn template_error(
    files: &BTreeMap<String, PathBuf>,
    fallback: &Path,
    e: &tera::Error,
) -> Diagnostic {
    let hint = msg::TEMPLATE_BROKEN_HINT;
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
                crate::t!(msg::TEMPLATE_BROKEN, error = r.message()),
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
                crate::t!(
                    msg::TEMPLATE_BROKEN,
                    error = detail.lines().next().unwrap_or("").trim()
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
