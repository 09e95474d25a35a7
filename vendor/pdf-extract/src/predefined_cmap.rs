//! loanlint: the predefined CMaps of composite (Type0) fonts (ISO 32000-1 9.7.5.2, Table 118)
//! whose character codes are themselves a text encoding, decoded without Adobe's CMap files.
//!
//! iText, reportlab (`UnicodeCIDFont`), WPS and many Chinese bank systems name such a CMap
//! (`/UniGB-UCS2-H`, `/GBK-EUC-H`, ...) as the font's `/Encoding` and embed no ToUnicode map.
//! - `Uni*-UCS2-*`: each code is two bytes of UCS-2, the character itself.
//! - `Uni*-UTF16-*`: UTF-16BE, two bytes or a four-byte surrogate pair.
//! - The legacy CJK CMaps: codes are GBK/GB 18030, Big5, Shift-JIS, EUC-JP or EUC-KR/UHC
//!   byte sequences, decoded with `encoding_rs`.
//! Identity and the CMaps keyed by raw CIDs (the 7-bit `GB-H`, `CNS-EUC-*`, ...) need Adobe's
//! CID-to-Unicode tables, which are not shipped here: [`lookup`] does not know them.
//!
//! A glyph's width in `/W` is keyed by its CID, which only the CMap file gives. The ASCII
//! codes, the ones whose widths vary (proportional Latin), are mapped here by the runs below,
//! read off Adobe's CMap resources (the copies pdfminer.six ships); every other code takes the
//! font's `/DW` (CJK glyphs are full width).

use encoding_rs::{Encoding, BIG5, EUC_JP, EUC_KR, GB18030, GBK, SHIFT_JIS};
use lopdf::Object;

/// How a predefined CMap's codes are split and decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    /// Two bytes of UCS-2 per code.
    Ucs2,
    /// UTF-16BE: two bytes, or four for a surrogate pair.
    Utf16,
    /// A legacy multi-byte encoding; the code's length follows from its lead byte.
    Legacy(Legacy),
}

/// The byte layouts of the legacy CJK encodings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Legacy {
    /// GB 2312 / GBK: a lead byte 0x81-0xFE starts a two-byte code.
    Gbk,
    /// GB 18030 (`GBK2K`): as GBK, plus four-byte codes whose second byte is a digit.
    Gb18030,
    /// Big5 (with the HKSCS and ETen extensions).
    Big5,
    /// Shift-JIS: lead bytes 0x81-0x9F and 0xE0-0xFC.
    ShiftJis,
    /// EUC-JP: 0x8E and 0xA1-0xFE lead two-byte codes, 0x8F three-byte ones.
    EucJp,
    /// EUC-KR and Microsoft's UHC superset: a lead byte 0x81-0xFE.
    EucKr,
}

/// One predefined CMap this module can decode.
#[derive(Debug)]
pub struct PredefinedCMap {
    pub scheme: Scheme,
    /// ASCII codes to CIDs: `(first code, last code, CID of the first)`.
    ascii_cids: &'static [(u8, u8, u32)],
}

/// ASCII 0x20-0x7E at CIDs 1-95, the proportional Latin of every Adobe CJK collection.
const LATIN_FROM_1: &[(u8, u8, u32)] = &[(0x20, 0x7e, 1)];
/// UniJIS-UCS2: the backslash has its own CID (97), 0x5D-0x7E continue at 62.
const UNIJIS_UCS2: &[(u8, u8, u32)] = &[(0x20, 0x5b, 1), (0x5c, 0x5c, 97), (0x5d, 0x7e, 62)];
/// UniJIS-UTF16 also gives `|` and `~` their own CIDs.
const UNIJIS_UTF16: &[(u8, u8, u32)] = &[
    (0x20, 0x5b, 1),
    (0x5c, 0x5c, 97),
    (0x5d, 0x7b, 62),
    (0x7c, 0x7c, 99),
    (0x7d, 0x7d, 94),
    (0x7e, 0x7e, 100),
];
/// UniJIS-UCS2-HW: half-width (monospaced) Latin.
const UNIJIS_UCS2_HW: &[(u8, u8, u32)] = &[(0x20, 0x5b, 231), (0x5c, 0x5c, 8719), (0x5d, 0x7e, 292)];
/// GB-EUC and GBK-EUC: half-width Latin at 814-907, the space at 7716.
const GB_EUC: &[(u8, u8, u32)] = &[(0x20, 0x20, 7716), (0x21, 0x7e, 814)];
/// ETen-B5: half-width Latin at 13648-13742.
const ETEN_B5: &[(u8, u8, u32)] = &[(0x20, 0x7e, 13648)];
/// 90ms-RKSJ and EUC-H: half-width Latin at 231-325 (90ms-RKSJ's tilde is the overline, 631).
const RKSJ_90MS: &[(u8, u8, u32)] = &[(0x20, 0x7d, 231), (0x7e, 0x7e, 631)];
const EUC_JP_LATIN: &[(u8, u8, u32)] = &[(0x20, 0x7e, 231)];
/// KSC-EUC: half-width Latin at 8094-8188.
const KSC_EUC: &[(u8, u8, u32)] = &[(0x20, 0x7e, 8094)];

