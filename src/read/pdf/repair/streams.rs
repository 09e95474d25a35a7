//! Content-stream bytes: bounded inflation that keeps what a damaged Flate stream still
//! yields (a decompression bomb is refused, not inflated), a page's concatenated content,
//! and lenient parsing that keeps the text objects around a damaged stretch.

use std::cell::RefCell;

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, ObjectId, Stream};

/// Largest decompressed content stream accepted (a guard against decompression bombs when
/// running in-process; the child process also has a hard memory limit).
const MAX_STREAM_BYTES: u64 = 64 << 20;

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

thread_local! {
    /// One inflater and step buffer per thread, reset for each stream: a new inflater zeroes
    /// ~40 KB of tables and window, which cost more than inflating a typical page.
    static INFLATER: RefCell<Option<(flate2::Decompress, Vec<u8>)>> = const { RefCell::new(None) };
}

/// Inflate in small steps so that the output produced before a corrupted spot is kept
/// (poppler shows the text before the damage too); stops at the size bound.
fn inflate_partial(input: &[u8], zlib_header: bool) -> (Vec<u8>, bool) {
    INFLATER.with(|cell| match cell.try_borrow_mut() {
        Ok(mut slot) => {
            let (d, buf) = slot.get_or_insert_with(|| {
                (flate2::Decompress::new(zlib_header), vec![0u8; STEP_BYTES])
            });
            d.reset(zlib_header);
            inflate_steps(d, buf, input)
        }
        Err(_) => inflate_steps(
            &mut flate2::Decompress::new(zlib_header),
            &mut vec![0u8; STEP_BYTES],
            input,
        ),
    })
}

/// Output produced per inflate step.
const STEP_BYTES: usize = 32 << 10;

fn inflate_steps(d: &mut flate2::Decompress, buf: &mut [u8], input: &[u8]) -> (Vec<u8>, bool) {
    let mut out = Vec::with_capacity(input.len().saturating_mul(4).min(1 << 20));
    let mut damaged = false;
    loop {
        let (in_before, out_before) = (d.total_in(), d.total_out());
        let rest = input.get(in_before as usize..).unwrap_or_default();
        let status = d.decompress(rest, buf, flate2::FlushDecompress::None);
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
pub fn page_content_bytes(
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
pub fn decode_lenient(bytes: &[u8]) -> Option<Vec<Operation>> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn zlib(data: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).expect("in memory");
        e.finish().expect("in memory")
    }

    #[test]
    fn the_reused_inflater_gives_what_a_fresh_one_gives_after_any_earlier_stream() {
        // Clean, damaged, truncated, raw-deflate and empty streams in a row on one thread:
        // each must inflate as it would with a new inflater (no state left over).
        let text = b"BT /F1 12 Tf (part) Tj ET ".repeat(3000);
        let clean = zlib(&text);
        let mut damaged = clean.clone();
        damaged[clean.len() / 2] ^= 0x5a;
        let truncated = clean[..clean.len() / 3].to_vec();
        let other = zlib(b"q 1 0 0 1 0 0 cm /Im0 Do Q");
        let raw = clean[2..].to_vec();
        let streams = [
            &clean,
            &damaged,
            &other,
            &truncated,
            &clean,
            &raw,
            &Vec::new(),
            &other,
        ];
        for round in 0..2 {
            for (i, input) in streams.iter().enumerate() {
                for header in [true, false] {
                    let fresh = inflate_steps(
                        &mut flate2::Decompress::new(header),
                        &mut vec![0u8; STEP_BYTES],
                        input,
                    );
                    assert_eq!(
                        inflate_partial(input, header),
                        fresh,
                        "round {round}, stream {i}"
                    );
                }
            }
        }
        assert_eq!(inflate_partial(&clean, true), (text.clone(), false));
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
