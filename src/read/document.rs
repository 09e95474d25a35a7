use std::path::{Path, PathBuf};

use crate::model::{Evidence, Language, Location};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Pdf,
    Text,
    /// An HTML page: lines are its blocks (paragraphs, headings, table rows); no pages.
    Html,
    /// A Word `.docx`: lines are its paragraphs and table rows; no pages.
    Docx,
    /// Screenshots or photos read by OCR: one page per image, in the order given.
    Image,
}

/// One word as OCR read it from an image: where it sits in [`Document::text`], its line in
/// the image, and how sure OCR was of it.
#[derive(Debug, Clone, PartialEq)]
pub struct OcrWord {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// 1-based OCR line within its image.
    pub line: u32,
    /// Tesseract's confidence, 0-100.
    pub confidence: f64,
}

impl OcrWord {
    /// Below this confidence (0-100) a word may be misread.
    pub const LOW_CONFIDENCE: f64 = 60.0;

    pub fn is_uncertain(&self) -> bool {
        self.confidence < Self::LOW_CONFIDENCE
    }
}

/// A contract's text as the analysis sees it.
///
/// `text` is the whole normalised text; pages are separated by a form feed (`\u{c}`) so a
/// char offset maps back to a page. Evidence offsets are char offsets into `text`.
#[derive(Debug, Clone)]
pub struct Document {
    pub path: PathBuf,
    pub kind: SourceKind,
    pub text: String,
    /// Byte offset where each page starts in `text` (PDF only; empty for text files).
    page_starts: Vec<usize>,
    /// (byte offset, chars before it) every ~4 KiB of `text`, so that evidence for a long
    /// document costs O(chunk), not O(text). Built at construction: `text` is not changed after.
    char_marks: Vec<(usize, usize)>,
    /// Byte offset of every `\n` in `text`, so a line number costs O(log n), not O(text).
    line_breaks: Vec<usize>,
    /// Pages (1-based) whose text came from OCR.
    pub ocr_pages: Vec<u32>,
    /// Reading problems that did not stop the analysis.
    pub warnings: Vec<String>,
    /// The character encoding the text was decoded from (text and HTML files), e.g. `UTF-8`,
    /// `gb18030`, `Big5`, `UTF-16LE`; `None` for PDF and Word files.
    pub encoding: Option<&'static str>,
    /// The input file of each page, when several files were read as one document (empty
    /// for one file).
    pub page_files: Vec<String>,
    /// Words read by OCR from images, in text order, with their confidence.
    pub ocr_words: Vec<OcrWord>,
}

/// Page separator inside [`Document::text`].
pub const PAGE_BREAK: char = '\u{c}';

impl Document {
    /// A document from plain text (no page map).
    pub fn from_text(path: &Path, kind: SourceKind, text: &str) -> Self {
        let text = text.replace("\r\n", "\n");
        Document {
            path: path.to_path_buf(),
            kind,
            char_marks: char_marks(&text),
            line_breaks: text.match_indices('\n').map(|(i, _)| i).collect(),
            text,
            page_starts: Vec::new(),
            ocr_pages: Vec::new(),
            warnings: Vec::new(),
            encoding: None,
            page_files: Vec::new(),
            ocr_words: Vec::new(),
        }
    }

    /// A document from per-page text; pages are joined with [`PAGE_BREAK`].
    pub fn from_pages(path: &Path, pages: &[String]) -> Self {
        let mut text = String::new();
        let mut page_starts = Vec::with_capacity(pages.len());
        for (i, page) in pages.iter().enumerate() {
            if i > 0 {
                text.push(PAGE_BREAK);
            }
            page_starts.push(text.len());
            text.push_str(page);
        }
        Document {
            path: path.to_path_buf(),
            kind: SourceKind::Pdf,
            char_marks: char_marks(&text),
            line_breaks: text.match_indices('\n').map(|(i, _)| i).collect(),
            text,
            page_starts,
            ocr_pages: Vec::new(),
            warnings: Vec::new(),
            encoding: None,
            page_files: Vec::new(),
            ocr_words: Vec::new(),
        }
    }

