#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! US rulesets: federal (TILA, MLA, FTC) and states (NY, IL, CA).

use crate::rules_support;

use loanlint::model::*;
use rules_support::*;

fn with_disclosed_apr(apr: &str) -> Terms {
    let mut t = us_loan();
    let mut r = interest(apr, &format!("ANNUAL PERCENTAGE RATE {apr}%"));
    r.label = "APR".into();
    t.disclosed_apr = Some(r);
    t
}

#[test]
fn tila_apr_outside_tolerance() {
    let c = checker();
    // Recomputed 12.83%: a disclosed 12.75% is within 1/8 point, 12.50% is not.
    let t = with_disclosed_apr("12.75");
    let (f, a) = run_with(&c, &t, None, "2024-03-01", None, Some(dec("12.83")));
    assert!(!has(&f, "us-tila-apr-inaccurate"), "{:?}", ids(&f));
    assert!(applied(&a).contains(&"us-federal"));
    let t = with_disclosed_apr("12.50");
    let (f, _) = run_with(&c, &t, None, "2024-03-01", None, Some(dec("12.83")));
    let x = get(&f, "us-tila-apr-inaccurate");
    assert_eq!(x.severity, Severity::Violation);
    assert_eq!(x.figures["difference_points"], "-0.33");
    assert_eq!(x.figures["tolerance_points"], "0.125");
    assert!(x.evidence[0].text.contains("ANNUAL PERCENTAGE RATE"));
    // Exactly at the tolerance is still accurate.
    let t = with_disclosed_apr("12.705");
    let (f, _) = run_with(&c, &t, None, "2024-03-01", None, Some(dec("12.83")));
    assert!(!has(&f, "us-tila-apr-inaccurate"));
}

#[test]
fn tila_uses_a_regz_cost_when_no_recomputed_apr_is_given() {
    let t = with_disclosed_apr("9.95");
    let c = cost("us-regz", "12.8308", "13.6", "4800", "808", "0");
    let (f, _) = run(&t, Some(&c), "2024-03-01", None);
    assert_eq!(
        get(&f, "us-tila-apr-inaccurate").figures["actual_percent"],
        "12.8308"
    );
    // A cost computed by another method is not a Reg Z APR: quiet.
    let c = cost("eu-aprc", "12.8308", "13.6", "4800", "808", "0");
    let (f, _) = run(&t, Some(&c), "2024-03-01", None);
    assert!(!has(&f, "us-tila-apr-inaccurate"));
}

#[test]
fn tolerance_function() {
    use loanlint::check::kinds::disclosure::{
        REGZ_TOLERANCE_IRREGULAR, REGZ_TOLERANCE_REGULAR, apr_accurate,
    };
    assert!(apr_accurate(
        dec("10.125"),
        dec("10"),
        REGZ_TOLERANCE_REGULAR
    ));
    assert!(!apr_accurate(
        dec("10.126"),
        dec("10"),
        REGZ_TOLERANCE_REGULAR
    ));
    assert!(apr_accurate(
        dec("9.76"),
        dec("10"),
        REGZ_TOLERANCE_IRREGULAR
    ));
    assert!(!apr_accurate(
        dec("9.74"),
        dec("10"),
        REGZ_TOLERANCE_IRREGULAR
    ));
}

#[test]
fn mla_mapr_and_arbitration_are_warnings() {
    let mut t = us_loan();
    t.rates
        .push(interest("29.9", "Interest rate 29.9% per annum"));
    t.fees.push(fee(
        "credit insurance",
        FeeKind::Insurance,
        Some("60"),
        FeeTiming::UpfrontPaid,
        "Credit life insurance premium $60",
    ));
    let c = cost("us-regz", "41.2", "49.9", "1000", "160", "60");
    let (f, _) = run(&t, Some(&c), "2024-03-01", None);
    let x = get(&f, "us-mla-mapr-above-36");
    assert_eq!(x.severity, Severity::Warning);
    assert!(
        x.note
            .as_deref()
            .unwrap_or("")
            .contains("covered borrowers")
    );
    let c = cost("us-regz", "33", "38", "1000", "160", "0");
    let (f, _) = run(&t, Some(&c), "2024-03-01", None);
    assert!(!has(&f, "us-mla-mapr-above-36"));

    t.clauses.push(clause(
        ClauseKind::MandatoryArbitration,
        "Any dispute shall be resolved by binding arbitration.",
    ));
    let (f, _) = run(&t, None, "2024-03-01", None);
    assert!(
        get(&f, "us-mla-mandatory-arbitration")
            .note
            .as_deref()
            .unwrap_or("")
            .contains("[U]")
    );
    let (f, _) = run(&us_loan(), None, "2024-03-01", None);
    assert!(!has(&f, "us-mla-mandatory-arbitration"));
}

