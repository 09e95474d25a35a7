//! Check boxes drawn with a symbol font (Wingdings, Wingdings 2, Webdings, ZapfDingbats) read
//! as boxes, not as the letters their codes stand for in a text encoding.
//!
//! A symbol font's glyphs sit at letter codes: Wingdings draws ☑ at `þ` (0xFE), ☐ at `o` and
//! `¨`, a tick at `ü`. Its `/ToUnicode` map (if any) gives those codes, or the private-use
//! `U+F0xx` a Windows symbol font maps them to, so the page read `þ Monthly o Weekly`. For a
//! font whose name is a symbol family's (and whose descriptor does not call it a text font),
//! the map is rewritten: check marks and ticked boxes read `☑`, empty boxes `☐`, crossed
//! boxes `☒`, bullets `•`, and its other pictures (arrows, phones, hands) nothing. A text
//! font is never touched, whatever its glyphs.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::objects::deref;
use super::streams::stream_bytes;

/// Most entries read from one `/ToUnicode` map (a bfrange can name 65 536 codes), and most
/// codes its ranges may name in all (ranges may overlap).
const MAX_ENTRIES: usize = 1 << 16;
const MAX_RANGE_CODES: usize = 4 * MAX_ENTRIES;
/// Largest `/ToUnicode` map read (a full two-byte map is well under 2 MiB).
const MAX_CMAP_BYTES: usize = 4 << 20;
/// What a picture glyph maps to: a private-use character, which the reader drops (an empty
/// map value is not something every CMap parser takes).
const PICTURE: char = '\u{E000}';

/// The symbol families whose check and box glyphs are known, by font name.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Family {
    Wingdings,
    Wingdings2,
    Webdings,
    ZapfDingbats,
}

impl Family {
    /// The family of a `/BaseFont` name (`ABCDEF+Wingdings-Regular`, `Wingdings 2`), if any.
    fn of(base_font: &[u8]) -> Option<Family> {
        let name = String::from_utf8_lossy(base_font);
        let name = name.rsplit_once('+').map_or(&*name, |(_, n)| n);
        let key: String = name
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        if key.starts_with("wingdings2") {
            Some(Family::Wingdings2)
        } else if key.starts_with("wingdings3") {
            None
        } else if key.starts_with("wingdings") {
            Some(Family::Wingdings)
        } else if key.starts_with("webdings") {
            Some(Family::Webdings)
        } else if key.contains("zapfdingbats") || key == "dingbats" {
            Some(Family::ZapfDingbats)
        } else {
            None
        }
    }

    /// What the glyph at `code` reads as: a box or mark, or `None` for a picture (no text).
    fn reads_as(self, code: u8) -> Option<char> {
        const TICKED: char = '☑';
        const EMPTY: char = '☐';
        const CROSSED: char = '☒';
        match (self, code) {
            (_, b' ') => Some(' '),
            (Family::Wingdings, 0xFE | 0xFC) => Some(TICKED),
            (Family::Wingdings, 0x6F | 0x70 | 0x71 | 0x72 | 0xA8) => Some(EMPTY),
            (Family::Wingdings, 0xFD | 0x78) => Some(CROSSED),
            (Family::Wingdings, 0xFB) => Some('✗'),
            (Family::Wingdings, 0x6E) => Some('■'),
            (Family::Wingdings, 0x6C | 0x9F | 0xA7 | 0x75 | 0x76 | 0x77) => Some('•'),
            (Family::Wingdings2, 0x50 | 0x52) => Some(TICKED),
            (Family::Wingdings2, 0xA3) => Some(EMPTY),
            (Family::Wingdings2, 0x53 | 0x54) => Some(CROSSED),
            (Family::Wingdings2, 0x4F) => Some('✗'),
            (Family::Webdings, 0x61) => Some(TICKED),
            (Family::Webdings, 0x72) => Some('✗'),
            (Family::ZapfDingbats, 0x33 | 0x34) => Some(TICKED),
            (Family::ZapfDingbats, 0x6F..=0x72) => Some(EMPTY),
            (Family::ZapfDingbats, 0x35..=0x38) => Some(CROSSED),
            (Family::ZapfDingbats, 0x6E) => Some('■'),
            (Family::ZapfDingbats, 0x6C) => Some('●'),
            _ => None,
        }
    }
}

