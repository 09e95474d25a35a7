//! Make a loaded PDF safe for `pdf-extract` before it sees it.
//!
//! `pdf-extract` indexes operands, `unwrap`s resource look-ups and follows form XObjects
//! without a cycle check, so a single odd content stream (a WPS watermark form whose empty
//! `/Resources` is used with `/GS9 gs`, a `Tf` naming a missing font, a damaged Flate stream)
//! panics the whole extraction. This pass rewrites every page's content and every form
//! XObject it paints into a minimal, validated stream that keeps only what text extraction
//! needs: graphics-state save/restore, the CTM, text state and text-showing operators, and
//! `Do` of forms that exist. Everything it drops that could matter is reported as a warning.
//!
//! Topics, each its own module: `xref` (cross-reference table and page tree rebuilt),
//! `streams` (bounded inflation, lenient parsing), `forms` (form XObject walk, annotation
//! appearances), `sanitise` (a page reduced to validated text operators), `symbols` (check
//! boxes of symbol fonts read as boxes), over `objects`
//! (bounded look-ups, per-page facts). This file holds the pass that ties them together.
//! Dependencies point down only: this pass -> forms, sanitise -> streams -> objects.

mod forms;
mod objects;
mod sanitise;
mod streams;
mod symbols;
mod xref;

use std::collections::{HashMap, HashSet};

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

pub use objects::{MAX_FORM_DEPTH, RepairReport, deref};
pub use sanitise::{is_sanitised, sanitise_page};
pub use symbols::map_symbol_fonts;
pub use xref::{rebuild_page_tree, reconstruct_xref};

use forms::{Walked, annotation_forms, walk_forms};
use objects::{PageInfo, inherited, is_number, number_array};
use streams::{page_content_bytes, stream_bytes};

/// Fallback page size (A4) when a page has no usable `/MediaBox`.
const A4: [f32; 4] = [0.0, 0.0, 595.0, 842.0];

/// Prepare the document in place so that `pdf-extract` can walk it.
///
/// The fast path keeps each page's content as it is (pdf-extract parses it once) but
/// inflates it with a size bound, so that a bomb never reaches lopdf's unbounded inflater,
/// fixes page attributes pdf-extract reads blindly (`/Resources`, `/MediaBox`, `/ArtBox`)
/// and checks the form XObjects a page can paint for loops. A page whose content is damaged
/// or whose forms loop is sanitised instead (see [`sanitise_page`]); so is any page that
/// still makes pdf-extract panic (the caller retries it).
pub fn repair(doc: &mut Document) -> RepairReport {
    let mut report = RepairReport::default();
    let pages = doc.get_pages();
    // Forms already inflated in place, and whether they show text.
    let mut plain_forms: HashMap<ObjectId, bool> = HashMap::new();
    for (&num, &page_id) in &pages {
        let resources = inherited(doc, page_id, b"Resources")
            .and_then(|o| deref(doc, o).as_dict().ok().cloned())
            .unwrap_or_default();
        let media_box = inherited(doc, page_id, b"MediaBox")
            .and_then(|o| number_array(doc, deref(doc, o)))
            .filter(|v| v.len() == 4)
            .unwrap_or_else(|| A4.to_vec());
        let mut info = PageInfo::default();
        let mut warnings = Vec::new();
        let (mut bytes, mut clean) = page_content_bytes(doc, page_id, &mut warnings, num);
        let mut resources = resources;
        let annots = annotation_forms(doc, page_id);
        if !annots.is_empty() {
            // Filled-in form fields and free-text notes live in annotation appearance
            // streams, not in the page content: paint them after it, as viewers do.
            let mut xobjects = resources
                .get(b"XObject")
                .ok()
                .and_then(|x| deref(doc, x).as_dict().ok().cloned())
                .unwrap_or_default();
            let mut tail = Vec::new();
            for (i, id) in annots.into_iter().enumerate() {
                let name = format!("LoanlintAnnot{i}");
                xobjects.set(name.as_bytes().to_vec(), Object::Reference(id));
                tail.extend_from_slice(format!("/{name} Do\n").as_bytes());
            }
            resources.set("XObject", Object::Dictionary(xobjects));
            let mut wrapped = b"q\n".to_vec();
            wrapped.append(&mut bytes);
            wrapped.extend_from_slice(b"\nQ\n");
            wrapped.append(&mut tail);
            bytes = wrapped;
        }
        let mut forms = Vec::new();
        let mut others = Vec::new();
        let mut done = HashSet::new();
        clean &= walk_forms(
            doc,
            &resources,
            &mut Vec::new(),
            &mut done,
            &mut Walked {
                forms: &mut forms,
                others: &mut others,
            },
            &mut info,
        );
        // pdf-extract paints any XObject named by `Do` as content, whatever its subtype and
        // without a cycle check: an image (or unknown XObject) whose data decodes as
        // `/Self Do` recursed until the stack overflowed. Their data means nothing to text
        // extraction (OCR reads the file itself), so they paint nothing here.
        for id in others {
            if let Ok(Object::Stream(stream)) = doc.get_object_mut(id) {
                stream.set_plain_content(Vec::new());
            }
        }
        for id in forms {
            if let Some(&has_text) = plain_forms.get(&id) {
                clean &= !has_text;
                continue;
            }
            let inflated = doc
                .get_object(id)
                .and_then(Object::as_stream)
                .ok()
                .map(stream_bytes);
            match inflated {
                Some(Ok((plain, false))) => {
                    // Text in a form is placed by the caller's matrix, which pdf-extract
                    // drops: such pages are sanitised, which inlines their forms.
                    let has_text = plain.windows(2).any(|w| w == b"BT");
                    plain_forms.insert(id, has_text);
                    clean &= !has_text;
                    if let Ok(Object::Stream(stream)) = doc.get_object_mut(id) {
                        stream.set_plain_content(plain);
                    }
                }
                _ => {
                    plain_forms.insert(id, true);
                    clean = false;
                }
            }
        }
        let content_id = doc.add_object(Object::Stream(Stream::new(Dictionary::new(), bytes)));
        if let Ok(Object::Dictionary(page)) = doc.get_object_mut(page_id) {
            page.set("Contents", Object::Reference(content_id));
            page.set("Resources", Object::Dictionary(resources));
            page.set(
                "MediaBox",
                Object::Array(media_box.into_iter().map(Object::Real).collect()),
            );
            // pdf-extract reads /ArtBox as four numbers without checking: drop a bad one.
            if page
                .get(b"ArtBox")
                .ok()
                .and_then(|o| o.as_array().ok())
                .is_some_and(|a| a.len() != 4 || !a.iter().all(is_number))
            {
                page.remove(b"ArtBox");
            }
        }
        report.pages.insert(num, info);
        report.warnings.extend(warnings);
        if !clean {
            // The page now holds what could be decoded; reduce it to safe operators.
            sanitise_page(doc, num, page_id, &mut report);
        }
    }
    report
}
