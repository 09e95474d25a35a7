//! Classes of failure found on Chinese contracts of batch K (issue 13), each on contracts of
//! our own wording and a rephrasing that must read the same (metamorphic pairs): a 借条 that
//! states only the sum due at the end, with Chinese-numeral dates (the cost comes from the two
//! sums over the days between the dates, and the private-lending cap judges it); a short loan
//! told in text messages with a fee due at maturity (one payment, not a fee each day; the
//! payout day, written without a year, takes the year of the thread's header); a card
//! statement's instalment plan beside the card's revolving rate and cash-withdrawal fee (not
//! this plan's); a charge tied to prepayment (never priced); a Taiwan loan paying interest
//! monthly (给付當月利息) with the principal at the end; a fee note under its field in the
//! right one of two text columns.
//! Expected costs come from an independent Python computation (single payment: (total /
//! principal − 1) / years; instalments: IRR of the cash flows × 12; level instalments rounded
//! half up to the cent, the last taking the remainder).

use loanlint::model::{FeeKind, FeeTiming, RepaymentMethod, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_en_unseen_h::violations;
use crate::extract_zh_terms::ex;
use crate::extract_zh_unseen_f::{analysed, apr, date, method, near};

fn count(t: &Terms) -> Option<u32> {
    t.installments.as_ref().map(|c| c.count)
}

/// The charges of the loan itself (not on default, not on prepayment): name, timing, amount.
fn charges(t: &Terms) -> Vec<(FeeTiming, Option<Decimal>)> {
    t.fees
        .iter()
        .filter(|f| f.timing != FeeTiming::OnDefault && f.kind != FeeKind::Prepayment)
        .map(|f| (f.timing, f.amount))
        .collect()
}

#[test]
fn an_iou_with_only_the_sum_due_is_priced_and_judged_by_its_sums() {
    // 25,000 lent on 1 March 2025, 26,875 due on 1 September 2025, no rate written:
    // (26875 / 25000 − 1) / (6 / 12) = 15.00% (Python), above 4 × LPR 3.10% = 12.40%: a
    // private lender's violation. The bank the money went through is not the lender.
    for text in [
        "借据\n今向韩某某（身份证号码：3201**********1234）借到人民币贰万伍仟元整（¥25,000.00），款项已于当日经建设银行转账交付本人。\n借款自二〇二五年三月一日起，至二〇二五年九月一日止，届时本人一次性偿还韩某某人民币贰万陆仟捌佰柒拾伍元整（¥26,875.00）。\n立据人：周某某\n二〇二五年三月一日\n",
        "借款凭据\n出借人：韩某某，身份证3201**********1234\n借款人：周某某\n本人周某某借款人民币25,000元，借期自2025年3月1日至2025年9月1日。出借人通过建设银行账户转入。期满本人连本带息归还26,875.00元。\n2025年3月1日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(25000)));
        assert_eq!(
            t.total_of_payments.as_ref().map(|p| p.amount),
            Some(dec!(26875)),
            "{text}"
        );
        assert_eq!(method(t), Some(RepaymentMethod::Bullet), "{text}");
        assert_eq!(count(t), Some(1), "{text}");
        assert!(near(apr(&a), dec!(15.00)), "{:?} {text}", apr(&a));
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2025, 3, 1),
            "{text}"
        );
        let v = violations(&a);
        assert!(
            v.iter().any(|id| id == "cn-pl-interest-above-4x-lpr"),
            "{v:?} {text}"
        );
    }
}

#[test]
fn an_iou_within_the_cap_is_no_violation() {
    // The same loan repaid with 25,750: (25750 / 25000 − 1) / 0.5 = 6.00% (Python), below
    // 12.40%: the implied rate does not break the cap.
    let a = analysed(
        "借据\n今向韩某某（身份证号码：3201**********1234）借到人民币贰万伍仟元整（¥25,000.00）。\n借款自二〇二五年三月一日起，至二〇二五年九月一日止，届时本人一次性偿还韩某某人民币贰万伍仟柒佰伍拾元整（¥25,750.00）。\n立据人：周某某\n二〇二五年三月一日\n",
    );
    assert!(near(apr(&a), dec!(6.00)), "{:?}", apr(&a));
    assert!(violations(&a).is_empty(), "{:?}", violations(&a));
}

