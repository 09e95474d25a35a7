//! Classes of failure behind held-out batch Y's Chinese misses (`zh-c*`), each on texts of our
//! own wording in several layouts: a repayment table flattened onto one line, where each
//! period's whole payment sits beside a fee rate (the payment is never a fee); a private lender
//! named only by a person's name; money in New Taiwan, Hong Kong or Macau dollars (out of
//! scope, never priced as yuan); an app page recording the borrower's concluded loan; a
//! 保证金 that is never returned (a charge, not a deposit).
//! Expected costs come from an independent computation (Python `decimal`, bisection on the
//! IRR of the flows x 12):
//!
//! ```text
//! 3,000 over 6, 518 a month: 12.2394%   9,000 over 12, 786 a month: 8.7451%
//! 6,000 over 10, 630 a month: 10.7649%
//! ```

use loanlint::model::{FeeTiming, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, near};
use crate::extract_zh_unseen_i::lender;

fn payment(t: &Terms) -> Option<Decimal> {
    t.payment.as_ref().map(|p| p.amount)
}

fn violations(a: &loanlint::analysis::Analysis) -> Vec<String> {
    a.report
        .findings
        .iter()
        .filter(|f| f.severity == loanlint::model::Severity::Violation)
        .map(|f| f.rule_id.clone())
        .collect()
}

#[test]
fn each_periods_payment_in_a_flattened_row_is_never_a_fee() {
    for (text, pay, fee, cost) in [
        (
            "顺达家电 分期付款单\n客户 贺明远  商品 双门冰箱  售价 3,600.00\n首付 600.00  分期本金 3,000.00  期数 6  月服务费率 0.6%  每月应还 518.00  首次还款 2026年3月5日\n本分期不收利息。\n签约日期 2026年2月5日\n",
            dec!(518),
            None,
            dec!(12.2394),
        ),
        (
            "分期确认单（乐购数码）\n分期金额\t9,000.00\t分期期数\t12\t手续费率（月）\t0.4%\t月还款额\t786.00\n免息，手续费按月收取。签约日期：2026年4月1日\n",
            dec!(786),
            None,
            dec!(8.7451),
        ),
        (
            "康健口腔 分期协议\n分期金额 6,000.00  期数 10  月手续费 30.00  每期还款 630.00  首期 2026年9月1日\n不收取利息。签约日期 2026年8月1日\n",
            dec!(630),
            Some(dec!(30)),
            dec!(10.7649),
        ),
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(payment(t), Some(pay), "{text}");
        // No fee takes the payment's figure; a fee of its own figure stays.
        assert!(
            t.fees.iter().all(|f| f.amount != Some(pay)),
            "{:?} {text}",
            t.fees
        );
        if let Some(fee) = fee {
            assert!(
                t.fees
                    .iter()
                    .any(|f| f.amount == Some(fee) && f.timing == FeeTiming::PerPeriod),
                "{:?} {text}",
                t.fees
            );
        }
        assert!(near(apr(&a), cost), "{:?} {text}", apr(&a));
        assert!(violations(&a).is_empty(), "{:?} {text}", violations(&a));
        assert!(t.repayment.is_some(), "{text}");
    }
}

#[test]
fn a_lender_named_only_by_a_persons_name_is_a_private_lender() {
    // LPR one-year on 2022-06-01: 3.70%, so 4 x = 14.80%; 20% and 1.8% x 12 = 21.6% exceed it.
    for text in [
        "借款协议\n借款人孔德明向出借人柴玉芬借款人民币40,000元，借期一年，自2022年6月1日至2023年6月1日，年利率20%，到期一次还本付息。\n借款人：孔德明\n2022年6月1日\n",
        "借款合同\n甲方（出借人）：柴玉芬，住址：东城区和平里\n乙方（借款人）：孔德明\n甲方出借人民币40,000元给乙方，月利率1.8%，期限12个月，自2022年6月1日起，到期一次归还本息。\n签订日期：2022年6月1日\n",
        "收款确认\n本人孔德明于2022年6月1日收到出借人柴玉芬（女）出借的人民币40,000元，约定年利率20%，一年后连本带息归还。\n孔德明\n",
    ] {
        let a = analysed(text);
        assert_eq!(
            lender(&a),
            Some(loanlint::model::LenderType::Individual),
            "{text}"
        );
        assert!(
            violations(&a)
                .iter()
                .any(|r| r.ends_with("-interest-above-4x-lpr")),
            "{:?} {text}",
            violations(&a)
        );
    }
    // The lender's label before a verb or an organisation is no person's name.
    for text in [
        "借款合同\n借款金额50,000元，年利率20%，期限一年，自2022年6月1日起，到期一次还本付息。\n出借人有权于借款人违约时提前收回借款。\n",
        "借款合同\n出借人宏信小额贷款有限公司向借款人孔德明发放贷款50,000元，年利率20%，期限一年，自2022年6月1日起。\n",
    ] {
        assert_ne!(
            lender(&analysed(text)),
            Some(loanlint::model::LenderType::Individual),
            "{text}"
        );
    }
}

