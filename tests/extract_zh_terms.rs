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

// Fees and tables; the classes of failure found on unseen contracts (files of their own).
mod fees_tables;
mod unseen_classes;
