#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! China rulesets: private lending, licensed lending, consumer protection.

use crate::rules_support;

use loanlint::model::*;
use rules_support::*;

#[test]
fn lpr_cap_follows_the_contract_date() {
    // 14% a year: under 4 × 3.85% = 15.4% in 2021, over 4 × 3.00% = 12% in 2025.
    let mut t = cn_private();
    t.rates.push(interest("14", "年利率14%"));
    let (f2021, a) = run(&t, None, "2021-06-01", None);
    assert!(
        !has(&f2021, "cn-pl-interest-above-4x-lpr"),
        "{:?}",
        ids(&f2021)
    );
    assert!(applied(&a).contains(&"cn-private-lending"));
    let (f2025, _) = run(&t, None, "2025-06-01", None);
    let f = get(&f2025, "cn-pl-interest-above-4x-lpr");
    assert_eq!(f.severity, Severity::Violation);
    assert_eq!(f.figures["limit_percent"], "12");
    assert_eq!(f.figures["index_percent"], "3");
    assert_eq!(f.figures["index_date"], "2025-05-20");
    assert_eq!(f.figures["actual_percent"], "14");
    assert_eq!(f.evidence[0].text, "年利率14%");
    assert_eq!(f.rule.file, "rulesets/cn-private-lending.toml");
    assert!(f.rule.line.is_some());
    assert!(f.message_zh.as_deref().unwrap_or("").contains("12%"));
}

#[test]
fn lpr_cap_changes_on_the_publication_day() {
    // 2024-10-21: LPR 3.35% -> 3.10%, cap 13.4% -> 12.4%. A 13% loan is clean the day before.
    let mut t = cn_private();
    t.rates.push(interest("13", "年利率13%"));
    let (before, _) = run(&t, None, "2024-10-20", None);
    assert!(!has(&before, "cn-pl-interest-above-4x-lpr"));
    let (on, _) = run(&t, None, "2024-10-21", None);
    assert_eq!(
        get(&on, "cn-pl-interest-above-4x-lpr").figures["limit_percent"],
        "12.4"
    );
}

#[test]
fn daily_rate_is_annualised_before_the_lpr_test() {
    let mut t = cn_private();
    t.rates
        .push(rate(RateKind::Interest, "0.05", Per::Day, "日利率万分之五"));
    // 0.05% × 365 = 18.25% > 15.4% (2021).
    let (f, _) = run(&t, None, "2021-06-01", None);
    assert_eq!(
        get(&f, "cn-pl-interest-above-4x-lpr").figures["actual_percent"],
        "18.25"
    );
}

#[test]
fn legacy_regime_before_2020_08_20() {
    let mut t = cn_private();
    t.rates.push(interest("30", "年利率30%"));
    let (f, _) = run(&t, None, "2019-05-01", None);
    assert!(has(&f, "cn-pl-interest-above-24-legacy"));
    assert!(!has(&f, "cn-pl-interest-above-36-legacy"));
    assert!(!has(&f, "cn-pl-interest-above-4x-lpr"));
    assert!(
        get(&f, "cn-pl-interest-above-24-legacy")
            .note
            .as_deref()
            .unwrap_or("")
            .contains("[S]")
    );
    // The same contract signed after 2020-08-20 falls under 4 × LPR.
    let (after, _) = run(&t, None, "2020-08-20", None);
    assert!(has(&after, "cn-pl-interest-above-4x-lpr"));
    assert!(!has(&after, "cn-pl-interest-above-24-legacy"));

    t.rates = vec![interest("40", "年利率40%")];
    let (f, _) = run(&t, None, "2019-05-01", None);
    assert!(has(&f, "cn-pl-interest-above-36-legacy"));
    // 20% before 2020-08-20: quiet under both lines.
    t.rates = vec![interest("20", "年利率20%")];
    let (f, _) = run(&t, None, "2019-05-01", None);
    assert!(!has(&f, "cn-pl-interest-above-24-legacy"), "{:?}", ids(&f));
}

