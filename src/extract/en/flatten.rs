//! The flat copy of the text the English label readers scan: line breaks as blanks (same
//! byte offsets), and table rows, spaced rows, dot leaders and value-first lines rewritten in
//! place as "Label: value", so a figure always follows its label.

use std::sync::LazyLock;

use regex::Regex;

use super::number;
use crate::pattern;

/// `text` flattened: line breaks and tabs as spaces, then every row layout read label first.
pub(super) fn flatten(text: &str) -> String {
    let flat: String = text
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .collect();
    label_first(
        text,
        spaced_rows(text, key_value_rows(text, dot_leaders(text, flat))),
    )
}

/// A line that is a figure followed by its label, as app and offer screens print them
/// ("$30,000.00 Loan Amount", "17.99% Interest Rate"): the figure, the gap, the label.
static VALUE_FIRST_LINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        &[
            r"(?m)^[ \t]*(",
            number::MARK_BEFORE,
            r"\d[\d,]*(?:\.\d+)?|\d{1,3}(?:\.\d+)? ?%)([ \t]+)([A-Za-z][^\d\n]{2,80}?)[ \t]*$",
        ]
        .concat(),
    )
    .expect("static regex")
});

/// A two-cell table row, `| Loan amount | £3,000.00 |` or without the outer bars
/// `Loan amount | £3,000.00`: a label and its value.
static KEY_VALUE_ROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?m)^[ \t]*(\|)?[ \t]*[A-Za-z][^|\n]{1,60}?[ \t]*(\|)[^|\n]{1,80}?(\|)?[ \t]*$",
    )
    .expect("static regex")
});

/// `flat` with each two-cell table row read as a "Label: value" line (bars as blanks and the
/// middle bar as a colon, in place), so the label readers see the value after the label.
fn key_value_rows(text: &str, flat: String) -> String {
    let mut bytes = flat.into_bytes();
    for c in KEY_VALUE_ROW.captures_iter(text) {
        for (i, with) in [(1, b' '), (2, b':'), (3, b' ')] {
            if let Some(at) = c.get(i).map(|m| m.start())
                && let Some(b) = bytes.get_mut(at)
            {
                *b = with;
            }
        }
    }
    // Only ASCII bars were replaced by ASCII bytes.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// A label and its figure set apart by a gap of two spaces or a tab, as a table converted to
/// text prints them ("Cash advance  $1,200.00", "Term\t6 months").
static SPACED_ROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        &[
            r"(?m)^[ \t]*[A-Za-z][A-Za-z '’/&()-]{1,60}?[A-Za-z)]( {2,}|\t+)(?:",
            number::MARK_BEFORE,
            r"|\d)[^\n]{0,80}$",
        ]
        .concat(),
    )
    .expect("static regex")
});

/// `flat` with each spaced label/figure row read as "Label: figure" (the gap's first blank
/// as a colon, in place).
fn spaced_rows(text: &str, flat: String) -> String {
    let mut bytes = flat.into_bytes();
    for c in SPACED_ROW.captures_iter(text) {
        if let Some(at) = c.get(1).map(|m| m.start())
            && let Some(b) = bytes.get_mut(at)
        {
            *b = b':';
        }
    }
    // Only ASCII blanks were replaced by an ASCII byte.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// A label and its value joined by a dot leader, as receipts and offer sheets print them
/// ("Cash advanced ....... $400.00", "Term ………… 36 months"): the label, then the leader.
static DOT_LEADER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?m)^[ \t]*[A-Za-z][^\n.…]{0,60}?[A-Za-z0-9)%]([ \t]*(?:\.[ \t]*){3,}|[ \t]*(?:…[ \t]*)+)[^\n.…]*[$£€\d]")
        .expect("static regex")
});

/// `flat` with each dot leader read as a colon and blanks ("Term:        36 months"), in
/// place, so the label readers see a "Label: value" line.
fn dot_leaders(text: &str, flat: String) -> String {
    let mut bytes = flat.into_bytes();
    for c in DOT_LEADER.captures_iter(text) {
        let Some(leader) = c.get(1) else {
            continue;
        };
        if let Some(slot) = bytes.get_mut(leader.range()) {
            slot.fill(b' ');
            if let Some(first) = slot.first_mut() {
                *first = b':';
            }
        }
    }
    // Whole characters (dots, ellipses, blanks) were replaced by ASCII bytes.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// First words that make the words after a figure a qualifier of it, not its label.
const QUALIFIERS: [&str; 22] = [
    "per", "a", "an", "of", "each", "every", "for", "from", "in", "to", "plus", "p", "on", "at",
    "is", "will", "and", "or", "if", "until", "which", "with",
];

/// `flat` with each value-first line rewritten label first ("Loan Amount $30,000.00"), in
/// place: same bytes per line, so offsets still point into the same line of the document and
/// every label reader reads the figure after its label.
fn label_first(text: &str, flat: String) -> String {
    let mut bytes = flat.into_bytes();
    for c in VALUE_FIRST_LINE.captures_iter(text) {
        let (Some(value), Some(gap), Some(label)) = (c.get(1), c.get(2), c.get(3)) else {
            continue;
        };
        // "39.9% per annum", "$25 for each late payment": the words qualify the figure, and
        // a figure under a "Label:" line is that label's value.
        let first_word = label
            .as_str()
            .split(|ch: char| !ch.is_ascii_alphabetic())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let previous_line = text
            .get(..value.start())
            .unwrap_or("")
            .trim_end()
            .rsplit('\n')
            .next()
            .unwrap_or("");
        if QUALIFIERS.contains(&first_word.as_str()) || previous_line.trim_end().ends_with(':') {
            continue;
        }
        let swapped = format!(
            "{}{}{}",
            label.as_str(),
            " ".repeat(gap.len()),
            value.as_str()
        );
        if let Some(slot) = bytes.get_mut(value.start()..label.end()) {
            slot.copy_from_slice(swapped.as_bytes());
        }
    }
    // Whole lines of valid UTF-8 were moved, so the text stays valid.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_first_lines_read_label_first() {
        let text =
            "Offer\n£12,500 Amount to borrow\n9.9% Rate of interest\n$4.00 fee\nTerm 12 months\n";
        let flat = label_first(text, text.to_string());
        assert_eq!(flat.len(), text.len());
        assert!(flat.contains("Amount to borrow £12,500\n"), "{flat}");
        assert!(flat.contains("Rate of interest 9.9%\n"), "{flat}");
        assert!(flat.contains("fee $4.00\n"), "{flat}");
        assert!(flat.contains("Term 12 months\n"), "{flat}");
    }
}
