//! The Chinese extractor's cross-sentence mechanisms, each on several wordings: a fee's
//! timing stated apart from its amount, interest deducted up front, the month length that fixes
//! the day basis, contract vs annualised rates, due-date words, instalment counts and amounts,
//! the amount actually paid out. Texts go through the ordinary text reader (NFKC, line joining).
//! Also the classes of failure found on contracts nobody had seen (issue 13): a fee percentage
//! restated as its amount, a single repayment worded as a lump sum at maturity.

use loanlint::model::{FeeTiming, Frequency, Per, RateKind, RepaymentMethod, Terms};
use loanlint::read::{ReadOptions, read_file};
use rust_decimal_macros::dec;

/// The terms of a Chinese text read through the ordinary text reader (also used by
/// `extract_zh_unseen`).
pub(crate) fn ex(text: &str) -> Terms {
    let tmp = tempfile::Builder::new()
        .suffix(".txt")
        .tempfile()
        .expect("temp file");
    std::fs::write(tmp.path(), text).expect("write");
    let d = read_file(tmp.path(), &ReadOptions::default()).expect("read");
    loanlint::extract::zh::extract(&d)
}

fn fee_timing(t: &Terms) -> Vec<FeeTiming> {
    t.fees.iter().map(|f| f.timing).collect()
}

#[test]
fn fee_timing_stated_in_another_sentence() {
    for text in [
        "6.1 甲方应向丙方支付平台服务费人民币捌佰元整（￥800.00）。\n6.2 甲方同意乙方在放款时将上述平台服务费一次性从借款本金中扣除并代丙方收取。",
        "借款人应支付服务费500元。\n该服务费由贷款人在发放借款时直接扣除。",
        "咨询费为人民币300元。\n乙方实际到账金额为扣除咨询费后的余额。",
        "借款手续费200元。\n手续费于放款时一次性扣收。",
        // The timing sentence may come first.
        "放款时从借款本金中预先扣除服务费。\n服务费为人民币600元。",
    ] {
        let t = ex(text);
        assert_eq!(
            fee_timing(&t),
            vec![FeeTiming::UpfrontDeducted],
            "{text}: {:?}",
            t.fees
        );
    }
}

#[test]
fn a_denied_deduction_is_not_one() {
    for text in [
        "服务费人民币200元。\n贷款人不从借款本金中扣除任何费用。",
        "手续费100元。\n贷款人将借款全额发放至借款人账户,不预先扣除利息或任何费用。",
    ] {
        let t = ex(text);
        assert!(
            !fee_timing(&t).contains(&FeeTiming::UpfrontDeducted),
            "{text}: {:?}",
            t.fees
        );
        assert!(t.interest_deducted.is_none(), "{text}");
    }
}

#[test]
fn a_charge_debited_from_the_account_when_due_is_not_deducted_from_the_loan() {
    let t = ex("账户管理费每月50元,随每期还款从借款人银行卡中一次性扣除。");
    assert_eq!(fee_timing(&t), vec![FeeTiming::PerPeriod]);
    // Out of the loan, even when the account is named.
    let t = ex("服务费300元由贷款人在放款时从借款本金中扣除后将余款划付至借款人银行账户。");
    assert_eq!(fee_timing(&t), vec![FeeTiming::UpfrontDeducted]);
}

#[test]
fn per_period_timing_stated_apart() {
    let t = ex("账户管理费共计人民币600元。\n账户管理费随每期还款一并支付。");
    assert_eq!(fee_timing(&t), vec![FeeTiming::PerPeriod]);
}

#[test]
fn interest_deducted_up_front_from_the_amount_paid_out() {
    for (text, received) in [
        (
            "乙方向甲方借款人民币壹万元整（¥10,000.00）。\n上述利息在甲方出借时预先从借款本金中扣除,甲方以现金方式实际交付乙方人民币捌仟伍佰元整（¥8,500.00）。",
            dec!(8500),
        ),
        (
            "借款金额为人民币20,000元。\n出借时先行扣除首月利息,借款人实际收到人民币19,400元。",
            dec!(19400),
        ),
    ] {
        let t = ex(text);
        let principal = t.principal.as_ref().map(|a| a.amount).expect("principal");
        assert_eq!(
            t.disbursed.as_ref().map(|a| a.amount),
            Some(received),
            "{text}"
        );
        assert_eq!(
            t.interest_deducted.as_ref().map(|a| a.amount),
            Some(principal - received),
            "{text}"
        );
        assert!(t.fees.is_empty(), "interest is not a fee: {:?}", t.fees);
    }
}

#[test]
fn interest_deducted_without_the_amount_paid_out_uses_the_interest_total() {
    let t = ex(
        "借款金额为人民币10,000元,借款期限3个月。\n借款期限内的利息共计人民币900元,在出借时从借款本金中扣除。",
    );
    assert_eq!(
        t.interest_deducted.as_ref().map(|a| a.amount),
        Some(dec!(900))
    );
    let d = t.disbursed.as_ref().expect("disbursed");
    assert_eq!(d.amount, dec!(9100));
    assert!(d.derived);
}

#[test]
fn a_30_day_month_is_a_360_day_basis() {
    for text in [
        "借款日利率0.05%,按日计息,每月按30天计算。",
        "日利率为0.05%,一个月以30天计。",
        "借款日利率0.05%。月利率=日利率×30。",
    ] {
        let t = ex(text);
        let r = t
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest)
            .expect("rate");
        assert_eq!((r.per, r.day_basis), (Per::Day, Some(360)), "{text}");
        assert!(!r.day_basis_assumed, "{text}");
        assert_eq!(r.annual_percent, Some(dec!(18)), "{text}");
    }
    // Without the month length the ×365 assumption stays (and is said).
    let t = ex("借款日利率0.05%,按日计息。");
    assert!(t.rates.iter().any(|r| r.day_basis_assumed));
}

#[test]
fn simple_interest_contract_rate_is_not_the_annualised_disclosure() {
    let t = ex(
        "4.1 本合同项下贷款执行固定利率,年利率（单利）为3.6%。\n4.3 贷款人向借款人明示:本合同项下贷款的年化利率（单利）为3.60%。",
    );
    let contract: Vec<_> = t
        .rates
        .iter()
        .filter(|r| r.kind == RateKind::Interest && !r.comprehensive)
        .collect();
    assert_eq!(contract.len(), 1);
    assert_eq!(contract[0].value, dec!(3.6));
    let apr = t.disclosed_apr.as_ref().expect("disclosed");
    assert!(apr.comprehensive);
    assert_eq!(apr.value, dec!(3.6));
}

