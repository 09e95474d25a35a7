//! Chinese terms given by the structure of a contract rather than by a labelled value (issue
//! 13): a term said as "borrowed for N days", a signing date after which the contract takes
//! effect, the date a notice closes with, interest per ten thousand yuan a day, a flat rate
//! paid in equal instalments, the principal repaid in equal parts, the method a printed
//! schedule shows, and what a message or a judicial interpretation is. Each wording is our
//! own (not a corpus file's), with a rephrasing that must read the same; expected values are
//! worked out by hand in the comments.

use std::path::Path;

use chrono::NaiveDate;
use loanlint::compute::apr::Method;
use loanlint::extract::{classify, extract};
use loanlint::model::{Frequency, Per, RateKind, RepaymentMethod, Terms};
use loanlint::read::{Document, SourceKind};
use loanlint::{DocumentKind, Language};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_terms::ex;

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn interest(t: &Terms) -> Vec<(Decimal, Per)> {
    t.rates
        .iter()
        .filter(|r| r.kind == RateKind::Interest)
        .map(|r| (r.value, r.per))
        .collect()
}

fn method(t: &Terms) -> Option<RepaymentMethod> {
    t.repayment.as_ref().map(|r| r.method)
}

fn kind_of(text: &str) -> DocumentKind {
    let doc = Document::from_text(Path::new("doc.txt"), SourceKind::Text, text);
    let terms = extract(&doc);
    classify(&doc, Language::Zh, &terms).kind
}

#[test]
fn interest_in_yuan_per_ten_thousand_a_day_is_a_daily_rate() {
    // 4 yuan per 10,000 a day = 0.04% a day; 12 yuan per 1,000 a month = 1.2% a month.
    for (text, want) in [
        (
            "借款金额8,000元，借款利息按每万元每天收取利息4元计算。",
            (dec!(0.04), Per::Day),
        ),
        (
            "借款金额8,000元，利息为每万元借款每日计息肆元。",
            (dec!(0.04), Per::Day),
        ),
        (
            "借款金额8,000元，利息按每千元每月12元收取。",
            (dec!(1.2), Per::Month),
        ),
    ] {
        let t = ex(text);
        assert_eq!(interest(&t), vec![want], "{text}");
    }
}

#[test]
fn a_term_said_as_borrowed_for_n_days_and_the_day_of_borrowing() {
    // 2 Mar 2024 + 60 days = 1 May 2024 (29 days to 31 Mar, 30 in April, 1 in May).
    for text in [
        "出借人周某于2024年3月2日向借款人吴某借款人民币8,000元，借款60天，到期日为2024年5月1日，到期一次性还本付息。",
        "借款人吴某于2024年3月2日向周某借款人民币8,000元，双方约定借款六十天，到期日2024年5月1日一次性归还本息。",
    ] {
        let t = ex(text);
        let term = t.term.as_ref().expect("term");
        assert_eq!((term.months, term.days), (None, Some(60)), "{text}");
        assert_eq!(
            t.disbursement_date.as_ref().map(|d| d.date),
            ymd(2024, 3, 2),
            "{text}"
        );
        // No signing date is written: the day of borrowing stands for it, said so.
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            ymd(2024, 3, 2),
            "{text}"
        );
        assert!(
            t.assumptions.iter().any(|a| a.contains("no signing date")),
            "{:?}",
            t.assumptions
        );
    }
}

#[test]
fn the_date_a_contract_takes_effect_on_signing_is_its_date() {
    for text in [
        "借款本金12,000元，分12期按月偿还。本协议于2024年6月3日经双方电子签名后生效。",
        "借款本金12,000元，分12期按月偿还。本协议于2024年6月3日由借款人签字后成立。",
    ] {
        let t = ex(text);
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            ymd(2024, 6, 3),
            "{text}"
        );
    }
}

#[test]
fn a_message_is_a_disclosure_dated_by_its_closing_line() {
    let sms = "【青禾银行】尊敬的客户：您申请的个人贷款20,000.00元已发放至尾号1234的账户，贷款期限6个月，年利率7.2%，按月等额本息还款。\n2024年4月9日";
    let t = ex(sms);
    assert_eq!(t.contract_date.as_ref().map(|d| d.date), ymd(2024, 4, 9));
    assert!(
        t.assumptions.iter().any(|a| a.contains("closes with")),
        "{:?}",
        t.assumptions
    );
    assert_eq!(kind_of(sms), DocumentKind::LoanDisclosure);
    // Moved to one line, with an opt-out mark instead of a salutation: still a message.
    let one_line = "【青禾银行】您申请的个人贷款20,000.00元已发放，贷款期限6个月，年利率7.2%，按月等额本息还款，借款人请按时还款。回T退订。2024年4月9日";
    assert_eq!(kind_of(one_line), DocumentKind::LoanDisclosure);
    let t = ex(one_line);
    assert_eq!(t.contract_date.as_ref().map(|d| d.date), ymd(2024, 4, 9));
}

