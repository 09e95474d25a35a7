//! A list of key terms whose line breaks were lost: a web page's `<dt>`/`<dd>` pairs, an app's
//! rows or a table's cells copied as one line, each label glued to its value and each item run
//! on after the last value: "Amount of credit£250.00, sent to your bank account on 4th March
//! 2026 Interest0.78% per day (fixed) for 30 days: £58.50 Total charge for credit£58.50 Your
//! repaymentone payment of £308.50 on 3rd April 2026 Representative APR1,191%".
//!
//! Such a line is read from a copy with every item on a line of its own and two spaces between
//! its label and its value (as the page shows it), and every quote is taken again from the
//! document as written.

use super::Deglued;
use crate::read::Document;

/// How many glued label-value pairs make a line a flattened list.
const MIN_ITEMS: usize = 3;
/// The most words a label has.
const MAX_LABEL_WORDS: usize = 6;

/// Label nouns a value in words may be glued to ("Your repaymentone payment", "Termtwelve
/// months", "Instalmentsfour fortnightly").
const LABEL_NOUNS: &[&str] = &[
    "repayments",
    "repayment",
    "payments",
    "payment",
    "instalments",
    "instalment",
    "installments",
    "installment",
    "term",
    "duration",
    "period",
    "frequency",
    "schedule",
];
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirty", "twenty", "fifty", "sixty", "ninety",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// One glued item: where its label starts and where its value starts (char indices).
#[derive(Debug, PartialEq)]
struct Item {
    label: usize,
    value: usize,
}

/// Where a value starts glued to the word before it, at char `i`: a figure or a currency sign
/// after a word of 3+ letters or an acronym ("credit£250", "Interest0.78%", "APR1,191%"), or a
/// number word after a label noun ("repaymentone payment").
fn value_glued_at(chars: &[char], i: usize) -> bool {
    let (Some(&prev), Some(&cur)) = (i.checked_sub(1).and_then(|p| chars.get(p)), chars.get(i))
    else {
        return false;
    };
    if !prev.is_alphabetic() {
        return false;
    }
    let back: String = chars[..i]
        .iter()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let before_word = chars[..i - back.chars().count()].last();
    if before_word.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    let acronym = back.chars().count() >= 2 && back.chars().all(|c| c.is_uppercase());
    if cur.is_ascii_digit() || matches!(cur, '$' | '£' | '€') {
        // "Ksh4,000.00", "USD250", "CAD$90": the letters are the figure's currency.
        let from_word: String = chars[i - back.chars().count()..chars.len().min(i + 16)]
            .iter()
            .collect();
        if super::number::money_at_start(&from_word).is_some_and(|m| m.start == 0) {
            return false;
        }
        let figure_after =
            cur.is_ascii_digit() || chars.get(i + 1).is_some_and(char::is_ascii_digit);
        return figure_after && (back.chars().count() >= 3 || acronym);
    }
    if !cur.is_lowercase() {
        return false;
    }
    let word: String = chars[i - back.chars().count()..]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let lower = word.to_lowercase();
    LABEL_NOUNS.iter().any(|noun| {
        lower
            .strip_prefix(noun)
            .is_some_and(|rest| NUMBER_WORDS.contains(&rest) && back.len() == noun.len())
    })
}

/// The start of the label that ends at char `i`: the words before it back to the previous
/// value (a figure, a bracket, punctuation) or the line's start, from the first capitalised
/// word that is not a month's name.
fn label_start(chars: &[char], line_start: usize, i: usize) -> Option<usize> {
    let mut words: Vec<usize> = Vec::new();
    let mut at = i;
    loop {
        let word_start = (line_start..at)
            .rev()
            .take_while(|&k| chars[k].is_alphabetic())
            .last()?;
        words.push(word_start);
        if words.len() >= MAX_LABEL_WORDS {
            break;
        }
        // Another word before, one space away?
        let Some(space) = word_start.checked_sub(1).filter(|&k| k >= line_start) else {
            break;
        };
        if chars[space] != ' '
            || space == line_start
            || !chars.get(space - 1).is_some_and(|c| c.is_alphabetic())
        {
            break;
        }
        at = space;
    }
    // The farthest capitalised word within a label's length.
    words.truncate(MAX_LABEL_WORDS);
    words.iter().rev().copied().find(|&w| {
        let word: String = chars[w..]
            .iter()
            .take_while(|c| c.is_alphabetic())
            .collect();
        word.chars().next().is_some_and(char::is_uppercase) && !MONTHS.contains(&word.as_str())
    })
}

