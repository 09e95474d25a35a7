#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Labelled figures in every currency marker the money reader knows, not only `$ £ €`: a
//! contract from New Zealand (`NZ$`), Canada (`C$`, `CA$`, `CAD`), Australia (`A$`, `AU$`),
//! Singapore (`S$`, `SGD`), Hong Kong (`HK$`) or India (`₹`, `Rs.`) states its principal,
//! payment and fees with the marker of its own currency. Before session 19 the label patterns
//! (a bare "Principal:", "you borrow", "Credit:", figure-first app lines, spaced rows,
//! membership rows) accepted only `$ £ €` or `USD/GBP/EUR`, so "Principal: NZ$4,000.00" gave no
//! principal and no cost. Each layout is written here for this file, and every marker must give
//! the same figures (a metamorphic test over the marker); the figures are the ones written.

use crate::extract_en::run;

use loanlint::{FeeTiming, Terms};
use rust_decimal_macros::dec;

/// (marker as written, ISO code it stands for).
const MARKS: [(&str, &str); 15] = [
    ("NZ$", "NZD"),
    ("NZD ", "NZD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("CAD ", "CAD"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("AUD ", "AUD"),
    ("S$", "SGD"),
    ("SGD ", "SGD"),
    ("HK$", "HKD"),
    ("₹", "INR"),
    ("Rs. ", "INR"),
    ("US$", "USD"),
    ("$", "USD"),
];

fn principal(t: &Terms) -> Option<(String, String)> {
    t.principal
        .as_ref()
        .map(|a| (a.amount.to_string(), a.currency.clone()))
}

/// Each layout names the principal its own way; `{m}` is the marker.
const LAYOUTS: [&str; 4] = [
    // A bare label and its figure.
    "PERSONAL LOAN AGREEMENT\nPrincipal: {m}4,000.00\nInterest: 2% per month on the balance.\nRepayment: 12 monthly instalments.\n",
    // The borrower's verb and its figure.
    "Loan note. The Borrower borrows {m}4,000.00 from the Lender and repays it in 12 monthly instalments, with interest of 2% per month.\n",
    // An app screen: the figure first, then its label.
    "Your loan offer\n{m}4,000.00 Loan Amount\n2% Monthly Interest Rate\n12 Monthly Repayments\n",
    // A short-term agreement's row.
    "FIXED SUM LOAN AGREEMENT\nCredit: {m}4,000.00\nDuration: 12 months\nRate of interest: 2% per month\n",
];

#[test]
fn every_currency_marker_gives_the_principal_in_every_layout() {
    for layout in LAYOUTS {
        for (mark, code) in MARKS {
            let text = layout.replace("{m}", mark);
            let t = run(&text);
            assert_eq!(
                principal(&t),
                Some(("4000.00".to_string(), code.to_string())),
                "marker {mark:?} in:\n{text}"
            );
        }
    }
}

/// A monthly membership row priced in the contract's own currency is a per-period fee of that
/// amount whatever the marker.
#[test]
fn a_membership_row_in_any_marker_is_a_fee() {
    for (mark, _) in MARKS {
        let text = format!(
            "LINE OF CREDIT AGREEMENT\nCredit limit: {mark}2,000.00\nMonthly membership: {mark}19.00 per month\nInterest: 24% per year on the balance drawn.\n"
        );
        let t = run(&text);
        let fee = t
            .fees
            .iter()
            .find(|f| f.name.to_lowercase().contains("membership"))
            .unwrap_or_else(|| panic!("marker {mark:?}: no membership fee in {:?}", t.fees));
        assert_eq!(fee.amount, Some(dec!(19.00)), "marker {mark:?}");
        assert_eq!(fee.timing, FeeTiming::PerPeriod, "marker {mark:?}");
    }
}
