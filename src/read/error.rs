//! Why a file could not be read.

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
    #[error(
        "{path}: unsupported file type (expected .pdf, .html, .htm, .mhtml, .docx, .txt, .md, or an image: .png, .jpg, .jpeg, .webp)"
    )]
    Unsupported { path: String },
    /// The content is a format loanlint does not read (a legacy `.doc`, an image, a ZIP
    /// that is not a Word document), whatever the file is named.
    #[error("{path}: unsupported content: {what}")]
    UnsupportedContent { path: String, what: String },
    /// Nothing to check: a 0-byte file, or one whose text is only white space.
    #[error("{path}: the file has no text (empty or blank); there is nothing to check")]
    Empty { path: String },
    /// A Word or HTML file that cannot be parsed (not a ZIP, a missing part, too large once
    /// unpacked, nested too deep).
    #[error("{path}: damaged {format} file: {detail}")]
    Malformed {
        path: String,
        format: &'static str,
        detail: String,
    },
    /// Named `.pdf` but not a PDF (no `%PDF-` header; empty file).
    #[error("{path}: not a PDF file")]
    NotPdf { path: String },
    /// Encrypted with a user password (owner-password-only files are read).
    #[error("{path}: PDF is encrypted with a password")]
    Encrypted { path: String },
    /// Damaged beyond what the repairs recover (truncated, garbage, broken structure).
    #[error("{path}: damaged PDF: {detail}")]
    Damaged { path: String, detail: String },
    /// No page has a text layer: a scan or image-only PDF (see
    /// [`ReadOptions::ocr`](crate::read::ReadOptions::ocr)).
    #[error("{path}: no text layer (scanned or image-only PDF; OCR needed)")]
    NoText { path: String },
    /// A text file in none of the supported encodings.
    #[error("{path}: text is not valid UTF-8, UTF-16, GB18030 or Big5")]
    Encoding { path: String },
    /// Anything else (a tool missing, the reader process could not start).
    #[error("{path}: {detail}")]
    Other { path: String, detail: String },
    /// The isolated reader (or `pdftotext`) exceeded
    /// [`ReadOptions::timeout`](crate::read::ReadOptions::timeout) and was killed.
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
            ReadError::Unsupported { .. } | ReadError::UnsupportedContent { .. } => "unsupported",
            ReadError::Empty { .. } => "empty",
            ReadError::Malformed { .. } => "damaged",
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
