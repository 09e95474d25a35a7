//! What a PDF engine returns: page texts and what the reader noticed. Serialisable, as the
//! isolated reader's reply carries it.

use std::path::Path;

use crate::read::blanks::blank_placeholders;
use crate::read::document::Document;
use crate::read::page_join::join_across_pages;

/// Text of a PDF, page by page, with what the reader noticed.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub struct Extracted {
    /// Normalised text of each page, in page order.
    pub pages: Vec<String>,
    /// Problems that did not stop the extraction.
    pub warnings: Vec<String>,
    /// 1-based pages whose text came from OCR.
    pub ocr_pages: Vec<u32>,
}

impl Extracted {
    /// Turn into a [`Document`] for `path`: template placeholders printed as they stand
    /// (`${amount}`, a page printed from an unfilled template) read as blanks, as the HTML
    /// reader reads them, and sentences broken by a page end are whole again.
    pub fn into_document(self, path: &Path) -> Document {
        let mut pages: Vec<String> = self
            .pages
            .iter()
            .map(|p| blank_placeholders(p).into_owned())
            .collect();
        join_across_pages(&mut pages);
        let mut doc = Document::from_pages(path, &pages);
        doc.warnings = self.warnings;
        doc.ocr_pages = self.ocr_pages;
        doc
    }
}
