//! Images (screenshots, photos): PNG, JPEG and WebP, read by the `tesseract` binary
//! (`chi_sim+eng`) in TSV mode, which gives each word its confidence.
//!
//! Hostile images are stopped before tesseract sees them: the size is read from the header
//! (no decoding) and an image too large in bytes, sides or pixels is refused; tesseract runs
//! with three times the wall-clock limit of [`ReadOptions::timeout`] and is killed past it.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use super::document::{OcrWord, is_cjk_like};
use super::error::ReadError;
use super::normalize::{is_heading_start, normalize_page, normalize_text};
use super::ocr_fix;
use super::ocr_retry::{self, TsvWord};
use super::ocr_script;
use super::options::ReadOptions;
use super::process::run_for_file;
use super::{ocr_bands, ocr_gaps, ocr_page};

/// Largest image file read (a long phone screenshot is a few MB).
const MAX_BYTES: u64 = 64 << 20;
/// Longest side, in pixels (a very long scrolling screenshot is 1080 x ~30000).
const MAX_SIDE: u32 = 32_000;
/// Most pixels (about 6 phone screens stacked at 1440 wide; 20000 x 20000 is refused).
const MAX_PIXELS: u64 = 50_000_000;
/// The image formats read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    Png,
    Jpeg,
    WebP,
}

impl ImageFormat {
    pub fn label(self) -> &'static str {
        match self {
            ImageFormat::Png => "PNG",
            ImageFormat::Jpeg => "JPEG",
            ImageFormat::WebP => "WebP",
        }
    }

    /// The decoder's name for it.
    fn codec(self) -> ::image::ImageFormat {
        match self {
            ImageFormat::Png => ::image::ImageFormat::Png,
            ImageFormat::Jpeg => ::image::ImageFormat::Jpeg,
            ImageFormat::WebP => ::image::ImageFormat::WebP,
        }
    }

    /// The format the first bytes announce.
    pub fn of(head: &[u8]) -> Option<ImageFormat> {
        if head.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(ImageFormat::Png)
        } else if head.starts_with(b"\xFF\xD8\xFF") {
            Some(ImageFormat::Jpeg)
        } else if head.len() >= 12 && head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WEBP")
        {
            Some(ImageFormat::WebP)
        } else {
            None
        }
    }
}

/// An image's text: normalised like a PDF page, with its words located in it.
#[derive(Debug, Clone, Default)]
pub struct ImageText {
    pub text: String,
    pub words: Vec<OcrWord>,
}

