//! Classes of failure found on Chinese documents of batch O (`zh-t*`), each on texts of our own
//! wording and a rephrasing that must read the same (metamorphic pairs): a 繁體 bank notice
//! (weighed and read in simplified words, dated by its closing line); a private loan agreed
//! in a chat export (the transfer record lends, its sender is the lender, the day rule dates
//! it); a dated 连本带利还清; an employer's interest-free loan repaid from the salary; a card
//! cash instalment told by SMS (a bracketed last-period figure, 折算年化利率, 随每月账单); a
//! monthly platform fee in a footnote on the debit; a sale and leaseback's price and buy-out
//! price; a fee taken from the payout with only the payout to size it; a Q&A that dates the
//! loan by 您于…借款; a click-through consent line's date; a tenor chosen in 已选方案.
//! Expected costs come from an independent Python `decimal` computation (the IRR of the monthly
//! flows × 12, level instalments rounded half up to the cent, the last taking the remainder):
//!
//! ```text
//! card: irr([-12000] + [1072]*12) = 13.03%
//! platform: 8000 at 1%/month annuity = 710.79 a month, + 120 fee a month: 42.72%
//! leaseback: 90000 at 0.75%/month, 24 rents of 4111.63, 1500 paid at signing, 500 with the
//!            last rent: 11.13%
//! chat: 300000 at 1.5%/month interest only for 12 months: 18.00%
//! tenor: irr([-3600] + [625.20]*6) = 14.26%
//! ```

use loanlint::model::{DocumentKind, FeeTiming, LenderType, RepaymentMethod, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_en_unseen_h::violations;
use crate::extract_zh_unseen_f::{analysed, apr, date, method, near};

fn count(t: &Terms) -> Option<u32> {
    t.installments.as_ref().map(|c| c.count)
}

fn months(t: &Terms) -> Option<u32> {
    t.term.as_ref().and_then(|x| x.months)
}

/// The loan's own charges: timing and amount.
fn charges(t: &Terms) -> Vec<(FeeTiming, Option<Decimal>)> {
    t.fees
        .iter()
        .filter(|f| f.timing != FeeTiming::OnDefault && !f.kind.on_default_or_prepayment())
        .map(|f| (f.timing, f.amount))
        .collect()
}

#[test]
fn a_traditional_bank_notice_is_weighed_and_read_in_simplified_words() {
    for text in [
        "個人貸款核貸通知\n\n林先生您好：\n您申請之貸款業經核准，內容如下：\n核貸金額：新臺幣300,000元整\n貸款期間：36個月\n貸款利率：目前適用年利率2.95%\n還款方式：本息平均攤還\n開辦手續費：新臺幣3,000元（於撥款時自貸款金額中扣收）\n\n某某商業銀行 個人金融部 敬啟　　中華民國114年3月5日\n",
        "貸款核准通知\n林先生：\n核貸金額為新臺幣30萬元整，年利率2.95%，貸款期間36個月，本息平均攤還。\n開辦手續費新臺幣3,000元，撥款時自貸款金額中扣收。\n某某商業銀行 敬啟\n中華民國114年3月5日\n",
    ] {
        let a = analysed(text);
        let kind = a.report.document.as_ref().map(|d| d.kind);
        assert_ne!(kind, Some(DocumentKind::Other), "{text}");
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(300000)),
            "{text}"
        );
        assert_eq!(
            t.disbursed.as_ref().map(|p| p.amount),
            Some(dec!(297000)),
            "{text}"
        );
        assert_eq!(months(t), Some(36), "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::EqualInstallment), "{text}");
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2025, 3, 5),
            "{text}"
        );
    }
}

#[test]
fn a_chat_export_lends_by_its_transfer_record() {
    // 300,000 at 1.5% a month, 4,500 interest on the 10th, principal after a year: 18.00%
    // (Python) > 4 × LPR 3.00% = 12%, and the lender is a person: a violation.
    for text in [
        "聊天记录\n——— 2025-09-03 ———\n王建 09:12\n老李，上次说的30万能借吗\n\n李强 09:20\n可以。月利率1.5%，每个月10号给我利息4,500.00，一年后本金一次还\n\n王建 09:21\n好，借条我写好发你\n\n李强 14:05\n[转账] 向王建转账 ¥300,000.00\n\n王建 14:06\n收到\n",
        "聊天记录\n王建 2025-09-03 09:12\n老李，想跟你借30万周转\n\n李强 2025-09-03 09:20\n行，月利率1.5%，利息每个月10号给我4,500.00，本金一年后一次性还清\n\n李强 2025-09-03 14:05\n[转账] ¥300,000.00\n\n王建 2025-09-03 14:06\n钱收到了\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(300000)),
            "{text}"
        );
        assert_eq!(months(t), Some(12), "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::InterestOnly), "{text}");
        assert_eq!(count(t), Some(12), "{text}");
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2025, 9, 3),
            "{text}"
        );
        let lender = t.lender.as_ref().map(|l| (l.lender_type, l.name.clone()));
        assert_eq!(
            lender,
            Some((LenderType::Individual, Some("李强".to_string()))),
            "{text}"
        );
        assert!(near(apr(&a), dec!(18.00)), "{:?} {text}", apr(&a));
        let v = violations(&a);
        assert!(
            v.iter().any(|id| id == "cn-pl-interest-above-4x-lpr"),
            "{v:?} {text}"
        );
    }
}

