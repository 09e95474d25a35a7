//! The native engine: lopdf loads (a broken xref or page tree rebuilt), `repair` makes the
//! document safe, pdf-extract walks it page batch by page batch into our output device
//! (`layout`), a panic costs one page (retried sanitised), not the file.

use std::collections::BTreeMap;

use lopdf::ObjectId;

use super::batch;
use super::extracted::Extracted;
use super::layout::{Collector, PageCollector, page_span};
use super::repair::{
    is_sanitised, map_symbol_fonts, rebuild_page_tree, reconstruct_xref, repair, sanitise_page,
};
use super::undecodable::undecodable_fonts;
use super::wrap::{join_wrapped, right_margin};
use crate::read::error::ReadError;
use crate::read::normalize::strip_running_lines;
use crate::read::panics::quiet_panics;
use crate::read::sniff::looks_like_pdf;

/// Pages with fewer visible characters than this are reported as probably needing OCR.
pub const MIN_PAGE_CHARS: usize = 10;
/// Stack for the extraction thread: deeply nested objects recurse in the parsers.
const STACK_BYTES: usize = 64 << 20;

/// [`extract_bytes`] on a thread with a large stack, a panic reported as damage.
pub fn extract_on_big_stack(bytes: Vec<u8>, name: &str) -> Result<Extracted, ReadError> {
    let thread_name = name.to_string();
    let handle = std::thread::Builder::new()
        .name("loanlint-pdf".into())
        .stack_size(STACK_BYTES)
        .spawn(move || {
            quiet_panics(|| extract_bytes(&bytes, &thread_name)).unwrap_or_else(|msg| {
                Err(damaged(
                    &thread_name,
                    format!("the PDF library failed: {msg}"),
                ))
            })
        })
        .map_err(|e| ReadError::Other {
            path: name.to_string(),
            detail: format!("cannot start the extraction thread: {e}"),
        })?;
    handle
        .join()
        .unwrap_or_else(|_| Err(damaged(name, "the PDF library failed".into())))
}

fn damaged(name: &str, detail: String) -> ReadError {
    ReadError::Damaged {
        path: name.to_string(),
        detail,
    }
}

/// Extract the text of a PDF held in memory.
pub fn extract_bytes(bytes: &[u8], name: &str) -> Result<Extracted, ReadError> {
    if !looks_like_pdf(bytes) {
        return Err(ReadError::NotPdf {
            path: name.to_string(),
        });
    }
    let mut warnings = Vec::new();
    let mut rebuilt_xref = false;
    let mut doc = match lopdf::Document::load_mem(bytes) {
        Ok(doc) => doc,
        Err(lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword) => {
            return Err(ReadError::Encrypted {
                path: name.to_string(),
            });
        }
        Err(first) => {
            // A missing or broken xref/trailer (truncated download, bad offsets): rebuild
            // it by scanning for objects, as poppler does.
            let rebuilt = reconstruct_xref(bytes)
                .and_then(|b| lopdf::Document::load_mem(&b).ok())
                .ok_or_else(|| damaged(name, format!("cannot parse: {first}")))?;
            warnings.push(format!(
                "damaged cross-reference table ({first}); rebuilt by scanning the file"
            ));
            rebuilt_xref = true;
            rebuilt
        }
    };
    // lopdf decrypts on load when the empty user password opens the file (owner-password-only
    // files); otherwise the objects stay encrypted and a user password is needed.
    if doc.trailer.get(b"Encrypt").is_ok() && !doc.was_encrypted() {
        return Err(ReadError::Encrypted {
            path: name.to_string(),
        });
    }
    let mut page_ids = doc.get_pages();
    if page_ids.is_empty() {
        let found = rebuild_page_tree(&mut doc);
        if found > 0 {
            warnings.push(format!(
                "broken page tree; rebuilt from the {found} page objects found"
            ));
            page_ids = doc.get_pages();
        }
    }
    if page_ids.is_empty() {
        return Err(damaged(
            name,
            "no pages found (broken page tree or cross-reference table)".into(),
        ));
    }
    let mut report = repair(&mut doc);
    map_symbol_fonts(&mut doc);

    // Pages in batches first (fast); a batch that fails is redone page by page.
    let list: Vec<(u32, ObjectId)> = page_ids.iter().map(|(&n, &id)| (n, id)).collect();
    let plan = batch::plan(&doc, &list);
    let multi: Vec<&Vec<(u32, ObjectId)>> = plan.iter().filter(|b| b.len() > 1).collect();
    let mut done: BTreeMap<u32, PageCollector> = BTreeMap::new();
    if !multi.is_empty()
        && let Some(previous) = batch::install(&mut doc, &multi)
    {
        for (k, pages_in_batch) in multi.iter().enumerate() {
            let mut collector = Collector::batch(pages_in_batch.len());
            let ok = matches!(
                quiet_panics(|| pdf_extract::output_doc_page(&doc, &mut collector, k as u32 + 1)),
                Ok(Ok(()))
            );
            if ok {
                for (&(num, _), page) in pages_in_batch.iter().zip(collector.into_bands()) {
                    done.insert(num, page);
                }
            }
        }
        batch::restore(&mut doc, previous);
    }
    let mut collector = Collector::default();
    for (&num, &page_id) in &page_ids {
        if done.contains_key(&num) {
            continue;
        }
        let mut outcome = run_page(&doc, &mut collector, num);
        if outcome.is_err() && !is_sanitised(&report, num) {
            // Retry once with the page reduced to validated text operators.
            sanitise_page(&mut doc, num, page_id, &mut report);
            outcome = run_page(&doc, &mut collector, num);
        }
        if let Err(msg) = outcome {
            report
                .warnings
                .push(format!("page {num}: {msg}; text may be incomplete"));
        }
        done.insert(num, std::mem::take(&mut collector.page));
    }
    let mut visible: Vec<usize> = Vec::with_capacity(page_ids.len());
    let mut pages: Vec<Vec<String>> = Vec::with_capacity(page_ids.len());
    for (num, mut page) in done {
        visible.push(page.visible_chars());
        let lines = page.lines();
        let span = page_ids
            .get(&num)
            .and_then(|&id| page_box(&doc, id))
            .and_then(|b| page_span(b, page.direction));
        let right = right_margin(&lines);
        pages.push(join_wrapped(lines, right, span));
    }
    warnings.append(&mut report.warnings);
    let undecodable = undecodable_fonts(&doc);
    strip_running_lines(&mut pages);

    let mut image_only = Vec::new();
    for (i, &n) in visible.iter().enumerate() {
        let num = i as u32 + 1;
        let info = report.pages.get(&num).cloned().unwrap_or_default();
        if n == 0 && info.has_images {
            image_only.push(num);
        } else if n > 0 && n < MIN_PAGE_CHARS {
            warnings.push(format!(
                "page {num}: only {n} characters of text; it may be a scan that needs OCR"
            ));
        }
    }
    if visible.iter().all(|&n| n == 0) {
        if !undecodable.is_empty() {
            return Err(ReadError::UnsupportedContent {
                path: name.to_string(),
                what: undecodable.describe(),
            });
        }
        if rebuilt_xref {
            // Not a scan: the text was in the part of the file that is missing or broken.
            return Err(damaged(
                name,
                "truncated or damaged beyond recovery: no text could be recovered".into(),
            ));
        }
        return Err(ReadError::NoText {
            path: name.to_string(),
        });
    }
    warnings.extend(undecodable.warning());
    if !image_only.is_empty() {
        warnings.push(format!(
            "no text layer (scanned or image-only) on page(s) {}; OCR needed",
            page_list(&image_only)
        ));
    }
    let pages = pages.into_iter().map(|lines| tidy(&lines)).collect();
    Ok(Extracted {
        pages,
        warnings,
        ocr_pages: Vec::new(),
    })
}