/// Whether the `tesseract` binary runs here.
pub fn tesseract_available() -> bool {
    static AVAILABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        Command::new("tesseract")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// How to install tesseract, for the error when it is missing.
const INSTALL_HINT: &str = "images are read with OCR, which needs tesseract: install it \
     (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-chi-sim; macOS: brew install \
     tesseract tesseract-lang) and run again";

/// Mean confidence below which an English-only reading is taken for another script read as
/// Latin garbage (a Chinese page scores 30-40 there, a plain English one above 90).
const LATIN_GARBAGE: f64 = 50.0;

/// The error for an image that reads poorly when tesseract has only its English model.
const NO_CHINESE_HINT: &str = "the image reads poorly with tesseract's English model, and its \
     Chinese model (chi_sim) is not installed: if the image is in Chinese, install it \
     (Debian/Ubuntu: apt-get install tesseract-ocr-chi-sim; macOS: brew install tesseract-lang) \
     and run again";

/// OCR one image file.
pub fn read_image(path: &Path, options: &ReadOptions) -> Result<ImageText, ReadError> {
    let name = path.display().to_string();
    let bytes = read_capped(path, &name)?;
    let format = ImageFormat::of(&bytes).ok_or_else(|| {
        malformed(
            &name,
            "image",
            "the content is not a PNG, JPEG or WebP image",
        )
    })?;
    let (width, height) = dimensions(format, &bytes)
        .ok_or_else(|| malformed(&name, format.label(), "the image size cannot be read"))?;
    check_size(&name, format, width, height)?;
    if !tesseract_available() {
        return Err(ReadError::Other {
            path: name,
            detail: INSTALL_HINT.into(),
        });
    }
    // A second look where the first reading is poor or a figure uncertain: the image (or
    // its lines) written as a PGM for tesseract, read the same way. Every run is
    // time-limited; an image costs at most [`MAX_RUNS`] of them, and none starts once the
    // image has taken the limit of one run.
    let started = std::time::Instant::now();
    let runs = std::cell::Cell::new(1usize);
    let may_run = || {
        let ok = runs.get() < MAX_RUNS && started.elapsed() < options.timeout.saturating_mul(3);
        runs.set(runs.get() + usize::from(ok));
        ok
    };
    let langs = super::pdf::ocr_languages();
    let mut again = |img: &::image::GrayImage, psm: &str| {
        may_run().then_some(())?;
        let tsv = tesseract_pixels(img, psm, langs, options, &name, format).ok()?;
        Some(parse_tsv(&tsv))
    };
    // A line of a Chinese page read as Latin garbage is read again by the Chinese model
    // alone, which has no Latin to prefer.
    let mut again_in_chinese = |img: &::image::GrayImage, psm: &str| {
        (langs != "eng" && may_run()).then_some(())?;
        let tsv = tesseract_pixels(img, psm, CHINESE, options, &name, format).ok()?;
        Some(parse_tsv(&tsv))
    };
    let Some((upright, turned)) = ocr_page::decode_upright(&bytes, format.codec()) else {
        // Not decodable here (tesseract's own decoder may still read it): one reading.
        let first = parse_tsv(&tesseract_tsv(path, "3", langs, options, &name, format)?);
        return Ok(from_words(ocr_gaps::mark(super::ocr_rows::by_rows(first))));
    };
    // A photo set straight first: turned by its EXIF orientation, its paper made evenly
    // white when the light falls unevenly, its skew measured.
    let flat = ocr_page::flatten_light(&upright);
    let flattened = flat.is_some();
    let upright = flat.unwrap_or(upright);
    let (mut page, skewed) = match ocr_page::deskew(&upright) {
        Some((straight, _)) => (straight, true),
        None => (upright, false),
    };
    let mut words = if turned || flattened || skewed {
        parse_tsv(&tesseract_pixels(
            &page, "3", langs, options, &name, format,
        )?)
    } else {
        // The file itself, as before: tesseract binarises the colours its own way.
        parse_tsv(&tesseract_tsv(path, "3", langs, options, &name, format)?)
    };
    // A page read as garbage may be upside down or sideways: tesseract's orientation
    // detection says how to turn it, and the turned page (set straight) is read once more.
    if ocr_retry::reads_poorly(&words)
        && may_run()
        && let Some(degrees) = orientation(&page, options, &name)
    {
        let turned = ocr_page::turn(&page, degrees);
        let turned = ocr_page::deskew(&turned).map_or(turned, |(straight, _)| straight);
        if let Some(better) = again(&turned, "3").filter(|w| {
            !w.is_empty() && ocr_retry::mean_confidence(w) > ocr_retry::mean_confidence(&words)
        }) {
            words = better;
            page = turned;
        }
    }
    // Without the Chinese model a Chinese page comes out as Latin garbage, which would be read
    // as a contract with nothing in it: say what is missing instead.
    if langs == "eng" && (words.is_empty() || ocr_retry::mean_confidence(&words) < LATIN_GARBAGE) {
        return Err(ReadError::Other {
            path: name,
            detail: NO_CHINESE_HINT.into(),
        });
    }
    let words = ocr_retry::improve(words, &page, &mut again);
    let words = ocr_script::reread_garbage_lines(&page, words, &mut again_in_chinese);
    // A line tesseract left out between two lines it read, read on its own.
    let words = ocr_bands::read_unread_bands(&page, words, &mut again);
    // A form's labels and values, read as separate blocks, go back beside each other, and
    // the blank between a label and its value stays a gap.
    Ok(from_words(ocr_gaps::mark(super::ocr_rows::by_rows(words))))
}

/// Most tesseract runs for one image: the first reading, the orientation detection and the
/// turned page's reading, the whole page again (cropped, upscaled), the doubtful lines
/// (stacked), the lines read as Latin garbage (stacked, at two scales) and the unread bands
/// (stacked).
const MAX_RUNS: usize = 8;

/// The Chinese model alone, for lines `chi_sim+eng` read as Latin garbage.
const CHINESE: &str = "chi_sim";

/// The clockwise turn tesseract's orientation detection asks for (`--psm 0`), if any.
fn orientation(img: &::image::GrayImage, options: &ReadOptions, name: &str) -> Option<u32> {
    let file = pgm(img)?;
    let mut cmd = Command::new("tesseract");
    cmd.arg(file.path())
        .args(["stdout", "--psm", "0"])
        .env("OMP_THREAD_LIMIT", "1");
    let (status, out, _) = run_for_file(&mut cmd, options.timeout, name, "tesseract").ok()?;
    status.is_some_and(|s| s.success()).then_some(())?;
    ocr_page::parse_osd(&String::from_utf8_lossy(&out))
}

/// `img` written to a temporary PGM file, for tesseract.
fn pgm(img: &::image::GrayImage) -> Option<tempfile::NamedTempFile> {
    let mut file = tempfile::Builder::new()
        .prefix("loanlint-ocr-")
        .suffix(".pgm")
        .tempfile()
        .ok()?;
    let (w, h) = img.dimensions();
    file.write_all(format!("P5\n{w} {h}\n255\n").as_bytes())
        .and_then(|()| file.write_all(img.as_raw()))
        .and_then(|()| file.flush())
        .ok()?;
    Some(file)
}

/// Tesseract's TSV for the grey pixels `img`, in page-segmentation mode `psm`.
fn tesseract_pixels(
    img: &::image::GrayImage,
    psm: &str,
    langs: &str,
    options: &ReadOptions,
    name: &str,
    format: ImageFormat,
) -> Result<String, ReadError> {
    let file = pgm(img).ok_or_else(|| ReadError::Other {
        path: name.to_string(),
        detail: "a temporary file for OCR could not be written".into(),
    })?;
    tesseract_tsv(file.path(), psm, langs, options, name, format)
}

/// Tesseract's TSV for the image at `path`, in page-segmentation mode `psm`, read with the
/// models `langs` (`chi_sim+eng`).
fn tesseract_tsv(
    path: &Path,
    psm: &str,
    langs: &str,
    options: &ReadOptions,
    name: &str,
    format: ImageFormat,
) -> Result<String, ReadError> {
    let mut cmd = Command::new("tesseract");
    cmd.arg(path)
        .args(["stdout", "-l", langs, "--psm", psm, "tsv"])
        // One thread per image: the machine's other cores read the other files.
        .env("OMP_THREAD_LIMIT", "1");
    // OCR of a page costs many times the text read of a PDF page, and a busy machine
    // starves it further: three times the per-file limit.
    let limit = options.timeout.saturating_mul(3);
    let (status, out, err) = run_for_file(&mut cmd, limit, name, "tesseract")?;
    if !status.is_some_and(|s| s.success()) {
        let why = String::from_utf8_lossy(&err);
        let last = why.lines().rev().find(|l| !l.trim().is_empty());
        return Err(malformed(
            name,
            format.label(),
            last.unwrap_or("tesseract could not read it").trim(),
        ));
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

fn malformed(name: &str, format: &'static str, detail: &str) -> ReadError {
    ReadError::Malformed {
        path: name.to_string(),
        format,
        detail: detail.to_string(),
    }
}

fn read_capped(path: &Path, name: &str) -> Result<Vec<u8>, ReadError> {
    let io = |source| ReadError::Io {
        path: name.to_string(),
        source,
    };
    let len = std::fs::metadata(path).map_err(io)?.len();
    if len > MAX_BYTES {
        return Err(malformed(
            name,
            "image",
            &format!(
                "{} MiB, more than the {} MiB limit",
                len >> 20,
                MAX_BYTES >> 20
            ),
        ));
    }
    std::fs::read(path).map_err(io)
}

fn check_size(name: &str, format: ImageFormat, width: u32, height: u32) -> Result<(), ReadError> {
    let pixels = u64::from(width) * u64::from(height);
    if width == 0 || height == 0 {
        return Err(malformed(
            name,
            format.label(),
            "the image is empty (0 pixels)",
        ));
    }
    if width > MAX_SIDE || height > MAX_SIDE || pixels > MAX_PIXELS {
        return Err(malformed(
            name,
            format.label(),
            &format!(
                "{width} x {height} pixels is larger than the limit ({MAX_SIDE} per side, {} million in all); crop or split the screenshot",
                MAX_PIXELS / 1_000_000
            ),
        ));
    }
    Ok(())
}

/// Width and height from the header, without decoding the image.
pub fn dimensions(format: ImageFormat, bytes: &[u8]) -> Option<(u32, u32)> {
    match format {
        ImageFormat::Png => {
            (bytes.get(12..16)? == b"IHDR").then_some(())?;
            Some((be32(bytes, 16)?, be32(bytes, 20)?))
        }
        ImageFormat::Jpeg => jpeg_dimensions(bytes),
        ImageFormat::WebP => webp_dimensions(bytes),
    }
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn be16(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_be_bytes(
        b.get(at..at + 2)?.try_into().ok()?,
    )))
}

fn le_bits(b: &[u8], at: usize, len: usize) -> Option<u32> {
    let mut v = 0u32;
    for (i, byte) in b.get(at..at + len)?.iter().enumerate() {
        v |= u32::from(*byte) << (8 * i);
    }
    Some(v)
}

/// The size in the first start-of-frame segment (SOF0..SOF15 but DHT, JPG and DAC).
fn jpeg_dimensions(b: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    loop {
        // Fill bytes (0xFF) may precede a marker.
        while *b.get(at)? == 0xFF && *b.get(at + 1)? == 0xFF {
            at += 1;
        }
        (*b.get(at)? == 0xFF).then_some(())?;
        let marker = *b.get(at + 1)?;
        if matches!(marker, 0xD0..=0xD9 | 0x01) {
            at += 2;
            continue;
        }
        let len = be16(b, at + 2)? as usize;
        if (0xC0..=0xCF).contains(&marker) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            return Some((be16(b, at + 7)?, be16(b, at + 5)?));
        }
        if len < 2 {
            return None;
        }
        at += 2 + len;
    }
}

fn webp_dimensions(b: &[u8]) -> Option<(u32, u32)> {
    match b.get(12..16)? {
        b"VP8 " => {
            (b.get(23..26)? == b"\x9d\x01\x2a").then_some(())?;
            Some((le_bits(b, 26, 2)? & 0x3FFF, le_bits(b, 28, 2)? & 0x3FFF))
        }
        b"VP8L" => {
            (*b.get(20)? == 0x2F).then_some(())?;
            let bits = le_bits(b, 21, 4)?;
            Some(((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1))
        }
        b"VP8X" => Some((le_bits(b, 24, 3)? + 1, le_bits(b, 27, 3)? + 1)),
        _ => None,
    }
}

/// Tesseract's TSV rows of level 5 (words), with their line key, box and confidence.
pub fn parse_tsv(tsv: &str) -> Vec<TsvWord> {
    let mut words = Vec::new();
    for row in tsv.lines().skip(1) {
        let cols: Vec<&str> = row.split('\t').collect();
        let [
            level,
            _page,
            block,
            par,
            line,
            _word,
            left,
            top,
            width,
            height,
            conf,
            text,
        ] = cols[..]
        else {
            continue;
        };
        let text = text.trim();
        if level != "5" || text.is_empty() {
            continue;
        }
        let num = |s: &str| s.trim().parse::<i64>().unwrap_or(0);
        let key = |s: &str| s.trim().parse::<u32>().unwrap_or(0);
        words.push(TsvWord {
            key: (key(block), key(par), key(line)),
            left: num(left),
            top: num(top),
            width: num(width),
            height: num(height),
            confidence: conf.trim().parse().unwrap_or(0.0),
            text: text.to_string(),
        });
    }
    words
}

/// Build the page text from tesseract's TSV (level 5 rows are words) and locate each word in
/// the normalised text ([`from_words`]).
#[cfg(test)]
pub fn from_tsv(tsv: &str) -> ImageText {
    from_words(parse_tsv(tsv))
}

/// The page text of OCR words, each located in it. Words of a line are joined by a space,
/// except next to Chinese (tesseract splits `借款金额` into words; the contract has no spaces
/// there). A line is joined to the next only when it runs to the right edge of the text (a
/// wrapped line, by the word boxes), so that form lines (`出借人:王建国` / `身份证号:…`) and a
/// title stay apart.
pub fn from_words(tsv_words: Vec<TsvWord>) -> ImageText {
    struct Word {
        text: String,
        line: u32,
        confidence: f64,
    }
    let mut words: Vec<Word> = Vec::new();
    // Each OCR line: its text, right edge and word height.
    let mut lines: Vec<(String, i64, i64)> = Vec::new();
    let mut line_key = None;
    for w in tsv_words {
        if line_key != Some(w.key) {
            line_key = Some(w.key);
            lines.push((String::new(), 0, 0));
        }
        let Some((raw, right, tall)) = lines.last_mut() else {
            continue;
        };
        if needs_space(raw, &w.text) {
            raw.push(' ');
        }
        raw.push_str(&w.text);
        *right = (*right).max(w.left + w.width);
        *tall = (*tall).max(w.height);
        words.push(Word {
            text: w.text,
            line: lines.len() as u32,
            confidence: w.confidence,
        });
    }
    let text = normalize_text(&join_wrapped_lines(&lines));
    // Anchor every word in order, so a short uncertain word is found at its own place.
    let mut located = Vec::with_capacity(words.len());
    let mut cursor = 0;
    for w in words {
        let needle = normalize_page(&w.text);
        let needle = needle.trim();
        if needle.is_empty() {
            continue;
        }
        if let Some(found) = text.get(cursor..).and_then(|rest| rest.find(needle)) {
            let start = cursor + found;
            cursor = start + needle.len();
            located.push(OcrWord {
                start,
                end: cursor,
                line: w.line,
                confidence: w.confidence,
            });
        }
    }
    repair(text, located)
}

/// Signs that close what comes before them: a line never starts with one.
const NO_LINE_START: &[char] = &[
    '%', '％', '‰', '。', '，', '、', '；', '：', '）', '」', '』', '》', '】', ',', ';', ')',
];

/// The lines as text: a line that reaches the right edge of the text (within about one
/// character) continues on the next line when Chinese meets there, or the next line starts
/// with a sign no line starts with, and the next line is no heading.
fn join_wrapped_lines(lines: &[(String, i64, i64)]) -> String {
    let mut rights: Vec<i64> = lines.iter().map(|l| l.1).collect();
    rights.sort_unstable();
    let edge = rights.get(rights.len() * 9 / 10).copied().unwrap_or(0);
    let mut out = String::new();
    for (i, (line, right, tall)) in lines.iter().enumerate() {
        out.push_str(line);
        let Some((next, _, _)) = lines.get(i + 1) else {
            out.push('\n');
            break;
        };
        let wrapped = *right + tall * 3 / 2 >= edge;
        let chinese = line.chars().next_back().is_some_and(is_cjk_like)
            || next.chars().next().is_some_and(is_cjk_like);
        // A sign no line starts with (`3.60` / `%。`): the line wrapped before it.
        let tail = next
            .chars()
            .next()
            .is_some_and(|c| NO_LINE_START.contains(&c));
        // A screen row put together from lines side by side (label, gap, value) is a line of
        // its own, whatever its right edge.
        let screen_row =
            line.contains(super::ocr_rows::ROW_GAP) || next.contains(super::ocr_rows::ROW_GAP);
        if !(wrapped && (chinese || tail))
            || is_heading_start(next)
            || screen_row
            || starts_with_label(next)
        {
            out.push('\n');
        }
    }
    out
}

/// A form line's short Chinese label and its colon (`出借方:锦程…`): a new line, not the rest
/// of a sentence wrapped from above.
fn starts_with_label(line: &str) -> bool {
    let Some((label, _)) = line.split_once([':', '：']) else {
        return false;
    };
    let n = label.chars().count();
    (2..=6).contains(&n) && label.chars().all(|c| is_cjk_like(c) && c.is_alphabetic())
}

/// Apply the known-misreading repairs ([`ocr_fix`]); a word they touch becomes uncertain
/// (confidence 0: the repaired character is a guess).
fn repair(text: String, words: Vec<OcrWord>) -> ImageText {
    let edits = ocr_fix::repairs(&text);
    if edits.is_empty() {
        return ImageText { text, words };
    }
    let words = words
        .into_iter()
        .map(|w| {
            let touched = edits.iter().any(|e| e.start < w.end && w.start < e.end);
            OcrWord {
                start: ocr_fix::shift(w.start, &edits, false),
                end: ocr_fix::shift(w.end, &edits, true),
                confidence: if touched { 0.0 } else { w.confidence },
                ..w
            }
        })
        .collect();
    ImageText {
        text: ocr_fix::apply(&text, &edits),
        words,
    }
}

fn needs_space(before: &str, next: &str) -> bool {
    let last = before.chars().next_back();
    let first = next.chars().next();
    match (last, first) {
        (Some(a), Some(b)) => !(is_cjk_like(a) || is_cjk_like(b)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

    fn row(line: u32, conf: f64, text: &str) -> String {
        format!("5\t1\t1\t1\t{line}\t1\t0\t0\t1\t1\t{conf}\t{text}\n")
    }

    #[test]
    fn words_join_without_spaces_in_chinese_and_are_located() {
        let tsv = format!(
            "{HEADER}4\t1\t1\t1\t1\t0\t0\t0\t1\t1\t-1\t\n{}{}{}{}{}",
            row(1, 95.0, "借款"),
            row(1, 96.0, "金额"),
            row(1, 41.0, "10000"),
            row(1, 90.0, "元"),
            row(2, 88.0, "Annual rate 12%"),
        );
        let img = from_tsv(&tsv);
        assert!(img.text.starts_with("借款金额10000元"), "{:?}", img.text);
        assert!(img.text.contains("Annual rate 12%"), "{:?}", img.text);
        let uncertain: Vec<&str> = img
            .words
            .iter()
            .filter(|w| w.is_uncertain())
            .map(|w| &img.text[w.start..w.end])
            .collect();
        assert_eq!(uncertain, ["10000"]);
        assert_eq!(img.words.last().map(|w| w.line), Some(2));
    }

    #[test]
    fn only_lines_that_reach_the_right_edge_are_joined() {
        let line = |t: &str, right: i64| (t.to_string(), right, 20);
        let lines = [
            line("借款合同", 300),
            line("出借人:王建国", 250),
            line("身份证号:110101", 330),
            line("甲方同意借给乙方人民币贰万元整,借款期限为十二个", 990),
            line("月,自2025年6月1日起。", 500),
            line("乙方应按期还款,每期应还本息人民币一千九百六十", 1000),
            line("第二条 利率", 200),
            line("The borrower shall repay the loan in twelve monthly", 995),
            line("instalments.", 300),
            line("贷款的年化利率(单利)为3.60", 1000),
            line("%。该年化利率已包含全部利息和费用。", 700),
            line("The annual rate is 12", 1000),
            line("% a year.", 200),
            line("随借随还,按日计息,提前还款不收手续费", 1000),
            line("出借方:锦程消费金融有限公司", 600),
            line("x", 1000),
        ];
        assert_eq!(
            join_wrapped_lines(&lines),
            "借款合同\n出借人:王建国\n身份证号:110101\n甲方同意借给乙方人民币贰万元整,借款期限为十二个月,自2025年6月1日起。\n乙方应按期还款,每期应还本息人民币一千九百六十\n第二条 利率\nThe borrower shall repay the loan in twelve monthly\ninstalments.\n贷款的年化利率(单利)为3.60%。该年化利率已包含全部利息和费用。\nThe annual rate is 12% a year.\n随借随还,按日计息,提前还款不收手续费\n出借方:锦程消费金融有限公司\nx\n"
        );
    }

    #[test]
    fn sizes_come_from_headers() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend(20000u32.to_be_bytes());
        png.extend(30000u32.to_be_bytes());
        assert_eq!(dimensions(ImageFormat::Png, &png), Some((20000, 30000)));
        // SOI, an APP0 of 16 bytes, then SOF0: precision 8, height 600, width 800.
        let mut jpeg = b"\xFF\xD8\xFF\xE0\x00\x10".to_vec();
        jpeg.extend([0u8; 14]);
        jpeg.extend(b"\xFF\xC0\x00\x11\x08\x02\x58\x03\x20");
        assert_eq!(dimensions(ImageFormat::Jpeg, &jpeg), Some((800, 600)));
        assert_eq!(dimensions(ImageFormat::Jpeg, &jpeg[..20]), None);
        let mut webp = b"RIFF\0\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0".to_vec();
        webp.extend([0x37, 0x04, 0x00, 0x7F, 0x07, 0x00]);
        assert_eq!(dimensions(ImageFormat::WebP, &webp), Some((1080, 1920)));
    }

    #[test]
    fn oversized_images_are_refused() {
        assert!(check_size("a.png", ImageFormat::Png, 20_000, 20_000).is_err());
        assert!(check_size("a.png", ImageFormat::Png, 0, 10).is_err());
        assert!(check_size("a.png", ImageFormat::Png, 1080, 30_000).is_ok());
    }
}
