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
//! (`isolate`). Text files (`text`): UTF-8, UTF-16 with BOM, else GB18030. Images
//! (`image`): the `tesseract` binary, word by word with its confidence, read again cropped
//! and upscaled where the first reading is poor or a figure uncertain (`ocr_retry`); several files (a
//! contract's screenshots) can be read as one document ([`read_as_one`]).
//!
//! Module dependencies point one way, down this list; nothing imports a module above it:
//!
//! ```text
//! read (this facade: read_file picks the reader)
//!   isolate                  the child-process protocol; uses pdf
//!   pdf                      engine choice, then pdf::{native, poppler, ocr}
//!     native -> batch, layout, repair::{xref, streams, sanitise, forms, objects}
//!   inputs                   several files as one document; uses the facade, overlap
//!   overlap                  lines repeated by consecutive screenshots; uses document
//!   image                    OCR of PNG/JPEG/WebP; uses ocr_retry, ocr_fix, process, normalize, document
//!   ocr_gaps                 the blank between a label and its value kept as a gap; uses ocr_rows
//!   ocr_retry                a second look at poor readings and uncertain figures; uses document, panics
//!   page_join                sentences across page ends; uses normalize, document
//!   mhtml                    a web archive's HTML page (mail-parser), for html
//!   text, document, normalize, blanks, sniff, panics, process, error, options   (leaves)
//! ```

mod blanks;
pub mod document;
mod docx;
mod error;
mod html;
mod image;
mod inputs;
pub mod isolate;
mod markdown;
mod mhtml;
mod normalize;
mod ocr_bands;
mod ocr_fix;
mod ocr_gaps;
mod ocr_page;
mod ocr_retry;
mod ocr_rows;
mod ocr_script;
mod options;
mod overlap;
mod page_join;
mod panics;
mod pdf;
mod process;
mod sniff;
mod text;

pub use document::{Document, OcrWord, PAGE_BREAK, SourceKind};
pub use docx::docx_to_text;
pub use error::ReadError;
pub use html::html_to_text;
pub use image::{ImageFormat, tesseract_available};
pub use inputs::{read_as_one, read_inputs, read_message_input};
pub use isolate::{SUBCOMMAND as CHILD_SUBCOMMAND, child_main, is_subcommand};
pub use normalize::{is_page_number, normalize_page, normalize_text};
pub use options::{Engine, ReadOptions};
pub use pdf::{Extracted, extract_bytes, ocr_available, pdftotext_available};
pub use text::decode as decode_text;

pub use sniff::{EXTENSIONS, IMAGE_EXTENSIONS};

use sniff::FileKind;

use std::path::Path;

/// Read any supported file into a [`Document`]. The kind is decided by content (magic
/// bytes) where it has a signature, else by extension; a mismatch becomes a warning. A file
/// with no text at all (0 bytes, white space only) is [`ReadError::Empty`].
pub fn read_file(path: &Path, options: &ReadOptions) -> Result<Document, ReadError> {
    let name = path.display().to_string();
    let head = sniff::read_head(path, &name)?;
    if head.is_empty() {
        return Err(ReadError::Empty { path: name });
    }
    let (kind, mismatch) = sniff::decide(path, &head)?;
    let mut doc = match kind {
        FileKind::Pdf => match &options.isolate {
            Some(exe) => isolate::read_isolated(exe, path, options),
            None => pdf::read_pdf(path, options),
        }?,
        FileKind::Text => {
            let bytes = read_all(path, &name)?;
            let decoded = text::decode_with(&bytes, None)
                .ok_or(ReadError::Encoding { path: name.clone() })?;
            let mut doc = Document::from_text(
                path,
                SourceKind::Text,
                &normalize::normalize_text(&markdown::strip_marks(
                    &decoded.text,
                    markdown::is_markdown_file(path),
                )),
            );
            doc.encoding = Some(decoded.encoding);
            doc
        }
        FileKind::Html | FileKind::Mhtml => {
            let bytes = read_all(path, &name)?;
            let (text, encoding, warnings) = if kind == FileKind::Mhtml {
                let (page, charset) = mhtml::html_part(&bytes, &name)?;
                html::html_to_text_in(&page, &name, charset)?
            } else {
                html::html_to_text(&bytes, &name)?
            };
            let mut doc =
                Document::from_text(path, SourceKind::Html, &normalize::normalize_text(&text));
            doc.warnings = warnings;
            doc.encoding = Some(encoding);
            doc
        }
        FileKind::Docx => {
            let bytes = read_all(path, &name)?;
            let (text, warnings) = docx::docx_to_text(&bytes, &name)?;
            let mut doc =
                Document::from_text(path, SourceKind::Docx, &normalize::normalize_text(&text));
            doc.warnings = warnings;
            doc
        }
        FileKind::Image => {
            let image = image::read_image(path, options)?;
            let mut doc = Document::from_pages(path, &[image.text]);
            doc.kind = SourceKind::Image;
            doc.ocr_words = image.words;
            doc
        }
    };
    if doc.text.trim().is_empty() {
        return Err(match kind {
            FileKind::Pdf => ReadError::NoText { path: name },
            _ => ReadError::Empty { path: name },
        });
    }
    if let Some(warning) = mismatch {
        doc.warnings.insert(0, warning);
    }
    Ok(doc)
}

fn read_all(path: &Path, name: &str) -> Result<Vec<u8>, ReadError> {
    std::fs::read(path).map_err(|source| ReadError::Io {
        path: name.to_string(),
        source,
    })
}