#[test]
fn upfront_deduction_recomputes_on_the_amount_received() {
    let mut t = cn_private();
    t.rates.push(interest("12", "年利率12%"));
    t.fees.push(fee(
        "服务费",
        FeeKind::Service,
        Some("1000"),
        FeeTiming::UpfrontDeducted,
        "服务费1000元在放款时一次性扣除",
    ));
    let (f, _) = run(&t, None, "2023-01-10", None);
    let x = get(&f, "cn-pl-upfront-deduction");
    assert_eq!(x.figures["received"], "9000");
    // 12% × 10000 / 9000 = 13.333...%
    assert_eq!(x.figures["rate_on_received_percent"], "13.333333");
    assert!(x.message.contains("9000"), "{}", x.message);
    assert!(x.evidence.iter().any(|e| e.text.contains("扣除")));
    // Quiet when nothing is deducted.
    t.fees[0].timing = FeeTiming::PerPeriod;
    let (f, _) = run(&t, None, "2023-01-10", None);
    assert!(!has(&f, "cn-pl-upfront-deduction"));
}

#[test]
fn stated_amount_received_below_principal_is_a_deduction() {
    let mut t = cn_private();
    t.disbursed = Some(amount("9500", "CNY", "实际到账金额9500元"));
    let (f, _) = run(&t, None, "2023-01-10", None);
    assert_eq!(
        get(&f, "cn-pl-upfront-deduction").figures["deducted"],
        "500"
    );
    t.disbursed = Some(amount("10000", "CNY", "实际到账金额10000元"));
    let (f, _) = run(&t, None, "2023-01-10", None);
    assert!(!has(&f, "cn-pl-upfront-deduction"));
}

#[test]
fn compound_interest_clause() {
    let mut t = cn_private();
    t.rates.push(interest("15", "年利率15%"));
    t.clauses.push(clause(
        ClauseKind::CompoundInterest,
        "逾期未付利息计入本金计收复利",
    ));
    let (f, _) = run(&t, None, "2025-06-01", None);
    let x = get(&f, "cn-pl-compound-interest");
    assert_eq!(x.severity, Severity::Warning);
    assert!(
        x.message.contains("no interest may be capitalised"),
        "{}",
        x.message
    );
    t.clauses.clear();
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert!(!has(&f, "cn-pl-compound-interest"));
}

#[test]
fn overdue_rate_cap_and_markup() {
    let mut t = cn_private();
    t.rates.push(interest("10", "年利率10%"));
    t.rates.push(rate(
        RateKind::Overdue,
        "0.05",
        Per::Day,
        "逾期罚息为日万分之五",
    ));
    let (f, _) = run(&t, None, "2025-06-01", None);
    // 18.25% > 12%.
    assert_eq!(
        get(&f, "cn-pl-overdue-above-4x-lpr").figures["actual_percent"],
        "18.25"
    );
    // A 上浮50% mark-up on 10% = 15% > 12%; on 7% = 10.5%: quiet.
    let mut m = rate(
        RateKind::Overdue,
        "0",
        Per::Year,
        "逾期利率在借款利率基础上上浮50%",
    );
    m.annual_percent = None;
    m.markup_percent = Some(dec("50"));
    t.rates[1] = m;
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert_eq!(
        get(&f, "cn-pl-overdue-above-4x-lpr").figures["actual_percent"],
        "15"
    );
    t.rates[0] = interest("7", "年利率7%");
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert!(!has(&f, "cn-pl-overdue-above-4x-lpr"));
}

