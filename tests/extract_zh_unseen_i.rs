//! Classes of failure found on Chinese contracts of batch I (issue 13), each on contracts of
//! our own wording and a rephrasing that must read the same (metamorphic pairs): a fee paid
//! apart from the loan on the payout day (from the borrower's card, 不从借款中扣除) is no
//! deduction; the lender's type read from its name (a car-finance company is licensed, a
//! trading company lends privately, a "finance information" company is unknown); a fee debited
//! on a stated date or with a named instalment; a year written only in the title; a term in
//! days in brackets after the due date; interest-only told in a paragraph; a count of 期 with
//! monthly dated rows; a loan-detail page laid out as a vertical list.
//! Expected costs come from an independent Python computation (IRR of the cash flows × 12;
//! level instalments rounded half up to the cent, the last taking the remainder).

use loanlint::model::{FeeTiming, LenderType, Per, RateKind, RepaymentMethod, Severity, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_terms::ex;
use crate::extract_zh_unseen_f::{analysed, apr, date, method, near};

fn fired(a: &loanlint::analysis::Analysis, rule: &str) -> bool {
    a.report.findings.iter().any(|f| f.rule_id == rule)
}

fn disbursed(t: &Terms) -> Option<Decimal> {
    t.disbursed.as_ref().map(|d| d.amount)
}

pub(crate) fn lender(a: &loanlint::analysis::Analysis) -> Option<LenderType> {
    a.report
        .rulesets_applied
        .iter()
        .find_map(|r| r.lender.as_ref().map(|l| l.lender_type))
}

#[test]
fn a_fee_paid_apart_on_the_payout_day_is_no_deduction() {
    // 20,000 over 12 months at 1% a month, level 1,776.98 (last 1,776.92); the 500 fee paid on
    // the payout day apart from the loan: 16.8360% (Python); the whole 20,000 is received.
    for text in [
        "个人信用借款合同\n贷款人：明川消费金融股份有限公司\n借款人：甄某某\n借款金额：人民币20,000.00元\n借款期限：12个月\n年利率：12%（单利）\n还款方式：按月等额本息\n服务费：人民币500.00元，由借款人于放款当日另行缴纳，不在借款本金中扣除\n签订日期：2025年10月10日\n",
        "借款合同\n明川消费金融股份有限公司（贷款人）向甄某某（借款人）出借人民币贰万元整，期限十二个月，年利率12%，每月等额还本付息。借款人须另付服务费500元，于放款当天从借款人本人银行卡单独扣款，并非从借款中扣除。本合同于2025年10月10日签订。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        let timing: Vec<FeeTiming> = t.fees.iter().map(|f| f.timing).collect();
        assert!(
            matches!(
                timing.as_slice(),
                [FeeTiming::AtDisbursement | FeeTiming::UpfrontPaid]
            ),
            "{timing:?} {text}"
        );
        assert_ne!(disbursed(t), Some(dec!(19500)), "{text}");
        assert!(!fired(&a, "cn-lic-upfront-fee-deduction"), "{text}");
        assert!(near(apr(&a), dec!(16.8360)), "{:?} {text}", apr(&a));
    }
    // Taken out of the loan, the same fee is a deduction, and the finding fires.
    let a = analysed(
        "个人信用借款合同\n贷款人：明川消费金融股份有限公司\n借款人：甄某某\n借款金额：人民币20,000.00元\n借款期限：12个月\n年利率：12%（单利）\n还款方式：按月等额本息\n服务费：人民币500.00元，于放款时从借款本金中扣除\n签订日期：2025年10月10日\n",
    );
    let t = &a.report.terms;
    assert_eq!(
        t.fees.iter().map(|f| f.timing).collect::<Vec<_>>(),
        vec![FeeTiming::UpfrontDeducted]
    );
    assert_eq!(disbursed(t), Some(dec!(19500)));
    assert!(fired(&a, "cn-lic-upfront-fee-deduction"));
}

#[test]
fn the_lender_type_is_read_from_its_name_and_a_default_type_drives_no_violation() {
    // 90,000 over 24 months at 7.2%: 7.20% (Python); default interest 0.06% a day (21.9% a
    // year) is above 4 × LPR, a line that binds private lenders only.
    let contract = |lender: &str| {
        [
            format!(
                "汽车贷款合同\n贷款人：{lender}\n借款人：屈某某\n贷款本金：人民币90,000.00元\n贷款期限：24个月\n年利率：7.2%\n还款方式：等额本息\n逾期罚息：逾期本金按日万分之六计收\n签订日期：2025年6月1日\n"
            ),
            format!(
                "汽车消费贷款合同\n甲方（借款人）屈某某，乙方（贷款人）：{lender}。\n乙方向甲方发放贷款玖万元整，期限二十四个月，年利率7.2%，按月等额本息还款。甲方逾期的，按逾期本金每日0.06%计收罚息。本合同签订于2025年6月1日。\n"
            ),
        ]
    };
    for text in contract("远航汽车金融有限公司") {
        let a = analysed(&text);
        assert_eq!(lender(&a), Some(LenderType::LicensedNonBank), "{text}");
        assert!(
            a.report
                .findings
                .iter()
                .all(|f| !f.rule_id.starts_with("cn-pl-")),
            "{:?} {text}",
            a.report.findings
        );
        assert!(near(apr(&a), dec!(7.2000)), "{:?} {text}", apr(&a));
    }
    // A trading company lends privately: the 4 × LPR line applies as the law's.
    for text in contract("远航商贸有限公司") {
        let a = analysed(&text);
        assert_eq!(lender(&a), Some(LenderType::Company), "{text}");
        assert!(
            a.report
                .findings
                .iter()
                .any(|f| f.rule_id.starts_with("cn-pl-") && f.severity == Severity::Violation),
            "{:?} {text}",
            a.report.findings
        );
    }
    // "Finance" in a name tells no licence: the line is at most a warning.
    for text in contract("远航金融信息服务有限公司") {
        let a = analysed(&text);
        assert_eq!(lender(&a), Some(LenderType::Unknown), "{text}");
        assert!(
            a.report
                .findings
                .iter()
                .all(|f| f.severity != Severity::Violation),
            "{:?} {text}",
            a.report.findings
        );
    }
}

#[test]
fn a_fee_debited_on_a_stated_date_or_with_a_named_instalment_and_a_year_only_in_the_title() {
    // 12,000 over 6 months at 0.5% a month, level 2,035.15 (last 2,035.11); 240 paid with the
    // 2nd instalment (2026-04-10): 12.8767% (Python; at payout it would be 13.03%, at the end
    // 12.59%).
    for text in [
        "教育分期确认函（2026年度春季班）\n资金方：青松消费金融有限公司\n学员：岑某某\n贷款金额：人民币12,000.00元\n贷款期限：6个月\n年利率：6%（单利）\n还款方式：等额本息\n首期还款日：3月10日\n签约日期：2月10日\n服务费：人民币240.00元，于第2期还款日随当期还款一并扣收\n",
        "个人消费贷款合同\n贷款人：青松消费金融有限公司\n借款人：岑某某\n签订日期：2026年2月10日\n借款金额为人民币壹万贰仟元整，借款期限六个月，年利率6%，按月等额本息还款，首期还款日为2026年3月10日。\n账户管理费：借款人应支付账户管理费240元，该费用于2026年4月10日随当期应还款项一并划扣，一次性收取。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2026, 2, 10),
            "{text}"
        );
        assert_eq!(
            t.fees
                .iter()
                .map(|f| (f.timing, f.due_date.as_ref().map(|d| d.date)))
                .collect::<Vec<_>>(),
            vec![(FeeTiming::OnDate, date(2026, 4, 10))],
            "{text}"
        );
        assert!(near(apr(&a), dec!(12.8767)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_term_in_days_in_brackets_after_the_due_date() {
    // 5,000 for 30 days at 0.05% a day: 75 interest, (5,075/5,000 − 1) × 365/30 = 18.25%.
    for text in [
        "随借随还支用确认\n本次支用金额：5,000.00元\n用款日期：2026-05-06\n到期还款日：2026-06-05（共30天）\n日利率：0.05%\n还款方式：到期一次性还本付息\n贷款人：安澜消费金融有限公司\n",
        "支用确认：本次支用金额5000元，放款日2026年5月6日，日利率万分之五；\n约定还款日2026年6月5日（共计30日），到期一次性还本付息。\n贷款人：安澜消费金融有限公司\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(30), "{text}");
        assert!(near(apr(&a), dec!(18.25)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn interest_paid_monthly_and_the_principal_with_the_last_month_in_one_paragraph() {
    // 50,000 for 6 months at 1% a month, 500 of interest a month and the principal at the
    // end: 12.00% (Python).
    for text in [
        "借款协议：出借人岳某某（身份证号320102********1111）与借款人龚某某（身份证号320106********2222）于二〇二五年九月一日签订本协议，岳某某出借人民币伍万元整，借款期限六个月，月利率1%，龚某某应于每月1日前支付当月利息，第六个月连同本金一并归还，双方签字后生效。\n",
        "借条\n今借到岳某某（身份证号320102********1111）人民币50,000元，借期6个月，自2025年9月1日起，月息一分；利息按月支付（每月1日之前付清上月利息），最后一个月连同全部本金一并偿还。\n借款人：龚某某\n2025年9月1日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(method(t), Some(RepaymentMethod::InterestOnly), "{text}");
        assert!(near(apr(&a), dec!(12.00)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_count_of_periods_with_monthly_dated_rows_is_a_term_in_months() {
    // 9,000 in 6 equal parts of principal at 1% a month on the balance: 12.00% (Python).
    let rows = " 1  2026-04-20  本金1,500.00  利息90.00  合计1,590.00\n 2  2026-05-20  本金1,500.00  利息75.00  合计1,575.00\n 3  2026-06-20  本金1,500.00  利息60.00  合计1,560.00\n 4  2026-07-20  本金1,500.00  利息45.00  合计1,545.00\n 5  2026-08-20  本金1,500.00  利息30.00  合计1,530.00\n 6  2026-09-20  本金1,500.00  利息15.00  合计1,515.00\n";
    for text in [
        format!(
            "还款试算\n借款金额：9,000.00元\n借款期限：6期\n年利率：12%\n还款方式：等额本金\n预计放款日：2026年3月20日\n试算明细：\n{rows}贷款人：嘉禾消费金融有限公司\n"
        ),
        format!(
            "还款试算（仅供参考）\n贷款人：嘉禾消费金融有限公司\n借款金额9000元，分6期，等额本金，年利率12%，预计2026-03-20放款。\n{}",
            rows.replace("  ", " | ")
        ),
    ] {
        let a = analysed(&text);
        let t = &a.report.terms;
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(6), "{text}");
        assert!(near(apr(&a), dec!(12.00)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_loan_detail_page_as_a_vertical_list_reads_as_label_value_pairs() {
    // Read in-process (what the document is belongs to the kind classifier): 12,000 in 12
    // level instalments at 1% a month.
    for text in [
        "贷款信息\n申请编号 JX20260301\n贷款本金\n12,000.00元\n分期数\n12期\n月利率\n1%\n还款方式\n等额本息\n月供\n1,066.19元\n首次还款日\n2026年4月1日\n放款机构\n星桥消费金融有限公司\n放款日期\n2026年3月1日\n",
        "贷款信息\n申请编号：JX20260301\n贷款本金：12,000.00元\n分期数：12期\n月利率：1%\n还款方式：等额本息\n月供：1,066.19元\n首次还款日：2026年4月1日\n放款机构：星桥消费金融有限公司\n放款日期：2026年3月1日\n",
    ] {
        let t = ex(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(12000)),
            "{text}"
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12), "{text}");
        assert_eq!(
            method(&t),
            Some(RepaymentMethod::EqualInstallment),
            "{text}"
        );
        let rates: Vec<(Decimal, Per)> = t
            .rates
            .iter()
            .filter(|r| r.kind == RateKind::Interest)
            .map(|r| (r.value, r.per))
            .collect();
        assert_eq!(rates, vec![(dec!(1), Per::Month)], "{text}");
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount),
            Some(dec!(1066.19)),
            "{text}"
        );
    }
}

#[test]
fn a_sale_and_leaseback_told_through_its_rents_is_a_loan() {
    // Read in-process (what the document is belongs to the kind classifier): 60,000 paid to
    // the lessee, 24 monthly rents of 2,824.41 (12% a year as an annuity, Python), a GPS fee
    // paid apart on the signing day.
    for text in [
        "汽车售后回租合同\n出租人（甲方）：辰光融资租赁有限公司\n承租人（乙方）：聂某某\n签订日期：2025年11月3日\n一、乙方将自有车辆转让给甲方并租回使用，转让价款人民币60,000.00元，甲方于签订当日全额支付给乙方。\n二、租赁期限24个月，共24期，乙方按月支付租金，每期租金人民币2,824.41元。\n三、乙方应于合同签订当日另行支付GPS服务费人民币800.00元，不从转让价款中扣除。\n",
        "售后回租业务确认单\n出租人：辰光融资租赁有限公司\n承租人：聂某某\n融资金额：60,000.00元\n租赁期数：24期（按月）\n每期租金：2,824.41元\nGPS服务费：800.00元，签约时另行支付\n签约日期：2025-11-03\n",
    ] {
        let t = ex(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(60000)),
            "{text}"
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(24), "{text}");
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount),
            Some(dec!(2824.41)),
            "{text}"
        );
        let fees: Vec<(Option<Decimal>, FeeTiming)> =
            t.fees.iter().map(|f| (f.amount, f.timing)).collect();
        assert!(
            matches!(
                fees.as_slice(),
                [(Some(a), FeeTiming::AtDisbursement | FeeTiming::UpfrontPaid)] if *a == dec!(800)
            ),
            "{fees:?} {text}"
        );
    }
}
