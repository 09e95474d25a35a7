#![doc = include_str!("docs/total-cost-cap.md")]

use rust_decimal::Decimal;
use serde::Deserialize;

use super::util::{
    contract_rate, currency, fee_evidence, fig, money, pct, push_evidence, term_days,
};
use super::{Context, Hit};
use crate::model::{FeeTiming, Terms};

/// The user-facing docs of this kind.
pub const DOCS: &str = include_str!("docs/total-cost-cap.md");

/// Over what the charges are measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Per {
    /// Charges ÷ credit for the whole agreement.
    #[default]
    Term,
    /// Charges ÷ credit ÷ days.
    Day,
}

/// Parameters of `total-cost-cap`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// The cap, percent of the credit (per day when `per = "day"`).
    pub cap_percent: Decimal,
    /// Over the whole term, or per day.
    #[serde(default)]
    pub per: Per,
    /// Add fixed default fees to the charges.
    #[serde(default)]
    pub include_default_fees: bool,
}

/// The credit provided: net disbursed from the cost, else the stated disbursed amount, else
/// the principal.
fn credit(cx: &Context<'_>) -> Option<Decimal> {
    let t = cx.input.terms;
    cx.input
        .cost
        .map(|c| c.net_disbursed)
        .or_else(|| t.disbursed.as_ref().map(|a| a.amount))
        .or_else(|| t.principal.as_ref().map(|a| a.amount))
        .filter(|c| *c > Decimal::ZERO)
}

/// Fixed default fees (late, collection, penalty... charged on default).
fn default_fees(t: &Terms) -> Decimal {
    t.fees
        .iter()
        .filter(|f| f.timing == FeeTiming::OnDefault)
        .filter_map(|f| f.amount)
        .sum()
}

/// Charges of a single-payment loan from its terms: simple interest on the credit for the
/// term plus fixed fees that are not default fees. `None` for instalment loans, where simple
/// interest on the full credit would overstate the charges.
fn simple_charges(t: &Terms, credit: Decimal) -> Option<Decimal> {
    if t.installments.as_ref().is_some_and(|n| n.count > 1) {
        return None;
    }
    let (_, annual) = contract_rate(t)?;
    let days = term_days(t)?;
    let interest = credit
        .checked_mul(annual)?
        .checked_mul(days)?
        .checked_div(Decimal::from(36500))?;
    let fees: Decimal = t
        .fees
        .iter()
        .filter(|f| f.timing != FeeTiming::OnDefault)
        .filter_map(|f| f.amount)
        .fold(Decimal::ZERO, |a, b| a.saturating_add(b));
    Some(interest.saturating_add(fees))
}

