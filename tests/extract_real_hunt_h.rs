//! Payday P2P templates (session 27): a loan table that gives only the amount paid out
//! (放款金额) while a fee is taken from the lent money at payout, the loan period as
//! 还款起止日期 or a bare 还款日 with a whole date, and 2015-regime default charges on a
//! contract formed before 2020-08-20. Texts written for this test, in several wordings; the
//! figures are simple interest worked by hand (5,000 × 18% × 30 / 365 = 73.97).

use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::analysed;

/// A payday loan whose amount paid out is read, with a 400 fee taken at payout and the
/// amount due at maturity written, in the wording `label` for the amount and `due` for the sum.
fn payday(amount_label: &str, amount: &str, due: &str) -> String {
    format!(
        "借款协议\n签订日期：2021年3月1日\n出借人：周建国\n借款人：吴敏\n借款年利率：18%\n{amount_label}：人民币{amount}元\n借款期限：30天\n平台服务费400元，由出借人从出借资金中代为扣除后支付给平台。\n到期应还本息：人民币{due}元\n"
    )
}

#[test]
fn the_amount_paid_out_is_the_principal_when_the_sum_due_says_so() {
    // 5,000 + 5,000 × 18% × 30/365 = 5,073.97: the 5,000 is the loan before the fee.
    for label in ["放款金额", "出借金额（放款）", "放款金额（元）"] {
        let a = analysed(&payday(label, "5,000.00", "5,073.97"));
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(5000)),
            "{label}"
        );
        assert_eq!(
            t.disbursed.as_ref().map(|d| d.amount),
            Some(dec!(4600)),
            "{label}"
        );
        assert!(a.report.cost.is_some(), "{label}: no cost");
    }
}

#[test]
fn the_amount_paid_out_is_what_arrives_when_the_sum_due_says_so() {
    // 4,600 arrives; the sum due 5,073.97 is 5,000 with its interest, not 4,600 with its
    // (4,600 + 68.05 = 4,668.05): the principal is 4,600 + the 400 fee.
    let a = analysed(&payday("放款金额", "4,600.00", "5,073.97"));
    let t = &a.report.terms;
    assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(5000)));
    assert_eq!(t.disbursed.as_ref().map(|d| d.amount), Some(dec!(4600)));
}

#[test]
fn nothing_stated_to_decide_leaves_the_principal_open_and_says_so() {
    let text =
        payday("放款金额", "5,000.00", "5,073.97").replace("到期应还本息：人民币5,073.97元\n", "");
    let a = analysed(&text);
    assert!(a.report.terms.principal.is_none());
    assert!(
        a.report
            .terms
            .assumptions
            .iter()
            .any(|s| s.contains("the principal is left open")),
        "{:?}",
        a.report.terms.assumptions
    );
}

#[test]
fn a_repayment_period_of_two_dates_or_a_bare_due_date_gives_the_term() {
    // 8,000 at 12% from 1 March to 15 April 2021: 45 days, 8,000 × 12% × 45/365 = 118.36,
    // 8,118.36 due.
    let head = "借款协议\n本协议于2021年03月01日签署。\n出借人：郑伟\n借款人：孙丽\n借款金额：人民币8,000.00元\n借款年利率：12%\n偿还本息数额：人民币8,118.36元\n";
    for period in [
        "还款起止日期：2021年03月01日至2021年04月15日",
        "借款起止日期 2021年3月1日-2021年4月15日",
        "还款日：2021年04月15日",
        "还款日：2021-04-15",
    ] {
        let a = analysed(&format!("{head}{period}\n"));
        let term = a.report.terms.term.as_ref();
        assert_eq!(term.and_then(|t| t.days), Some(45), "{period}");
        assert!(a.report.cost.is_some(), "{period}: no cost");
    }
}

#[test]
fn a_monthly_due_day_is_no_due_date() {
    let text = "借款协议\n签订日期：2021年3月1日\n出借人：郑伟\n借款人：孙丽\n借款金额：人民币12,000.00元\n借款期限：12个月\n还款日：每月15日\n年利率：10%，按月等额本息还款。\n";
    let a = analysed(text);
    assert_eq!(
        a.report.terms.term.as_ref().and_then(|t| t.months),
        Some(12)
    );
}

fn fired(text: &str) -> Vec<(String, String)> {
    analysed(text)
        .report
        .findings
        .iter()
        .map(|f| {
            (
                f.rule_id.clone(),
                format!("{:?}", f.severity).to_lowercase(),
            )
        })
        .collect()
}

