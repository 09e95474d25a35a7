//! Lines tesseract leaves out: in page-segmentation mode 3 it may drop a whole line between
//! two lines it reads (`You'll receive .......... $96.01` under `Instant fee .... $3.99`, a
//! row of dot leaders it takes for a picture), and a page then loses a figure. Such a line
//! is a band of ink rows between read lines in which no word was read: each is cut out,
//! stacked with the others into one image (one more tesseract run, however many bands) and
//! read as a block of text (`--psm 6`); the words read there with confidence go in after
//! the line above them.
//!
//! A band is a line only when it is as tall as the page's text (a rule, a dot row or a
//! logo is not) and wider than tall; nothing is kept below [`MIN_CONFIDENCE`].

use image::{GrayImage, imageops};

use super::ocr_page::background;
use super::ocr_retry::{Ocr, TsvWord, mean_confidence};

/// Most bands read again in one image.
const MAX_BANDS: usize = 16;
/// Least mean confidence of a band's words for them to be kept.
const MIN_CONFIDENCE: f64 = 70.0;
/// Difference from the background above which a pixel is ink.
const INK: i16 = 64;
/// Most pixels of the stacked bands.
const MAX_STACK_PIXELS: u64 = 16_000_000;

/// A band of ink rows `top..bottom`, its ink from `left` to `right`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    pub top: u32,
    pub bottom: u32,
    pub left: u32,
    pub right: u32,
}

/// The read lines: (index after the line's last word, top, bottom, middle) in reading order.
fn read_lines(words: &[TsvWord]) -> Vec<(usize, i64, i64, i64)> {
    let mut out: Vec<(usize, i64, i64, Vec<i64>)> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let middle = w.top + w.height / 2;
        match out.last_mut() {
            Some(last) if words[last.0 - 1].key == w.key => {
                last.0 = i + 1;
                last.1 = last.1.min(w.top);
                last.2 = last.2.max(w.top + w.height);
                last.3.push(middle);
            }
            _ => out.push((i + 1, w.top, w.top + w.height, vec![middle])),
        }
    }
    out.into_iter()
        .map(|(end, top, bottom, mut middles)| {
            middles.sort_unstable();
            (end, top, bottom, middles[middles.len() / 2])
        })
        .collect()
}

/// The bands of ink between the first and the last read line that hold no read word and
/// are as tall as the page's typical word (between half and twice its height).
pub fn unread_bands(img: &GrayImage, words: &[TsvWord]) -> Vec<Band> {
    let lines = read_lines(words);
    let mut heights: Vec<i64> = words.iter().map(|w| w.height).collect();
    heights.sort_unstable();
    let (Some(&tall), Some(first), Some(last)) =
        (heights.get(heights.len() / 2), lines.first(), lines.last())
    else {
        return Vec::new();
    };
    if tall < 6 || lines.len() < 2 {
        return Vec::new();
    }
    let bg = i16::from(background(img));
    let (w, _) = img.dimensions();
    let ink_rows: Vec<Option<(u32, u32)>> = img
        .as_raw()
        .chunks_exact(w as usize)
        .map(|row| {
            let ink = |p: &u8| (i16::from(*p) - bg).abs() >= INK;
            let count = row.iter().filter(|p| ink(p)).count();
            // Two specks are noise, not a row of letters.
            (count >= 3).then(|| {
                let l = row.iter().position(ink).unwrap_or(0) as u32;
                let r = row.iter().rposition(ink).unwrap_or(0) as u32 + 1;
                (l, r)
            })
        })
        .collect();
    let mut bands = Vec::new();
    let mut y = 0usize;
    while y < ink_rows.len() {
        let Some(mut span) = ink_rows[y] else {
            y += 1;
            continue;
        };
        let top = y;
        while let Some(Some((l, r))) = ink_rows.get(y) {
            span = (span.0.min(*l), span.1.max(*r));
            y += 1;
        }
        let band = Band {
            top: top as u32,
            bottom: y as u32,
            left: span.0,
            right: span.1,
        };
        let (t, b) = (i64::from(band.top), i64::from(band.bottom));
        let height = b - t;
        let between = t > first.1 && b < last.2;
        let sized = height * 2 >= tall && height <= tall * 2;
        let wide = i64::from(band.right - band.left) >= height * 3;
        let unread = !words.iter().any(|w| w.top < b && w.top + w.height > t);
        if between && sized && wide && unread {
            bands.push(band);
        }
        if bands.len() == MAX_BANDS {
            break;
        }
    }
    bands
}