#[test]
fn a_short_loan_told_in_messages_is_one_payment_with_its_fee_at_maturity() {
    // 2,000 paid out on 3 November 2025 for 14 days at 0.05% a day: 14.00 interest + 20.00 fee
    // at maturity = 2,034.00; (2034 / 2000 − 1) / (14 / 365) = 44.32% (Python). The fee is paid
    // once, not each day; the advert's 0.03% is not this loan.
    for text in [
        "通知记录 2025年11月\n11月3日 14:05\n【禾苗借】您的借款2,000.00元已于11月3日发放至尾号4410的银行卡（合同已在APP内签署）。借款期限14天，日利率0.05%，到期日11月17日应还款2,034.00元（本金2,000.00+利息14.00+服务费20.00）。服务费在到期当日连同本息一并扣收。\n11月4日 09:00\n【禾苗借】好消息！您的额度已提升至10,000元，日利率低至0.03%。\n",
        "短信记录（2025年11月）\n【禾苗借】放款通知：您申请的借款2000元已于11月3日放款至尾号4410银行卡（借款合同已在APP内签署）。期限14天；按日利率0.05%计息；服务费20元于到期日与本息一并收取；到期应还2034元，还款日11月17日。\n【禾苗借】额度提升：您的可借额度已提升至10000元，日利率0.03%起。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(2000)));
        assert_eq!(
            charges(t),
            vec![(FeeTiming::AtMaturity, Some(dec!(20)))],
            "{text}"
        );
        assert_eq!(method(t), Some(RepaymentMethod::Bullet), "{text}");
        assert_eq!(count(t), Some(1), "{text}");
        assert!(near(apr(&a), dec!(44.32)), "{:?} {text}", apr(&a));
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2025, 11, 3),
            "{text}"
        );
    }
}

#[test]
fn a_statements_revolving_rate_and_cash_fee_are_not_the_plans() {
    // 6,000 in 6 monthly parts with 42.00 a period (0.7%), no interest: IRR of −6000, 6 × 1042
    // × 12 = 14.26% (Python). The revolving 0.05% a day and the 1% cash-withdrawal fee belong to
    // the card, not to this plan.
    for text in [
        "青禾银行信用卡账单（2025年06月）\n账单日 06/18 | 到期还款日 07/08 | 信用额度 ¥30,000.00\n本期应还金额 ¥3,620.00 | 最低还款额 ¥362.00\n【分期信息】\n办理日期 | 分期类型 | 分期本金 | 分期期数 | 每期手续费率 | 每期手续费\n6月10日 | 账单分期 | 6,000.00 | 6期（按月） | 0.7% | 42.00\n分期期间不另收利息，手续费逐期收取。\n【温馨提示】\n1. 若您只还最低还款额，剩余欠款自记账日起按日利率0.05%计收循环利息。\n2. 预借现金另收取现手续费，每笔1%，最低10元。\n",
        "青禾银行 账单分期确认（2025年6月）\n办理日期：6月10日\n分期金额：6000元\n分期期数：6期，按月入账\n每期手续费：42元，分期不计利息\n温馨提示：仅还最低还款额的，未还部分按每日万分之五计收循环利息；取现手续费按取现金额1%收取。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(6000)));
        assert_eq!(count(t), Some(6), "{text}");
        let per_period: Vec<_> = charges(t);
        assert!(
            !per_period.is_empty()
                && per_period
                    .iter()
                    .all(|(timing, _)| *timing == FeeTiming::PerPeriod),
            "{per_period:?} {text}"
        );
        assert!(
            t.fees.iter().all(|f| f.percent != Some(dec!(1))),
            "{:?}",
            t.fees
        );
        assert!(near(apr(&a), dec!(14.26)), "{:?} {text}", apr(&a));
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2025, 6, 10),
            "{text}"
        );
    }
}

