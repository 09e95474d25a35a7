//! Stage 1, read: a file on disk -> normalised text with a page map.
//!
//! PDFs: loaded with lopdf (a broken xref is rebuilt by scanning, a broken page tree from
//! the page objects), repaired so pdf-extract cannot trip on it (`repair`: bounded
//! inflation, page attributes, damaged or form-bearing pages reduced to validated text
//! operators with forms inlined, filled form fields painted), then walked by pdf-extract
//! into our output device (`layout`), batched so fonts are parsed once per batch (`batch`):
//! glyph positions give lines and reading order, CJK paragraph wraps are joined, then
//! `normalize` (NFKC, radicals, private-use glyphs, running headers/footers, page
//! numbers). A panic costs a page (retried sanitised) not the file; [`ReadOptions::isolate`]
//! runs each file in a child process with time and memory limits (`isolate`).

mod batch;
pub mod document;
mod isolate;
mod layout;
mod normalize;
mod ocr;
mod pdf;
mod poppler;
mod repair;
mod text;

pub use document::{Document, PAGE_BREAK, SourceKind};
pub use isolate::{SUBCOMMAND as CHILD_SUBCOMMAND, child_main, is_subcommand};
pub use normalize::{is_page_number, normalize_page, normalize_text};
pub use ocr::ocr_available;
pub use pdf::{Extracted, extract_bytes};
pub use poppler::available as pdftotext_available;
pub use text::decode as decode_text;

use std::path::{Path, PathBuf};
use std::time::Duration;

/// Why a file could not be read. Each variant names the file in its message.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be opened or read (missing, a directory, permissions).
    #[error("{path}: cannot read file: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// Not a file type loanlint reads.
    #[error("{path}: unsupported file type (expected .pdf, .txt or .md)")]
    Unsupported { path: String },
    /// Named `.pdf` but not a PDF (no `%PDF-` header; empty file).
    #[error("{path}: not a PDF file")]
    NotPdf { path: String },
    /// Encrypted with a user password (owner-password-only files are read).
    #[error("{path}: PDF is encrypted with a password")]
    Encrypted { path: String },
    /// Damaged beyond what the repairs recover (truncated, garbage, broken structure).
    #[error("{path}: damaged PDF: {detail}")]
    Damaged { path: String, detail: String },
    /// No page has a text layer: a scan or image-only PDF (see [`ReadOptions::ocr`]).
    #[error("{path}: no text layer (scanned or image-only PDF; OCR needed)")]
    NoText { path: String },
    /// A text file in none of the supported encodings.
    #[error("{path}: text is not valid UTF-8, GB18030 or UTF-16")]
    Encoding { path: String },
    /// Anything else (a tool missing, the reader process could not start).
    #[error("{path}: {detail}")]
    Other { path: String, detail: String },
    /// The isolated reader (or `pdftotext`) exceeded [`ReadOptions::timeout`] and was killed.
    #[error("{path}: reading took longer than {seconds} s and was stopped")]
    Timeout { path: String, seconds: u64 },
    /// The isolated reader process died (abort, stack overflow, memory limit): this file
    /// is lost, the run goes on.
    #[error("{path}: the PDF reader crashed on this file: {detail}")]
    Crashed { path: String, detail: String },
}

impl ReadError {
    /// A short stable reason code for summaries (`io`, `unsupported`, `encrypted`, ...).
    pub fn reason(&self) -> &'static str {
        match self {
            ReadError::Io { .. } => "io",
            ReadError::Unsupported { .. } => "unsupported",
            ReadError::NotPdf { .. } => "not-pdf",
            ReadError::Encrypted { .. } => "encrypted",
            ReadError::Damaged { .. } => "damaged",
            ReadError::NoText { .. } => "no-text",
            ReadError::Encoding { .. } => "encoding",
            ReadError::Other { .. } => "other",
            ReadError::Timeout { .. } => "timeout",
            ReadError::Crashed { .. } => "crashed",
        }
    }
}

/// Which PDF text extractor to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Engine {
    /// pdf-extract driven by loanlint: lopdf repair, positioned glyphs, layout (pure Rust).
    #[default]
    Native,
    /// poppler's `pdftotext` (must be installed), normalised the same way.
    Pdftotext,
}

/// Options for reading.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Rasterise and OCR image-only pages when `pdftoppm` and `tesseract` are installed.
    pub ocr: bool,
    /// Extract PDFs in a child process of this executable (the loanlint binary, which must
    /// route `__read-pdf` to [`child_main`]); `None` reads in this process, catching panics.
    pub isolate: Option<PathBuf>,
    /// Wall-clock limit for one PDF in the child process.
    pub timeout: Duration,
    /// Address-space limit in bytes for the child process (0 = none).
    pub max_memory: u64,
    /// The PDF text extractor.
    pub engine: Engine,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            ocr: false,
            isolate: None,
            timeout: Duration::from_secs(60),
            max_memory: 2 << 30,
            engine: Engine::Native,
        }
    }
}

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
