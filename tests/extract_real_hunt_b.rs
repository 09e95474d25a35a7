//! An example table set off from its heading by a blank line (session 20, from a lender's
//! public Truth in Lending page): "Representative example", a blank line, "For illustration
//! purposes only:", a blank line, then a table of another loan's figures. The table is the
//! example's, not this loan's: its amount, payment and term are not read, and a page that
//! only illustrates states no APR to test. Texts written for this test, each with a
//! rephrased twin.
//!
//! Expected: this loan's own figures as written ($3,000.00, $280.00, 12 payments); the
//! examples' payments do not fit their APRs (by the annuity formula, Python `decimal`:
//! 4000 at 19.99%/12 over 36 months pays 148.63, not 162.40), so reading them as this
//! loan's would report a false APR error.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::analysed;

const OWN_TERMS_THEN_EXAMPLE: [&str; 3] = [
    "Consumer Installment Loan Disclosure\n\nLoan amount: $3,000.00\nMonthly payment: $280.00\nNumber of payments: 12\n\n## REPRESENTATIVE EXAMPLE\n\nFor illustration purposes only:\n\n| Item            | Example   |\n| --------------- | --------- |\n| Loan Amount     | $8,000    |\n| Loan Term       | 36 months |\n| Monthly Payment | $310.50   |\n\nQuestions about this disclosure? Call us.\n",
    "Personal Loan Disclosure Statement\n\nAmount of loan: $3,000.00\nMonthly payment: $280.00\nNumber of payments: 12\n\nIllustrative Example\n\nThese figures are an illustration only:\n\n| Item               | Amount  |\n|--------------------|---------|\n| Loan amount        | $8,000  |\n| Monthly payment    | $310.50 |\n| Number of payments | 36      |\n\nKeep this statement for your records.\n",
    "Installment Loan Terms\n\nYou borrow $3,000.00 and repay it in 12 monthly payments of $280.00.\n\nHypothetical Example\n\nThe figures that follow show how a loan works:\n\n| Term | Figure |\n|---|---|\n| Amount borrowed | $8,000 |\n| Monthly payment | $310.50 |\n| Length | 36 months |\n\nCall us with any questions.\n",
];

#[test]
fn an_example_table_after_a_blank_line_is_not_this_loan() {
    let mut wrong = Vec::new();
    for t in OWN_TERMS_THEN_EXAMPLE {
        let a = analysed(t);
        let terms = &a.report.terms;
        let got: (Option<Decimal>, Option<Decimal>, Option<u32>) = (
            terms.principal.as_ref().map(|p| p.amount),
            terms.payment.as_ref().map(|p| p.amount),
            terms.installments.as_ref().map(|i| i.count),
        );
        if got != (Some(dec!(3000)), Some(dec!(280)), Some(12)) {
            wrong.push(format!("{t:?}: {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_disclosure_page_that_only_illustrates_states_no_apr_to_test() {
    let pages = [
        "# Truth in Lending Disclosure\n\n## Loan Terms Summary\n\n| Term       | Details            |\n| ---------- | ------------------ |\n| Lender     | Harbor Lane Credit |\n| APR Range  | 6.99% - 29.99%     |\n| Loan Terms | 12 - 48 months     |\n\nYour APR depends on your credit and will be disclosed in your loan agreement.\n\n## Representative Example\n\nFor illustration purposes only:\n\n| Item              | Example   |\n| ----------------- | --------- |\n| Loan Amount       | $4,000    |\n| APR               | 19.99%    |\n| Loan Term         | 36 months |\n| Monthly Payment   | $162.40   |\n| Total of Payments | $5,846.40 |\n\nYour actual terms may differ.\n",
        "Truth in Lending Information\n\nRates: APR from 6.99% to 29.99%, terms of 12 to 48 months, set when you apply.\n\nExample only\n\nA loan shown to explain the terms below:\n\n| What | Example |\n|---|---|\n| Loan Amount | $4,000 |\n| APR | 19.99% |\n| Loan Term | 36 months |\n| Monthly Payment | $162.40 |\n\nThe terms you are offered may differ.\n",
    ];
    for t in pages {
        let a = analysed(t);
        let principal = a.report.terms.principal.as_ref().map(|p| p.amount);
        let apr_errors: Vec<&str> = a
            .report
            .findings
            .iter()
            .map(|f| f.rule_id.as_str())
            .filter(|id| id.contains("apr-inaccurate"))
            .collect();
        assert_eq!(principal, None, "{t:?}");
        assert!(apr_errors.is_empty(), "{t:?}: {apr_errors:?}");
    }
}
