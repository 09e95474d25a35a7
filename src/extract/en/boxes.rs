//! Drawn text boxes (`| A | B |` rows between `+---+` rules): which cell a label heads, the
//! cells under it, and words that only continue a heading wrapped over rows.

use super::floor;

/// Column separators of a drawn box: ASCII and box-drawing bars.
const BAR: [char; 3] = ['|', '│', '║'];

/// Does byte `pos` start the text of its box cell (only blanks since the bar before it)?
/// Only a label heading its cell names the column ("| Amount Financed |"), not the words of
/// a description under it ("| The amount of credit provided").
pub(crate) fn heads_cell(text: &str, pos: usize) -> bool {
    let head = text.get(..floor(text, pos)).unwrap_or("");
    head.rsplit(BAR)
        .next()
        .is_some_and(|lead| lead.trim().is_empty())
}

/// Does byte `pos` lie in a box cell whose text began in the row above? In a drawn box (a
/// `+---+` rule over its rows) a row of words with no figure holds headings wrapped over
/// several rows: words under them describe the heading ("| Amount Financed The |" over
/// "| amount of credit |"), they are no label of their own. (A key/value table's rows each
/// hold a figure, or are not drawn under a rule.)
pub(crate) fn continues_cell(text: &str, pos: usize) -> bool {
    let pos = floor(text, pos);
    let line_start = text
        .get(..pos)
        .map_or(0, |t| t.rfind('\n').map_or(0, |i| i + 1));
    let column = text.get(line_start..pos).unwrap_or("").matches(BAR).count();
    if column == 0 || line_start == 0 {
        return false;
    }
    let prev_start = text
        .get(..line_start - 1)
        .map_or(0, |t| t.rfind('\n').map_or(0, |i| i + 1));
    let prev = text.get(prev_start..line_start - 1).unwrap_or("");
    if !prev.trim_start().starts_with(BAR) || prev.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // The rows above are drawn under a rule line.
    let ruled = text
        .get(..prev_start)
        .unwrap_or("")
        .lines()
        .rev()
        .find(|l| !l.trim_start().starts_with(BAR))
        .is_some_and(|l| l.trim_start().starts_with(['+', '┌', '├', '╔']));
    ruled
        && prev
            .split(BAR)
            .nth(column)
            .is_some_and(|cell| cell.chars().any(char::is_alphabetic))
}

/// The cells below the cell holding byte `pos` in a drawn text box (`| A | B |` rows between
/// `+---+` rules), top to bottom, as byte ranges of the text. Empty when `pos` is not inside
/// such a box. A disclosure box prints its labels in one row and the figures rows later, so
/// the value of a label is found by column, not by reading on.
pub(crate) fn cells_below(text: &str, pos: usize) -> Vec<(usize, usize)> {
    let pos = floor(text, pos);
    let line_start = text
        .get(..pos)
        .map_or(0, |t| t.rfind('\n').map_or(0, |i| i + 1));
    let line_end = text
        .get(pos..)
        .map_or(text.len(), |t| t.find('\n').map_or(text.len(), |i| pos + i));
    let line = text.get(line_start..line_end).unwrap_or("");
    if !line.trim_start().starts_with(BAR) {
        return Vec::new();
    }
    // The column is the number of bars before `pos` on its line.
    let column = text.get(line_start..pos).unwrap_or("").matches(BAR).count();
    if column == 0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start = line_end + 1;
    for _ in 0..16 {
        let Some(rest) = text.get(start.min(text.len())..) else {
            break;
        };
        if rest.is_empty() {
            break;
        }
        let row = rest.split('\n').next().unwrap_or("");
        let trimmed = row.trim_start();
        if trimmed.starts_with(BAR) {
            // Cell `column` lies between the column-th and the next bar.
            let mut bars = row.match_indices(BAR).map(|(i, m)| (i, i + m.len()));
            if let (Some((_, a)), Some((b, _))) = (bars.nth(column - 1), bars.next()) {
                out.push((start + a, start + b));
            }
        } else if !trimmed.starts_with(['+', '├', '┼', '╞', '═', '─']) {
            break;
        }
        start += row.len() + 1;
    }
    out
}
