//! Batching pages for speed.
//!
//! pdf-extract rebuilds every font (parsing its ToUnicode CMap, ~60% of the time on Chinese
//! documents) at the start of each page. We therefore draw up to [`BATCH_PAGES`] real pages
//! as form XObjects on one synthetic page, each shifted [`BAND_STRIDE`] further down, and
//! split the glyphs back by position. pdf-extract caches fonts by resource name within a
//! page, so a batch only holds pages whose font names all mean the same font objects.

use std::collections::{HashMap, HashSet};

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::layout::BAND_STRIDE;
use super::repair::{MAX_FORM_DEPTH, deref};

/// Most pages drawn on one synthetic page.
pub const BATCH_PAGES: usize = 128;

/// Font resource names and the font objects they name on a page, forms included; `None`
/// when a font is a direct object (no identity to compare), which keeps the page alone.
fn page_fonts(doc: &Document, page_id: ObjectId) -> Option<Vec<(Vec<u8>, ObjectId)>> {
    let page = doc.get_dictionary(page_id).ok()?;
    let res = deref(doc, page.get(b"Resources").ok()?).as_dict().ok()?;
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    collect_fonts(doc, res, 0, &mut seen, &mut out).then_some(out)
}

fn collect_fonts(
    doc: &Document,
    res: &Dictionary,
    depth: usize,
    seen: &mut HashSet<ObjectId>,
    out: &mut Vec<(Vec<u8>, ObjectId)>,
) -> bool {
    if depth > MAX_FORM_DEPTH {
        return false;
    }
    if let Some(fonts) = res
        .get(b"Font")
        .ok()
        .and_then(|f| deref(doc, f).as_dict().ok())
    {
        for (name, font) in fonts.iter() {
            match font {
                Object::Reference(id) => out.push((name.clone(), *id)),
                _ => return false,
            }
        }
    }
    if let Some(xobjects) = res
        .get(b"XObject")
        .ok()
        .and_then(|x| deref(doc, x).as_dict().ok())
    {
        for (_, x) in xobjects.iter() {
            let Object::Reference(id) = x else { continue };
            if !seen.insert(*id) {
                continue;
            }
            let Ok(stream) = doc.get_object(*id).and_then(Object::as_stream) else {
                continue;
            };
            if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form") {
                continue;
            }
            if let Some(form_res) = stream
                .dict
                .get(b"Resources")
                .ok()
                .and_then(|r| deref(doc, r).as_dict().ok())
                && !collect_fonts(doc, form_res, depth + 1, seen, out)
            {
                return false;
            }
        }
    }
    true
}

/// Group consecutive pages into batches whose font names agree.
pub fn plan(doc: &Document, pages: &[(u32, ObjectId)]) -> Vec<Vec<(u32, ObjectId)>> {
    let mut batches: Vec<Vec<(u32, ObjectId)>> = Vec::new();
    let mut names: HashMap<Vec<u8>, ObjectId> = HashMap::new();
    let mut current: Vec<(u32, ObjectId)> = Vec::new();
    for &(num, id) in pages {
        let Some(fonts) = page_fonts(doc, id) else {
            if !current.is_empty() {
                batches.push(std::mem::take(&mut current));
            }
            batches.push(vec![(num, id)]);
            names.clear();
            continue;
        };
        let fits = current.len() < BATCH_PAGES
            && fonts
                .iter()
                .all(|(n, f)| names.get(n).is_none_or(|known| known == f));
        if !fits && !current.is_empty() {
            batches.push(std::mem::take(&mut current));
            names.clear();
        }
        names.extend(fonts);
        current.push((num, id));
    }
    if !current.is_empty() {
        batches.push(current);
    }
    batches
}

/// Build one synthetic page per batch (each real page a shifted form XObject) under a new
/// page tree, and point the catalog at it. Returns the catalog's previous `/Pages`, to be
/// restored with [`restore`], or `None` when the document has no catalog to change.
pub fn install(doc: &mut Document, batches: &[&Vec<(u32, ObjectId)>]) -> Option<Object> {
    let previous = doc.catalog().ok()?.get(b"Pages").ok()?.clone();
    let root_id = doc.new_object_id();
    let mut kids = Vec::with_capacity(batches.len());
    for batch in batches {
        let mut xobjects = Dictionary::new();
        let mut content = Vec::new();
        for (i, &(_, page_id)) in batch.iter().enumerate() {
            let Ok(page) = doc.get_dictionary(page_id) else {
                continue;
            };
            let resources = page
                .get(b"Resources")
                .ok()
                .map(|r| deref(doc, r).clone())
                .unwrap_or(Object::Dictionary(Dictionary::new()));
            let body = page
                .get(b"Contents")
                .ok()
                .map(|c| deref(doc, c))
                .and_then(|c| c.as_stream().ok())
                .map(|s| s.content.as_slice())
                .unwrap_or_default();
            // The shift goes inside the form: pdf-extract starts each form with a fresh CTM.
            let mut form_body =
                format!("1 0 0 1 0 {} cm\n", -(i as f64) * BAND_STRIDE).into_bytes();
            form_body.extend_from_slice(body);
            let mut dict = Dictionary::new();
            dict.set("Type", Object::Name(b"XObject".to_vec()));
            dict.set("Subtype", Object::Name(b"Form".to_vec()));
            dict.set("Resources", resources);
            let form_id = doc.add_object(Object::Stream(Stream::new(dict, form_body)));
            let name = format!("LoanlintP{i}");
            xobjects.set(name.as_bytes().to_vec(), Object::Reference(form_id));
            content.extend_from_slice(format!("/{name} Do\n").as_bytes());
        }
        let mut resources = Dictionary::new();
        resources.set("XObject", Object::Dictionary(xobjects));
        let content_id = doc.add_object(Object::Stream(Stream::new(Dictionary::new(), content)));
        let mut page = Dictionary::new();
        page.set("Type", Object::Name(b"Page".to_vec()));
        page.set("Parent", Object::Reference(root_id));
        page.set(
            "MediaBox",
            Object::Array(vec![0.into(), 0.into(), 612.into(), 792.into()]),
        );
        page.set("Resources", Object::Dictionary(resources));
        page.set("Contents", Object::Reference(content_id));
        kids.push(Object::Reference(doc.add_object(Object::Dictionary(page))));
    }
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"Pages".to_vec()));
    root.set("Count", Object::Integer(kids.len() as i64));
    root.set("Kids", Object::Array(kids));
    doc.objects.insert(root_id, Object::Dictionary(root));
    doc.catalog_mut()
        .ok()?
        .set("Pages", Object::Reference(root_id));
    Some(previous)
}

/// Point the catalog back at the real page tree.
pub fn restore(doc: &mut Document, previous: Object) {
    if let Ok(catalog) = doc.catalog_mut() {
        catalog.set("Pages", previous);
    }
}
