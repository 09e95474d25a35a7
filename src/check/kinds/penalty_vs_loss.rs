#![doc = include_str!("docs/penalty-vs-loss.md")]

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::util::{annual, contract_rate, overdue_amount, pct, push_evidence};
use super::{Context, Fig, Hit, Kind};
use crate::model::{FeeKind, Per, RateKind};

/// The user-facing docs of this kind.
pub const DOCS: &str = include_str!("docs/penalty-vs-loss.md");

/// Parameters of `penalty-vs-loss`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// How far the penalty may exceed the loss, percent of the loss (法释〔2023〕13号: 30).
    pub excess_percent: Decimal,
    /// Days over which a one-off penalty is compared with the interest loss (default 30).
    #[serde(default)]
    pub assumed_overdue_days: Option<u32>,
}

/// The figures of a `penalty-vs-loss` finding.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// The penalty, annualised on the overdue sum, percent.
    pub actual_percent: Fig,
    /// The loss it compensates: the contract rate on the overdue sum, percent a year.
    pub loss_percent: Fig,
    /// Loss × (1 + excess), percent a year.
    pub limit_percent: Fig,
    /// Days a one-off penalty was spread over (set only when one was counted).
    pub assumed_overdue_days: Option<Fig>,
}

impl Kind for Params {
    const NAME: &'static str = "penalty-vs-loss";
    const DOCS: &'static str = DOCS;
    type Figures = Figures;

    fn validate(&self) -> Result<(), String> {
        if self.excess_percent < Decimal::ZERO {
            return Err("`excess_percent` must not be negative".into());
        }
        Ok(())
    }

    fn evaluate(&self, cx: &Context<'_>) -> Option<Hit<Figures>> {
        evaluate(self, cx)
    }
}

