//! A schedule printed without a header row, each figure carrying its column's name
//! (`第1期 2025年7月28日 本金0.00 利息600.00 小计600.00`), as app screens, messages and
//! plain-text contracts list their instalments.

use super::*;

/// The columns of a labelled row, and the byte range of each one's value.
type LabelledRow = (Vec<Col>, Vec<(usize, usize)>);

/// A cell's column and the byte range of its value: `第3期` (index), a date, or a column
/// name glued to (or one space before) its figure, `利息600.00` / `应还 1,200.00元`.
fn labelled_cells(text: &str, at: usize, line: &str) -> Option<LabelledRow> {
    let raw = cells(line, at, Gap::Narrow);
    let cell = |(s, e): (usize, usize)| text.get(s..e).unwrap_or("").trim();
    let mut cols = Vec::new();
    let mut values = Vec::new();
    let mut k = 0;
    while let Some(&c) = raw.get(k) {
        k += 1;
        let t = cell(c);
        if cols.is_empty() {
            // The first cell is the period number, written as a period (第1期).
            if !t.starts_with('第') || cell_index(t).is_none() {
                return None;
            }
            cols.push(Col::Index);
            values.push(c);
            continue;
        }
        if parse_date(t).is_some() && !cols.contains(&Col::Date) {
            cols.push(Col::Date);
            values.push(c);
            continue;
        }
        let figure_at = t
            .find(|ch: char| ch.is_ascii_digit() || matches!(ch, '¥' | '￥'))
            .unwrap_or(t.len());
        let label = t
            .get(..figure_at)?
            .trim_end_matches([':', '：', ' '])
            .trim();
        let col = column(label);
        if label.is_empty()
            || !matches!(col, Col::Principal | Col::Interest | Col::Fee | Col::Total)
        {
            return None;
        }
        // The figure is glued to its name, or the next cell (`本金 0.00`).
        let value = if figure_at < t.len() {
            (c.1 - (t.len() - figure_at), c.1)
        } else {
            let next = *raw.get(k)?;
            k += 1;
            next
        };
        cell_amount(cell(value))?;
        cols.push(col);
        values.push(value);
    }
    let money = cols
        .iter()
        .filter(|c| matches!(c, Col::Principal | Col::Interest | Col::Fee | Col::Total))
        .count();
    (money >= 2).then_some((cols, values))
}

/// Two or more consecutive rows that name the same columns in the same order.
pub(super) fn find(text: &str, original: &str, lines: &[(usize, &str)]) -> Option<Table> {
    let mut i = 0;
    while i < lines.len() {
        let mut rows: Vec<Row> = Vec::new();
        let mut header: Option<Vec<Col>> = None;
        while let Some(&(at, line)) = lines.get(i) {
            let orig = original.get(at..at + line.len()).unwrap_or("");
            let Some((cols, values)) = labelled_cells(text, at, orig) else {
                break;
            };
            if header.as_ref().is_some_and(|h| *h != cols) {
                break;
            }
            let Some(r) = row(text, &cols, &values) else {
                break;
            };
            rows.push(r);
            header = Some(cols);
            i += 1;
        }
        if rows.len() >= 2 {
            let skips = rows
                .iter()
                .enumerate()
                .any(|(k, r)| r.index as usize != k + 1);
            let (start, end) = (rows.first()?.start, rows.last()?.end);
            return Some(Table {
                header_start: start,
                rows_start: start,
                rows_end: end,
                rows,
                totals: None,
                excerpt: skips,
                open_end: false,
                merged_fee_cells: Vec::new(),
            });
        }
        i += 1;
    }
    None
}
