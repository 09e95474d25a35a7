#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! China's 2023–2025 rules (assisted lending, microloan measures, penalties vs loss) and the
//! 2020-08-20 transition, with their boundary dates.

use crate::rules_support;

use loanlint::model::*;
use rules_support::*;

/// A bank loan of CNY 10,000 with a guarantee fee paid to a guarantor, as a 助贷 platform
/// arranges it; 年利率 7.2% on its own.
fn assisted() -> Terms {
    let mut t = cn_licensed();
    t.lender = lender(LenderType::Bank, "贷款人：某某银行股份有限公司");
    t.rates.push(interest("7.2", "贷款年利率7.2%"));
    t.fees.push(fee(
        "担保费",
        FeeKind::Guarantee,
        Some("1500"),
        FeeTiming::PerPeriod,
        "借款人应向担保公司支付担保费共计1500元",
    ));
    t
}

/// An all-in cost of `nominal` percent a year (IRR × 12), as computed from the cash flows.
fn all_in(nominal: &str) -> loanlint::compute::cost::LoanCost {
    cost("cn-irr", nominal, nominal, "10000", "720", "1500")
}

#[test]
fn assisted_lending_cost_above_24_fires_from_2025_10_01() {
    let t = assisted();
    let c = all_in("26.5");
    let (before, a) = run(&t, Some(&c), "2025-09-30", None);
    assert!(!has(&before, "cn-al-cost-above-24"), "{:?}", ids(&before));
    assert!(!applied(&a).contains(&"cn-assisted-lending"));
    let (on, a) = run(&t, Some(&c), "2025-10-01", None);
    let f = get(&on, "cn-al-cost-above-24");
    // The "done when": a violation, whose note says the source is secondary.
    assert_eq!(f.severity, Severity::Violation);
    assert_eq!(f.figures["limit_percent"], "24");
    assert_eq!(f.figures["actual_percent"], "26.5");
    assert!(f.citation.contains("金规〔2025〕9号"));
    assert!(f.note.as_deref().unwrap_or("").contains("[S]"));
    let reason = &a
        .iter()
        .find(|x| x.id == "cn-assisted-lending")
        .unwrap()
        .reason;
    assert!(reason.contains("担保费"), "{reason}");
    // A 2025-11 contract: still fires.
    let (nov, _) = run(&t, Some(&c), "2025-11-15", None);
    assert!(has(&nov, "cn-al-cost-above-24"));
}

#[test]
fn assisted_lending_is_quiet_at_24_or_without_a_platform_fee_or_bank() {
    let t = assisted();
    let (at, _) = run(&t, Some(&all_in("24")), "2025-11-15", None);
    assert!(!has(&at, "cn-al-cost-above-24"), "24% itself is within");
    // No guarantee or service fee: not an assisted-lending contract.
    let mut plain = assisted();
    plain.fees.clear();
    let (f, a) = run(&plain, Some(&all_in("26.5")), "2025-11-15", None);
    assert!(!has(&f, "cn-al-cost-above-24"));
    assert!(!applied(&a).contains(&"cn-assisted-lending"));
    // A consumer finance company with a guarantee fee: not a bank, not this notice.
    let mut cf = assisted();
    cf.lender = lender(LenderType::ConsumerFinance, "贷款人：某某消费金融有限公司");
    let (f, _) = run(&cf, Some(&all_in("26.5")), "2025-11-15", None);
    assert!(!has(&f, "cn-al-cost-above-24"));
    // A platform service fee counts as well as a guarantee fee.
    let mut svc = assisted();
    svc.fees[0].kind = FeeKind::Service;
    let (f, _) = run(&svc, Some(&all_in("26.5")), "2025-11-15", None);
    assert!(has(&f, "cn-al-cost-above-24"));
}

fn microloan() -> Terms {
    let mut t = cn_licensed();
    t.lender = lender(LenderType::Microloan, "贷款人：某某网络小额贷款有限公司");
    t
}

