//! A sentence that names no fee but restates the amount of the fee just stated, and says when
//! it is taken: `极速放款卡 ¥299.00 已选` / `放款成功当日从您的银行卡另行扣取299.00元`,
//! `会员卡 199元` / `借款到账当日自动扣款199元`. The same sum, right after, is that fee.

use super::*;

/// Every figure of `sentence` is money equal to `amount` (at least one, no percentage).
pub(super) fn restates_only(sentence: &str, amount: Decimal) -> bool {
    let toks = tokens(sentence);
    !toks.is_empty()
        && toks
            .iter()
            .all(|t| t.val.money().is_some_and(|m| m == amount))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_sum_alone_restates_the_fee() {
        let fee = Decimal::from(299);
        assert!(restates_only("放款成功当日从您的银行卡另行扣取299.00元,不从借款中扣除", fee));
        assert!(restates_only("借款到账当日自动扣款¥299", fee));
        assert!(!restates_only("放款当日扣取199.00元", fee));
        assert!(!restates_only("放款当日扣取299.00元及借款金额的1%", fee));
        assert!(!restates_only("放款当日到账", fee));
    }
}
