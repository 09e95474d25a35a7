use serde::{Deserialize, Serialize};

/// Where a term or finding came from: the quoted sentence and its place in the extracted text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// 1-based page number; `None` for plain-text inputs.
    pub page: Option<u32>,
    /// The quoted sentence (exactly `document.text` chars `start..end`).
    pub text: String,
    /// Char (not byte) offsets into the document's extracted text.
    pub start: usize,
    pub end: usize,
    /// True when the text came from OCR and may contain misreadings.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub low_confidence: bool,
    /// Where the quote sits in the input, in the input's own terms (line of a text file,
    /// paragraph and table cell of an HTML or Word file, image and line of a screenshot);
    /// `None` for a PDF, whose `page` already says it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// Words of the quote that OCR read with low confidence (screenshots): a figure among
    /// them may be misread. Empty for text that did not come from word-level OCR.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uncertain_words: Vec<String>,
}

/// A place in an input file, in the units that input has. Every field is 1-based.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// The input file, when several files were read as one document (screenshots).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The image, among several screenshots read as one document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<u32>,
    /// Line of a text file, or of the OCR text of an image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// Paragraph (block: paragraph, heading or table row) of an HTML or Word file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    /// Table cell within the paragraph, when the paragraph is a table row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell: Option<u32>,
}

/// The language of a contract, and of a human report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Zh,
    En,
}

impl Language {
    pub fn code(self) -> &'static str {
        match self {
            Language::Zh => "zh",
            Language::En => "en",
        }
    }
}