/// Read the page's unread bands again, and put the words read there with confidence in
/// after the read line above each.
pub fn read_unread_bands(img: &GrayImage, words: Vec<TsvWord>, ocr: &mut Ocr<'_>) -> Vec<TsvWord> {
    let bands = unread_bands(img, &words);
    if bands.is_empty() {
        return words;
    }
    // Each band with a margin of a third of its height, stacked with a gap between them.
    let cuts: Vec<(u32, u32, u32, u32)> = bands
        .iter()
        .map(|b| {
            let margin = ((b.bottom - b.top) / 3).max(4);
            let x0 = b.left.saturating_sub(margin * 2);
            let y0 = b.top.saturating_sub(margin);
            let x1 = (b.right + margin * 2).min(img.width());
            let y1 = (b.bottom + margin).min(img.height());
            (x0, y0, x1 - x0, y1 - y0)
        })
        .collect();
    let gap = cuts.iter().map(|c| c.3).max().unwrap_or(0);
    let stack_w = cuts.iter().map(|c| c.2).max().unwrap_or(0) + gap * 2;
    let stack_h = cuts.iter().map(|c| c.3 + gap).sum::<u32>() + gap;
    if u64::from(stack_w) * u64::from(stack_h) > MAX_STACK_PIXELS {
        return words;
    }
    let mut stack = GrayImage::from_pixel(stack_w, stack_h, image::Luma([background(img)]));
    let mut placed = Vec::new();
    let mut y = gap;
    for &(x0, y0, cw, ch) in &cuts {
        let cut = imageops::crop_imm(img, x0, y0, cw, ch).to_image();
        imageops::replace(&mut stack, &cut, i64::from(gap), i64::from(y));
        placed.push((x0, y0, y, ch));
        y += ch + gap;
    }
    let Some(again) = ocr(&stack, "6") else {
        return words;
    };
    let lines = read_lines(&words);
    let mut inserts: Vec<(usize, Vec<TsvWord>)> = Vec::new();
    for (n, (x0, y0, at, ch)) in placed.into_iter().enumerate() {
        let (at, ch) = (i64::from(at), i64::from(ch));
        let found: Vec<TsvWord> = again
            .iter()
            .filter(|w| (at..at + ch).contains(&(w.top + w.height / 2)))
            .cloned()
            .collect();
        let letters = found
            .iter()
            .any(|w| w.text.chars().any(char::is_alphanumeric));
        if found.is_empty() || !letters || mean_confidence(&found) < MIN_CONFIDENCE {
            continue;
        }
        // A key no line of the page has: the band is a line of its own.
        let key = (u32::MAX - n as u32, 0, 0);
        let found: Vec<TsvWord> = found
            .into_iter()
            .map(|w| TsvWord {
                key,
                left: i64::from(x0) + w.left - i64::from(gap),
                top: i64::from(y0) + w.top - at,
                ..w
            })
            .collect();
        let middle = found[0].top + found[0].height / 2;
        // After the last read line above the band (its middle above the band's).
        let after = lines
            .iter()
            .filter(|l| l.3 < middle)
            .max_by_key(|l| l.3)
            .map_or(0, |l| l.0);
        inserts.push((after, found));
    }
    if inserts.is_empty() {
        return words;
    }
    inserts.sort_by_key(|(after, _)| *after);
    let mut out = Vec::with_capacity(words.len() + inserts.len() * 8);
    let mut pending = inserts.into_iter().peekable();
    for (i, w) in words.into_iter().enumerate() {
        while let Some((_, new)) = pending.next_if(|(after, _)| *after == i) {
            out.extend(new);
        }
        out.push(w);
    }
    for (_, new) in pending {
        out.extend(new);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(line: u32, top: i64, text: &str) -> TsvWord {
        TsvWord {
            key: (1, 1, line),
            left: 100,
            top,
            width: 200,
            height: 20,
            confidence: 95.0,
            text: text.into(),
        }
    }

    /// A white page with a dark bar (a line of "text") over rows `top..top + 20`.
    fn page(bars: &[u32]) -> GrayImage {
        GrayImage::from_fn(600, 300, |x, y| {
            let inked = bars.iter().any(|&t| (t..t + 20).contains(&y)) && (100..400).contains(&x);
            let letter = x % 9 < 6;
            image::Luma([if inked && letter { 10 } else { 250 }])
        })
    }

    #[test]
    fn a_band_of_ink_with_no_word_between_read_lines_is_found() {
        let img = page(&[20, 60, 100, 140]);
        let words = [word(1, 20, "a"), word(2, 60, "b"), word(4, 140, "d")];
        assert_eq!(
            unread_bands(&img, &words),
            [Band {
                top: 100,
                bottom: 120,
                left: 100,
                right: 400
            }]
        );
        // Every line read: nothing to read again.
        let all = [
            word(1, 20, "a"),
            word(2, 60, "b"),
            word(3, 100, "c"),
            word(4, 140, "d"),
        ];
        assert!(unread_bands(&img, &all).is_empty());
        // Below the last read line: not between read lines.
        assert!(unread_bands(&img, &words[..2]).is_empty());
    }

    #[test]
    fn a_thin_rule_or_a_tall_picture_is_no_line() {
        let mut img = page(&[20, 140]);
        for x in 100..400 {
            img.put_pixel(x, 80, image::Luma([0]));
            img.put_pixel(x, 81, image::Luma([0]));
        }
        let words = [word(1, 20, "a"), word(4, 140, "d")];
        assert!(unread_bands(&img, &words).is_empty());
    }

    #[test]
    fn the_words_of_a_band_go_in_after_the_line_above() {
        let img = page(&[20, 60, 100, 140]);
        let words = vec![word(1, 20, "a"), word(2, 60, "b"), word(4, 140, "d")];
        let mut calls = 0;
        let mut ocr = |stack: &GrayImage, psm: &str| {
            calls += 1;
            assert_eq!(psm, "6");
            // The one band sits at `gap` from the stack's top: read as one word there.
            let gap = stack.height() / 3;
            Some(vec![TsvWord {
                key: (1, 1, 1),
                left: 30,
                top: i64::from(gap) + 7,
                width: 100,
                height: 20,
                confidence: 91.0,
                text: "c".into(),
            }])
        };
        let out = read_unread_bands(&img, words, &mut ocr);
        let texts: Vec<&str> = out.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(texts, ["a", "b", "c", "d"]);
        assert_eq!(calls, 1);
        assert!((95..=105).contains(&out[2].top), "{}", out[2].top);
    }
}
