//! Make a loaded PDF safe for `pdf-extract` before it sees it.
//!
//! `pdf-extract` indexes operands, `unwrap`s resource look-ups and follows form XObjects
//! without a cycle check, so a single odd content stream (a WPS watermark form whose empty
//! `/Resources` is used with `/GS9 gs`, a `Tf` naming a missing font, a damaged Flate stream)
//! panics the whole extraction. This pass rewrites every page's content and every form
//! XObject it paints into a minimal, validated stream that keeps only what text extraction
//! needs: graphics-state save/restore, the CTM, text state and text-showing operators, and
//! `Do` of forms that exist. Everything it drops that could matter is reported as a warning.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;
use std::sync::LazyLock;

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

/// Largest decompressed content stream accepted (a guard against decompression bombs when
/// running in-process; the child process also has a hard memory limit).
const MAX_STREAM_BYTES: u64 = 64 << 20;
/// Deepest form XObject nesting followed.
pub const MAX_FORM_DEPTH: usize = 12;
/// Deepest `/Parent` chain followed for inherited page attributes.
const MAX_PARENT_DEPTH: usize = 64;
/// Fallback page size (A4) when a page has no usable `/MediaBox`.
const A4: [f32; 4] = [0.0, 0.0, 595.0, 842.0];

/// What the repair pass learnt about each page.
#[derive(Debug, Default, Clone)]
pub struct PageInfo {
    /// The page paints at least one image (inline or XObject).
    pub has_images: bool,
    /// The page's content was rewritten by the sanitiser.
    pub sanitised: bool,
}

/// The outcome of [`repair`]: per-page facts (1-based page number -> info), warnings, and
/// the state the sanitiser keeps between pages.
#[derive(Debug, Default)]
pub struct RepairReport {
    pub pages: BTreeMap<u32, PageInfo>,
    pub warnings: Vec<String>,
}

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

