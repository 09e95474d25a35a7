//! Form XObjects and annotations: which forms a page can paint (a loop or excessive depth
//! is caught before pdf-extract follows it), and filled-in form fields and free-text notes
//! turned into forms placed where the viewer would show them.

use std::collections::HashSet;

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::objects::{MAX_FORM_DEPTH, PageInfo, deref, number_array};
use super::streams::stream_bytes;

/// One self-placed form XObject per visible text-bearing annotation (form field widgets,
/// free-text notes) of a page: the appearance stream with the transformation that maps its
/// bounding box onto the annotation rectangle put inside it, since pdf-extract paints
/// every form with a fresh transformation matrix.
pub fn annotation_forms(doc: &mut Document, page_id: ObjectId) -> Vec<ObjectId> {
    let mut wrappers: Vec<(Vec<u8>, Object)> = Vec::new();
    {
        let doc_ref: &Document = doc;
        let annots = doc_ref
            .get_dictionary(page_id)
            .ok()
            .and_then(|p| p.get(b"Annots").ok())
            .and_then(|a| deref(doc_ref, a).as_array().ok());
        for annot in annots.into_iter().flatten().take(2000) {
            let Ok(a) = deref(doc_ref, annot).as_dict() else {
                continue;
            };
            let subtype = a.get(b"Subtype").and_then(Object::as_name).ok();
            if !matches!(subtype, Some(b"Widget" | b"FreeText")) {
                continue;
            }
            let flags = a.get(b"F").and_then(Object::as_i64).unwrap_or(0);
            if flags & (2 | 32) != 0 {
                continue; // Hidden or NoView.
            }
            let Some(normal) = a
                .get(b"AP")
                .ok()
                .and_then(|ap| deref(doc_ref, ap).as_dict().ok())
                .and_then(|ap| ap.get(b"N").ok())
                .map(|n| deref(doc_ref, n))
            else {
                continue;
            };
            let stream = match normal {
                Object::Stream(s) => s,
                Object::Dictionary(states) => {
                    let state = a.get(b"AS").and_then(Object::as_name).ok();
                    match state
                        .and_then(|st| states.get(st).ok())
                        .map(|o| deref(doc_ref, o))
                    {
                        Some(Object::Stream(s)) => s,
                        _ => continue,
                    }
                }
                _ => continue,
            };
            let rect = a
                .get(b"Rect")
                .ok()
                .and_then(|r| number_array(doc_ref, deref(doc_ref, r)))
                .filter(|r| r.len() == 4);
            let bbox = stream
                .dict
                .get(b"BBox")
                .ok()
                .and_then(|r| number_array(doc_ref, deref(doc_ref, r)))
                .filter(|r| r.len() == 4);
            let (Some(rect), Some(bbox)) = (rect, bbox) else {
                continue;
            };
            let matrix = stream
                .dict
                .get(b"Matrix")
                .ok()
                .and_then(|r| number_array(doc_ref, deref(doc_ref, r)))
                .filter(|r| r.len() == 6)
                .unwrap_or_else(|| vec![1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);
            let Ok((body, _)) = stream_bytes(stream) else {
                continue;
            };
            if !body.windows(2).any(|w| w == b"BT") {
                continue; // No text: check boxes, signatures drawn as paths.
            }
            let m = placement(&rect, &bbox, &matrix);
            let mut content =
                format!("{} {} {} {} {} {} cm\n", m[0], m[1], m[2], m[3], m[4], m[5]).into_bytes();
            content.extend_from_slice(&body);
            let res = stream
                .dict
                .get(b"Resources")
                .ok()
                .map(|r| deref(doc_ref, r).clone())
                .unwrap_or(Object::Dictionary(Dictionary::new()));
            wrappers.push((content, res));
        }
    }
    wrappers
        .into_iter()
        .map(|(content, res)| {
            let mut dict = Dictionary::new();
            dict.set("Type", Object::Name(b"XObject".to_vec()));
            dict.set("Subtype", Object::Name(b"Form".to_vec()));
            dict.set("Resources", res);
            doc.add_object(Object::Stream(Stream::new(dict, content)))
        })
        .collect()
}

/// The matrix that places an appearance stream: its `/Matrix`, then the map of the
/// transformed `/BBox` onto the annotation `/Rect` (PDF 32000-1, 12.5.5).
fn placement(rect: &[f32], bbox: &[f32], m: &[f32]) -> [f32; 6] {
    let get = |v: &[f32], i: usize| v.get(i).copied().unwrap_or(0.0);
    let (a, b, c, d, e, f) = (
        get(m, 0),
        get(m, 1),
        get(m, 2),
        get(m, 3),
        get(m, 4),
        get(m, 5),
    );
    let corners = [
        (get(bbox, 0), get(bbox, 1)),
        (get(bbox, 2), get(bbox, 1)),
        (get(bbox, 0), get(bbox, 3)),
        (get(bbox, 2), get(bbox, 3)),
    ];
    let pts: Vec<(f32, f32)> = corners
        .iter()
        .map(|&(x, y)| (a * x + c * y + e, b * x + d * y + f))
        .collect();
    let min_x = pts.iter().map(|p| p.0).fold(f32::INFINITY, f32::min);
    let max_x = pts.iter().map(|p| p.0).fold(f32::NEG_INFINITY, f32::max);
    let min_y = pts.iter().map(|p| p.1).fold(f32::INFINITY, f32::min);
    let max_y = pts.iter().map(|p| p.1).fold(f32::NEG_INFINITY, f32::max);
    let (rx0, rx1) = (
        get(rect, 0).min(get(rect, 2)),
        get(rect, 0).max(get(rect, 2)),
    );
    let (ry0, ry1) = (
        get(rect, 1).min(get(rect, 3)),
        get(rect, 1).max(get(rect, 3)),
    );
    let scale = |r: f32, t: f32| {
        if t.abs() > 1e-6 && r.abs() > 1e-6 {
            r / t
        } else {
            1.0
        }
    };
    let sx = scale(rx1 - rx0, max_x - min_x);
    let sy = scale(ry1 - ry0, max_y - min_y);
    let (tx, ty) = (rx0 - sx * min_x, ry0 - sy * min_y);
    // Matrix first, then the box fit (row vectors: M x A).
    let out = [a * sx, b * sy, c * sx, d * sy, e * sx + tx, f * sy + ty];
    if out.iter().all(|v| v.is_finite()) {
        out
    } else {
        [1.0, 0.0, 0.0, 1.0, rx0, ry0]
    }
}

/// Depth-first walk of the form XObjects a resource dictionary makes reachable: collects
/// them, notes images, and returns `false` on a loop or excessive depth. A form without its
/// own `/Resources` inherits the caller's, so its children are the caller's XObjects.
pub fn walk_forms(
    doc: &Document,
    res: &Dictionary,
    stack: &mut Vec<ObjectId>,
    done: &mut HashSet<ObjectId>,
    found: &mut Walked<'_>,
    info: &mut PageInfo,
) -> bool {
    let Some(xobjects) = res
        .get(b"XObject")
        .ok()
        .and_then(|o| deref(doc, o).as_dict().ok())
    else {
        return true;
    };
    for (_, v) in xobjects.iter() {
        let Object::Reference(id) = v else { continue };
        let Ok(stream) = doc.get_object(*id).and_then(Object::as_stream) else {
            continue;
        };
        match stream.dict.get(b"Subtype").and_then(Object::as_name).ok() {
            Some(b"Form") => {}
            subtype => {
                info.has_images |= subtype == Some(b"Image".as_slice());
                found.others.push(*id);
                continue;
            }
        }
        if stack.contains(id) || stack.len() >= MAX_FORM_DEPTH {
            return false;
        }
        if done.contains(id) {
            continue;
        }
        let own = stream
            .dict
            .get(b"Resources")
            .ok()
            .and_then(|o| deref(doc, o).as_dict().ok());
        stack.push(*id);
        let ok = walk_forms(doc, own.unwrap_or(res), stack, done, found, info);
        stack.pop();
        if !ok {
            return false;
        }
        done.insert(*id);
        found.forms.push(*id);
    }
    true
}

/// The XObjects [`walk_forms`] reached: declared forms, and every other stream (images,
/// unknown or missing subtypes).
pub struct Walked<'a> {
    pub forms: &'a mut Vec<ObjectId>,
    pub others: &'a mut Vec<ObjectId>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appearance_is_fitted_to_the_annotation_rectangle() {
        // A 70x10 box drawn at 2x by /Matrix, fitted onto a 140x20 rectangle at (160, 695).
        let m = placement(
            &[160.0, 695.0, 300.0, 715.0],
            &[0.0, 0.0, 70.0, 10.0],
            &[2.0, 0.0, 0.0, 2.0, 0.0, 0.0],
        );
        assert_eq!(m, [2.0, 0.0, 0.0, 2.0, 160.0, 695.0]);
        // No /Matrix, box offset: translated so its corner lands on the rectangle's.
        let m = placement(
            &[10.0, 20.0, 60.0, 40.0],
            &[5.0, 5.0, 55.0, 25.0],
            &[1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
        );
        assert_eq!(m, [1.0, 0.0, 0.0, 1.0, 5.0, 15.0]);
    }
}
