#![doc = include_str!("docs/total-cost-cap.md")]

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::util::{contract_rate, currency, fee_evidence, money, pct, push_evidence, term_days};
use super::{Context, Fig, Hit, Kind};
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

/// The figures of a `total-cost-cap` finding.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// The charges counted.
    pub charges: Fig,
    /// The credit provided.
    pub credit: Fig,
    /// Where the charges came from: `computed`, `stated-finance-charge`,
    /// `stated-total-of-payments` or `simple-interest-estimate`.
    pub charges_source: &'static str,
    /// The cap, percent.
    pub limit_percent: Fig,
    /// The term in days (per-day caps).
    pub days: Option<Fig>,
    /// Charges as a percent of the credit (per day for per-day caps).
    pub actual_percent: Fig,
    /// Fixed default fees added to the charges.
    pub default_fees: Option<Fig>,
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

/// The day the credit is drawn down, from which a daily cap counts (CONC 5A.2.3R): the
/// disbursement date, else the date of the agreement.
pub(crate) fn drawdown(t: &Terms) -> Option<chrono::NaiveDate> {
    t.disbursement_date
        .as_ref()
        .or(t.contract_date.as_ref())
        .map(|d| d.date)
}

/// One period of an instalment loan under a daily cap on the principal outstanding.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CappedPeriod {
    /// Days from the previous due date (or the drawdown).
    pub days: Decimal,
    /// Principal outstanding over the period.
    pub outstanding: Decimal,
    /// What the cap allows over the period on that principal.
    pub allowed: Decimal,
    /// The charges the instalment pays: what the cap allows, at most its `ceiling`.
    pub charges: Decimal,
    /// The principal it repays.
    pub principal: Decimal,
}

/// A daily cap on the principal outstanding (CONC 5A.2.5G) over an instalment loan's
/// payments: each instalment, paid in full on its date, pays first the charges the cap allows
/// on what is outstanding over its days (at most `ceiling(row)`, the charges it carries, when
/// given), the rest repays principal. Paying the most lawful charges first keeps the most
/// principal outstanding, so this is the most the cap allows with these payments: the finding
/// and the lawful claim both measure on it. Only with several instalments, each on a known
/// date after `start`.
pub(crate) fn capped_periods(
    rows: &[crate::compute::schedule::Row],
    start: chrono::NaiveDate,
    credit: Decimal,
    daily_percent: Decimal,
    ceiling: impl Fn(usize) -> Option<Decimal>,
) -> Option<Vec<CappedPeriod>> {
    if rows.len() < 2 {
        return None;
    }
    let (mut prev, mut outstanding) = (start, credit);
    let mut periods = Vec::with_capacity(rows.len());
    for (i, r) in rows.iter().enumerate() {
        let crate::compute::schedule::RowTime::Date(due) = r.due else {
            return None;
        };
        if due <= prev {
            return None;
        }
        let days = Decimal::from((due - prev).num_days());
        let allowed = outstanding * daily_percent / Decimal::ONE_HUNDRED * days;
        let charges = ceiling(i).map_or(allowed, |c| allowed.min(c));
        // The last instalment ends the loan: it repays what is left.
        let principal = if i + 1 == rows.len() {
            outstanding
        } else {
            (r.total - charges).max(Decimal::ZERO).min(outstanding)
        };
        periods.push(CappedPeriod {
            days,
            outstanding,
            allowed,
            charges,
            principal,
        });
        outstanding -= principal;
        prev = due;
    }
    Some(periods)
}