/// One self-placed form XObject per visible text-bearing annotation (form field widgets,
/// free-text notes) of a page: the appearance stream with the transformation that maps its
/// bounding box onto the annotation rectangle put inside it, since pdf-extract paints
/// every form with a fresh transformation matrix.
fn annotation_forms(doc: &mut Document, page_id: ObjectId) -> Vec<ObjectId> {
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
fn walk_forms(
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
struct Walked<'a> {
    forms: &'a mut Vec<ObjectId>,
    others: &'a mut Vec<ObjectId>,
}

/// Rewrite one page (and the forms it paints) into a minimal validated content stream that
/// keeps only what text extraction needs. Used for damaged pages and to retry a page that
/// made pdf-extract panic.
pub fn sanitise_page(doc: &mut Document, num: u32, page_id: ObjectId, report: &mut RepairReport) {
    let resources = inherited(doc, page_id, b"Resources")
        .and_then(|o| deref(doc, o).as_dict().ok().cloned())
        .unwrap_or_default();
    let mut ctx = Sanitiser {
        doc,
        page: num,
        info: PageInfo::default(),
        warnings: Vec::new(),
        form_stack: Vec::new(),
        form_ops: HashMap::new(),
        fonts: Dictionary::new(),
        direct_fonts: 0,
        emitted: 0,
    };
    let (raw, _) = page_content_bytes(doc, page_id, &mut ctx.warnings, num);
    let ops = ctx.sanitise(&raw, &resources);
    let Sanitiser {
        mut info,
        warnings,
        fonts,
        ..
    } = ctx;
    report.warnings.extend(warnings);
    info.sanitised = true;
    if let Some(old) = report.pages.get(&num) {
        info.has_images |= old.has_images;
    }
    report.pages.insert(num, info);
    let encoded = Content { operations: ops }.encode().unwrap_or_default();
    let content_id = doc.add_object(Object::Stream(Stream::new(Dictionary::new(), encoded)));
    // Forms are inlined: the page needs nothing but the fonts, under their unique names.
    let mut page_resources = Dictionary::new();
    page_resources.set("Font", Object::Dictionary(fonts));
    if let Ok(Object::Dictionary(page)) = doc.get_object_mut(page_id) {
        page.set("Contents", Object::Reference(content_id));
        page.set("Resources", Object::Dictionary(page_resources));
    }
}

/// Whether the page was already sanitised.
pub fn is_sanitised(report: &RepairReport, num: u32) -> bool {
    report.pages.get(&num).is_some_and(|i| i.sanitised)
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
fn inherited<'a>(doc: &'a Document, page_id: ObjectId, key: &[u8]) -> Option<&'a Object> {
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

fn is_number(o: &Object) -> bool {
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

fn number_array(doc: &Document, o: &Object) -> Option<Vec<f32>> {
    o.as_array()
        .ok()?
        .iter()
        .map(|v| number(deref(doc, v)).filter(|n| n.is_finite()))
        .collect()
}

/// Decoded bytes of a stream, bounded, keeping what a damaged Flate stream still yields.
/// The flag is set when the data was damaged and only partly recovered.
pub fn stream_bytes(stream: &Stream) -> Result<(Vec<u8>, bool), String> {
    let filters: Vec<Vec<u8>> = match stream.dict.get(b"Filter") {
        Err(_) => return Ok((stream.content.clone(), false)),
        Ok(Object::Name(n)) => vec![n.clone()],
        Ok(Object::Array(a)) => a
            .iter()
            .filter_map(|f| f.as_name().ok().map(<[u8]>::to_vec))
            .collect(),
        Ok(_) => return Err("unreadable /Filter".into()),
    };
    let has_params = stream.dict.get(b"DecodeParms").is_ok();
    if filters.is_empty() {
        return Ok((stream.content.clone(), false));
    }
    // Chains of plain Flate (a double-compressed bomb shrinks 4 GiB into a few KiB) are
    // inflated here with a bound; anything else goes to lopdf.
    if !has_params && filters.iter().all(|f| f == b"FlateDecode") {
        let (mut data, mut partial) = inflate_bounded(&stream.content)?;
        for _ in 1..filters.len() {
            let (next, p) = inflate_bounded(&data)?;
            data = next;
            partial |= p;
        }
        return Ok((data, partial));
    }
    stream
        .decompressed_content()
        .map(|d| (d, false))
        .map_err(|e| format!("cannot decode stream: {e}"))
}

fn inflate_bounded(input: &[u8]) -> Result<(Vec<u8>, bool), String> {
    let (mut out, mut partial) = inflate_partial(input, true);
    if out.is_empty() {
        // Some writers emit raw deflate without the zlib header, or a bad header.
        (out, partial) = inflate_partial(input.get(2..).unwrap_or_default(), false);
    }
    if out.len() as u64 >= MAX_STREAM_BYTES {
        return Err(format!(
            "stream inflates beyond {} MiB (decompression bomb?)",
            MAX_STREAM_BYTES >> 20
        ));
    }
    if out.is_empty() && !input.is_empty() {
        return Err("damaged Flate stream".into());
    }
    Ok((out, partial))
}

/// Inflate in small steps so that the output produced before a corrupted spot is kept
/// (poppler shows the text before the damage too); stops at the size bound.
fn inflate_partial(input: &[u8], zlib_header: bool) -> (Vec<u8>, bool) {
    let mut d = flate2::Decompress::new(zlib_header);
    let mut out = Vec::with_capacity(input.len().saturating_mul(4).min(1 << 20));
    let mut buf = vec![0u8; 32 << 10];
    let mut damaged = false;
    loop {
        let (in_before, out_before) = (d.total_in(), d.total_out());
        let rest = input.get(in_before as usize..).unwrap_or_default();
        let status = d.decompress(rest, &mut buf, flate2::FlushDecompress::None);
        let produced = (d.total_out() - out_before) as usize;
        out.extend_from_slice(buf.get(..produced).unwrap_or_default());
        match status {
            Ok(flate2::Status::StreamEnd) => break,
            Err(_) => {
                damaged = true;
                break;
            }
            Ok(_) if produced == 0 && d.total_in() == in_before => break,
            Ok(_) => {}
        }
        if out.len() as u64 >= MAX_STREAM_BYTES {
            break;
        }
    }
    (out, damaged)
}

/// Concatenated content streams of a page; unreadable parts are skipped with a warning.
/// Also says whether everything decoded cleanly.
fn page_content_bytes(
    doc: &Document,
    page_id: ObjectId,
    warnings: &mut Vec<String>,
    page: u32,
) -> (Vec<u8>, bool) {
    let mut out = Vec::new();
    let mut clean = true;
    let ids: Vec<ObjectId> = match doc
        .get_dictionary(page_id)
        .ok()
        .and_then(|p| p.get(b"Contents").ok())
    {
        Some(Object::Reference(id)) => match doc.get_object(*id) {
            Ok(Object::Array(a)) => a.iter().filter_map(|o| o.as_reference().ok()).collect(),
            _ => vec![*id],
        },
        Some(Object::Array(a)) => a.iter().filter_map(|o| o.as_reference().ok()).collect(),
        _ => Vec::new(),
    };
    for id in ids {
        match doc.get_object(id).and_then(Object::as_stream) {
            Ok(stream) => match stream_bytes(stream) {
                Ok((bytes, partial)) => {
                    if partial {
                        clean = false;
                        warnings.push(format!(
                            "page {page}: damaged compressed content; text after the damage may be lost or garbled"
                        ));
                    }
                    out.extend_from_slice(&bytes);
                    out.push(b'\n');
                }
                Err(e) => {
                    clean = false;
                    warnings.push(format!("page {page}: content stream skipped: {e}"));
                }
            },
            Err(_) => {
                clean = false;
                warnings.push(format!("page {page}: content stream object missing"));
            }
        }
    }
    (out, clean)
}

/// Parse a content stream. If the whole does not parse (truncated or corrupted data), parse
/// it piece by piece, split after each `ET`, and keep the pieces that parse: text objects
/// before and after a damaged stretch survive.
fn decode_lenient(bytes: &[u8]) -> Option<Vec<Operation>> {
    let mut cuts: Vec<usize> = bytes
        .windows(3)
        .enumerate()
        .filter(|(_, w)| w[0] == b'E' && w[1] == b'T' && !w[2].is_ascii_alphanumeric())
        .map(|(i, _)| i + 2)
        .collect();
    // lopdf's parser stops quietly at the first thing it cannot read: the whole stream was
    // read only if every text object end in the bytes came out as an ET operator.
    let whole = Content::decode(bytes).ok().map(|c| c.operations);
    if let Some(ops) = &whole
        && ops.iter().filter(|o| o.operator == "ET").count() >= cuts.len()
    {
        return whole;
    }
    let mut ops = Vec::new();
    let mut start = 0;
    let mut any = false;
    cuts.push(bytes.len());
    for end in cuts {
        if end <= start {
            continue;
        }
        if let Some(piece) = bytes.get(start..end)
            && let Ok(c) = Content::decode(piece)
        {
            any |= !c.operations.is_empty();
            ops.extend(c.operations);
        }
        start = end;
    }
    match whole {
        Some(w) if w.len() >= ops.len() => Some(w),
        _ => any.then_some(ops),
    }
}

/// Number of operands of the operators kept, where fixed.
fn arity(op: &str) -> Option<usize> {
    Some(match op {
        "q" | "Q" | "BT" | "ET" | "T*" => 0,
        "cm" | "Tm" => 6,
        "Td" | "TD" | "Tf" => 2,
        "Tc" | "Tw" | "Tz" | "TL" | "Ts" | "Tj" | "TJ" | "'" | "Do" => 1,
        "\"" => 3,
        _ => return None,
    })
}

struct Sanitiser<'a> {
    doc: &'a Document,
    page: u32,
    info: PageInfo,
    warnings: Vec<String>,
    form_stack: Vec<ObjectId>,
    /// Sanitised operations of each form painted on the page (empty: no text in it).
    form_ops: HashMap<ObjectId, Rc<Vec<Operation>>>,
    /// Fonts under their page-unique names (`LLF<obj>_<gen>`), for the page's resources.
    fonts: Dictionary,
    direct_fonts: usize,
    /// Operations emitted so far (a guard against a small form painted millions of times).
    emitted: usize,
}

/// A form's sanitised operations and its `/Matrix` operands, if any.
type PaintedForm = (Rc<Vec<Operation>>, Option<Vec<Object>>);

/// Most operations a sanitised page may hold once forms are inlined.
const MAX_PAGE_OPS: usize = 2_000_000;

impl Sanitiser<'_> {
    fn warn(&mut self, msg: String) {
        // A broken document can repeat one fault thousands of times; keep the report short.
        if self.warnings.len() < 20 && !self.warnings.contains(&msg) {
            self.warnings.push(msg);
        }
    }

    /// A font dictionary pdf-extract can build a font from without tripping on the basics.
    fn font_usable(&self, font: &Object) -> bool {
        let Ok(dict) = font.as_dict() else {
            return false;
        };
        let subtype = dict
            .get(b"Subtype")
            .ok()
            .map(|o| deref(self.doc, o))
            .and_then(|o| o.as_name().ok());
        match subtype {
            None => false,
            Some(b"Type0") => {
                let first = dict
                    .get(b"DescendantFonts")
                    .ok()
                    .map(|o| deref(self.doc, o))
                    .and_then(|o| o.as_array().ok())
                    .and_then(|a| a.first())
                    .map(|o| deref(self.doc, o));
                let encoding_ok = dict.get(b"Encoding").is_ok_and(|o| {
                    matches!(deref(self.doc, o), Object::Name(_) | Object::Stream(_))
                });
                encoding_ok
                    && first.is_some_and(|d| {
                        d.as_dict().is_ok_and(|d| {
                            d.get(b"FontDescriptor")
                                .is_ok_and(|fd| deref(self.doc, fd).as_dict().is_ok())
                        })
                    })
            }
            Some(_) => true,
        }
    }

    /// Validate and reduce one content stream to the operators text extraction needs.
    fn sanitise(&mut self, bytes: &[u8], res: &Dictionary) -> Vec<Operation> {
        let Some(ops) = decode_lenient(bytes) else {
            if !bytes.iter().all(u8::is_ascii_whitespace) {
                let msg = format!("page {}: unreadable content stream skipped", self.page);
                self.warn(msg);
            }
            return Vec::new();
        };
        let mut out = Vec::with_capacity(ops.len() / 2);
        // Whether the current font is usable, saved and restored with q/Q like the rest of
        // the graphics state. pdf-extract starts every stream (page or form) with no font.
        let mut font_ok = false;
        let mut stack: Vec<bool> = Vec::new();
        let op = |name: &str, operands: Vec<Object>| Operation {
            operator: name.to_string(),
            operands,
        };
        for mut o in ops {
            // Stray operands before an operator are ignored by other readers: keep the last
            // ones the operator takes.
            if let Some(k) = arity(&o.operator)
                && o.operands.len() > k
            {
                o.operands.drain(..o.operands.len() - k);
            }
            let n = o.operands.len();
            let nums = |k: usize| n == k && o.operands.iter().all(is_number);
            match o.operator.as_str() {
                "q" => {
                    stack.push(font_ok);
                    out.push(op("q", vec![]));
                }
                "Q" => {
                    if let Some(f) = stack.pop() {
                        font_ok = f;
                    }
                    out.push(op("Q", vec![]));
                }
                "BT" | "ET" | "T*" => out.push(op(&o.operator, vec![])),
                "cm" | "Tm" if nums(6) => out.push(o),
                "Td" | "TD" if nums(2) => out.push(o),
                "Tc" | "Tw" | "Tz" | "TL" | "Ts" if nums(1) => out.push(o),
                "Tf" => {
                    let name = o.operands.first().and_then(|x| x.as_name().ok());
                    let size_ok = o.operands.get(1).is_some_and(is_number);
                    let unique = match name {
                        Some(name) if n == 2 && size_ok => self.register_font(res, name),
                        _ => None,
                    };
                    if let Some(unique) = unique {
                        font_ok = true;
                        let size = o.operands.pop().unwrap_or(Object::Integer(12));
                        out.push(op("Tf", vec![Object::Name(unique), size]));
                    } else {
                        font_ok = false;
                        let shown = name.map(String::from_utf8_lossy).unwrap_or_default();
                        let msg = format!(
                            "page {}: text in font /{shown} skipped (font resource missing or broken)",
                            self.page
                        );
                        self.warn(msg);
                    }
                }
                "Tj" | "TJ" | "'" | "\"" if !font_ok => {}
                "Tj" if n == 1 && matches!(o.operands.first(), Some(Object::String(..))) => {
                    out.push(o);
                }
                "TJ" if n == 1 && matches!(o.operands.first(), Some(Object::Array(_))) => {
                    let items = match o.operands.into_iter().next() {
                        Some(Object::Array(a)) => a
                            .into_iter()
                            .filter(|e| matches!(e, Object::String(..)) || is_number(e))
                            .collect(),
                        _ => Vec::new(),
                    };
                    out.push(op("TJ", vec![Object::Array(items)]));
                }
                // pdf-extract ignores ' and ": spell them out so their text is not lost.
                "'" if n == 1 && matches!(o.operands.first(), Some(Object::String(..))) => {
                    out.push(op("T*", vec![]));
                    out.push(op("Tj", o.operands));
                }
                "\"" if n == 3
                    && o.operands.iter().take(2).all(is_number)
                    && matches!(o.operands.get(2), Some(Object::String(..))) =>
                {
                    let mut it = o.operands.into_iter();
                    if let (Some(aw), Some(ac), Some(s)) = (it.next(), it.next(), it.next()) {
                        out.push(op("Tw", vec![aw]));
                        out.push(op("Tc", vec![ac]));
                        out.push(op("T*", vec![]));
                        out.push(op("Tj", vec![s]));
                    }
                }
                "BI" | "ID" | "EI" => self.info.has_images = true,
                "Do" => {
                    if let Some(Object::Name(name)) = o.operands.first()
                        && n == 1
                        && let Some((ops, matrix)) = self.form(name, res)
                        && !ops.is_empty()
                        && self.emitted + ops.len() < MAX_PAGE_OPS
                    {
                        // Inline the form: pdf-extract would paint it with a fresh
                        // transformation matrix, losing where the caller placed it.
                        self.emitted += ops.len() + 3;
                        out.push(op("q", vec![]));
                        if let Some(m) = matrix {
                            out.push(op("cm", m));
                        }
                        out.extend(ops.iter().cloned());
                        out.push(op("Q", vec![]));
                    }
                }
                // Colour, paths, clipping, marked content, ExtGState: irrelevant to text and
                // a source of panics in pdf-extract (missing colour spaces, /ExtGState).
                _ => {}
            }
        }
        out
    }

    /// Register the font named `name` in `res` under a page-unique name (fonts of inlined
    /// forms may reuse the page's names for other fonts), if pdf-extract can use it.
    fn register_font(&mut self, res: &Dictionary, name: &[u8]) -> Option<Vec<u8>> {
        let cat = deref(self.doc, res.get(b"Font").ok()?).as_dict().ok()?;
        let raw = cat.get(name).ok()?;
        let font = match raw {
            Object::Reference(id) => self.doc.get_object(*id).ok()?,
            other => other,
        };
        if !self.font_usable(font) {
            return None;
        }
        let unique = match raw {
            Object::Reference(id) => format!("LLF{}_{}", id.0, id.1).into_bytes(),
            _ => {
                self.direct_fonts += 1;
                format!("LLD{}", self.direct_fonts).into_bytes()
            }
        };
        if self.fonts.get(&unique).is_err() {
            self.fonts.set(unique.clone(), raw.clone());
        }
        Some(unique)
    }

    /// The sanitised operations and `/Matrix` of the form `Do /name` paints, or `None` when
    /// it is not a form, is missing, loops or nests too deep. Images are noted.
    fn form(&mut self, name: &[u8], res: &Dictionary) -> Option<PaintedForm> {
        let id = match deref(self.doc, res.get(b"XObject").unwrap_or(&Object::Null))
            .as_dict()
            .ok()
            .and_then(|d| d.get(name).ok())
        {
            Some(Object::Reference(id)) => *id,
            _ => return None,
        };
        let stream = self.doc.get_object(id).and_then(Object::as_stream).ok()?;
        let subtype = stream.dict.get(b"Subtype").and_then(Object::as_name).ok();
        if subtype == Some(b"Image".as_slice()) {
            self.info.has_images = true;
            return None;
        }
        if subtype != Some(b"Form".as_slice()) {
            return None;
        }
        let matrix = stream
            .dict
            .get(b"Matrix")
            .ok()
            .and_then(|m| deref(self.doc, m).as_array().ok())
            .filter(|m| m.len() == 6 && m.iter().all(is_number))
            .cloned();
        if let Some(ops) = self.form_ops.get(&id) {
            return Some((ops.clone(), matrix));
        }
        if self.form_stack.contains(&id) || self.form_stack.len() >= MAX_FORM_DEPTH {
            let msg = format!(
                "page {}: form XObject nesting loop or too deep; inner form skipped",
                self.page
            );
            self.warn(msg);
            return None;
        }
        // A form's own resources, with the caller's filling what it lacks: WPS writes
        // watermark forms with an empty /Resources that still use the page's /GS9, fonts...
        let own = stream
            .dict
            .get(b"Resources")
            .ok()
            .and_then(|o| deref(self.doc, o).as_dict().ok());
        let mut effective = own.cloned().unwrap_or_default();
        for (cat, value) in res.iter() {
            match effective.get_mut(cat) {
                Err(_) => effective.set(cat.clone(), value.clone()),
                Ok(mine) => {
                    let theirs = deref(self.doc, value).as_dict().ok();
                    let mine_resolved = deref(self.doc, mine).as_dict().ok().cloned();
                    if let (Some(theirs), Some(mut merged)) = (theirs, mine_resolved) {
                        for (k, v) in theirs.iter() {
                            if merged.get(k).is_err() {
                                merged.set(k.clone(), v.clone());
                            }
                        }
                        *mine = Object::Dictionary(merged);
                    }
                }
            }
        }
        let bytes = match stream_bytes(stream) {
            Ok((b, _)) => b,
            Err(e) => {
                let msg = format!("page {}: form XObject skipped: {e}", self.page);
                self.warn(msg);
                Vec::new()
            }
        };
        self.form_stack.push(id);
        let mut ops = self.sanitise(&bytes, &effective);
        self.form_stack.pop();
        // A form that shows no text contributes nothing: do not inline it at all.
        if !ops
            .iter()
            .any(|o| matches!(o.operator.as_str(), "Tj" | "TJ"))
        {
            ops.clear();
        }
        let ops = Rc::new(ops);
        self.form_ops.insert(id, ops.clone());
        Some((ops, matrix))
    }
}