#[test]
fn ftc_credit_practices_clauses() {
    let cases = [
        (
            ClauseKind::ConfessionOfJudgment,
            "us-ftc-confession-of-judgment",
            "Borrower confesses judgment in favour of Lender.",
        ),
        (
            ClauseKind::WaiverOfExemptions,
            "us-ftc-waiver-of-exemptions",
            "Borrower waives all homestead and personal property exemptions.",
        ),
        (
            ClauseKind::WageAssignment,
            "us-ftc-wage-assignment",
            "Borrower assigns to Lender wages earned or to be earned.",
        ),
        (
            ClauseKind::HouseholdGoodsSecurity,
            "us-ftc-household-goods-security",
            "Lender takes a security interest in Borrower's household goods.",
        ),
        (
            ClauseKind::LateFeePyramiding,
            "us-ftc-late-fee-pyramiding",
            "A late charge applies to any payment short by a prior late charge.",
        ),
    ];
    for (kind, id, text) in cases {
        let mut t = us_loan();
        t.clauses.push(clause(kind, text));
        let (f, _) = run(&t, None, "2024-03-01", None);
        assert_eq!(get(&f, id).severity, Severity::Violation, "{id}");
        // Without the clause: quiet.
        let (f, _) = run(&us_loan(), None, "2024-03-01", None);
        assert!(!has(&f, id), "{id} without the clause");
        // The same clause in a Chinese contract: no US rule applies.
        let mut cn = cn_private();
        cn.clauses.push(clause(kind, text));
        let (f, _) = run(&cn, None, "2024-03-01", None);
        assert!(!has(&f, id), "{id} must not apply in CN");
    }
}

#[test]
fn ftc_credit_practices_rule_does_not_bind_a_private_individual() {
    // 16 CFR 444.1(a): a "lender" is in the business of lending to consumers; a private
    // individual's note is not bound. A lender of unknown type is held to the rule.
    let cases = [
        (
            ClauseKind::ConfessionOfJudgment,
            "us-ftc-confession-of-judgment",
            "Maker authorizes any attorney to confess judgment against Maker.",
        ),
        (
            ClauseKind::WageAssignment,
            "us-ftc-wage-assignment",
            "Borrower hereby assigns to Lender a part of Borrower's future wages.",
        ),
        (
            ClauseKind::WaiverOfExemptions,
            "us-ftc-waiver-of-exemptions",
            "Debtor waives every exemption from attachment.",
        ),
    ];
    for (kind, id, text) in cases {
        for (lender_type, fires) in [
            (LenderType::Individual, false),
            (LenderType::LicensedNonBank, true),
            (LenderType::Company, true),
            (LenderType::Unknown, true),
        ] {
            let mut t = us_loan();
            t.lender = lender(lender_type, "Holder: Helen Marchetti, an individual");
            t.clauses.push(clause(kind, text));
            let (f, _) = run(&t, None, "2026-03-16", None);
            assert_eq!(has(&f, id), fires, "{id} with a lender {lender_type:?}");
        }
        let mut t = us_loan();
        t.lender = None;
        t.clauses.push(clause(kind, text));
        let (f, _) = run(&t, None, "2026-03-16", None);
        assert!(has(&f, id), "{id}: no lender found keeps the rule");
    }
    let c = checker();
    let info = c.rule("us-ftc-confession-of-judgment").unwrap();
    assert_eq!(info.not_lender_types, vec![LenderType::Individual]);
    assert!(info.note.unwrap_or_default().contains("444.1(a)"));
}

