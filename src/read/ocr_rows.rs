//! A screenshot laid out as a form (a label on the left, its value far to the right) comes out
//! of tesseract as separate blocks: every label, then every value (`本次借款` / `借款日期` / …
//! then `¥5,000.00` / `2025-09-02` / …), and a value is no longer beside its label. The OCR
//! lines are put back into the rows they sit in on the screen: lines whose vertical middles
//! agree and whose boxes do not overlap side by side are one row, read left to right with a
//! gap between them, as the text version of the same page writes it.

use super::ocr_retry::TsvWord;

/// The gap written between lines put side by side on one row.
pub const ROW_GAP: &str = "\u{3000}\u{3000}";

/// One OCR line: its words (in order) and where it sits.
struct Line {
    words: Vec<TsvWord>,
    left: i64,
    right: i64,
    middle: i64,
    height: i64,
}

/// The median of `values` (0 when empty).
fn median(mut values: Vec<i64>) -> i64 {
    values.sort_unstable();
    values.get(values.len() / 2).copied().unwrap_or(0)
}

fn lines_of(words: Vec<TsvWord>) -> Vec<Line> {
    let mut groups: Vec<Vec<TsvWord>> = Vec::new();
    for w in words {
        match groups.last_mut() {
            Some(g) if g.first().is_some_and(|f| f.key == w.key) => g.push(w),
            _ => groups.push(vec![w]),
        }
    }
    groups
        .into_iter()
        .map(|words| Line {
            left: words.iter().map(|w| w.left).min().unwrap_or(0),
            right: words.iter().map(|w| w.left + w.width).max().unwrap_or(0),
            // The median, not the box: one tall glyph box (用, 还) does not move the line.
            middle: median(words.iter().map(|w| w.top + w.height / 2).collect()),
            height: median(words.iter().map(|w| w.height).collect()),
            words,
        })
        .collect()
}

/// The words in screen rows: lines side by side on one row are joined, left to right, with
/// a full-width space between them (a word of its own) and one line key per row. A page with
/// no two lines side by side is returned as tesseract ordered it.
pub fn by_rows(words: Vec<TsvWord>) -> Vec<TsvWord> {
    let lines = lines_of(words);
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by_key(|&i| lines.get(i).map_or(0, |l| l.middle));
    let mut rows: Vec<Vec<usize>> = Vec::new();
    for i in order {
        let Some(line) = lines.get(i) else { continue };
        let joins = rows.last().is_some_and(|row| {
            row.iter().filter_map(|&j| lines.get(j)).all(|other| {
                let close = (other.middle - line.middle).abs() * 2 <= other.height.min(line.height);
                let apart = line.left >= other.right || other.left >= line.right;
                close && apart
            })
        });
        match rows.last_mut() {
            Some(row) if joins => row.push(i),
            _ => rows.push(vec![i]),
        }
    }
    let side_by_side = rows.iter().any(|r| r.len() > 1);
    let mut lines: Vec<Option<Line>> = lines.into_iter().map(Some).collect();
    if !side_by_side {
        return lines.into_iter().flatten().flat_map(|l| l.words).collect();
    }
    let mut out = Vec::new();
    for (n, row) in rows.iter_mut().enumerate() {
        row.sort_by_key(|&i| lines.get(i).and_then(|l| l.as_ref()).map_or(0, |l| l.left));
        let key = (u32::try_from(n).unwrap_or(u32::MAX), 0, 0);
        for (k, &i) in row.iter().enumerate() {
            let Some(line) = lines.get_mut(i).and_then(Option::take) else {
                continue;
            };
            if k > 0 {
                out.push(TsvWord {
                    key,
                    left: line.left,
                    top: line.middle,
                    width: 0,
                    height: line.height,
                    confidence: 100.0,
                    text: ROW_GAP.into(),
                });
            }
            out.extend(line.words.into_iter().map(|w| TsvWord { key, ..w }));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(key: (u32, u32, u32), left: i64, top: i64, text: &str) -> TsvWord {
        TsvWord {
            key,
            left,
            top,
            width: 20 * i64::try_from(text.chars().count()).unwrap_or(1),
            height: 20,
            confidence: 90.0,
            text: text.into(),
        }
    }

    fn text(words: &[TsvWord]) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut last = None;
        for w in words {
            if last != Some(w.key) {
                lines.push(String::new());
                last = Some(w.key);
            }
            if let Some(l) = lines.last_mut() {
                l.push_str(&w.text);
            }
        }
        lines
    }

    #[test]
    fn labels_and_values_read_in_separate_blocks_go_back_to_their_rows() {
        let words = vec![
            word((1, 1, 1), 100, 100, "本次借款"),
            word((1, 1, 2), 100, 140, "借款日期"),
            word((2, 1, 1), 380, 101, "¥5,000.00"),
            word((2, 1, 2), 380, 139, "2025-09-02"),
        ];
        assert_eq!(
            text(&by_rows(words)),
            [
                "本次借款\u{3000}\u{3000}¥5,000.00",
                "借款日期\u{3000}\u{3000}2025-09-02"
            ]
        );
    }

    #[test]
    fn a_page_of_lines_one_under_another_is_left_as_read() {
        let words = vec![
            word((1, 1, 1), 100, 100, "第一条"),
            word((1, 1, 1), 170, 100, "借款金额"),
            word((1, 1, 2), 100, 140, "第二条"),
        ];
        assert_eq!(text(&by_rows(words)), ["第一条借款金额", "第二条"]);
    }
}
