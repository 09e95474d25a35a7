#![doc = include_str!("docs/default-charges-cap.md")]

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::util::{
    above_as_shown, annual, overdue_amount, overdue_rates, pct, principal, push_evidence,
};
use super::{CapFigures, CapSpec, Context, Fig, Hit, Kind};
use crate::model::{Basis, Fee, FeeKind, FeeTiming, Per, Rate, RateKind, Terms};

/// The user-facing docs of this kind.
pub const DOCS: &str = include_str!("docs/default-charges-cap.md");

/// Parameters of `default-charges-cap`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// The cap on the combined annualised default charges.
    pub cap: CapSpec,
    /// Days over which a one-off charge is annualised (default 30).
    #[serde(default)]
    pub assumed_overdue_days: Option<u32>,
}

/// The figures of a `default-charges-cap` finding.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// Overdue interest, annualised on the overdue amount, percent.
    pub overdue_rate_percent: Option<Fig>,
    /// Penalties, annualised, percent.
    pub penalty_percent: Option<Fig>,
    /// Default fees, annualised, percent.
    pub default_fees_percent: Option<Fig>,
    /// The limit and how it was reached.
    #[serde(flatten)]
    pub cap: CapFigures,
    /// All default charges combined, percent a year.
    pub actual_percent: Fig,
    /// Days over which one-off charges are annualised.
    pub assumed_overdue_days: Fig,
    /// The amount one missed payment puts in arrears.
    pub overdue_amount: Option<Fig>,
}

impl Kind for Params {
    const NAME: &'static str = "default-charges-cap";
    const DOCS: &'static str = DOCS;
    type Figures = Figures;

    fn cap(&self) -> Option<&CapSpec> {
        Some(&self.cap)
    }

    fn evaluate(&self, cx: &Context<'_>) -> Option<Hit<Figures>> {
        evaluate(self, cx)
    }
}

/// A fee charged because of a default.
fn is_default_fee(f: &Fee) -> bool {
    f.timing == FeeTiming::OnDefault
        || matches!(
            f.kind,
            FeeKind::Late | FeeKind::Collection | FeeKind::Penalty | FeeKind::ReturnedPayment
        )
}

/// Scale a charge on `basis` to the overdue instalment.
fn basis_ratio(basis: Option<Basis>, terms: &Terms, overdue: Option<Decimal>) -> Decimal {
    match basis {
        Some(Basis::Principal | Basis::RemainingPrincipal | Basis::TotalOutstanding) => {
            match (principal(terms), overdue) {
                (Some((p, _)), Some(o)) if o > Decimal::ZERO && p > o => {
                    p.checked_div(o).unwrap_or(Decimal::ONE)
                }
                _ => Decimal::ONE,
            }
        }
        _ => Decimal::ONE,
    }
}

/// Annualise a rate or percentage charged `per`, given `days` for one-off charges.
fn annualise_percent(
    value: Decimal,
    per: Option<Per>,
    day_basis: Option<u32>,
    days: Decimal,
) -> Option<Decimal> {
    Some(match per {
        None | Some(Per::Once) => value.checked_mul(Decimal::from(365))?.checked_div(days)?,
        Some(Per::Day) => value.checked_mul(Decimal::from(day_basis.unwrap_or(365)))?,
        Some(Per::Week) => value.checked_mul(Decimal::from(52))?,
        Some(Per::Month) => value.checked_mul(Decimal::from(12))?,
        Some(Per::Year) => value,
    })
}

fn penalty_rate(
    r: &Rate,
    terms: &Terms,
    overdue: Option<Decimal>,
    days: Decimal,
) -> Option<Decimal> {
    let a = match r.per {
        Per::Once => annualise_percent(r.value, Some(Per::Once), None, days)?,
        _ => annual(r)?,
    };
    a.checked_mul(basis_ratio(r.basis, terms, overdue))
}