fn evaluate(p: &Params, cx: &Context<'_>) -> Option<Hit<Figures>> {
    let terms = cx.input.terms;
    let (rate, loss) = contract_rate(terms)?;
    if loss <= Decimal::ZERO {
        return None;
    }
    let days = Decimal::from(p.assumed_overdue_days.unwrap_or(30).max(1));
    let per_year_of_once = |v: Decimal| v.checked_mul(Decimal::from(365))?.checked_div(days);
    let mut penalty = Decimal::ZERO;
    let mut one_off = false;
    let mut evidence = Vec::new();
    for r in terms.rates.iter().filter(|r| r.kind == RateKind::Penalty) {
        let a = if r.per == Per::Once {
            one_off = true;
            per_year_of_once(r.value)
        } else {
            annual(r)
        };
        if let Some(a) = a {
            penalty = penalty.saturating_add(a);
            push_evidence(&mut evidence, &r.evidence);
        }
    }
    // A penalty stated as money: a percent of the overdue sum, spread over the assumed days.
    let overdue = overdue_amount(terms).filter(|o| *o > Decimal::ZERO);
    for f in terms.fees.iter().filter(|f| f.kind == FeeKind::Penalty) {
        let share = match (f.percent, f.amount, overdue) {
            (Some(pc), _, _) => Some(pc),
            (None, Some(a), Some(o)) => a
                .checked_mul(Decimal::ONE_HUNDRED)
                .and_then(|x| x.checked_div(o)),
            _ => None,
        };
        let a = match f.per {
            None | Some(Per::Once) => {
                one_off = true;
                share.and_then(per_year_of_once)
            }
            Some(Per::Day) => share.and_then(|s| s.checked_mul(Decimal::from(365))),
            Some(Per::Week) => share.and_then(|s| s.checked_mul(Decimal::from(52))),
            Some(Per::Month) => share.and_then(|s| s.checked_mul(Decimal::from(12))),
            Some(Per::Year) => share,
        };
        if let Some(a) = a {
            penalty = penalty.saturating_add(a);
            push_evidence(&mut evidence, &f.evidence);
        }
    }
    let factor = Decimal::ONE.checked_add(p.excess_percent.checked_div(Decimal::ONE_HUNDRED)?)?;
    let limit = loss.checked_mul(factor)?;
    if evidence.is_empty() || penalty <= limit {
        return None;
    }
    push_evidence(&mut evidence, &rate.evidence);
    let assumed_en = if one_off {
        format!(" (a one-off penalty spread over an assumed {days} days overdue)")
    } else {
        String::new()
    };
    let assumed_zh = if one_off {
        format!("（一次性违约金按假定逾期{days}天折算）")
    } else {
        String::new()
    };
    Some(
        Hit::says(
            format!(
                "the penalty, {}% a year on the overdue sum{assumed_en}, exceeds the interest loss it compensates ({}% a year at the contract rate) by more than {}%: limit {}%",
                pct(penalty),
                pct(loss),
                pct(p.excess_percent),
                pct(limit)
            ),
            format!(
                "违约金折合逾期款项年化{}%{assumed_zh}，超过其所弥补的利息损失（按合同利率年化{}%）的{}%以上，上限{}%",
                pct(penalty),
                pct(loss),
                pct(p.excess_percent),
                pct(limit)
            ),
        )
        .quoting(evidence)
        .with_figures(Figures {
            actual_percent: Fig(penalty),
            loss_percent: Fig(loss),
            limit_percent: Fig(limit),
            assumed_overdue_days: one_off.then_some(Fig(days)),
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use crate::model::{FeeKind, FeeTiming, Per, RateKind};

    fn k() -> super::super::RuleKind {
        kind("penalty-vs-loss", r#"excess_percent = "30""#)
    }

    fn with_rate(annual: &str) -> Fx {
        let mut fx = Fx::new();
        let mut r = rate(RateKind::Interest, annual, Per::Year, "年利率");
        r.annual_percent = Some(dec(annual));
        fx.terms.rates.push(r);
        fx
    }

    #[test]
    fn a_daily_penalty_is_compared_with_the_contract_rate_plus_30_percent() {
        // Contract 10% a year: limit 13%. 0.03% a day = 10.95% (quiet); 0.04% = 14.6% (fires).
        let mut fx = with_rate("10");
        let mut p = rate(RateKind::Penalty, "0.03", Per::Day, "违约金按日万分之三");
        p.annual_percent = Some(dec("10.95"));
        fx.terms.rates.push(p.clone());
        assert!(fx.eval(&k()).is_none());
        fx.terms.rates.pop();
        p.value = dec("0.04");
        p.annual_percent = Some(dec("14.6"));
        fx.terms.rates.push(p);
        let h = fx.eval(&k()).expect("14.6% > 13%");
        assert_eq!(h.figures["limit_percent"], "13");
        assert_eq!(h.figures["actual_percent"], "14.6");
        assert_eq!(h.figures["loss_percent"], "10");
        assert!(!h.figures.contains_key("assumed_overdue_days"));
    }

    #[test]
    fn a_one_off_penalty_is_spread_over_the_assumed_days() {
        // Principal 10,000 in one payment, contract 12%: limit 15.6% a year. A one-off
        // 1% of the overdue sum over 30 days = 12.1666…% (quiet); 2% = 24.33…% (fires).
        let mut fx = with_rate("12");
        let mut f = fee(FeeKind::Penalty, "100", FeeTiming::OnDefault, "违约金100元");
        fx.terms.fees.push(f.clone());
        assert!(fx.eval(&k()).is_none());
        fx.terms.fees.pop();
        f.amount = Some(dec("200"));
        fx.terms.fees.push(f);
        let h = fx.eval(&k()).expect("24.3% > 15.6%");
        assert_eq!(h.figures["limit_percent"], "15.6");
        assert_eq!(h.figures["assumed_overdue_days"], "30");
    }

    #[test]
    fn no_contract_rate_or_no_penalty_is_quiet() {
        let mut fx = Fx::new();
        let mut p = rate(RateKind::Penalty, "0.1", Per::Day, "违约金按日千分之一");
        p.annual_percent = Some(dec("36.5"));
        fx.terms.rates.push(p);
        assert!(fx.eval(&k()).is_none(), "no contract rate, no loss to compare");
        assert!(with_rate("10").eval(&k()).is_none());
    }
}
