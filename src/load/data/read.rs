//! Reading a data file as text.

use std::path::Path;

use crate::diag::catalogue::data::{DATA_BINARY, DATA_SAVE_AS_TEXT};
use crate::diag::{Diagnostic, SourceText};

/// Reads a data file like every source (UTF-8, BOM dropped, NFC), and also refuses text that
/// holds NUL characters: valid UTF-8, but binary data all the same (a spreadsheet saved in its
/// own format and renamed `.csv`), which would otherwise yield one error per garbage row.
pub(crate) fn read_text(root: &Path, rel: &Path) -> Result<SourceText, Diagnostic> {
    let src = crate::load::files::read_text(root, rel)?;
    match src.text.find('\0') {
        Some(at) => Err(Diagnostic::error(
            rel,
            Some(src.pos_of(at)),
            DATA_BINARY,
            DATA_SAVE_AS_TEXT,
        )),
        None => Ok(src),
    }
}