    /// Several documents read as one, in order (a contract's screenshots): every page of
    /// each part becomes a page, named after its file in `page_files`; warnings name their
    /// file. The kind is the parts' kind when they agree, else the first part's.
    pub fn join(path: &Path, parts: Vec<Document>) -> Self {
        let mut pages = Vec::new();
        let mut page_files = Vec::new();
        let mut words = Vec::new();
        let mut ocr_pages = Vec::new();
        let mut warnings = Vec::new();
        let mut encoding = None;
        let kind = parts.first().map_or(SourceKind::Text, |p| p.kind);
        let mut joined_len = 0;
        for part in &parts {
            let file = part.path.display().to_string();
            for page in 1..=part.page_count() as u32 {
                let text = part.page_text(page).unwrap_or_default();
                if !pages.is_empty() {
                    joined_len += PAGE_BREAK.len_utf8();
                }
                let old_start = part
                    .page_starts
                    .get(page as usize - 1)
                    .copied()
                    .unwrap_or(0);
                let old_end = old_start + text.len();
                let shift = |b: usize| b - old_start + joined_len;
                words.extend(
                    part.ocr_words
                        .iter()
                        .filter(|w| w.start >= old_start && w.end <= old_end)
                        .map(|w| OcrWord {
                            start: shift(w.start),
                            end: shift(w.end),
                            ..w.clone()
                        }),
                );
                if part.ocr_pages.contains(&page) {
                    ocr_pages.push(pages.len() as u32 + 1);
                }
                joined_len += text.len();
                pages.push(text.to_string());
                page_files.push(file.clone());
            }
            warnings.extend(part.warnings.iter().map(|w| format!("{file}: {w}")));
            encoding = encoding.or(part.encoding);
        }
        let mut doc = Document::from_pages(path, &pages);
        doc.kind = if parts.iter().all(|p| p.kind == kind) {
            kind
        } else {
            warnings.push("the files are of different kinds; read as one document".into());
            kind
        };
        doc.page_files = page_files;
        doc.ocr_words = words;
        doc.ocr_pages = ocr_pages;
        doc.warnings = warnings;
        doc.encoding = encoding;
        doc
    }

    pub fn page_count(&self) -> usize {
        self.page_starts.len().max(1)
    }

    /// The 1-based line of a byte offset of `text` (for HTML, Word and text files, where a
    /// line is a paragraph, heading or table row), counted within its page.
    pub fn line_of_byte(&self, byte: usize) -> u32 {
        let byte = floor_boundary(&self.text, byte.min(self.text.len()));
        let page_start = self
            .page_of_byte(byte)
            .and_then(|p| self.page_starts.get(p as usize - 1))
            .copied()
            .unwrap_or(0);
        let breaks_before = |b: usize| self.line_breaks.partition_point(|&at| at < b);
        (breaks_before(byte) - breaks_before(page_start)) as u32 + 1
    }

    /// The 1-based page of a byte offset, or `None` for text files.
    pub fn page_of_byte(&self, byte: usize) -> Option<u32> {
        if self.page_starts.is_empty() {
            return None;
        }
        let idx = self.page_starts.partition_point(|&s| s <= byte);
        Some(idx.max(1) as u32)
    }

    /// The text of one page (1-based).
    pub fn page_text(&self, page: u32) -> Option<&str> {
        if self.page_starts.is_empty() {
            return (page == 1).then_some(self.text.as_str());
        }
        let i = (page as usize).checked_sub(1)?;
        let start = *self.page_starts.get(i)?;
        let end = self
            .page_starts
            .get(i + 1)
            .map_or(self.text.len(), |s| s - 1);
        self.text.get(start..end)
    }