/// Evaluate `total-cost-cap`.
pub fn evaluate(p: &Params, cx: &Context<'_>) -> Option<Hit> {
    let t = cx.input.terms;
    let credit = credit(cx)?;
    let (mut charges, source) = if let Some(c) = cx.input.cost {
        (c.total_interest.saturating_add(c.total_fees), "computed")
    } else if let Some(fc) = &t.finance_charge {
        (fc.amount, "stated-finance-charge")
    } else if let Some(tp) = &t.total_of_payments {
        (tp.amount.saturating_sub(credit), "stated-total-of-payments")
    } else {
        (simple_charges(t, credit)?, "simple-interest-estimate")
    };
    let mut defaults = Decimal::ZERO;
    if p.include_default_fees {
        defaults = default_fees(t);
        charges = charges.saturating_add(defaults);
    }
    let cur = currency(t);
    let mut figures = std::collections::BTreeMap::new();
    figures.insert("charges".into(), fig(charges));
    figures.insert("credit".into(), fig(credit));
    figures.insert("charges_source".into(), source.into());
    figures.insert("limit_percent".into(), fig(p.cap_percent));
    let (actual, en, zh) = match p.per {
        Per::Term => {
            let a = charges
                .checked_div(credit)?
                .checked_mul(Decimal::ONE_HUNDRED)?;
            (
                a,
                format!(
                    "charges of {} are {}% of the credit of {}",
                    money(charges, cur),
                    pct(a),
                    money(credit, cur)
                ),
                format!(
                    "全部费用{}为借款{}的{}%",
                    money(charges, cur),
                    money(credit, cur),
                    pct(a)
                ),
            )
        }
        Per::Day => {
            let days = term_days(t)?;
            figures.insert("days".into(), fig(days));
            let a = charges
                .checked_div(credit)?
                .checked_div(days)?
                .checked_mul(Decimal::ONE_HUNDRED)?;
            (
                a,
                format!(
                    "charges of {} on {} over {} days are {}% a day",
                    money(charges, cur),
                    money(credit, cur),
                    pct(days),
                    pct(a)
                ),
                format!(
                    "{}天费用{}，按借款{}计每日{}%",
                    pct(days),
                    money(charges, cur),
                    money(credit, cur),
                    pct(a)
                ),
            )
        }
    };
    if actual <= p.cap_percent {
        return None;
    }
    figures.insert("actual_percent".into(), fig(actual));
    if !defaults.is_zero() {
        figures.insert("default_fees".into(), fig(defaults));
    }
    let mut evidence = Vec::new();
    for a in [
        &t.principal,
        &t.disbursed,
        &t.total_of_payments,
        &t.finance_charge,
    ]
    .into_iter()
    .flatten()
    {
        push_evidence(&mut evidence, &a.evidence);
    }
    for r in &t.rates {
        push_evidence(&mut evidence, &r.evidence);
    }
    fee_evidence(&mut evidence, &t.fees);
    if let Some(term) = &t.term {
        push_evidence(&mut evidence, &term.evidence);
    }
    Some(Hit {
        detail_en: format!("{en}, above the cap of {}%.", pct(p.cap_percent)),
        detail_zh: format!("{zh}，超过上限{}%。", pct(p.cap_percent)),
        evidence,
        figures,
        note: None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use crate::model::{FeeKind, FeeTiming, LoanTerm};

    #[test]
    fn per_day_and_per_term() {
        let day = kind(
            "total-cost-cap",
            r#"cap_percent = "0.8"
per = "day""#,
        );
        let term = kind(
            "total-cost-cap",
            r#"cap_percent = "100"
per = "term"
include_default_fees = true"#,
        );
        let mut fx = Fx::new();
        fx.terms.principal = Some(money("100", "GBP"));
        fx.terms.term = Some(LoanTerm {
            months: None,
            days: Some(10),
            evidence: ev("10 days"),
        });
        fx.cost = Some(cost("0", "0", "100", "9", "0"));
        assert_eq!(
            fx.eval(&day)
                .map(|h| h.figures["actual_percent"].clone())
                .as_deref(),
            Some("0.9")
        );
        assert!(fx.eval(&term).is_none());
        fx.cost = Some(cost("0", "0", "100", "8", "0"));
        assert!(fx.eval(&day).is_none(), "exactly 0.8% a day is allowed");
        fx.cost = Some(cost("0", "0", "100", "90", "0"));
        fx.terms.fees.push(fee(
            FeeKind::Late,
            "15",
            FeeTiming::OnDefault,
            "default fee £15",
        ));
        assert_eq!(
            fx.eval(&term)
                .map(|h| h.figures["actual_percent"].clone())
                .as_deref(),
            Some("105")
        );
    }

    #[test]
    fn falls_back_to_the_disclosed_total_of_payments() {
        let term = kind("total-cost-cap", r#"cap_percent = "100""#);
        let mut fx = Fx::new();
        fx.terms.principal = Some(money("100", "GBP"));
        fx.terms.total_of_payments = Some(money("210", "GBP"));
        let hit = fx.eval(&term).expect("110% > 100%");
        assert_eq!(hit.figures["charges_source"], "stated-total-of-payments");
        fx.terms.total_of_payments = Some(money("190", "GBP"));
        assert!(fx.eval(&term).is_none());
    }

    #[test]
    fn single_payment_loan_without_totals_uses_simple_interest() {
        use crate::model::{Count, Per, RateKind};
        let day = kind(
            "total-cost-cap",
            r#"cap_percent = "0.8"
per = "day""#,
        );
        let mut fx = Fx::new();
        fx.terms.principal = Some(money("200", "GBP"));
        fx.terms.term = Some(LoanTerm {
            months: None,
            days: Some(20),
            evidence: ev("20 days"),
        });
        fx.terms.rates.push(rate(
            RateKind::Interest,
            "0.9",
            Per::Day,
            "interest 0.9% a day",
        ));
        let hit = fx.eval(&day).expect("0.9% a day");
        assert_eq!(hit.figures["charges_source"], "simple-interest-estimate");
        assert_eq!(hit.figures["actual_percent"], "0.9");
        // Instalment loans: no estimate, quiet.
        fx.terms.installments = Some(Count {
            count: 4,
            evidence: ev("4 instalments"),
        });
        assert!(fx.eval(&day).is_none());
    }
}