/// Rewrite the `/ToUnicode` map of every symbol font in `doc`; the number of fonts rewritten.
pub fn map_symbol_fonts(doc: &mut Document) -> usize {
    let fonts: Vec<(ObjectId, Family)> = doc
        .objects
        .iter()
        .filter_map(|(&id, obj)| {
            let dict = obj.as_dict().ok()?;
            if dict.get(b"Type").ok()?.as_name().ok()? != b"Font" {
                return None;
            }
            symbol_family(doc, dict).map(|f| (id, f))
        })
        .collect();
    let mut rewritten = 0;
    for (id, family) in fonts {
        let Some(cmap) = doc
            .get_dictionary(id)
            .ok()
            .and_then(|font| symbol_map(doc, font, family))
        else {
            continue;
        };
        let stream_id = doc.add_object(Object::Stream(Stream::new(Dictionary::new(), cmap)));
        if let Ok(Object::Dictionary(font)) = doc.get_object_mut(id) {
            font.set("ToUnicode", Object::Reference(stream_id));
            rewritten += 1;
        }
    }
    rewritten
}

/// The family of a font dictionary whose name is a symbol family's, unless its descriptor
/// (its own, or its descendant's) flags it as a non-symbolic text font.
fn symbol_family(doc: &Document, font: &Dictionary) -> Option<Family> {
    let family = Family::of(font.get(b"BaseFont").ok()?.as_name().ok()?)?;
    let descendant = font
        .get(b"DescendantFonts")
        .ok()
        .and_then(|d| deref(doc, d).as_array().ok())
        .and_then(|a| a.first())
        .and_then(|d| deref(doc, d).as_dict().ok());
    let flags = [Some(font), descendant]
        .into_iter()
        .flatten()
        .find_map(|f| f.get(b"FontDescriptor").ok())
        .and_then(|d| deref(doc, d).as_dict().ok())
        .and_then(|d| d.get(b"Flags").ok())
        .and_then(|f| f.as_i64().ok());
    // Bit 3: symbolic; bit 6: non-symbolic (a font with the standard Latin characters).
    let text_font = flags.is_some_and(|f| f & 32 != 0 && f & 4 == 0);
    (!text_font).then_some(family)
}

/// The new `/ToUnicode` CMap of a symbol font, or `None` to leave the font as it is: its
/// own map with every symbol-code value replaced by what the glyph reads as; without a map,
/// a simple font's one-byte codes, which are the symbol codes themselves. (A ZapfDingbats
/// font without a map is decoded by its glyph names already.)
fn symbol_map(doc: &Document, font: &Dictionary, family: Family) -> Option<Vec<u8>> {
    let own = font
        .get(b"ToUnicode")
        .ok()
        .map(|o| deref(doc, o))
        .and_then(|o| o.as_stream().ok());
    let entries: BTreeMap<u32, (usize, Vec<char>)> = match own {
        Some(stream) => {
            let (bytes, _) = stream_bytes(stream).ok()?;
            if bytes.len() > MAX_CMAP_BYTES {
                return None;
            }
            let mut map = parse_bf(&bytes);
            let mut changed = false;
            for (_, text) in map.values_mut() {
                if let [c] = text[..]
                    && let Some(code) = symbol_code(c)
                {
                    *text = vec![family.reads_as(code).unwrap_or(PICTURE)];
                    changed = true;
                }
            }
            if !changed {
                return None;
            }
            map
        }
        None if family == Family::ZapfDingbats => return None,
        None if font.get(b"DescendantFonts").is_ok() => return None,
        None => (0..=255u8)
            .map(|b| {
                (
                    u32::from(b),
                    (1, vec![family.reads_as(b).unwrap_or(PICTURE)]),
                )
            })
            .collect(),
    };
    Some(write_cmap(&entries))
}

