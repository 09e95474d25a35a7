//! Classes of failure behind batch V's Chinese misses (`zh-e*`), each on texts of our own
//! wording and a rephrasing that must read the same (metamorphic pairs): a fee percentage
//! stated for the whole term and collected in equal parts with each instalment (总手续费率,
//! 费率（总）, 分N期…费率, or an ambiguous 手续费率 that the stated total or the instalment
//! shows to be the whole term's), which must never be charged again each period; an order
//! table whose first cell (the item bought) has the next column's figure glued to it, so the
//! row is one cell short of its labels; an amount the lender pays over to a merchant, clinic
//! or school on the borrower's behalf (受…委托将学费…元支付给学校), which is the amount financed
//! even under a price label, with the instalment said as 每期合计/每月共计; the price of the
//! service bought (服务费合计…元) and the part the borrower paid out of pocket (已自付…元), which
//! are no charge of the loan; a monthly charge on the opening balance of each period beside
//! words that say no interest is taken (本产品不收利息, 年利率0%), which is the interest;
//! interest alone each month with the principal not repaid until the last day (仅支付当月利息,
//! 本金无须归还), which is interest-only.
//! Expected figures come from `scripts/unseen_ve_zh_expected.py` (Python `fractions`):
//!
//! ```text
//! whole-term 6% on 24000/24: fee 1440 share 60 (1/4%) instalment 1060 APR 5.6580%
//! whole-term 7.2% on 12000/12: fee 864 share 72 (3/5%) instalment 1072 APR 13.0342%
//! order table 30000/10 + 0.5% a month: instalment 3150 APR 10.7649%
//! paid over on behalf 6000/6 + 20 a month: APR 6.8249%
//! ```

use loanlint::model::{FeeTiming, Per, RepaymentMethod, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, interest, method, near};
use crate::extract_zh_unseen_h::{count, principal};

/// The (percent, amount) of each fee paid with every instalment.
fn per_period_fees(t: &Terms) -> Vec<(Option<Decimal>, Option<Decimal>)> {
    t.fees
        .iter()
        .filter(|f| f.timing == FeeTiming::PerPeriod)
        .map(|f| (f.percent, f.amount))
        .collect()
}

#[test]
fn a_fee_rate_worded_as_the_whole_terms_is_shared_over_the_periods() {
    for text in [
        "家电分期付款确认书\n商品：嘉禾变频空调三台　　分期金额：24,000.00元　　分期期数：24期\n商户贴息，分期利率0%；总手续费率6%，手续费共1,440.00元，按月平均收取，计入每期还款。\n每月还款：1,060.00元\n首期还款日：2026年9月15日\n客户签名：裴思远　　签署日期：2026年8月15日\n",
        "分期购物协议\n买受人裴思远于2026年8月15日分期购买嘉禾变频空调三台，分期本金24,000元，分24期偿还，利率为零。\n分24期，手续费费率6%，由每期平均分摊收取，已包含在每期还款额内；每期还款额1,060元。\n",
    ] {
        let a = analysed(text);
        // 6% of 24,000 = 1,440 over 24 months: 60 (0.25%) a month (script).
        assert_eq!(
            per_period_fees(&a.report.terms),
            vec![(Some(dec!(0.25)), Some(dec!(60)))],
            "{text}"
        );
        assert!(near(apr(&a), dec!(5.6580)), "{:?} {text}", apr(&a));
        assert!(
            a.report
                .findings
                .iter()
                .all(|f| !f.rule_id.contains("apr-above") && !f.rule_id.contains("cost-above")),
            "{:?} {text}",
            a.report.findings
        );
    }
}

