//! Stage 1, read: a file on disk -> normalised text with a page map.
//!
//! PDFs (`pdf`): loaded with lopdf (a broken xref is rebuilt by scanning, a broken page tree
//! from the page objects), repaired so pdf-extract cannot trip on it (`pdf::repair`: bounded
//! inflation, page attributes, damaged or form-bearing pages reduced to validated text
//! operators with forms inlined, filled form fields painted), then walked by pdf-extract
//! into our output device (`pdf::layout`), batched so fonts are parsed once per batch
//! (`pdf::batch`): glyph positions give lines and reading order, CJK paragraph wraps are
//! joined, then `normalize` (NFKC, radicals, private-use glyphs, running headers/footers,
//! page numbers). A panic costs a page (retried sanitised) not the file;
//! [`ReadOptions::isolate`] runs each file in a child process with time and memory limits
//! (`isolate`). Text files (`text`): UTF-8, UTF-16 with BOM, else GB18030.
//!
//! Module dependencies point one way, down this list; nothing imports a module above it:
//!
//! ```text
//! read (this facade: read_file picks the reader)
//!   isolate                  the child-process protocol; uses pdf
//!   pdf                      engine choice, then pdf::{native, poppler, ocr}
//!     native -> batch, layout, repair::{xref, streams, sanitise, forms, objects}
//!   text, document, normalize, sniff, panics, process, error, options   (leaves)
//! ```

pub mod document;
mod error;
pub mod isolate;
mod normalize;
mod options;
mod panics;
mod pdf;
mod process;
mod sniff;
mod text;

pub use document::{Document, PAGE_BREAK, SourceKind};
pub use error::ReadError;
pub use isolate::{SUBCOMMAND as CHILD_SUBCOMMAND, child_main, is_subcommand};
pub use normalize::{is_page_number, normalize_page, normalize_text};
pub use options::{Engine, ReadOptions};
pub use pdf::{Extracted, extract_bytes, ocr_available, pdftotext_available};
pub use text::decode as decode_text;

use std::path::Path;

/// Read any supported file into a [`Document`].
pub fn read_file(path: &Path, options: &ReadOptions) -> Result<Document, ReadError> {
    let name = path.display().to_string();
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "pdf" => match &options.isolate {
            Some(exe) => isolate::read_isolated(exe, path, options),
            None => pdf::read_pdf(path, options),
        },
        "txt" | "md" | "text" => {
            let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
                path: name.clone(),
                source,
            })?;
            let text = text::decode(&bytes).ok_or(ReadError::Encoding { path: name.clone() })?;
            Ok(Document::from_text(
                path,
                SourceKind::Text,
                &normalize::normalize_text(&text),
            ))
        }
        _ => Err(ReadError::Unsupported { path: name }),
    }
}