#[test]
fn an_annualised_rate_the_interest_is_computed_from_is_the_contract_rate() {
    for text in [
        "本合同项下借款的年化利率为23.9%（单利）,按月计收利息,每月利息=借款本金×年化利率÷12。",
        "借款年化利率（单利）为15%,借款人按上述年化利率计收利息。",
    ] {
        let t = ex(text);
        assert!(t.disclosed_apr.is_some(), "{text}");
        let contract = t
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest && !r.comprehensive);
        assert_eq!(
            contract.map(|r| r.value),
            t.disclosed_apr.as_ref().map(|r| r.value),
            "{text}"
        );
        assert!(
            t.assumptions.iter().any(|a| a.contains("contract rate")),
            "{text}"
        );
    }
    // An annualised figure alone stays a disclosure: no contract rate is invented, nor from a
    // default-interest formula.
    for text in [
        "本产品年化利率（单利）为15%。",
        "本产品年化利率（单利）为15%。逾期利息=逾期本金×罚息利率×逾期天数。",
        "本产品年化利率（单利）为15%。逾期的,按罚息利率计收利息。",
    ] {
        let t = ex(text);
        assert!(
            !t.rates
                .iter()
                .any(|r| r.kind == RateKind::Interest && !r.comprehensive),
            "{text}"
        );
    }
}

#[test]
fn first_and_last_due_date_wordings() {
    for (text, first, last) in [
        (
            "每月15日为还款日,首期还款日为2025年4月15日,最后一期还款日为2026年3月15日。",
            "2025-04-15",
            "2026-03-15",
        ),
        (
            "第一次还款日为2025年7月1日,最后一次还款日为2026年6月1日。",
            "2025-07-01",
            "2026-06-01",
        ),
        (
            "首笔还款日期:2025年2月10日;末期还款日:2025年7月10日。",
            "2025-02-10",
            "2025-07-10",
        ),
    ] {
        let t = ex(text);
        assert_eq!(
            t.first_payment_date.as_ref().map(|d| d.date.to_string()),
            Some(first.to_string()),
            "{text}"
        );
        assert_eq!(
            t.maturity_date.as_ref().map(|d| d.date.to_string()),
            Some(last.to_string()),
            "{text}"
        );
    }
}

#[test]
fn a_bare_date_field_under_the_signatures_is_the_contract_date() {
    let t = ex("出借人（签字）:赵德华\n借款人（签字并按手印）:孙立伟\n日期:2019年5月20日\n");
    assert_eq!(
        t.contract_date.as_ref().map(|d| d.date.to_string()),
        Some("2019-05-20".into())
    );
    let t = ex("借款人:孙立伟\n借款日期:2019年5月20日\n");
    assert_eq!(
        t.contract_date.as_ref().map(|d| d.date.to_string()),
        Some("2019-05-20".into())
    );
    for text in ["还款日期:2025年1月1日", "借款人出生日期:1990年1月1日"] {
        assert!(ex(text).contract_date.is_none(), "{text}");
    }
    // A payout date is no signing date; with none written it stands in for one, and says so.
    let t = ex("放款日期:2025年3月1日");
    assert_eq!(
        t.contract_date.as_ref().map(|d| d.date.to_string()),
        Some("2025-03-01".into())
    );
    assert!(
        t.assumptions.iter().any(|a| a.contains("payout date")),
        "{:?}",
        t.assumptions
    );
}

#[test]
fn instalment_count_wordings() {
    for (text, n) in [
        ("本合同项下借款采用等本等息方式分12个月归还。", 12),
        ("借款分6次偿还,每月还款一次。", 6),
        ("借款本息分十二个月等额偿还。", 12),
        ("采用等额本息方式还款,共分24期偿还。", 24),
    ] {
        assert_eq!(ex(text).installments.map(|c| c.count), Some(n), "{text}");
    }
}

#[test]
fn the_instalment_is_the_sum_of_its_parts() {
    for (text, pay) in [
        (
            "第1个月至第11个月,乙方每月归还本金人民币1,666.67元及利息人民币300.00元,合计人民币1,966.67元;",
            dec!(1966.67),
        ),
        ("借款人每期偿还本金500元、利息50元,共计550元。", dec!(550)),
    ] {
        let t = ex(text);
        assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(pay), "{text}");
    }
    // Falling 等额本金 instalments and an interest total: no level payment.
    let t = ex(
        "首期应还本息人民币2,233.33元,此后每期应还金额逐期递减,末期应还本息人民币2,089.66元,利息合计人民币1,875.00元。",
    );
    assert!(t.payment.is_none(), "{:?}", t.payment);
    assert_eq!(
        t.finance_charge.as_ref().map(|a| a.amount),
        Some(dec!(1875))
    );
}

#[test]
fn amount_actually_paid_out_wordings() {
    for text in [
        "借款本金人民币10,000元,甲方以现金方式实际交付乙方人民币9,000元。",
        "借款金额10,000元,借款人实际收到人民币9,000元。",
        "借款金额10,000元,乙方实际借到人民币9,000元。",
    ] {
        let t = ex(text);
        let d = t.disbursed.as_ref().expect("disbursed");
        assert_eq!(d.amount, dec!(9000), "{text}");
        assert!(!d.derived, "{text}");
    }
}

#[test]
fn a_single_payment_is_one_instalment() {
    for text in [
        "借款期限6个月。借款到期时一次性还本付息。",
        "借款期限3个月,到期一次性偿还本金和利息。",
        "借款期限30天,利随本清。",
    ] {
        assert_eq!(ex(text).installments.map(|c| c.count), Some(1), "{text}");
    }
}

#[test]
fn a_date_broken_over_a_page_footer_is_read_whole() {
    let pages = [
        "第四条 借款期限\n\n借款期限为12个月,自放款日起算。本协议项下放款日为2025年3月15日,最后一期还款日为2026年3\n\n第 1 页\n".to_string(),
        "月15日。\n\n第五条 还款方式\n\n本协议项下借款采用等额本息方式还款,共分12期偿还,每月15日为还款日,首期还款日为2025\n\n年4月15日。\n".to_string(),
    ];
    let d = loanlint::read::Document::from_pages(std::path::Path::new("x.pdf"), &pages);
    let t = loanlint::extract::zh::extract(&d);
    assert_eq!(
        t.maturity_date.as_ref().map(|d| d.date.to_string()),
        Some("2026-03-15".into())
    );
    assert_eq!(
        t.first_payment_date.as_ref().map(|d| d.date.to_string()),
        Some("2025-04-15".into())
    );
    assert_eq!(t.installments.map(|c| c.count), Some(12));
}