#[test]
fn money_of_taiwan_hong_kong_or_macau_is_never_read_as_yuan() {
    for (text, currency) in [
        (
            "當　票\n當舖：永昌當舖\n當戶：陳家豪\n當物：金項鍊一條\n當本：新臺幣12,000元\n月利率：2%\n當期：2個月，期滿時償還當本並付清利息，即得贖回。\n",
            "TWD",
        ),
        (
            "借據\n今向王志明借得新台幣伍萬元整（NT$50,000），月息1.5%，一年後期滿時一次償還本息。\n借款人：林美惠\n",
            "TWD",
        ),
        (
            "借款確認書\n借款人李家樂向出借人借入港幣80,000元（HK$80,000），年利率18%，借期12個月，到期一次清還本息。\n",
            "HKD",
        ),
        (
            "借款單\n借款金額：澳門幣20,000元，月利率1%，借期6個月，到期時連本帶息一次歸還。\n",
            "MOP",
        ),
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        let principal = t.principal.as_ref().expect(text);
        assert_eq!(principal.currency, currency, "{text}");
        // Out of scope of the mainland rules: no verdict comes of it.
        assert!(violations(&a).is_empty(), "{:?} {text}", violations(&a));
        // The one sum at the end: a single payment.
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
    }
}

#[test]
fn an_app_page_recording_the_borrowers_concluded_loan_is_its_contract() {
    for text in [
        "借款详情\n放款成功\n借款金额　　8,000.00元\n收款账户　　工商银行(尾号0921)\n借款期限　　6个月\n还款方式　　等额本息\n年化利率　　14.6%（单利）\n借款时间　　2026-03-02 09:41\n查看借款合同 >\n",
        "< 借款记录\n✓ 借款成功，资金已到账\n到账金额  5,000.00元\n放款时间  2026年5月8日 20:15\n分期数  12期\n日利率  0.04%\n每期应还  450.62元\n查看协议 >\n",
    ] {
        let kind = analysed(text).report.document.as_ref().map(|d| d.kind);
        assert_eq!(kind, Some(loanlint::DocumentKind::LoanContract), "{text}");
    }
}

fn deposit_kinds(t: &Terms) -> Vec<loanlint::model::FeeKind> {
    t.fees
        .iter()
        .filter(|f| f.name.contains("保证金") || f.name.contains("押金"))
        .map(|f| f.kind)
        .collect()
}

#[test]
fn a_deposit_never_returned_is_a_charge_and_a_returned_one_a_deposit() {
    use loanlint::model::FeeKind;
    for text in [
        "借款合同\n贷款人：禾丰小额贷款有限公司\n借款人：韦立新\n借款金额：人民币50,000元，借款期限12个月，年利率12%，按月等额本息还款。\n借款人应缴纳履约保证金5,000元，在放款时从借款本金中直接扣除。该保证金概不退还。\n签订日期：2026年6月1日\n",
        "借款合同\n贷款人：禾丰小额贷款有限公司\n借款人：韦立新\n借款金额：人民币50,000元，期限12个月，年利率12%，等额本息。\n放款时扣收押金5,000元，押金不予退还；贷款人实际划付45,000元。\n签订日期：2026年6月1日\n",
    ] {
        let t = analysed(text).report.terms;
        assert_eq!(
            deposit_kinds(&t),
            vec![FeeKind::Other],
            "{:?} {text}",
            t.fees
        );
    }
    // Returned at the end, or kept only on a default: still a deposit (or set off, not a fee).
    for text in [
        "借款合同\n贷款人：禾丰小额贷款有限公司\n借款人：韦立新\n借款金额：人民币50,000元，期限12个月，年利率12%，等额本息。\n放款时扣收押金5,000元；借款人逾期的，押金不予退还，未逾期的，押金于最后一期还款时退还借款人。\n签订日期：2026年6月1日\n",
        "借款合同\n贷款人：禾丰小额贷款有限公司\n借款人：韦立新\n借款金额：人民币50,000元，期限12个月，年利率12%，等额本息。\n借款人缴纳保证金5,000元，借款结清后全额退还。\n签订日期：2026年6月1日\n",
    ] {
        let t = analysed(text).report.terms;
        assert!(
            !deposit_kinds(&t).contains(&FeeKind::Other),
            "{:?} {text}",
            t.fees
        );
    }
}