#[test]
fn state_rules_need_a_state() {
    let mut t = us_loan();
    t.rates.push(interest("20", "Interest rate 20% per annum"));
    let (f, a) = run(&t, None, "2024-03-01", None);
    assert!(!has(&f, "us-ny-civil-usury"));
    assert!(!applied(&a).contains(&"us-states"), "{:?}", applied(&a));
    // Governing law New York.
    t.jurisdiction_hints.push(hint(
        "US-NY",
        "governed by the laws of the State of New York",
    ));
    let (f, a) = run(&t, None, "2024-03-01", None);
    let x = get(&f, "us-ny-civil-usury");
    assert_eq!(x.figures["limit_percent"], "16");
    assert!(!has(&f, "us-ny-criminal-usury"));
    let r = &a.iter().find(|x| x.id == "us-states").unwrap().reason;
    assert!(r.contains("State of New York"), "{r}");
    // The same 20% loan in Illinois: clean (36% cap). Clean here, illegal in New York.
    let (f, a) = run(&t, None, "2024-03-01", Some("US-IL"));
    assert!(!has(&f, "us-ny-civil-usury"));
    assert!(!has(&f, "us-il-pla-apr-above-36"));
    assert!(applied(&a).contains(&"us-states"));
}

#[test]
fn ny_criminal_usury_and_large_loan_exemption() {
    let mut t = us_loan();
    t.jurisdiction_hints
        .push(hint("US-NY", "New York law governs"));
    let c = cost("us-regz", "28", "31.9", "1000", "150", "0");
    let (f, _) = run(&t, Some(&c), "2024-03-01", None);
    assert!(has(&f, "us-ny-civil-usury"));
    assert!(has(&f, "us-ny-criminal-usury"));
    // Civil usury does not protect loans of $250,000 or more; criminal usury does up to $2.5M.
    t.principal = Some(amount("300000", "USD", "Principal $300,000"));
    let (f, _) = run(&t, Some(&c), "2024-03-01", None);
    assert!(!has(&f, "us-ny-civil-usury"));
    assert!(has(&f, "us-ny-criminal-usury"));
}

#[test]
fn illinois_pla_from_2021_03_23() {
    let t = us_loan();
    let c = cost("us-regz", "99", "160", "1000", "500", "0");
    let (f, _) = run(&t, Some(&c), "2021-03-23", Some("US-IL"));
    assert!(has(&f, "us-il-pla-apr-above-36"));
    let (f, _) = run(&t, Some(&c), "2021-03-22", Some("US-IL"));
    assert!(!has(&f, "us-il-pla-apr-above-36"));
}

#[test]
fn california_bands_by_loan_size() {
    let mut t = us_loan();
    t.rates.push(interest("25", "Interest rate 25% per annum"));
    // $1,000 at 25%: above 19.2%.
    let (f, _) = run(&t, None, "2024-03-01", Some("US-CA"));
    assert_eq!(get(&f, "us-ca-rate-cap").figures["limit_percent"], "19.2");
    // $5,000 at 25%: within 36% + fed funds.
    t.principal = Some(amount("5000", "USD", "Principal $5,000"));
    let (f, _) = run(&t, None, "2024-03-01", Some("US-CA"));
    assert!(!has(&f, "us-ca-rate-cap"));
    // $5,000 at 45%: above 40.33%.
    t.rates[0] = interest("45", "Interest rate 45% per annum");
    let (f, _) = run(&t, None, "2024-03-01", Some("US-CA"));
    assert_eq!(get(&f, "us-ca-rate-cap").figures["limit_percent"], "40.33");
    // $20,000: no band, no cap.
    t.principal = Some(amount("20000", "USD", "Principal $20,000"));
    let (f, _) = run(&t, None, "2024-03-01", Some("US-CA"));
    assert!(!has(&f, "us-ca-rate-cap"));
}

#[test]
fn jurisdiction_flag_keeps_the_state_from_the_contract() {
    let mut t = us_loan();
    t.rates.push(interest("20", "Interest rate 20% per annum"));
    t.jurisdiction_hints
        .push(hint("US-NY", "governed by New York law"));
    let (f, a) = run(&t, None, "2024-03-01", Some("US"));
    assert!(has(&f, "us-ny-civil-usury"));
    assert!(
        a.iter()
            .any(|r| r.id == "us-states" && r.reason.contains("--jurisdiction US, US-NY"))
    );
    // A flag for another country ignores the contract's state.
    let (f, _) = run(&t, None, "2024-03-01", Some("GB"));
    assert!(!has(&f, "us-ny-civil-usury"));
}