    /// Evidence for the byte range `start..end` of `text` (clamped to char boundaries).
    pub fn evidence(&self, start: usize, end: usize) -> Evidence {
        let start = floor_boundary(&self.text, start.min(self.text.len()));
        let end = floor_boundary(&self.text, end.clamp(start, self.text.len()));
        let char_start = self.char_offset(start);
        let quoted = &self.text[start..end];
        let page = self.page_of_byte(start);
        let uncertain_words: Vec<String> = self
            .words_in(start, end)
            .iter()
            .filter(|w| w.is_uncertain())
            .filter_map(|w| self.text.get(w.start..w.end))
            .map(str::to_string)
            .collect();
        Evidence {
            page,
            text: quoted.to_string(),
            start: char_start,
            end: char_start + quoted.chars().count(),
            low_confidence: page.is_some_and(|p| self.ocr_pages.contains(&p))
                || !uncertain_words.is_empty(),
            location: self.location_of_byte(start),
            uncertain_words,
        }
    }

    /// The OCR words overlapping the byte range `start..end`.
    fn words_in(&self, start: usize, end: usize) -> &[OcrWord] {
        let first = self.ocr_words.partition_point(|w| w.end <= start);
        let last = self
            .ocr_words
            .partition_point(|w| w.start < end.max(start + 1));
        self.ocr_words
            .get(first..last.max(first))
            .unwrap_or_default()
    }

    /// Where byte `byte` of `text` sits in the input, in the input's own units: line of a
    /// text file, paragraph and cell of HTML and Word, image and OCR line of a screenshot.
    /// `None` for a PDF (its page says it).
    pub fn location_of_byte(&self, byte: usize) -> Option<Location> {
        let page = self.page_of_byte(byte);
        let file = page
            .and_then(|p| self.page_files.get(p as usize - 1))
            .cloned();
        let line = self.line_of_byte(byte);
        let mut at = Location {
            file,
            ..Location::default()
        };
        match self.kind {
            SourceKind::Pdf => return at.file.is_some().then_some(at),
            SourceKind::Text => at.line = Some(line),
            SourceKind::Html | SourceKind::Docx => {
                at.paragraph = Some(line);
                at.cell = self.cell_of_byte(byte);
            }
            SourceKind::Image => {
                at.image = page;
                let i = self.ocr_words.partition_point(|w| w.end <= byte);
                at.line = Some(self.ocr_words.get(i).map_or(line, |w| w.line));
            }
        }
        Some(at)
    }

    /// The 1-based table cell of a byte in a table row (cells are two spaces apart), or
    /// `None` outside a table row.
    fn cell_of_byte(&self, byte: usize) -> Option<u32> {
        // A table row is a short line: past this, no cell (and no O(text) scan per quote).
        const MAX_ROW: usize = 4096;
        let byte = floor_boundary(&self.text, byte.min(self.text.len()));
        let i = self.line_breaks.partition_point(|&at| at < byte);
        let line_start = i
            .checked_sub(1)
            .and_then(|i| self.line_breaks.get(i))
            .map_or(0, |b| b + 1);
        let line_end = self.line_breaks.get(i).copied().unwrap_or(self.text.len());
        if line_end - line_start > MAX_ROW {
            return None;
        }
        // A page break inside the line starts a new row.
        let line_start = self.text[line_start..byte]
            .rfind(PAGE_BREAK)
            .map_or(line_start, |p| line_start + p + PAGE_BREAK.len_utf8());
        let row = &self.text[line_start..line_end];
        if !row.trim().contains("  ") {
            return None;
        }
        Some(cell_separators(self.text[line_start..byte].trim_start()) + 1)
    }

    /// Chars before byte `byte` (a char boundary), from the nearest mark.
    fn char_offset(&self, byte: usize) -> usize {
        let i = self.char_marks.partition_point(|&(b, _)| b <= byte);
        let (b, c) = i
            .checked_sub(1)
            .and_then(|i| self.char_marks.get(i))
            .copied()
            .unwrap_or((0, 0));
        match self.text.get(b..byte) {
            Some(chunk) => c + chunk.chars().count(),
            None => self.text.get(..byte).map_or(0, |t| t.chars().count()),
        }
    }

