//! A fee the instalment says it includes but whose amount is written nowhere (每期还款金额
//! 1,845.77元(含当期本息及担保服务费)): at a stated rate the level instalment of principal and
//! interest is known, and what the stated instalment holds above it is the fee of each period.

use super::*;
use crate::pattern;

/// The fee an instalment includes: 含当期本息及担保服务费, 包含本金、利息和服务费, 其中包括担保费.
static INCLUDED_FEE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:含|包含|包括)[^。;)]{0,16}?(?P<fee>[^\s及和与、,含括当本利息期]{0,4}(?:服务费|担保费|手续费|管理费|保险费|会员费))")
        .expect("static regex")
});

impl Extractor<'_> {
    pub(super) fn fee_inside_instalment(&mut self) {
        let is_level = self
            .terms
            .repayment
            .as_ref()
            .is_some_and(|r| r.method == RepaymentMethod::EqualInstallment);
        let (Some(pay), Some(principal), Some(n), true) = (
            self.terms.payment.clone(),
            self.terms.principal.as_ref().map(|p| p.amount),
            self.terms
                .installments
                .as_ref()
                .map(|c| c.count)
                .or_else(|| self.terms.term.as_ref().and_then(|t| t.months)),
            is_level,
        ) else {
            return;
        };
        let Some(name) = INCLUDED_FEE
            .captures(&script::for_matching(&pay.evidence.text))
            .and_then(|c| c.name("fee").map(|m| m.as_str().to_string()))
        else {
            return;
        };
        if self
            .terms
            .fees
            .iter()
            .any(|f| f.name.ends_with(&name) || name.ends_with(&f.name))
        {
            return;
        }
        let Some(rate) = self
            .terms
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest && !r.comprehensive && r.per == Per::Year)
            .cloned()
        else {
            return;
        };
        let monthly = rate.value / Decimal::from(1200);
        let Some(level) =
            crate::compute::schedule::annuity_payment(principal, monthly, n).map(|a| {
                a.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            })
        else {
            return;
        };
        let fee = pay.amount - level;
        if fee <= Decimal::ZERO || fee >= level {
            return;
        }
        self.terms.fees.push(Fee {
            name: name.clone(),
            kind: fee_kind(&name),
            amount: Some(fee),
            percent: None,
            basis: None,
            per: Some(Per::Month),
            timing: FeeTiming::PerPeriod,
            payee: None,
            note: Some(format!(
                "its amount is not written: the instalment {} includes it, and {n} level instalments at {}% a year repay {principal} with {level}: {fee} a period",
                pay.amount,
                rate.value.normalize()
            )),
            evidence: pay.evidence.clone(),
            due_date: None,
            amount_blank: false,
        });
    }
}