#[test]
fn a_named_schedule_row_is_placed_not_unparsed() {
    for text in [
        "第12个月归还剩余本金人民币1,666.63元及利息人民币300.00元,合计人民币1,966.63元。",
        "第6期(2026年5月2日)应还本金人民币5,000.00元及利息人民币99.60元,合计人民币5,099.60元。",
        "末期应还本息人民币2,089.66元。",
    ] {
        let t = ex(text);
        assert!(t.unparsed.is_empty(), "{text}: {:?}", t.unparsed);
        // A single named row is not the regular instalment.
        assert!(t.payment.is_none(), "{text}");
    }
}

// ------------------------------------------------ dates, numerals, script (issue 13)

fn date(t: &Option<loanlint::model::DateTerm>) -> Option<chrono::NaiveDate> {
    t.as_ref().map(|d| d.date)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn signing_dates_in_chinese_numerals_and_full_width_digits() {
    for (text, want) in [
        ("本协议签署日期：二〇一九年五月十日。", ymd(2019, 5, 10)),
        (
            "甲乙双方确认，本合同签订于二零二五年十二月三十一日。",
            ymd(2025, 12, 31),
        ),
        ("签订日期：贰零贰肆年叁月捌日", ymd(2024, 3, 8)),
        ("签署日期：２０２３年７月１日。", ymd(2023, 7, 1)),
    ] {
        let t = ex(text);
        assert_eq!(date(&t.contract_date), want, "{text}");
    }
}

#[test]
fn a_loan_period_gives_the_term_and_the_payout_date() {
    for (text, months, days, start) in [
        (
            "借款期限：自2019年5月10日至2020年5月9日止。",
            Some(12),
            None,
            ymd(2019, 5, 10),
        ),
        (
            "本笔借款的期限为2022年6月1日起至2022年6月15日止，共十四天。",
            None,
            Some(14),
            ymd(2022, 6, 1),
        ),
        (
            "贷款期限自二〇二〇年一月一日至二〇二〇年十二月三十一日。",
            Some(12),
            None,
            ymd(2020, 1, 1),
        ),
    ] {
        let t = ex(text);
        let term = t.term.as_ref().expect(text);
        assert_eq!((term.months, term.days), (months, days), "{text}");
        assert_eq!(date(&t.disbursement_date), start, "{text}");
    }
}

#[test]
fn the_payout_day_words() {
    for (text, want) in [
        ("放款日：2024年8月8日", ymd(2024, 8, 8)),
        (
            "借款发放日为2024年9月1日，首期还款日为2024年10月1日。",
            ymd(2024, 9, 1),
        ),
        ("实际放款日期：二〇二一年六月三十日", ymd(2021, 6, 30)),
    ] {
        let t = ex(text);
        assert_eq!(date(&t.disbursement_date), want, "{text}");
    }
}

#[test]
fn ten_thousands_and_traditional_script() {
    let t = ex("借款金額：新臺幣伍萬元整。");
    let p = t.principal.as_ref().expect("principal");
    assert_eq!((p.amount, p.currency.as_str()), (dec!(50000), "TWD"));
    // The evidence quotes the text as written, not as matched.
    assert!(p.evidence.text.contains("伍萬元整"), "{}", p.evidence.text);
    for (text, want) in [
        ("貸款本金為1.2萬元，年利率百分之八。", dec!(12000)),
        ("借款金额5万元整。", dec!(50000)),
        ("借款本金：人民币拾贰万伍仟元整", dec!(125000)),
        ("借款金额为人民币\n贰拾万元整。", dec!(200000)),
    ] {
        let t = ex(text);
        assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(want), "{text}");
    }
}

#[test]
fn hong_kong_taiwan_and_macau_contracts_are_detected() {
    for (text, currency, region) in [
        (
            "借款金額：HK$80,000。\n本合約受香港特別行政區法律管轄。",
            "HKD",
            "HK",
        ),
        (
            "借款本金NT$300,000元。\n如有爭議，以臺灣臺北地方法院為第一審管轄法院。",
            "TWD",
            "TW",
        ),
        ("借款金額為澳門元伍萬元整，年利率百分之六。", "MOP", "MO"),
        ("貸款金額：港幣120,000元。", "HKD", "HK"),
    ] {
        let t = ex(text);
        assert_eq!(
            t.principal.as_ref().map(|a| a.currency.as_str()),
            Some(currency),
            "{text}"
        );
        let hint = t.jurisdiction_hints.first().expect(text);
        assert_eq!(hint.code, region, "{text}");
        assert!(!hint.evidence.text.is_empty());
    }
    let t = ex("借款本金新臺幣二十萬元整。\n雙方同意以臺灣高雄地方法院為管轄法院。");
    assert_eq!(
        t.jurisdiction_hints.first().map(|h| h.code.as_str()),
        Some("TW")
    );
    // A mainland court clause worded 所在地方法院 is not a Taiwan court.
    let t = ex("借款金额人民币10,000元。\n争议由贷款人所在地方法院管辖。");
    assert!(
        t.jurisdiction_hints.iter().all(|h| h.code == "CN"),
        "{:?}",
        t.jurisdiction_hints
    );
    let t = ex("借款金额人民币10,000元，适用中华人民共和国法律。");
    assert!(t.jurisdiction_hints.iter().all(|h| h.code == "CN"));
    assert_eq!(
        t.principal.as_ref().map(|a| a.currency.as_str()),
        Some("CNY")
    );
}

// ------------------------------------------------ term, count, method

#[test]
fn a_count_of_monthly_instalments_gives_the_term() {
    for (text, n) in [
        ("借款期数：12期（按月）", 12),
        ("分期期数：陆期（按月还款）。", 6),
        ("还款期数：24（每月）", 24),
    ] {
        let t = ex(text);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(n), "{text}");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(loanlint::model::Frequency::Monthly),
            "{text}"
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(n), "{text}");
        assert!(
            t.assumptions.iter().any(|a| a.contains("worked out")),
            "{text}"
        );
    }
}

