//! Figures glued to their labels: an app screen or a PDF whose spaces were lost prints
//! "ANNUAL PERCENTAGE RATE36%FINANCE CHARGE$511.09Amount Financed$1,900.00" and
//! "Payments:12monthly payments of$200.92(last$200.97)beginning07/16/2025".
//!
//! When a document has several such joins, the extractor reads a copy with a space put at
//! each join, and every quote is then taken again from the document as written (the same
//! characters, without the added spaces), so evidence stays exactly `document.text`.

use serde_json::Value;

use crate::model::{Evidence, Terms};
use crate::read::Document;

/// How many figure-label joins make a document "glued".
const MIN_JOINS: usize = 3;

/// A copy of a document with spaces at its joins, and the way back to the original offsets.
pub(crate) struct Deglued {
    pub doc: Document,
    /// For each byte offset of the copy (and its end), the byte offset in the original.
    to_original: Vec<usize>,
}

/// Where a space goes before char `i` of `chars`: between a word of 3+ letters and a figure
/// ("Date06/16", "CHARGE$511"), between a figure and a word of 3+ letters ("12monthly",
/// "511.09Amount", "36%per"), and after a closing bracket before a word ("(last $1)beginning").
/// A currency prefix ("US$", "A$") and an ordinal ("1st", "22nd") are not joins.
fn join_before(chars: &[char], i: usize) -> Option<bool> {
    let (prev, cur) = (*chars.get(i.checked_sub(1)?)?, *chars.get(i)?);
    // Every join below needs one of these pairs; checked first because this runs for every
    // character of a document and the counts of letters below scan whole words.
    let letter_then_figure =
        prev.is_alphabetic() && (cur.is_ascii_digit() || matches!(cur, '$' | '£' | '€'));
    let figure_then_letter = matches!(prev, '%' | ')' | '0'..='9') && cur.is_alphabetic();
    if !letter_then_figure && !figure_then_letter {
        return None;
    }
    let letters_back = chars[..i]
        .iter()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .count();
    let letters_ahead = chars[i..].iter().take_while(|c| c.is_alphabetic()).count();
    // A code that mixes letters and digits ("1HGCR2F3XEA000000", "A1B2C3") has no joins.
    let code_back = chars[..i - letters_back]
        .last()
        .is_some_and(char::is_ascii_alphanumeric);
    let code_ahead = chars
        .get(i + letters_ahead)
        .is_some_and(char::is_ascii_alphanumeric);
    let money_ahead = matches!(cur, '$' | '£' | '€')
        && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        && (letters_back >= 3 || (letters_back == 2 && prev.is_lowercase()));
    if prev.is_alphabetic()
        && !code_back
        && (money_ahead || (cur.is_ascii_digit() && letters_back >= 3))
    {
        // A money join is the strong sign; a word before a digit only counts as a weak one.
        return Some(money_ahead);
    }
    if (prev.is_ascii_digit() || prev == '%')
        && cur.is_alphabetic()
        && letters_ahead >= 3
        && !code_ahead
    {
        return Some(prev == '%' || cur.is_uppercase());
    }
    if prev == ')' && cur.is_alphabetic() && letters_ahead >= 3 {
        return Some(false);
    }
    None
}

/// The document with spaces at its joins, when it has at least [`MIN_JOINS`] strong ones.
pub(crate) fn deglue(doc: &Document) -> Option<Deglued> {
    if doc.text.contains('\r') || doc.text.len() > 200_000 {
        return None;
    }
    let chars: Vec<char> = doc.text.chars().collect();
    let strong = (1..chars.len())
        .filter(|&i| join_before(&chars, i) == Some(true))
        .count();
    if strong < MIN_JOINS {
        return None;
    }
    let mut text = String::with_capacity(doc.text.len() + strong * 2);
    let mut to_original = Vec::with_capacity(doc.text.len() + strong * 2);
    let mut byte = 0usize;
    for (i, &c) in chars.iter().enumerate() {
        if join_before(&chars, i).is_some() {
            text.push(' ');
            to_original.push(byte);
        }
        text.push(c);
        for _ in 0..c.len_utf8() {
            to_original.push(byte);
        }
        byte += c.len_utf8();
    }
    to_original.push(byte);
    Some(Deglued {
        doc: Document::from_text(&doc.path, doc.kind, &text),
        to_original,
    })
}

