//! Arbitrary bytes -> text decoding -> extraction; every evidence must quote exactly
//! `doc.text` chars `start..end`.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use loanlint::Evidence;
use loanlint::read::{Document, SourceKind, decode_text};

fn check(doc_chars: &[char], what: &str, e: &Evidence) {
    assert!(
        e.start <= e.end && e.end <= doc_chars.len(),
        "{what}: evidence {}..{} outside 0..{}",
        e.start,
        e.end,
        doc_chars.len()
    );
    let quoted: String = doc_chars[e.start..e.end].iter().collect();
    assert_eq!(
        quoted, e.text,
        "{what}: evidence text differs from chars {}..{}",
        e.start, e.end
    );
}

fuzz_target!(|data: &[u8]| {
    let Some(text) = decode_text(data) else {
        return;
    };
    let doc = Document::from_text(Path::new("fuzz.txt"), SourceKind::Text, &text);
    let t = loanlint::extract::extract(&doc);
    let chars: Vec<char> = doc.text.chars().collect();
    let c = |what: &str, e: &Evidence| check(&chars, what, e);
    for (what, a) in [
        ("principal", &t.principal),
        ("disbursed", &t.disbursed),
        ("payment", &t.payment),
        ("finance_charge", &t.finance_charge),
        ("total_of_payments", &t.total_of_payments),
    ] {
        if let Some(a) = a {
            c(what, &a.evidence);
        }
    }
    if let Some(x) = &t.term {
        c("term", &x.evidence);
    }
    if let Some(x) = &t.repayment {
        c("repayment", &x.evidence);
    }
    if let Some(x) = &t.installments {
        c("installments", &x.evidence);
    }
    if let Some(x) = &t.frequency {
        c("frequency", &x.evidence);
    }
    if let Some(x) = &t.disclosed_apr {
        c("disclosed_apr", &x.evidence);
    }
    for (what, d) in [
        ("contract_date", &t.contract_date),
        ("first_payment_date", &t.first_payment_date),
        ("maturity_date", &t.maturity_date),
    ] {
        if let Some(d) = d {
            c(what, &d.evidence);
        }
    }
    if let Some(x) = &t.lender {
        c("lender", &x.evidence);
    }
    for x in &t.rates {
        c("rate", &x.evidence);
    }
    for x in &t.fees {
        c("fee", &x.evidence);
    }
    for x in &t.jurisdiction_hints {
        c("jurisdiction_hint", &x.evidence);
    }
    for x in &t.clauses {
        c("clause", &x.evidence);
    }
    for x in &t.inconsistencies {
        c("inconsistency", &x.evidence);
    }
    for x in &t.unparsed {
        c("unparsed", &x.evidence);
    }
});