/// A page's visible box, `[x0, y0, x1, y1]`: its CropBox, else its MediaBox, either
/// inherited from the page tree (a bounded walk up `Parent`).
fn page_box(doc: &lopdf::Document, page_id: ObjectId) -> Option<[f32; 4]> {
    let mut dict = doc.get_dictionary(page_id).ok()?;
    for _ in 0..32 {
        for key in [&b"CropBox"[..], b"MediaBox"] {
            let Some(array) = dict
                .get(key)
                .ok()
                .map(|o| super::repair::deref(doc, o))
                .and_then(|o| o.as_array().ok())
            else {
                continue;
            };
            let nums: Vec<f32> = array
                .iter()
                .filter_map(|o| {
                    o.as_float()
                        .ok()
                        .or_else(|| o.as_i64().ok().map(|i| i as f32))
                })
                .collect();
            if let [x0, y0, x1, y1] = nums[..] {
                return Some([x0, y0, x1, y1]);
            }
        }
        dict = dict
            .get(b"Parent")
            .ok()
            .and_then(|p| p.as_reference().ok())
            .and_then(|id| doc.get_dictionary(id).ok())?;
    }
    None
}

/// Run pdf-extract on one page into a fresh page of `collector`.
fn run_page(doc: &lopdf::Document, collector: &mut Collector, num: u32) -> Result<(), String> {
    collector.page = Default::default();
    match quiet_panics(|| pdf_extract::output_doc_page(doc, collector, num)) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(e.to_string()),
        Err(msg) => Err(format!("the PDF library stopped part-way ({msg})")),
    }
}

/// Join a page's lines, collapsing runs of blank lines.
fn tidy(lines: &[String]) -> String {
    let mut out = String::new();
    for l in lines {
        if l.trim().is_empty() {
            if !out.is_empty() && !out.ends_with("\n\n") {
                out.push('\n');
            }
        } else {
            out.push_str(l);
            out.push('\n');
        }
    }
    out
}

/// `1-3, 5` style list of page numbers.
pub fn page_list(pages: &[u32]) -> String {
    let mut runs: BTreeMap<u32, u32> = BTreeMap::new();
    let mut start: Option<(u32, u32)> = None;
    for &p in pages {
        start = match start {
            Some((s, e)) if p == e + 1 => Some((s, p)),
            Some((s, e)) => {
                runs.insert(s, e);
                Some((p, p))
            }
            None => Some((p, p)),
        };
    }
    if let Some((s, e)) = start {
        runs.insert(s, e);
    }
    runs.iter()
        .map(|(s, e)| {
            if s == e {
                s.to_string()
            } else {
                format!("{s}-{e}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_lists_are_compact() {
        assert_eq!(page_list(&[1, 2, 3, 5, 7, 8]), "1-3, 5, 7-8");
        assert_eq!(page_list(&[4]), "4");
    }
}
