//! Classes of failure found on Chinese documents of batch P (`zh-u*`), each on texts of our own
//! wording and a rephrasing that must read the same (metamorphic pairs): a debt note's 今欠
//! (the principal and a natural-person lender); a fee named as an addend of a sum's label;
//! label:value cells side by side on one line; a two-column form of labels over values; an app
//! screen's transcript and a lender's e-mail as disclosures; a fee collected at payout that the
//! stated amount received shows deducted; a date beside a signature; a worked formula, a ticked
//! tenor row and a flat 月费率 on a price financed whole.
//! Expected costs come from `scripts/unseen_u_zh_expected.py` (Python `decimal`):
//!
//! ```text
//! debt note: 50000 × (1 + 0.8% × 4) after 4 months: (52400/50000 − 1) / (4/12) = 9.60%
//! addend: 12000 at 0.6%/month, 12 level payments 1039.43 (+50 fee each): 16.12%
//! two columns: 60000 at 4.8% a year, 24 level payments: 4.80%
//! deducted: 10000 at 1%/month, 6 payments of 1725.48 (last 1725.51), 9700 received: 22.72%
//! flat: 12000/12 + 12000 × 0.6% = 1072 a month, irr([-12000] + [1072]*12) × 12 = 13.03%
//! ```

use loanlint::model::{DocumentKind, FeeTiming, Per, RateKind, RepaymentMethod, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_en_unseen_h::violations;
use crate::extract_zh_unseen_f::{analysed, apr, date, method, near};
use crate::extract_zh_unseen_h::{count, months, principal};

fn interest(t: &Terms) -> Vec<(Decimal, Per)> {
    t.rates
        .iter()
        .filter(|r| r.kind == RateKind::Interest && !r.comprehensive)
        .map(|r| (r.value, r.per))
        .collect()
}

/// The loan's own charges: timing and amount.
fn charges(t: &Terms) -> Vec<(FeeTiming, Option<Decimal>)> {
    t.fees
        .iter()
        .filter(|f| f.timing != FeeTiming::OnDefault && !f.kind.on_default_or_prepayment())
        .map(|f| (f.timing, f.amount))
        .collect()
}

fn kind(text: &str) -> Option<DocumentKind> {
    analysed(text).report.document.as_ref().map(|d| d.kind)
}

#[test]
fn a_debt_note_names_the_principal_and_a_person_lends() {
    // 0.1% a day overdue = 36.5% a year > 4 × LPR (3.10% on 2025-03-01): a violation.
    for text in [
        "欠条\n本人黎某，今欠同事周海人民币伍万元整（¥50,000.00），系2025年3月1日所借。\n约定借期四个月，月利率0.8%，到期连本带息一次还清。\n逾期未还的，按每日千分之一计付逾期利息。\n欠款人：黎某\n2025年3月1日\n",
        "欠　据\n现尚欠表哥周海借款50,000元（大写伍万元整），款项于2025年3月1日以银行转账收讫。\n借期4个月，按月息八厘计息，到期本息一次性归还。\n如逾期，逾期部分每日另付千分之一逾期利息。\n立据人：黎某\n二〇二五年三月一日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(50000)), "{text}");
        assert_eq!(months(t), Some(4), "{text}");
        assert!(near(apr(&a), dec!(9.60)), "{:?} {text}", apr(&a));
        assert!(
            violations(&a).contains(&"cn-pl-overdue-above-4x-lpr".to_string()),
            "{:?} {text}",
            violations(&a)
        );
    }
}

#[test]
fn a_fee_named_in_a_sums_label_is_no_second_fee() {
    for text in [
        "个人消费贷款合同\n贷款人：某某消费金融有限公司\n借款本金：人民币12,000.00元\n借款期数：12期，按月等额本息还款\n贷款年利率：7.2%\n账户管理费：每期50.00元，随每期还款收取\n每月应还（本息＋账户管理费）：1,089.43元\n签署日期：2025年6月2日\n",
        "个人消费贷款合同\n贷款人：某某消费金融有限公司\n借款本金：12000元\n期数：12期，等额本息\n年利率7.2%\n账户管理费按期收取，每期50元\n本息与账户管理费每月合计1089.43元\n签署日期：2025年6月2日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            charges(t),
            vec![(FeeTiming::PerPeriod, Some(dec!(50)))],
            "{text}"
        );
        assert!(near(apr(&a), dec!(16.12)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn label_value_cells_side_by_side_keep_their_own_values() {
    for text in [
        "借款合同\n借款金额：10,000.00元　　借款期限：3个月\n月利率：1%　　　月服务费率：0.5%\n到期一次性还本付息，服务费随本息一并支付。\n签订日期：2025年5月6日\n",
        "借款合同\n借款期限：三个月  |  借款金额：人民币10000元\n月服务费率：0.5%  |  月利率：1%\n借款到期时一次性归还本金和利息，服务费与本息一并支付。\n签订日期：2025年5月6日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(interest(t), vec![(dec!(1), Per::Month)], "{text}");
        let fee_rates: Vec<(Option<Decimal>, Option<Per>)> =
            t.fees.iter().map(|f| (f.percent, f.per)).collect();
        assert_eq!(
            fee_rates,
            vec![(Some(dec!(0.5)), Some(Per::Month))],
            "{text}"
        );
    }
}

#[test]
fn a_two_column_form_reads_values_under_their_labels() {
    for text in [
        "个人贷款合同　要素页\n贷款人：某某银行股份有限公司\n贷款金额　　　　　　贷款期限\n60,000.00元　　　　24个月\n还款方式：按月等额本息\n执行年利率：4.8%\n签订日期：2025年9月1日\n",
        "个人贷款合同 要素页\n贷款人：某某银行股份有限公司\n借款金额        借款期数\n¥60,000        24期\n年利率4.8%，每月等额本息还款。\n签订日期：2025年9月1日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(60000)), "{text}");
        assert_eq!(count(t), Some(24), "{text}");
        assert!(near(apr(&a), dec!(4.80)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn an_app_screen_and_a_lenders_email_are_disclosures() {
    for text in [
        "（以下为某某App借款页面截图的文字）\n借款金额　　¥5,000.00\n借款期限　　6个月\n年利率　　　12%\n还款方式　　每月等额还款\n放款机构：某某小额贷款有限公司\n借款人：庞某\n",
        "借款金额：5000元\n借款期限：6个月\n年利率：12%，按月等额还款\n放款机构：某某小额贷款有限公司\n借款人：庞某\n【确认借款】\n",
        "发件人：某某汽车金融有限公司 <service@example.cn>\n收件人：庞某\n主题：贷款审批结果通知\n\n庞某先生：您的贷款已审批通过。\n贷款金额：50,000.00元\n贷款期限：24个月\n年利率：3.5%，按月等额本息还款\n",
        "寄件人: 某某汽车金融有限公司\n收件人: 庞某\n邮件主题: 您的汽车贷款已获批\n尊敬的庞某：\n贷款金额50000元，期限24个月，年利率3.5%，每月等额本息还款。\n",
    ] {
        assert_eq!(kind(text), Some(DocumentKind::LoanDisclosure), "{text}");
    }
}

#[test]
fn a_fee_collected_at_payout_is_deducted_when_the_amount_received_says_so() {
    for text in [
        "借款确认\n借款金额　　¥10,000.00\n到账金额　　¥9,700.00\n服务费　　¥300.00（放款时一次性收取）\n借款期限　　6个月\n还款方式　　每月等额还款\n月利率　　1%\n",
        "借款金额：10000元；实际到账：9700元。\n审核费300元于放款当日收取。\n借款期限6个月，按月等额本息还款，月利率1%。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            charges(t),
            vec![(FeeTiming::UpfrontDeducted, Some(dec!(300)))],
            "{text}"
        );
        assert!(near(apr(&a), dec!(22.72)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_date_beside_a_signature_or_a_screens_record_time_dates_the_contract() {
    for text in [
        "分期付款合同\n借款金额：6,000元，分6期，等额本息，年利率10%。\n借款人签名：蒋某　　　　2025年4月8日\n",
        "分期付款合同\n借款金额6000元，6期等额本息，年利率10%。\n借款人（签字）：蒋某，2025-04-08\n",
        "借款确认页面\n借款金额：6,000元\n借款期限：6个月\n年利率：10%，按月等额本息\n记录时间：2025-04-08 10:12\n",
    ] {
        let t = analysed(text).report.terms;
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2025, 4, 8),
            "{text}"
        );
    }
}

#[test]
fn a_flat_plan_on_a_price_financed_whole() {
    for text in [
        "培训课程分期申请表\n学员：郝某　　课程：平面设计班　　学费：12,000.00元\n付款方式：☑ 学费分期（由合作机构放款，学费直接付至本校）\n分期方案（请勾选）：\n□ 6期　月费率0.7%\n☑ 12期　月费率0.6%\n□ 24期　月费率0.5%\n月费率按分期本金计算，每月还款＝分期本金÷期数＋分期本金×月费率＝1,072.00元；\n学员签名：郝某　　日期：2025年7月1日\n",
        "课程分期申请\n学员：郝某\n学费：人民币12000元\n分期方案：\n√ 12期 月费率0.6%\n□ 18期 月费率0.55%\n月供 = 分期本金/期数 + 分期本金×月费率 = 1072元。\n日期：2025年7月1日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(12000)), "{text}");
        assert_eq!(count(t), Some(12), "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::FlatRate), "{text}");
        assert_eq!(interest(t), vec![(dec!(0.6), Per::Month)], "{text}");
        assert!(near(apr(&a), dec!(13.03)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn the_stated_instalment_must_agree_before_a_price_is_the_principal() {
    // Same plan, but 1,150 a month is not 12,000/12 + 12,000 × 0.6%: the price is not taken.
    let text = "课程分期申请\n学员：郝某\n学费：人民币12000元\n分期方案：\n√ 12期 月费率0.6%\n月供 = 分期本金/期数 + 分期本金×月费率 = 1150元。\n日期：2025年7月1日\n";
    let a = analysed(text);
    assert_ne!(principal(&a.report.terms), Some(dec!(12000)), "{text}");
}