/// The most the daily cap allows over the contract's own payments ([`capped_periods`]), its
/// days and its instalments.
fn daily_allowance(
    cx: &Context<'_>,
    credit: Decimal,
    cap_percent: Decimal,
) -> Option<(Decimal, Decimal, u32)> {
    let rows = &cx.input.cost?.schedule.rows;
    let start = drawdown(cx.input.terms)?;
    let periods = capped_periods(rows, start, credit, cap_percent, |_| None)?;
    let allowed: Decimal = periods.iter().map(|p| p.allowed).sum();
    let days: Decimal = periods.iter().map(|p| p.days).sum();
    let n = u32::try_from(periods.len()).ok()?;
    (allowed > Decimal::ZERO).then_some((allowed, days, n))
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

impl Kind for Params {
    const NAME: &'static str = "total-cost-cap";
    const DOCS: &'static str = DOCS;
    type Figures = Figures;

    fn evaluate(&self, cx: &Context<'_>) -> Option<Hit<Figures>> {
        let p = self;
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
        let mut figures = Figures {
            charges: Fig(charges),
            credit: Fig(credit),
            charges_source: source,
            limit_percent: Fig(p.cap_percent),
            ..Figures::default()
        };
        let allowance = match p.per {
            Per::Day => daily_allowance(cx, credit, p.cap_percent),
            Per::Term => None,
        };
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
            Per::Day if allowance.is_some() => {
                let (allowed, days, rows) = allowance?;
                figures.days = Some(Fig(days));
                // Within a cent an instalment of what the cap allows: rounding, not a breach.
                let cents = Decimal::new(1, 2) * Decimal::from(rows);
                if charges <= allowed + cents {
                    return None;
                }
                let a = p
                    .cap_percent
                    .checked_mul(charges)?
                    .checked_div(allowed)?;
                (
                    a,
                    format!(
                        "charges of {} over {} days are {}% a day of the principal outstanding: {}% a day of what is outstanding in each period allows at most {} with these payments, each paying first the charges the cap allows and then principal",
                        money(charges, cur),
                        pct(days),
                        pct(a),
                        pct(p.cap_percent),
                        money(allowed.round_dp(2), cur)
                    ),
                    format!(
                        "{}天费用{}，折合每日未还本金的{}%：按每期未还本金每日{}%计，合同各期还款先付上限内的费用、余额还本，最多{}",
                        pct(days),
                        money(charges, cur),
                        pct(a),
                        pct(p.cap_percent),
                        money(allowed.round_dp(2), cur)
                    ),
                )
            }
            Per::Day => {
                let days = term_days(t)?;
                figures.days = Some(Fig(days));
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
        figures.actual_percent = Fig(actual);
        if !defaults.is_zero() {
            figures.default_fees = Some(Fig(defaults));
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
        Some(
            Hit::says(
                format!("{en}, above the cap of {}%", pct(p.cap_percent)),
                format!("{zh}，超过上限{}%", pct(p.cap_percent)),
            )
            .quoting(evidence)
            .with_figures(figures),
        )
    }
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

    #[test]
    fn fees_at_maturity_at_payout_and_on_a_date_are_charges() {
        use crate::model::{Per, RateKind};
        let term = kind("total-cost-cap", r#"cap_percent = "20""#);
        let mut fx = Fx::new();
        fx.terms.principal = Some(money("100", "GBP"));
        fx.terms.term = Some(LoanTerm {
            months: None,
            days: Some(30),
            evidence: ev("30 days"),
        });
        // 0.5% a day × 365 = 182.5% a year: 100 × 182.5% × 30/365 = 15 of interest.
        fx.terms.rates.push(rate(
            RateKind::Interest,
            "0.5",
            Per::Day,
            "interest 0.5% a day",
        ));
        assert!(fx.eval(&term).is_none(), "15% of the credit");
        for (amount, timing, text) in [
            ("9", FeeTiming::AtMaturity, "£9 fee with the last payment"),
            ("1", FeeTiming::AtDisbursement, "£1 paid on the funding day"),
            ("2", FeeTiming::OnDate, "£2 due on 1 July"),
            ("50", FeeTiming::OnDefault, "£50 if you default"),
        ] {
            fx.terms
                .fees
                .push(fee(FeeKind::Service, amount, timing, text));
        }
        // 15 + 9 + 1 + 2 = 27; the default fee is not a charge of the credit.
        let hit = fx.eval(&term).expect("27% > 20%");
        assert_eq!(hit.figures["charges"], "27");
        assert_eq!(hit.figures["actual_percent"], "27");
        assert_eq!(hit.figures["charges_source"], "simple-interest-estimate");
    }
}