/// The predefined CMap named `name` (`-H` or `-V`), if this module decodes it.
pub fn lookup(name: &str) -> Option<PredefinedCMap> {
    use self::Legacy::*;
    use Scheme::{Ucs2, Utf16};
    let base = name.strip_suffix("-H").or_else(|| name.strip_suffix("-V"))?;
    let (scheme, ascii_cids) = match base {
        "UniGB-UCS2" | "UniCNS-UCS2" | "UniKS-UCS2" => (Ucs2, LATIN_FROM_1),
        "UniJIS-UCS2" => (Ucs2, UNIJIS_UCS2),
        "UniJIS-UCS2-HW" => (Ucs2, UNIJIS_UCS2_HW),
        "UniGB-UTF16" | "UniCNS-UTF16" | "UniKS-UTF16" => (Utf16, LATIN_FROM_1),
        "UniJIS-UTF16" => (Utf16, UNIJIS_UTF16),
        "GB-EUC" | "GBK-EUC" => (Scheme::Legacy(Gbk), GB_EUC),
        "GBpc-EUC" | "GBKp-EUC" => (Scheme::Legacy(Gbk), LATIN_FROM_1),
        "GBK2K" => (Scheme::Legacy(Gb18030), LATIN_FROM_1),
        "ETen-B5" => (Scheme::Legacy(Big5), ETEN_B5),
        "B5pc" | "ETenms-B5" | "HKscs-B5" => (Scheme::Legacy(Big5), LATIN_FROM_1),
        "90ms-RKSJ" => (Scheme::Legacy(ShiftJis), RKSJ_90MS),
        "90msp-RKSJ" => (Scheme::Legacy(ShiftJis), LATIN_FROM_1),
        "EUC" => (Scheme::Legacy(EucJp), EUC_JP_LATIN),
        "KSC-EUC" => (Scheme::Legacy(EucKr), KSC_EUC),
        "KSCms-UHC" | "KSCms-UHC-HW" | "KSCpc-EUC" => (Scheme::Legacy(EucKr), LATIN_FROM_1),
        _ => return None,
    };
    Some(PredefinedCMap { scheme, ascii_cids })
}

/// Whether pdf-extract can turn text in a font with this `/Encoding` name into characters:
/// the two Identity CMaps (given a ToUnicode map) and those [`lookup`] knows.
pub fn is_decodable_cmap_name(name: &[u8]) -> bool {
    match std::str::from_utf8(name) {
        Ok("Identity-H" | "Identity-V") => true,
        Ok(name) => lookup(name).is_some(),
        Err(_) => false,
    }
}

impl PredefinedCMap {
    /// The next code in `bytes` (big-endian, as a number) and its length in bytes; `None`
    /// when the string ends inside a code.
    pub fn next_code(&self, bytes: &mut std::slice::Iter<u8>) -> Option<(u32, u8)> {
        let first = *bytes.next()? as u32;
        let length = match self.scheme {
            Scheme::Ucs2 => 2,
            // A high surrogate starts a four-byte pair.
            Scheme::Utf16 if (0xd8..=0xdb).contains(&first) => 4,
            Scheme::Utf16 => 2,
            Scheme::Legacy(legacy) => legacy_length(legacy, first as u8, bytes.as_slice()),
        };
        let mut code = first;
        for _ in 1..length {
            code = (code << 8) | *bytes.next()? as u32;
        }
        Some((code, length))
    }