#[test]
fn microloan_without_a_comprehensive_rate_fires_and_with_one_is_quiet() {
    let mut t = microloan();
    t.rates.push(interest("18", "贷款年利率18%"));
    let (f, _) = run(&t, None, "2025-06-01", None);
    let x = get(&f, "cn-ml-comprehensive-rate-not-stated");
    assert_eq!(x.severity, Severity::Warning);
    assert_eq!(x.evidence[0].text, "贷款年利率18%");
    let mut r = interest("21.3", "综合实际利率（年化）21.3%");
    r.comprehensive = true;
    t.rates.push(r);
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert!(!has(&f, "cn-ml-comprehensive-rate-not-stated"));
    // Before the measures are applied (2025-01-01): quiet.
    t.rates.pop();
    let (f, _) = run(&t, None, "2024-12-31", None);
    assert!(!has(&f, "cn-ml-comprehensive-rate-not-stated"));
    let (f, _) = run(&t, None, "2025-01-01", None);
    assert!(has(&f, "cn-ml-comprehensive-rate-not-stated"));
}

#[test]
fn microloan_deduction_at_payout_fires_and_full_payout_is_quiet() {
    let mut t = microloan();
    let mut r = interest("18", "综合实际利率（年化）18%");
    r.comprehensive = true;
    t.rates.push(r);
    let (f, _) = run(&t, None, "2025-10-01", None);
    assert!(!has(&f, "cn-ml-deducted-at-payout"), "{:?}", ids(&f));
    t.fees.push(fee(
        "服务费",
        FeeKind::Service,
        Some("500"),
        FeeTiming::UpfrontDeducted,
        "服务费500元在放款时从借款本金中直接扣除",
    ));
    let (f, _) = run(&t, None, "2025-10-01", None);
    let x = get(&f, "cn-ml-deducted-at-payout");
    assert_eq!(x.severity, Severity::Warning);
    assert!(x.evidence.iter().any(|e| e.text.contains("直接扣除")));
}

#[test]
fn online_microloan_above_200000_is_a_warning() {
    let mut t = microloan();
    t.principal = Some(amount("200000", "CNY", "借款金额：人民币贰拾万元整"));
    let (f, _) = run(&t, None, "2025-10-01", None);
    assert!(!has(&f, "cn-ml-online-principal-above-200000"));
    t.principal = Some(amount("250000", "CNY", "借款金额：人民币贰拾伍万元整"));
    let (f, _) = run(&t, None, "2025-10-01", None);
    let x = get(&f, "cn-ml-online-principal-above-200000");
    assert_eq!(x.severity, Severity::Warning);
    assert_eq!(x.figures["actual_amount"], "250000");
    // A bank may lend more: the microloan measures do not apply.
    t.lender = lender(LenderType::Bank, "贷款人：某某银行");
    let (f, _) = run(&t, None, "2025-10-01", None);
    assert!(!has(&f, "cn-ml-online-principal-above-200000"));
}

#[test]
fn penalty_more_than_30_percent_above_the_loss_is_a_warning_for_any_lender() {
    // 10% a year; 违约金 0.05% a day = 18.25% a year > 13% (loss × 1.3).
    for mut t in [cn_private(), cn_licensed()] {
        t.rates.push(interest("10", "借款年利率10%"));
        let mut p = rate(
            RateKind::Penalty,
            "0.05",
            Per::Day,
            "每日按逾期金额的万分之五支付违约金",
        );
        p.kind = RateKind::Penalty;
        t.rates.push(p);
        let (f, _) = run(&t, None, "2024-06-01", None);
        let x = get(&f, "cn-penalty-above-loss-30");
        assert_eq!(x.severity, Severity::Warning);
        assert_eq!(x.figures["limit_percent"], "13");
        assert_eq!(x.figures["actual_percent"], "18.25");
        assert!(x.citation.contains("法释〔2023〕13号"));
        // 0.035% a day = 12.775% ≤ 13%: quiet.
        t.rates.pop();
        t.rates.push(rate(
            RateKind::Penalty,
            "0.035",
            Per::Day,
            "每日按逾期金额的万分之三点五支付违约金",
        ));
        let (f, _) = run(&t, None, "2024-06-01", None);
        assert!(!has(&f, "cn-penalty-above-loss-30"), "{:?}", ids(&f));
    }
}

