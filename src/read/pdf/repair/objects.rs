//! lopdf object look-ups shared by the repairs (bounded reference and `/Parent` chains,
//! numbers that are finite) and what the repairs record about each page.

use std::collections::BTreeMap;

use lopdf::{Document, Object, ObjectId};

/// Deepest form XObject nesting followed.
pub const MAX_FORM_DEPTH: usize = 12;
/// Deepest `/Parent` chain followed for inherited page attributes.
const MAX_PARENT_DEPTH: usize = 64;

/// What the repair pass learnt about each page.
#[derive(Debug, Default, Clone)]
pub struct PageInfo {
    /// The page paints at least one image (inline or XObject).
    pub has_images: bool,
    /// The page's content was rewritten by the sanitiser.
    pub sanitised: bool,
}

/// The outcome of the repair pass: per-page facts (1-based page number -> info), warnings, and
/// the state the sanitiser keeps between pages.
#[derive(Debug, Default)]
pub struct RepairReport {
    pub pages: BTreeMap<u32, PageInfo>,
    pub warnings: Vec<String>,
}

/// Follow a reference (a few levels); anything else is returned as is.
pub fn deref<'a>(doc: &'a Document, mut obj: &'a Object) -> &'a Object {
    for _ in 0..8 {
        match obj {
            Object::Reference(id) => match doc.get_object(*id) {
                Ok(o) => obj = o,
                Err(_) => return &Object::Null,
            },
            _ => return obj,
        }
    }
    &Object::Null
}

/// A page attribute, looked up the `/Parent` chain (bounded, so a loop cannot hang us).
pub fn inherited<'a>(doc: &'a Document, page_id: ObjectId, key: &[u8]) -> Option<&'a Object> {
    let mut dict = doc.get_dictionary(page_id).ok()?;
    for _ in 0..MAX_PARENT_DEPTH {
        if let Ok(v) = dict.get(key) {
            return Some(v);
        }
        let parent = dict.get(b"Parent").ok()?.as_reference().ok()?;
        dict = doc.get_dictionary(parent).ok()?;
    }
    None
}

pub fn is_number(o: &Object) -> bool {
    match o {
        Object::Integer(_) => true,
        // A NaN would be written back as text that no parser reads.
        Object::Real(r) => r.is_finite(),
        _ => false,
    }
}

fn number(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

pub fn number_array(doc: &Document, o: &Object) -> Option<Vec<f32>> {
    o.as_array()
        .ok()?
        .iter()
        .map(|v| number(deref(doc, v)).filter(|n| n.is_finite()))
        .collect()
}
