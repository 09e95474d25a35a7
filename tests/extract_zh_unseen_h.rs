//! Classes of failure found on Chinese contracts of batch H (issue 13), each on contracts of
//! our own wording and a rephrasing that must read the same (metamorphic pairs): the amount
//! lent as a price less its down payment, an IOU whose amount stands sentences after 今借到,
//! an approved amount over the amount applied for, interest paid every three months with the
//! principal at the last payment, a count known only as the total ÷ the instalment with a fee
//! inside the instalment's breakdown, a fee stated as zero, and a fee timed by a pronoun
//! (该笔费用) in a sentence with other figures.
//! Expected costs come from an independent Python computation (IRR of the cash flows × the
//! periods in a year; rows rounded half up to the cent, the last taking the remainder).

use loanlint::model::{FeeTiming, RepaymentMethod, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, date, method, near};

pub(crate) fn principal(t: &Terms) -> Option<Decimal> {
    t.principal.as_ref().map(|p| p.amount)
}

pub(crate) fn count(t: &Terms) -> Option<u32> {
    t.installments.as_ref().map(|c| c.count)
}

pub(crate) fn months(t: &Terms) -> Option<u32> {
    t.term.as_ref().and_then(|x| x.months)
}

#[test]
fn a_price_less_its_down_payment_is_the_amount_lent() {
    // A course of 12,800 with 800 down: 12,000 lent, 12 × 1,080 = 12,960; no rate written:
    // 14.45% (Python).
    for text in [
        "职业技能培训分期付款合同\n学员：欧阳某\n培训机构：启程职业培训学校\n资金方：丰和消费金融有限公司\n课程总价：12,800.00元\n首付款：800.00元\n分期期数：12期\n每期应还：1,080.00元\n还款日：每月5日\n签约日期：2025年9月5日\n",
        "分期付款合同\n学员欧阳某报读启程职业培训学校的课程，课程费用为人民币12800元，首付800元，由丰和消费金融有限公司为余款提供分期贷款，分12期，每月还款1080元，每月5日扣款。本合同于2025年9月5日签订。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(12000)), "{text}");
        assert!(t.inferred.iter().any(|i| i.field == "principal"), "{text}");
        assert_eq!(count(t), Some(12), "{text}");
        assert!(near(apr(&a), dec!(14.4521)), "{:?} {text}", apr(&a));
    }
    // A price with no down payment written is not read as the amount lent.
    let a = analysed(
        "分期付款合同\n课程总价：12,800.00元\n分期期数：12期\n每期应还：1,080.00元\n签约日期：2025年9月5日\n",
    );
    assert_eq!(principal(&a.report.terms), None);
}

