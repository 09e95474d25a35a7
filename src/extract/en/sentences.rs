//! Sentence cutting for the English extractor: where a sentence, a form row or a list item
//! ends, so evidence quotes one of them.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern;

/// Abbreviations whose full stop does not end a sentence ("Rs." the rupee's sign).
const ABBREVIATIONS: [&str; 21] = [
    "co", "inc", "ltd", "no", "nos", "mr", "mrs", "ms", "dr", "st", "u.s", "e.g", "i.e", "vs",
    "sec", "jr", "n.a", "p.o", "corp", "approx", "rs",
];

/// Cut text into sentences: at `. ; ? !` followed by a capital, digit, bullet or quote, at
/// blank lines and page breaks, before bullets and numbered items, and after short lines
/// (form rows and headings; wrapped prose lines are long).
pub(super) fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    // What counts as a short line depends on the document's column width: a line well short
    // of the typical (80th percentile) length ends a row or a paragraph.
    let mut lengths: Vec<usize> = text
        .lines()
        .map(|l| l.trim().chars().count())
        .filter(|&n| n > 0)
        .collect();
    lengths.sort_unstable();
    let p80 = lengths
        .get(lengths.len().saturating_mul(4) / 5)
        .copied()
        .unwrap_or(0);
    let short = (p80 * 6 / 10).clamp(20, 60);
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut line_start = 0usize;
    let push = |out: &mut Vec<(usize, usize)>, s: usize, e: usize| {
        let seg = text.get(s..e).unwrap_or("");
        let lead = seg.len() - seg.trim_start().len();
        let trail = seg.len() - seg.trim_end().len();
        let (s2, e2) = (s + lead, e.saturating_sub(trail));
        if e2 > s2 {
            out.push((s2, e2));
        }
    };
    for (i, c) in text.char_indices() {
        let next_i = i + c.len_utf8();
        match c {
            '\u{c}' => {
                push(&mut out, start, i);
                start = next_i;
                line_start = next_i;
            }
            '\n' => {
                let line = text.get(line_start..i).unwrap_or("").trim();
                let rest = text.get(next_i..).unwrap_or("");
                let rest_trim = rest.trim_start_matches([' ', '\t']);
                let blank = rest_trim.starts_with('\n') || rest_trim.is_empty();
                let item = starts_item(rest_trim);
                let next_line = rest.trim_start();
                let next_first = next_line.chars().next();
                // A scan's specks after a space at the line's end ("USD 2450.00 ,'") are not
                // the line's last mark: the figure before them is.
                let last = without_specks(line).chars().next_back();
                // Double-spaced text: a blank line inside a sentence ("may, at\n\nits
                // discretion") does not end it.
                let continues = last.is_some_and(|c| c.is_alphabetic() || c == ',')
                    && next_first.is_some_and(char::is_lowercase);
                // A table row ends in a figure and the next row starts with a capital or digit.
                let row_end = last.is_some_and(|c| c.is_ascii_digit() || c == '%')
                    && next_first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
                // An empty line was decided by the newline before it.
                let short_line = !line.is_empty() && line.chars().count() < short && !continues;
                // A label joined to its value by a dot leader is a row of a form.
                let leader_row = line.contains(" ...") || line.contains('…');
                if (blank && !continues) || item || short_line || row_end || leader_row {
                    push(&mut out, start, i);
                    start = next_i;
                }
                line_start = next_i;
            }
            '.' | ';' | '?' | '!' => {
                let rest = text.get(next_i..).unwrap_or("");
                let after = rest.trim_start_matches([' ', '\t', '\n']);
                // A scan's specks after the stop and before the line break (". ,'") end no
                // sentence of their own: what follows the break decides.
                let (after, end) = match after.trim_start_matches(OCR_SPECKS) {
                    unspecked
                        if unspecked.len() < after.len()
                            && unspecked.trim_start_matches([' ', '\t']).starts_with('\n') =>
                    {
                        let specks_end = text.len() - unspecked.len();
                        (unspecked.trim_start_matches([' ', '\t', '\n']), specks_end)
                    }
                    _ => (after, next_i),
                };
                let spaced = rest.starts_with([' ', '\n', '\t']) || rest.is_empty();
                let next_ok = after.is_empty()
                    || after.starts_with(|ch: char| {
                        ch.is_uppercase() || ch.is_ascii_digit() || "\"“(•[-".contains(ch)
                    });
                let abbrev = c == '.' && {
                    let before = text.get(line_start.max(start)..i).unwrap_or("");
                    let word = before
                        .rsplit(|ch: char| !(ch.is_alphanumeric() || ch == '.'))
                        .next()
                        .unwrap_or("")
                        .to_ascii_lowercase();
                    ABBREVIATIONS.contains(&word.as_str())
                        || (word.len() == 1 && word.chars().all(|ch| ch.is_alphabetic()))
                        // An item number ("1. Promise to Pay") opens its line; "£12." ends a
                        // sentence.
                        || (word.chars().all(|ch| ch.is_ascii_digit())
                            && !word.is_empty()
                            && before.trim() == word)
                };
                // The last dot of a dot leader ("Interest rate ..... 19.99%") joins a label
                // to its value.
                let leader = c == '.'
                    && text
                        .get(line_start.max(start)..i)
                        .unwrap_or("")
                        .trim_end_matches([' ', '\t'])
                        .ends_with(['.', '…']);
                if spaced && (c == ';' || (next_ok && !abbrev && !leader)) {
                    push(&mut out, start, end);
                    start = end;
                }
            }
            _ => {}
        }
    }
    push(&mut out, start, text.len());
    out
}

