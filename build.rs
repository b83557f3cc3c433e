//! Embeds the built-in theme (`themes/default/`) in the binary: every template and static
//! file found there, in sorted order, so a new file needs no list to be kept by hand.

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("themes/default");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut code = String::from(
        "/// The built-in theme's templates (name, text).\npub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[\n",
    );
    let tdir = root.join("templates");
    for f in files(&tdir) {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f
            .strip_prefix(&tdir)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            f.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n\n/// The built-in theme's static files (path under the output root, bytes).\npub const BUILTIN_STATIC: &[(&str, &[u8])] = &[\n");
    let sdir = root.join("static");
    for f in files(&sdir) {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f
            .strip_prefix(&sdir)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        writeln!(
            code,
            "    ({name:?}, include_bytes!({:?})),",
            f.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("builtin_theme.rs");
    std::fs::write(out, code).unwrap();
}
