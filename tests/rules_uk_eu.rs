#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! UK HCSTC price cap and the EU example ruleset.

use crate::rules_support;

use loanlint::model::*;
use rules_support::*;

/// A £300 payday loan for 30 days.
fn payday() -> Terms {
    Terms {
        principal: Some(amount("300", "GBP", "You borrow £300")),
        lender: lender(LenderType::LicensedNonBank, "Lender: Payday Ltd"),
        term: days(30, "repayable in 30 days"),
        ..Terms::default()
    }
}

#[test]
fn daily_cost_cap() {
    // £72 on £300 over 30 days = 0.8% a day exactly: allowed. £80: 0.889%: violation.
    let t = payday();
    let ok = cost("eu-aprc", "292", "1200", "300", "72", "0");
    let (f, a) = run(&t, Some(&ok), "2024-05-01", None);
    assert!(!has(&f, "uk-hcstc-daily-cost-cap"), "{:?}", ids(&f));
    let r = &a.iter().find(|x| x.id == "uk-hcstc").unwrap().reason;
    assert!(r.contains("GBP") && r.contains("APR"), "{r}");
    let over = cost("eu-aprc", "324", "1500", "300", "80", "0");
    let (f, _) = run(&t, Some(&over), "2024-05-01", None);
    let x = get(&f, "uk-hcstc-daily-cost-cap");
    assert_eq!(x.figures["actual_percent"], "0.888889");
    assert_eq!(x.figures["limit_percent"], "0.8");
}

#[test]
fn hcstc_applies_only_from_2015_and_to_high_cost_short_loans() {
    let t = payday();
    let over = cost("eu-aprc", "324", "1500", "300", "80", "0");
    let (f, _) = run(&t, Some(&over), "2014-12-31", None);
    assert!(!has(&f, "uk-hcstc-daily-cost-cap"));
    // APR below 100%: not HCSTC.
    let low = cost("eu-aprc", "40", "48", "300", "80", "0");
    let (_, a) = run(&t, Some(&low), "2024-05-01", None);
    assert!(!applied(&a).contains(&"uk-hcstc"));
    // Repaid over 24 months: not HCSTC.
    let mut long = payday();
    long.term = months(24, "24 monthly instalments");
    let (_, a) = run(&long, Some(&over), "2024-05-01", None);
    assert!(!applied(&a).contains(&"uk-hcstc"));
}

#[test]
fn total_cost_cap_counts_default_fees() {
    let mut t = payday();
    // £290 of interest: 96.7% of the credit, within 100% ...
    let c = cost("eu-aprc", "1000", "9999", "300", "290", "0");
    let (f, _) = run(&t, Some(&c), "2024-05-01", None);
    assert!(!has(&f, "uk-hcstc-total-cost-cap"));
    // ... plus a £15 default fee: 101.7%.
    t.fees.push(fee(
        "default fee",
        FeeKind::Late,
        Some("15"),
        FeeTiming::OnDefault,
        "A default fee of £15 applies",
    ));
    let (f, _) = run(&t, Some(&c), "2024-05-01", None);
    assert_eq!(
        get(&f, "uk-hcstc-total-cost-cap").figures["actual_percent"],
        "101.666667"
    );
    assert!(!has(&f, "uk-hcstc-default-fee-cap"));
}

#[test]
fn default_fee_cap() {
    let mut t = payday();
    t.fees.push(fee(
        "late fee",
        FeeKind::Late,
        Some("25"),
        FeeTiming::OnDefault,
        "A late payment fee of £25",
    ));
    let (f, _) = run(&t, None, "2024-05-01", None);
    assert_eq!(
        get(&f, "uk-hcstc-default-fee-cap").figures["actual_amount"],
        "25"
    );
    // £12 per missed payment on 3 instalments can reach £36.
    t.fees[0] = fee(
        "late fee",
        FeeKind::Late,
        Some("12"),
        FeeTiming::OnDefault,
        "£12 for each missed repayment",
    );
    t.installments = Some(Count {
        count: 3,
        evidence: ev("3 monthly repayments"),
    });
    let (f, _) = run(&t, None, "2024-05-01", None);
    let x = get(&f, "uk-hcstc-default-fee-cap");
    assert_eq!(x.figures["actual_amount"], "36");
    assert_eq!(x.figures["counted_times"], "3");
    t.installments = None;
    let (f, _) = run(&t, None, "2024-05-01", None);
    assert!(!has(&f, "uk-hcstc-default-fee-cap"));
}

#[test]
fn default_interest_above_contract_rate() {
    let mut t = payday();
    t.rates.push(rate(
        RateKind::Interest,
        "0.8",
        Per::Day,
        "Interest 0.8% per day",
    ));
    t.rates.push(rate(
        RateKind::Overdue,
        "1",
        Per::Day,
        "Default interest 1% per day",
    ));
    let (f, _) = run(&t, None, "2024-05-01", None);
    assert!(has(&f, "uk-hcstc-default-interest-above-rate"));
    t.rates[1] = rate(
        RateKind::Overdue,
        "0.8",
        Per::Day,
        "Default interest 0.8% per day",
    );
    let (f, _) = run(&t, None, "2024-05-01", None);
    assert!(!has(&f, "uk-hcstc-default-interest-above-rate"));
}