    /// The text of `code`; empty when the encoding has no character there.
    pub fn decode(&self, code: u32) -> String {
        // Every multi-byte code has a non-zero lead byte, so its length shows in its value.
        let length = match code {
            0..=0xff => 1,
            0x100..=0xffff => 2,
            0x1_0000..=0xff_ffff => 3,
            _ => 4,
        };
        match self.scheme {
            Scheme::Ucs2 => char::from_u32(code).map(String::from).unwrap_or_default(),
            Scheme::Utf16 => {
                let units: Vec<u16> = if code > 0xffff {
                    vec![(code >> 16) as u16, code as u16]
                } else {
                    vec![code as u16]
                };
                String::from_utf16(&units).unwrap_or_default()
            }
            Scheme::Legacy(legacy) => {
                let bytes = code.to_be_bytes();
                let bytes = &bytes[4 - length..];
                encoding_of(legacy)
                    .decode_without_bom_handling_and_without_replacement(bytes)
                    .map(|s| s.into_owned())
                    .unwrap_or_default()
            }
        }
    }

    /// The CID whose `/W` entry gives the width of the one-byte or UCS-2 ASCII `code`.
    pub fn ascii_cid(&self, code: u32) -> Option<u32> {
        self.ascii_cids
            .iter()
            .find(|&&(lo, hi, _)| code >= lo as u32 && code <= hi as u32)
            .map(|&(lo, _, cid)| cid + (code - lo as u32))
    }

