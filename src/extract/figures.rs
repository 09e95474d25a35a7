//! Every money figure of a document, whatever its label: the candidates the reconciliation
//! stage may try as the principal when no label names it (a sentence "余款…由…发放贷款", a
//! slip, a chat, a checkout page, a note amount beside a payoff). Nothing here decides what a
//! figure is: each is kept with its sentence, in text order, and only the contract's own
//! arithmetic can make one of them a term (`reconcile::candidates`).
//!
//! The figures are found by the readers of each language (the Chinese sentence tokens, the
//! English money finder), so a candidate is exactly what those readers would call money.

use rust_decimal::Decimal;

use crate::model::{Amount, Evidence, Figure, Figures, Language, Terms};
use crate::read::Document;

/// At most this many figures are kept (a long document's first ones): the reconciliation
/// prices each, and a contract's own figures come early.
const MAX_FIGURES: usize = 200;

/// The money figures of `doc`, each with its sentence as evidence, scanned only when first read
/// (the scan keeps its own copy of the document until then).
pub fn lazy_candidates(doc: &Document, language: Language, terms: &Terms) -> Figures {
    // The currency is that of the terms as extracted, before reconciliation changes them.
    let currency = stated_currency(terms);
    let doc = doc.clone();
    Figures::lazy(move || scan(&doc, language, currency))
}

/// The figures of `doc`; a Chinese text's are in `currency` (the one its terms state), else in
/// the one the document names (a Taiwan pawn ticket's 新臺幣 with no labelled amount is TWD).
fn scan(doc: &Document, language: Language, currency: Option<&'static str>) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    match language {
        Language::Zh => {
            let currency = currency.unwrap_or_else(|| super::zh::document_currency(&doc.text));
            for seg in super::zh::segments(&doc.text) {
                let Some(text) = doc.text.get(seg.start..seg.end) else {
                    continue;
                };
                let sentence = doc.evidence(seg.start, seg.end);
                for (s, e, amount) in super::zh::money_figures(text) {
                    let at = doc.evidence(seg.start + s, seg.start + e);
                    push(&mut out, sentence.clone(), &at, amount, currency);
                }
            }
        }
        Language::En => {
            for m in super::en::number::find_money(&doc.text) {
                let at = doc.evidence(m.start, m.end);
                let sentence = doc.sentence_evidence(m.start, m.end);
                // A "$" or a bare "dollars" of a contract whose terms are in its own dollar
                // (Canadian, Australian) is that dollar.
                let currency = match currency {
                    Some(local) if m.currency == "USD" && local_dollar_sign(&at.text) => local,
                    _ => m.currency,
                };
                push(&mut out, sentence, &at, m.amount, currency);
            }
        }
    }
    out.truncate(MAX_FIGURES);
    out
}

/// "$120.00" or "120.00 dollars", naming no US dollar ("US$", "U.S. dollars").
fn local_dollar_sign(figure: &str) -> bool {
    let lower = figure.to_ascii_lowercase();
    let us = ["us", "u.s.", "united states"]
        .iter()
        .any(|w| lower.contains(w));
    !us && (figure.starts_with('$') || lower.contains("dollar"))
}

fn push(out: &mut Vec<Figure>, sentence: Evidence, at: &Evidence, amount: Decimal, currency: &str) {
    if amount <= Decimal::ZERO {
        return;
    }
    out.push(Figure {
        amount: Amount {
            amount: amount.normalize(),
            currency: currency.to_string(),
            evidence: sentence,
            derived: false,
        },
        start: at.start,
        end: at.end,
    });
}

/// The currency of the amounts the extractor read (a contract in NT$ or HK$ keeps it).
fn stated_currency(terms: &Terms) -> Option<&'static str> {
    let stated = terms.stated_currency()?;
    [
        "CNY", "TWD", "HKD", "MOP", "USD", "CAD", "AUD", "NZD", "SGD",
    ]
    .into_iter()
    .find(|c| *c == stated)
}

#[cfg(test)]
mod tests {
    use super::local_dollar_sign;

    #[test]
    fn a_bare_dollar_sign_or_word_is_the_local_dollar_a_named_us_dollar_is_not() {
        assert!(local_dollar_sign("$1,800.00"));
        assert!(local_dollar_sign("1,800.00 dollars"));
        assert!(!local_dollar_sign("US$1,800.00"));
        assert!(!local_dollar_sign("1,800.00 U.S. dollars"));
        assert!(!local_dollar_sign("1,800.00"));
    }
}
