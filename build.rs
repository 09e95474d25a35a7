//! Lists the bundled rulesets (`rulesets/*.toml`) and index tables (`rulesets/index/*.toml`)
//! into `$OUT_DIR/bundled_rulesets.rs`, so a new ruleset file ships without editing code.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The `.toml` files directly in `dir`, sorted by file name (a stable build).
fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

/// A `pub const NAME: &[(&str, &str)]` of (file stem, file text) for every file.
fn table(out: &mut String, name: &str, doc: &str, files: &[PathBuf]) {
    let _ = writeln!(out, "/// {doc}");
    let _ = writeln!(out, "pub const {name}: &[(&str, &str)] = &[");
    for f in files {
        let stem = f.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let _ = writeln!(
            out,
            "    ({stem:?}, include_str!({:?})),",
            f.display().to_string()
        );
    }
    let _ = writeln!(out, "];");
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let rulesets = root.join("rulesets");
    let indexes = rulesets.join("index");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={}", rulesets.display());
    println!("cargo:rerun-if-changed={}", indexes.display());
    let mut out = String::new();
    table(
        &mut out,
        "BUNDLED",
        "The rulesets shipped inside the binary: (id, TOML text), every `rulesets/*.toml` by file name.",
        &toml_files(&rulesets),
    );
    table(
        &mut out,
        "BUNDLED_INDEXES",
        "The index tables shipped inside the binary: (id, TOML text), every `rulesets/index/*.toml`.",
        &toml_files(&indexes),
    );
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()))
        .join("bundled_rulesets.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