/// The symbol code a map value stands for: a Latin-1 letter or the private-use `U+F0xx` a
/// Windows symbol font uses.
fn symbol_code(c: char) -> Option<u8> {
    let u = c as u32;
    match u {
        0x20..=0xFF => u8::try_from(u).ok(),
        0xF020..=0xF0FF => u8::try_from(u - 0xF000).ok(),
        _ => None,
    }
}

/// A hex string's bytes, a bracket, or a keyword, in a CMap.
#[derive(Debug, PartialEq)]
enum Token {
    Hex(Vec<u8>),
    Open,
    Close,
    Word(String),
}

fn tokens(src: &[u8]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < src.len() {
        match src[i] {
            b'<' if src.get(i + 1) != Some(&b'<') => {
                let end = src[i..]
                    .iter()
                    .position(|&c| c == b'>')
                    .map_or(src.len(), |p| i + p);
                let digits: Vec<u8> = src[i + 1..end]
                    .iter()
                    .filter_map(|&c| (c as char).to_digit(16).map(|d| d as u8))
                    .collect();
                out.push(Token::Hex(
                    digits
                        .chunks(2)
                        .map(|p| (p[0] << 4) | p.get(1).copied().unwrap_or(0))
                        .collect(),
                ));
                i = end + 1;
            }
            b'[' => {
                out.push(Token::Open);
                i += 1;
            }
            b']' => {
                out.push(Token::Close);
                i += 1;
            }
            b'%' => {
                i += src[i..]
                    .iter()
                    .position(|&c| c == b'\n' || c == b'\r')
                    .unwrap_or(src.len() - i);
            }
            c if c.is_ascii_alphabetic() => {
                let n = src[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
                out.push(Token::Word(
                    String::from_utf8_lossy(&src[i..i + n]).into_owned(),
                ));
                i += n;
            }
            _ => i += 1,
        }
    }
    out
}

fn code_of(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .take(4)
        .fold(0, |acc, &b| (acc << 8) | u32::from(b))
}

fn utf16_chars(bytes: &[u8]) -> Vec<char> {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|p| (u16::from(p[0]) << 8) | u16::from(p.get(1).copied().unwrap_or(0)))
        .collect();
    char::decode_utf16(units).filter_map(Result::ok).collect()
}

/// The `bfchar` and `bfrange` entries of a `/ToUnicode` CMap: code -> (code width, text).
fn parse_bf(src: &[u8]) -> BTreeMap<u32, (usize, Vec<char>)> {
    let toks = tokens(src);
    let mut map = BTreeMap::new();
    let mut i = 0;
    let mut section = "";
    let mut budget = MAX_RANGE_CODES;
    while i < toks.len() && map.len() < MAX_ENTRIES {
        match (&toks[i], section) {
            (Token::Word(w), _) => {
                section = match w.as_str() {
                    "beginbfchar" => "char",
                    "beginbfrange" => "range",
                    _ => "",
                };
                i += 1;
            }
            (Token::Hex(code), "char") => {
                if let Some(Token::Hex(dst)) = toks.get(i + 1) {
                    map.insert(code_of(code), (code.len(), utf16_chars(dst)));
                }
                i += 2;
            }
            (Token::Hex(lo), "range") => {
                let (Some(Token::Hex(hi)), Some(dst)) = (toks.get(i + 1), toks.get(i + 2)) else {
                    break;
                };
                let (lo_code, hi_code) = (code_of(lo), code_of(hi));
                let count = hi_code.saturating_sub(lo_code).min(MAX_ENTRIES as u32) as usize + 1;
                if count > budget {
                    break;
                }
                budget -= count;
                match dst {
                    Token::Hex(first) => {
                        let base = utf16_chars(first);
                        for k in 0..count {
                            let mut text = base.clone();
                            if let Some(last) = text.last_mut() {
                                *last = char::from_u32(*last as u32 + k as u32).unwrap_or(*last);
                            }
                            if let Some(code) = lo_code.checked_add(k as u32) {
                                map.insert(code, (lo.len(), text));
                            }
                        }
                        i += 3;
                    }
                    Token::Open => {
                        let mut k = 0u32;
                        i += 3;
                        while let Some(Token::Hex(d)) = toks.get(i) {
                            if let Some(code) = lo_code.checked_add(k).filter(|_| k < count as u32)
                            {
                                map.insert(code, (lo.len(), utf16_chars(d)));
                            }
                            k += 1;
                            i += 1;
                        }
                        i += 1;
                    }
                    _ => i += 3,
                }
            }
            _ => i += 1,
        }
    }
    map
}