#[test]
fn interest_only_with_words_between_the_halves() {
    use loanlint::model::RepaymentMethod;
    let t = ex("按月付息，每月10日支付当月利息1,250元，到期一次性归还本金。");
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::InterestOnly)
    );
    assert_eq!(t.payment.as_ref().map(|p| p.amount), Some(dec!(1250)));
    for text in [
        "每期结息，利息按实际天数计算，借款到期时一次性清偿本金。",
        "本借款按季付息，利息按照实际用款天数计算，\n最后一期归还全部借款本金。",
    ] {
        let t = ex(text);
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::InterestOnly),
            "{text}"
        );
    }
}

#[test]
fn checkbox_forms_count_only_the_ticked_option() {
    use loanlint::model::RepaymentMethod::*;
    for (text, want) in [
        (
            "还款方式：☑等额本金 □等额本息 □先息后本",
            Some(EqualPrincipal),
        ),
        ("还款方式：□等额本息 ■先息后本", Some(InterestOnly)),
        ("还款方式：[ ]等额本息 [x]等额本金", Some(EqualPrincipal)),
        (
            "还款方式：（√）等额本息 （ ）等额本金",
            Some(EqualInstallment),
        ),
        ("还款方式：√ 一次性还本付息 □ 等额本息", Some(Bullet)),
        ("还款方式：□等额本息 □等额本金", None),
        ("还款方式：X等额本息 □等额本金", None),
        ("还款方式：☒等额本息", None),
        ("还款方式：□等额本息", None),
    ] {
        let t = ex(text);
        assert_eq!(t.repayment.as_ref().map(|r| r.method), want, "{text}");
    }
}

#[test]
fn an_unstated_method_stays_unstated() {
    let t = ex("借款金额10,000元，借款期限12个月，年利率10%。");
    assert!(t.repayment.is_none());
}

// ------------------------------------------------ fees

#[test]
fn fee_timings_at_maturity_at_payout_and_on_a_date() {
    use loanlint::model::FeeKind;
    let cases = [
        (
            "账户管理费800元，于借款到期时一次性支付。",
            FeeKind::Management,
            FeeTiming::AtMaturity,
        ),
        (
            "担保费500元随最后一期还款一并收取。",
            FeeKind::Guarantee,
            FeeTiming::AtMaturity,
        ),
        (
            "审核费300元，借款人应于放款当日另行支付。",
            FeeKind::Application,
            FeeTiming::AtDisbursement,
        ),
        (
            "评估费200元，应于2025年3月20日前缴纳。",
            FeeKind::Application,
            FeeTiming::OnDate,
        ),
    ];
    for (text, kind, timing) in cases {
        let t = ex(text);
        let f = t.fees.iter().find(|f| f.kind == kind).expect(text);
        assert_eq!(f.timing, timing, "{text}");
    }
    let t = ex("评估费200元，应于2025年3月20日前缴纳。");
    assert_eq!(
        t.fees[0].due_date.as_ref().map(|d| d.date),
        ymd(2025, 3, 20)
    );
}

#[test]
fn per_period_fees() {
    use loanlint::model::{Basis, FeeKind};
    let t = ex("分期手续费按借款本金计收，每期0.75%。");
    let f = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Handling)
        .expect("fee");
    assert_eq!(
        (f.percent, f.per, f.timing, f.basis),
        (
            Some(dec!(0.75)),
            Some(Per::Month),
            FeeTiming::PerPeriod,
            Some(Basis::Principal)
        )
    );
    let t = ex("每期收取平台服务费人民币545元。");
    let f = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Service)
        .expect("fee");
    assert_eq!(
        (f.amount, f.timing),
        (Some(dec!(545)), FeeTiming::PerPeriod)
    );
}

#[test]
fn a_fee_with_a_blank_amount_is_listed_with_its_timing() {
    use loanlint::model::FeeKind;
    for (text, kind, timing) in [
        (
            "居间服务费为${serviceFee}元，由出借人在放款时从借款本金中扣除。",
            FeeKind::Consulting,
            FeeTiming::UpfrontDeducted,
        ),
        (
            "服务费金额自甲方收取借款金额时先行扣除。",
            FeeKind::Service,
            FeeTiming::UpfrontDeducted,
        ),
        (
            "咨询服务费人民币____元，于放款时从本金中扣除。",
            FeeKind::Consulting,
            FeeTiming::UpfrontDeducted,
        ),
        (
            "平台服务费【  】元（从借款本金中预先扣除）。",
            FeeKind::Service,
            FeeTiming::UpfrontDeducted,
        ),
        (
            "信息服务费：{{fee}}元。",
            FeeKind::Service,
            FeeTiming::Other,
        ),
    ] {
        let t = ex(text);
        assert_eq!(t.fees.len(), 1, "{text}: {:?}", t.fees);
        let f = &t.fees[0];
        assert_eq!((f.kind, f.timing), (kind, timing), "{text}");
        assert!(
            f.amount.is_none() && f.percent.is_none() && f.amount_blank,
            "{text}"
        );
        assert!(!f.evidence.text.is_empty());
    }
    // Filled in: the same clause gives the fee with its amount, once.
    let t = ex("居间服务费人民币2,000元，从借款本金中扣除。");
    assert_eq!(t.fees.len(), 1, "{:?}", t.fees);
    assert_eq!(t.fees[0].amount, Some(dec!(2000)));
    assert!(!t.fees[0].amount_blank);
    assert_eq!(t.fees[0].timing, FeeTiming::UpfrontDeducted);
}

// ------------------------------------------------ tables

#[test]
fn bordered_key_value_tables() {
    for text in [
        "│借款金额│50,000.00元│\n│年利率│12%│\n│借款期限│12个月│",
        "| 借款金额 | 50,000.00元 |\n| 年利率 | 12% |\n| 借款期限 | 12个月 |",
        "借款金额\t50,000.00元\n年利率\t12%\n借款期限\t12个月",
        "借款金额：50,000.00元        年利率：12%\n借款期限：12个月            还款方式：等额本息",
    ] {
        let t = ex(text);
        assert_eq!(
            t.principal.as_ref().map(|a| a.amount),
            Some(dec!(50000)),
            "{text}"
        );
        let r = t
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest)
            .expect(text);
        assert_eq!((r.value, r.per), (dec!(12), Per::Year), "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12), "{text}");
    }
}

