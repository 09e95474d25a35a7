//! Structure repairs done before or right after loading: a cross-reference table rebuilt by
//! scanning for objects, and a page tree rebuilt from the page objects found.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::objects::{deref, inherited};
use crate::pattern;

static OBJ_HEADER: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    pattern::bytes_regex(r"(?m)^[ \t\r\x0c]*(\d{1,9})[ \t\r\n]+(\d{1,5})[ \t\r\n]+obj\b")
        .expect("static regex")
});
static CATALOG: LazyLock<regex::bytes::Regex> =
    LazyLock::new(|| pattern::bytes_regex(r"/Type\s*/Catalog\b").expect("static regex"));

/// Rebuild the cross-reference table of a file whose xref or trailer is missing or broken
/// (truncated downloads, bad offsets), the way poppler does: scan for `N G obj` headers,
/// then append a fresh xref table and trailer pointing at the catalog found. Returns the
/// repaired bytes, or `None` when no catalog object survives.
pub fn reconstruct_xref(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut offsets: BTreeMap<u32, (usize, u16)> = BTreeMap::new();
    let mut headers: Vec<(usize, u32, u16)> = Vec::new();
    for cap in OBJ_HEADER.captures_iter(bytes) {
        let (Some(all), Some(num), Some(gen_)) = (cap.get(0), cap.get(1), cap.get(2)) else {
            continue;
        };
        let parse =
            |m: regex::bytes::Match| std::str::from_utf8(m.as_bytes()).ok().map(str::to_string);
        let (Some(num), Some(gen_)) = (
            parse(num).and_then(|s| s.parse::<u32>().ok()),
            parse(gen_).and_then(|s| s.parse::<u16>().ok()),
        ) else {
            continue;
        };
        // The offset of the object number itself (skip leading blanks the regex took).
        let start = all.start()
            + all
                .as_bytes()
                .iter()
                .position(u8::is_ascii_digit)
                .unwrap_or(0);
        offsets.insert(num, (start, gen_));
        headers.push((start, num, gen_));
    }
    // The catalog is the last object (in file order) whose body declares /Type /Catalog.
    let catalog = CATALOG
        .find_iter(bytes)
        .filter_map(|m| headers.iter().rev().find(|(off, _, _)| *off < m.start()))
        .last()
        .map(|&(_, num, gen_)| (num, gen_))?;
    let max = *offsets.keys().next_back()?;
    if max > 10_000_000 {
        return None;
    }
    let mut out = bytes.to_vec();
    out.extend_from_slice(b"\n");
    let xref_at = out.len();
    // One subsection per object found, not one entry per number up to the largest: a single
    // `6000000 0 obj` in a 1.5 KB file made a 6-million-entry table that took lopdf minutes
    // to parse (found by fuzz/read_pdf).
    out.extend_from_slice(b"xref\n0 1\n0000000000 65535 f\r\n");
    for (num, (off, gen_)) in offsets.iter().filter(|(num, _)| **num > 0) {
        out.extend_from_slice(format!("{num} 1\n{off:010} {gen_:05} n\r\n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root {} {} R >>\nstartxref\n{xref_at}\n%%EOF\n",
            max + 1,
            catalog.0,
            catalog.1
        )
        .as_bytes(),
    );
    Some(out)
}

/// When the page tree yields no page (a loop, a broken `/Kids`), rebuild it from the
/// `/Type /Page` objects present, in object order. Returns how many pages were found.
pub fn rebuild_page_tree(doc: &mut Document) -> usize {
    let page_ids: Vec<ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, o)| {
            o.as_dict()
                .ok()
                .and_then(|d| d.get(b"Type").ok())
                .and_then(|t| t.as_name().ok())
                == Some(b"Page".as_slice())
        })
        .map(|(id, _)| *id)
        .collect();
    if page_ids.is_empty() {
        return 0;
    }
    // Carry inherited attributes down before the old parents are cut off.
    let mut inherited_attrs = Vec::new();
    for &id in &page_ids {
        let mut attrs = Vec::new();
        for key in [&b"Resources"[..], b"MediaBox", b"CropBox", b"Rotate"] {
            if let Some(v) = inherited(doc, id, key) {
                attrs.push((key.to_vec(), deref(doc, v).clone()));
            }
        }
        inherited_attrs.push(attrs);
    }
    let pages_id = doc.new_object_id();
    for (&id, attrs) in page_ids.iter().zip(inherited_attrs) {
        if let Ok(Object::Dictionary(page)) = doc.get_object_mut(id) {
            for (k, v) in attrs {
                page.set(k, v);
            }
            page.set("Parent", Object::Reference(pages_id));
        }
    }
    let mut pages = Dictionary::new();
    pages.set("Type", Object::Name(b"Pages".to_vec()));
    pages.set("Count", Object::Integer(page_ids.len() as i64));
    pages.set(
        "Kids",
        Object::Array(page_ids.iter().map(|id| Object::Reference(*id)).collect()),
    );
    doc.objects.insert(pages_id, Object::Dictionary(pages));
    match doc.catalog_mut() {
        Ok(catalog) => catalog.set("Pages", Object::Reference(pages_id)),
        Err(_) => {
            let mut catalog = Dictionary::new();
            catalog.set("Type", Object::Name(b"Catalog".to_vec()));
            catalog.set("Pages", Object::Reference(pages_id));
            let catalog_id = doc.add_object(Object::Dictionary(catalog));
            doc.trailer.set("Root", Object::Reference(catalog_id));
        }
    }
    page_ids.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::Stream;

    fn tiny_pdf() -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let content = doc.add_object(Stream::new(
            Dictionary::new(),
            b"BT /F1 12 Tf 72 700 Td (Hello) Tj ET".to_vec(),
        ));
        let mut page = Dictionary::new();
        page.set("Type", Object::Name(b"Page".to_vec()));
        page.set("Parent", Object::Reference(pages_id));
        page.set("Contents", Object::Reference(content));
        let page_id = doc.add_object(page);
        let mut pages = Dictionary::new();
        pages.set("Type", Object::Name(b"Pages".to_vec()));
        pages.set("Kids", Object::Array(vec![Object::Reference(page_id)]));
        pages.set("Count", Object::Integer(1));
        doc.objects.insert(pages_id, Object::Dictionary(pages));
        let mut catalog = Dictionary::new();
        catalog.set("Type", Object::Name(b"Catalog".to_vec()));
        catalog.set("Pages", Object::Reference(pages_id));
        let catalog_id = doc.add_object(catalog);
        doc.trailer.set("Root", Object::Reference(catalog_id));
        let mut out = Vec::new();
        doc.save_to(&mut out).expect("save");
        out
    }

    #[test]
    fn rebuilds_a_cut_off_xref() {
        let pdf = tiny_pdf();
        let cut = pdf
            .windows(4)
            .rposition(|w| w == b"xref")
            .expect("has xref");
        let broken = &pdf[..cut];
        assert!(Document::load_mem(broken).is_err());
        let fixed = reconstruct_xref(broken).expect("catalog found");
        let doc = Document::load_mem(&fixed).expect("loads");
        assert_eq!(doc.get_pages().len(), 1);
    }
}
