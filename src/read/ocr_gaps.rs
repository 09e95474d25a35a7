//! The blank space inside an OCR line, kept as a gap.
//!
//! A screen or slip lays a label and its value out with blank space between them
//! (`分期本金　　15,000.00`, a table row `22,000.00　　4,000.00`). Tesseract puts both in one
//! line and the words are joined without a space next to Chinese, so the text loses the
//! gap the text version of the same page has: the row reads `分期本金15,000.00`, and a row
//! of short lines is then taken for a wrapped paragraph and joined to the next row. Two
//! signs of such a gap, each written as the row gap [`ROW_GAP`] (as lines side by side are
//! joined, [`super::ocr_rows`]):
//! - **blank space** between two words at least [`WIDE_GAP`] times the line's text height
//!   (Chinese characters and Latin words of a sentence stand closer);
//! - **a stray quotation mark**: `chi_sim` reads a wide blank as `“` or `”` glued to the next
//!   word (`”15,000.00`, `“2026年…`, a word `“”`). A mark is stray when it begins a word and
//!   is no part of a pair in its line (`“借款”` keeps both); it is dropped.

use super::ocr_retry::TsvWord;
use super::ocr_rows::ROW_GAP;

/// Blank space, in line heights, that separates a label from its value.
const WIDE_GAP: f64 = 1.5;

/// The double quotation marks tesseract writes for a blank.
fn is_quote(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '„' | '〃')
}

/// The words with a gap word where a line holds a wide blank or a stray quotation mark.
pub fn mark(words: Vec<TsvWord>) -> Vec<TsvWord> {
    let mut out = Vec::with_capacity(words.len());
    let mut line: Vec<TsvWord> = Vec::new();
    for w in words {
        if line.first().is_some_and(|f| f.key != w.key) {
            mark_line(std::mem::take(&mut line), &mut out);
        }
        line.push(w);
    }
    mark_line(line, &mut out);
    out
}

fn mark_line(line: Vec<TsvWord>, out: &mut Vec<TsvWord>) {
    let mut heights: Vec<i64> = line
        .iter()
        .filter(|w| w.text != ROW_GAP)
        .map(|w| w.height)
        .collect();
    heights.sort_unstable();
    let height = heights.get(heights.len() / 2).copied().unwrap_or(0);
    let stray = stray_quotes(&line);
    // The right edge of the line so far: a box tesseract drew too wide hides no gap.
    let mut right: Option<i64> = None;
    let mut gap_before = false;
    // Brackets opened and not yet closed: a label and its value never stand inside a bracket,
    // so blank space there is tesseract's spacing (`(年    化利率10.95%)`), not a gap.
    let mut open_brackets = 0i32;
    for (w, stray) in line.into_iter().zip(stray) {
        if w.text == ROW_GAP {
            out.push(w);
            gap_before = true;
            continue;
        }
        let text = if stray {
            w.text.trim_start_matches(is_quote).to_string()
        } else {
            w.text.clone()
        };
        let wide = right.is_some_and(|r| (w.left - r) as f64 >= WIDE_GAP * height as f64);
        if ((wide && open_brackets <= 0) || stray) && right.is_some() && !gap_before {
            out.push(TsvWord {
                left: right.unwrap_or(w.left),
                width: 0,
                confidence: 100.0,
                text: ROW_GAP.into(),
                ..w.clone()
            });
        }
        gap_before = false;
        right = Some(right.map_or(w.left + w.width, |r| r.max(w.left + w.width)));
        for c in text.chars() {
            match c {
                '(' | '（' | '[' | '【' => open_brackets += 1,
                ')' | '）' | ']' | '】' => open_brackets -= 1,
                _ => {}
            }
        }
        if !text.is_empty() {
            out.push(TsvWord { text, ..w });
        }
    }
}

