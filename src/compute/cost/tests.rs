//! `assess` where the contract's own figures must govern: stated instalments, stated totals,
//! interest-only payments, interest deducted up front, the month length of a daily rate.

use rust_decimal::{Decimal, MathematicalOps};
use rust_decimal_macros::dec;

use super::*;
use crate::compute::schedule;
use crate::model::{
    Amount, Count, Evidence, Frequency, FrequencyTerm, LoanTerm, Per, Rate, RateKind, Repayment,
    RepaymentMethod, Terms,
};

fn ev(text: &str) -> Evidence {
    Evidence {
        page: None,
        text: text.to_string(),
        start: 0,
        end: text.chars().count(),
        low_confidence: false,
        ..Default::default()
    }
}

fn cny(a: Decimal) -> Option<Amount> {
    Some(Amount {
        amount: a,
        currency: "CNY".into(),
        evidence: ev("amount"),
        derived: false,
    })
}

fn rate(value: Decimal, per: Per, day_basis: Option<u32>, assumed: bool) -> Rate {
    let annual = match per {
        Per::Day => day_basis.map(|b| value * Decimal::from(b)),
        Per::Month => Some(value * Decimal::from(12)),
        Per::Year => Some(value),
        _ => None,
    };
    Rate {
        kind: RateKind::Interest,
        value,
        per,
        annual_percent: annual,
        day_basis,
        day_basis_assumed: assumed,
        label: "利率".into(),
        comprehensive: false,
        basis: None,
        markup_percent: None,
        evidence: ev("利率"),
    }
}

fn loan(principal: Decimal, method: RepaymentMethod, count: u32) -> Terms {
    Terms {
        principal: cny(principal),
        term: Some(LoanTerm {
            months: Some(count),
            days: None,
            evidence: ev("term"),
        }),
        repayment: Some(Repayment {
            method,
            evidence: ev("method"),
        }),
        installments: Some(Count {
            count,
            evidence: ev("count"),
        }),
        frequency: Some(FrequencyTerm {
            frequency: Frequency::Monthly,
            evidence: ev("monthly"),
        }),
        ..Terms::default()
    }
}

fn totals(cost: &LoanCost) -> Vec<Decimal> {
    cost.schedule.rows.iter().map(|r| r.total).collect()
}

fn said(cost: &LoanCost, words: &str) -> bool {
    cost.apr.assumptions.iter().any(|a| a.contains(words))
}

#[test]
fn interest_only_stated_payment_is_the_interest() {
    // No rate stated, only the monthly interest payment: the principal comes with the last.
    let mut t = loan(dec!(5000), RepaymentMethod::InterestOnly, 6);
    t.payment = cny(dec!(99.58));
    let cost = assess(&t, Method::CnIrr).expect("cost");
    let got = totals(&cost);
    assert!(got[..5].iter().all(|p| *p == dec!(99.58)), "{got:?}");
    assert_eq!(got[5], dec!(5099.58));
    // Interest-only at par: the monthly IRR is the payment over the principal.
    let want = dec!(99.58) / dec!(5000) * dec!(1200);
    assert!((cost.apr.nominal_percent - want).abs() < dec!(0.000001));
    assert!(said(&cost, "stated payment is the interest"));
}

#[test]
fn stated_total_fixes_the_last_instalment() {
    // 5 × 99.58 + 5,099.60 = 5,597.50 (本息合计), as a contract that rounds the whole term's
    // interest once states it.
    let mut t = loan(dec!(5000), RepaymentMethod::InterestOnly, 6);
    t.payment = cny(dec!(99.58));
    t.total_of_payments = cny(dec!(5597.50));
    let cost = assess(&t, Method::CnIrr).expect("cost");
    assert_eq!(totals(&cost)[5], dec!(5099.60));
    assert_eq!(cost.schedule.totals.total_repayable, dec!(5597.50));
    assert!(said(&cost, "stated total of payments"));
    // A total that is far from the schedule counts something else and is not used.
    t.total_of_payments = cny(dec!(6597.50));
    let cost = assess(&t, Method::CnIrr).expect("cost");
    assert_eq!(totals(&cost)[5], dec!(5099.58));
    assert!(said(&cost, "not used"));
}