static OBJ_HEADER: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(r"(?m)^[ \t\r\x0c]*(\d{1,9})[ \t\r\n]+(\d{1,5})[ \t\r\n]+obj\b")
        .expect("static regex")
});
static CATALOG: LazyLock<regex::bytes::Regex> =
    LazyLock::new(|| regex::bytes::Regex::new(r"/Type\s*/Catalog\b").expect("static regex"));

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

    #[test]
    fn keeps_what_inflates_before_the_damage() {
        let text = b"BT /F1 12 Tf (first part) Tj ET ".repeat(200);
        let mut z = Vec::new();
        {
            use std::io::Write;
            let mut enc = flate2::write::ZlibEncoder::new(&mut z, flate2::Compression::fast());
            enc.write_all(&text).expect("compress");
        }
        z.truncate(z.len() / 2);
        let (out, partial) = inflate_partial(&z, true);
        assert!(partial || out.len() < text.len());
        assert!(!out.is_empty());
        assert!(text.starts_with(&out[..out.len().min(100)]));
    }

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

    #[test]
    fn lenient_decoding_skips_a_damaged_stretch() {
        let ops = decode_lenient(b"BT (one) Tj ET\n\x00\x01 (unclosed ET\nBT (two) Tj ET")
            .expect("some pieces parse");
        let shown: Vec<&Object> = ops
            .iter()
            .filter(|o| o.operator == "Tj")
            .filter_map(|o| o.operands.first())
            .collect();
        assert!(shown.contains(&&Object::string_literal("one")), "{ops:?}");
        assert!(shown.contains(&&Object::string_literal("two")), "{ops:?}");
    }
}
