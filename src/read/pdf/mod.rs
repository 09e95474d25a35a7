//! PDF text extraction in this process: pick the engine (`native`, or `poppler`'s
//! `pdftotext`), then OCR image-only pages when asked (`ocr`).
//!
//! Dependencies point down only: this file -> the engines (`native`, `poppler`) and `ocr`
//! -> their parts (`batch`, `layout`, `repair`, `undecodable`) and the shared `extracted` type; the read
//! leaves (`sniff`, `panics`, `process`, `normalize`, `error`, `options`) below them all.
//! Nothing here imports `isolate` or the `read` facade.

mod batch;
mod extracted;
mod layout;
mod native;
mod ocr;
mod poppler;
mod repair;
mod undecodable;
mod wrap;

use std::path::Path;

pub use extracted::Extracted;
pub use native::extract_bytes;
pub use ocr::{languages as ocr_languages, ocr_available};
pub use poppler::available as pdftotext_available;

use super::document::Document;
use super::error::ReadError;
use super::options::{Engine, ReadOptions};
use super::sniff::{looks_like_pdf, regular_file};

/// Read a PDF in this process. Panics inside the PDF libraries are caught; the work runs on
/// a thread with a large stack. (A stack overflow or an allocation failure still aborts the
/// process: use [`ReadOptions::isolate`] for untrusted files.)
pub fn read_pdf(path: &Path, options: &ReadOptions) -> Result<Document, ReadError> {
    extract_file(path, options).map(|e| e.into_document(path))
}

/// Read and extract a PDF file (no isolation).
pub fn extract_file(path: &Path, options: &ReadOptions) -> Result<Extracted, ReadError> {
    let name = path.display().to_string();
    regular_file(path, &name)?;
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
        path: name.clone(),
        source,
    })?;
    if !looks_like_pdf(&bytes) {
        return Err(ReadError::NotPdf { path: name });
    }
    if options.engine == Engine::Pdftotext {
        return poppler::extract(path, &name, options);
    }
    let mut result = native::extract_on_big_stack(bytes, &name);
    if options.ocr {
        result = ocr::apply(path, &name, result);
    }
    result
}
