//! Classes of failure behind batch W's Chinese misses (`zh-a*`) owned by helper fixwzh2, each on
//! texts of our own wording and a rephrasing that must read the same (metamorphic pairs).
//! Expected figures come from `scripts/unseen_wfixwzh2_zh_expected.py` (Python `fractions`),
//! checked by hand:
//!
//! ```text
//! per-unit rates: 8 yuan per 1,000 a month = 0.8%/month; 5 yuan per 10,000 a day = 0.05%/day
//! ```

use loanlint::model::Per;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, interest};

#[test]
fn interest_per_unit_of_principal_with_the_period_named_first_is_a_rate() {
    for (text, want) in [
        (
            "借款协议\n出借人：江海涛　借款人：邓小军\n借款金额人民币叁万元整，借期六个月。\n利息按每月每千元捌元计算，到期一并归还本息。\n",
            (dec!(0.8), Per::Month),
        ),
        (
            "欠条\n邓小军向江海涛借款30,000元，借期半年，每万元月息80元，本息到期一次还清。\n",
            (dec!(0.8), Per::Month),
        ),
        (
            "借款合同\n借款人邓小军借到江海涛人民币20,000元，借期90天，利息按日每万元伍元计收，到期还本付息。\n",
            (dec!(0.05), Per::Day),
        ),
    ] {
        let got = interest(&analysed(text).report.terms);
        assert!(
            got.iter().any(|(v, p)| *v == want.0 && *p == want.1),
            "{got:?} {text}"
        );
    }
}