/// A `/ToUnicode` CMap of `entries`.
fn write_cmap(entries: &BTreeMap<u32, (usize, Vec<char>)>) -> Vec<u8> {
    let width = entries
        .values()
        .map(|(w, _)| *w)
        .max()
        .unwrap_or(1)
        .clamp(1, 4);
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /LoanlintSymbols def\n/CMapType 2 def\n1 begincodespacerange\n",
    );
    let hex = |code: u32| format!("{code:0w$X}", w = 2 * width);
    out.push_str(&format!(
        "<{}> <{}>\nendcodespacerange\n",
        hex(0),
        "FF".repeat(width)
    ));
    let items: Vec<(&u32, &(usize, Vec<char>))> = entries.iter().collect();
    for chunk in items.chunks(100) {
        out.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for (code, (_, text)) in chunk {
            let mut units = String::new();
            for c in text {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    units.push_str(&format!("{u:04X}"));
                }
            }
            out.push_str(&format!("<{}> <{units}>\n", hex(**code)));
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbol_families_are_known_by_name_only() {
        assert_eq!(
            Family::of(b"ZVFGDS+Wingdings-Regular"),
            Some(Family::Wingdings)
        );
        assert_eq!(Family::of(b"Wingdings2"), Some(Family::Wingdings2));
        assert_eq!(Family::of(b"ZapfDingbats"), Some(Family::ZapfDingbats));
        assert_eq!(Family::of(b"Wingdings3"), None);
        assert_eq!(Family::of(b"Helvetica"), None);
        assert_eq!(Family::of(b"ABCDEF+SimSun"), None);
    }

    #[test]
    fn a_symbol_map_reads_boxes_and_drops_pictures() {
        let src = b"/CIDInit /ProcSet findresource begin\n2 beginbfchar\n<0083> <F0A7>\n<0085> <F0A8>\nendbfchar\n1 beginbfrange\n<0090> <0091> [<00FE> <2022>]\nendbfrange\n1 beginbfrange\n<00A0> <00A1> <F0FC>\nendbfrange\nend";
        let mut map = parse_bf(src);
        assert_eq!(map.len(), 6);
        assert_eq!(map[&0x85], (2, vec!['\u{F0A8}']));
        assert_eq!(map[&0xA1], (2, vec!['\u{F0FD}']));
        for (_, text) in map.values_mut() {
            if let [c] = text[..]
                && let Some(code) = symbol_code(c)
            {
                *text = vec![Family::Wingdings.reads_as(code).unwrap_or(PICTURE)];
            }
        }
        assert_eq!(map[&0x83].1, vec!['•']);
        assert_eq!(map[&0x85].1, vec!['☐']);
        assert_eq!(map[&0x90].1, vec!['☑']);
        assert_eq!(map[&0x91].1, vec!['•'], "a real Unicode value is kept");
        assert_eq!(map[&0xA0].1, vec!['☑']);
        assert_eq!(map[&0xA1].1, vec!['☒']);
        let written = write_cmap(&map);
        assert_eq!(parse_bf(&written), map);
    }

    #[test]
    fn hostile_maps_end() {
        assert!(
            parse_bf(b"beginbfrange <0000> <FFFFFFFF> <0041> endbfrange").len() <= MAX_ENTRIES + 1
        );
        assert!(parse_bf(b"beginbfchar <41").is_empty());
        assert!(parse_bf(b"beginbfrange <00> <05> [<41> <42>").len() <= 6);
        assert!(parse_bf(b"<<<<[[]]%").is_empty());
        // Overlapping ranges cannot make the work grow without bound.
        let many = "beginbfrange <0000> <FFFF> <0041>\n".repeat(10_000);
        assert!(parse_bf(many.as_bytes()).len() <= MAX_ENTRIES + 1);
    }
}
