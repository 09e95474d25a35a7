//! Two text columns side by side (a PDF's 要素页 laid out in two columns, read line by line):
//! a note that a column puts under a fee (`GPS设备费：1,500.00元` over `（签约当日另行支付）`)
//! sits on the next line, after the other column's text. It is found by its column.

use super::*;
use crate::pattern;

/// The gap between two columns: four spaces or more, or a tab.
static COLUMN_GAP: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"[ \u{3000}]{4,}|\t+").expect("static regex"));

/// The gap between two cells when a PDF's text keeps no widths: two spaces or more.
static CELL_GAP: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"[ \u{3000}]{2,}|\t+").expect("static regex"));

/// The cell of the next line in the same place as the cell at byte `at` of `line`, when both
/// lines have as many cells (`品牌型号:…  GPS设备费:1,500.00元` over `车辆售价:…  (签约当日…)`).
fn same_cell_below<'n>(line: &str, at: usize, next: &'n str) -> Option<&'n str> {
    let cells = |s: &str| CELL_GAP.split(s.trim()).count();
    let k = CELL_GAP
        .find_iter(
            line.trim_start()
                .get(..at.checked_sub(line.len() - line.trim_start().len())?)?,
        )
        .count();
    (k > 0 && cells(line) == cells(next))
        .then(|| CELL_GAP.split(next.trim()).nth(k))
        .flatten()
        .map(str::trim)
}

/// Display width: a CJK or full-width character takes two columns, others one.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 })
        .sum()
}

/// The text of the next line that starts at the display column `col` (within a few columns),
/// after a column gap or at the line's start: the same column, one line down.
fn same_column_below(next: &str, col: usize) -> Option<&str> {
    let near = |c: usize| c.abs_diff(col) <= 4;
    let lead = next.len() - next.trim_start().len();
    if lead > 0 && near(width(&next[..lead])) {
        return Some(next.trim());
    }
    COLUMN_GAP
        .find_iter(next)
        .find(|g| near(width(&next[..g.end()])))
        .map(|g| next[g.end()..].trim())
}

impl Extractor<'_> {
    /// A fee with no timing, stated in the right column of a two-column line, takes the
    /// timing of a bracketed note right under it in the same column.
    pub(super) fn column_note_timings(&mut self) {
        let text = self.text;
        for fee in self
            .terms
            .fees
            .iter_mut()
            .filter(|f| f.timing == FeeTiming::Other && f.amount.is_some())
        {
            let quote = script::for_matching(&fee.evidence.text);
            let Some(at) = text.find(quote.as_str()) else {
                continue;
            };
            // The line of the fee, and where its name starts on it.
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            let line = &text[line_start..line_end];
            let Some(name_at) = line.find(fee.name.as_str()) else {
                continue;
            };
            let before = &line[..name_at];
            // Only a right column: the name follows a column gap.
            let Some(gap) = COLUMN_GAP
                .find_iter(before)
                .last()
                .or_else(|| CELL_GAP.find_iter(before).last())
            else {
                continue;
            };
            let between = &before[gap.end()..];
            if between.contains(char::is_whitespace) || between.chars().count() > 8 {
                continue;
            }
            let col = width(&line[..gap.end()]);
            let mut below_lines = text
                .get(line_end + 1..)
                .unwrap_or("")
                .split('\n')
                .take(MAX_NOTE_LINES);
            let next = below_lines.next().unwrap_or("");
            let Some(below) =
                same_column_below(next, col).or_else(|| same_cell_below(line, name_at, next))
            else {
                continue;
            };
            let timing = if below.starts_with(['(', '（']) {
                let note = below.find([')', '）']).map_or(below, |end| &below[..end]);
                fees::timing_of(note)
            } else {
                None
            };
            // The column goes on under the fee (收取方式：放款时由出借人自融资 / 金额中直接扣除…):
            // its lines, up to a blank cell, a heading or another fee, say how it is paid.
            let timing = timing.or_else(|| {
                let mut note = below.to_string();
                for next in below_lines {
                    match same_column_below(next, col) {
                        Some(cell) if !ends_note(cell) => note.push_str(cell),
                        _ => break,
                    }
                }
                (note.len() > below.len() || !ends_note(below))
                    .then(|| fees::timing_of(&note))
                    .flatten()
            });
            if let Some(t) = timing {
                fee.timing = t;
            }
        }
    }
}

/// How many lines a note under a fee in its column may run over.
const MAX_NOTE_LINES: usize = 6;

/// A cell that ends a column's note under a fee: blank, a heading (【其他费用】) or another fee.
fn ends_note(cell: &str) -> bool {
    cell.is_empty() || cell.starts_with(['【', '[', '〔']) || FEE_NAME.is_match(cell)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_note_under_a_right_column_field() {
        let next = "车辆售价:118,000.00元                      (签约当日另行支付,不从贷款扣除)";
        let col = width("品牌型号:某某牌 1.5T 自动舒适型           ");
        assert_eq!(
            same_column_below(next, col),
            Some("(签约当日另行支付,不从贷款扣除)")
        );
        assert_eq!(same_column_below("车辆售价:118,000.00元", col), None);
        let line = "品牌型号:某某牌 1.5T 自动舒适型  GPS设备费:1,500.00元";
        let at = line.find("GPS").unwrap_or(0);
        assert_eq!(
            same_cell_below(line, at, "车辆售价:118,000.00元  (签约当日另行支付)"),
            Some("(签约当日另行支付)")
        );
    }
}
