#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Canada: the 35% criminal interest rate from 2025-01-01 and the $14 per $100 payday limit;
//! CAD and province names select Canada.

use crate::rules_support;

use loanlint::model::*;
use rules_support::*;

/// A CAD 1,000 payday loan over 14 days whose only charge is `fee` dollars.
fn payday(fee: &str) -> (Terms, loanlint::compute::cost::LoanCost) {
    let t = Terms {
        principal: Some(amount("1000", "CAD", "Amount of the loan: CAD 1,000.00")),
        term: days(14, "The loan is due 14 days after the advance."),
        fees: vec![fee_row(fee)],
        ..Terms::default()
    };
    // $15 per $100 over 14 days: 15% × 365 / 14 ≈ 391% a year; the cap is on the cost per
    // $100, so the APR figure only matters for the criminal-rate rule.
    (t, cost("us-regz", "391", "3000", "1000", "0", fee))
}

fn fee_row(amount: &str) -> Fee {
    fee(
        "cost of borrowing",
        FeeKind::Service,
        Some(amount),
        FeeTiming::AtMaturity,
        "Total cost of borrowing: $15 per $100 borrowed",
    )
}

#[test]
fn a_payday_loan_at_15_per_100_is_a_violation_and_at_14_it_is_not() {
    let (t, c) = payday("150");
    let (f, a) = run(&t, Some(&c), "2025-06-01", None);
    let v = get(&f, "ca-payday-cost-above-14-per-100");
    assert_eq!(v.severity, Severity::Violation);
    assert_eq!(v.figures["limit_percent"], "14");
    assert_eq!(v.figures["actual_percent"], "15");
    assert!(v.note.as_deref().unwrap_or("").contains("[S]"));
    assert!(applied(&a).contains(&"ca-federal"));
    let r = &a.iter().find(|x| x.id == "ca-federal").unwrap().reason;
    assert!(r.contains("CAD"), "{r}");
    // A payday loan is exempt from the criminal rate: the payday rule decides.
    assert!(!has(&f, "ca-criminal-rate-above-35"));

    let (t, c) = payday("140");
    let (f, _) = run(&t, Some(&c), "2025-06-01", None);
    assert!(
        f.iter().all(|x| x.severity != Severity::Violation),
        "{:?}",
        ids(&f)
    );
    assert!(!has(&f, "ca-payday-cost-above-14-per-100"));
}

#[test]
fn the_limits_start_on_2025_01_01() {
    let (t, c) = payday("150");
    let (f, _) = run(&t, Some(&c), "2024-12-31", None);
    assert!(!has(&f, "ca-payday-cost-above-14-per-100"));
    let (f, _) = run(&t, Some(&c), "2025-01-01", None);
    assert!(has(&f, "ca-payday-cost-above-14-per-100"));
}

#[test]
fn the_criminal_rate_is_35_percent_apr_for_longer_loans() {
    let t = Terms {
        principal: Some(amount("5000", "CAD", "Principal: CAD 5,000")),
        term: months(24, "24 monthly payments"),
        ..Terms::default()
    };
    let above = cost("us-regz", "35.5", "41.9", "5000", "2100", "0");
    let (f, _) = run(&t, Some(&above), "2025-03-01", None);
    let v = get(&f, "ca-criminal-rate-above-35");
    assert_eq!(v.severity, Severity::Violation);
    assert_eq!(v.figures["limit_percent"], "35");
    let at = cost("us-regz", "35", "41.2", "5000", "2050", "0");
    let (f, _) = run(&t, Some(&at), "2025-03-01", None);
    assert!(!has(&f, "ca-criminal-rate-above-35"));
    // Before 2025 the 35% line did not apply.
    let (f, _) = run(&t, Some(&above), "2024-12-31", None);
    assert!(!has(&f, "ca-criminal-rate-above-35"));
    // A loan whose term is unknown is not taken to be an exempt payday loan.
    let mut open = t.clone();
    open.term = None;
    let (f, _) = run(&open, Some(&above), "2025-03-01", None);
    assert!(has(&f, "ca-criminal-rate-above-35"));
}

#[test]
fn a_province_named_in_the_contract_selects_canada_and_the_province() {
    // "$" alone reads as USD; the governing-law clause names Ontario.
    let (mut t, c) = payday("150");
    t.principal = Some(amount("1000", "USD", "Amount of the loan: $1,000.00"));
    t.clauses.push(clause(
        ClauseKind::DistantForum,
        "This agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.",
    ));
    let (f, a) = run(&t, Some(&c), "2024-06-01", None);
    let r = &a.iter().find(|x| x.id == "ca-federal").unwrap().reason;
    assert!(r.contains("CA-ON") && r.contains("Ontario"), "{r}");
    assert!(!applied(&a).contains(&"us-federal"));
    // Ontario's $15 per $100 before 2025: $15 is at the limit, $16 above it.
    assert!(!has(&f, "ca-on-payday-cost-above-15-per-100"));
    t.fees = vec![fee_row("160")];
    let c16 = cost("us-regz", "417", "4000", "1000", "0", "160");
    let (f, _) = run(&t, Some(&c16), "2024-06-01", None);
    assert_eq!(
        get(&f, "ca-on-payday-cost-above-15-per-100").severity,
        Severity::Warning
    );
    // Another province: not Ontario's rule.
    t.clauses[0] = clause(
        ClauseKind::DistantForum,
        "Governed by the laws of the Province of Alberta, Canada.",
    );
    let (f, _) = run(&t, Some(&c16), "2024-06-01", None);
    assert!(!has(&f, "ca-on-payday-cost-above-15-per-100"));
}

#[test]
fn rules_list_answers_for_canada() {
    let c = checker();
    let on = loanlint::rule_listing::for_jurisdiction(&c, "CA-ON").unwrap();
    let ids: Vec<&str> = on.rules.iter().map(|r| r.rule_id.as_str()).collect();
    assert!(ids.contains(&"ca-criminal-rate-above-35"));
    assert!(ids.contains(&"ca-on-payday-cost-above-15-per-100"));
    let ab = loanlint::rule_listing::for_jurisdiction(&c, "CA-AB").unwrap();
    assert!(
        ab.rules
            .iter()
            .all(|r| r.rule_id != "ca-on-payday-cost-above-15-per-100")
    );
}
