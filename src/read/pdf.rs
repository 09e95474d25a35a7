//! PDF text extraction. The simple path for now: pdf-extract per page, caught panics.
//! (Issue 3 replaces this with lopdf repair, positioned text and process isolation.)

use std::path::Path;

use super::{Document, ReadError, ReadOptions};

pub fn read_pdf(path: &Path, _options: &ReadOptions) -> Result<Document, ReadError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
        path: name.clone(),
        source,
    })?;
    if !bytes.starts_with(b"%PDF")
        && !bytes
            .get(..1024)
            .is_some_and(|h| h.windows(4).any(|w| w == b"%PDF"))
    {
        return Err(ReadError::NotPdf { path: name });
    }
    let pages = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem_by_pages(&bytes))
        .map_err(|_| ReadError::Damaged {
            path: name.clone(),
            detail: "the PDF library failed on this file".into(),
        })?
        .map_err(|e| {
            let detail = e.to_string();
            if detail.to_ascii_lowercase().contains("encrypt") {
                ReadError::Encrypted { path: name.clone() }
            } else {
                ReadError::Damaged {
                    path: name.clone(),
                    detail,
                }
            }
        })?;
    let pages: Vec<String> = pages
        .into_iter()
        .map(|p| super::normalize::normalize_page(&p))
        .collect();
    if pages.iter().all(|p| p.trim().is_empty()) {
        return Err(ReadError::NoText { path: name });
    }
    Ok(Document::from_pages(path, &pages))
}
