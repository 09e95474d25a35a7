//! Classes of failure found on Chinese documents of batch T (`zh-y*`), each on texts of our own
//! wording and a rephrasing that must read the same (metamorphic pairs): an IOU whose lender
//! transferred less than the sum written, the gap being interest kept back; a lender that
//! collects the whole term's interest when it pays the loan out (利息预收), repaid at once.
//! Expected figures come from `scripts/unseen_y_zh_expected.py` (Python `fractions`):
//!
//! ```text
//! kept back 1800 single payment: 12.7660%
//! collected at payout 864 paid out 11136 single payment: 15.5172%
//! ```

use loanlint::analysis::Analysis;
use loanlint::model::{RepaymentMethod, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_en_unseen_h::violations;
use crate::extract_zh_unseen_f::{analysed, apr, date, method, near};
use crate::extract_zh_unseen_h::{count, principal};

fn disbursed(t: &Terms) -> Option<Decimal> {
    t.disbursed.as_ref().map(|d| d.amount)
}

fn interest_deducted(t: &Terms) -> Option<Decimal> {
    t.interest_deducted.as_ref().map(|d| d.amount)
}

fn deduction_found(a: &Analysis) -> bool {
    violations(a)
        .iter()
        .any(|v| v.contains("upfront") && v.ends_with("deduction"))
}

/// A loan whose interest was kept back at payout, repaid at once at the end: the sums read,
/// one payment, the cost on what arrived, and the deduction found.
fn assert_kept_back(text: &str, lent: Decimal, received: Decimal, kept: Decimal, cost: Decimal) {
    let a = analysed(text);
    let t = &a.report.terms;
    assert_eq!(principal(t), Some(lent), "{text}");
    assert_eq!(disbursed(t), Some(received), "{text}");
    assert_eq!(interest_deducted(t), Some(kept), "{text}");
    assert_eq!(method(t), Some(RepaymentMethod::Bullet), "{text}");
    assert_eq!(count(t), Some(1), "{text}");
    assert!(near(apr(&a), cost), "{:?} {text}", apr(&a));
    assert!(deduction_found(&a), "{:?} {text}", violations(&a));
}

#[test]
fn the_lenders_transfer_below_the_sum_written_is_what_was_received() {
    for text in [
        "借条\n本人唐思远向柯美玲借款人民币叁万元整（30,000.00元），借期6个月，月利率1%，2025年9月10日前归还。\n说明：出借人于2025年3月10日通过支付宝转账28,200.00元，其余1,800.00元系半年利息，已在出借时扣除，到期借款人归还30,000.00元即可。\n借款人：唐思远　2025年3月10日\n",
        "借款合同\n出借人：柯美玲　借款人：唐思远\n一、借款金额人民币30,000元，借款期限6个月，自2025年3月10日至2025年9月10日，月息1%。\n二、出借人已于2025年3月10日以银行转账方式向借款人支付28,200元，6个月利息1,800元在借款时预先扣除。\n三、借款人应于到期日一次归还30,000元。\n",
    ] {
        assert_kept_back(text, dec!(30000), dec!(28200), dec!(1800), dec!(12.7660));
    }
}

#[test]
fn a_repayment_transferred_to_the_lender_is_not_the_amount_received() {
    // The lender is the payee here, not the one who transfers: nothing was kept back.
    let text = "借条\n今向柯美玲借款人民币30,000.00元，借期6个月，月利率1%，到期一次还本付息。\n借款人每月10日前向出借人转账1,000.00元作为保证金。\n借款人：唐思远　2025年3月10日\n";
    let t = analysed(text).report.terms;
    assert_ne!(disbursed(&t), Some(dec!(1000)), "{text}");
    assert_eq!(interest_deducted(&t), None, "{text}");
}

#[test]
fn interest_collected_when_the_loan_is_paid_out_is_interest_kept_back() {
    for text in [
        "借款合同\n贷款人：盛达小额贷款有限公司　借款人：章可欣\n第一条 借款金额人民币12,000.00元，借款期限6个月，自2025年4月1日至2025年10月1日，月利率1.2%。\n第二条 借款期间利息合计864.00元，采取利息预收方式，在放款当日一次收取，贷款人实际向借款人发放11,136.00元。\n第三条 借款人应于到期日归还本金12,000.00元，期间不另付利息。\n",
        "借款合同\n贷款人：盛达小额贷款有限公司　借款人：章可欣\n一、贷款本金12,000元，期限6个月（2025年4月1日至2025年10月1日），月息1.2%。\n二、六个月利息共864元由贷款人于发放贷款时一并收取，借款人实收11,136元。\n三、到期日借款人偿还12,000元，此外无需另付利息。\n",
    ] {
        assert_kept_back(text, dec!(12000), dec!(11136), dec!(864), dec!(15.5172));
    }
}

#[test]
fn interest_collected_monthly_from_the_payout_date_is_not_kept_back() {
    let text = "借款合同\n贷款人：盛达小额贷款有限公司　借款人：章可欣\n借款金额人民币12,000元，借款期限6个月，月利率1.2%，利息自放款之日起按月收取，每月1日支付144元，到期归还本金。\n";
    let t = analysed(text).report.terms;
    assert_eq!(interest_deducted(&t), None, "{text}");
}

#[test]
fn a_list_of_interest_payment_dates_is_not_the_signing_date() {
    for text in [
        "借款协议\n出借人：龚立伟　借款人：施雨桐\n一、出借人借给借款人人民币拾万元整，于二〇二四年十一月五日转账交付。\n二、借款期限自二〇二四年十一月五日起至二〇二五年十一月五日止，年利率百分之八。\n三、付息日期：二〇二五年五月五日、二〇二五年十一月五日。\n签订于二〇二四年十一月五日\n",
        "借款协议\n出借人：龚立伟　借款人：施雨桐\n一、借款人民币100,000元，2024年11月5日由出借人转账交付。\n二、借款期限自2024年11月5日起至2025年11月5日止，年息8%。\n三、还息日期：2025年5月5日、2025年11月5日。\n本协议签订于2024年11月5日。\n",
    ] {
        let t = analysed(text).report.terms;
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2024, 11, 5),
            "{text}"
        );
    }
}

