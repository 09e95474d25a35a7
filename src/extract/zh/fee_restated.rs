//! A sentence that names no fee but restates the sum of a fee stated before it, and says when
//! it is taken: `极速放款卡 ¥299.00 已选` … `放款成功当日从您的银行卡另行扣取299.00元`,
//! `会员卡 199元(已选)` … `借款到账当日自动扣款199元`. The same sum is that fee, when exactly
//! one fee with no timing yet (or one read from words away from it) has it; a clause about the
//! product may stand between them.

use super::*;

/// The one sum of money `sentence` states (one or more times), with no percentage.
fn only_sum(sentence: &str) -> Option<Decimal> {
    let toks = tokens(sentence);
    let first = toks.first()?.val.money()?;
    toks.iter()
        .all(|t| t.val.money() == Some(first))
        .then_some(first)
}

impl Extractor<'_> {
    /// Gives the timing `sentence` states to the one untimed fee of the sum it restates.
    pub(super) fn timing_of_restated_sum(&mut self, sentence: &str) -> usize {
        if FEE_NAME.is_match(sentence) {
            return 0;
        }
        let Some(sum) = only_sum(sentence).filter(|s| *s > Decimal::ZERO) else {
            return 0;
        };
        let Some(timing) = super::fees::timing_of(sentence) else {
            return 0;
        };
        // A timing read from words of its sentence away from the fee (按月等额本息 on the same
        // line) gives way too.
        let borrowed = &self.borrowed_timing;
        let mut same = self.terms.fees.iter_mut().filter(|f| {
            (f.timing == FeeTiming::Other || borrowed.contains(&f.name)) && f.amount == Some(sum)
        });
        match (same.next(), same.next()) {
            (Some(fee), None) => {
                fee.timing = timing;
                1
            }
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_sum_alone_is_restated() {
        let sum = Some(Decimal::from(299));
        assert_eq!(
            only_sum("放款成功当日从您的银行卡另行扣取299.00元,不从借款中扣除"),
            sum
        );
        assert_eq!(only_sum("借款到账当日自动扣款¥299"), sum);
        assert_eq!(only_sum("放款当日扣取299.00元及借款金额的1%"), None);
        assert_eq!(only_sum("放款当日扣取199元,另付100元"), None);
        assert_eq!(only_sum("放款当日到账"), None);
    }
}