fn evaluate(p: &Params, cx: &Context<'_>) -> Option<Hit<Figures>> {
    let terms = cx.input.terms;
    let days = Decimal::from(p.assumed_overdue_days.unwrap_or(30).max(1));
    let overdue = overdue_amount(terms);
    let mut total = Decimal::ZERO;
    let mut parts_en = Vec::new();
    let mut parts_zh = Vec::new();
    let mut evidence = Vec::new();
    let mut figures = Figures::default();
    if let Some((r, a)) = overdue_rates(terms).into_iter().next() {
        let a = a.saturating_mul(basis_ratio(r.basis, terms, overdue));
        total = total.saturating_add(a);
        parts_en.push(format!("overdue interest {}%", pct(a)));
        parts_zh.push(format!("逾期利息{}%", pct(a)));
        figures.overdue_rate_percent = Some(Fig(a));
        push_evidence(&mut evidence, &r.evidence);
    }
    let mut penalty = Decimal::ZERO;
    let mut monthly_note = None;
    // A one-off or fixed charge counted: its yearly figure rests on the assumed days overdue.
    let mut over_assumed_days = false;
    // The part of the total that one-off and fixed charges make over the assumed days.
    let mut once_part = Decimal::ZERO;
    for r in terms.rates.iter().filter(|r| r.kind == RateKind::Penalty) {
        if let Some(a) = penalty_rate(r, terms, overdue, days) {
            penalty = penalty.saturating_add(a);
            push_evidence(&mut evidence, &r.evidence);
            over_assumed_days |= r.per == Per::Once;
            if r.per == Per::Once {
                once_part = once_part.saturating_add(a);
            }
            if r.per == Per::Month && r.basis == Some(Basis::Installment) {
                monthly_note = Some(format!(
                    "The penalty of {}% of the month's instalment is counted each month it stays unpaid: {}% a year.",
                    pct(r.value),
                    pct(a)
                ));
            }
        }
    }
    if !penalty.is_zero() {
        total = total.saturating_add(penalty);
        parts_en.push(format!("penalty {}%", pct(penalty)));
        parts_zh.push(format!("违约金{}%", pct(penalty)));
        figures.penalty_percent = Some(Fig(penalty));
    }
    let mut fees = Decimal::ZERO;
    for f in terms.fees.iter().filter(|f| is_default_fee(f)) {
        let a = if let Some(pc) = f.percent {
            annualise_percent(pc, f.per, None, days)
                .and_then(|a| a.checked_mul(basis_ratio(f.basis, terms, overdue)))
        } else if let (Some(amount), Some(o)) = (f.amount, overdue) {
            amount
                .checked_div(o)
                .and_then(|x| x.checked_mul(Decimal::ONE_HUNDRED * Decimal::from(365)))
                .and_then(|x| x.checked_div(days))
        } else {
            None
        };
        if let Some(a) = a {
            let once = f.percent.is_none() || matches!(f.per, None | Some(Per::Once));
            over_assumed_days |= once;
            if once {
                once_part = once_part.saturating_add(a);
            }
            fees = fees.saturating_add(a);
            push_evidence(&mut evidence, &f.evidence);
        }
    }
    if !fees.is_zero() {
        total = total.saturating_add(fees);
        parts_en.push(format!("default fees {}%", pct(fees)));
        parts_zh.push(format!("逾期费用{}%", pct(fees)));
        figures.default_fees_percent = Some(Fig(fees));
    }
    if evidence.is_empty() {
        return None;
    }
    let cap = p.cap.resolve(cx)?;
    if !above_as_shown(total, cap.limit) {
        return None;
    }
    figures.cap = cap.figures;
    figures.actual_percent = Fig(total);
    figures.assumed_overdue_days = Fig(days);
    figures.overdue_amount = overdue.map(Fig);
    let assumed_days = over_assumed_days.then(|| {
        format!(
            "One-off and fixed default charges are annualised over an assumed {days} days overdue on one instalment."
        )
    });
    // The charges that run with time break the cap on their own, or only together with the
    // one-off ones, which weigh less the longer a payment is late: then the finding depends on
    // how late it is, which no contract states.
    let periodic = total.saturating_sub(once_part);
    let lateness = if periodic <= cap.limit && !once_part.is_zero() {
        once_part
            .checked_mul(days)
            .and_then(|x| x.checked_div(cap.limit.saturating_sub(periodic)))
            .map(|below| format!(
                "The total is above the limit only while a payment is less than {} days late: the one-off and fixed charges weigh less the longer it is late, and the charges that run with time ({}% a year) stay within the limit, so the finding depends on how late the payment is.",
                below.round_dp_with_strategy(1, rust_decimal::RoundingStrategy::ToZero).normalize(),
                pct(periodic)
            ))
    } else {
        None
    };
    Some(
        Hit::says(
            format!(
                "default charges combined ({}) come to {}% a year on the overdue amount, above the limit of {}% ({})",
                parts_en.join(" + "),
                pct(total),
                pct(cap.limit),
                cap.explain_en
            ),
            format!(
                "逾期利息、违约金及其他费用合计（{}）按逾期金额年化为{}%，超过上限{}%（{}）",
                parts_zh.join(" + "),
                pct(total),
                pct(cap.limit),
                cap.explain_zh
            ),
        )
        .quoting(evidence)
        .with_figures(figures)
        .with_note(cap.note)
        .and_note(assumed_days)
        .and_note(monthly_note)
        .resting_on_assumption(lateness.is_some())
        .and_note(lateness),
    )
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use crate::model::{Basis, FeeKind, FeeTiming, Per, RateKind};

    #[test]
    fn one_off_penalty_is_annualised_over_the_assumed_days() {
        let k = kind(
            "default-charges-cap",
            r#"cap = { cap_percent = "24" }
assumed_overdue_days = 365"#,
        );
        let mut fx = Fx::new();
        let mut p = rate(RateKind::Penalty, "5", Per::Once, "违约金为逾期金额的5%");
        p.basis = Some(Basis::OverdueAmount);
        fx.terms.rates.push(p);
        fx.terms
            .rates
            .push(rate(RateKind::Overdue, "0.05", Per::Day, "逾期利率日0.05%"));
        // 18.25 + 5 over a year = 23.25: quiet. Over 30 days: 18.25 + 60.83: fires.
        assert!(fx.eval(&k).is_none());
        let k30 = kind("default-charges-cap", r#"cap = { cap_percent = "24" }"#);
        let hit = fx.eval(&k30).expect("fires over 30 days");
        assert_eq!(hit.figures["penalty_percent"], "60.833333");
        assert_eq!(hit.evidence.len(), 2);
    }

    #[test]
    fn a_rate_on_the_whole_principal_is_scaled_to_the_instalment() {
        let k = kind("default-charges-cap", r#"cap = { cap_percent = "24" }"#);
        let mut fx = Fx::new();
        fx.terms.installments = Some(crate::model::Count {
            count: 12,
            evidence: ev("12期"),
        });
        let mut r = rate(
            RateKind::Overdue,
            "0.006",
            Per::Day,
            "按全部剩余本金每日0.006%计收罚息",
        );
        r.basis = Some(Basis::TotalOutstanding);
        fx.terms.rates.push(r);
        // 2.19% a year on 10000 = 26.28% on an instalment of 833.33.
        let hit = fx.eval(&k).expect("26.28% on the overdue instalment");
        assert_eq!(hit.figures["overdue_rate_percent"], "26.28");
        fx.terms.rates[0].basis = Some(Basis::OverdueAmount);
        assert!(fx.eval(&k).is_none());
    }

    #[test]
    fn quiet_without_default_charges() {
        let k = kind("default-charges-cap", r#"cap = { cap_percent = "0" }"#);
        let mut fx = Fx::new();
        fx.terms.fees.push(fee(
            FeeKind::Service,
            "100",
            FeeTiming::PerPeriod,
            "服务费100元",
        ));
        assert!(fx.eval(&k).is_none());
    }

    #[test]
    fn one_off_charges_alone_over_the_cap_rest_on_how_late_the_payment_is() {
        let k = kind("default-charges-cap", r#"cap = { cap_percent = "12" }"#);
        let mut fx = Fx::new();
        let mut p = rate(RateKind::Penalty, "1.5", Per::Once, "逾期的，支付逾期金额1.5%的违约金");
        p.basis = Some(Basis::OverdueAmount);
        fx.terms.rates.push(p);
        // 1.5% once over 30 days is 18.25% a year: above 12% only while less than
        // 1.5 × 365 / 12 = 45.625 days late.
        let hit = fx.eval(&k).expect("above the cap over the assumed 30 days");
        assert!(hit.rests_on_assumption);
        let note = hit.note.unwrap_or_default();
        assert!(note.contains("less than 45.6 days late"), "{note}");
        // A daily overdue rate above the cap by itself: every lateness breaks it.
        fx.terms
            .rates
            .push(rate(RateKind::Overdue, "0.05", Per::Day, "逾期利率日0.05%"));
        let hit = fx.eval(&k).expect("18.25% a year by the day alone");
        assert!(!hit.rests_on_assumption);
        assert!(!hit.note.unwrap_or_default().contains("days late"));
        // Below the cap by the day, above it only with the one-off charge.
        fx.terms.rates[1] = rate(RateKind::Overdue, "0.02", Per::Day, "逾期利率日0.02%");
        let hit = fx.eval(&k).expect("7.3% + 18.25% over 30 days");
        assert!(hit.rests_on_assumption);
        // 1.5 × 365 / (12 − 7.3) = 116.48… days.
        assert!(hit.note.unwrap_or_default().contains("less than 116.4 days late"));
    }
}