#[test]
fn default_charges_are_added_up() {
    // Overdue 0.025%/day = 9.125% (under 12% alone) + a CNY 50 late fee per overdue instalment
    // of CNY 1000 annualised over 30 days = 60.83%: together far above 12%.
    let mut t = cn_private();
    t.installments = Some(Count {
        count: 10,
        evidence: ev("分10期"),
    });
    t.rates.push(interest("10", "年利率10%"));
    t.rates.push(rate(
        RateKind::Overdue,
        "0.025",
        Per::Day,
        "逾期利率日万分之二点五",
    ));
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert!(!has(&f, "cn-pl-overdue-above-4x-lpr"));
    assert!(
        !has(&f, "cn-pl-default-charges-above-4x-lpr"),
        "{:?}",
        ids(&f)
    );
    t.fees.push(fee(
        "滞纳金",
        FeeKind::Late,
        Some("50"),
        FeeTiming::OnDefault,
        "每期逾期收取滞纳金50元",
    ));
    let (f, _) = run(&t, None, "2025-06-01", None);
    let x = get(&f, "cn-pl-default-charges-above-4x-lpr");
    assert_eq!(x.figures["overdue_amount"], "1000");
    assert_eq!(x.figures["actual_percent"], "69.958333");
    assert_eq!(x.evidence.len(), 2);
    assert!(x.note.as_deref().unwrap_or("").contains("30 days"));
}

#[test]
fn prepayment_penalty_is_info() {
    let mut t = cn_private();
    t.fees.push(fee(
        "提前还款违约金",
        FeeKind::Prepayment,
        None,
        FeeTiming::Other,
        "提前还款需支付剩余本金3%的违约金",
    ));
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert_eq!(get(&f, "cn-pl-prepayment-penalty").severity, Severity::Info);
    let (f, _) = run(&cn_private(), None, "2025-06-01", None);
    assert!(!has(&f, "cn-pl-prepayment-penalty"));
}

#[test]
fn licensed_lender_is_not_under_the_lpr_cap() {
    // 14% by a consumer finance company in 2025: clean (no 4 × LPR), the same loan between
    // individuals: a violation. Clean under one ruleset, illegal under another.
    let mut t = cn_licensed();
    t.rates.push(interest("14", "年利率14%"));
    let (f, a) = run(&t, None, "2025-06-01", None);
    assert!(!has(&f, "cn-pl-interest-above-4x-lpr"));
    assert!(applied(&a).contains(&"cn-licensed-lending"));
    assert!(!applied(&a).contains(&"cn-private-lending"));
    assert!(
        f.iter().all(|x| x.severity != Severity::Violation),
        "{:?}",
        ids(&f)
    );
    let reason = &a
        .iter()
        .find(|x| x.id == "cn-licensed-lending")
        .unwrap()
        .reason;
    assert!(
        reason.contains("consumer_finance") && reason.contains("消费金融"),
        "{reason}"
    );

    t.lender = lender(LenderType::Individual, "出借人：李四");
    let (f, a) = run(&t, None, "2025-06-01", None);
    assert!(has(&f, "cn-pl-interest-above-4x-lpr"));
    assert!(applied(&a).contains(&"cn-private-lending"));
}

#[test]
fn licensed_apr_lines_use_the_all_in_cost() {
    let mut t = cn_licensed();
    t.rates.push(interest("18", "年利率18%"));
    t.fees.push(fee(
        "担保费",
        FeeKind::Guarantee,
        Some("1200"),
        FeeTiming::PerPeriod,
        "每月担保费100元",
    ));
    let c = cost("cn-irr", "38.5", "45.6", "10000", "1001", "1200");
    let (f, _) = run(&t, Some(&c), "2025-06-01", None);
    let x = get(&f, "cn-lic-apr-above-36");
    assert_eq!(x.figures["actual_percent"], "38.5");
    assert_eq!(x.figures["actual_source"], "computed");
    assert!(x.note.as_deref().unwrap_or("").contains("[S]"));
    assert!(has(&f, "cn-lic-apr-above-24"));
    // 30%: warning only.
    let c = cost("cn-irr", "30", "34", "10000", "1001", "600");
    let (f, _) = run(&t, Some(&c), "2025-06-01", None);
    assert!(!has(&f, "cn-lic-apr-above-36"));
    assert!(has(&f, "cn-lic-apr-above-24"));
    // 20%: quiet.
    let c = cost("cn-irr", "20", "21.9", "10000", "1001", "100");
    let (f, _) = run(&t, Some(&c), "2025-06-01", None);
    assert!(!has(&f, "cn-lic-apr-above-24"));
}

