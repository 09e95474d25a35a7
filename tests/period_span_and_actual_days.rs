//! Issue #13 (session 28): a period of two dates in a plan of instalments (还款起止日期), the
//! term said as a total (借款时间共一年, 期限合计180天), and a whole-month loan whose lender states
//! the interest on actual days. Texts written for this test; figures by hand in the comments.

use loanlint::i18n::from_english;
use loanlint::model::{DateTerm, Language};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::analysed;

fn instalment_contract(method: &str, period: &str) -> String {
    format!(
        "借款合同\n出借人：赵强\n借款人：钱丽\n借款金额：人民币12,000.00元\n借款年利率：12%\n还款方式：{method}。\n{period}\n"
    )
}

fn day(d: &Option<DateTerm>) -> Option<String> {
    d.as_ref().map(|d| d.date.to_string())
}

/// The note in Chinese, none of it quoted as English (it has its pattern).
fn in_chinese(note: &str) -> bool {
    let english = loanlint::i18n::t(Language::Zh, "report.english_source");
    let zh = from_english(Language::Zh, note);
    !zh.contains(english) && zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn dates_one_period_short_of_the_count_are_the_first_and_last_due_dates() {
    // 12 monthly instalments from 15 March 2025 to 15 February 2026: 11 months between the
    // first and the last, so the loan runs 12 months from about 15 February 2025.
    for (method, period) in [
        (
            "分12期，按月等额本息",
            "还款起止日期：2025年3月15日至2026年2月15日",
        ),
        (
            "按月等额本息，还款期数：12期",
            "还款起止时间 2025-03-15 至 2026-02-15",
        ),
        (
            "分12期，按月等额本息",
            "借款起止日期：2025年3月15日至2026年2月15日",
        ),
    ] {
        let a = analysed(&instalment_contract(method, period));
        let t = &a.report.terms;
        assert_eq!(t.term.as_ref().and_then(|t| t.months), Some(12), "{period}");
        assert_eq!(
            day(&t.first_payment_date),
            Some("2025-03-15".into()),
            "{period}"
        );
        assert!(t.disbursement_date.is_none(), "{period}");
        // No signing date: one month before the first due date, said as an assumption.
        assert_eq!(day(&t.contract_date), Some("2025-02-15".into()), "{period}");
        for note in &t.assumptions {
            assert!(in_chinese(note), "{note}");
        }
    }
}

#[test]
fn dates_as_many_periods_apart_as_the_count_are_the_loan_period() {
    // 15 March 2025 to 15 March 2026 (or to the day before) is 12 months: the loan period.
    for period in [
        "还款起止日期：2025年3月15日至2026年3月15日",
        "借款起止日期：2025年3月15日至2026年3月14日",
    ] {
        let a = analysed(&instalment_contract("分12期，按月等额本息", period));
        let t = &a.report.terms;
        assert_eq!(t.term.as_ref().and_then(|t| t.months), Some(12), "{period}");
        assert_eq!(
            day(&t.disbursement_date),
            Some("2025-03-15".into()),
            "{period}"
        );
        assert!(t.first_payment_date.is_none(), "{period}");
    }
}

#[test]
fn a_repayment_period_the_figures_leave_open_is_said_to_be_read_as_the_loan_period() {
    // No count: 11 months apart could be 11 months of loan or 12 monthly due dates.
    let a = analysed(&instalment_contract(
        "按月等额本息还款",
        "还款起止日期：2025年3月15日至2026年2月15日",
    ));
    let t = &a.report.terms;
    let note = t
        .assumptions
        .iter()
        .find(|n| n.contains("is read as the loan period"));
    assert!(note.is_some(), "{:?}", t.assumptions);
    assert!(in_chinese(note.unwrap()));
    // A loan period, not labelled as the repayment's, is kept without a note.
    let a = analysed(&instalment_contract(
        "按月等额本息还款",
        "借款起止日期：2025年3月15日至2026年2月15日",
    ));
    assert!(
        !a.report
            .terms
            .assumptions
            .iter()
            .any(|n| n.contains("is read as the loan period"))
    );
}

#[test]
fn a_term_said_as_a_total_is_the_term() {
    let head = "借款协议\n签订日期：2025年3月1日\n出借人：赵强\n借款人：钱丽\n借款金额：人民币10,000.00元\n借款年利率：10%\n";
    for (said, months, days) in [
        ("借款时间共一年，到期一次性还本付息。", Some(12), None),
        ("借款期共计六个月，到期一次性还本付息。", Some(6), None),
        ("借款期限合计180天，到期一次性还本付息。", None, Some(180)),
        ("期限合计180天，到期一次性还本付息。", None, Some(180)),
        ("借款期限总共12个月，到期一次性还本付息。", Some(12), None),
        ("借款时长一共3个月，到期一次性还本付息。", Some(3), None),
        ("借款时间总计九十天，到期还本付息。", None, Some(90)),
        ("用款时间合计两年，到期还本付息。", Some(24), None),
        // A date under the loan's time is no term; the term said after it is.
        (
            "借款时间：2025年3月1日，借款期限6个月，到期还本付息。",
            Some(6),
            None,
        ),
    ] {
        let a = analysed(&format!("{head}{said}\n"));
        let term = a.report.terms.term.as_ref();
        assert_eq!(term.and_then(|t| t.months), months, "{said}");
        assert_eq!(term.and_then(|t| t.days), days, "{said}");
    }
}

fn bullet_zh(period: &str, rate: &str, total: &str) -> String {
    format!(
        "借款协议\n签订日期：2025年3月1日\n出借人：赵强\n借款人：钱丽\n借款金额：人民币10,000.00元\n{rate}\n借款期限：{period}，到期一次性还本付息。\n{total}\n"
    )
}

#[test]
fn interest_stated_on_actual_days_is_no_contradiction() {
    let march_june = "自2025年3月1日起至2025年6月1日止";
    let cases = [
        // 1 March to 1 June: 92 days; 10,000 × 12% × 92/365 = 302.465… = 302.47.
        (
            march_june,
            "借款年利率：12%",
            "利息合计：人民币302.47元",
            92,
            dec!(302.47),
        ),
        // On a 360-day year: 10,000 × 12% × 92/360 = 306.666… = 306.67.
        (
            march_june,
            "借款年利率：12%",
            "利息合计：人民币306.67元",
            92,
            dec!(306.67),
        ),
        // As the sum due: 10,000 + 302.47.
        (
            march_june,
            "借款年利率：12%",
            "到期应还本息合计：人民币10,302.47元",
            92,
            dec!(302.47),
        ),
        // A daily rate times the days: 10,000 × 0.05% × 92 = 460.00 (whole months: 456.25).
        (
            march_june,
            "日利率：0.05%",
            "利息共计：人民币460.00元",
            92,
            dec!(460.00),
        ),
        // 31 January to 30 April: 89 days; 10,000 × 12% × 89/365 = 292.602… = 292.60.
        (
            "自2025年1月31日起至2025年4月30日止",
            "借款年利率：12%",
            "利息合计：人民币292.60元",
            89,
            dec!(292.60),
        ),
    ];
    for (period, rate, total, days, interest) in cases {
        let a = analysed(&bullet_zh(period, rate, total));
        let t = &a.report.terms;
        assert!(
            t.inconsistencies.is_empty(),
            "{total}: {:?}",
            t.inconsistencies
        );
        assert_eq!(t.term.as_ref().and_then(|t| t.days), Some(days), "{total}");
        let cost = a.report.cost.as_ref().map(|c| c.total_interest);
        assert_eq!(cost, Some(interest), "{total}");
        let note = t.inferred.iter().find(|i| i.reason.contains("actual days"));
        assert!(note.is_some(), "{total}: {:?}", t.inferred);
        assert!(in_chinese(&note.unwrap().reason), "{total}");
    }
}

#[test]
fn whole_month_interest_stays_whole_months_and_a_wrong_total_is_still_flagged() {
    // 10,000 × 12% × 3/12 = 300.00: the whole-month figure, as computed.
    let a = analysed(&bullet_zh(
        "自2025年3月1日起至2025年6月1日止",
        "借款年利率：12%",
        "利息合计：人民币300.00元",
    ));
    assert_eq!(a.report.terms.term.as_ref().and_then(|t| t.months), Some(3));
    assert!(a.report.terms.inconsistencies.is_empty());
    // 350 is neither 300.00 nor 302.47 (nor 306.67): still a contradiction.
    let a = analysed(&bullet_zh(
        "自2025年3月1日起至2025年6月1日止",
        "借款年利率：12%",
        "利息合计：人民币350.00元",
    ));
    assert!(!a.report.terms.inconsistencies.is_empty());
}

#[test]
fn english_interest_stated_on_actual_days_is_no_contradiction() {
    // 1 March to 1 June 2025: 92 days; $10,000 × 12% × 92/365 = 302.47.
    for total in [
        "Finance charge: $302.47",
        "Total amount repayable: $10,302.47",
    ] {
        let text = format!(
            "LOAN AGREEMENT\nDate: 1 March 2025\nLender: Acme Lending Ltd\nBorrower: Jane Doe\nLoan amount: $10,000.00\nInterest rate: 12% per annum\nThe loan runs from 1 March 2025 to 1 June 2025 and is repaid in a single payment on 1 June 2025.\n{total}\n"
        );
        let a = analysed(&text);
        let t = &a.report.terms;
        assert!(
            t.inconsistencies.is_empty(),
            "{total}: {:?}",
            t.inconsistencies
        );
        assert_eq!(t.term.as_ref().and_then(|t| t.days), Some(92), "{total}");
        assert_eq!(
            a.report.cost.as_ref().map(|c| c.total_interest),
            Some(Decimal::new(30247, 2)),
            "{total}"
        );
    }
}
