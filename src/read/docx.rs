//! Word `.docx` files (a private lender's contract): the ZIP opened with `zip`, the body,
//! headers and footers streamed through quick-xml (no recursion, whatever the nesting).
//! One paragraph a line; one table row a line with its cells two spaces apart; tabs become
//! two spaces, breaks new lines. Tracked changes read as accepted: insertions kept,
//! deletions and moved-away text dropped; hidden runs (`w:vanish`) and field codes dropped.
//!
//! Bounds: the file size, each part's and all parts' unpacked size (a ZIP bomb is refused
//! as soon as it inflates past them, whatever sizes its directory claims).

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};

use super::blanks::blank_placeholders;
use super::error::ReadError;

/// Largest `.docx` file read.
pub const MAX_DOCX_BYTES: usize = 64 << 20;
/// Most bytes one part (the body, a header) may unpack to.
pub const MAX_PART_BYTES: u64 = 32 << 20;
/// Most bytes all the parts read may unpack to together.
pub const MAX_UNPACKED_BYTES: u64 = 96 << 20;

/// Plain text of a Word document: headers, body, footers; and what the reader noticed.
pub fn docx_to_text(bytes: &[u8], name: &str) -> Result<(String, Vec<String>), ReadError> {
    let malformed = |detail: String| ReadError::Malformed {
        path: name.to_string(),
        format: "Word (.docx)",
        detail,
    };
    if bytes.len() > MAX_DOCX_BYTES {
        return Err(malformed(format!(
            "{} bytes is over the {} MiB limit for Word files",
            bytes.len(),
            MAX_DOCX_BYTES >> 20
        )));
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| malformed(format!("not a readable ZIP archive: {e}")))?;
    let names: Vec<String> = zip.file_names().map(str::to_string).collect();
    if !names.iter().any(|n| n == "word/document.xml") {
        let what = if names.iter().any(|n| n.starts_with("xl/")) {
            "an Excel workbook (.xlsx)"
        } else if names.iter().any(|n| n.starts_with("ppt/")) {
            "a PowerPoint file (.pptx)"
        } else if names.iter().any(|n| n == "content.xml") {
            "an OpenDocument file; save it as .docx or PDF"
        } else {
            "a ZIP archive that is not a Word document (no word/document.xml)"
        };
        return Err(ReadError::UnsupportedContent {
            path: name.to_string(),
            what: what.to_string(),
        });
    }
    let part_names = |prefix: &str| {
        let mut found: Vec<String> = names
            .iter()
            .filter(|n| {
                n.strip_prefix(prefix)
                    .is_some_and(|rest| rest.ends_with(".xml") && !rest.contains('/'))
            })
            .cloned()
            .collect();
        found.sort();
        found
    };
    let headers = part_names("word/header");
    let footers = part_names("word/footer");
    let mut budget = MAX_UNPACKED_BYTES;
    let mut warnings = Vec::new();
    let mut out = String::new();
    let mut seen_edges: Vec<String> = Vec::new();
    let order = headers
        .iter()
        .map(|n| (n.as_str(), true))
        .chain(std::iter::once(("word/document.xml", false)))
        .chain(footers.iter().map(|n| (n.as_str(), true)));
    for (part, edge) in order {
        let xml = unpack(&mut zip, part, &mut budget).map_err(&malformed)?;
        let (text, deleted) = part_text(&xml).map_err(|e| malformed(format!("{part}: {e}")))?;
        if deleted {
            warnings.push(format!(
                "{part}: tracked changes read as accepted (deleted text left out)"
            ));
        }
        // Headers and footers repeat (first page, even pages): each distinct text once.
        if edge && (text.trim().is_empty() || seen_edges.contains(&text)) {
            continue;
        }
        if edge {
            seen_edges.push(text.clone());
        }
        out.push_str(&text);
    }
    Ok((blank_placeholders(&out).into_owned(), warnings))
}

/// The unpacked bytes of one part, within the per-part limit and the shared `budget`.
fn unpack(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    part: &str,
    budget: &mut u64,
) -> Result<Vec<u8>, String> {
    let file = zip
        .by_name(part)
        .map_err(|e| format!("cannot open {part}: {e}"))?;
    let limit = MAX_PART_BYTES.min(*budget);
    let mut data = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut data)
        .map_err(|e| format!("cannot unpack {part}: {e}"))?;
    if data.len() as u64 > limit {
        return Err(format!(
            "{part} unpacks to more than {} MiB (a ZIP bomb?)",
            limit >> 20
        ));
    }
    *budget -= data.len() as u64;
    Ok(data)
}

/// Where the walk is inside a table.
#[derive(Default)]
struct Cell {
    /// Cells already written in the current row.
    cells_in_row: usize,
    /// Paragraphs already written in the current cell.
    paragraphs_in_cell: usize,
}