#[test]
fn licensed_apr_without_cost_uses_the_stated_comprehensive_rate() {
    let mut t = cn_licensed();
    let mut r = interest("35.9", "年化综合成本35.9%");
    r.comprehensive = true;
    t.rates.push(r);
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert_eq!(
        get(&f, "cn-lic-apr-above-24").figures["actual_source"],
        "stated"
    );
    assert!(!has(&f, "cn-lic-apr-above-36"));
}

#[test]
fn licensed_upfront_fee_deduction() {
    let mut t = cn_licensed();
    t.fees.push(fee(
        "手续费",
        FeeKind::Handling,
        Some("300"),
        FeeTiming::UpfrontDeducted,
        "手续费300元从借款本金中扣收",
    ));
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert_eq!(
        get(&f, "cn-lic-upfront-fee-deduction").figures["received"],
        "9700"
    );
    let (f, _) = run(&cn_licensed(), None, "2025-06-01", None);
    assert!(!has(&f, "cn-lic-upfront-fee-deduction"));
}

#[test]
fn licensed_annualised_rate_disclosure() {
    let mut t = cn_licensed();
    let mut d = rate(RateKind::Interest, "0.05", Per::Day, "日利率0.05%");
    d.label = "日利率".into();
    t.rates.push(d);
    let (f, _) = run(&t, None, "2025-06-01", None);
    let x = get(&f, "cn-lic-apr-not-disclosed");
    assert!(x.message_zh.as_deref().unwrap_or("").contains("日利率"));
    // Before the 2021 announcement: not required.
    let (f, _) = run(&t, None, "2020-06-01", None);
    assert!(!has(&f, "cn-lic-apr-not-disclosed"));
    // With an annual rate stated: quiet.
    t.rates.push(interest("18.25", "年化利率18.25%"));
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert!(!has(&f, "cn-lic-apr-not-disclosed"));
}

#[test]
fn licensed_default_charges_above_24() {
    let mut t = cn_licensed();
    t.rates.push(interest("12", "年利率12%"));
    t.rates
        .push(rate(RateKind::Overdue, "0.1", Per::Day, "逾期罚息日0.1%"));
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert_eq!(
        get(&f, "cn-lic-default-charges-above-24").figures["actual_percent"],
        "36.5"
    );
    t.rates[1] = rate(RateKind::Overdue, "0.05", Per::Day, "逾期罚息日0.05%");
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert!(!has(&f, "cn-lic-default-charges-above-24"));
}

