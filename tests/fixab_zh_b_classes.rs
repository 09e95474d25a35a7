#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Chinese classes of held-out batch AB (fixer B), on texts of our own wording, each in more
//! than one wording: a lender named by their tie to a party (甲方员工 某某) is a person, so the
//! private-lending cap applies whoever borrows; a bare digit after 厘 continues the rate
//! (月息九厘八 = 0.98%); a term said with 为期 (为期壹年); the signing date of a closing
//! 自…双方签字之日起生效; a fee stated as a share of the loan on the line under its label, paid
//! at maturity out of a named source; a reminder before the due date is no demand in default.
//! Expected values are read off the texts by hand; the arithmetic is in the comments.

use chrono::NaiveDate;
use loanlint::analysis::{AnalysisOptions, analyse_file_full};
use loanlint::check::Checker;
use loanlint::message::{MessageRules, Tier, analyse};
use loanlint::model::{Fee, FeeTiming, LenderType, Per, Severity};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::common;
use crate::extract_zh_unseen_f::analysed;

#[test]
fn a_lender_named_by_their_tie_to_a_party_is_a_person_under_the_private_lending_cap() {
    // 1.6% a month = 19.2% a year > 4 × LPR (3.00% in 2026) = 12%: a violation, whoever borrows.
    let texts = [
        (
            "职工借款合同\n借款方（甲方）：青禾包装材料有限公司\n出借方（乙方）：甲方员工 孟庆华\n一、乙方向甲方出借资金8万元。\n二、借款期限12个月，自2026年3月10日起至2027年3月10日止。\n三、月利率1.6%，每月10日支付利息1,280.00元，到期归还本金。\n日期：2026年3月10日\n",
            "孟庆华",
        ),
        (
            "借款协议\n借款人：远川物流有限公司\n贷款人：借款人的朋友 周立群\n借款金额：80,000元，借期一年，月利率1.6%，按月付息，到期还本。\n签订日期：2026年3月10日\n",
            "周立群",
        ),
        (
            "内部借款协议\n借款单位：明澜科技有限公司\n出借人：本公司职工王建平\n借款金额人民币80,000元，借款期限12个月，月利率1.6%，利息每月支付，本金到期一次归还。\n2026年3月10日\n",
            "王建平",
        ),
    ];
    for (text, name) in texts {
        let a = analysed(text);
        let lender = a.report.terms.lender.as_ref().unwrap();
        assert_eq!(lender.lender_type, LenderType::Individual, "{text}");
        assert_eq!(lender.name.as_deref(), Some(name), "{text}");
        assert!(
            a.report
                .findings
                .iter()
                .any(|f| f.severity == Severity::Violation
                    && f.rule_id == "cn-pl-interest-above-4x-lpr"),
            "{text}: {:?}",
            a.report
                .findings
                .iter()
                .map(|f| &f.rule_id)
                .collect::<Vec<_>>()
        );
    }
}

fn first_rate(text: &str) -> (Decimal, Option<Per>) {
    let t = analysed(text).report.terms;
    let r = t.rates.first().unwrap_or_else(|| panic!("no rate: {text}"));
    (r.value, Some(r.per))
}

#[test]
fn a_bare_digit_after_li_continues_the_rate_in_hao() {
    let cases = [
        // 九厘 = 0.9%, 八 = 0.08%: 0.98% a month.
        ("月息九厘八", dec!(0.98), Per::Month),
        ("月息玖厘捌", dec!(0.98), Per::Month),
        // A year's 厘 is 1%: 八厘五 = 8.5% a year.
        ("年息八厘五", dec!(8.5), Per::Year),
        // A day's 厘 is 0.01%: 三厘五 = 0.035% a day.
        ("日息三厘五", dec!(0.035), Per::Day),
        // Unchanged: 九厘 alone, and 一分二 (the 厘 after a 分).
        ("月息九厘", dec!(0.9), Per::Month),
        ("月息一分二", dec!(1.2), Per::Month),
    ];
    for (rate, value, per) in cases {
        let text = &format!(
            "借款协议\n出借人：韩德贵\n借款人：钱小勇\n借款金额：人民币50,000元\n借款期限：12个月，自2026年3月5日起\n双方约定{rate}，利息于借款到期时与本金一并归还。\n签订日期：2026年3月5日\n"
        );
        let (v, p) = first_rate(text);
        assert_eq!((v.normalize(), p), (value, Some(per)), "{text}");
    }
}

#[test]
fn a_term_said_with_weiqi_is_the_loan_term() {
    let cases = [
        (
            "今借到邻居周建人民币叁万元整，自二〇二六年五月一日起，为期壹年，年利率百分之五，到期一并归还。\n借款人：吴明\n二〇二六年五月一日\n",
            Some(12),
            None,
        ),
        (
            "借款金额20,000元，借款为期六个月，月利率1%，到期还本付息。签订日期：2026年5月1日",
            Some(6),
            None,
        ),
        (
            "借款金额10,000元，为期90天，日利率0.03%，到期一次还本付息。签订日期：2026年5月1日",
            None,
            Some(90),
        ),
    ];
    for (text, months, days) in cases {
        let t = analysed(text).report.terms;
        let term = t.term.unwrap_or_else(|| panic!("no term: {text}"));
        assert_eq!((term.months, term.days), (months, days), "{text}");
    }
}

