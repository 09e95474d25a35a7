#![doc = include_str!("docs/flat-rate.md")]

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::util::{contract_rate, pct, push_evidence};
use super::{Context, Fig, Hit, Kind};
use crate::model::RepaymentMethod;

/// The user-facing docs of this kind.
pub const DOCS: &str = include_str!("docs/flat-rate.md");

/// Parameters of `flat-rate` (none).
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Params {}

/// The figures of a `flat-rate` finding (set when the real rate could be worked out).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// The quoted (flat) rate, percent a year.
    pub quoted_percent: Option<Fig>,
    /// The rate on the balance actually owed, percent a year.
    pub actual_percent: Option<Fig>,
    /// `computed` or `approximation 2n/(n+1)`.
    pub actual_source: Option<&'static str>,
    /// Actual ÷ quoted.
    pub ratio: Option<Fig>,
}

impl Kind for Params {
    const NAME: &'static str = "flat-rate";
    const DOCS: &'static str = DOCS;
    type Figures = Figures;

    fn evaluate(&self, cx: &Context<'_>) -> Option<Hit<Figures>> {
        evaluate(cx)
    }
}

fn evaluate(cx: &Context<'_>) -> Option<Hit<Figures>> {
    let t = cx.input.terms;
    let rep = t
        .repayment
        .as_ref()
        .filter(|r| r.method == RepaymentMethod::FlatRate)?;
    let mut evidence = vec![rep.evidence.clone()];
    let mut figures = Figures::default();
    let quoted = contract_rate(t);
    if let Some((r, _)) = quoted {
        push_evidence(&mut evidence, &r.evidence);
    }
    let n = t.installments.as_ref().map(|c| c.count).filter(|n| *n > 1);
    let real = match (cx.input.cost, quoted, n) {
        (Some(c), _, _) => Some((c.apr.nominal_percent, "computed")),
        (None, Some((_, q)), Some(n)) => {
            let n = Decimal::from(n);
            q.checked_mul(Decimal::TWO * n)
                .and_then(|x| x.checked_div(n + Decimal::ONE))
                .map(|x| (x, "approximation 2n/(n+1)"))
        }
        _ => None,
    };
    let (en, zh) = match (quoted, real) {
        (Some((_, q)), Some((real, how))) => {
            let ratio = real.checked_div(q).unwrap_or_default();
            figures = Figures {
                quoted_percent: Some(Fig(q)),
                actual_percent: Some(Fig(real)),
                actual_source: Some(how),
                ratio: Some(Fig(ratio)),
            };
            (
                format!(
                    "interest is charged on the original principal every period (flat rate): the quoted {}% a year is really {}% on the balance actually owed ({}, {}×)",
                    pct(q),
                    pct(real),
                    how,
                    pct(ratio)
                ),
                format!(
                    "等本等息按最初本金计息：名义年利率{}%，按实际占用本金计算约为{}%（{}，约{}倍）",
                    pct(q),
                    pct(real),
                    how,
                    pct(ratio)
                ),
            )
        }
        _ => (
            "interest is charged on the original principal every period (flat rate), so the quoted rate understates the real annualised rate (about 1.8×)".to_string(),
            "等本等息按最初本金计息，名义利率低估实际年化利率（约1.8倍）".to_string(),
        ),
    };
    Some(Hit::says(en, zh).quoting(evidence).with_figures(figures))
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use crate::model::{Count, Per, RateKind, Repayment, RepaymentMethod};

    #[test]
    fn approximates_without_a_cost_and_stays_quiet_for_other_methods() {
        let k = kind("flat-rate", "");
        let mut fx = Fx::new();
        fx.terms
            .rates
            .push(rate(RateKind::Interest, "0.5", Per::Month, "月利率0.5%"));
        fx.terms.installments = Some(Count {
            count: 36,
            evidence: ev("36期"),
        });
        fx.terms.repayment = Some(Repayment {
            method: RepaymentMethod::EqualPrincipal,
            evidence: ev("等额本金"),
        });
        assert!(fx.eval(&k).is_none());
        fx.terms.repayment = Some(Repayment {
            method: RepaymentMethod::FlatRate,
            evidence: ev("等本等息"),
        });
        let hit = fx.eval(&k).expect("fires");
        // 6% × 72/37 = 11.68% (the exact IRR is 11.08%).
        assert_eq!(hit.figures["actual_percent"], "11.675676");
    }
}
