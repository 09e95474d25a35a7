//! A monthly payment over a term in months, with no rate, method or count written (a lease's
//! 月租金 3,310.00元 over 租赁期限 24个月, a 月供 over 借款期限): one level payment a month for
//! the term, more than the principal in all, is a loan repaid in level instalments; the count
//! and the method are said as worked out from those figures.

use super::*;
use crate::pattern;

/// Words that make the stated payment a monthly one.
static MONTHLY_PAYMENT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"月租金|每月租金|月供|每月(?:还款|应还|偿还|支付|还)|按月(?:还款|支付|偿还)")
        .expect("static regex")
});

impl Extractor<'_> {
    /// See the module note.
    pub(super) fn monthly_level_payments(&mut self) {
        let t = &self.terms;
        if t.repayment.is_some()
            || t.installments.is_some()
            || t.rates.iter().any(|r| r.kind == RateKind::Interest)
            || !MONTHLY_PAYMENT_WORD.is_match(self.text)
        {
            return;
        }
        let (Some(pay), Some(term), Some(principal)) =
            (t.payment.as_ref(), t.term.as_ref(), t.principal.as_ref())
        else {
            return;
        };
        let Some(months) = term.months.filter(|m| *m >= 2) else {
            return;
        };
        let total = pay.amount * Decimal::from(months);
        // Level payments that repay the principal with a charge, each below it.
        if total <= principal.amount || pay.amount >= principal.amount {
            return;
        }
        let reason = format!(
            "no method or count is written: a monthly payment of {} over the term of {months} months makes {months} level instalments, {} in all, above the principal {} («{}»; «{}»)",
            pay.amount.normalize(),
            total.normalize(),
            principal.amount.normalize(),
            pay.evidence.text,
            term.evidence.text
        );
        let evidence = vec![pay.evidence.clone(), term.evidence.clone()];
        let count = Count {
            count: months,
            evidence: term.evidence.clone(),
        };
        let repayment = Repayment {
            method: RepaymentMethod::EqualInstallment,
            evidence: pay.evidence.clone(),
        };
        self.terms.installments = Some(count);
        self.terms.repayment = Some(repayment);
        self.terms.inferred.push(Inferred {
            field: "repayment".into(),
            value: "equal_installment".into(),
            reason,
            evidence,
        });
    }
}