#[test]
fn two_columns_do_not_fuse_into_one_number() {
    let t =
        ex("服务费：2,000元            保证金：500元\n借款金额：30,000元          借款期限：6个月");
    let amounts: Vec<_> = t.fees.iter().filter_map(|f| f.amount).collect();
    assert_eq!(amounts, vec![dec!(2000), dec!(500)], "{:?}", t.fees);
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(30000)));
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(6));
}

#[test]
fn a_printed_schedule_gives_its_rows() {
    let pipes = "还款计划表\n期数 | 还款日 | 本金 | 利息 | 服务费 | 合计\n1 | 2025-02-10 | 3,000.00 | 300.00 | 45.00 | 3,345.00\n2 | 2025-03-10 | 3,000.00 | 300.00 | 45.00 | 3,345.00\n3 | 2025-04-10 | 3,000.00 | 300.00 | 45.00 | 3,345.00\n";
    let spaced = "合计        利息      期次    还款日期       本金\n3,345.00    300.00    1       2025年2月10日  3,000.00\n3,345.00    300.00    2       2025年3月10日  3,000.00\n3,345.00    300.00    3       2025年4月10日  3,000.00\n";
    let boxed = "│期数│应还本金│应还利息│应还总额│\n│1│3,000.00│300.00│3,300.00│\n│2│3,000.00│300.00│3,300.00│\n│3│3,000.00│300.00│3,300.00│";
    for (text, fees, total) in [
        (pipes, Some(dec!(45)), dec!(3345)),
        (spaced, None, dec!(3345)),
        (boxed, None, dec!(3300)),
    ] {
        let t = ex(text);
        assert_eq!(t.stated_schedule.len(), 3, "{text}");
        let r = &t.stated_schedule[1];
        assert_eq!(r.index, 2);
        assert_eq!(
            (r.principal, r.interest, r.fees, r.total),
            (Some(dec!(3000)), Some(dec!(300)), fees, Some(total)),
            "{text}"
        );
        assert!(r.evidence.text.contains("3,000.00"), "{text}");
        assert_eq!(t.payment.as_ref().map(|p| p.amount), Some(total), "{text}");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(3), "{text}");
        assert!(t.unparsed.is_empty(), "{text}: {:?}", t.unparsed);
    }
    let t = ex(pipes);
    assert_eq!(t.stated_schedule[0].date, ymd(2025, 2, 10));
}

#[test]
fn stated_totals() {
    let t = ex("还款总额：人民币12,600元。\n利息合计：600元。");
    assert_eq!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(dec!(12600))
    );
    assert_eq!(t.total_interest.as_ref().map(|a| a.amount), Some(dec!(600)));
    let t = ex("本合同项下借款的总利息为\n人民币壹仟贰佰元整。");
    assert_eq!(
        t.total_interest.as_ref().map(|a| a.amount),
        Some(dec!(1200))
    );
}

/// The instalment plan of issue 13, in fresh words: a count, a per-period fee on the principal
/// and a stated instalment; no method is written, so none is assumed.
#[test]
fn an_instalment_plan_with_a_per_period_fee_and_no_method() {
    use loanlint::model::{Basis, FeeKind};
    let text = "分期借款确认书\n借款本金：人民币陆仟元整（￥6,000.00）\n借款期数：12期（按月）\n分期手续费：按借款本金的0.75%每期收取，\n随每期还款一并支付。\n每期还款金额：545.00元";
    let t = ex(text);
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(6000)));
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12));
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12));
    assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(dec!(545)));
    let f = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Handling)
        .expect("fee");
    assert_eq!(
        (f.percent, f.basis, f.timing),
        (
            Some(dec!(0.75)),
            Some(Basis::Principal),
            FeeTiming::PerPeriod
        )
    );
    assert!(t.repayment.is_none(), "{:?}", t.repayment);
    assert!(t.assumptions.iter().all(|a| !a.contains("等额本息")));
}

/// A schedule as PDF text gives it: columns one space apart, the first row glued to the header.
#[test]
fn a_schedule_from_pdf_text_with_narrow_gaps() {
    let text = "还款计划\n期次 应还日期 本金 利息 费用 应还总额1 2024-06-15 2,000.00 120.00 30.00 2,150.00\n2 2024-07-15 2,000.00 120.00 30.00 2,150.00\n3 2024-08-15 2,000.00 120.00 30.00 2,150.00\n以上还款计划仅供参考。";
    // As the PDF reader hands it over (the text reader would join the spaced CJK header).
    let d =
        loanlint::read::Document::from_pages(std::path::Path::new("s.pdf"), &[text.to_string()]);
    let t = loanlint::extract::zh::extract(&d);
    assert_eq!(
        t.stated_schedule.len(),
        3,
        "{}\n{:?}",
        d.text,
        t.stated_schedule
    );
    let r = &t.stated_schedule[0];
    assert_eq!(
        (r.index, r.date, r.principal, r.interest, r.fees, r.total),
        (
            1,
            ymd(2024, 6, 15),
            Some(dec!(2000)),
            Some(dec!(120)),
            Some(dec!(30)),
            Some(dec!(2150))
        )
    );
    assert_eq!(t.payment.as_ref().map(|p| p.amount), Some(dec!(2150)));
    // Ordinary prose is no table.
    let t = ex("期数 12 期，每期还款 1,000 元，利息 100 元。\n第二期 还款 1,000 元");
    assert!(t.stated_schedule.is_empty());
}

// Classes of failure found on contracts nobody had seen (issue 13), on wordings that are not
// in the fresh corpus.

fn method(t: &Terms) -> Option<RepaymentMethod> {
    t.repayment.as_ref().map(|r| r.method)
}

#[test]
fn a_percentage_restated_as_its_amount_is_one_fee() {
    for text in [
        "贷款金额：人民币20,000元。\n账户管理费：每期按贷款金额的0.5%收取，即每期100元，随每期还款一并支付。",
        "借款本金50000元整。\n乙方每期向丙方缴纳咨询服务费，为借款本金×0.4%，合计每期200.00元，与当期还款一同扣划。",
        // The fee may be stated before the principal.
        "账户管理费按贷款金额的0.5%每期收取（即每期100元）。\n贷款金额：人民币20,000元。",
    ] {
        let t = ex(text);
        assert_eq!(t.fees.len(), 1, "{text}: {:?}", t.fees);
        assert!(
            t.fees[0].amount.is_some() && t.fees[0].percent.is_some(),
            "{text}: {:?}",
            t.fees
        );
    }
}