#[test]
fn the_2020_08_20_transition_is_exact_to_the_day() {
    // 30% a year between individuals: on 2020-08-19 the 2015 rules (24% warning, 36% not
    // reached); on 2020-08-20 the 4 × LPR cap (4 × 3.85% = 15.4%) as a violation.
    let mut t = cn_private();
    t.rates.push(interest("30", "年利率30%"));
    let (old, _) = run(&t, None, "2020-08-19", None);
    let w = get(&old, "cn-pl-interest-above-24-legacy");
    assert_eq!(w.severity, Severity::Warning);
    assert!(!has(&old, "cn-pl-interest-above-36-legacy"));
    assert!(!has(&old, "cn-pl-interest-above-4x-lpr"));
    assert!(
        w.note.as_deref().unwrap_or("").contains("Art. 31"),
        "the note names the transition rule"
    );
    let (new, _) = run(&t, None, "2020-08-20", None);
    let v = get(&new, "cn-pl-interest-above-4x-lpr");
    assert_eq!(v.severity, Severity::Violation);
    assert_eq!(v.figures["limit_percent"], "15.4");
    assert!(!has(&new, "cn-pl-interest-above-24-legacy"));
}

#[test]
fn a_2019_private_loan_at_30_gets_the_old_rules_warning_not_a_violation() {
    let mut t = cn_private();
    t.rates.push(interest("30", "年利率30%"));
    let (f, _) = run(&t, None, "2019-05-10", None);
    assert!(has(&f, "cn-pl-interest-above-24-legacy"));
    assert!(
        f.iter()
            .filter(|x| x.rule_id.starts_with("cn-pl-"))
            .all(|x| x.severity != Severity::Violation),
        "{:?}",
        ids(&f)
    );
    // A one-year loan made 2019-05-10 ends before 2020-08-20: no interest falls under the
    // current standard, so no transition warning.
    assert!(!has(&f, "cn-pl-transition-lpr-at-filing"));
    t.contract_date = Some(DateTerm {
        date: date("2019-05-10"),
        evidence: ev("签订日期：2019年5月10日"),
    });
    let (f, _) = run(&t, None, "2019-05-10", None);
    assert!(
        !has(&f, "cn-pl-transition-lpr-at-filing"),
        "ends 2020-05-10"
    );
    // Over 24 months it runs until 2021-05-10. Art. 31 [C]: interest from 2020-08-20 on is
    // held to 4 × the LPR at filing, taken as the table's latest value (3.00% published
    // 2026-08-20, legal.md §1.2, so 12%): a warning.
    t.term = months(24, "借款期限为24个月");
    let (f, _) = run(&t, None, "2019-05-10", None);
    assert!(
        f.iter().all(|x| x.severity != Severity::Violation),
        "{:?}",
        ids(&f)
    );
    let tr = get(&f, "cn-pl-transition-lpr-at-filing");
    assert_eq!(tr.severity, Severity::Warning);
    assert_eq!(tr.figures["limit_percent"], "12");
    assert_eq!(tr.figures["index_date"], "2026-08-20");
    assert!(tr.citation.contains("Art. 31"), "{}", tr.citation);
    assert!(tr.note.as_deref().unwrap_or("").contains("at filing"));
    // It binds contracts formed before 2020-08-20 only, and 10% is within 12%.
    let (f, _) = run(&t, None, "2020-08-20", None);
    assert!(!has(&f, "cn-pl-transition-lpr-at-filing"));
    let mut low = t.clone();
    low.rates = vec![interest("10", "年利率10%")];
    let (f, _) = run(&low, None, "2019-05-10", None);
    assert!(!has(&f, "cn-pl-transition-lpr-at-filing"));
    // Above 36% before 2020-08-20: the void part is a violation.
    let mut t = cn_private();
    t.rates.push(interest("40", "年利率40%"));
    let (f, _) = run(&t, None, "2020-08-19", None);
    assert_eq!(
        get(&f, "cn-pl-interest-above-36-legacy").severity,
        Severity::Violation
    );
    let (f, _) = run(&t, None, "2020-08-20", None);
    assert!(!has(&f, "cn-pl-interest-above-36-legacy"));
}