/// Marks a scan leaves beside a line's end: commas, quotes, backticks, middle dots.
const OCR_SPECKS: [char; 8] = [',', '\'', '`', '’', '‘', '"', '·', '.'];

/// `line` without a last token of specks alone set apart by a space ("USD 2450.00 ,'").
fn without_specks(line: &str) -> &str {
    let core = line.trim_end_matches(OCR_SPECKS);
    if core.len() < line.len() && core.ends_with([' ', '\t']) {
        core.trim_end()
    } else {
        line
    }
}

/// Does a line start a list item (`•`, `1.`, `(a)`, `a)`)?
pub(super) fn starts_item(line: &str) -> bool {
    static ITEM: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"^(?:[•●▪◦\-–]\s|\d{1,2}\.\s|\(?[a-z]\)\s|\(\d{1,2}\)\s)")
            .expect("static regex")
    });
    ITEM.is_match(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_join_wrapped_prose_and_split_rows() {
        let text = "1. Promise to Pay.\nFor value received, the Borrower promises to pay the sum of Ten Thousand Dollars ($10,000) with interest at the rate of 10\npercent (10%) per year. Next one.\n\nLoan Term 60 months\nMonthly Payment $489.32\n";
        let s = split_sentences(text);
        let texts: Vec<&str> = s.iter().map(|&(a, b)| &text[a..b]).collect();
        assert!(texts.contains(&"1. Promise to Pay."), "{texts:?}");
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("For value") && t.ends_with("per year.")),
            "{texts:?}"
        );
        assert!(texts.contains(&"Loan Term 60 months"), "{texts:?}");
        assert!(texts.contains(&"Monthly Payment $489.32"), "{texts:?}");
    }

    #[test]
    fn double_spaced_prose_and_table_rows() {
        let text = "4. Default: If the Borrower fails to pay when due, the Lender may, at\n\nits discretion, declare the Loan due.\n\nA.  Origination Charges  $3,110\n1 % of Loan Amount (Points)  $2,110\nApplication Fee  $500\n";
        let s = split_sentences(text);
        let texts: Vec<&str> = s.iter().map(|&(a, b)| &text[a..b]).collect();
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("4. Default") && t.ends_with("due.")),
            "{texts:?}"
        );
        assert!(texts.contains(&"Application Fee  $500"), "{texts:?}");
        assert!(
            texts.contains(&"1 % of Loan Amount (Points)  $2,110"),
            "{texts:?}"
        );
    }

    #[test]
    fn a_scans_specks_after_a_rows_figure_still_end_the_row() {
        let text = "Amount paid to the installer for you: $3,100.00 ’.\nOrigination fee (withheld from the loan): $90.00\nCredit given to the clinic: 1,250.00 ,'\nDocumentation charge, paid in cash: 35.00\n";
        let s = split_sentences(text);
        let texts: Vec<&str> = s.iter().map(|&(a, b)| &text[a..b]).collect();
        assert!(
            texts.contains(&"Origination fee (withheld from the loan): $90.00"),
            "{texts:?}"
        );
        assert!(
            texts.contains(&"Documentation charge, paid in cash: 35.00"),
            "{texts:?}"
        );
        // A comma that ends a wrapped line of prose still joins it to the next.
        let prose = "The borrower shall pay the amount financed, together with interest,\nand all charges.\n";
        assert_eq!(split_sentences(prose).len(), 1);
    }
}
