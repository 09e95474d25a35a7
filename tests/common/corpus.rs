//! Where the shared corpus of real contracts is: `corpus/real` in the shared folder
//! (`../shared` beside the crate, else `/work/shared`). It is not in the repository, so a corpus
//! test is skipped, with a printed notice, only when the shared folder itself is absent; once
//! it is present, a missing corpus, a missing file or a file the reader refuses fails the test.

use std::path::{Path, PathBuf};

use loanlint::read::{Document, ReadOptions, read_file};

/// The shared folder, when this machine has one.
pub fn shared_dir() -> Option<PathBuf> {
    let beside = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    [beside, PathBuf::from("/work/shared")]
        .into_iter()
        .find(|d| d.is_dir())
}

/// The corpus folder, or `None` after printing a skip notice for `test` when there is no
/// shared folder. A shared folder without the corpus's manifest fails the test.
pub fn corpus_dir(test: &str) -> Option<PathBuf> {
    let Some(shared) = shared_dir() else {
        eprintln!("skipped {test}: the shared folder (../shared or /work/shared) is absent");
        return None;
    };
    let dir = shared.join("corpus/real");
    assert!(
        dir.join("MANIFEST.tsv").is_file(),
        "{test}: the shared folder {} has no corpus/real/MANIFEST.tsv",
        shared.display()
    );
    Some(dir)
}

/// One corpus file: `None` (with a notice) when there is no shared folder; a failure when the
/// corpus is there but the file is not, so a renamed file cannot turn a test into a silent pass.
pub fn corpus_file(name: &str) -> Option<PathBuf> {
    let path = corpus_dir(name)?.join(name);
    assert!(path.is_file(), "corpus file {} is missing", path.display());
    Some(path)
}

/// One corpus file read with `options`; a reader error fails the test.
pub fn read_corpus(name: &str, options: &ReadOptions) -> Option<Document> {
    let path = corpus_file(name)?;
    Some(read_file(&path, options).unwrap_or_else(|e| panic!("{name}: the reader failed: {e}")))
}