#[test]
fn a_judicial_interpretation_and_an_instalment_slip() {
    let rule = "最高人民法院关于审理信用卡纠纷案件若干问题的规定（节选）\n第二条 发卡行请求持卡人按照信用卡领用合同的约定给付透支利息、复利、违约金等的，人民法院应予支持。\n第三条 借款人、贷款人之间的利息约定以合同为准。";
    assert_eq!(kind_of(rule), DocumentKind::Other);
    let slip = "【乐购电器】分期付款凭单\n商品：冰箱\n分期金额：4,800.00\n分期期数：6\n月还款：812.00\n下单时间：2024-09-01 10:00:00";
    assert_eq!(kind_of(slip), DocumentKind::LoanDisclosure);
    // A confirmed plan is the agreement itself.
    let confirmed =
        "账单分期业务确认书\n分期本金：6,000.00元\n分期期数：6期\n借款人：王某\n还款方式：按月还款";
    assert_eq!(kind_of(confirmed), DocumentKind::LoanContract);
}

#[test]
fn a_flat_rate_paid_in_equal_instalments_is_flat() {
    for text in [
        "贷款金额：港币60,000元。\n还款期：24个月，每月平均摊还本息。\n利率：每月平息0.35%。",
        "利率：月平息0.35%，按原贷款额计算。\n貸款金額：港幣60,000元。\n還款期：24個月。每月平均攤還本息。",
    ] {
        let t = ex(text);
        assert_eq!(method(&t), Some(RepaymentMethod::FlatRate), "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(24), "{text}");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(24), "{text}");
    }
}

#[test]
fn the_principal_repaid_in_equal_parts_without_interest_is_equal_principal() {
    // 9,600 / 12 = 800 a period; 800 + 48 = 848.
    for text in [
        "贷款金额9,600元，分12期按月归还，每期归还本金800元，不收取利息，每期收取服务费48元，每期应还848元。",
        "分期期数：12期\n贷款金额：9,600.00元\n每月应还本金：800.00元\n本分期不另收利息。\n每期服务费：48.00元\n每期应还：848.00元",
    ] {
        let t = ex(text);
        assert_eq!(method(&t), Some(RepaymentMethod::EqualPrincipal), "{text}");
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount),
            Some(dec!(848)),
            "{text}"
        );
        assert!(
            t.inferred.iter().any(|i| i.field == "repayment"),
            "{:?}",
            t.inferred
        );
    }
    // Parts that do not make the principal say nothing of the method.
    let t = ex("贷款金额9,600元，分12期按月归还，每期归还本金700元，不收取利息。");
    assert_eq!(method(&t), None);
}

#[test]
fn interest_settled_monthly_with_a_fee_due_with_the_principal() {
    // The fee paid with the principal at maturity does not make the loan a single payment.
    for text in [
        "借款本金：50,000元\n借款期限：6个月\n年利率：12%\n还款方式：按月结息，到期还本\n服务费：1,000元，于到期日与本金一并支付",
        "服务费1,000元于到期日与本金一并支付。借款本金50,000元，借款期限6个月，年利率12%，还款方式为按月结息、到期还本。",
    ] {
        let t = ex(text);
        assert_eq!(method(&t), Some(RepaymentMethod::InterestOnly), "{text}");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Monthly),
            "{text}"
        );
        assert_ne!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
    }
}

#[test]
fn a_single_payment_between_two_dates_runs_by_the_day() {
    // 31 Jan 2024 to 30 Apr 2024: 29 (Feb, a leap year) + 31 + 30 = 90 days.
    for text in [
        "借款金额 6,000.00元\n年化利率 18%\n借款日期 2024-01-31\n还款日期 2024-04-30\n还款方式 到期一次性还本付息",
        "还款方式：到期一次性还本付息。\n借款日期：2024年1月31日\n还款日期：2024年4月30日\n借款金额：6,000元，年利率18%。",
    ] {
        let t = ex(text);
        let term = t.term.as_ref().expect("term");
        assert_eq!((term.months, term.days), (None, Some(90)), "{text}");
    }
}

#[test]
fn the_method_a_printed_schedule_shows_is_inferred() {
    // 3,000 over 3 months at 1% a month, equal instalments: 3000 × 0.01 / (1 − 1.01^−3)
    // = 1,020.07; interest 30.00, 20.10, 10.10; principal 990.07, 999.97, 1,009.96.
    let text = "借款金额：3,000.00元\n分期期数：3期\n月利率：1%\n期次 | 还款日 | 本金 | 利息 | 合计\n1/3 | 2024-02-10 | 990.07 | 30.00 | 1,020.07\n2/3 | 2024-03-10 | 999.97 | 20.10 | 1,020.07\n3/3 | 2024-04-10 | 1,009.96 | 10.10 | 1,020.06\n借款日期：2024-01-10";
    let t = ex(text);
    assert_eq!(method(&t), None, "the text names no method");
    let r = loanlint::reconcile::reconcile(t, Method::CnIrr);
    assert_eq!(
        method(&r.terms),
        Some(RepaymentMethod::EqualInstallment),
        "{:?} {:?}",
        r.terms.stated_schedule,
        r.terms.inferred
    );
}
