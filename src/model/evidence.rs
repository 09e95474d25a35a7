use serde::{Deserialize, Serialize};

/// Where a term or finding came from: the quoted sentence and its place in the extracted text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
}

/// The language of a contract, and of a human report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