#[test]
fn interest_only_rate_last_payment_takes_the_rounding_remainder() {
    // 5000 × 23.9% / 12 = 99.5833 -> 99.58; the term's interest 597.50 -> last 99.60.
    let mut t = loan(dec!(5000), RepaymentMethod::InterestOnly, 6);
    t.rates = vec![rate(dec!(23.9), Per::Year, None, false)];
    let cost = assess(&t, Method::CnIrr).expect("cost");
    let got = totals(&cost);
    assert!(got[..5].iter().all(|p| *p == dec!(99.58)), "{got:?}");
    assert_eq!(got[5], dec!(5099.60));
    assert_eq!(cost.total_interest, dec!(597.50));
}

#[test]
fn stated_instalment_governs_a_rate_that_does_not_give_it() {
    // 日利率0.05% read ×365/12 gives 1.5208% a month and an instalment of 917.99, but the
    // contract states 916.80 (it counts 30-day months).
    let mut t = loan(dec!(10000), RepaymentMethod::EqualInstallment, 12);
    t.rates = vec![rate(dec!(0.05), Per::Day, Some(365), true)];
    t.payment = cny(dec!(916.80));
    let cost = assess(&t, Method::CnIrr).expect("cost");
    let got = totals(&cost);
    assert!(got[..11].iter().all(|p| *p == dec!(916.80)), "{got:?}");
    assert!((got[11] - dec!(916.80)).abs() <= dec!(0.05), "{got:?}");
    assert_eq!(cost.schedule.rows[0].interest, dec!(150.00));
    assert!(said(&cost, "does not follow from the rate"));
    // With the contract's own 30-day month the rate gives the instalment: nothing to override.
    t.rates = vec![rate(dec!(0.05), Per::Day, Some(360), false)];
    let cost = assess(&t, Method::CnIrr).expect("cost");
    assert_eq!(totals(&cost)[11], dec!(916.81));
    assert!(!said(&cost, "does not follow"));
    assert!(!said(&cost, "365/12"));
}

#[test]
fn an_assumed_month_length_is_said() {
    let mut t = loan(dec!(10000), RepaymentMethod::EqualInstallment, 12);
    t.rates = vec![rate(dec!(0.05), Per::Day, Some(365), true)];
    let cost = assess(&t, Method::CnIrr).expect("cost");
    assert!(said(&cost, "365/12"));
}

#[test]
fn interest_deducted_up_front_is_not_charged_again() {
    // 10,000 at 30% a year for 6 months, the 1,500 interest deducted: 8,500 received, 10,000
    // repaid at maturity.
    let mut t = loan(dec!(10000), RepaymentMethod::Bullet, 1);
    t.term = Some(LoanTerm {
        months: Some(6),
        days: None,
        evidence: ev("6个月"),
    });
    t.frequency = None;
    t.rates = vec![rate(dec!(30), Per::Year, None, false)];
    t.disbursed = cny(dec!(8500));
    t.interest_deducted = cny(dec!(1500));
    let cost = assess(&t, Method::CnIrr).expect("cost");
    assert_eq!(totals(&cost), vec![dec!(10000)]);
    assert_eq!(cost.net_disbursed, dec!(8500));
    assert_eq!(cost.total_interest, dec!(1500));
    assert_eq!(cost.total_fees, Decimal::ZERO);
    // One payment: the unit-period is the term (six months), for cn-irr as for Reg Z:
    // nominal 2 × 1500/8500 = 35.294118%, effective (10000/8500)^2 − 1 = 38.408304%.
    let want = dec!(1500) / dec!(8500) * dec!(200);
    assert!((cost.apr.nominal_percent - want).abs() < dec!(0.000001));
    let effective = (dec!(10000) / dec!(8500)).powi(2) - Decimal::ONE;
    assert!((cost.apr.effective_percent - effective * dec!(100)).abs() < dec!(0.000001));
    let regz = assess(&t, Method::UsRegz).expect("cost");
    assert!((regz.apr.nominal_percent - want).abs() < dec!(0.000001));
}

