//! Stage 1, read: a file on disk -> normalised text with a page map.

pub mod document;
mod normalize;
mod pdf;
mod text;

pub use document::{Document, PAGE_BREAK, SourceKind};
pub use text::decode as decode_text;

use std::path::Path;

/// Why a file could not be read. Each variant names the file in its message.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{path}: cannot read file: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: unsupported file type (expected .pdf, .txt or .md)")]
    Unsupported { path: String },
    #[error("{path}: not a PDF file")]
    NotPdf { path: String },
    #[error("{path}: PDF is encrypted with a password")]
    Encrypted { path: String },
    #[error("{path}: damaged PDF: {detail}")]
    Damaged { path: String, detail: String },
    #[error("{path}: no text layer (scanned or image-only PDF; OCR needed)")]
    NoText { path: String },
    #[error("{path}: text is not valid UTF-8, GB18030 or UTF-16")]
    Encoding { path: String },
    #[error("{path}: {detail}")]
    Other { path: String, detail: String },
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
        }
    }
}

/// Options for reading.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Rasterise and OCR image-only pages when tesseract is installed.
    pub ocr: bool,
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
        "pdf" => pdf::read_pdf(path, options),
        "txt" | "md" | "text" => {
            let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
                path: name.clone(),
                source,
            })?;
            let text = text::decode(&bytes).ok_or(ReadError::Encoding { path: name.clone() })?;
            Ok(Document::from_text(
                path,
                SourceKind::Text,
                &normalize::normalize_page(&text),
            ))
        }
        _ => Err(ReadError::Unsupported { path: name }),
    }
}