    /// Evidence for the sentence around the byte range `start..end`: extended to the
    /// sentence delimiters on both sides (。；;!?！？ and line breaks), trimmed.
    pub fn sentence_evidence(&self, start: usize, end: usize) -> Evidence {
        let (s, e) = sentence_bounds(&self.text, start, end);
        self.evidence(s, e)
    }

    /// The contract's language: Chinese when CJK ideographs make up a good share of the letters.
    pub fn language(&self) -> Language {
        detect_language(&self.text)
    }
}

/// Runs of two or more spaces (the cell separator of a table row) in `s`.
fn cell_separators(s: &str) -> u32 {
    let mut runs = 0;
    let mut spaces = 0;
    for c in s.chars().chain(std::iter::once('x')) {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if spaces >= 2 {
            runs += 1;
        }
        spaces = 0;
    }
    runs
}

fn char_marks(text: &str) -> Vec<(usize, usize)> {
    let mut marks = vec![(0, 0)];
    let mut last = 0;
    for (chars, (b, _)) in text.char_indices().enumerate() {
        if b - last >= 4096 {
            marks.push((b, chars));
            last = b;
        }
    }
    marks
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn is_sentence_end(c: char) -> bool {
    matches!(
        c,
        '。' | '；' | ';' | '！' | '？' | '!' | '?' | '\n' | PAGE_BREAK
    )
}

/// Byte bounds of the sentence containing `start..end`, at most ~400 bytes each side.
pub fn sentence_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    const REACH: usize = 400;
    let start = floor_boundary(text, start.min(text.len()));
    let end = floor_boundary(text, end.clamp(start, text.len()));
    let lo_limit = floor_boundary(text, start.saturating_sub(REACH));
    let mut s = start;
    for (i, c) in text[lo_limit..start].char_indices().rev() {
        if is_sentence_end(c) {
            s = lo_limit + i + c.len_utf8();
            break;
        }
        s = lo_limit + i;
    }
    let hi_limit = floor_boundary(text, (end + REACH).min(text.len()));
    let mut e = end;
    // A sentence ends after its terminator (keep the 。), or before a line break.
    if end > start && text[..end].chars().next_back().is_some_and(is_sentence_end) {
        e = end;
    } else {
        for (i, c) in text[end..hi_limit].char_indices() {
            if c == '\n' || c == PAGE_BREAK {
                e = end + i;
                break;
            }
            e = end + i + c.len_utf8();
            if is_sentence_end(c) {
                break;
            }
        }
    }
    // Trim whitespace.
    while s < e {
        let c = text[s..].chars().next().unwrap_or('x');
        if !c.is_whitespace() {
            break;
        }
        s += c.len_utf8();
    }
    while e > s {
        let c = text[..e].chars().next_back().unwrap_or('x');
        if !c.is_whitespace() {
            break;
        }
        e -= c.len_utf8();
    }
    (s, e)
}