#[test]
fn a_floor_is_not_a_restated_percentage() {
    // 1% of 1,000 is 10, not 50: the 50 is another figure, never merged into the percentage.
    let t = ex("借款金额1000元。\n手续费按借款金额的1%收取，最低收取50元，放款时一次性支付。");
    assert!(
        !t.fees
            .iter()
            .any(|f| f.amount == Some(dec!(50)) && f.percent.is_some()),
        "{:?}",
        t.fees
    );
}

#[test]
fn a_lump_sum_at_maturity_is_a_single_payment() {
    for text in [
        "借款人应于2026年3月1日之前一次性偿还本金和利息。",
        "借款本息应于借款期限届满时一次性付清。",
        "本金连同利息在到期日一并偿还。",
        "乙方须于2025年9月30日前一次还清全部借款本金。",
    ] {
        let t = ex(text);
        assert_eq!(method(&t), Some(RepaymentMethod::Bullet), "{text}");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Single),
            "{text}"
        );
    }
}

#[test]
fn principal_at_maturity_with_interest_each_period_is_interest_only() {
    for text in [
        "乙方按月支付利息，每月20日支付当月利息800元，借款期满后一次性偿还本金。",
        "借款利息按季结清。\n借款到期时一次性归还全部本金。",
    ] {
        let t = ex(text);
        assert_eq!(method(&t), Some(RepaymentMethod::InterestOnly), "{text}");
    }
}

#[test]
fn a_product_name_gives_way_to_the_stated_method() {
    let t = ex("本产品为随借随还循环额度，本次借款期限二十天，本金及利息于到期之日一次性偿还。");
    assert_eq!(method(&t), Some(RepaymentMethod::Bullet));
}

#[test]
fn a_signing_date_without_a_label_sentence() {
    let day = chrono::NaiveDate::from_ymd_opt(2024, 11, 2);
    for text in [
        "借款金额5000元。\n签字日：2024年11月2日",
        "借款金额5000元。\n甲方(盖章):\n乙方(签名):王五\n二〇二四年十一月二日",
        "借款金额5000元。\n出借人签名        借款人签名\n2024-11-02",
    ] {
        let t = ex(text);
        assert_eq!(t.contract_date.as_ref().map(|d| d.date), day, "{text}");
    }
    // A date under the signatures after other text on its line is not taken alone.
    let t = ex("借款人签名:\n还款日 2024年12月2日前");
    assert!(t.contract_date.is_none(), "{:?}", t.contract_date);
}

#[test]
fn an_app_screen_dated_by_its_submission() {
    let t = ex("贷款金额(元)\n12,500.00\n分期期数\n9期\n提交时间:2024/11/02 09:15");
    assert_eq!(
        t.contract_date.as_ref().map(|d| d.date),
        chrono::NaiveDate::from_ymd_opt(2024, 11, 2)
    );
    assert!(
        t.assumptions.iter().any(|a| a.contains("applied")),
        "{:?}",
        t.assumptions
    );
    assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(12500)));
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(9));
}

#[test]
fn a_label_in_wan_yuan_scales_its_bare_figure() {
    let t = ex("借款本金(万元)\n3.5\n期限\n12个月");
    assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(35000)));
}

#[test]
fn a_bank_lender_in_a_table_a_letterhead_or_a_spaced_line() {
    for (text, name) in [
        (
            "| 放款机构 | 北辰银行股份有限公司 | 借款人 | 李四 |\n| 借款金额 | ¥8,000.00 | 期限 | 6个月 |",
            "北辰银行股份有限公司",
        ),
        (
            "云帆银行南湖支行\n个人贷款借据\n借款金额:人民币8,000.00元",
            "云帆银行南湖支行",
        ),
        (
            "借款人      李四      贷款银行      松原银行有限公司\n借款金额 8,000.00元",
            "松原银行有限公司",
        ),
    ] {
        let t = ex(text);
        let lender = t.lender.as_ref().expect(text);
        assert_eq!(
            lender.lender_type,
            loanlint::model::LenderType::Bank,
            "{text}"
        );
        assert_eq!(lender.name.as_deref(), Some(name), "{text}");
    }
    // A bank account is not a bank lender.
    let t = ex("出借人:王五\n借款金额8,000.00元,汇入借款人的银行账户。");
    assert_ne!(
        t.lender.as_ref().map(|l| l.lender_type),
        Some(loanlint::model::LenderType::Bank)
    );
}

#[test]
fn equal_instalments_in_other_words() {
    for text in [
        "还款方式:每月以固定金额归还本金及利息,分6期还清。",
        "借款本息按期等额清偿,共9期。",
        "乙方应按月等额归还本息。",
    ] {
        assert_eq!(
            method(&ex(text)),
            Some(RepaymentMethod::EqualInstallment),
            "{text}"
        );
    }
}

#[test]
fn a_question_and_answer_layout() {
    let t = ex(
        "问:这笔贷款借了多少?\n答:人民币6,000元。\n问:每月要还多少?\n答:540.00元。\n问:一共分多少期?\n答:共12期。",
    );
    assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(6000)));
    assert_eq!(t.payment.as_ref().map(|p| p.amount), Some(dec!(540)));
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12));
    // A question the table does not know leaves its answer as written.
    let t = ex("问:需要抵押吗?\n答:不需要。");
    assert!(t.principal.is_none());
}

#[test]
fn a_fee_timing_in_the_sentence_after_its_amount() {
    for (text, timing) in [
        (
            "账户管理费:人民币1,500元;缴纳方式:借款期满时一次性支付",
            FeeTiming::AtMaturity,
        ),
        (
            "咨询服务费120.00元,\n与每期本息一并按月收取。",
            FeeTiming::PerPeriod,
        ),
    ] {
        let t = ex(text);
        assert_eq!(fee_timing(&t), vec![timing], "{text}: {:?}", t.fees);
    }
    // A timing sentence with its own figure is about that figure, not the fee before.
    let t = ex("咨询服务费120.00元。\n利息1,000元于到期时一次性支付。");
    assert_eq!(fee_timing(&t), vec![FeeTiming::Other], "{:?}", t.fees);
}

#[test]
fn traditional_numerals_and_words() {
    let t = ex("借款金額：新臺幣參拾貳萬圓整。\n本息按月平均攤還，分36期。");
    assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(320000)));
    assert_eq!(method(&t), Some(RepaymentMethod::EqualInstallment));
}