#[test]
fn a_repayment_transfer_in_a_chat_lends_nothing() {
    // Only interest goes over in this thread: no principal is read from it.
    let a = analysed(
        "聊天记录\n——— 2025-10-10 ———\n王建 09:12\n之前借你的钱，这个月利息转你了\n\n王建 09:13\n[转账] 向李强转账 ¥4,500.00 利息\n",
    );
    assert_eq!(a.report.terms.principal, None);
}

#[test]
fn a_dated_repayment_with_interest_is_one_payment() {
    for text in [
        "借条\n今借到赵某现金人民币壹万伍仟元整（¥15,000.00）。\n借期一年，年利率8%，到2026年4月1日连本带息一次还清。\n借款人：钱某\n2025年4月1日\n",
        "借条\n本人钱某借到赵某人民币15,000元，年利率8%，借期一年。\n于2026年4月1日前本息一并归还。\n借款人：钱某\n2025年4月1日\n",
    ] {
        let t = &analysed(text).report.terms;
        assert_eq!(method(t), Some(RepaymentMethod::Bullet), "{text}");
        assert_eq!(count(t), Some(1), "{text}");
    }
}

#[test]
fn a_staff_loan_repaid_from_the_salary_costs_nothing() {
    // 36,000 / 18 = 2,000 a month, no interest: 0%.
    for text in [
        "员工借款申请单\n申请人：周敏　　入职日期：2020-03-02\n借款金额：人民币叁万陆仟元整（¥36,000.00）\n借款利息：无\n还款方式：自2025年8月起从每月工资中扣还2,000.00元，共18个月扣清\n出借单位：某某科技有限公司\n申请人签字：周敏　　日期：2025年7月20日\n",
        "员工借款审批表\n入职日期：2020-03-02　　申请人：周敏\n借款金额：¥36,000.00\n还款方式：每月从工资中扣除2,000.00元，共18个月还清\n借款利息：无息\n申请人签字：周敏　　日期：2025年7月20日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(count(t), Some(18), "{text}");
        assert_eq!(months(t), Some(18), "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::EqualInstallment), "{text}");
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2025, 7, 20),
            "{text}"
        );
        assert!(near(apr(&a), dec!(0)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_card_cash_instalment_by_sms_is_priced_from_its_fee() {
    // 12,000 over 12 periods: 1,000 of principal and a 72 fee (0.6%) a period, 1,072 in all:
    // 13.03% (Python). The bracketed last-period principal is no payment.
    for text in [
        "【某某银行】您尾号1234的信用卡现金分期已于3月8日办理成功，分期金额12,000.00元已转入您的借记卡。分12期归还，每期应还本金1,000.00元（末期1,000.00元），每期手续费72.00元（月手续费率0.6%），每期合计1,072.00元，随每月账单入账，首期入账日2025年4月8日。手续费总额864.00元，折算年化利率约13.03%。\n",
        "【某某银行】信用卡现金分期办理成功：分期金额12,000.00元，分12期，每期本金1,000.00元（最后一期为1,000.00元），每期手续费72.00元，每期合计1,072.00元，随每月的账单入账，首期入账日2025年4月8日。手续费合计864.00元，换算成年化利率约13.03%。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount),
            Some(dec!(1072)),
            "{text}"
        );
        assert_eq!(count(t), Some(12), "{text}");
        assert!(
            t.disclosed_apr
                .as_ref()
                .is_some_and(|r| r.value == dec!(13.03)),
            "{:?} {text}",
            t.disclosed_apr
        );
        assert!(near(apr(&a), dec!(13.03)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_platform_fee_in_the_debit_footnote_is_charged_each_month() {
    // 8,000 at 12% a year in 12 level payments of 710.79, and 120 (1.5%) a month on top:
    // 42.72% (Python).
    for text in [
        "借款协议（摘要）\n借款本金：8,000.00元　　借款期限：12个月　　年化利率：12%*\n还款方式：等额本息　　每月还本付息：710.79元\n每月实际扣款：830.79元**\n* 年化利率不含平台服务费。\n** 每月实际扣款含平台服务费120.00元（按借款本金的1.5%每月收取），由平台一并代扣。\n签署日期：2025年6月1日\n",
        "借款协议\n借款本金：8,000.00元，借款期限12个月，年化利率12%，等额本息，每月还本付息710.79元。\n注：每期划扣金额包含平台服务费120.00元，由平台随本息代扣。\n签署日期：2025年6月1日\n",
    ] {
        let a = analysed(text);
        let fees = charges(&a.report.terms);
        assert_eq!(
            fees,
            vec![(FeeTiming::PerPeriod, Some(dec!(120)))],
            "{text}"
        );
        assert!(near(apr(&a), dec!(42.72)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_sale_and_leaseback_lends_the_price_and_charges_the_buy_out() {
    // Price 90,000; 24 rents of 4,111.63 at 9% a year; 1,500 paid at signing; 500 buy-out
    // with the last rent: 11.13% (Python).
    for text in [
        "融资租赁合同（售后回租）\n出租人：某某融资租赁有限公司\n承租人：吴某\n第一条 承租人将自有车辆以人民币90,000.00元的价格转让给出租人，并租回使用。\n第二条 租赁期24个月，租赁年利率9%，租金按等额本息方式计算，每月租金4,111.63元，共24期，首期2025年5月10日。\n第三条 承租人应于签约当日另行支付手续费人民币1,500.00元。\n第四条 留购价款人民币500.00元，随最后一期租金一并支付。\n签约日期：2025年4月10日\n",
        "售后回租合同\n出租人：某某融资租赁有限公司　承租人：吴某\n一、承租人同意按90,000元价格将其车辆出售给出租人后租回。\n二、租期24个月，年利率9%，等额本息，每月租金4,111.63元，共24期，首期2025年5月10日。\n三、签约当日承租人另行支付手续费1,500.00元。\n四、租期届满，承租人支付留购价款500.00元（随最后一期租金一并支付）。\n签约日期：2025年4月10日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(90000)),
            "{text}"
        );
        let fees = charges(t);
        assert!(
            fees.contains(&(FeeTiming::AtMaturity, Some(dec!(500)))),
            "{fees:?} {text}"
        );
        assert!(near(apr(&a), dec!(11.13)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_fee_taken_from_the_payout_is_sized_by_the_payout() {
    for text in [
        "确认借款\n借款金额 3,000.00元\n借款期限 6个月\n还款方式 等额本息\n年利率 18%\n☑ 开通加速会员（199.00元）：优先放款。会员费从借款中直接扣除。\n实际到账 2,801.00元\n我已阅读并同意《借款协议》 2025-11-05\n",
        "借款确认页\n借款金额：3,000.00元，期限6个月，等额本息，年利率18%。\n实际到账：2,801.00元\n会员费在放款时从借款中扣除。\n我已阅读并同意《借款协议》《会员协议》 2025-11-05\n",
    ] {
        let t = &analysed(text).report.terms;
        assert_eq!(
            charges(t),
            vec![(FeeTiming::UpfrontDeducted, Some(dec!(199)))],
            "{text}"
        );
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2025, 11, 5),
            "{text}"
        );
    }
}

#[test]
fn a_fee_left_blank_is_not_sized_by_the_payout() {
    let t = &analysed(
        "借款合同\n借款金额：3,000.00元，期限6个月，等额本息，年利率18%。\n实际到账：2,801.00元\n服务费____元在放款时从借款中扣除。\n",
    )
    .report
    .terms;
    assert!(t.fees.iter().all(|f| f.amount.is_none()), "{:?}", t.fees);
}

#[test]
fn a_question_and_answer_dates_the_loan_by_the_day_borrowed() {
    // 20,000 on 2025-06-02 due 2025-08-31: 90 days.
    for text in [
        "常见问题\n问：我借了多少？\n答：您于2025年6月2日借款20,000.00元，当日到账。\n问：怎么还？\n答：到期一次还本付息，到期日为2025年8月31日。日利率0.04%。\n",
        "问：借款情况？\n答：本人于二〇二五年六月二日借入人民币2万元。\n问：何时还？\n答：到期日为二〇二五年八月三十一日，到期一次还本付息，日利率0.04%。\n",
    ] {
        let t = &analysed(text).report.terms;
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2025, 6, 2),
            "{text}"
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(90), "{text}");
    }
}

#[test]
fn the_tenor_chosen_is_the_count_of_the_plan() {
    // 3,600 in 6 periods: 600 of principal and a 25.20 fee (0.7%) a period, no interest:
    // irr([-3600] + [625.20]*6) × 12 = 14.26% (Python).
    for text in [
        "账单分期确认\n本期账单应还：3,700.00元，其中可分期金额：3,600.00元\n 期数    每期费率    每期应还\n  3期      0.80%     1,228.80\n  6期      0.70%       625.20\n 12期      0.60%       321.60\n手续费按分期本金×每期费率逐期收取，不收利息，首期还款日2025年11月1日，此后每月同日。\n已选方案：6期，手续费合计151.20元。\n分期服务由某某消费金融有限公司提供。确认时间：2025-10-01 20:00\n",
        "账单分期\n可分期金额 3,600.00元，手续费按分期本金的0.70%每期收取，不收利息。\n您选择的期数：6期\n手续费合计151.20元，首期还款日2025年11月1日，此后每月同日。\n分期服务由某某消费金融有限公司提供。确认时间：2025-10-01 20:00\n",
    ] {
        let a = analysed(text);
        assert_eq!(count(&a.report.terms), Some(6), "{text}");
        assert!(near(apr(&a), dec!(14.26)), "{:?} {text}", apr(&a));
    }
}
