//! A second look at a screenshot whose first OCR is poor, and at the lines whose figures
//! were read with low confidence.
//!
//! Tesseract reads best with text 25-40 px tall on a page that is mostly text. A phone
//! screenshot breaks both: an SMS rendered at device scale 2 is 780 px wide with ~18 px
//! Chinese above a tall blank area, and `chi_sim` then reads it as Latin garbage in every
//! page-segmentation mode; a contract page at 130 dpi reads `5%` as `59%` or `5,597.50` as
//! `5,.597.50`, with a low confidence on just that word. Two retries, each kept only when
//! its mean confidence is higher than the first reading's:
//! - **the whole image**, when the first reading is poor (low mean confidence, a Chinese
//!   page read mostly as Latin letters, or small text in a large blank image): cropped to
//!   the ink's bounding box, and upscaled x2 when the text is small;
//! - **the doubtful lines**: those holding a figure read with low confidence, and those where
//!   a run of Latin letters read without confidence stands among Chinese (`年利率（单利）为`
//!   read as `年利率( BA)为` at confidence 63-67 in 17 px type: `chi_sim+eng` takes small
//!   Chinese glyphs for capitals). Each is cut out, upscaled (x2; x3 for a Latin run, which
//!   `chi_sim+eng` still prefers at x2 in such type), stacked into one image (one more
//!   tesseract run, not one a line) and read again as one block.
//!
//! Nothing is invented: a retry is another reading of the same pixels, and a word keeps its
//! confidence (an uncertain word stays uncertain).

use image::{GrayImage, imageops};

use super::document::{OcrWord, is_cjk_like};
use super::ocr_page::background;

/// One word of tesseract's TSV: its line key (block, paragraph, line), box and confidence.
#[derive(Debug, Clone, PartialEq)]
pub struct TsvWord {
    pub key: (u32, u32, u32),
    pub left: i64,
    pub top: i64,
    pub width: i64,
    pub height: i64,
    pub confidence: f64,
    pub text: String,
}

/// Below this mean confidence a whole reading is poor (good screenshots read at 85-95).
const POOR_CONFIDENCE: f64 = 75.0;
/// A Chinese page whose letters are less than this share Chinese was read as Latin garbage.
pub(super) const CJK_SHARE: f64 = 0.5;
/// Chinese characters read with at least this confidence show that a page is Chinese.
pub(super) const SURE_CJK: f64 = 80.0;
/// Words shorter than this (pixels) are small for tesseract: a retry upscales x2.
const SMALL_TEXT: i64 = 24;
/// Text covering less than this share of the image, in small type: a retry crops to it.
const SMALL_AREA: f64 = 0.2;
/// Most pixels of a retried image (the crop after upscaling).
const MAX_RETRY_PIXELS: u64 = 16_000_000;
/// Chinese characters read with confidence that make a line Chinese.
const SURE_CJK_IN_LINE: usize = 4;
/// Most lines re-read in one image.
const MAX_LINES: usize = 32;
/// Difference from the background above which a pixel is ink.
const INK: i16 = 64;

/// Read an image (already decoded, grey) with tesseract in page-segmentation mode `psm`.
pub type Ocr<'a> = dyn FnMut(&GrayImage, &str) -> Option<Vec<TsvWord>> + 'a;

/// The first reading `words` of the image `img` (decoded, grey), improved where a second
/// look reads it with more confidence.
pub fn improve(words: Vec<TsvWord>, img: &GrayImage, ocr: &mut Ocr<'_>) -> Vec<TsvWord> {
    let poor = looks_poor(&words, img.dimensions());
    if !poor && doubtful_lines(&words).is_empty() {
        return words;
    }
    let words = match poor.then(|| whole_again(img, &words, ocr)).flatten() {
        Some(better) => better,
        None => words,
    };
    reread_doubtful_lines(img, words, ocr)
}

/// A reading with no words or a low mean confidence: what a page upside down or sideways
/// gives.
pub fn reads_poorly(words: &[TsvWord]) -> bool {
    words.is_empty() || mean_confidence(words) < POOR_CONFIDENCE
}

