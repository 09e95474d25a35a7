//! A charge of each period computed on the principal still owed (手续费每期按当期期初剩余本金的
//! 0.8%计收) is interest by function: it falls as the balance falls, exactly as interest at
//! that rate would. With no interest rate stated, it is read as the loan's interest rate, not
//! as a fee beside a rate of nothing; its total restated elsewhere (其中手续费624元) is the
//! same charge, not a second one.

use super::*;
use crate::model::Payee;

impl Extractor<'_> {
    /// No interest rate stated, and a per-period percentage charge on the remaining principal:
    /// that charge is the interest rate, said as read that way.
    pub(super) fn fee_on_balance_is_interest(&mut self) {
        if self.states_interest_rate() {
            return;
        }
        let on_balance = |f: &Fee| {
            f.basis == Some(Basis::RemainingPrincipal)
                && f.timing == FeeTiming::PerPeriod
                && f.percent.is_some_and(|p| p > Decimal::ZERO)
                && matches!(f.per, Some(Per::Day | Per::Week | Per::Month | Per::Year))
                // The lender's own charge: a guarantor's or an insurer's fee on the balance is
                // a third party's price, not the loan's interest.
                && matches!(
                    f.kind,
                    FeeKind::Handling | FeeKind::Service | FeeKind::Management
                )
                && f.payee.is_none_or(|p| p == Payee::Lender)
        };
        let found: Vec<usize> = (0..self.terms.fees.len())
            .filter(|&i| on_balance(&self.terms.fees[i]))
            .collect();
        let [i] = found.as_slice() else {
            return;
        };
        let fee = self.terms.fees.remove(*i);
        let (Some(percent), Some(per)) = (fee.percent, fee.per) else {
            return;
        };
        // The same charge stated as its total or its amount (其中手续费624元): not a second fee.
        self.terms
            .fees
            .retain(|f| !(f.name == fee.name && f.percent.is_none()));
        self.terms.assumptions.push(format!(
            "the {} is charged each period on the principal still owed ({}): interest by function, read as the interest rate {percent}% per {}",
            fee.name,
            fee.evidence.text,
            per_word(per)
        ));
        let rate = self.make_rate(
            RateKind::Interest,
            percent,
            per,
            fee.name.clone(),
            false,
            Some(Basis::RemainingPrincipal),
            None,
            fee.evidence,
        );
        self.terms.rates.push(rate);
    }
}

fn per_word(per: Per) -> &'static str {
    match per {
        Per::Day => "day",
        Per::Week => "week",
        Per::Month => "month",
        Per::Year => "year",
        Per::Once => "once",
    }
}
