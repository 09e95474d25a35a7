//! Test inputs: the sample contracts in `sample-contracts/`, the committed fixtures in
//! `tests/fixtures/`, and small files written into a temporary folder.

use std::path::{Path, PathBuf};

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn samples_dir() -> PathBuf {
    crate_dir().join("sample-contracts")
}

/// One sample contract by file name (it must exist).
pub fn sample(name: &str) -> PathBuf {
    let path = samples_dir().join(name);
    assert!(path.is_file(), "sample {} is missing", path.display());
    path
}

/// Every sample contract (PDF and text), sorted by name.
pub fn all_samples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(samples_dir())
        .expect("sample-contracts/ is readable")
        .map(|e| e.expect("sample entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf" || e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no sample contracts found");
    files
}

/// A committed fixture under `tests/fixtures/`.
pub fn fixture(relative: &str) -> PathBuf {
    crate_dir().join("tests/fixtures").join(relative)
}

/// Write `bytes` to `dir/name` and return its path.
pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

/// Evidence quoting `text` alone, for hand-built terms.
pub fn ev(text: &str) -> loanlint::model::Evidence {
    loanlint::model::Evidence {
        page: None,
        text: text.to_string(),
        start: 0,
        end: text.chars().count(),
        low_confidence: false,
        ..Default::default()
    }
}
