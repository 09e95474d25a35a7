//! Make a loaded PDF safe for `pdf-extract` before it sees it.
//!
//! `pdf-extract` indexes operands, `unwrap`s resource look-ups and follows form XObjects
//! without a cycle check, so a single odd content stream (a WPS watermark form whose empty
//! `/Resources` is used with `/GS9 gs`, a `Tf` naming a missing font, a damaged Flate stream)
//! panics the whole extraction. This pass rewrites every page's content and every form
//! XObject it paints into a minimal, validated stream that keeps only what text extraction
//! needs: graphics-state save/restore, the CTM, text state and text-showing operators, and
//! `Do` of forms that exist. Everything it drops that could matter is reported as a warning.

use std::collections::{BTreeMap, HashSet};
use std::io::Read;

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

/// Largest decompressed content stream accepted (a guard against decompression bombs when
/// running in-process; the child process also has a hard memory limit).
const MAX_STREAM_BYTES: u64 = 64 << 20;
/// Deepest form XObject nesting followed.
const MAX_FORM_DEPTH: usize = 12;
/// Deepest `/Parent` chain followed for inherited page attributes.
const MAX_PARENT_DEPTH: usize = 64;
/// Fallback page size (A4) when a page has no usable `/MediaBox`.
const A4: [f32; 4] = [0.0, 0.0, 595.0, 842.0];

/// What the repair pass learnt about each page.
#[derive(Debug, Default, Clone)]
pub struct PageInfo {
    /// The page paints at least one image (inline or XObject).
    pub has_images: bool,
    /// The page shows at least one string with a usable font.
    pub shows_text: bool,
}

/// The outcome of [`repair`]: per-page facts (1-based page number -> info) and warnings.
#[derive(Debug, Default)]
pub struct RepairReport {
    pub pages: BTreeMap<u32, PageInfo>,
    pub warnings: Vec<String>,
}

/// Rewrite the document in place so that `pdf-extract` can walk it without panicking.
pub fn repair(doc: &mut Document) -> RepairReport {
    let mut report = RepairReport::default();
    let pages = doc.get_pages();
    let mut forms_done: HashSet<ObjectId> = HashSet::new();
    for (&num, &page_id) in &pages {
        let resources = inherited(doc, page_id, b"Resources")
            .and_then(|o| deref(doc, o).as_dict().ok().cloned())
            .unwrap_or_default();
        let media_box = inherited(doc, page_id, b"MediaBox")
            .and_then(|o| number_array(doc, deref(doc, o)))
            .filter(|v| v.len() == 4)
            .unwrap_or_else(|| A4.to_vec());

        let mut ctx = Sanitiser {
            doc,
            page: num,
            info: PageInfo::default(),
            warnings: Vec::new(),
            form_stack: Vec::new(),
            forms_done: &mut forms_done,
            form_rewrites: Vec::new(),
        };
        let raw = page_content_bytes(doc, page_id, &mut ctx.warnings, num);
        let ops = ctx.sanitise(&raw, &resources);
        let Sanitiser {
            info,
            warnings,
            form_rewrites,
            ..
        } = ctx;
        report.warnings.extend(warnings);
        report.pages.insert(num, info);

        let encoded = Content { operations: ops }.encode().unwrap_or_default();
        let content_id = doc.add_object(Object::Stream(Stream::new(Dictionary::new(), encoded)));
        for (form_id, bytes, res) in form_rewrites {
            if let Ok(Object::Stream(stream)) = doc.get_object_mut(form_id) {
                stream.set_plain_content(bytes);
                stream.dict.set("Resources", Object::Dictionary(res));
            }
        }
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
    }
    report
}

/// Follow a reference (a few levels); anything else is returned as is.
fn deref<'a>(doc: &'a Document, mut obj: &'a Object) -> &'a Object {
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
pub fn stream_bytes(stream: &Stream) -> Result<Vec<u8>, String> {
    let filters: Vec<Vec<u8>> = match stream.dict.get(b"Filter") {
        Err(_) => return Ok(stream.content.clone()),
        Ok(Object::Name(n)) => vec![n.clone()],
        Ok(Object::Array(a)) => a
            .iter()
            .filter_map(|f| f.as_name().ok().map(<[u8]>::to_vec))
            .collect(),
        Ok(_) => return Err("unreadable /Filter".into()),
    };
    let has_params = stream.dict.get(b"DecodeParms").is_ok();
    if let [only] = filters.as_slice()
        && only == b"FlateDecode"
        && !has_params
    {
        return inflate_bounded(&stream.content);
    }
    if filters.is_empty() {
        return Ok(stream.content.clone());
    }
    stream
        .decompressed_content()
        .map_err(|e| format!("cannot decode stream: {e}"))
}

fn inflate_bounded(input: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(input.len().saturating_mul(4).min(1 << 20));
    let zlib = flate2::read::ZlibDecoder::new(input)
        .take(MAX_STREAM_BYTES)
        .read_to_end(&mut out);
    if zlib.is_err() && out.is_empty() {
        // Some writers emit raw deflate without the zlib header, or a bad header.
        let raw = input.get(2..).unwrap_or_default();
        let _ = flate2::read::DeflateDecoder::new(raw)
            .take(MAX_STREAM_BYTES)
            .read_to_end(&mut out);
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
    Ok(out)
}

/// Concatenated content streams of a page; unreadable parts are skipped with a warning.
fn page_content_bytes(
    doc: &Document,
    page_id: ObjectId,
    warnings: &mut Vec<String>,
    page: u32,
) -> Vec<u8> {
    let mut out = Vec::new();
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
                Ok(bytes) => {
                    out.extend_from_slice(&bytes);
                    out.push(b'\n');
                }
                Err(e) => warnings.push(format!("page {page}: content stream skipped: {e}")),
            },
            Err(_) => warnings.push(format!("page {page}: content stream object missing")),
        }
    }
    out
}

