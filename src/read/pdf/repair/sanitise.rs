//! The sanitiser: a page (and the forms it paints, inlined) rewritten into a minimal,
//! validated content stream holding only what text extraction needs: graphics-state
//! save/restore, the CTM, text state, text-showing operators with usable fonts.

use std::collections::HashMap;
use std::rc::Rc;

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::objects::{MAX_FORM_DEPTH, PageInfo, RepairReport, deref, inherited, is_number};
use super::streams::{decode_lenient, page_content_bytes, stream_bytes};

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