#[test]
fn same_loan_clean_in_china_illegal_in_the_uk() {
    // The currency and lender type pick the regime. 0.9% a day on £300 breaks the UK daily
    // cap; 0.7% a day is clean under the UK cap but the same terms from a Chinese consumer
    // finance company break the 36% line.
    let mut uk = payday();
    uk.rates.push(rate(
        RateKind::Interest,
        "0.9",
        Per::Day,
        "Interest 0.9% per day",
    ));
    let c = cost("eu-aprc", "328.5", "1900", "300", "81", "0");
    let (f, a) = run(&uk, Some(&c), "2024-05-01", None);
    assert!(has(&f, "uk-hcstc-daily-cost-cap"));
    assert!(!applied(&a).iter().any(|x| x.starts_with("cn-")));
    // Same loan at 0.7% a day: clean under the UK cap.
    uk.rates[0] = rate(RateKind::Interest, "0.7", Per::Day, "Interest 0.7% per day");
    let c = cost("eu-aprc", "255.5", "1000", "300", "63", "0");
    let (f, _) = run(&uk, Some(&c), "2024-05-01", None);
    assert!(
        f.iter().all(|x| !x.rule_id.starts_with("uk-")),
        "{:?}",
        ids(&f)
    );
    // ... but 255.5% a year is far above any Chinese line.
    let mut cn = cn_licensed();
    cn.principal = Some(amount("300", "CNY", "借款金额300元"));
    cn.rates
        .push(rate(RateKind::Interest, "0.7", Per::Day, "日利率0.7%"));
    let c = cost("cn-irr", "255.5", "1000", "300", "63", "0");
    let (f, _) = run(&cn, Some(&c), "2024-05-01", None);
    assert!(has(&f, "cn-lic-apr-above-36"));
}

#[test]
fn eu_member_state_thresholds() {
    let mut t = Terms {
        principal: Some(amount("2000", "EUR", "Montant du crédit : 2 000 €")),
        term: months(12, "durée 12 mois"),
        ..Terms::default()
    };
    let c = cost("eu-aprc", "20", "21.9", "2000", "230", "0");
    // No member state known: the EU example has nothing to apply.
    let (f, a) = run(&t, Some(&c), "2024-05-01", None);
    assert!(f.is_empty(), "{:?}", ids(&f));
    assert!(!applied(&a).contains(&"eu"));
    // France, ≤ €3,000: 21.9% > 20.23%.
    t.jurisdiction_hints
        .push(hint("FR", "soumis au droit français"));
    let (f, _) = run(&t, Some(&c), "2024-05-01", None);
    let x = get(&f, "eu-fr-usury-threshold");
    assert_eq!(x.figures["limit_percent"], "20.23");
    assert!(x.note.as_deref().unwrap_or("").contains("quarter"));
    // Italy: TEGM 10% → 10 × 1.25 + 4 = 16.5%, margin ≤ 8 → 16.5%. 21.9% > 16.5%.
    let (f, _) = run(&t, Some(&c), "2024-05-01", Some("IT"));
    assert_eq!(
        get(&f, "eu-it-usury-threshold").figures["limit_percent"],
        "16.5"
    );
    assert!(!has(&f, "eu-fr-usury-threshold"));
    let it_ok = cost("eu-aprc", "15.5", "16.4", "2000", "170", "0");
    let (f, _) = run(&t, Some(&it_ok), "2024-05-01", Some("IT"));
    assert!(!has(&f, "eu-it-usury-threshold"), "16.4% < 16.5%");
    // Germany: market 7% → min(14%, 19%) = 14%. 21.9% > 14%; 13% is fine.
    let (f, _) = run(&t, Some(&c), "2024-05-01", Some("DE"));
    assert_eq!(get(&f, "eu-de-wucher").figures["limit_percent"], "14");
    let ok = cost("eu-aprc", "12.3", "13", "2000", "130", "0");
    let (f, _) = run(&t, Some(&ok), "2024-05-01", Some("DE"));
    assert!(!has(&f, "eu-de-wucher"));
}

#[test]
fn french_bands_by_amount() {
    let mut t = Terms {
        principal: Some(amount("5000", "EUR", "Montant du crédit : 5 000 €")),
        ..Terms::default()
    };
    t.jurisdiction_hints.push(hint("FR", "droit français"));
    let c = cost("eu-aprc", "15", "16", "5000", "500", "0");
    let (f, _) = run(&t, Some(&c), "2024-05-01", None);
    assert_eq!(
        get(&f, "eu-fr-usury-threshold").figures["limit_percent"],
        "14.15"
    );
    t.principal = Some(amount("3000", "EUR", "Montant du crédit : 3 000 €"));
    let (f, _) = run(&t, Some(&c), "2024-05-01", None);
    assert!(
        !has(&f, "eu-fr-usury-threshold"),
        "€3,000 is in the ≤ €3,000 band (20.23%)"
    );
}