/// Mean confidence, each word weighted by its characters (a long word misread counts more).
pub fn mean_confidence(words: &[TsvWord]) -> f64 {
    let (sum, n) = words.iter().fold((0.0, 0usize), |(s, n), w| {
        let c = w.text.chars().count();
        (s + w.confidence * c as f64, n + c)
    });
    if n == 0 { 0.0 } else { sum / n as f64 }
}

fn looks_poor(words: &[TsvWord], (width, height): (u32, u32)) -> bool {
    if words.is_empty() {
        return true;
    }
    let letters = |f: &dyn Fn(char) -> bool| -> usize {
        words
            .iter()
            .map(|w| w.text.chars().filter(|&c| f(c)).count())
            .sum()
    };
    let cjk = letters(&|c| is_cjk_like(c) && c.is_alphabetic());
    let latin = letters(&|c| c.is_ascii_alphabetic());
    let sure_cjk: usize = words
        .iter()
        .filter(|w| w.confidence >= SURE_CJK)
        .map(|w| w.text.chars().filter(|&c| is_cjk_like(c)).count())
        .sum();
    let garbled_chinese = sure_cjk >= 2 && (cjk as f64) < CJK_SHARE * (cjk + latin) as f64;
    garbled_chinese
        || mean_confidence(words) < POOR_CONFIDENCE
        || small_text_in_blank(words, width, height)
}

fn small_text_in_blank(words: &[TsvWord], width: u32, height: u32) -> bool {
    let Some((l, t, r, b)) = bounds(words.iter()) else {
        return false;
    };
    let area = ((r - l) * (b - t)) as f64;
    let image = f64::from(width) * f64::from(height);
    median_height(words).is_some_and(|h| h < SMALL_TEXT) && area < SMALL_AREA * image
}

fn median_height(words: &[TsvWord]) -> Option<i64> {
    median(words.iter().map(|w| w.height))
}

fn median(values: impl Iterator<Item = i64>) -> Option<i64> {
    let mut v: Vec<i64> = values.collect();
    v.sort_unstable();
    v.get(v.len() / 2).copied()
}

fn bounds<'a>(words: impl Iterator<Item = &'a TsvWord>) -> Option<(i64, i64, i64, i64)> {
    words.fold(None, |acc, w| {
        let (r, b) = (w.left + w.width, w.top + w.height);
        Some(match acc {
            None => (w.left, w.top, r, b),
            Some((l0, t0, r0, b0)) => (l0.min(w.left), t0.min(w.top), r0.max(r), b0.max(b)),
        })
    })
}

/// The bounding box of the pixels that differ clearly from the background (dark text on a
/// light page or light text on a dark one), as (left, top, right, bottom) exclusive.
fn ink_box(img: &GrayImage) -> Option<(u32, u32, u32, u32)> {
    let bg = i16::from(background(img));
    let (w, h) = img.dimensions();
    let mut bounds: Option<(u32, u32, u32, u32)> = None;
    for (y, row) in img.as_raw().chunks_exact(w as usize).enumerate() {
        let ink = |p: &u8| (i16::from(*p) - bg).abs() >= INK;
        let (Some(first), Some(last)) = (row.iter().position(ink), row.iter().rposition(ink))
        else {
            continue;
        };
        let (y, first, last) = (y as u32, first as u32, last as u32 + 1);
        bounds = Some(match bounds {
            None => (first, y, last, y + 1),
            Some((l, t, r, _)) => (l.min(first), t, r.max(last), y + 1),
        });
    }
    bounds.filter(|&(l, t, r, b)| r > l && b > t && b <= h)
}