/// Text of one WordprocessingML part, and whether tracked deletions were dropped.
fn part_text(xml: &[u8]) -> Result<(String, bool), String> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut skip_buf = Vec::new();
    let mut out = String::new();
    let mut line = String::new();
    let mut tables: Vec<Cell> = Vec::new();
    let mut in_run_props = false;
    let mut run_hidden = false;
    let mut in_text = false;
    let mut deleted = false;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| format!("bad XML at byte {}: {e}", reader.buffer_position()))?;
        match event {
            Event::Eof => break,
            Event::Start(e) => match e.local_name().as_ref() {
                // Deleted or moved-away text, the fallback copy of a text box, field codes.
                b"del" | b"moveFrom" | b"Fallback" | b"instrText" | b"delText" => {
                    deleted |= matches!(e.local_name().as_ref(), b"del" | b"moveFrom");
                    let end = e.name().as_ref().to_vec();
                    reader
                        .read_to_end_into(quick_xml::name::QName(&end), &mut skip_buf)
                        .map_err(|e| format!("bad XML: {e}"))?;
                }
                b"t" => in_text = !run_hidden,
                b"r" => run_hidden = false,
                b"rPr" => in_run_props = true,
                b"tbl" => tables.push(Cell::default()),
                b"tr" => {
                    if let Some(t) = tables.last_mut() {
                        t.cells_in_row = 0;
                    }
                }
                b"tc" => {
                    if let Some(t) = tables.last_mut() {
                        if t.cells_in_row > 0 {
                            line.push_str("  ");
                        }
                        t.cells_in_row += 1;
                        t.paragraphs_in_cell = 0;
                    }
                }
                b"p" => {
                    if let Some(t) = tables.last_mut() {
                        if t.paragraphs_in_cell > 0 && !line.ends_with(' ') {
                            line.push(' ');
                        }
                        t.paragraphs_in_cell += 1;
                    }
                }
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"tab" if !in_run_props => line.push_str("  "),
                b"br" | b"cr" => end_line(&mut out, &mut line),
                b"noBreakHyphen" => line.push('-'),
                b"vanish" if in_run_props && is_on(&e) => run_hidden = true,
                b"p" if tables.is_empty() => end_line(&mut out, &mut line),
                _ => {}
            },
            Event::Text(t) if in_text => {
                let text = t.unescape().map_err(|e| format!("bad text: {e}"))?;
                line.push_str(&text);
            }
            Event::CData(t) if in_text => line.push_str(&String::from_utf8_lossy(&t)),
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"rPr" => in_run_props = false,
                b"p" if tables.is_empty() => end_line(&mut out, &mut line),
                b"tr" => end_line(&mut out, &mut line),
                b"tbl" => {
                    tables.pop();
                    end_line(&mut out, &mut line);
                }
                _ => {}
            },
            _ => {}
        }
        buf.clear();
        skip_buf.clear();
    }
    if !line.trim().is_empty() {
        end_line(&mut out, &mut line);
    }
    Ok((out, deleted))
}

/// A toggle property (`<w:vanish/>`, `<w:vanish w:val="true"/>`) that is on.
fn is_on(e: &BytesStart) -> bool {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == b"val")
        .is_none_or(|a| !matches!(a.value.as_ref(), b"0" | b"false" | b"off"))
}

fn end_line(out: &mut String, line: &mut String) {
    let trimmed = line.trim_end();
    if !trimmed.is_empty() {
        out.push_str(trimmed);
        out.push('\n');
    } else if !out.is_empty() && !out.ends_with("\n\n") {
        out.push('\n');
    }
    line.clear();
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn docx(parts: &[(&str, String)]) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut zip = zip::ZipWriter::new(Cursor::new(&mut out));
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            for (name, body) in parts {
                zip.start_file(*name, options).expect("start");
                zip.write_all(body.as_bytes()).expect("write");
            }
            zip.finish().expect("finish");
        }
        out
    }

    fn body(inner: &str) -> String {
        format!(r#"<?xml version="1.0"?><w:document {NS}><w:body>{inner}</w:body></w:document>"#)
    }

    #[test]
    fn paragraphs_tables_tabs_breaks_and_tracked_changes() {
        let doc = body(concat!(
            "<w:p><w:r><w:t>借款合同</w:t></w:r></w:p>",
            "<w:p><w:r><w:t xml:space=\"preserve\">甲方：</w:t><w:tab/><w:t>张三</w:t><w:br/><w:t>乙方：李四</w:t></w:r></w:p>",
            "<w:p><w:r><w:t>借款金额</w:t></w:r><w:ins><w:r><w:t>伍万</w:t></w:r></w:ins>",
            "<w:del><w:r><w:delText>壹万</w:delText></w:r></w:del><w:r><w:t>元</w:t></w:r>",
            "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p>",
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>期数</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>本金</w:t></w:r></w:p><w:p><w:r><w:t>(元)</w:t></w:r></w:p></w:tc></w:tr>",
            "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>${amount}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
            "<w:p><w:r><w:instrText> PAGE </w:instrText><w:t>完</w:t></w:r></w:p>",
        ));
        let header = format!(r#"<w:hdr {NS}><w:p><w:r><w:t>页眉</w:t></w:r></w:p></w:hdr>"#);
        let bytes = docx(&[
            ("word/document.xml", doc),
            ("word/header1.xml", header.clone()),
            ("word/header2.xml", header),
        ]);
        let (text, warnings) = docx_to_text(&bytes, "t.docx").expect("reads");
        assert_eq!(
            text,
            "页眉\n借款合同\n甲方：  张三\n乙方：李四\n借款金额伍万元\n期数  本金 (元)\n1  ____\n\n完\n"
        );
        assert!(
            warnings.iter().any(|w| w.contains("tracked changes")),
            "{warnings:?}"
        );
    }

    #[test]
    fn a_zip_bomb_is_refused() {
        let huge = "<w:p><w:r><w:t>a</w:t></w:r></w:p>".repeat((MAX_PART_BYTES as usize / 30) + 10);
        let bytes = docx(&[("word/document.xml", body(&huge))]);
        assert!(bytes.len() < MAX_DOCX_BYTES);
        let err = docx_to_text(&bytes, "bomb.docx").expect_err("too big unpacked");
        assert!(err.to_string().contains("ZIP bomb"), "{err}");
    }

    #[test]
    fn a_zip_that_is_not_word_is_named() {
        let bytes = docx(&[("xl/workbook.xml", "<x/>".into())]);
        let err = docx_to_text(&bytes, "book.docx").expect_err("not word");
        assert_eq!(err.reason(), "unsupported");
        assert!(err.to_string().contains("Excel"), "{err}");
    }
}
