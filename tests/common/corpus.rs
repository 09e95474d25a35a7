//! Where the shared corpus of real contracts is: `../shared/corpus/real` beside the crate.
//! It is not in the repository, so corpus tests are skipped (with a printed notice) when the
//! whole folder is absent; once it is present, a missing or unreadable file fails the test.

use std::path::PathBuf;

/// The corpus folder, or `None` after printing a skip notice for `test`.
pub fn corpus_dir(test: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/real");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipped {test}: the shared corpus is absent ({} not found)",
            dir.display()
        );
        None
    }
}

/// One corpus file: `None` (with a notice) when the corpus is absent; a panic when the corpus
/// is there but the file is not, so a renamed file cannot turn a test into a silent pass.
pub fn corpus_file(name: &str) -> Option<PathBuf> {
    let path = corpus_dir(name)?.join(name);
    assert!(path.is_file(), "corpus file {} is missing", path.display());
    Some(path)
}