#[test]
fn principal_and_interest_together_at_the_end() {
    for text in [
        "借期届满时本息一次付清。",
        "到期时连本带息一并偿还。",
        "借款到期日,利息与本金一并支付。",
    ] {
        let t = ex(text);
        assert_eq!(method(&t), Some(RepaymentMethod::Bullet), "{text}");
    }
}

#[test]
fn principal_at_the_end_after_interest_each_period() {
    for text in [
        "借款本金在借款期满后一次性偿还,利息每月15日支付。",
        "每半年结息一次。本金到期一次性偿还。",
        "到期利随本清,借款期间按季结息。",
    ] {
        let t = ex(text);
        assert_eq!(method(&t), Some(RepaymentMethod::InterestOnly), "{text}");
        assert_ne!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
    }
}

#[test]
fn an_unticked_single_payment_option_sets_no_frequency() {
    let t = ex("还款方式:□ 到期一次还本付息 ☑ 等额本金\n借款期限:12个月");
    assert_eq!(method(&t), Some(RepaymentMethod::EqualPrincipal));
    assert_ne!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Single)
    );
}

#[test]
fn a_term_between_the_start_and_the_due_date() {
    let t = ex("借款金额6,000元。\n放款日:2025年2月1日\n到期日:2025年8月1日");
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(6));
    assert!(
        t.assumptions.iter().any(|a| a.contains("due date")),
        "{:?}",
        t.assumptions
    );
    // A due date before the start gives no term.
    let t = ex("借款金额6,000元。\n放款日:2025年8月1日\n到期日:2025年2月1日");
    assert!(t.term.is_none(), "{:?}", t.term);
}

#[test]
fn a_method_named_as_a_kind_of_loan_is_not_this_loans() {
    let t = ex("对于采用到期一次还本付息的借款,逾期后按月结计罚息。");
    assert!(t.repayment.is_none(), "{:?}", t.repayment);
    assert!(t.installments.is_none(), "{:?}", t.installments);
}

#[test]
fn listed_options_with_none_chosen_give_no_single_payment() {
    let t =
        ex("还款方式可选:\n1.等额本息还款法。\n2.按月付息到期还本还款法。\n3.一次还本付息还款法。");
    assert!(t.repayment.is_none(), "{:?}", t.repayment);
    assert!(t.installments.is_none(), "{:?}", t.installments);
}

/// Classes of failure found on Chinese contracts nobody had seen (issue 13, second round), each
/// in wordings that are not in the fresh corpus: the amount under an instalment plan's or an
/// application form's label, a checkbox line with one option ticked, an app row labelled by a
/// question, a slashed table row, Chinese-numeral rates (百分之…点…, 月息一分五), 民國 dates,
/// the date under a 借条's signatures, a payout date standing in for the contract date, weekly
/// plans, a term counted from its start date, the count of a monthly plan worked out from its
/// term, interest taken in advance, fees of cars and memberships, fee totals.
mod unseen {
    use super::ex;
    use chrono::NaiveDate;
    use loanlint::model::{Frequency, Per, RateKind, Terms};
    use rust_decimal::Decimal;
    use rust_decimal_macros::dec;