/// The amount received not stated (or only worked out): interest taken in advance is not paid
/// out either. 10,000 for a year at 12%, its 1,200 interest deducted, 10,000 repaid: the
/// borrower has 8,800, so 1,200 / 8,800 = 13.636364% (it was priced at 0%).
#[test]
fn interest_deducted_leaves_the_payout_when_no_amount_received_is_stated() {
    let mut t = loan(dec!(10000), RepaymentMethod::Bullet, 1);
    t.term = Some(LoanTerm {
        months: Some(12),
        days: None,
        evidence: ev("12个月"),
    });
    t.frequency = None;
    t.rates = vec![rate(dec!(12), Per::Year, None, false)];
    t.interest_deducted = cny(dec!(1200));
    let want = dec!(1200) / dec!(8800) * dec!(100);
    for derived in [None, Some(dec!(8800)), Some(dec!(10000))] {
        t.disbursed = derived.and_then(cny).map(|a| Amount { derived: true, ..a });
        let cost = assess(&t, Method::CnIrr).expect("cost");
        assert_eq!(cost.net_disbursed, dec!(8800), "{derived:?}");
        assert_eq!(totals(&cost), vec![dec!(10000)]);
        assert!(
            (cost.apr.nominal_percent - want).abs() < dec!(0.000001),
            "{derived:?}: {}",
            cost.apr.nominal_percent
        );
    }
}

#[test]
fn deducted_interest_pays_the_earliest_periods() {
    // 1% a month interest-only on 1,000; the first month's interest (10) was deducted.
    let mut t = loan(dec!(1000), RepaymentMethod::InterestOnly, 3);
    t.rates = vec![rate(dec!(1), Per::Month, None, false)];
    t.interest_deducted = cny(dec!(10));
    t.disbursed = cny(dec!(990));
    let cost = assess(&t, Method::CnIrr).expect("cost");
    let interest: Vec<_> = cost.schedule.rows.iter().map(|r| r.interest).collect();
    assert_eq!(interest, vec![dec!(0), dec!(10), dec!(10)]);
    assert_eq!(totals(&cost), vec![dec!(0), dec!(10), dec!(1010)]);
    assert!(said(&cost, "deducted at disbursement"));
}

#[test]
fn a_stated_instalment_that_cannot_repay_yields_to_the_rate() {
    let mut t = loan(dec!(10000), RepaymentMethod::EqualInstallment, 12);
    t.rates = vec![rate(dec!(18), Per::Year, None, false)];
    t.payment = cny(dec!(50));
    let cost = assess(&t, Method::CnIrr).expect("cost, not an error");
    let level = schedule::annuity_payment(dec!(10000), dec!(0.015), 12).map(cent);
    assert_eq!(cost.schedule.rows.first().map(|r| r.total), level);
    assert!(said(&cost, "cannot repay"));
}

#[test]
fn a_stated_payment_the_method_sets_is_compared() {
    // 等本等息 20,000 at 1.5% a month flat: 1,666.67 + 300.00 = 1,966.67 as stated.
    let mut t = loan(dec!(20000), RepaymentMethod::FlatRate, 12);
    t.rates = vec![rate(dec!(1.5), Per::Month, None, false)];
    t.payment = cny(dec!(1966.67));
    let cost = assess(&t, Method::CnIrr).expect("cost");
    assert!(said(&cost, "agrees with the schedule"));
    t.payment = cny(dec!(2000));
    let cost = assess(&t, Method::CnIrr).expect("cost");
    assert!(said(&cost, "was not used"));
    assert_eq!(totals(&cost)[0], dec!(1966.67));
}

#[test]
fn the_first_rows_of_a_longer_plan_are_not_the_whole_schedule() {
    let row = |index: u32| crate::model::StatedRow {
        index,
        date: None,
        principal: None,
        interest: None,
        fees: None,
        total: Some(dec!(1050)),
        evidence: ev("row"),
    };
    // 24 instalments stated, 4 rows printed: an excerpt, not the cash flows.
    let mut terms = loan(dec!(20000), RepaymentMethod::EqualInstallment, 24);
    terms.stated_schedule = (1..=4).map(row).collect();
    assert!(complete_rows(&terms).is_none());
    // Every instalment printed: the rows are the schedule.
    terms.installments = Some(Count {
        count: 4,
        evidence: ev("count"),
    });
    assert!(complete_rows(&terms).is_some());
}