#[test]
fn consumer_protection_clauses_fire_and_stay_quiet() {
    let cases = [
        (
            ClauseKind::ContactListAccess,
            "cn-contact-list-access",
            "借款人授权读取手机通讯录",
        ),
        (
            ClauseKind::ThirdPartyCollection,
            "cn-third-party-collection",
            "逾期时可联系借款人亲友及单位催收",
        ),
        (
            ClauseKind::HomeVisit,
            "cn-home-visit-collection",
            "贷款人有权上门催收",
        ),
        (
            ClauseKind::DebtExposure,
            "cn-debt-exposure",
            "借款人逾期的，出借人有权在媒体上公开其违约信息",
        ),
        (
            ClauseKind::DataSharing,
            "cn-data-sharing",
            "借款人同意将个人信息提供给合作机构",
        ),
        (
            ClauseKind::UnilateralChange,
            "cn-unilateral-change",
            "贷款人有权调整利率及收费标准",
        ),
        (
            ClauseKind::TiedProduct,
            "cn-tied-product",
            "借款人须购买借款人意外险",
        ),
    ];
    for (kind, id, text) in cases {
        let mut t = cn_licensed();
        t.clauses.push(clause(kind, text));
        let (f, _) = run(&t, None, "2025-06-01", None);
        assert!(has(&f, id), "{id} should fire: {:?}", ids(&f));
        assert_eq!(get(&f, id).evidence[0].text, text);
        let (f, _) = run(&cn_licensed(), None, "2025-06-01", None);
        assert!(!has(&f, id));
    }
    // Publishing the default is a disclosure of personal information, not collection from a
    // third party: only its own rule fires.
    let mut t = cn_licensed();
    t.clauses.push(clause(
        ClauseKind::DebtExposure,
        "甲方违约的，乙方可通过网站公布甲方的失信信息",
    ));
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert!(has(&f, "cn-debt-exposure"), "{:?}", ids(&f));
    assert!(!has(&f, "cn-third-party-collection"), "{:?}", ids(&f));
    // A membership fee sold with the loan is a tied product too.
    let mut t = cn_private();
    t.fees.push(fee(
        "会员费",
        FeeKind::Membership,
        Some("199"),
        FeeTiming::UpfrontPaid,
        "开通会员需支付会员费199元",
    ));
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert!(has(&f, "cn-tied-product"));
}

#[test]
fn amount_words_mismatch() {
    let mut t = cn_private();
    t.inconsistencies.push(Inconsistency {
        kind: "amount-words-figures-mismatch".into(),
        message: "大写壹万元与小写100,000元不一致".into(),
        evidence: ev("人民币壹万元整（¥100,000.00）"),
    });
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert!(has(&f, "cn-amount-words-mismatch"));
    t.inconsistencies[0].kind = "date-mismatch".into();
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert!(!has(&f, "cn-amount-words-mismatch"));
}

#[test]
fn flat_rate_understates_cost() {
    let mut t = cn_licensed();
    t.repayment = Some(Repayment {
        method: RepaymentMethod::FlatRate,
        evidence: ev("采用等本等息方式还款"),
    });
    t.installments = Some(Count {
        count: 12,
        evidence: ev("分12期"),
    });
    t.rates
        .push(rate(RateKind::Interest, "0.6", Per::Month, "月利率0.6%"));
    let (f, _) = run(&t, None, "2025-06-01", None);
    let x = get(&f, "cn-flat-rate-understates-cost");
    // 7.2% × 24/13 = 13.29% (approximation; the exact IRR is 13.03%).
    assert_eq!(x.figures["actual_percent"], "13.292308");
    assert_eq!(x.figures["actual_source"], "approximation 2n/(n+1)");
    let c = cost("cn-irr", "13.0342", "13.8", "10000", "720", "0");
    let (f, _) = run(&t, Some(&c), "2025-06-01", None);
    assert_eq!(
        get(&f, "cn-flat-rate-understates-cost").figures["actual_percent"],
        "13.0342"
    );
    t.repayment = Some(Repayment {
        method: RepaymentMethod::EqualInstallment,
        evidence: ev("等额本息"),
    });
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert!(!has(&f, "cn-flat-rate-understates-cost"));
}

#[test]
fn chinese_contract_with_unknown_lender_gets_the_rules_for_every_lender() {
    // Issue 17: an unknown lender type applies only what holds for every type; the private
    // 4 × LPR cap becomes a warning, and the reason says the type is unknown.
    let mut t = cn_private();
    t.lender = None;
    t.rates.push(interest("24", "年利率24%"));
    let (f, a) = run(&t, None, "2025-06-01", None);
    assert!(!has(&f, "cn-pl-interest-above-4x-lpr"));
    assert_eq!(
        get(&f, "cn-any-interest-above-4x-lpr").severity,
        Severity::Warning
    );
    let r = &a.iter().find(|x| x.id == "cn-any-lender").unwrap().reason;
    assert!(r.contains("CNY") && r.contains("unknown"), "{r}");
    assert!(applied(&a).contains(&"cn-consumer-protection"));
    assert!(!applied(&a).contains(&"us-federal"));
}