/// A copy of `doc` with the byte spans `spans` (sorted by start) blanked: the same characters
/// elsewhere, line breaks kept, so offsets carry over; a quote that starts on a blank starts
/// after the span left out.
pub(crate) fn blanked(doc: &Document, spans: &[(usize, usize)]) -> Deglued {
    let text = doc.text.as_str();
    let mut copy = String::with_capacity(text.len());
    let mut to_original = Vec::with_capacity(text.len() + 1);
    let mut next = 0usize;
    for (at, c) in text.char_indices() {
        while spans.get(next).is_some_and(|&(_, end)| end <= at) {
            next += 1;
        }
        let span_end = spans
            .get(next)
            .filter(|&&(start, _)| start <= at && !matches!(c, '\n' | '\x0c'))
            .map(|&(_, end)| end);
        if let Some(end) = span_end {
            copy.push(' ');
            to_original.push(end);
        } else {
            copy.push(c);
            to_original.extend(std::iter::repeat_n(at, c.len_utf8()));
        }
    }
    to_original.push(text.len());
    let masked = Document::from_text(&doc.path, doc.kind, &copy);
    Deglued::from_parts(masked, to_original)
}

/// The text of a span left out, its whitespace collapsed and cut at 90 characters: «…».
pub(crate) fn quote_left_out(text: &str, start: usize, end: usize) -> String {
    let quoted: String = text
        .get(start..end)
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let short: String = quoted.chars().take(90).collect();
    let more = if short.len() < quoted.len() {
        "…"
    } else {
        ""
    };
    format!("«{short}{more}»")
}

impl Deglued {
    /// A copy of a document and, for each of its byte offsets (and its end), the byte offset
    /// in the original.
    pub(crate) fn from_parts(doc: Document, to_original: Vec<usize>) -> Self {
        Deglued { doc, to_original }
    }

    /// `terms` read from the copy, with every quote taken again from `original`.
    pub(crate) fn restore(&self, terms: Terms, original: &Document) -> Terms {
        let Ok(mut value) = serde_json::to_value(&terms) else {
            return terms;
        };
        // Char offset -> byte offset in the copy.
        let char_bytes: Vec<usize> = self
            .doc
            .text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(self.doc.text.len()))
            .collect();
        let back = |e: &Evidence| -> Evidence {
            let byte = |ch: usize| {
                let b = char_bytes.get(ch).copied().unwrap_or(self.doc.text.len());
                self.to_original
                    .get(b)
                    .copied()
                    .unwrap_or(original.text.len())
            };
            original.evidence(byte(e.start), byte(e.end))
        };
        walk(&mut value, &back);
        serde_json::from_value(value).unwrap_or(terms)
    }
}

const EVIDENCE_KEYS: &[&str] = &[
    "page",
    "text",
    "start",
    "end",
    "low_confidence",
    "location",
    "uncertain_words",
];

/// Replace every evidence object in `v` by `f` of it.
fn walk(v: &mut Value, f: &dyn Fn(&Evidence) -> Evidence) {
    match v {
        Value::Object(m) => {
            let evidence_like = ["text", "start", "end"].iter().all(|k| m.contains_key(*k))
                && m.keys().all(|k| EVIDENCE_KEYS.contains(&k.as_str()));
            if evidence_like
                && let Ok(e) = serde_json::from_value::<Evidence>(Value::Object(m.clone()))
                && let Ok(new) = serde_json::to_value(f(&e))
            {
                *v = new;
                return;
            }
            for x in m.values_mut() {
                walk(x, f);
            }
        }
        Value::Array(a) => {
            for x in a {
                walk(x, f);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::SourceKind;
    use std::path::Path;

    #[test]
    fn spaces_go_at_joins_and_quotes_come_back_as_written() {
        let text = "ANNUAL PERCENTAGE RATE36%FINANCE CHARGE$511.09Amount Financed$1,900.00\nPayments:12monthly payments of$200.92(last$200.97)beginning07/16/2025 US$5 A$7 1st";
        let doc = Document::from_text(Path::new("x.txt"), SourceKind::Text, text);
        let d = deglue(&doc).expect("glued");
        assert_eq!(
            d.doc.text,
            "ANNUAL PERCENTAGE RATE 36% FINANCE CHARGE $511.09 Amount Financed $1,900.00\nPayments:12 monthly payments of $200.92(last $200.97) beginning 07/16/2025 US$5 A$7 1st"
        );
        let at = d.doc.text.find("$511.09").unwrap();
        let terms = Terms {
            finance_charge: Some(crate::model::Amount {
                amount: rust_decimal::Decimal::new(51109, 2),
                currency: "USD".into(),
                evidence: d.doc.evidence(at - 15, at + 7),
                derived: false,
            }),
            ..Terms::default()
        };
        let back = d.restore(terms, &doc);
        let ev = back.finance_charge.unwrap().evidence;
        assert_eq!(ev.text, "FINANCE CHARGE$511.09");
        assert_eq!(
            text.chars()
                .skip(ev.start)
                .take(ev.end - ev.start)
                .collect::<String>(),
            ev.text
        );
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        let text = "You borrow $2,000.00 at 36% per annum over 12 monthly payments of $200.92 from 1st July; COVID19 A1.";
        let doc = Document::from_text(Path::new("x.txt"), SourceKind::Text, text);
        assert!(deglue(&doc).is_none());
    }
}
