//! An interest-free loan repaid in level amounts (a staff loan deducted from the salary,
//! 每月扣还2,500元, 共24个月, 无息): the payments add up to the principal, so each one repays
//! an equal part of it.

use super::*;

impl Extractor<'_> {
    /// No method written, a 0% rate, and the level payment × the count = the principal:
    /// equal instalments (with no interest, equal principal is the same schedule), said as
    /// worked out.
    pub(super) fn interest_free_level_method(&mut self) {
        let interest: Vec<&Rate> = self
            .terms
            .rates
            .iter()
            .filter(|r| r.kind == RateKind::Interest)
            .collect();
        if self.terms.repayment.is_some()
            || interest.is_empty()
            || interest.iter().any(|r| !r.value.is_zero())
        {
            return;
        }
        let level = self
            .terms
            .payment
            .clone()
            .or_else(|| self.level_row_net_of_fees());
        let (Some(pay), Some(n), Some(principal)) = (
            level.as_ref(),
            self.terms.installments.as_ref().filter(|c| c.count >= 2),
            self.terms.principal.as_ref(),
        ) else {
            return;
        };
        let count = Decimal::from(n.count);
        // Each payment rounded to the fen: the sum may miss the principal by a fen a payment.
        if (pay.amount * count - principal.amount).abs() > Decimal::new(1, 2) * count {
            return;
        }
        let rate = interest.first().map_or("", |r| r.evidence.text.as_str());
        let reason = format!(
            "no method is written; the loan bears no interest ({rate}) and {} × {} = {}, the principal ({}): level instalments of principal",
            pay.amount.normalize(),
            n.count,
            principal.amount.normalize(),
            pay.evidence.text
        );
        let evidence = pay.evidence.clone();
        self.terms.inferred.push(Inferred {
            field: "repayment".into(),
            value: "equal_installment".into(),
            reason,
            evidence: vec![evidence.clone(), principal.evidence.clone()],
        });
        self.terms.repayment = Some(Repayment {
            method: RepaymentMethod::EqualInstallment,
            evidence,
        });
    }
}

impl Extractor<'_> {
    /// The level instalment of a printed plan whose rows are all one sum, except rows that add
    /// a fee stated with an amount (第1期应还2,480.00元(含手续费) then 2,000.00 a month, the
    /// 分期手续费 480.00): that sum, with the rows as evidence.
    fn level_row_net_of_fees(&self) -> Option<Amount> {
        let rows = &self.terms.stated_schedule;
        let totals: Vec<Decimal> = rows.iter().filter_map(|r| r.total).collect();
        if totals.len() < 2 || totals.len() != rows.len() {
            return None;
        }
        // The sum most rows hold.
        let level = totals
            .iter()
            .copied()
            .max_by_key(|t| totals.iter().filter(|x| *x == t).count())?;
        let fee_amounts: Vec<Decimal> = self.terms.fees.iter().filter_map(|f| f.amount).collect();
        let each_level_or_plus_a_fee = totals
            .iter()
            .all(|t| *t == level || fee_amounts.iter().any(|f| *t == level + *f));
        let currency = self.terms.principal.as_ref()?.currency.clone();
        each_level_or_plus_a_fee.then(|| Amount {
            amount: level,
            currency,
            evidence: rows[0].evidence.clone(),
            derived: true,
        })
    }
}

/// The `field`/`value` of the inference that no interest was agreed (Civil Code Art. 680):
/// the cost stage reads it as a finance charge of nothing.
pub const NO_INTEREST_AGREED: (&str, &str) = ("interest", "0");

impl Extractor<'_> {
    /// A loan between individuals that states no interest in any form (no rate, no fee, no
    /// payment above the principal, no total): under Civil Code Art. 680 no interest agreed
    /// means none is owed, so the cost is nothing, said as inferred. A lender that is a firm
    /// (or a text with any charge) is left alone: there the silence is a gap, not a price.
    pub(super) fn no_interest_agreed(&mut self) {
        let t = &self.terms;
        let individual = t
            .lender
            .as_ref()
            .is_none_or(|l| matches!(l.lender_type, LenderType::Individual | LenderType::Unknown));
        let charged = t.rates.iter().any(|r| r.kind == RateKind::Interest)
            || !t.fees.is_empty()
            || t.payment.is_some()
            || t.finance_charge.is_some()
            || t.total_of_payments.is_some();
        let Some(principal) = t.principal.as_ref() else {
            return;
        };
        if !individual || charged || (t.term.is_none() && t.installments.is_none()) {
            return;
        }
        let evidence = principal.evidence.clone();
        self.terms.inferred.push(Inferred {
            field: NO_INTEREST_AGREED.0.into(),
            value: NO_INTEREST_AGREED.1.into(),
            reason: "no interest agreed: none owed (Civil Code Art. 680)".into(),
            evidence: vec![evidence],
        });
    }
}