/// For each word, whether it begins with a quotation mark that pairs with none in its line:
/// an opening `“` pairs with a later closing `”` after some text, a closing `”` with an
/// earlier open `“`. A plain `"` opens when another follows, and closes an open one.
fn stray_quotes(line: &[TsvWord]) -> Vec<bool> {
    // Every quotation mark of the line in order, with the word it begins (if it does).
    let mut marks: Vec<(char, Option<usize>)> = Vec::new();
    for (i, w) in line.iter().enumerate() {
        let leading = w.text.chars().take_while(|&c| is_quote(c)).count();
        for (k, c) in w.text.chars().enumerate() {
            if is_quote(c) {
                marks.push((c, (k < leading).then_some(i)));
            }
        }
    }
    let mut paired = vec![false; marks.len()];
    let mut open: Option<usize> = None;
    for (m, &(c, _)) in marks.iter().enumerate() {
        let closes = matches!(c, '”' | '"') && open.is_some();
        if closes {
            // An empty pair (`“”`, nothing quoted) is no quotation.
            let quoted = open.is_some_and(|o| quotes_text(line, o, m));
            if let Some(o) = open.take().filter(|_| quoted) {
                paired[o] = true;
                paired[m] = true;
            }
        } else if matches!(c, '“' | '"' | '„') {
            open = Some(m);
        }
    }
    let mut stray = vec![false; line.len()];
    for (m, &(_, word)) in marks.iter().enumerate() {
        if let Some(i) = word
            && !paired[m]
            && let Some(s) = stray.get_mut(i)
        {
            *s = true;
        }
    }
    stray
}

/// Whether any text other than quotation marks stands between marks `open` and `close`.
fn quotes_text(line: &[TsvWord], open: usize, close: usize) -> bool {
    // `n` counts the marks passed: text after mark `open` and before mark `close`.
    let mut n = 0;
    let mut between = false;
    for c in line.iter().flat_map(|w| w.text.chars()) {
        if is_quote(c) {
            n += 1;
            continue;
        }
        if n > open && n <= close {
            between = true;
        }
    }
    between
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(line: u32, left: i64, width: i64, text: &str) -> TsvWord {
        TsvWord {
            key: (1, 1, line),
            left,
            top: 100,
            width,
            height: 20,
            confidence: 90.0,
            text: text.into(),
        }
    }

    /// The text of words given as (line, left, width, text), gaps marked.
    fn marked(words: &[(u32, i64, i64, &str)]) -> String {
        let words = words.iter().map(|&(l, x, w, t)| word(l, x, w, t)).collect();
        mark(words).iter().map(|w| w.text.as_str()).collect()
    }

    #[test]
    fn a_wide_blank_between_label_and_value_is_a_gap() {
        let words = [
            (1, 118, 41, "首付"),
            (1, 248, 82, "3,000.00"),
            (2, 118, 80, "分期本金"),
            (2, 200, 90, "15,000.00"),
        ];
        assert_eq!(
            marked(&words),
            "首付\u{3000}\u{3000}3,000.00分期本金15,000.00"
        );
    }

    #[test]
    fn a_wide_blank_inside_brackets_is_no_gap() {
        let words = [
            (1, 118, 60, "日利率"),
            (1, 260, 50, "0.03%"),
            (1, 312, 30, "(年"),
            (1, 400, 150, "化利率10.95%)"),
            (1, 600, 40, "单利"),
        ];
        assert_eq!(
            marked(&words),
            "日利率\u{3000}\u{3000}0.03%(年化利率10.95%)\u{3000}\u{3000}单利"
        );
    }

    #[test]
    fn a_stray_quotation_mark_is_a_gap_and_a_pair_stays() {
        let words = [
            (1, 118, 80, "分期本金"),
            (1, 200, 92, "”15,000.00"),
            (2, 118, 40, "本合同"),
            (2, 160, 40, "“借款"),
            (2, 200, 40, "”指"),
            (3, 118, 60, "今借到"),
            (3, 180, 10, "“”"),
            (3, 190, 60, "温国栋"),
        ];
        assert_eq!(
            marked(&words),
            "分期本金\u{3000}\u{3000}15,000.00本合同“借款”指今借到\u{3000}\u{3000}温国栋"
        );
    }
}