#[test]
fn the_day_both_sides_sign_closing_a_paragraph_is_the_contract_date() {
    let texts = [
        "借款协议 甲方张立新向乙方李春明出借人民币30,000.00元，借期一年至二〇二七年六月八日止，月息八厘，到期一并归还本息，本协议一式两份，自二〇二六年六月八日双方签字之日起生效。",
        "出借人赵海与借款人钱进约定：借款金额人民币30,000元，借期一年，到期日2027年6月8日，月利率0.8%，到期还本付息。本协议自2026年6月8日甲乙双方签字盖章之日起生效。",
    ];
    for text in texts {
        let t = analysed(text).report.terms;
        assert_eq!(
            t.contract_date.map(|d| d.date),
            NaiveDate::from_ymd_opt(2026, 6, 8),
            "{text}"
        );
    }
}

#[test]
fn a_fee_as_a_share_of_the_loan_under_its_label_paid_at_maturity_from_a_source_is_read() {
    // 20,000 × 1% = 200, paid once at the end with the principal and interest.
    let texts = [
        (
            "借款确认\n借款金额\n20,000.00元\n借款天数\n30天\n日利率\n0.04%\n平台服务费\n借款金额的1%，即200.00元，到期与本息一并从店铺货款中扣收\n确认时间：2026年9月1日\n",
            "平台服务费",
        ),
        (
            "借款金额：20,000.00元\n借款期限：30天\n日利率：0.04%\n服务费：按借款本金的1%收取，即200元，到期时与本息一并从您的还款账户扣取\n签订日期：2026年9月1日\n",
            "服务费",
        ),
        (
            "借款金额 20,000元\n期限 30天\n日利率 0.04%\n账户管理费\n借款本金×1%，计200元，借款到期时一次性从绑定银行卡中划扣\n日期：2026年9月1日\n",
            "账户管理费",
        ),
    ];
    for (text, name) in texts {
        let fee = fee_named(text, name);
        assert_eq!(fee.timing, FeeTiming::AtMaturity, "{text}");
        assert_eq!(fee.percent, Some(dec!(1)), "{text}");
    }
}

/// The fee of that name the text's terms list.
fn fee_named(text: &str, name: &str) -> Fee {
    let fees = analysed(text).report.terms.fees;
    fees.iter()
        .find(|f| f.name == name)
        .cloned()
        .unwrap_or_else(|| panic!("{name} not read: {fees:?} in {text}"))
}

fn context_one_day(contract: &str) -> loanlint::message::ContractContext {
    let checker = Checker::load(&[]).unwrap();
    let path = common::samples_dir().join(contract);
    let analysis = analyse_file_full(&path, &AnalysisOptions::default(), &checker).unwrap();
    loanlint::overdue::contract_context(&analysis, &checker, None)
}

#[test]
fn a_reminder_before_the_due_date_of_the_contracts_instalment_is_lawful() {
    // zh-01: the first instalment is 916.80; recomputed at the lawful cap it is 889.46, which a
    // demand in default would be measured against. A reminder before the due date asks for the
    // contract's instalment, which is not yet late.
    let ctx = context_one_day("zh-01-wangdai-equal-installment.txt");
    let rules = MessageRules::bundled().unwrap();
    for text in [
        "【速借花】尊敬的用户，您本期应还916.80元，还款日为5月15日，请于还款日前存入绑定银行卡。",
        "温馨提示：您的第2期账单916.80元将于明日到期，届时系统自动扣款，请保持卡内余额充足。",
        "【速借花】距本期还款日还有3天，应还金额916.80元，可在APP内主动还款。",
        "您好，您的借款本期916.80元3天后到期，请提前准备资金。",
    ] {
        let r = analyse(text, rules, Some(&ctx), None);
        assert_eq!(r.tier, Tier::LawfulReminder, "{text}: {:?}", r.findings);
    }
    // The same sum said to be late is measured against the lawful claim; a reminder asking for
    // more than the instalment is measured too.
    for text in [
        "【速借花】您本期应还916.80元已逾期1天，请立即还款。",
        "温馨提示：您的本期账单1,200.00元将于明日到期，请保持卡内余额充足。",
    ] {
        let r = analyse(text, rules, Some(&ctx), None);
        assert_eq!(
            r.tier,
            Tier::DemandAboveLawfulClaim,
            "{text}: {:?}",
            r.findings
        );
    }
}

#[test]
fn a_translated_establishment_fee_paid_on_the_settlement_day_is_a_fee_at_payout() {
    let texts = [
        (
            "个人贷款合同（中文译本）\n贷款人：Harbour Lane Finance Ltd\n贷款金额：新西兰元12,000.00\n年利率：11.5%\n贷款期限：36个月\n设立费：新西兰元250.00，于结算日由借款人支付\n合同日期：2026年4月2日\n",
            "设立费",
            dec!(250),
        ),
        (
            "借款合同\n出借人：澄江商贸有限公司\n借款金额：人民币20,000元，期限12个月，年利率10%，按月等额本息还款。\n建立费：人民币300元，借款人在贷款结算日当天支付。\n签订日期：2026年4月2日\n",
            "建立费",
            dec!(300),
        ),
    ];
    for (text, name, amount) in texts {
        let fee = fee_named(text, name);
        assert_eq!(fee.timing, FeeTiming::AtDisbursement, "{text}");
        assert_eq!(fee.amount, Some(amount), "{text}");
    }
}