#[test]
fn a_fee_label_read_on_from_a_figure_in_the_column_above_keeps_its_own_name() {
    for text in [
        "宏通汽车金融有限公司　　　　　　　　　　　　　　　　　　　【月供及费用】\n汽车贷款合同（要素页）　　　　　　　　　　　　　　　　　　　月供：2,100.00元\n借款人：聂文博　　　　　　　　　　　　　　　　　　　　　　　还款总额：50,400.00元\n贷款金额：4.5万元　　　　　　　　　　　　　　　　　　　　　GPS安装服务费：\n贷款期限：24期　　　　　　　　　　　　　　　　　　　　　　　1,200.00元，签约当日\n年利率：6.5%　　　　　　　　　　　　　　　　　　　　　　　　由借款人另行支付，\n还款方式：等额本息　　　　　　　　　　　　　　　　　　　　　不从贷款中扣除。\n",
        "宏通汽车金融有限公司　　　　　　　　　　　　　　　　【费用】\n汽车贷款合同　　　　　　　　　　　　　　　　　　　　　每月还款：2,100.00元\n借款人：聂文博　　　　　　　　　　　　　　　　　　　　合计应还：50,400.00元\n贷款金额：45,000元　　　　　　　　　　　　　　　　　　GPS安装服务费：\n期数：24期　　　　　　　　　　　　　　　　　　　　　　1,200.00元，由借款人于签约当日\n年利率：6.5%　　　　　　　　　　　　　　　　　　　　　另行支付，不从贷款中扣除。\n还款方式：等额本息\n",
    ] {
        let t = analysed(text).report.terms;
        let fees: Vec<_> = t.fees.iter().map(|f| (f.name.clone(), f.amount)).collect();
        assert_eq!(
            fees,
            vec![("GPS安装服务费".to_string(), Some(dec!(1200)))],
            "{text}"
        );
    }
}

#[test]
fn a_confirm_page_whose_last_line_is_an_agree_and_borrow_button_is_a_disclosure() {
    use crate::document_kind_unseen::assert_cases;
    use loanlint::DocumentKind::LoanDisclosure;
    assert_cases(&[(
        LoanDisclosure,
        "核对借款信息\n借款金额 8,000.00元\n借款期限 12期（按月还款）\n年利率（单利） 16.8%\n还款方式 等额本息\n加速包服务费 每期40.00元\n放款机构 宁川网络小额贷款有限公司\n期数 | 还款日 | 本息 | 服务费\n1 | 2025-12-03 | 727.39 | 40.00\n同意并借款\n",
        "借款确认\n借多少：8000元\n分几期：12期，每月还\n年化利率：16.8%（单利）\n每期另收加速包服务费40元\n出借方：宁川网络小额贷款有限公司\n\n同意并提现\n",
    )]);
}

#[test]
fn an_employers_interest_free_loan_repaid_out_of_the_wages_has_its_count() {
    for text in [
        "职工借款协议\n出借方：瀚林印务有限公司　借款方：闫博文\n一、借款方向出借方借款人民币36,000.00元，出借方于2025年2月10日转入借款方工资卡。\n二、本借款不计利息，借款方自2025年3月起分12个月从每月工资中扣还，每月3,000.00元。\n借款方（签字）：闫博文　日期：2025年2月10日\n",
        "员工借款约定书\n公司借给员工闫博文36,000元，免收利息，2025年2月10日发放。\n还款：分12个月从工资里扣除，每月扣3,000元，2025年3月起。\n员工签字：闫博文　2025年2月10日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(36000)), "{text}");
        // 36,000 / 12 = 3,000 a month, no interest: a 0% cost.
        assert_eq!(count(t), Some(12), "{text}");
        assert!(near(apr(&a), dec!(0)), "{:?} {text}", apr(&a));
    }
}