#[test]
fn a_2015_regime_contract_is_held_to_24_percent_for_overdue_interest() {
    let body = |date: &str, overdue: &str| {
        format!(
            "借款合同\n签订日期：{date}\n出借人：王强\n借款人：陈静\n借款金额：人民币10,000元，借款期限6个月，年利率12%，按月付息，到期还本。\n借款人逾期还款的，{overdue}\n"
        )
    };
    for overdue in [
        "按逾期金额每日千分之一计收罚息。",
        "自逾期之日起按日0.1%支付逾期利息。",
        "逾期利率为年化36%。",
    ] {
        let old = fired(&body("2018年6月1日", overdue));
        assert!(
            old.contains(&("cn-pl-overdue-above-24-legacy".into(), "violation".into())),
            "{overdue}: {old:?}"
        );
        // The same clause in a contract of 2021 is judged by the current line, not the old one.
        let new = fired(&body("2021年6月1日", overdue));
        assert!(
            !new.iter().any(|(id, _)| id.ends_with("-legacy")),
            "{overdue}: {new:?}"
        );
        assert!(
            new.iter().any(|(id, _)| id == "cn-pl-overdue-above-4x-lpr"),
            "{overdue}: {new:?}"
        );
    }
    // 日万分之五 is 18.25% a year: within the old line.
    let within = fired(&body("2018年6月1日", "按逾期金额每日万分之五计收罚息。"));
    assert!(
        !within
            .iter()
            .any(|(id, _)| id == "cn-pl-overdue-above-24-legacy"),
        "{within:?}"
    );
}

#[test]
fn a_2015_regime_total_of_default_charges_is_at_most_a_warning() {
    // Overdue interest 18.25% + a 违约金 of 日千分之0.5 (18.25%): 36.5% in all, above 24%, each
    // part within it. Art. 30 of 2015 is quoted from memory: a warning, never a violation.
    let text = "借款合同\n签订日期：2019年2月1日\n出借人：王强\n借款人：陈静\n借款金额：人民币10,000元，借款期限6个月，年利率12%，按月付息，到期还本。\n借款人逾期的，每日按逾期金额的万分之五计收罚息，并每日按逾期金额的万分之五支付违约金。\n";
    let f = fired(text);
    assert!(
        f.contains(&(
            "cn-pl-default-charges-above-24-legacy".into(),
            "warning".into()
        )),
        "{f:?}"
    );
    assert!(
        !f.iter()
            .any(|(id, _)| id == "cn-pl-overdue-above-24-legacy"),
        "{f:?}"
    );
}

/// A P2P 借款及服务协议 laid out as its template: investors in a table, the loan's figures in a
/// second table, the payout date written before its bracketed label.
const P2P_TABLES: &str = "借款及服务协议\n甲方（出借方）：\n用户名 投资金额 每月应收本息\nli_hua 30,000.00 2,665.46\nzhou88 20,000.00 1,776.98\n乙方（融资方）：赵小军\n丙方（见证人）：某某信息科技有限公司\n借款本金数额 50,000.00\n借款年利率 12%\n借款期限 12个月\n月偿还本息数额 4,442.44\n还款日 自 2016年 4 月 10 日 起，每月 10 日（24:00前，节假日不顺延）。\n还款方式 按月等额本息\n罚息总额 = 逾期本息总额×对应罚息利率 0.05%×逾期天数；\n逾期管理费总额 = 逾期本息总额×对应逾期管理费率 0.1%×逾期天数；\n2016年3月10日【放款日期】\n";

#[test]
fn a_date_before_its_bracketed_label_and_a_series_start_are_read_as_such() {
    let a = analysed(P2P_TABLES);
    let t = &a.report.terms;
    let day = |d: &Option<loanlint::model::DateTerm>| d.as_ref().map(|d| d.date.to_string());
    assert_eq!(day(&t.disbursement_date).as_deref(), Some("2016-03-10"));
    assert_eq!(day(&t.first_payment_date).as_deref(), Some("2016-04-10"));
    assert_eq!(
        day(&t.maturity_date),
        None,
        "a series' first day is no maturity"
    );
    // No signing date: the payout date dates the contract, so the 2015 regime applies.
    assert!(
        a.report
            .findings
            .iter()
            .all(|f| f.rule_id != "cn-pl-interest-above-4x-lpr"),
        "{:?}",
        a.report
            .findings
            .iter()
            .map(|f| &f.rule_id)
            .collect::<Vec<_>>()
    );
    for (label, which) in [
        ("【签订日期】", "contract"),
        ("（起息日）", "payout"),
        ("[到期日]", "due"),
    ] {
        let text = P2P_TABLES.replace(
            "2016年3月10日【放款日期】",
            &format!("2016年3月10日{label}"),
        );
        let t = analysed(&text).report.terms;
        let got = match which {
            "contract" => day(&t.contract_date),
            "payout" => day(&t.disbursement_date),
            _ => day(&t.maturity_date),
        };
        assert_eq!(got.as_deref(), Some("2016-03-10"), "{label}");
    }
}

