//! Classes of failure behind batch V's Chinese misses (`zh-e*`), each on texts of our own
//! wording and a rephrasing that must read the same (metamorphic pairs): a fee percentage
//! stated for the whole term and collected in equal parts with each instalment (总手续费率,
//! 费率（总）, 分N期…费率, or an ambiguous 手续费率 that the stated total or the instalment
//! shows to be the whole term's), which must never be charged again each period.
//! Expected figures come from `scripts/unseen_ve_zh_expected.py` (Python `fractions`):
//!
//! ```text
//! whole-term 6% on 24000/24: fee 1440 share 60 (1/4%) instalment 1060 APR 5.6580%
//! whole-term 7.2% on 12000/12: fee 864 share 72 (3/5%) instalment 1072 APR 13.0342%
//! ```

use loanlint::model::{FeeTiming, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, near};

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