    /// The widths `/W` gives the CIDs of this CMap's ASCII codes, as (CID, width). `/W`
    /// holds `c [w1 w2 ...]` (widths from CID c on) and `c_first c_last w` entries; a
    /// malformed entry ends the reading, and only the ASCII CIDs are looked at, so a huge
    /// range costs nothing.
    pub fn ascii_widths(&self, w: &[&Object]) -> Vec<(u32, f64)> {
        let wanted = |cid: i64| {
            self.ascii_cids
                .iter()
                .any(|&(lo, hi, first)| cid >= first as i64 && cid <= first as i64 + (hi - lo) as i64)
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i + 1 < w.len() {
            let Ok(first) = w[i].as_i64() else { break };
            if let Object::Array(list) = w[i + 1] {
                for (k, width) in list.iter().enumerate() {
                    let cid = first.saturating_add(k as i64);
                    if let (true, Some(width)) = (wanted(cid), number(width)) {
                        out.push((cid as u32, width));
                    }
                }
                i += 2;
                continue;
            }
            let (Ok(last), Some(width)) = (w[i + 1].as_i64(), w.get(i + 2).and_then(|o| number(o)))
            else {
                break;
            };
            for &(lo, hi, cid0) in self.ascii_cids {
                let (run_lo, run_hi) = (cid0 as i64, cid0 as i64 + (hi - lo) as i64);
                for cid in first.max(run_lo)..=last.min(run_hi) {
                    out.push((cid as u32, width));
                }
            }
            i += 3;
        }
        out
    }
}

fn number(o: &Object) -> Option<f64> {
    match *o {
        Object::Integer(i) => Some(i as f64),
        Object::Real(f) => Some(f as f64),
        _ => None,
    }
}

/// How many bytes the legacy code starting with `lead` takes (`rest` follows it).
fn legacy_length(legacy: Legacy, lead: u8, rest: &[u8]) -> u8 {
    let double = match legacy {
        Legacy::ShiftJis => matches!(lead, 0x81..=0x9f | 0xe0..=0xfc),
        Legacy::EucJp => {
            if lead == 0x8f {
                return 3;
            }
            matches!(lead, 0x8e | 0xa1..=0xfe)
        }
        Legacy::Gbk | Legacy::Gb18030 | Legacy::Big5 | Legacy::EucKr => {
            matches!(lead, 0x81..=0xfe)
        }
    };
    if !double {
        return 1;
    }
    if legacy == Legacy::Gb18030 && rest.first().is_some_and(|b| b.is_ascii_digit()) {
        return 4;
    }
    2
}

fn encoding_of(legacy: Legacy) -> &'static Encoding {
    match legacy {
        Legacy::Gbk => GBK,
        Legacy::Gb18030 => GB18030,
        Legacy::Big5 => BIG5,
        Legacy::ShiftJis => SHIFT_JIS,
        Legacy::EucJp => EUC_JP,
        Legacy::EucKr => EUC_KR,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_all(name: &str, bytes: &[u8]) -> (String, Vec<u32>) {
        let cmap = lookup(name).expect("known CMap");
        let mut iter = bytes.iter();
        let mut text = String::new();
        let mut codes = Vec::new();
        while let Some((code, _)) = cmap.next_code(&mut iter) {
            text.push_str(&cmap.decode(code));
            codes.push(code);
        }
        (text, codes)
    }

    #[test]
    fn ucs2_codes_are_the_characters() {
        // 借 U+501F, 款 U+6B3E, '5' U+0035.
        let (text, codes) = decode_all("UniGB-UCS2-H", &[0x50, 0x1f, 0x6b, 0x3e, 0x00, 0x35]);
        assert_eq!(text, "借款5");
        assert_eq!(codes, vec![0x501f, 0x6b3e, 0x35]);
    }

    #[test]
    fn utf16_surrogate_pairs_are_one_code() {
        // U+20000 (CJK extension B) is D840 DC00 in UTF-16.
        let (text, codes) = decode_all("UniCNS-UTF16-V", &[0xd8, 0x40, 0xdc, 0x00, 0x4e, 0x00]);
        assert_eq!(text, "\u{20000}一");
        assert_eq!(codes.len(), 2);
    }

    #[test]
    fn gbk_codes_mix_one_and_two_bytes() {
        // 元 is D4 AA in GBK (Python: "元".encode("gbk")); "7" is one byte.
        let (text, codes) = decode_all("GBK-EUC-H", &[0x37, 0xd4, 0xaa]);
        assert_eq!(text, "7元");
        assert_eq!(codes, vec![0x37, 0xd4aa]);
    }

    #[test]
    fn a_string_ending_inside_a_code_stops_there() {
        let (text, _) = decode_all("UniGB-UCS2-H", &[0x50, 0x1f, 0x6b]);
        assert_eq!(text, "借");
        let (text, _) = decode_all("GBK-EUC-H", &[0x31, 0xb5]);
        assert_eq!(text, "1");
    }

    #[test]
    fn ascii_widths_follow_the_cmap_runs() {
        let gb = lookup("UniGB-UCS2-H").unwrap();
        // '0' (0x30) is CID 0x30 - 0x20 + 1 = 17 in Adobe-GB1.
        assert_eq!(gb.ascii_cid(0x30), Some(17));
        assert_eq!(gb.ascii_cid(0x501f), None);
        let euc = lookup("GBK-EUC-H").unwrap();
        assert_eq!(euc.ascii_cid(0x20), Some(7716));
        assert_eq!(euc.ascii_cid(0x22), Some(815));
    }

    #[test]
    fn widths_are_read_from_both_w_forms_for_ascii_cids_only() {
        let gb = lookup("UniGB-UCS2-H").unwrap();
        // CIDs 1-3 listed one by one, 17-26 ('0'-'9') as a range, 5000 (not ASCII) ignored.
        let w = [
            Object::Integer(1),
            Object::Array(vec![Object::Integer(207), Object::Real(270.5), Object::Integer(342)]),
            Object::Integer(17),
            Object::Integer(26),
            Object::Integer(462),
            Object::Integer(5000),
            Object::Integer(5001),
            Object::Integer(1000),
        ];
        let refs: Vec<&Object> = w.iter().collect();
        let mut got = gb.ascii_widths(&refs);
        got.sort_by_key(|&(cid, _)| cid);
        let mut want = vec![(1, 207.0), (2, 270.5), (3, 342.0)];
        want.extend((17..=26).map(|cid| (cid, 462.0)));
        assert_eq!(got, want);
        // A range to the end of the CID space costs no more than the ASCII CIDs.
        let huge = [Object::Integer(0), Object::Integer(i64::MAX), Object::Integer(500)];
        let refs: Vec<&Object> = huge.iter().collect();
        assert_eq!(gb.ascii_widths(&refs).len(), 95);
    }

    #[test]
    fn unknown_and_raw_cid_names_are_not_decodable() {
        assert!(lookup("GB-H").is_none());
        assert!(lookup("NoSuch-CMap-H").is_none());
        assert!(lookup("UniGB-UCS2").is_none());
        assert!(is_decodable_cmap_name(b"Identity-V"));
        assert!(is_decodable_cmap_name(b"UniGB-UTF16-H"));
        assert!(!is_decodable_cmap_name(b"CNS-EUC-H"));
    }
}
