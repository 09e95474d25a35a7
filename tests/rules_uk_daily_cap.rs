//! The HCSTC daily cap on an instalment loan runs on the principal outstanding in each period
//! (CONC 5A.2.5G), not on the whole credit for the whole term. Texts written for this test.
//! £300 over 31, 30 and 31 days: at 0.8% a day of what is outstanding, level payments of
//! £152.65 (the last £152.66) charge £157.96 in all (solved in exact decimals: 300 × 1.248 ×
//! 1.24 × 1.248 = P × (1.24 × 1.248 + 1.248 + 1)); payments of £160 charge £180, more than the
//! cap allows on any path (at most £152.11 with those payments).

use loanlint::analysis::Analysis;

use crate::extract_zh_unseen_f::analysed;

fn uk(payments: &str, total: &str) -> String {
    format!(
        "FIXED-SUM LOAN AGREEMENT REGULATED BY THE CONSUMER CREDIT ACT 1974\nDate of agreement: 14/10/2026\nLender: Harbour Lane Credit Ltd, 3 Quay St, Bristol BS1 4DB\nBorrower: Ms Ffion Rees\nAmount of credit: £300.00\nDuration of the agreement: 3 months\nRepayments: {payments}, the first due on 14/11/2026 and then on the 14th of each month\nTotal amount payable: {total}\n"
    )
}

fn daily_cap(a: &Analysis) -> Option<String> {
    a.report
        .findings
        .iter()
        .find(|f| f.rule_id == "uk-hcstc-daily-cost-cap")
        .map(|f| format!("{:?}: {}", f.severity, f.message))
}

#[test]
fn charges_at_the_cap_on_the_balance_pass() {
    let a = analysed(&uk(
        "3 monthly repayments of £152.65 (final repayment £152.66)",
        "£457.96",
    ));
    assert!(daily_cap(&a).is_none(), "{:?}", daily_cap(&a));
}

#[test]
fn charges_above_the_cap_on_the_balance_break_it() {
    // £180 on £300 over 92 days is 0.65% a day of the whole credit, under 0.8%: the old
    // measure passed it; on the balance outstanding it is above.
    let a = analysed(&uk("3 monthly repayments of £160.00", "£480.00"));
    let f = daily_cap(&a).expect("the daily cap on the balance");
    assert!(f.starts_with("Violation"), "{f}");
    assert!(f.contains("152.11"), "{f}");
}

#[test]
fn a_payday_apr_with_grouped_thousands_is_read_whole() {
    let base = uk("3 monthly repayments of £160.00", "£480.00");
    for (line, want) in [
        ("APR .............. 1,021.4%", "1021.4"),
        ("Representative APR: 1,270%", "1270"),
        ("APR 1290.5%", "1290.5"),
    ] {
        let a = analysed(&format!("{base}{line}\n"));
        let got = a
            .report
            .terms
            .disclosed_apr
            .as_ref()
            .map(|r| r.value.normalize().to_string());
        assert_eq!(got.as_deref(), Some(want), "{line}");
    }
    // A decimal comma stays a decimal comma.
    let a = analysed(&format!("{base}Interest: 7,95% per annum\n"));
    assert!(
        a.report
            .terms
            .rates
            .iter()
            .any(|r| r.value.normalize().to_string() == "7.95")
    );
}