#[test]
fn investors_in_a_table_make_a_p2p_loan_and_overdue_sums_are_the_arrears() {
    let a = analysed(P2P_TABLES);
    let lender = a.report.terms.lender.as_ref().map(|l| l.lender_type);
    assert_eq!(lender, Some(loanlint::model::LenderType::P2pPlatform));
    // 0.05% + 0.1% a day on the arrears: 18.25% + 36.5% = 54.75% a year, not scaled up to
    // the whole principal.
    let f = a
        .report
        .findings
        .iter()
        .find(|f| f.rule_id == "cn-pl-default-charges-above-24-legacy")
        .expect("the 2015 total");
    assert!(f.message.contains("54.75%"), "{}", f.message);
}

#[test]
fn a_bare_due_date_glued_to_the_line_before_is_still_the_due_date_but_a_first_one_is_not() {
    let head = "借款协议\n本协议于2021年03月01日签署。\n出借人：郑伟\n借款人：孙丽\n借款金额：人民币8,000.00元\n借款年利率：12%\n偿还本息数额：人民币8,118.36元\n";
    let a = analysed(&format!("{head}还款日 2021-04-15\n"));
    assert_eq!(a.report.terms.term.as_ref().and_then(|t| t.days), Some(45));
    for first in [
        "首期还款日 2021-04-15",
        "首期应还款日：2021-04-15",
        "每期还款日 2021-04-15",
    ] {
        let t = analysed(&format!("{head}{first}\n")).report.terms;
        assert!(t.maturity_date.is_none(), "{first}: {:?}", t.maturity_date);
    }
}

/// The old printed form of a 借款合同 (贷款方 / 借款方 / 保证方, 第三条:借款金额 / 金额:…,
/// 借款利息为千分之…, a period in Chinese-numeral dates after a sentence that names it).
fn printed_form(rate: &str, period: &str) -> String {
    format!(
        "借款合同\n贷款方：孙国华\n借款方：钱立新\n保证方：周海\n借款方为经营需要，向贷款方申请借款，经三方协商，特订立本合同。\n第三条:借款金额\n金额：人民币(大写)叁万元整.\n第四条:借款利率\n借款利息为{rate}，利随本清。\n第五条:借款和还款期限\n{period}\n第六条:还款方式 到期一次还清\n贷款方：孙国华（签字）\n借款方：钱立新（签字）\n二〇二三年六月一日\n"
    )
}

#[test]
fn the_printed_form_gives_principal_and_period() {
    for period in [
        "1.借款时间共一年。自二〇二三年六月一日起，至二〇二四年六月一日止。",
        "借款期限一年。从二〇二三年六月一日起至二〇二四年六月一日止。",
    ] {
        let t = analysed(&printed_form("千分之八", period)).report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(30000)),
            "{period}"
        );
        assert_eq!(t.term.as_ref().and_then(|t| t.months), Some(12), "{period}");
    }
    // A bare 金额 elsewhere (a fee's, a deposit's) is no principal.
    let text =
        printed_form("千分之八", "借款期限一年。").replace("第三条:借款金额\n", "第三条:保证金\n");
    assert!(analysed(&text).report.terms.principal.is_none());
}

#[test]
fn a_per_mille_rate_with_no_period_is_read_both_ways() {
    let period = "自二〇二三年六月一日起，至二〇二四年六月一日止。";
    // 千分之八: 0.8% a year or 0.8% a month (9.6% a year): both within 4 × LPR (14.6%).
    let a = analysed(&printed_form("千分之八", period));
    let range = a
        .report
        .apr_range
        .as_ref()
        .expect("a range over the two readings");
    assert_eq!(range.low_percent.round_dp(2), dec!(0.80));
    assert_eq!(range.high_percent.map(|h| h.round_dp(2)), Some(dec!(9.60)));
    // 千分之十五: 18% a year if monthly: the cap breaks on one reading only, so a warning
    // that says what it depends on, never a violation.
    let b = analysed(&printed_form("千分之十五", period));
    let f = b
        .report
        .findings
        .iter()
        .find(|f| f.rule_id == "cn-pl-interest-above-4x-lpr")
        .expect("the cap on one reading");
    assert_eq!(format!("{:?}", f.severity), "Warning");
    // Written with its period it is one reading.
    let c = analysed(&printed_form("月息千分之十五", period));
    assert!(c.report.apr_range.is_none());
}

#[test]
fn a_percentage_with_grouped_thousands_is_read_whole() {
    for (line, want) in [
        ("综合年化费率：1,095%", dec!(1095)),
        ("年化利率 1,460.00%", dec!(1460)),
    ] {
        let text = format!(
            "借款合同\n出借人：李强\n借款人：张三\n借款金额：1,000元，借款期限7天，到期一次性还本付息。\n{line}\n签订日期：2025年3月1日\n"
        );
        let t = analysed(&text).report.terms;
        assert!(
            t.rates.iter().any(|r| r.value == want),
            "{line}: {:?}",
            t.rates
        );
    }
}