    fn principal(t: &Terms) -> Option<Decimal> {
        t.principal.as_ref().map(|p| p.amount)
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn interest(t: &Terms) -> Vec<(Decimal, Per)> {
        t.rates
            .iter()
            .filter(|r| r.kind == RateKind::Interest)
            .map(|r| (r.value, r.per))
            .collect()
    }

    #[test]
    fn an_instalment_plan_or_application_names_its_amount() {
        for (text, want) in [
            (
                "手机分期确认\n分期金额：￥4,599.00\n分期期数：6期",
                dec!(4599),
            ),
            (
                "装修贷款申请表\n申请借款金额：人民币80,000元\n",
                dec!(80000),
            ),
            (
                "账单分期\n分期本金 12,000.00元 | 手续费率 0.6%/期",
                dec!(12000),
            ),
        ] {
            assert_eq!(principal(&ex(text)), Some(want), "{text}");
        }
    }

    #[test]
    fn only_the_ticked_option_counts() {
        let t = ex("贷款期限：☐ 6个月 ☐ 12个月 ✔ 18个月\n还款期数：□ 6期 □ 12期 ■ 18期\n");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(18));
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(18));
        // No tick at all: nothing is chosen.
        let t = ex("贷款期限：□ 6个月 □ 12个月\n");
        assert!(t.term.is_none(), "{:?}", t.term);
    }

    #[test]
    fn an_app_row_labelled_by_a_question() {
        let t = ex("借款确认\n借多少      ¥6,500\n借多久      9个月\n");
        assert_eq!(principal(&t), Some(dec!(6500)));
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(9));
    }

    #[test]
    fn a_slashed_table_row() {
        let t = ex("主要条款\n贷款本金 / 24,000.00元\n贷款期限 / 18个月\n");
        assert_eq!(principal(&t), Some(dec!(24000)));
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(18));
    }

    #[test]
    fn rates_in_chinese_numerals() {
        let t = ex("借款金额：5,000元。\n借款年利率为百分之十四点六。\n");
        assert_eq!(interest(&t), vec![(dec!(14.6), Per::Year)]);
        let t = ex("今借到人民币8,000元，月息一分五，半年后归还。\n");
        assert_eq!(interest(&t), vec![(dec!(1.5), Per::Month)]);
        // 分 then 厘 written out still reads as before.
        let t = ex("今借到人民币8,000元，月息一分二厘，半年后归还。\n");
        assert_eq!(interest(&t), vec![(dec!(1.2), Per::Month)]);
    }

    #[test]
    fn roc_dates_and_a_term_counted_from_its_start() {
        let t = ex(
            "借款契約\n借款金額：新臺幣100,000元。\n借款期間：自民國113年7月1日起2年。\n簽約日期：民國113年6月28日\n",
        );
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            Some(ymd(2024, 6, 28))
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(24));
        // A guarantee's period or a time limit is not the loan's term.
        for text in [
            "保证期间：自本协议生效之日起至债务履行期限届满之日起2年。",
            "当事人自知道撤销事由之日起六个月内行使撤销权。",
        ] {
            assert!(ex(text).term.is_none(), "{text}");
        }
    }

    #[test]
    fn the_date_under_a_party_line_of_an_iou() {
        let t =
            ex("借条\n今借到陈某人民币6,000元，三个月内归还。\n借款人：吴某\n二〇二三年四月二日\n");
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            Some(ymd(2023, 4, 2))
        );
    }

    #[test]
    fn a_payout_date_stands_in_for_an_unwritten_contract_date() {
        let t = ex("借款详情\n借款金额  ¥1,500.00\n借款时间  2024-12-30 09:15\n借款天数  14天\n");
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            Some(ymd(2024, 12, 30))
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(14));
        assert!(
            t.assumptions.iter().any(|a| a.contains("contract date")),
            "{:?}",
            t.assumptions
        );
        // A signing date written is never replaced.
        let t = ex("放款日期：2024年3月2日\n签订日期：2024年3月1日\n");
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            Some(ymd(2024, 3, 1))
        );
    }

    #[test]
    fn weekly_and_biweekly_plans() {
        let t = ex("借款金额：2,000元\n按周还款，每周一扣款，共10周\n");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Weekly)
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(10));
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(70));
        let t = ex("借款金额：2,000元\n每两周还款一次，共6次\n");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Biweekly)
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(6));
    }

    #[test]
    fn the_count_of_a_monthly_plan_from_its_term() {
        let t =
            ex("借款金额：30,000元。\n借款期限：叁拾陆个月。\n还款方式：等额本金，按月还款。\n");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(36));
        assert!(t.assumptions.iter().any(|a| a.contains("instalments")));
        // A single repayment at maturity has one instalment, not twelve.
        let t = ex("借款金额：30,000元。\n借款期限：12个月。\n到期一次性还本付息。\n");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1));
    }

    #[test]
    fn a_count_of_monthly_periods_is_a_term_in_months() {
        let t = ex("借款金额：9,000元\n贷款期限：24期（按月）\n");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(24));
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(24));
    }

    #[test]
    fn interest_taken_in_advance_names_its_amount() {
        // Deducted, with the amount in the same clause and no amount paid out stated.
        let t =
            ex("借款本金：50,000元。\n借款利息2,500.00元于放款时由出借人预先从借款本金中扣除。\n");
        assert_eq!(
            t.interest_deducted.as_ref().map(|a| a.amount),
            Some(dec!(2500))
        );
        // Collected in advance at payout: the same charge, worked out from what was paid out.
        let t = ex(
            "借款本金：50,000元。\n本期利息由出借人在放款时预先收取。\n借款人实际到账金额为47,000.00元。\n",
        );
        assert_eq!(
            t.interest_deducted.as_ref().map(|a| a.amount),
            Some(dec!(3000))
        );
    }

    #[test]
    fn fees_of_cars_memberships_and_at_maturity() {
        use loanlint::model::{FeeKind, FeeTiming};
        let t = ex(
            "借款金额：80,000元。\nGPS安装费：900元，放款时从借款金额中扣除。\n会员服务费每月29元，随月供扣收。\n",
        );
        let got: Vec<(FeeKind, FeeTiming, Option<Decimal>)> = t
            .fees
            .iter()
            .map(|f| (f.kind, f.timing, f.amount))
            .collect();
        assert!(
            got.contains(&(FeeKind::Other, FeeTiming::UpfrontDeducted, Some(dec!(900)))),
            "{got:?}"
        );
        assert!(
            got.contains(&(FeeKind::Membership, FeeTiming::PerPeriod, Some(dec!(29)))),
            "{got:?}"
        );
        let t = ex("借款金额：20,000元。\n平台费：45.00元，按期随每期还款一并支付。\n");
        assert_eq!(
            t.fees
                .iter()
                .map(|f| (f.kind, f.timing, f.amount))
                .collect::<Vec<_>>(),
            vec![(FeeKind::Service, FeeTiming::PerPeriod, Some(dec!(45)))]
        );
        let t = ex("借款金额：20,000元。\n咨询服务费1,200元，于还款到期日随本息一并支付。\n");
        assert_eq!(
            t.fees.iter().map(|f| f.timing).collect::<Vec<_>>(),
            vec![FeeTiming::AtMaturity]
        );
    }

    #[test]
    fn a_first_due_date_a_month_after_the_start_makes_the_plan_monthly() {
        let t = ex(
            "借款金额：3,600元\n分期数：4期\n放款日：2024年2月10日\n首期还款日：2024年3月10日\n",
        );
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Monthly)
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(4));
        // Three weeks after the start says nothing of a month.
        let t =
            ex("借款金额：3,600元\n分期数：4期\n放款日：2024年2月10日\n首期还款日：2024年3月2日\n");
        assert!(t.frequency.is_none(), "{:?}", t.frequency);
    }

    #[test]
    fn interest_paid_with_the_principal_at_maturity_is_one_payment() {
        use loanlint::model::RepaymentMethod;
        let t = ex("借款金额：10,000元。\n借款利息按年利率9%计算，期满时与本金一并偿还。\n");
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::Bullet)
        );
    }

    #[test]
    fn a_bare_figure_in_cents_under_an_amount_label_is_money() {
        let t = ex("借款单\n借款金额 6,800.00 | 借款期限 30天 | 日息万分之三\n");
        assert_eq!(principal(&t), Some(dec!(6800)));
        // A count or a code is not an amount.
        let t = ex("借款单\n借款金额 6800 | 借款期限 30天\n");
        assert_eq!(principal(&t), None);
    }

    #[test]
    fn methods_in_app_and_summary_wordings() {
        use loanlint::model::RepaymentMethod;
        let method = |text: &str| ex(text).repayment.map(|r| r.method);
        assert_eq!(
            method("借款金额：6,000元\n还款：按月等额分期还款，月供¥530.00\n"),
            Some(RepaymentMethod::EqualInstallment)
        );
        assert_eq!(
            method("借款金额：6,000元\n月利率：0.8%（以借款本金计息，每月利息48.00元）\n"),
            Some(RepaymentMethod::FlatRate)
        );
    }

    #[test]
    fn a_fee_as_a_percentage_and_its_amount_in_two_sentences_is_one_fee() {
        let t = ex(
            "分期金额：10,000.00元\n分期服务费：按分期金额的0.5%/期收取\n每期应还：本金1,000.00元 + 分期服务费50.00元 = 1,050.00元\n",
        );
        assert_eq!(t.fees.len(), 1, "{:?}", t.fees);
        assert_eq!(t.fees[0].amount, Some(dec!(50)));
        assert_eq!(t.fees[0].percent, Some(dec!(0.5)));
        assert_eq!(t.payment.as_ref().map(|p| p.amount), Some(dec!(1050)));
    }
}