/// Parse a content stream; if the whole does not parse (truncated or corrupted data), keep
/// the longest prefix ending at a text-object end that does.
fn decode_lenient(bytes: &[u8]) -> Option<Vec<Operation>> {
    if let Ok(c) = Content::decode(bytes) {
        return Some(c.operations);
    }
    let ends: Vec<usize> = bytes
        .windows(3)
        .enumerate()
        .filter(|(i, w)| {
            w[0] == b'E'
                && w[1] == b'T'
                && w[2].is_ascii_whitespace()
                && (*i == 0 || bytes.get(i - 1).is_some_and(u8::is_ascii_whitespace))
        })
        .map(|(i, _)| i + 2)
        .collect();
    for &end in ends.iter().rev().take(8) {
        if let Some(prefix) = bytes.get(..end)
            && let Ok(c) = Content::decode(prefix)
        {
            return Some(c.operations);
        }
    }
    None
}

struct Sanitiser<'a, 'b> {
    doc: &'a Document,
    page: u32,
    info: PageInfo,
    warnings: Vec<String>,
    form_stack: Vec<ObjectId>,
    forms_done: &'b mut HashSet<ObjectId>,
    /// Forms to rewrite after the pass: id, new content, effective resources.
    form_rewrites: Vec<(ObjectId, Vec<u8>, Dictionary)>,
}

impl Sanitiser<'_, '_> {
    fn warn(&mut self, msg: String) {
        // A broken document can repeat one fault thousands of times; keep the report short.
        if self.warnings.len() < 20 && !self.warnings.contains(&msg) {
            self.warnings.push(msg);
        }
    }

    /// The named entry of a resource category (`Font`, `XObject`), dereferenced.
    fn resource<'r>(&'r self, res: &'r Dictionary, cat: &[u8], name: &[u8]) -> Option<&'r Object>
    where
        Self: 'r,
    {
        let cat = deref(self.doc, res.get(cat).ok()?).as_dict().ok()?;
        let obj = cat.get(name).ok()?;
        // pdf-extract dereferences with `expect`: a dangling reference must not reach it.
        if let Object::Reference(id) = obj {
            self.doc.get_object(*id).ok()?;
        }
        Some(deref(self.doc, obj))
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
        for o in ops {
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
                    let usable = match name {
                        Some(name) if n == 2 && size_ok => self
                            .resource(res, b"Font", name)
                            .is_some_and(|f| self.font_usable(f)),
                        _ => false,
                    };
                    if usable {
                        font_ok = true;
                        out.push(o);
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
                    self.info.shows_text = true;
                    out.push(o);
                }
                "TJ" if n == 1 && matches!(o.operands.first(), Some(Object::Array(_))) => {
                    self.info.shows_text = true;
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
                    self.info.shows_text = true;
                    out.push(op("T*", vec![]));
                    out.push(op("Tj", o.operands));
                }
                "\"" if n == 3
                    && o.operands.iter().take(2).all(is_number)
                    && matches!(o.operands.get(2), Some(Object::String(..))) =>
                {
                    self.info.shows_text = true;
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
                        && self.do_form(name, res)
                    {
                        out.push(o);
                    }
                }
                // Colour, paths, clipping, marked content, ExtGState: irrelevant to text and
                // a source of panics in pdf-extract (missing colour spaces, /ExtGState).
                _ => {}
            }
        }
        out
    }

    /// Whether `Do /name` may be kept: the XObject is a form that exists, is not already
    /// being painted (a cycle), and has been (or now is) sanitised itself.
    fn do_form(&mut self, name: &[u8], res: &Dictionary) -> bool {
        let id = match deref(self.doc, res.get(b"XObject").unwrap_or(&Object::Null))
            .as_dict()
            .ok()
            .and_then(|d| d.get(name).ok())
        {
            Some(Object::Reference(id)) => *id,
            _ => return false,
        };
        let Ok(stream) = self.doc.get_object(id).and_then(Object::as_stream) else {
            return false;
        };
        let subtype = stream.dict.get(b"Subtype").and_then(Object::as_name).ok();
        if subtype == Some(b"Image".as_slice()) {
            self.info.has_images = true;
            return false;
        }
        if subtype != Some(b"Form".as_slice()) {
            return false;
        }
        if self.form_stack.contains(&id) || self.form_stack.len() >= MAX_FORM_DEPTH {
            let msg = format!(
                "page {}: form XObject nesting loop or too deep; inner form skipped",
                self.page
            );
            self.warn(msg);
            return false;
        }
        if self.forms_done.contains(&id) {
            return true;
        }
        self.forms_done.insert(id);
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
            Ok(b) => b,
            Err(e) => {
                let msg = format!("page {}: form XObject skipped: {e}", self.page);
                self.warn(msg);
                Vec::new()
            }
        };
        self.form_stack.push(id);
        let ops = self.sanitise(&bytes, &effective);
        self.form_stack.pop();
        let encoded = Content { operations: ops }.encode().unwrap_or_default();
        self.form_rewrites.push((id, encoded, effective));
        true
    }
}