#[test]
fn an_ambiguous_fee_rate_is_the_whole_terms_when_the_stated_figures_say_so() {
    for text in [
        // The instalment holds 72 above 1,000 of principal: 7.2% can only be the term's.
        "装修分期申请单\n贷款金额：12,000.00元　　期数：12期　　年利率：0%\n分期手续费率7.2%，按期收取，已含在月供中。\n月供：1,072.00元\n签订日期：2026年4月2日　　借款人：阮青禾\n",
        // The stated total 864 is 7.2% of the principal once.
        "装修分期申请单\n贷款金额：12,000.00元　　期数：12期　　年利率：0%\n分期手续费率7.2%，按期收取，手续费合计864.00元。\n还款方式：等额本息\n签订日期：2026年4月2日　　借款人：阮青禾\n",
        // Control, the same cash flows: 0.6% charged each period is 72 a period.
        "装修分期申请单\n贷款金额：12,000.00元　　期数：12期　　年利率：0%\n分期手续费率0.6%，按期收取，已含在月供中。\n月供：1,072.00元\n签订日期：2026年4月2日　　借款人：阮青禾\n",
    ] {
        let a = analysed(text);
        let fees = per_period_fees(&a.report.terms);
        assert_eq!(fees.len(), 1, "{fees:?} {text}");
        assert_eq!(fees[0].0, Some(dec!(0.6)), "{fees:?} {text}");
        assert!(near(apr(&a), dec!(13.0342)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn an_order_tables_item_cell_glued_to_the_next_figure_still_pairs_each_column() {
    for text in [
        "分期详情（口腔诊疗订单）\n下单时间：2026年5月12日\n商品名称　　　商品总价　　首付款　　分期本金　　分期数\n全瓷种植牙3颗套餐36,600.00　　6,600.00　　30,000.00　　10\n月手续费率：0.5%　　每月手续费：150.00元\n每月应还：3,150.00元（含本金及手续费）\n服务机构：康齿口腔门诊部　　资金方：和信消费金融有限公司\n",
        "订单信息（分期款已放款至商户）\n服务项目\t订单总额\t首付\t贷款金额\t期数\n全飞秒近视手术双眼套餐36,600.00元\t6,600.00元\t30,000.00元\t10\n手续费：每月按贷款金额的0.5%收取（每月150元）。\n每月还款额3,150元（含本金及手续费），贷款机构：和信消费金融有限公司。\n下单日期：2026年5月12日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        // The financed column, not the order total 36,600 nor the down payment.
        assert_eq!(principal(t), Some(dec!(30000)), "{text}");
        assert_eq!(count(t), Some(10), "{text}");
        assert_eq!(
            per_period_fees(t),
            vec![(Some(dec!(0.5)), Some(dec!(150)))],
            "{text}"
        );
        assert!(near(apr(&a), dec!(10.7649)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn an_amount_paid_over_to_the_merchant_on_the_borrowers_behalf_is_the_principal() {
    for text in [
        "驾校学费分期合同\n学员（借款人）：苗嘉树　　培训机构：前程驾驶培训学校　　资金方：宏远小额贷款有限公司\n一、资金方受学员委托，将培训费6,000.00元一次性支付给培训机构。\n二、学员分6期归还，不计利息；每期另收取服务费20.00元，每期合计1,020.00元，首期2026年3月10日，以后每月同日，应还本息及服务费合计6,120.00元。\n签订日期：2026年2月10日\n",
        "驾培分期借款协议\n学员苗嘉树委托宏远小额贷款有限公司代为支付驾培费用6,000元，款项直接划付至前程驾驶培训学校。\n学员分6期偿还，免息，每月共计1,020元（含服务费20元），2026年3月10日起每月10日还款，本息及手续费合计6,120元。\n签订日期：2026年2月10日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(6000)), "{text}");
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount),
            Some(dec!(1020)),
            "{text}"
        );
        assert_eq!(per_period_fees(t), vec![(None, Some(dec!(20)))], "{text}");
        // 6 × 1,020 = 6,120: the stated total, read as the total of payments and agreeing.
        assert_eq!(
            t.total_of_payments.as_ref().map(|p| p.amount),
            Some(dec!(6120)),
            "{text}"
        );
        assert!(t.inconsistencies.is_empty(), "{:?}", t.inconsistencies);
        assert!(near(apr(&a), dec!(6.8249)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_service_price_and_the_part_paid_out_of_pocket_are_no_fee() {
    for text in [
        "康复护理分期借款协议\n甲方（贷款人）：益康消费金融有限公司\n乙方（借款人）：龚若溪\n鉴于乙方为其母亲购买居家康复护理服务，护理服务费合计48,000.00元，乙方已自付8,000.00元，余款申请分期。\n一、甲方向乙方提供借款40,000.00元，由甲方直接划付至护理机构。\n二、借款期限12个月，年利率7.2%，按等额本息方式按月还款。\n签订日期：2026年3月18日\n",
        "分期借款合同（康复护理）\n借款人龚若溪购买居家康复护理服务，护理服务费用共计48,000元，其中首付款8,000元由借款人自行支付，其余部分向益康消费金融有限公司借款。\n借款金额：40,000元；借款期限：12个月；年利率：7.2%；还款方式：等额本息。\n签订日期：2026年3月18日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(40000)), "{text}");
        assert!(t.fees.is_empty(), "{:?} {text}", t.fees);
        // No fee: the cost is the stated 7.2% a year on a level monthly schedule.
        assert!(near(apr(&a), dec!(7.2)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_charge_on_the_opening_balance_is_the_interest_a_zero_rate_denies() {
    for text in [
        "分期借款详情\n借款金额　　12,000.00元　　　放款时间　　2026年5月20日\n分期期数　　6期　　　　　每期归还本金　2,000.00元\n月服务费率　0.6%（按当期期初未还本金计收）\n本产品不收利息，服务费随每期本金一并归还。\n提供方：云帆消费金融有限公司\n",
        "分期借款协议\n借款人向云帆消费金融有限公司借款12,000元，于2026年5月20日放款，分6期按月归还，每期归还本金2,000元，借款年利率0%。\n服务费按每月0.6%、以每期期初剩余本金为基数计收，随当期本金一并支付。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(interest(t), vec![(dec!(0.6), Per::Month)], "{text}");
        assert!(t.fees.is_empty(), "{:?} {text}", t.fees);
        // 0.6% a month on the balance owed is a periodic IRR of exactly 0.6%: 7.2% a year.
        assert!(near(apr(&a), dec!(7.2)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn interest_alone_each_month_and_the_principal_not_repaid_is_interest_only() {
    for text in [
        "借款合同（流动资金）\n贷款人：瑞丰小额贷款有限公司　　借款人：包启明\n借款本金：50,000.00元；借款期限6个月，自2026年4月8日起；月利率0.8%。\n还款：每月8日借款人只需支付当月利息400.00元，本金暂不归还；\n最后一个还款日（2026年10月8日）借款人还清全部本金并付清当月利息，合计50,400.00元。\n签订日期：2026年4月8日\n",
        "借款协议\n瑞丰小额贷款有限公司向包启明出借50,000元，期限6个月（2026年4月8日至2026年10月8日），月利率0.8%。\n借款期间借款人每月仅偿还利息，本金无需偿还；2026年10月8日借款人还清本金，并支付该月利息400元。\n签订日期：2026年4月8日\n",
    ] {
        let a = analysed(text);
        assert_eq!(
            method(&a.report.terms),
            Some(RepaymentMethod::InterestOnly),
            "{text}"
        );
        // 400 a month on 50,000 and the principal back at the end: a periodic IRR of exactly
        // 0.8%, 9.6% a year.
        assert!(near(apr(&a), dec!(9.6)), "{:?} {text}", apr(&a));
    }
}
