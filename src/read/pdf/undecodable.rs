//! Fonts whose text pdf-extract cannot turn into characters, so that a PDF written only in
//! them is reported as such rather than as a scan.
//!
//! Composite (Type0) fonts without a `/ToUnicode` map (which, when present, gives the text
//! whatever the CMap) of two kinds:
//! - an `/Encoding` naming a CMap pdf-extract does not decode (the CID-keyed `GB-H`,
//!   `CNS-EUC-H`, a misspelt name, ...): see `pdf_extract::is_decodable_cmap_name`;
//! - `Identity-H`/`Identity-V`: the codes are CIDs (or glyph ids) and need a CID-to-Unicode
//!   table (Adobe-GB1, -CNS1, -Japan1, -Korea1) that loanlint does not ship: no well-kept
//!   crate provides one on its own (only whole PDF engines carry such tables).

use std::collections::BTreeSet;

use lopdf::{Document, Object};

use super::repair::deref;

/// What is wrong with the undecodable fonts of a document.
#[derive(Debug, Default)]
pub struct Undecodable {
    /// CMap names pdf-extract does not know (sorted, each once).
    pub unknown_cmaps: BTreeSet<String>,
    /// Whether some Identity-encoded font has no ToUnicode map.
    pub identity_without_to_unicode: bool,
}

impl Undecodable {
    pub fn is_empty(&self) -> bool {
        self.unknown_cmaps.is_empty() && !self.identity_without_to_unicode
    }

    /// The reason a document with no readable text cannot be read, naming the fonts' trouble.
    pub fn describe(&self) -> String {
        let mut causes = Vec::new();
        if !self.unknown_cmaps.is_empty() {
            causes.push(format!(
                "a character map loanlint cannot decode ({})",
                self.cmap_list()
            ));
        }
        if self.identity_without_to_unicode {
            causes.push("Identity-H/V codes without a ToUnicode map".to_string());
        }
        format!(
            "the text is in fonts with {}; OCR (--ocr) can read the page images",
            causes.join(" and ")
        )
    }

    /// A warning for a document whose other text was read.
    pub fn warning(&self) -> Option<String> {
        (!self.unknown_cmaps.is_empty()).then(|| {
            format!(
                "text in fonts with a character map loanlint cannot decode ({}) is missing",
                self.cmap_list()
            )
        })
    }

    fn cmap_list(&self) -> String {
        let names: Vec<String> = self
            .unknown_cmaps
            .iter()
            .take(5)
            .map(|n| format!("/{n}"))
            .collect();
        names.join(", ")
    }
}

/// The undecodable composite fonts among the objects of `doc`.
pub fn undecodable_fonts(doc: &Document) -> Undecodable {
    let mut found = Undecodable::default();
    for obj in doc.objects.values() {
        let Ok(dict) = obj.as_dict() else { continue };
        let is_type0 = dict
            .get(b"Subtype")
            .ok()
            .and_then(|o| deref(doc, o).as_name().ok())
            == Some(b"Type0");
        if !is_type0 || dict.get(b"ToUnicode").is_ok() {
            continue;
        }
        let Some(Object::Name(name)) = dict.get(b"Encoding").ok().map(|o| deref(doc, o)) else {
            continue;
        };
        if !pdf_extract::is_decodable_cmap_name(name) {
            // Bounded: a hostile file's name is shown, not its whole length.
            let shown: String = String::from_utf8_lossy(name).chars().take(40).collect();
            found.unknown_cmaps.insert(shown);
        } else if name.starts_with(b"Identity") {
            found.identity_without_to_unicode = true;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{Dictionary, Stream};

    /// A document holding one Type0 font with `/Encoding /encoding`.
    fn doc_with_font(encoding: &str, to_unicode: bool) -> Document {
        let mut doc = Document::with_version("1.4");
        let mut font = Dictionary::new();
        font.set("Type", Object::Name(b"Font".to_vec()));
        font.set("Subtype", Object::Name(b"Type0".to_vec()));
        font.set("Encoding", Object::Name(encoding.as_bytes().to_vec()));
        if to_unicode {
            let map = Stream::new(Dictionary::new(), Vec::new());
            let id = doc.add_object(Object::Stream(map));
            font.set("ToUnicode", Object::Reference(id));
        }
        doc.add_object(Object::Dictionary(font));
        doc
    }

    #[test]
    fn only_fonts_without_a_way_to_text_are_flagged() {
        assert!(undecodable_fonts(&doc_with_font("UniGB-UCS2-H", false)).is_empty());
        assert!(undecodable_fonts(&doc_with_font("GBK-EUC-V", false)).is_empty());
        let unknown = undecodable_fonts(&doc_with_font("GB-H", false));
        assert_eq!(unknown.unknown_cmaps.iter().collect::<Vec<_>>(), ["GB-H"]);
        assert!(unknown.describe().contains("/GB-H"));
        assert!(unknown.warning().is_some_and(|w| w.contains("/GB-H")));
        let identity = undecodable_fonts(&doc_with_font("Identity-H", false));
        assert!(identity.identity_without_to_unicode);
        // A ToUnicode map gives the text, whatever the CMap.
        assert!(undecodable_fonts(&doc_with_font("GB-H", true)).is_empty());
        assert!(undecodable_fonts(&doc_with_font("Identity-H", true)).is_empty());
    }

    #[test]
    fn a_long_cmap_name_is_shown_cut() {
        let long = "X".repeat(5000);
        let found = undecodable_fonts(&doc_with_font(&long, false));
        assert!(found.describe().len() < 200, "{}", found.describe());
    }
}
