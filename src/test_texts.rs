//! The text files of a folder of the repository, for tests that read the sample contracts or
//! the held-out corpus.

use std::path::{Path, PathBuf};

/// The `.txt` files of `dir` (relative to the crate's root), sorted.
pub(crate) fn txt_files(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
}
