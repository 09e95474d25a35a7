//! A sentence that names no fee but restates the sum of a fee stated before it, and says when
//! it is taken: `极速放款卡 ¥299.00 已选` … `放款成功当日从您的银行卡另行扣取299.00元`,
//! `会员卡 199元(已选)` … `借款到账当日自动扣款199元`. The same sum is that fee, when exactly
//! one fee with no timing yet (or one read from words away from it) has it; a clause about the
//! product may stand between them.

use super::*;

/// The one sum of money a sentence states (one or more times), with no percentage, from its
/// tokens.
fn only_sum(toks: &[Tok]) -> Option<Decimal> {
    let first = toks.first()?.val.money()?;
    toks.iter()
        .all(|t| t.val.money() == Some(first))
        .then_some(first)
}

impl Extractor<'_> {
    /// Gives the timing `sentence` states to the one untimed fee of the sum it restates.
    /// `toks` are `tokens(sentence)` when the caller has them already (read here otherwise).
    pub(super) fn timing_of_restated_sum(&mut self, sentence: &str, toks: Option<&[Tok]>) -> usize {
        // Only a fee with a sum above zero and no timing of its own can take one: without
        // such a fee the answer is 0 whatever the sentence says (its figures are not read).
        let borrowed = &self.borrowed_timing;
        if !self.terms.fees.iter().any(|f| {
            (f.timing == FeeTiming::Other || borrowed.contains(&f.name))
                && f.amount.is_some_and(|a| a > Decimal::ZERO)
        }) {
            return 0;
        }
        if FEE_NAME.is_match(sentence) {
            return 0;
        }
        let read;
        let toks = match toks {
            Some(t) => t,
            None => {
                read = tokens(sentence);
                &read
            }
        };
        let Some(sum) = only_sum(toks).filter(|s| *s > Decimal::ZERO) else {
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
            only_sum(&tokens(
                "放款成功当日从您的银行卡另行扣取299.00元,不从借款中扣除"
            )),
            sum
        );
        assert_eq!(only_sum(&tokens("借款到账当日自动扣款¥299")), sum);
        assert_eq!(
            only_sum(&tokens("放款当日扣取299.00元及借款金额的1%")),
            None
        );
        assert_eq!(only_sum(&tokens("放款当日扣取199元,另付100元")), None);
        assert_eq!(only_sum(&tokens("放款当日到账")), None);
    }

    fn fee_timings(text: &str) -> Vec<(String, Option<Decimal>, FeeTiming)> {
        let doc = Document::from_text(
            std::path::Path::new("restated.txt"),
            crate::read::SourceKind::Text,
            text,
        );
        extract(&doc)
            .fees
            .into_iter()
            .map(|f| (f.name, f.amount, f.timing))
            .collect()
    }

    /// The test for an untimed fee comes before the sentence's figures are read: a sentence
    /// restating the sum still times the fee it restates (twins in other words), and one with
    /// no such fee (none, or of another sum) leaves every fee as it was.
    #[test]
    fn a_restated_sum_times_only_an_untimed_fee_of_that_sum() {
        for (text, timed) in [
            ("会员卡 199元(已选)\n借款到账当日自动扣款199元。", true),
            (
                "极速放款卡 ¥66.00 已选。\n放款成功当日从您的银行卡另行扣取66.00元。",
                true,
            ),
            ("会员卡 199元(已选)\n借款到账当日自动扣款150元。", false),
            ("借款到账当日自动扣款199元。", false),
        ] {
            let fees = fee_timings(text);
            let restated = fees.iter().any(|(_, _, t)| *t != FeeTiming::Other);
            assert_eq!(restated, timed, "{text}: {fees:?}");
        }
    }
}