/// Read the whole image again, cropped to its ink and upscaled when the text is small;
/// the words in the original image's pixels, when they read with more confidence.
fn whole_again(img: &GrayImage, words: &[TsvWord], ocr: &mut Ocr<'_>) -> Option<Vec<TsvWord>> {
    let (l, t, r, b) = ink_box(img)?;
    let (w, h) = img.dimensions();
    let margin = 16;
    let (l, t) = (l.saturating_sub(margin), t.saturating_sub(margin));
    let (r, b) = ((r + margin).min(w), (b + margin).min(h));
    let (cw, ch) = (r - l, b - t);
    let small = median_height(words).is_none_or(|m| m < SMALL_TEXT);
    let scale = if small && u64::from(cw) * u64::from(ch) * 4 <= MAX_RETRY_PIXELS {
        2
    } else {
        1
    };
    let cropped_much = u64::from(cw) * u64::from(ch) * 10 < u64::from(w) * u64::from(h) * 9;
    if scale == 1 && !cropped_much {
        return None;
    }
    let crop = imageops::crop_imm(img, l, t, cw, ch).to_image();
    let view = if scale == 2 {
        imageops::resize(&crop, cw * 2, ch * 2, imageops::FilterType::CatmullRom)
    } else {
        crop
    };
    let again = ocr(&view, "3")?;
    if again.is_empty() || mean_confidence(&again) <= mean_confidence(words) {
        return None;
    }
    let place = Placement {
        x: i64::from(l),
        y: i64::from(t),
        from_y: 0,
        scale: i64::from(scale),
    };
    Some(again.into_iter().map(|w| place.back(w, None)).collect())
}

/// Where a cut-out sits: at (`x`, `y`) of the original, at `from_y` in the retried image,
/// `scale` times larger there.
struct Placement {
    x: i64,
    y: i64,
    from_y: i64,
    scale: i64,
}

impl Placement {
    fn back(&self, w: TsvWord, key: Option<(u32, u32, u32)>) -> TsvWord {
        TsvWord {
            key: key.unwrap_or(w.key),
            left: self.x + w.left / self.scale,
            top: self.y + (w.top - self.from_y) / self.scale,
            width: w.width / self.scale,
            height: w.height / self.scale,
            ..w
        }
    }
}