#[test]
fn the_amount_approved_is_the_loan_not_the_amount_applied_for() {
    // 20,000 approved of 30,000 asked, 等额本金 over 12 months at 0.5% a month: 6.00% (Python).
    for text in [
        "个人消费贷款审批通知书\n借款人：司马某\n申请金额：人民币30,000.00元\n核准金额：人民币20,000.00元\n贷款期限：12个月\n月利率：0.5%\n还款方式：等额本金\n贷款人：岚山银行股份有限公司\n签订日期：2025年4月1日\n",
        "个人消费贷款审批通知书\n借款人司马某申请借款金额30000元，经审核，审批金额为20000元，贷款期限12个月，月利率0.5%，按月等额本金还款。贷款人：岚山银行股份有限公司。本通知于2025年4月1日签署。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(20000)), "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::EqualPrincipal), "{text}");
        assert!(near(apr(&a), dec!(6.0000)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn an_iou_amount_sentences_after_the_lender_with_interest_every_quarter() {
    // 25,000 at 8% a year, 500 each quarter, the principal with the 4th: 8.00% (Python).
    for text in [
        "借  条\n\n兹收到\n\n王芳（身份证号码：3301**********1234）出借的\n\n人民币贰万伍仟元整（¥25000元），\n\n年利率百分之八，\n\n每三个月付息一次，每次付利息伍佰元整，\n\n第一次付息日为二〇二五年十二月一日，\n\n本金于二〇二六年九月一日连同最后一期利息一并归还。\n\n借款人：程某（按手印）\n\n二〇二五年九月一日\n",
        "借条\n今借到\n王芳（身份证号码：3301**********1234）\n人民币25,000元（大写：贰万伍仟元整）。\n约定年利率8%，每季度付息一次，每次付息500元，首次付息日2025年12月1日；\n最后一期利息连同全部本金于2026年9月1日一并归还。\n借款人：程某\n2025年9月1日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(25000)), "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::InterestOnly), "{text}");
        assert_eq!(count(t), Some(4), "{text}");
        assert_eq!(months(t), Some(12), "{text}");
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount),
            Some(dec!(500)),
            "{text}"
        );
        assert!(near(apr(&a), dec!(8.0000)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_count_from_the_total_and_a_fee_inside_the_instalment() {
    // 9,000 split into instalments of 813 = 750 principal + 63 fee; 9,756 in all: 12
    // instalments, 15.16% (Python). Neither the count nor the fee's timing is written.
    for text in [
        "信用卡账单分期协议（电子凭证）\n分期金额：¥9,000.00\n每月还款：¥813.00\n其中：本金 ¥750.00\n手续费 ¥63.00\n总计应还：¥9,756.00\n首期扣款：2026年3月15日\n末期扣款：2027年2月15日\n办理日期：2026-02-20\n发卡机构：汇川银行股份有限公司信用卡中心\n",
        "信用卡账单分期协议\n持卡人于2026年2月20日与汇川银行股份有限公司信用卡中心签订本协议，办理账单分期，分期金额9000元，每月还款813元（其中本金750元、手续费63元），应还总额9756元，首期扣款日为2026年3月15日。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(9000)), "{text}");
        assert_eq!(count(t), Some(12), "{text}");
        assert!(
            t.inferred.iter().any(|i| i.field == "installments"),
            "{text}"
        );
        let fee = t.fees.iter().find(|f| f.amount == Some(dec!(63)));
        assert_eq!(fee.map(|f| f.timing), Some(FeeTiming::PerPeriod), "{text}");
        assert!(near(apr(&a), dec!(15.1590)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_fee_stated_as_zero_is_no_charge() {
    for text in [
        "借款详情\n借款金额：3,000.00元\n借款日期：2026-01-05\n到期日期：2026-02-04\n日利率：0.04%\n还款方式：到期一次性还本付息\n平台服务费：0.00元\n出借方：青禾消费金融股份有限公司\n",
        "借款详情：借款金额3000元，2026年1月5日借款，2026年2月4日到期一次性还本付息，日利率0.04%，平台服务费0元，出借方青禾消费金融股份有限公司。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(3000)), "{text}");
        assert!(t.fees.is_empty(), "{:?} {text}", t.fees);
    }
}

#[test]
fn a_fee_named_by_a_pronoun_is_timed_whatever_else_the_sentence_says() {
    // 30,000 at 1% a month over 12 level payments of 2,665.46 (the last 2,665.51); 900 taken
    // at payout: 29,100 received, 17.82% (Python).
    for text in [
        "借款合同\n甲方（出借人）：泰和小额贷款有限公司\n乙方（借款人）：闻某\n第一条 借款金额为人民币30,000.00元。\n第二条 借款期限12个月，月利率1%，按月等额本息还款，每月应还2,665.46元。\n第三条 乙方应向丙方支付咨询服务费900.00元。该项费用由甲方于放款时直接从借款金额中扣除，乙方实际到账金额为29,100.00元。\n签订日期：2025年8月8日\n",
        "借款合同\n出借人泰和小额贷款有限公司向借款人闻某出借人民币叁万元整，期限十二个月，月利率1%，等额本息，每期还款2665.46元。借款人另须支付咨询服务费900元。上述费用在发放贷款时一次性从本金中扣除，借款人实际收到29100元。本合同于2025年8月8日签订。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        let fee = t.fees.iter().find(|f| f.amount == Some(dec!(900)));
        assert_eq!(
            fee.map(|f| f.timing),
            Some(FeeTiming::UpfrontDeducted),
            "{text}"
        );
        assert_eq!(
            t.disbursed.as_ref().map(|d| d.amount),
            Some(dec!(29100)),
            "{text}"
        );
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2025, 8, 8),
            "{text}"
        );
        assert!(near(apr(&a), dec!(17.8249)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn the_amount_paid_out_to_the_borrower_is_read_with_the_interest_taken_in_advance() {
    // 50,000 for 9 months at 10% a year, the 3,750 interest taken at payout: 46,250 paid out,
    // 50,000 repaid at maturity; one payment over 9 months, annualised simply: 10.81% (Python).
    for text in [
        "借款合同\n出借人（甲方）：和润小额贷款有限公司\n借款人（乙方）：葛某\n一、乙方向甲方借款人民币伍万元整（¥50,000.00）。\n二、借款期限九个月，自2025年2月10日起至2025年11月10日止，年利率10%。\n三、到期一次性归还借款本金。\n四、借款利息3,750.00元于放款时预先从本金中扣除。\n五、甲方实际向乙方支付的借款金额为人民币肆万陆仟贰佰伍拾元整（¥46,250.00）。\n签订日期：2025年2月10日\n",
        "借款合同\n甲方和润小额贷款有限公司出借、乙方葛某借入人民币50000元，借期自2025年2月10日起至2025年11月10日止，年利率10%，借款利息3750元在出借时预先扣除，本金于到期日一次性归还。甲方实际向乙方转账的款项为46250元。本合同于2025年2月10日签订。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        let received = t.disbursed.as_ref();
        assert_eq!(received.map(|d| d.amount), Some(dec!(46250)), "{text}");
        assert_eq!(received.map(|d| d.derived), Some(false), "{text}");
        assert!(near(apr(&a), dec!(10.8108)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_term_said_as_the_time_after_which_the_loan_is_repaid() {
    // 8,000 at 6% a year repaid with its interest (240) after six months: one payment of
    // 8,240; annualised simply over the half year: 6.00% (Python).
    for text in [
        "借据\n立据人赵某今借到钱某现金人民币捌仟元整（8000元），年息百分之六，六个月后一次性归还本息。\n立据人：赵某\n2024年5月20日\n",
        "借条\n本人赵某向钱某借款8,000.00元，约定年利率6%，借款6个月后连本带息一并还清。\n借款人：赵某\n日期：2024年5月20日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(8000)), "{text}");
        assert_eq!(months(t), Some(6), "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::Bullet), "{text}");
        assert_eq!(count(t), Some(1), "{text}");
        assert!(near(apr(&a), dec!(6.0000)), "{:?} {text}", apr(&a));
    }
}