#[test]
fn a_charge_on_prepayment_does_not_change_the_cost() {
    // 24,000 over 12 months at 10.8%, level 2,118.92 (last 2,118.93): 10.80% (Python), with or
    // without a 2% charge for settling early.
    let plain = "个人消费借款合同\n贷款人：长汀消费金融有限公司\n借款人：闫某某\n借款金额：24,000.00元\n借款期限：12个月\n年利率：10.8%\n还款方式：等额本息\n签订日期：2025年5月6日\n";
    let with_clause = plain.replace(
        "签订日期",
        "提前还款：借款未满6个月提前结清的，按提前结清本金的2%收取手续费；满6个月后提前还款免收手续费。\n签订日期",
    );
    for text in [plain, with_clause.as_str()] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert!(charges(t).is_empty(), "{:?} {text}", t.fees);
        assert!(near(apr(&a), dec!(10.80)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn interest_paid_monthly_with_the_principal_at_the_end_is_interest_only() {
    // NT$150,000 for 12 months at 0.8% a month, 1,200 interest a month and the principal at
    // the end: IRR × 12 = 9.60% (Python).
    for text in [
        "借款契約書\n貸與人：陳志明（以下簡稱甲方）\n借用人：吳家豪（以下簡稱乙方）\n第一條 借款金額：新臺幣壹拾伍萬元整（NT$150,000），甲方已於簽約當日交付。\n第二條 借款期間：自民國114年3月1日起至民國115年3月1日止，共十二個月。\n第三條 利息：按月利率百分之零點八計算，乙方應於每月1日前給付當月利息新臺幣1,200元，本金於期間屆滿時一次清償。\n甲方：陳志明 身分證字號：A12*****11\n乙方：吳家豪 身分證字號：B12*****22\n中華民國114年3月1日\n",
        "借款契約\n貸與人 陳志明，借用人 吳家豪。\n借款新臺幣150,000元，借期十二個月（民國114年3月1日至民國115年3月1日），月息0.8%。\n乙方每月1日前給付利息新臺幣1,200元，借期屆滿時一次清償本金。\n中華民國114年3月1日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(method(t), Some(RepaymentMethod::InterestOnly), "{text}");
        assert_eq!(count(t), Some(12), "{text}");
        assert!(near(apr(&a), dec!(9.60)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_note_under_a_fee_in_the_right_column_gives_its_timing() {
    // 40,000 over 24 months at 6%, level 1,772.82 (Python); a 1,200 device fee paid apart on
    // the signing day: IRR of −(40000 − 1200), 23 × 1772.82 and 1772.94 last, × 12 = 9.01%
    // (Python).
    let two_columns = "汽车贷款要素表                              三、贷款信息\n合同编号：QC-001                            贷款本金：40,000.00元\n                                            年利率：6%\n一、借款人                                  期数：24期（按月）\n姓名：许某某                                还款方式：等额本息\n\n二、车辆                                    四、其他费用\n车型：某某牌轿车                            GPS设备费：1,200.00元\n车价：90,000.00元                           （签约当日另行支付，不从贷款扣除）\n\n贷款人：某某汽车金融有限公司                签约日期：2025/04/01\n";
    let one_column = "汽车贷款要素表\n贷款人：某某汽车金融有限公司\n借款人：许某某\n贷款本金：40,000.00元\n年利率：6%\n期数：24期（按月）\n还款方式：等额本息\nGPS设备费：1,200.00元（签约当日另行支付，不从贷款扣除）\n签约日期：2025/04/01\n";
    // The same page as a PDF's text gives it: the columns kept apart by two spaces only.
    let pdf_like = "汽车贷款要素表  三、贷款信息\n合同编号：QC-001  贷款本金：40,000.00元\n年利率：6%\n一、借款人  期数：24期（按月）\n姓名：许某某  还款方式：等额本息\n二、车辆  四、其他费用\n车型：某某牌轿车  GPS设备费：1,200.00元\n车价：90,000.00元  （签约当日另行支付，不从贷款扣除）\n贷款人：某某汽车金融有限公司  签约日期：2025/04/01\n";
    for text in [two_columns, one_column, pdf_like] {
        let t = ex(text);
        let timings: Vec<FeeTiming> = t.fees.iter().map(|f| f.timing).collect();
        assert!(
            timings.len() == 1
                && matches!(
                    timings[0],
                    FeeTiming::UpfrontPaid | FeeTiming::AtDisbursement
                ),
            "{:?} {text}",
            t.fees
        );
        let a = analysed(text);
        assert!(near(apr(&a), dec!(9.01)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_chat_log_agreeing_one_repayment_and_a_transfer() {
    // A loan agreed in chat: repaid in one sum after six months; paid out by the transfer
    // under the message of 11 August 2025 (no signing date is written).
    for text in [
        "微信聊天记录\n\n2025年8月10日 19:20\n刘洋：兄弟，手头紧，能借我两万吗？六个月后连本带利还你\n孙浩：行，月息一分可以吧\n刘洋：可以\n\n2025年8月11日 10:02\n孙浩：[转账] ¥20,000.00 转账说明：借给刘洋（六个月）\n刘洋：[已收款] ¥20,000.00\n",
        "聊天记录导出\n2025-08-10 19:20\n刘洋：借我2万周转，6个月以后本利一次还清\n孙浩：好，月息1%\n2025-08-11 10:02\n孙浩：[转账] 20000元（借款）\n刘洋：收到\n",
    ] {
        let t = ex(text);
        assert_eq!(method(&t), Some(RepaymentMethod::Bullet), "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(6), "{text}");
        assert_eq!(
            t.disbursement_date.as_ref().map(|d| d.date),
            date(2025, 8, 11),
            "{text}"
        );
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2025, 8, 11),
            "{text}"
        );
    }
}

#[test]
fn a_fee_billed_with_the_first_instalment_is_paid_then() {
    // 9,000 in 12 monthly parts of 750, no interest, a 324 fee billed once with the first
    // instalment (due 2025-08-19): IRR of −9000, 1074, 11 × 750, × 12 = 6.78% (Python); not
    // 324 every month, nor at signing.
    for text in [
        "家电分期付款确认书\n发卡行：滨江银行\n持卡人：吕某\n交易日期：2025年7月19日\n分期金额：\nＲＭＢ　９，０００．００\n分期期数：\n１２期（按月）\n每期应还本金：\n７５０．００\n分期手续费：\n３２４．００\n（一次性收取，计入第一期账单）\n分期期间不计利息。\n本人确认按发卡行分期规则还款。\n",
        "分期付款确认书\n交易日期 2025-07-19，发卡行 滨江银行。\n分期金额9,000元，分12期按月还款，每期还本金750元；分期手续费324元一次性收取，计入首期还款，此外不计利息。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(count(t), Some(12), "{text}");
        assert_eq!(
            charges(t),
            vec![(FeeTiming::OnDate, Some(dec!(324)))],
            "{text}"
        );
        let due = t
            .fees
            .first()
            .and_then(|f| f.due_date.as_ref())
            .map(|d| d.date);
        assert_eq!(due, date(2025, 8, 19), "{text}");
        assert!(near(apr(&a), dec!(6.78)), "{:?} {text}", apr(&a));
    }
}
