//! Chinese terms that no sentence names but the figures decide (issue 13, batch E): a draw with
//! one repayment date is one payment; a lump repayment worded with its subject between; the
//! interest of each month equal to the principal × the monthly rate makes a loan interest-only;
//! the principal of the current period × the count makes equal principal parts; an annualised
//! rate with no fee beside it is the interest; the payout date or the first due date dates a
//! contract that is not signed in words; plan rows a month apart make the plan monthly; a
//! licensed company lending through a matching platform is not a P2P loan.
//!
//! Each contract is written for this file (not a corpus sentence) and each has a rephrasing
//! (reordered, synonyms, full-width figures, other line breaks) that must read the same. The
//! expected figures come from hand arithmetic checked with Python, written beside each test.

use crate::extract_zh_terms::ex;
use crate::fresh_support as support;
use loanlint::model::{Frequency, LenderType, RepaymentMethod, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The nominal annualised cost (cn-irr) of a Chinese text, through the whole analysis.
fn apr_of(text: &str) -> Option<Decimal> {
    let tmp = tempfile::Builder::new()
        .suffix(".txt")
        .tempfile()
        .expect("temp file");
    std::fs::write(tmp.path(), text).expect("write");
    let report = support::analyse(tmp.path(), &support::checker()).expect("analysed");
    support::dec(support::at(&report, "apr.nominal_percent"))
}

fn method(t: &Terms) -> Option<RepaymentMethod> {
    t.repayment.as_ref().map(|r| r.method)
}

/// The terms of `text`, read with the method `want`, which says it was worked out when
/// `worked_out`.
fn read_as(text: &str, want: RepaymentMethod, worked_out: bool) -> Terms {
    let t = ex(text);
    assert_eq!(method(&t), Some(want), "{text}");
    let said = t.inferred.iter().any(|i| i.field == "repayment");
    assert!(!worked_out || said, "{text}: {:?}", t.inferred);
    t
}

fn near(got: Option<Decimal>, want: Decimal, text: &str) {
    let got = got.unwrap_or_else(|| panic!("{text}: no annualised cost"));
    assert!((got - want).abs() <= dec!(0.05), "{text}: {got} vs {want}");
}

/// One draw of a revolving line: 12,000 × 0.05% × 45 days = 270; cost (12,270 / 12,000 − 1)
/// / (45 / 365) = 18.25% (Python: 18.2500).
#[test]
fn a_draw_with_one_repayment_date_is_one_payment() {
    let texts = [
        "用款确认单\n本次提款金额 12,000.00元\n还款方式 随借随还，按日计息\n日利率 0.05%\n提款日 2025年3月1日\n到期日 2025年4月15日\n到期还款金额\n本金 12,000.00元 利息 270.00元 合计 12,270.00元\n贷款人：江南消费金融股份有限公司",
        // Rephrased: other order, full-width figures, the amount due first.
        "贷款人：江南消费金融股份有限公司\n到期日：２０２５年４月１５日\n到期应还：本息合计１２，２７０．００元（本金１２，０００．００元，利息２７０．００元）\n提款日：２０２５年３月１日\n本次提款金额：１２，０００．００元\n日利率：０．０５%，随借随还，按日计息",
    ];
    for text in texts {
        let t = read_as(text, RepaymentMethod::Bullet, true);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
        near(apr_of(text), dec!(18.25), text);
    }
    // Instalments stated: the same words do not make it one payment.
    let t = ex("借款金额 12,000.00元\n分3期按月还款\n到期日 2025年6月1日\n到期应还 本金4,000.00元");
    assert_ne!(method(&t), Some(RepaymentMethod::Bullet));
}

/// 到期之日，借款人一次性归还本金: the subject between the maturity and the repayment.
#[test]
fn a_lump_repayment_with_its_subject_between() {
    for text in [
        "借款金额：30,000元。借款期限六个月。借款期满时，乙方须一次性偿还全部本金，利息已于出借时预先扣除。",
        "借款期限：6个月\n本金人民币叁万元整（30,000元）\n利息在出借时预先扣除；借款届满之日，借款人应一次性归还借款本金。",
    ] {
        let t = read_as(text, RepaymentMethod::Bullet, false);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
    }
}

/// 80,000 × 12% ÷ 12 = 800 a month, principal at the end: interest-only, 1% a month, 12.00%
/// a year (Python IRR of −80,000, 23 × 800, 80,800: 1.0000% a month).
#[test]
fn monthly_interest_equal_to_the_principal_times_the_rate_is_interest_only() {
    for text in [
        "借款本金：80,000.00元\n年利率：12%\n借款期限：24个月\n每月15日缴付当月利息800.00元；第24个月，乙方连同当月利息将80,000.00元本金一次付清。\n签订日期：2025年1月15日",
        // Rephrased: question and answer, the rate per month, full-width figures.
        "问：借多少？答：捌万元整（８０，０００元）。\n问：利率？答：月利率１%。\n问：借多久？答：２４个月。\n问：怎么还？答：按月支付，每月利息为８００元，最后一个月再将本金８０，０００元一并归还。\n签订日期：２０２５年１月１５日",
    ] {
        read_as(text, RepaymentMethod::InterestOnly, true);
        near(apr_of(text), dec!(12.0), text);
    }
    // The first month's interest of a reducing loan is not the interest of every month.
    let t = ex(
        "借款本金：80,000.00元\n年利率：12%\n借款期限：24个月\n首月利息800.00元，此后利息按剩余本金计算。",
    );
    assert_ne!(method(&t), Some(RepaymentMethod::InterestOnly));
    // An amount that is not principal × rate ÷ 12 decides nothing.
    let t = ex("借款本金：80,000.00元\n年利率：12%\n借款期限：24个月\n每月支付利息950.00元。");
    assert_ne!(method(&t), Some(RepaymentMethod::InterestOnly));
}

/// 7,200 in 12 parts of 600 with a fee of 0.6% (43.20) a period: 643.20 a month, no interest;
/// Python IRR × 12 = 13.0342%.
#[test]
fn the_principal_of_the_current_period_times_the_count_is_equal_parts() {
    for text in [
        "账单分期确认：分期金额7,200.00元，分12期，每月入账一期，本分期不收利息；每期分期手续费按分期金额的0.6%收取，即43.20元，与当期应还本金600.00元一同计入账单。",
        "分期手续费：每期４３．２０元（分期金额的０．６%）\n本期应还本金：６００．００元\n分期期数：１２期（每月入账）\n分期金额：７，２００．００元\n不收取利息",
    ] {
        read_as(text, RepaymentMethod::EqualPrincipal, true);
        near(apr_of(text), dec!(13.0342), text);
    }
}

/// 年化利率（单利）15% with no fee, 20,000 for 6 months in one payment: interest 1,500; cost
/// (21,500 / 20,000 − 1) / 0.5 = 15.00%.
#[test]
fn an_annualised_rate_with_no_fee_is_the_interest() {
    for text in [
        "借款金额：20,000元；借款期限：6个月；年化利率（单利）：百分之十五；到期一次性还本付息。签订日期：2025年2月10日",
        "签订日期：２０２５年２月１０日\n到期一次性还本付息，借款期限６个月。\n借款年化利率(单利)１５%\n借款金额贰万元整",
    ] {
        let t = ex(text);
        assert!(
            t.assumptions.iter().any(|a| a.contains("contract rate")),
            "{text}: {:?}",
            t.assumptions
        );
        near(apr_of(text), dec!(15.0), text);
    }
    // With a fee beside it, the annualised rate is not the interest alone.
    let t = ex(
        "借款金额：20,000元；借款期限：6个月；年化利率（单利）：15%；服务费300元于放款时支付；到期一次性还本付息。",
    );
    assert!(
        !t.assumptions.iter().any(|a| a.contains("contract rate")),
        "{:?}",
        t.assumptions
    );
}

/// No signing date: the payout date, else one month before the first monthly due date, each
/// said as an assumption.
#[test]
fn the_payout_or_first_due_date_dates_an_unsigned_notice() {
    for (text, want) in [
        (
            "【某某消金】您的借款5,000.00元已于2025年6月3日成功到账，分3期按月等额本息还款，首期还款日2025年7月3日。",
            "2025-06-03",
        ),
        (
            "借款5000元，按月等额本息还款，共3期。您的借款已于2025年6月3日放款至尾号1234的银行卡。",
            "2025-06-03",
        ),
        (
            "借款金额 ¥5,000\n还款方式 每月等额还款\n期限 3个月\n首期还款日 2025年7月3日",
            "2025-06-03",
        ),
    ] {
        let t = ex(text);
        let date = t.contract_date.as_ref().map(|d| d.date.to_string());
        assert_eq!(date.as_deref(), Some(want), "{text}");
        assert!(
            t.assumptions.iter().any(|a| a.contains("contract date")),
            "{text}: {:?}",
            t.assumptions
        );
    }
}

/// Rows dated by month and day a month apart: monthly, so 6 instalments run 6 months.
#[test]
fn plan_rows_a_month_apart_make_the_plan_monthly() {
    let rows = "第1期 11/20 应还1,038.85\n第2期 12/20 应还1,038.85\n第3期 01/20 应还1,038.85\n第4期 02/20 应还1,038.85\n第5期 03/20 应还1,038.85\n第6期 04/20 应还1,038.86";
    for text in [
        format!("借款金额 6,000.00元 · 分6期 · 年利率13.2% · 等额本息\n{rows}"),
        format!(
            "{}\n借款6000元，共6期，等额本息，年利率13.2%",
            rows.replace("/", "-")
        ),
    ] {
        let t = ex(&text);
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Monthly),
            "{text}"
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(6), "{text}");
    }
    // Rows two weeks apart are not monthly.
    let t = ex(
        "借款6000元，分3期\n第1期 11/20 应还2,000\n第2期 12/04 应还2,000\n第3期 12/18 应还2,000",
    );
    assert_ne!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Monthly)
    );
}

/// The lender is the party that lends: a licensed company matched through a platform is that
/// company; a person lending through a platform is a P2P loan.
#[test]
fn a_licensed_company_lending_through_a_platform_is_not_p2p() {
    for text in [
        "出借人：云川小额贷款有限公司（经由“易借”平台撮合）\n借款人：王五\n借款金额：10,000元",
        "借款人：王五\n本借款由出借人云川小额贷款股份有限公司借助“易借”互联网平台向借款人发放。",
    ] {
        let t = ex(text);
        let class = loanlint::lender::classify_text(&t, text);
        assert_eq!(
            class.lender_type,
            LenderType::Microloan,
            "{text}: {class:?}"
        );
    }
    let text = "出借人：张三（身份证号略），通过“易借”平台出借\n借款人：王五\n借款金额：10,000元";
    let t = ex(text);
    let class = loanlint::lender::classify_text(&t, text);
    assert_eq!(class.lender_type, LenderType::P2pPlatform, "{class:?}");
}