/// Chinese when at least 20% of the letters are CJK ideographs (contracts mix in Latin
/// letters and digits; a Chinese contract is still Chinese).
pub fn detect_language(text: &str) -> Language {
    let mut cjk = 0usize;
    let mut letters = 0usize;
    for c in text.chars().take(200_000) {
        if is_cjk(c) {
            cjk += 1;
            letters += 1;
        } else if c.is_alphabetic() {
            letters += 1;
        }
    }
    if letters > 0 && cjk * 5 >= letters {
        Language::Zh
    } else {
        Language::En
    }
}

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// CJK ideographs and the full-width punctuation that sits between them.
pub fn is_cjk_like(c: char) -> bool {
    // Nothing ASCII is CJK-like; the fast exit spares the punctuation search for Latin text.
    !c.is_ascii()
        && (is_cjk(c)
            || matches!(c as u32, 0x3000..=0x303F | 0xFF01..=0xFF60 | 0x3040..=0x30FF | 0xAC00..=0xD7AF)
            || "，。；：、（）《》“”‘’【】！？…—".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_likeness_with_the_ascii_exit_is_the_plain_definition_for_every_char() {
        let by_definition = |c: char| {
            is_cjk(c)
                || matches!(c as u32, 0x3000..=0x303F | 0xFF01..=0xFF60 | 0x3040..=0x30FF | 0xAC00..=0xD7AF)
                || "，。；：、（）《》“”‘’【】！？…—".contains(c)
        };
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_cjk_like(c), by_definition(c), "{c:?}");
        }
        assert!(is_cjk_like('，') && is_cjk_like('—') && !is_cjk_like(',') && !is_cjk_like('-'));
    }

    #[test]
    fn lines_are_counted_from_the_page_start() {
        let d = Document::from_text(Path::new("a.html"), SourceKind::Html, "一\n二\n三三\n");
        assert_eq!(d.line_of_byte(0), 1);
        assert_eq!(d.line_of_byte(d.text.find("三").expect("in")), 3);
        let p = Document::from_pages(Path::new("a.pdf"), &["a\nb\n".into(), "c\nd".into()]);
        assert_eq!(p.line_of_byte(p.text.find('d').expect("in")), 2);
    }

    #[test]
    fn pages_and_evidence() {
        let doc = Document::from_pages(
            Path::new("x.pdf"),
            &[
                "第一页。借款金额10000元。".into(),
                "第二页：年利率12%。".into(),
            ],
        );
        let byte = doc.text.find("年利率").unwrap();
        let ev = doc.sentence_evidence(byte, byte + "年利率12%".len());
        assert_eq!(ev.page, Some(2));
        assert_eq!(ev.text, "第二页：年利率12%。");
        let chars: Vec<char> = doc.text.chars().collect();
        assert_eq!(chars[ev.start..ev.end].iter().collect::<String>(), ev.text);
        assert_eq!(doc.page_text(1), Some("第一页。借款金额10000元。"));
        assert_eq!(doc.page_text(2), Some("第二页：年利率12%。"));
    }

    #[test]
    fn evidence_offsets_are_char_offsets_far_into_a_long_text() {
        // Past several index marks, with 3-byte CJK chars and 1-byte ASCII mixed.
        let text: String = (0..3000)
            .map(|i| if i % 3 == 0 { "借款a" } else { "b" })
            .collect();
        let doc = Document::from_text(Path::new("x.txt"), SourceKind::Text, &text);
        for byte in [0, 1, 4095, 4096, 4097, 7000, doc.text.len() - 1] {
            let start = floor_boundary(&doc.text, byte);
            let ev = doc.evidence(start, doc.text.len());
            assert_eq!(ev.start, doc.text[..start].chars().count(), "byte {byte}");
            let chars: Vec<char> = doc.text.chars().collect();
            assert_eq!(chars[ev.start..ev.end].iter().collect::<String>(), ev.text);
        }
    }

    #[test]
    fn sentence_stops_at_delimiters() {
        let doc = Document::from_text(
            Path::new("x.txt"),
            SourceKind::Text,
            "甲方：某公司\n借款金额为人民币1万元；期限12个月。",
        );
        let b = doc.text.find("1万元").unwrap();
        let ev = doc.sentence_evidence(b, b + "1万元".len());
        assert_eq!(ev.text, "借款金额为人民币1万元；");
        assert_eq!(ev.page, None);
    }

    #[test]
    fn language_detection() {
        assert_eq!(
            detect_language("借款合同 Loan No. 12345 甲方乙方"),
            Language::Zh
        );
        assert_eq!(
            detect_language("LOAN AGREEMENT between the Lender and the Borrower"),
            Language::En
        );
    }
}
