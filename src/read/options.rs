//! How to read: OCR, process isolation and its limits, the PDF engine.

use std::path::PathBuf;
use std::time::Duration;

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
    /// route `__read-pdf` to [`child_main`](crate::read::child_main)); `None` reads in this
    /// process, catching panics.
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
