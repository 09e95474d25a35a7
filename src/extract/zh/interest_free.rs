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
        let (Some(pay), Some(n), Some(principal)) = (
            self.terms.payment.as_ref(),
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