#[test]
fn a_deduction_clause_with_a_blank_amount_is_still_a_violation() {
    // A platform template: the fee is named, its amount is a placeholder, and it is taken
    // from the principal. The deduction is what the rule bans, whatever the amount.
    let blank = |text: &str| Fee {
        amount_blank: true,
        ..fee(
            "居间服务费",
            FeeKind::Service,
            None,
            FeeTiming::UpfrontDeducted,
            text,
        )
    };
    let clause = "甲方同意居间服务费${serviceFee}元从借款本金中扣除";
    for (mut t, rule) in [
        (cn_private(), "cn-pl-upfront-deduction"),
        (cn_licensed(), "cn-lic-upfront-fee-deduction"),
    ] {
        t.fees.push(blank(clause));
        let (f, _) = run(&t, None, "2025-06-01", None);
        let x = get(&f, rule);
        assert_eq!(x.severity, Severity::Violation);
        assert!(
            x.evidence.iter().any(|e| e.text == clause),
            "{:?}",
            x.evidence
        );
        assert!(x.message.contains("left blank"), "{}", x.message);
        assert!(
            x.message_zh.as_deref().unwrap_or("").contains("金额留空"),
            "{:?}",
            x.message_zh
        );
        assert_eq!(x.figures["blank_fees"], "居间服务费");
        assert!(!x.figures.contains_key("received"), "no amount is invented");
        // Paid separately, the same blank fee is no deduction.
        t.fees[0].timing = FeeTiming::UpfrontPaid;
        let (f, _) = run(&t, None, "2025-06-01", None);
        assert!(!has(&f, rule), "{:?}", ids(&f));
    }
}

#[test]
fn hong_kong_taiwan_and_macau_contracts_get_no_mainland_rules() {
    // 30% a year breaks the mainland 4 × LPR line; under Taiwan's own law it is another matter.
    let mut mainland = cn_private();
    mainland.rates.push(interest("30", "年利率30%"));
    let out = outcome(&mainland, None, "2025-06-01", None);
    assert!(has(&out.findings, "cn-pl-interest-above-4x-lpr"));
    assert!(out.notices.is_empty(), "{:?}", out.notices);

    let mut taiwan = mainland.clone();
    taiwan.principal = Some(amount("500000", "TWD", "借款金額：新臺幣伍拾萬元整"));
    let out = outcome(&taiwan, None, "2025-06-01", None);
    assert!(out.findings.is_empty(), "{:?}", ids(&out.findings));
    assert!(out.applied.is_empty(), "{:?}", applied(&out.applied));
    assert_eq!(out.jurisdiction.code(), Some("TW"));
    assert_eq!(out.notices.len(), 1);
    assert!(out.notices[0].contains("Taiwan"), "{}", out.notices[0]);
    assert!(out.notices[0].contains("TWD"), "{}", out.notices[0]);

    let mut hong_kong = mainland.clone();
    hong_kong
        .jurisdiction_hints
        .push(hint("HK", "本合同受香港特別行政區法律管轄"));
    let out = outcome(&hong_kong, None, "2025-06-01", None);
    assert!(out.findings.is_empty(), "{:?}", ids(&out.findings));
    assert!(out.notices[0].contains("Hong Kong"), "{}", out.notices[0]);

    let mut macau = mainland.clone();
    macau.principal = Some(amount("100000", "MOP", "借款金額：澳門元壹拾萬元"));
    let (f, a) = run(&macau, None, "2025-06-01", None);
    assert!(
        f.is_empty() && a.is_empty(),
        "{:?} {:?}",
        ids(&f),
        applied(&a)
    );

    // The user can still ask for the mainland rules explicitly.
    let out = outcome(&taiwan, None, "2025-06-01", Some("CN"));
    assert!(has(&out.findings, "cn-pl-interest-above-4x-lpr"));
    assert!(out.notices.is_empty());
}
