//! The text of a fee's form row: where its row ends, the rest of its line, a figure cut whole,
//! and whether the row's figure is the part withheld at payout (the principal less the amount
//! paid out).

use crate::model::Terms;

/// The first figure on the rest of the line after byte `from` is the principal less the stated
/// amount paid out: the part withheld at payout.
pub(super) fn withheld_from_principal(text: &str, from: usize, terms: &Terms) -> bool {
    let (Some(p), Some(d)) = (&terms.principal, &terms.disbursed) else {
        return false;
    };
    if p.derived || d.derived || d.amount >= p.amount {
        return false;
    }
    let rest = text.get(from..).unwrap_or("");
    let line = rest.split('\n').next().unwrap_or("");
    super::super::number::find_money(line)
        .first()
        .is_some_and(|m| m.amount == p.amount - d.amount)
}

/// `end` moved back to the start of the figure it cuts, if it cuts one.
pub(super) fn whole_figure_end(text: &str, end: usize) -> usize {
    let is_figure = |c: char| c.is_ascii_digit() || matches!(c, ',' | '.');
    let rest = text.get(end..).unwrap_or("");
    let next_digit = rest
        .trim_start_matches([',', '.'])
        .starts_with(|c: char| c.is_ascii_digit())
        && rest.len() - rest.trim_start_matches([',', '.']).len() <= 1;
    let cuts = next_digit
        && text
            .get(..end)
            .and_then(|t| t.chars().next_back())
            .is_some_and(is_figure);
    if !cuts {
        return end;
    }
    let head = text.get(..end).unwrap_or("");
    head.trim_end_matches(is_figure)
        .trim_end_matches(['$', '£', '€'])
        .len()
}

/// The rest of the document's line from byte `pos` (at most 200 bytes): the options of a form
/// row stop at its line's end.
pub(super) fn row_after(text: &str, pos: usize) -> &str {
    let pos = super::super::floor(text, pos);
    let rest = text
        .get(pos..super::super::floor(text, pos + 200))
        .unwrap_or("");
    rest.split('\n').next().unwrap_or("")
}

/// The end of the form row holding byte `pos`: its line's end, unless the next line carries
/// on in lower case (a wrapped row); never past `limit`.
pub(super) fn row_end(text: &str, pos: usize, limit: usize) -> usize {
    let mut end = pos;
    while let Some(nl) = text.get(end..).and_then(|t| t.find('\n')).map(|i| end + i) {
        let next = text
            .get(nl + 1..)
            .unwrap_or("")
            .trim_start_matches([' ', '\t']);
        if !next.starts_with(|c: char| c.is_lowercase()) || nl >= limit {
            return nl.min(limit);
        }
        end = nl + 1;
    }
    limit
}
