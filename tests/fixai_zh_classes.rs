#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Chinese classes of held-out batch AI (fixer fixai-zh), on texts of our own wording.

use loanlint::model::{FeeTiming, Frequency, LenderType, RepaymentMethod};
use rust_decimal_macros::dec;

use crate::extract_zh_terms::ex;
use crate::extract_zh_unseen_f::analysed;

/// Interest paid with the principal at the end (连同本金一并归还, 利息随本金一次付清, 本息到期一并
/// 结清, 不按月付息…到期…归还): one payment at maturity, and a term in months is no count.
#[test]
fn interest_with_the_principal_at_the_end_is_one_payment() {
    let texts = [
        "借款人向出借人借款50,000元，年利率6%，借期六个月，利息不按季支付，于2027年1月15日连同本金一次性归还。",
        "借款金额20,000元，月利率0.8%，借款期限10个月，利息随本金一次付清。",
        "借款本金8万元，年利率7.2%，期限8个月，本息到期一并结清。",
        "今借到王某人民币12,000元，年息5%，借期7个月，不按月付息，借款到期后一并归还。",
        "借款10,000元，年利率9%，期限5个月，利息与本金于到期日一并偿还。",
    ];
    for text in texts {
        let t = ex(text);
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::Bullet),
            "{text}"
        );
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Single),
            "{text}"
        );
        assert!(
            t.installments.as_ref().is_none_or(|c| c.count == 1),
            "{text}"
        );
    }
}

/// Interest each period and "the last interest with the principal", or a default clause that
/// presumes monthly payments (如不按月还款), stays periodic.
#[test]
fn the_last_interest_with_the_principal_is_not_one_payment() {
    let t = ex(
        "借款50,000元，年利率6%，期限12个月，每月20日支付当月利息，最后一期利息于到期日连同本金一并归还。",
    );
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::InterestOnly)
    );
    let t = ex(
        "借款30,000元，年利率8%，期限12个月，按月还款。借款人如不按月还款，出借人有权提前收回借款。",
    );
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Monthly)
    );
}

/// A fee's total, then the total repayment in a definition list flattened to one line
/// (`手续费合计¥324.00 总还款¥6,324.00`): the fee is never the figure of the label after its
/// total, and a total that includes the principal is never a fee's amount. The fee's own
/// amount said after its rate and base (`每月0.9%,以商品金额计收,每期¥54.00`) is read as its
/// amount: 6,000 × 0.9% = 54.00, 6 × 54.00 = 324.00.
#[test]
fn a_fee_total_followed_by_the_total_repayment_is_not_the_fees_amount() {
    let text = "优选家电 · 分期确认\n商品金额¥6,000.00 分期期数6期 年利率（单利）0% 分期手续费每月0.9%,以商品金额计收,每期¥54.00 每期应还¥1,054.00 手续费合计¥324.00 总还款¥6,324.00\n下单时间：2026年11月3日\n";
    let t = ex(text);
    assert_eq!(t.fees.len(), 1, "{:?}", t.fees);
    let f = &t.fees[0];
    assert_eq!(f.amount, Some(dec!(54)), "{f:?}");
    assert_eq!(f.timing, FeeTiming::PerPeriod, "{f:?}");
}

/// The same restated total after a label of another figure, in prose with no list: the
/// figure after 还款总计 (8,000 + 12 × 80 = 8,960) is the total of payments, not the fee's.
#[test]
fn a_figure_labelled_after_a_fee_total_belongs_to_its_label() {
    let text = "借款金额8,000元，分12期，每期服务费按借款金额的1%收取，服务费共计960元 还款总计8,960元，签订日期2026年4月2日。";
    let t = ex(text);
    assert!(
        t.fees.iter().all(|f| f.amount != Some(dec!(8960))),
        "{:?}",
        t.fees
    );
    assert_eq!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(dec!(8960))
    );
}

/// The principal as the subject of the sum due at the end, the interest paid each quarter
/// (`借款本金：期满时一次性偿还80,000元`): the principal's part, not the total of payments.
#[test]
fn the_principal_due_at_the_end_is_not_the_total_of_payments() {
    let texts = [
        "借款合同\n出借人：罗永康\n借款人：罗建国\n1. 借款金额：80,000元，2026年3月1日转账。\n2. 借款期限：24个月。\n3. 利息：年利率9%，每季度付息1,800元。\n4. 借款本金：期满时一次性偿还80,000元。\n签订日期：2026年3月1日\n",
        "出借人：梁淑芬，借款人：梁志强。借款金额50,000元，年利率10%，每半年付息2,500元，借期两年；本金到期日一次归还50,000元。2026年1月10日",
    ];
    for text in texts {
        let t = ex(text);
        assert!(
            t.total_of_payments.is_none(),
            "{text}: {:?}",
            t.total_of_payments
        );
        assert!(
            !t.inconsistencies
                .iter()
                .any(|i| i.kind.starts_with("stated")),
            "{text}: {:?}",
            t.inconsistencies
        );
    }
}

/// A loan screen headed by a bank's own app (某某银行 手机银行): the bank lends.
#[test]
fn a_bank_app_loan_screen_is_a_bank_loan() {
    let text = "青川农商银行 手机银行\n安居装修贷\n借款金额　¥80,000.00\n年利率（单利）　3.9%\n还款方式　等额本息（按月）\n借款期限　36个月\n每月还款　¥2,358.36\n放款时间　2026年6月12日\n";
    let r = analysed(text).report;
    assert_eq!(
        r.terms.lender.as_ref().map(|l| l.lender_type),
        Some(LenderType::Bank)
    );
    // A bank is outside the private-lending provisions: its claim is not capped by them.
    let cap = r.lawful_claim.as_ref().and_then(|c| c.term_cap.as_ref());
    assert!(
        cap.is_none_or(|c| !c.citation.contains("法释〔2020〕17号")),
        "{cap:?}"
    );
}

/// Lender type unknown: the claim's 4 × LPR line binds private lenders only, and the claim
/// says so rather than assume the lender is one.
#[test]
fn an_unknown_lender_claim_says_what_its_cap_depends_on() {
    let text = "借款确认单\n借款金额　¥20,000.00\n年利率（单利）　6%\n还款方式　等额本息（按月）\n借款期限　12个月\n每月还款　¥1,721.33\n放款时间　2026年6月12日\n";
    let r = analysed(text).report;
    let claim = r.lawful_claim.as_ref().expect("a claim");
    assert_eq!(
        claim.term_cap.as_ref().map(|c| c.rule_id.as_str()),
        Some("cn-any-interest-above-4x-lpr")
    );
    let charges = claim
        .whole_loan
        .components
        .iter()
        .find(|c| c.key == "term_charges")
        .expect("the charges of the term");
    assert!(
        charges.arithmetic_zh.contains("出借人类型不明"),
        "{}",
        charges.arithmetic_zh
    );
    assert!(
        charges.arithmetic_en.contains("depends on who lends"),
        "{}",
        charges.arithmetic_en
    );
}