/// The words of each line, in reading order, as index ranges (a line's words are
/// consecutive in tesseract's TSV).
pub(super) fn lines(words: &[TsvWord]) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        match out.last_mut() {
            Some(last) if words[last.start].key == w.key => last.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// A line that holds a figure (a word with a digit) read below [`OcrWord::LOW_CONFIDENCE`].
fn uncertain_figure(line: &[TsvWord]) -> bool {
    line.iter().any(|w| {
        w.confidence < OcrWord::LOW_CONFIDENCE && w.text.chars().any(|c| c.is_ascii_digit())
    })
}

/// A line of sure Chinese (at least [`SURE_CJK_IN_LINE`] characters read with confidence) in
/// which a word of Latin letters without Chinese was read below [`SURE_CJK`] next to a word
/// with Chinese in it: small Chinese glyphs taken for capitals.
fn latin_run_in_chinese(line: &[TsvWord]) -> bool {
    let cjk = |w: &TsvWord| w.text.chars().any(|c| is_cjk_like(c) && c.is_alphabetic());
    let sure: usize = line
        .iter()
        .filter(|w| w.confidence >= SURE_CJK)
        .map(|w| w.text.chars().filter(|&c| is_cjk_like(c)).count())
        .sum();
    sure >= SURE_CJK_IN_LINE
        && line.iter().enumerate().any(|(i, w)| {
            let latin = w.text.chars().any(|c| c.is_ascii_alphabetic()) && !cjk(w);
            let near = |j: Option<usize>| j.and_then(|j| line.get(j)).is_some_and(cjk);
            latin
                && w.confidence < SURE_CJK
                && (near(i.checked_sub(1))
                    || near(i.checked_sub(2))
                    || near(Some(i + 1))
                    || near(Some(i + 2)))
        })
}

/// Lines to read again larger, with the scale each is read at.
fn doubtful_lines(words: &[TsvWord]) -> Vec<(std::ops::Range<usize>, u32)> {
    lines(words)
        .into_iter()
        .filter_map(|r| {
            let line = &words[r.clone()];
            if latin_run_in_chinese(line) {
                Some((r, 3))
            } else {
                uncertain_figure(line).then_some((r, 2))
            }
        })
        .take(MAX_LINES)
        .collect()
}

/// Cut out each doubtful line, upscale it, stack them into one image, read it as a block and
/// put each re-read line in place of its original when it reads with more confidence, no
/// shorter and with no fewer Chinese characters.
fn reread_doubtful_lines(img: &GrayImage, words: Vec<TsvWord>, ocr: &mut Ocr<'_>) -> Vec<TsvWord> {
    let targets = doubtful_lines(&words);
    if targets.is_empty() {
        return words;
    }
    let count = |ws: &[TsvWord], f: fn(char) -> bool| -> usize {
        ws.iter()
            .map(|w| w.text.chars().filter(|&c| f(c)).count())
            .sum()
    };
    let chars: fn(char) -> bool = |_| true;
    let chinese: fn(char) -> bool = is_cjk_like;
    let replaced = reread_lines(img, &words, &targets, ocr)
        .into_iter()
        .filter(|(range, line)| {
            let old = &words[range.clone()];
            // More confident where the readings differ, no shorter, and no Chinese lost: a
            // second reading that turns Chinese into Latin letters (`(单利)` as `(BA)`) is
            // the garbage of small type. The words both readings share say nothing about
            // which is right (a long line of sure Chinese would hide the one word that
            // changed).
            more_confident_where_they_differ(old, line)
                && count(line, chars) * 4 >= count(old, chars) * 3
                && count(line, chinese) >= count(old, chinese)
        })
        .collect();
    splice(words, replaced)
}

/// Each line of `targets` (a range of `words` and the scale to read it at) cut out, upscaled,
/// stacked with the others into one image and read as a block (one tesseract run): the
/// lines read again, in the original image's pixels and under their original line keys.
/// Nothing for a line the reading missed, or for all when the stack would be too large.
pub(super) fn reread_lines(
    img: &GrayImage,
    words: &[TsvWord],
    targets: &[(std::ops::Range<usize>, u32)],
    ocr: &mut Ocr<'_>,
) -> Vec<(std::ops::Range<usize>, Vec<TsvWord>)> {
    let (w, h) = img.dimensions();
    let (w, h) = (i64::from(w), i64::from(h));
    // Each band: its place in the original (x, y, width, height), its scale and its line.
    let mut bands = Vec::new();
    for (range, scale) in targets {
        let line = &words[range.clone()];
        let Some((l, _, r, _)) = bounds(line.iter()) else {
            continue;
        };
        // The band around the line's typical word (a tall comma or a misread glyph's box
        // would reach into the neighbouring lines, whose cut edges read as garbage).
        let (Some(tall), Some(middle)) = (
            median(line.iter().map(|w| w.height)),
            median(line.iter().map(|w| w.top + w.height / 2)),
        ) else {
            continue;
        };
        let (tall, half) = (tall.max(8), tall.max(8) * 85 / 100);
        let (x0, y0) = ((l - tall).max(0), (middle - half).max(0));
        let (x1, y1) = ((r + tall).min(w), (middle + half).min(h));
        if x1 > x0 && y1 > y0 {
            let s = i64::from(*scale);
            bands.push((x0, y0, x1 - x0, y1 - y0, s, range.clone()));
        }
    }
    let gap = bands.iter().map(|b| b.3 * b.4).max().unwrap_or(0);
    let stack_w = bands.iter().map(|b| b.2 * b.4).max().unwrap_or(0) + gap;
    let stack_h = bands.iter().map(|b| b.3 * b.4 + gap).sum::<i64>() + gap;
    let (Ok(sw), Ok(sh)) = (u32::try_from(stack_w), u32::try_from(stack_h)) else {
        return Vec::new();
    };
    if bands.is_empty() || u64::from(sw) * u64::from(sh) > MAX_RETRY_PIXELS {
        return Vec::new();
    }
    let mut stack = GrayImage::from_pixel(sw, sh, image::Luma([background(img)]));
    let mut placed = Vec::new();
    let mut y = gap;
    for (x0, y0, bw, bh, scale, range) in bands {
        // In range: bands come from the image's own bounds above.
        let (cx, cy, cw, ch) = (x0 as u32, y0 as u32, bw as u32, bh as u32);
        let cut = imageops::crop_imm(img, cx, cy, cw, ch).to_image();
        let s = scale as u32;
        let big = imageops::resize(&cut, cw * s, ch * s, imageops::FilterType::CatmullRom);
        imageops::replace(&mut stack, &big, gap / 2, y);
        let place = Placement {
            x: x0 - gap / 2 / scale,
            y: y0,
            from_y: y,
            scale,
        };
        placed.push((place, y, bh * scale, range));
        y += bh * scale + gap;
    }
    let Some(again) = ocr(&stack, "6") else {
        return Vec::new();
    };
    placed
        .into_iter()
        .filter_map(|(place, top, tall, range)| {
            let line = nearest_line(&again, top, tall)?;
            let key = words[range.start].key;
            let line = line.into_iter().map(|w| place.back(w, Some(key)));
            Some((range, line.collect()))
        })
        .collect()
}

/// Whether the words only `new` has read with more confidence than the words only `old`
/// has (as multisets of texts; each weighted by its characters).
fn more_confident_where_they_differ(old: &[TsvWord], new: &[TsvWord]) -> bool {
    let only = |a: &[TsvWord], b: &[TsvWord]| -> Vec<TsvWord> {
        let mut rest: Vec<&str> = b.iter().map(|w| w.text.as_str()).collect();
        a.iter()
            .filter(|w| match rest.iter().position(|t| *t == w.text) {
                Some(i) => {
                    rest.swap_remove(i);
                    false
                }
                None => true,
            })
            .cloned()
            .collect()
    };
    let (gone, came) = (only(old, new), only(new, old));
    !came.is_empty() && mean_confidence(&came) > mean_confidence(&gone)
}

/// Of the words read in the band `top..top + tall`, the line whose middle is nearest the
/// band's (a neighbouring line's edge cut into the band is read as a line of its own).
fn nearest_line(words: &[TsvWord], top: i64, tall: i64) -> Option<Vec<TsvWord>> {
    let middle = top + tall / 2;
    let inside: Vec<TsvWord> = words
        .iter()
        .filter(|w| (top..top + tall).contains(&(w.top + w.height / 2)))
        .cloned()
        .collect();
    lines(&inside)
        .into_iter()
        .min_by_key(|r| {
            let (_, t, _, b) = bounds(inside[r.clone()].iter()).unwrap_or_default();
            ((t + b) / 2 - middle).abs()
        })
        .map(|r| inside[r].to_vec())
}

/// `words` with each range replaced by its new words (ranges in order, not overlapping).
pub(super) fn splice(
    words: Vec<TsvWord>,
    replaced: Vec<(std::ops::Range<usize>, Vec<TsvWord>)>,
) -> Vec<TsvWord> {
    if replaced.is_empty() {
        return words;
    }
    let mut out = Vec::with_capacity(words.len());
    let mut next = replaced.into_iter().peekable();
    let mut skip_to = 0;
    for (i, w) in words.into_iter().enumerate() {
        if let Some((range, new)) = next.next_if(|(range, _)| range.start == i) {
            skip_to = range.end;
            out.extend(new);
        }
        if i >= skip_to {
            out.push(w);
        }
    }
    out
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A word of line `key`, 20 px a character, 18 px tall.
    pub(in crate::read) fn word(key: u32, left: i64, top: i64, conf: f64, text: &str) -> TsvWord {
        TsvWord {
            key: (1, 1, key),
            left,
            top,
            width: 20 * text.chars().count() as i64,
            height: 18,
            confidence: conf,
            text: text.into(),
        }
    }

    #[test]
    fn a_chinese_page_read_as_latin_letters_is_poor() {
        let garbage = [
            word(1, 10, 10, 95.0, "【速借花】"),
            word(1, 120, 10, 60.0, "IKEA,"),
            word(1, 220, 10, 70.0, "EAL"),
            word(1, 300, 10, 70.0, "ROMS"),
            word(1, 400, 10, 80.0, "MRRARAANRMBUBCOMIOX,"),
        ];
        assert!(looks_poor(&garbage, (780, 100)));
        let good = [
            word(1, 10, 10, 95.0, "【速借花】"),
            word(1, 120, 10, 92.0, "张晓明您好"),
            word(1, 220, 10, 90.0, "APP"),
        ];
        assert!(!looks_poor(&good, (300, 40)));
        // The same good words in a corner of a tall blank screenshot: small text, small area.
        assert!(looks_poor(&good, (780, 1688)));
        assert!(looks_poor(&[], (780, 1688)));
    }

    #[test]
    fn only_lines_with_an_uncertain_figure_are_read_again() {
        let words = [
            word(1, 0, 0, 96.0, "第八条"),
            word(2, 0, 30, 95.0, "按逾期金额的"),
            word(2, 120, 30, 35.0, "59%"),
            word(3, 0, 60, 40.0, "违约金"),
        ];
        assert_eq!(doubtful_lines(&words), [(1..3, 2)]);
    }

    #[test]
    fn a_latin_run_read_without_confidence_among_chinese_is_read_again_larger() {
        // `年利率（单利）为3.6%` in 17 px type, as tesseract first read it.
        let line = [
            word(1, 0, 0, 96.0, "固定"),
            word(1, 40, 0, 93.0, "利率"),
            word(1, 80, 0, 90.5, "年"),
            word(1, 100, 0, 76.9, "利率"),
            word(1, 140, 0, 73.3, "("),
            word(1, 160, 0, 66.9, "BA)"),
            word(1, 220, 0, 96.9, "为"),
            word(1, 240, 0, 89.3, "3.6%，"),
        ];
        assert_eq!(doubtful_lines(&line), [(0..8, 3)]);
        // Latin read with confidence (an app's name) or in an English line is no doubt.
        let mut sure = line.clone();
        sure[5].confidence = 92.0;
        assert!(doubtful_lines(&sure).is_empty());
        let english = [
            word(1, 0, 0, 70.0, "Annual"),
            word(1, 80, 0, 65.0, "rate"),
            word(1, 140, 0, 91.0, "为"),
        ];
        assert!(doubtful_lines(&english).is_empty());
    }

    #[test]
    fn a_better_line_replaces_its_words_in_place() {
        let words = vec![
            word(1, 0, 0, 96.0, "a"),
            word(2, 0, 30, 35.0, "59%"),
            word(2, 0, 30, 90.0, "b"),
            word(3, 0, 60, 90.0, "c"),
        ];
        let new = vec![word(2, 0, 30, 93.0, "5%")];
        let out = splice(words, vec![(1..3, new)]);
        let texts: Vec<&str> = out.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(texts, ["a", "5%", "c"]);
    }

    #[test]
    fn a_reading_is_judged_by_the_words_that_differ() {
        let old = [
            word(1, 0, 0, 96.0, "贷款"),
            word(1, 40, 0, 96.0, "执行"),
            word(1, 80, 0, 73.3, "("),
            word(1, 100, 0, 66.9, "BA)"),
        ];
        // Less sure of a shared word, surer of the new ones: better, though its mean is lower.
        let new = [
            word(1, 0, 0, 57.8, "贷款"),
            word(1, 40, 0, 96.0, "执行"),
            word(1, 80, 0, 69.8, "("),
            word(1, 100, 0, 91.3, "单"),
            word(1, 120, 0, 87.5, "利"),
            word(1, 140, 0, 87.5, ")"),
        ];
        assert!(mean_confidence(&new) < mean_confidence(&old));
        assert!(more_confident_where_they_differ(&old, &new));
        assert!(!more_confident_where_they_differ(&new, &old));
        // The same words read again: nothing to replace.
        assert!(!more_confident_where_they_differ(&old, &old));
    }

    #[test]
    fn ink_is_found_against_a_grey_background() {
        let mut img = GrayImage::from_pixel(100, 200, image::Luma([243]));
        // A white bubble is background to the eye but not ink; the text in it is.
        for x in 5..90 {
            for y in 20..40 {
                img.put_pixel(x, y, image::Luma([255]));
            }
        }
        for x in 10..60 {
            img.put_pixel(x, 30, image::Luma([0]));
        }
        img.put_pixel(70, 35, image::Luma([140]));
        assert_eq!(ink_box(&img), Some((10, 30, 71, 36)));
        assert_eq!(
            ink_box(&GrayImage::from_pixel(10, 10, image::Luma([0]))),
            None
        );
    }
}
