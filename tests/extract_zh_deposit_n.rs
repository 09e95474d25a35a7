//! A deposit (保证金, 押金) held back from the payout and returned at the end, in cash or set
//! off against the last instalment (batch N class): not a fee charged every period, not a fee
//! at all, but money the borrower gets back with the last instalment. Texts of our own
//! wording, each with a rephrasing that must read the same, and a deposit that is kept (not
//! returned) that stays a charge. Expected figures from hand arithmetic checked in Python
//! (`decimal`, monthly IRR by bisection, × 12).

use loanlint::model::{FeeKind, Terms};
use rust_decimal_macros::dec;

use crate::extract_zh_terms::ex;
use crate::extract_zh_unseen_f::{analysed, apr, near};

fn deposit_fees(t: &Terms) -> usize {
    t.fees.iter().filter(|f| f.kind == FeeKind::Deposit).count()
}

#[test]
fn an_interest_only_loan_returning_its_deposit_costs_the_interest_on_what_was_received() {
    // 50,000 lent, 2,000 held back (48,000 received), 600 interest a month for 6 months, the
    // principal with the last and the deposit back then: flows +48,000, −600 × 5, −48,600:
    // 600 / 48,000 = 1.25% a month, 15.00% a year.
    for text in [
        "个人借款协议\n出借人：云溪小额贷款股份有限公司\n借款人：潘某\n一、借款本金人民币50,000.00元，借款期限6个月，自2025年3月5日至2025年9月5日。\n二、月利率1.2%，借款人每月5日支付利息600.00元，到期日归还本金。\n三、风险保证金为借款本金的4%即2,000.00元，于放款时从借款中预留，借款人实际到账48,000.00元。\n四、借款到期且借款人未发生逾期的，该保证金于到期日全额退还借款人。\n五、借款人逾期的，出借人可以保证金抵扣逾期款项。\n签署日期：2025年3月5日\n",
        "借款合同\n贷款方：云溪小额贷款股份有限公司；借款方：潘某。\n借款金额：伍万元整（¥50,000.00）。借款期限：六个月（2025年3月5日起）。\n利息：按月利率1.2%计算，每月付息600.00元，本金到期一次归还。\n押金：放款时直接扣除押金贰仟元，借款方实收肆万捌仟元。押金不计息，到期时用于抵减最后一期应还本金。\n签订日期：2025年3月5日\n",
    ] {
        let t = ex(text);
        assert_eq!(deposit_fees(&t), 0, "{text}");
        assert_eq!(
            t.deposit_returned.as_ref().map(|d| d.amount),
            Some(dec!(2000)),
            "{text}"
        );
        let a = analysed(text);
        assert!(near(apr(&a), dec!(15.00)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_level_payment_loan_setting_its_deposit_off_against_the_last_payment() {
    // 36,000 over 12 months at 9% a year (0.75% a month) of level payments: 3,148.25 (the
    // last 3,148.29); 1,800 (5%) held back, 34,200 received, set off against the last
    // payment (1,348.29): monthly IRR × 12 = 9.89% (18.79% if the deposit were lost).
    for text in [
        "消费分期借款合同\n贷款人：山川消费金融有限公司\n借款人：韦某\n借款金额：人民币36,000.00元\n借款期限：12个月\n年利率：9%\n还款方式：等额本息，按月还款\n履约保证金：借款金额的5%，放款时扣留，借款人实际收到34,200.00元；借款人按期还清前11期的，保证金在第12期直接冲抵当期应还款项。\n签约日期：2025年6月1日\n",
        "借款合同（分期）\n甲方：山川消费金融有限公司　乙方：韦某\n第一条 甲方借给乙方人民币叁万陆仟元整，期限十二个月，按等额本息方式按月归还，年利率9%。\n第二条 乙方应缴纳保证金人民币1,800.00元，由甲方在放款时直接扣留，乙方到账34,200.00元。\n第三条 最后一期还款时，保证金无息抵作乙方最后一期的还款。\n签约日期：2025年6月1日\n",
    ] {
        let t = ex(text);
        assert_eq!(deposit_fees(&t), 0, "{text}");
        let a = analysed(text);
        assert!(near(apr(&a), dec!(9.89)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_deposit_that_is_never_returned_stays_a_charge() {
    // The same loan, but the deposit is kept whatever happens: a charge, not money back.
    let text = "消费分期借款合同\n贷款人：山川消费金融有限公司\n借款人：韦某\n借款金额：人民币36,000.00元\n借款期限：12个月\n年利率：9%\n还款方式：等额本息，按月还款\n保证金：借款金额的5%，放款时扣留，借款人实际收到34,200.00元，保证金不予退还。\n签约日期：2025年6月1日\n";
    let t = ex(text);
    assert!(t.deposit_returned.is_none());
    let a = analysed(text);
    assert!(apr(&a).is_some_and(|x| x > dec!(15)), "{:?}", apr(&a));
}
