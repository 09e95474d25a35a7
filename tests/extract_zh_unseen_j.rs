//! Classes of failure found on Chinese contracts of batch J (issue 13), each on contracts of
//! our own wording and a rephrasing that must read the same (metamorphic pairs): the count of
//! an excerpted schedule (first rows, `⋯`, last row; or period numbers that skip); figures read
//! through scan noise (O for 0, a stray space after a thousands comma); a running page footer
//! between a label and its value, and a worked example that is not this loan; an app order
//! page's paid-out amount; an overdue charge of 万分之 a day in an IOU above 4 × LPR; a ticked
//! 月利率 box giving a bare rate its period, and a fee paid with the first instalment; an
//! extension agreement's recital of the original loan; signing dates under other labels.
//! Expected costs come from an independent Python computation (IRR of the cash flows × 12;
//! level instalments rounded half up to the cent, the last taking the remainder).

use loanlint::model::{FeeTiming, Per, RepaymentMethod, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_en_unseen_h::violations;
use crate::extract_zh_terms::ex;
use crate::extract_zh_unseen_f::{analysed, apr, date, interest, method, near};

fn principal(t: &Terms) -> Option<Decimal> {
    t.principal.as_ref().map(|p| p.amount)
}

fn count(t: &Terms) -> Option<u32> {
    t.installments.as_ref().map(|c| c.count)
}

#[test]
fn an_excerpted_schedule_counts_to_its_highest_period() {
    // 48,000 over 24 months at 9.6%: level 2,206.11, last 2,205.97; 9.60% (Python). The
    // schedule prints rows 1, 2 and 24 (or 1, 2, 12, 24), not 3 or 4 payments.
    for text in [
        "个人消费借款合同\n贷款人：云岫消费金融有限公司\n借款人：龚某某\n借款本金：人民币肆万捌仟元整（48,000.00元）\n年利率：9.6%\n还款方式：等额本息\n还款计划表（摘录）\n序号  还款日期    本金      利息     合计\n1     2025-05-20  1,822.11  384.00   2,206.11\n2     2025-06-20  1,836.69  369.42   2,206.11\n⋯\n24    2027-04-20  2,188.46  17.51    2,205.97\n签订日期：2025年4月20日\n",
        "借款合同\n出借机构 云岫消费金融有限公司；借款人 龚某某。\n借款金额48000元，年化利率（单利）9.6%，每月等额本息还款。\n附：部分还款期次\n| 期次 | 应还日 | 应还本金 | 应还利息 | 应还总额 |\n| 1 | 2025-05-20 | 1822.11 | 384.00 | 2206.11 |\n| 2 | 2025-06-20 | 1836.69 | 369.42 | 2206.11 |\n| 12 | 2026-04-20 | 1989.03 | 217.08 | 2206.11 |\n| 24 | 2027-04-20 | 2188.46 | 17.51 | 2205.97 |\n合同签署日期：2025-04-20\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(count(t), Some(24), "{text}");
        assert!(
            t.inferred.iter().any(|i| i.field == "installments"),
            "{text}"
        );
        assert!(near(apr(&a), dec!(9.6000)), "{:?} {text}", apr(&a));
        // The rows of an excerpt do not add up to a whole schedule: no inconsistency is made.
        assert!(t.inconsistencies.is_empty(), "{:?}", t.inconsistencies);
    }
    // A schedule that ends on `……` does not show its last period: the count is not the rows.
    let t = ex(
        "借款合同\n借款金额：48,000.00元\n借款期限：24个月\n年利率：9.6%\n还款方式：等额本息\n期数  还款日      本金      利息    合计\n1     2025-05-20  1,822.11  384.00  2,206.11\n2     2025-06-20  1,836.69  369.42  2,206.11\n……\n",
    );
    assert_eq!(count(&t), Some(24));
}

#[test]
fn figures_are_read_through_scan_noise() {
    // 8,000 drawn for 30 days at 0.04% a day: 96.00 interest; (8096/8000 − 1)/(30/365) =
    // 14.60% (Python), far below 24%: no violation.
    for text in [
        "借款凭证（随借随还）\n——扫描识别件——\n客户：苗某某   客户编号：K2O24O9\n授信额度：5O,000.00元\n本笔借款金额：\n8, 000.00元\n借款日：2025-07-01   到期日：2025-07-31\n借款天数：3O天\n日利率：O.04%（按日计息）\n到期应付利息：96.OO元\n到期一次性还本付息\n贷款机构：澄湖消费金融有限公司\n第 l 页\n",
        "澄湖消费金融有限公司 借款凭证\n借款人 苗某某\n借款金额 8,OOO.OO元，借款日2025-07-01，到期日2025-07-31，共3O天。\n按日利率O.O4%计息，到期应还利息96元，本息到期一次还清。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(8000)), "{text}");
        assert_eq!(interest(t), vec![(dec!(0.04), Per::Day)], "{text}");
        assert!(near(apr(&a), dec!(14.60)), "{:?} {text}", apr(&a));
        assert!(violations(&a).is_empty(), "{:?}", violations(&a));
    }
}

#[test]
fn a_running_footer_between_label_and_value_and_a_worked_example() {
    // 30,000 over 12 months at 8.4%: 8.40% (Python). The example's 20,000 and 6 months and the
    // platform's page stamps are not this loan.
    let footer = |p: u32| format!("——签宝存证 ｜ 第 {p} 页 ｜ 合同号 HT-2025-88，系统生成——");
    let texts = [
        format!(
            "贷款合同（电子签约版）\n一、通用条款\n1. 举例：若借款人借款20,000元、期限6个月、月利率1%，则每月应还约3,451元；本例与本合同借款无关。\n\n{}\n\n二、专项条款\n贷款人：柏舟消费金融有限公司\n借款金额：\n\n{}\n\n人民币叁万元整（¥30,000.00）\n借款期限：12个月\n年利率：8.4%\n还款方式：等额本息\n签署日期：2025-08-08\n{}\n",
            footer(1),
            footer(2),
            footer(3)
        ),
        format!(
            "贷款合同\n贷款人：柏舟消费金融有限公司\n例如：某客户借款20,000元，期限6个月，每月还款约3,451元。\n借款本金（元）：\n{}\n30,000.00\n借款期限：十二个月\n{}\n年利率：8.4%，按月等额本息还款。\n签署日期：2025-08-08\n",
            footer(1),
            footer(2)
        ),
    ];
    for text in &texts {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(30000)), "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12), "{text}");
        assert!(near(apr(&a), dec!(8.40)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn an_app_order_page_names_the_loan_by_its_payout() {
    // 5,000 over 12 months at 0.06% a day (21.9% a year), level 467.73 (last 467.75), and 60
    // a period on top: 46.04% (Python), above 36%.
    for text in [
        "借款详情\n\n放款成功\n¥ 5,000.00\n已到账 建设银行(6621)\n借款期限 12个月\n还款方式 等额本息\n日利率   万分之六\n服务费   60.00元/期\n出借方  岚桥网络小额贷款有限公司\n最高可借 50,000\n",
        "岚桥网络小额贷款有限公司\n借款成功\n¥5,000.00\n期限：12个月 · 按月等额本息\n日利率：0.06%\n每期服务费：60元\n额度 ¥20,000 可再借\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(5000)), "{text}");
        assert!(near(apr(&a), dec!(46.04)), "{:?} {text}", apr(&a));
        assert!(!violations(&a).is_empty(), "{text}");
    }
}

#[test]
fn an_iou_charging_more_than_four_lpr_a_day_when_late_is_a_violation() {
    // 月利率百分之零点捌 = 0.8% a month (9.6% a year, within 4 × LPR 3.10% = 12.4%); overdue
    // 万分之六 a day = 21.9% a year, above it; 今向周某某借到 names a natural person lending.
    for text in [
        "借条\n今向周某某借到人民币叁万元整（￥30,000.00），借期自2025年4月1日起至2025年10月1日止，月利率按百分之零点捌计算，到期连本带息一次还清。\n逾期未还的，逾期部分按每日万分之六另计违约金。\n借款人：郑某某\n2025年4月1日\n",
        "借  据\n借款人郑某某今借到出借人周某某现金30000元（叁万元整），利息按月百分之零点捌计，2025年10月1日前本息一并归还。如逾期，逾期部分每日另计万分之六的违约金。\n借款人：郑某某\n二〇二五年四月一日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(interest(t), vec![(dec!(0.8), Per::Month)], "{text}");
        // The late charge of a private lender above 4 × LPR (read as an overdue rate or as
        // default charges, both lines of the same cap).
        assert!(
            violations(&a)
                .iter()
                .any(|r| r.starts_with("cn-pl-") && r.ends_with("above-4x-lpr")),
            "{:?} {text}",
            violations(&a)
        );
    }
}

#[test]
fn a_ticked_month_box_sets_the_rate_period_and_a_fee_falls_on_the_first_instalment() {
    // 20,000 for 12 months at 1.5% a month, interest only (300 a month, 20,000 with the
    // last); 499 with the first instalment: 20.74% (Python).
    for text in [
        "借款确认单\n出借人：泓川网络小额贷款有限公司\n借款人：景某某\n借款金额：20,000.00元\n借款期限：12个月\n计息周期：☑ 月利率 □ 年利率 □ 日利率\n利率：1.5%\n还款方式：□ 等额本息 ☑ 按月付息、到期还本\n会员服务费：499.00元\n会员服务费收取方式：□ 放款时扣除 ☑ 随第1期还款一并支付\n确认日期：2025年11月1日\n",
        "借款确认单\n借款人：景某某\n出借人：泓川网络小额贷款有限公司\n借款期限：12个月　借款金额：20,000.00元\n利率：1.5%\n利率类型：□ 日利率  ☑ 月利率  □ 年利率\n还款方式：☑ 按月付息、到期还本 □ 等额本金\n会员服务费：499.00元\n支付方式：□ 放款当日另行支付 ☑ 随第1期还款一并支付\n确认日期：2025年11月1日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(interest(t), vec![(dec!(1.5), Per::Month)], "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::InterestOnly), "{text}");
        let fee = t.fees.first().expect("the membership fee");
        assert_eq!(fee.timing, FeeTiming::OnDate, "{text}");
        assert_eq!(fee.due_date.as_ref().map(|d| d.date), date(2025, 12, 1));
        assert!(near(apr(&a), dec!(20.74)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn an_extension_agreement_lends_the_principal_extended() {
    // 60,000 of a 90,000 loan extended for 6 months at 0.7% a month, interest only (420 a
    // month): 8.40% (Python); the original contract's amount and date are recitals.
    for text in [
        "贷款展期协议书\n甲方（贷款人）：石湾农村商业银行股份有限公司\n乙方（借款人）：卜某某\n鉴于乙方曾于2024年6月1日与甲方签订《个人经营贷款合同》（以下简称“原合同”），贷款金额人民币90,000.00元。\n一、展期金额：人民币陆万元整\n二、展期期限：6个月，自2025年6月1日至2025年12月1日\n三、展期利率：月利率0.7%\n四、还款方式：按月付息，到期还本\n签订日期：2025年5月28日\n",
        "展期协议\n借款人卜某某与贷款人石湾农村商业银行股份有限公司于2024年6月1日订立借款合同一份（下称“原借款合同”），约定借款90,000元。\n经协商，双方同意：\n1. 展期本金：60,000.00元；\n2. 展期期限六个月，自2025年6月1日起；\n3. 展期期间月利率0.7%，按月付息，到期一次还本。\n本协议签署日期：2025年5月28日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(60000)), "{text}");
        assert_eq!(t.contract_date.as_ref().map(|d| d.date), date(2025, 5, 28));
        assert!(near(apr(&a), dec!(8.40)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn signing_dates_under_other_labels_and_years_written_elsewhere() {
    for (text, want) in [
        (
            "分期购物单\n商品：平板电脑\n分期金额：3,600.00元\n期数：6期\n每期手续费率：0.6%\n签单日：2025/06/18\n",
            date(2025, 6, 18),
        ),
        (
            "分期购物单\n签单时间 2025-06-18 15:02\n分期金额 3,600.00元，分6期，每期手续费率0.6%\n",
            date(2025, 6, 18),
        ),
        (
            "12:01  4G\n< 账单\n2025年6月账单\n账单分期\n分期本金 3,600.00\n分期期数 6期\n每期手续费率 0.6%\n办理时间 6月18日 09:30\n",
            date(2025, 6, 18),
        ),
        (
            "账单分期结果\n本期账单：2025年6月\n分期本金：3,600.00元，分期期数：6期，每期手续费率0.6%\n办理日期：6月18日\n",
            date(2025, 6, 18),
        ),
        (
            "借款契約\n借款金額：新臺幣50,000元。\n年利率12%。\n本契約自簽訂之日起生效。\n\n中華民國 114 年 3 月 2 日（西元2025年3月2日）\n",
            date(2025, 3, 2),
        ),
        (
            "借款契約\n借款金額：新臺幣50,000元。\n年利率12%。\n\n2025年3月2日（民國114年3月2日）\n",
            date(2025, 3, 2),
        ),
    ] {
        let t = ex(text);
        assert_eq!(t.contract_date.as_ref().map(|d| d.date), want, "{text}");
    }
}

#[test]
fn a_fee_named_inside_the_instalment_is_charged_each_period() {
    // 24,000 in 12 payments of 2,100, each holding a 100 fee, no interest: 9.10% (Python).
    for text in [
        "分期付款协议\n资金方：禾丰消费金融有限公司\n分期金额：24,000.00元\n分期期数：12期（按月）\n每月还款：2,100.00元（含平台服务费100.00元）\n分期期间不计利息\n签订日期：2025年2月10日\n",
        "禾丰消费金融有限公司 分期付款协议\n借款人分期金额24000元，分12个月按月归还，每月应还2100元(其中含平台服务费100元)，不另收利息。\n签署日期：2025-02-10\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        let fees: Vec<_> = t
            .fees
            .iter()
            .map(|f| (f.name.as_str(), f.amount, f.timing))
            .collect();
        assert_eq!(
            fees,
            vec![("平台服务费", Some(dec!(100)), FeeTiming::PerPeriod)],
            "{text}"
        );
        assert!(near(apr(&a), dec!(9.10)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn level_payments_that_make_the_stated_total_are_level_instalments() {
    // 6,000 in 12 payments of 560 = 6,720, no rate or method written: level instalments,
    // 21.46% (Python).
    for text in [
        "还款计划试算\n借款金额\n6,000.00\n分期 12期\n每期还 560.00\n总还款 6,720.00\n试算日期 2026-03-01\n资金方：瑞禾消费金融有限公司\n",
        "瑞禾消费金融有限公司\n借款金额6000元，分12期，每期应还560元，合计应还6720元。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(method(t), Some(RepaymentMethod::EqualInstallment), "{text}");
        assert!(t.inferred.iter().any(|i| i.field == "repayment"), "{text}");
        assert!(near(apr(&a), dec!(21.46)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_fee_collected_with_the_last_instalment_is_paid_once_at_maturity() {
    // 12,000 for 12 months at 12% a year, level instalments (1,066.19); a 300 fee collected
    // together with the last instalment (not 300 every month): 16.11% (Python, IRR × 12).
    for text in [
        "借款合同\n出借人：某某小额贷款有限公司\n借款人：李四\n借款金额：人民币12,000元，借款期限12个月，年利率12%，按月等额本息还款。\n手续费：300元，与最后一期还款一并收取。\n签订日期：2025年6月1日\n",
        "借款合同\n借款人：李四　出借人：某某小额贷款有限公司\n一、借款本金12,000元，期限12个月，按月等额本息偿还，年利率12%。\n二、借款人另须支付手续费300元，该费用随最后一期月供一同支付。\n签订日期：2025年6月1日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        let fee = t.fees.first().expect("the handling fee");
        assert_eq!(fee.timing, FeeTiming::AtMaturity, "{text}");
        assert!(near(apr(&a), dec!(16.11)), "{:?} {text}", apr(&a));
    }
}
