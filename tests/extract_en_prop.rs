#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Property tests: the English extractor never panics, and every evidence quote is in range
//! and equals the document's chars `start..end`, on arbitrary Unicode and on mutated clauses.

use crate::common;

use std::path::Path;

use loanlint::extract::en::extract;
use loanlint::read::{Document, SourceKind};
use proptest::prelude::*;

/// Realistic clauses to cut, splice and corrupt.
const CLAUSES: [&str; 12] = [
    "Borrower promises to pay the sum of Five Thousand Dollars ($5,000.00) with interest at the rate of 12% per annum.",
    "ANNUAL PERCENTAGE\nRATE\n35.99%\nFINANCE CHARGE\n$412.50\nAmount Financed\n$1,500.00\nTotal of Payments\n$1,912.50",
    "You will repay in twenty-six (26) bi-weekly payments of $115.38 beginning on March 3, 2025.",
    "A late charge of $25 or 5% of the unpaid installment, whichever is greater.",
    "An origination fee of €2.000,00 will be deducted from the loan proceeds.",
    "We figure interest using a daily periodic rate of 0.0493% on a 360-day year.",
    "Borrower waives all homestead exemptions and confesses judgment.",
    "This Agreement is governed by the laws of the State of New York.",
    "Amount of credit: £ [!! #### !!]\n\nAPR : [ ]",
    "the Lenders party hereto, as Administrative Agent, Term Loan Facility, SOFR",
    "Interest at the Prime Rate plus 2%; upon default the rate increases by 5%.",
    "Signed on this 12th day of November, 2025 between Acme Lending Co. (\"Lender\") and Jane.",
];

fn check(text: &str) -> Result<(), TestCaseError> {
    for doc in [
        Document::from_text(Path::new("p.txt"), SourceKind::Text, text),
        Document::from_pages(
            Path::new("p.pdf"),
            &[text.to_string(), text.chars().rev().collect()],
        ),
    ] {
        let terms = extract(&doc);
        common::evidence::check_quotes(&doc.text, &terms).map_err(TestCaseError::fail)?;
    }
    Ok(())
}

/// Characters that stress the parser: digits, separators, currency signs, multi-byte letters.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        any::<char>(),
        prop::sample::select(vec![
            '0', '1', '5', '9', ',', '.', '\'', '’', '%', '$', '£', '€', '₹', '(', ')', '[', ' ',
            '\n', '\u{c}', ';', '借', 'é', 'ß', '—', '\u{301}',
        ]),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_panics(chars in prop::collection::vec(tricky_char(), 0..400)) {
        let text: String = chars.into_iter().collect();
        check(&text)?;
    }

    #[test]
    fn mutated_clauses_never_panic(
        picks in prop::collection::vec(0usize..CLAUSES.len(), 1..6),
        cuts in prop::collection::vec((0usize..200, tricky_char()), 0..12),
    ) {
        let mut text: Vec<char> = picks
            .iter()
            .filter_map(|&i| CLAUSES.get(i))
            .flat_map(|c| c.chars().chain(std::iter::once('\n')))
            .collect();
        for (at, c) in cuts {
            if text.is_empty() {
                text.push(c);
                continue;
            }
            let at = at % text.len();
            // Alternate between replacing, inserting and deleting a char.
            match at % 3 {
                0 => text[at] = c,
                1 => text.insert(at, c),
                _ => {
                    text.remove(at);
                }
            }
        }
        check(&text.into_iter().collect::<String>())?;
    }
}
