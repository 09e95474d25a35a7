//! Fees: name, kind, amount or percentage, timing and payee.

use super::*;

impl Extractor<'_> {
    /// Statements about when a fee is paid or that the interest is deducted, which may sit in
    /// a sentence without the fee's amount (the amount is in the clause before).
    pub(super) fn timing_and_deduction(
        &mut self,
        text: &str,
        ev: &mut impl FnMut(&Self) -> Evidence,
    ) -> usize {
        let mut found = 0;
        let timing = if says_deducted(text) {
            Some(FeeTiming::UpfrontDeducted)
        } else if TIMING_PER_PERIOD.is_match(text) {
            Some(FeeTiming::PerPeriod)
        } else if TIMING_UPFRONT_PAID.is_match(text) {
            Some(FeeTiming::UpfrontPaid)
        } else {
            None
        };
        if let Some(timing) = timing {
            for m in FEE_NAME.find_iter(text) {
                let kind = fee_kind(m.as_str());
                if matches!(
                    kind,
                    FeeKind::Prepayment
                        | FeeKind::Late
                        | FeeKind::Collection
                        | FeeKind::Legal
                        | FeeKind::Penalty
                ) {
                    continue;
                }
                self.timing_notes
                    .push((m.as_str().to_string(), kind, timing));
            }
        }
        if self.interest_deducted.is_none() && interest_deducted_in(text) {
            self.interest_deducted = Some(ev(self));
            found += 1;
        }
        found
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn push_fee(
        &mut self,
        name: &str,
        kind: FeeKind,
        amount: Option<Decimal>,
        percent: Option<Decimal>,
        basis: Option<Basis>,
        per: Option<Per>,
        sentence: &str,
        evidence: Evidence,
    ) {
        let on_default = matches!(
            kind,
            FeeKind::Late | FeeKind::Collection | FeeKind::Legal | FeeKind::Penalty
        ) || OVERDUE_WORD.is_match(name);
        let timing = if on_default {
            FeeTiming::OnDefault
        } else if kind == FeeKind::Prepayment {
            FeeTiming::Other
        } else if says_deducted(sentence) {
            FeeTiming::UpfrontDeducted
        } else if TIMING_PER_PERIOD.is_match(sentence) {
            FeeTiming::PerPeriod
        } else if TIMING_UPFRONT_PAID.is_match(sentence) {
            FeeTiming::UpfrontPaid
        } else if OVERDUE_WORD.is_match(sentence) {
            FeeTiming::OnDefault
        } else {
            FeeTiming::Other
        };
        let per = match (percent, per) {
            (Some(_), None) => Some(Per::Once),
            (_, p) => p,
        };
        let fee = Fee {
            name: name.to_string(),
            kind,
            amount: amount.map(|a| a.normalize()),
            percent: percent.map(|p| p.normalize()),
            basis,
            per: if percent.is_some() { per } else { None },
            timing,
            payee: payee_of(sentence, kind),
            note: None,
            evidence,
            due_date: None,
            amount_blank: false,
        };
        let dup = self.terms.fees.iter().any(|f| {
            f.kind == fee.kind
                && f.amount == fee.amount
                && f.percent == fee.percent
                && f.per == fee.per
        });
        if !dup {
            self.terms.fees.push(fee);
        }
    }

    /// A fee whose own sentence says nothing of when it is paid takes the timing another
    /// sentence states for it (6.1 平台服务费800元 / 6.2 放款时将上述平台服务费从借款本金中扣除).
    pub(super) fn apply_timing_notes(&mut self) {
        let notes = std::mem::take(&mut self.timing_notes);
        for fee in self
            .terms
            .fees
            .iter_mut()
            .filter(|f| f.timing == FeeTiming::Other)
        {
            // The same name first, else the only timing stated for fees of the same kind.
            let same_name: Vec<_> = notes.iter().filter(|n| n.0 == fee.name).collect();
            let pick = if same_name.is_empty() {
                notes.iter().filter(|n| n.1 == fee.kind).collect()
            } else {
                same_name
            };
            if let [first, rest @ ..] = pick.as_slice() {
                if rest.iter().all(|n| n.2 == first.2) {
                    fee.timing = first.2;
                }
            }
        }
    }
}