/// The glued items of the line `chars[from..to]`.
fn items(chars: &[char], from: usize, to: usize) -> Vec<Item> {
    let mut found = Vec::new();
    for i in from + 1..to {
        if !value_glued_at(chars, i) {
            continue;
        }
        let Some(label) = label_start(chars, from, i) else {
            continue;
        };
        // A label stands at the line's start or after a space that ends the value before it.
        if label != from && chars[label - 1] != ' ' {
            continue;
        }
        if found.last().is_some_and(|p: &Item| label < p.value) {
            continue;
        }
        found.push(Item { label, value: i });
    }
    found
}

/// A copy of `doc` with each flattened list's items on lines of their own.
pub(crate) fn split(doc: &Document) -> Option<Deglued> {
    if doc.text.len() > 200_000 || doc.text.contains('\r') {
        return None;
    }
    let chars: Vec<char> = doc.text.chars().collect();
    let mut breaks: Vec<usize> = Vec::new(); // a space that becomes a line break
    let mut gaps: Vec<usize> = Vec::new(); // two spaces put before this char
    let mut from = 0;
    while from < chars.len() {
        let to = (from..chars.len())
            .find(|&k| chars[k] == '\n')
            .unwrap_or(chars.len());
        let found = items(&chars, from, to);
        if found.len() >= MIN_ITEMS {
            for item in &found {
                if item.label > from {
                    breaks.push(item.label - 1);
                }
                gaps.push(item.value);
            }
        }
        from = to + 1;
    }
    if gaps.is_empty() {
        return None;
    }
    let mut text = String::with_capacity(doc.text.len() + 2 * gaps.len());
    let mut to_original = Vec::with_capacity(doc.text.len() + 2 * gaps.len() + 1);
    let mut byte = 0usize;
    for (i, &c) in chars.iter().enumerate() {
        if gaps.binary_search(&i).is_ok() {
            text.push_str("  ");
            to_original.extend([byte, byte]);
        }
        text.push(if breaks.binary_search(&i).is_ok() {
            '\n'
        } else {
            c
        });
        to_original.extend(std::iter::repeat_n(byte, c.len_utf8()));
        byte += c.len_utf8();
    }
    to_original.push(byte);
    Some(Deglued::from_parts(
        Document::from_text(&doc.path, doc.kind, &text),
        to_original,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::SourceKind;
    use std::path::Path;

    fn copy(text: &str) -> Option<String> {
        let doc = Document::from_text(Path::new("x.txt"), SourceKind::Text, text);
        split(&doc).map(|d| d.doc.text)
    }

    #[test]
    fn a_run_on_list_is_read_item_by_item() {
        let text = "Loan summary\nLoan amount$1,200.00 paid on 2 June 2025 Term26 weeks from the payout Number of repaymentstwelve, each of $112.40 Total to repay$1,348.80 APR49.9%\nSigned by you.";
        let got = copy(text).expect("a flattened list");
        assert_eq!(
            got,
            "Loan summary\nLoan amount  $1,200.00 paid on 2 June 2025\nTerm  26 weeks from the payout\nNumber of repayments  twelve, each of $112.40\nTotal to repay  $1,348.80\nAPR  49.9%\nSigned by you."
        );
    }

    #[test]
    fn prose_and_codes_are_left_alone() {
        assert!(copy("You borrow $500 from us on 3 May 2025. Interest is 2% a month; someone may call you about payment 3 of 12.").is_none());
        // Two items only: not enough to be sure.
        assert!(copy("Principal$900.00 Fee$20.00 due at once").is_none());
        // A currency's letters glued to its figure are no label.
        assert!(copy("Confirmed. Ksh4,000.00 sent on 02/11/26. Facility fee Ksh300.00 (7.5%). Total due Ksh4,300.00 on 02/12/26.").is_none());
    }

    #[test]
    fn quotes_come_back_as_written() {
        let text = "Cash advance£400.00 on 1 May 2026 Interest0.8% per day Repaymentone payment of £496.00 on 31 May 2026 Representative APR1,270%";
        let doc = Document::from_text(Path::new("x.txt"), SourceKind::Text, text);
        let d = split(&doc).expect("a flattened list");
        assert!(
            d.doc
                .text
                .contains("\nRepayment  one payment of £496.00 on 31 May 2026\n")
        );
        let at = d.doc.text.chars().position(|c| c == '\n').unwrap() + 1;
        let terms = crate::model::Terms {
            finance_charge: Some(crate::model::Amount {
                amount: rust_decimal::Decimal::new(96, 0),
                currency: "GBP".into(),
                evidence: d.doc.evidence(
                    d.doc.text.char_indices().nth(at).unwrap().0,
                    d.doc.text.find(" per day").unwrap(),
                ),
                derived: false,
            }),
            ..crate::model::Terms::default()
        };
        let back = d.restore(terms, &doc);
        assert_eq!(back.finance_charge.unwrap().evidence.text, "Interest0.8%");
    }
}
