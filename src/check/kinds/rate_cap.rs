#![doc = include_str!("docs/rate-cap.md")]

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::util::{above_as_shown, annual, contract_rate, overdue_rates, pct, push_evidence};
use super::{Cap, CapFigures, CapSpec, Context, Fig, Hit, Kind};
use crate::compute::apr;
use crate::model::{Amount, Evidence, RateKind};

/// The user-facing docs of this kind.
pub const DOCS: &str = include_str!("docs/rate-cap.md");

/// Which rate is compared with the cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// The agreed interest rate, simple annualised.
    ContractRate,
    /// The default interest rate, simple annualised.
    OverdueRate,
    /// The all-in annualised cost, nominal (periodic IRR × periods a year).
    CostNominal,
    /// The all-in annualised cost, effective (compounded).
    CostEffective,
    /// The Military APR (32 CFR 232.4(c)), and the state caps that measure by it: the
    /// all-in nominal cost, with a credit insurance premium that Regulation Z leaves out
    /// (chosen in writing, not required) counted as a charge.
    MaprNominal,
}

/// Parameters of `rate-cap`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// The rate to compare.
    pub measure: Measure,
    /// The cap.
    pub cap: CapSpec,
    /// A second rate and cap that must be exceeded too: a rule that holds "whoever lends" when
    /// each reading of an unknown lender type breaks its own line (licensed: all-in cost above
    /// 36%; private: interest above 4 × LPR).
    #[serde(default)]
    pub and_above: Option<Box<Params>>,
    /// A rate and cap that must NOT be exceeded: a warning on the all-in cost that stands aside
    /// when the interest alone already breaks the line (a violation of its own rule says so).
    #[serde(default)]
    pub unless_above: Option<Box<Params>>,
}

/// The figures of a `rate-cap` finding.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// The limit and how it was reached.
    #[serde(flatten)]
    pub cap: CapFigures,
    /// The measured rate, percent a year.
    pub actual_percent: Fig,
    /// Where the measured rate came from ([`Measured::source`]).
    pub actual_source: &'static str,
    /// The method of the computed cost, when there is one.
    pub apr_method: Option<String>,
    /// The second measured rate (`and_above`), percent a year.
    pub also_actual_percent: Option<Fig>,
    /// The second limit (`and_above`), percent.
    pub also_limit_percent: Option<Fig>,
}

/// A measured rate: its value, where it came from and the evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    /// Percent a year.
    pub percent: Decimal,
    /// `contract`, `computed`, `stated` or `stated-interest-rate` (a lower bound of the cost).
    pub source: &'static str,
    /// What was measured, in English.
    pub label_en: String,
    /// What was measured, in Chinese.
    pub label_zh: String,
    /// The contract sentences the figure rests on.
    pub evidence: Vec<Evidence>,
}

/// Measure a contract by `measure`. Public so other kinds and the CLI can reuse it.
pub fn measure(m: Measure, cx: &Context<'_>) -> Option<Measured> {
    let terms = cx.input.terms;
    match m {
        Measure::ContractRate => {
            let Some((rate, a)) = contract_rate(terms) else {
                return implied_rate(cx);
            };
            Some(Measured {
                percent: a,
                source: "contract",
                label_en: "agreed interest rate".into(),
                label_zh: "约定利率".into(),
                evidence: vec![rate.evidence.clone()],
            })
        }
        Measure::OverdueRate => {
            let (rate, a) = overdue_rates(terms).into_iter().next()?;
            Some(Measured {
                percent: a,
                source: "contract",
                label_en: "overdue interest rate".into(),
                label_zh: "逾期利率".into(),
                evidence: vec![rate.evidence.clone()],
            })
        }
        Measure::MaprNominal => {
            let mut measured = measure(Measure::CostNominal, cx)?;
            if let Some((mapr, premium)) = mapr_with_premium(cx)
                && mapr > measured.percent
            {
                measured.percent = mapr;
                measured.source = "computed";
                measured.label_en =
                    "Military APR (the annualised cost with the credit insurance premium, debt cancellation fee or application fee)".into();
                measured.label_zh = "军人年利率（含信用保险费、债务免除费或申请费的年化综合成本）".into();
                push_evidence(&mut measured.evidence, &premium.evidence);
            }
            Some(measured)
        }
        Measure::CostNominal | Measure::CostEffective => {
            let nominal = m == Measure::CostNominal;
            let mut evidence = Vec::new();
            // All-in figures the contract itself states (年化综合成本, disclosed APR).
            let stated = terms
                .disclosed_apr
                .iter()
                .chain(terms.rates.iter().filter(|r| r.comprehensive))
                .filter_map(|r| annual(r).map(|a| (r, a)))
                .max_by(|a, b| a.1.cmp(&b.1));
            let computed = cx.input.cost.map(|c| {
                if nominal {
                    c.apr.nominal_percent
                } else {
                    c.apr.effective_percent
                }
            });
            for r in &terms.rates {
                if r.kind == RateKind::Interest || r.comprehensive {
                    push_evidence(&mut evidence, &r.evidence);
                }
            }
            for f in &terms.fees {
                push_evidence(&mut evidence, &f.evidence);
            }
            let (percent, source) = match (computed, stated) {
                (Some(c), Some((_, s))) if s > c => (s, "stated"),
                (Some(c), _) => (c, "computed"),
                (None, Some((_, s))) => (s, "stated"),
                (None, None) => (contract_rate(terms)?.1, "stated-interest-rate"),
            };
            if let Some((r, _)) = stated {
                push_evidence(&mut evidence, &r.evidence);
            }
            let (label_en, label_zh) = match (nominal, source) {
                (_, "stated-interest-rate") => (
                    "interest rate (the all-in cost could not be computed; it is at least this)",
                    "利率（综合成本未能计算，不低于此）",
                ),
                (true, _) => ("annualised cost with all fees", "含全部费用的年化综合成本"),
                (false, _) => (
                    "annual percentage rate of charge (effective)",
                    "实际年化费率（复利）",
                ),
            };
            Some(Measured {
                percent,
                source,
                label_en: label_en.into(),
                label_zh: label_zh.into(),
                evidence,
            })
        }
    }
}

/// The Reg Z APR of the cost's flows with a voluntary credit insurance premium taken out of
/// what the borrower received: the premium becomes a charge paid at the start, as the
/// Military APR counts it. `None` without such a premium or a Reg Z cost.
/// An application fee charged to every applicant (out of the Reg Z finance charge) is such a
/// charge as well.
fn mapr_with_premium<'a>(cx: &Context<'a>) -> Option<(Decimal, &'a Amount)> {
    let terms = cx.input.terms;
    let charges: Vec<&Amount> = terms
        .voluntary_insurance
        .iter()
        .chain(terms.application_fee_all_applicants.iter())
        .collect();
    let premium = *charges.first()?;
    let total: Decimal = charges.iter().map(|c| c.amount).sum();
    let cost = cx.input.cost?;
    if cost.result.method != apr::Method::UsRegz {
        return None;
    }
    let mut flows = cost.schedule.flows.clone();
    let first = flows.advances.first_mut()?;
    if first.amount <= total {
        return None;
    }
    first.amount -= total;
    let r = apr::compute(&flows, apr::Method::UsRegz).ok()?;
    Some((r.apr_percent, premium))
}

/// No rate is written, but the stated sums set the interest (叁万元 lent, 叁万叁仟陆佰元 due
/// at the end) and the borrower pays no charge besides: the annualised cost is the interest
/// rate those sums imply.
fn implied_rate(cx: &Context<'_>) -> Option<Measured> {
    let terms = cx.input.terms;
    let cost = cx.input.cost?;
    let charges = terms.fees.iter().any(|f| {
        f.timing != crate::model::FeeTiming::OnDefault
            && f.kind != crate::model::FeeKind::Prepayment
    });
    let stated = terms
        .total_of_payments
        .as_ref()
        .or(terms.finance_charge.as_ref())
        .or(terms.payment.as_ref())?;
    if charges || !cost.totals.total_fees.is_zero() || cost.totals.total_interest <= Decimal::ZERO
    {
        return None;
    }
    let mut evidence = Vec::new();
    if let Some(p) = terms.principal.as_ref() {
        push_evidence(&mut evidence, &p.evidence);
    }
    push_evidence(&mut evidence, &stated.evidence);
    Some(Measured {
        percent: cost.apr.nominal_percent,
        source: "implied",
        label_en: "interest rate implied by the stated sums (no rate is written)".into(),
        label_zh: "由约定金额推算的利率（合同未写明利率）".into(),
        evidence,
    })
}

impl Kind for Params {
    const NAME: &'static str = "rate-cap";
    const DOCS: &'static str = DOCS;
    type Figures = Figures;

    fn cap(&self) -> Option<&CapSpec> {
        Some(&self.cap)
    }

    fn validate(&self) -> Result<(), String> {
        self.cap.validate()?;
        match &self.and_above {
            Some(also) if also.and_above.is_some() => {
                Err("`and_above` takes one more rate and cap, not a chain".into())
            }
            Some(also) => also.cap.validate(),
            None => Ok(()),
        }?;
        match &self.unless_above {
            Some(other) if other.and_above.is_some() || other.unless_above.is_some() => {
                Err("`unless_above` takes one rate and cap, not a chain".into())
            }
            Some(other) => other.cap.validate(),
            None => Ok(()),
        }
    }

    fn indexes(&self) -> Vec<&str> {
        let mut ids = self.cap.indexes();
        for other in [&self.and_above, &self.unless_above].into_iter().flatten() {
            ids.extend(other.cap.indexes());
        }
        ids
    }

    fn evaluate(&self, cx: &Context<'_>) -> Option<Hit<Figures>> {
        let (m, cap) = self.above(cx)?;
        if self
            .unless_above
            .as_ref()
            .is_some_and(|other| other.above(cx).is_some())
        {
            return None;
        }
        let (mut says_en, mut says_zh) = says(&m, &cap);
        let mut evidence = m.evidence;
        let mut notes = vec![cap.note, day_basis_note(self.measure, cx, cap.limit)];
        let mut also_figures = (None, None);
        if let Some(also) = &self.and_above {
            let (m2, cap2) = also.above(cx)?;
            let (en, zh) = says(&m2, &cap2);
            says_en.push_str(&format!("; and the {en}"));
            says_zh.push_str(&format!("；且{zh}"));
            for e in &m2.evidence {
                push_evidence(&mut evidence, e);
            }
            notes.push(cap2.note);
            notes.push(day_basis_note(also.measure, cx, cap2.limit));
            also_figures = (Some(Fig(m2.percent)), Some(Fig(cap2.limit)));
        }
        let figures = Figures {
            cap: cap.figures,
            actual_percent: Fig(m.percent),
            actual_source: m.source,
            apr_method: cx.input.cost.map(|c| c.apr.method.clone()),
            also_actual_percent: also_figures.0,
            also_limit_percent: also_figures.1,
        };
        let mut notes = notes.into_iter();
        let mut hit = Hit::says(says_en, says_zh)
            .quoting(evidence)
            .with_figures(figures)
            .with_note(notes.next().flatten());
        for n in notes {
            hit = hit.and_note(n);
        }
        Some(hit)
    }
}

impl Params {
    /// The measured rate and its cap, when the rate is above the cap.
    fn above(&self, cx: &Context<'_>) -> Option<(Measured, Cap)> {
        let m = measure(self.measure, cx)?;
        let cap = self.cap.resolve(cx)?;
        above_as_shown(m.percent, cap.limit).then_some((m, cap))
    }
}

/// "agreed interest rate 18% a year is above the limit of 12% (…)", in English and Chinese.
fn says(m: &Measured, cap: &Cap) -> (String, String) {
    (
        format!(
            "{} {}% a year is above the limit of {}% ({})",
            m.label_en,
            pct(m.percent),
            pct(cap.limit),
            cap.explain_en
        ),
        format!(
            "{}年化{}%，超过上限{}%（{}）",
            m.label_zh,
            pct(m.percent),
            pct(cap.limit),
            cap.explain_zh
        ),
    )
}

/// When a daily rate was annualised on an assumed year length, say what the other usual basis
/// (360 or 365 days) gives, and whether the finding depends on it.
fn day_basis_note(m: Measure, cx: &Context<'_>, limit: Decimal) -> Option<String> {
    let terms = cx.input.terms;
    let rate = match m {
        Measure::ContractRate => contract_rate(terms)?.0,
        Measure::OverdueRate => overdue_rates(terms).into_iter().next()?.0,
        _ => return None,
    };
    if rate.per != crate::model::Per::Day || !rate.day_basis_assumed {
        return None;
    }
    let used = rate.day_basis.unwrap_or(365);
    let other = if used == 360 { 365 } else { 360 };
    let alt = rate.value.checked_mul(Decimal::from(other))?;
    let verdict = if alt > limit {
        "still above the limit"
    } else {
        "within the limit: the finding depends on the year length"
    };
    Some(format!(
        "The contract does not state the day basis: {used} days a year was assumed; on {other} days the rate is {}%, {verdict}.",
        pct(alt)
    ))
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use crate::model::{Per, RateKind};

    #[test]
    fn fires_above_an_index_multiple_and_stays_quiet_below() {
        let k = kind(
            "rate-cap",
            r#"measure = "contract-rate"
cap = { index = "cn-lpr-1y", multiple = "4" }"#,
        );
        let mut fx = Fx::new().on(2025, 6, 1);
        fx.terms
            .rates
            .push(rate(RateKind::Interest, "1.1", Per::Month, "月利率1.1%"));
        let hit = fx.eval(&k).expect("13.2% > 12%");
        assert_eq!(hit.figures["actual_percent"], "13.2");
        assert_eq!(hit.figures["limit_percent"], "12");
        assert_eq!(hit.evidence[0].text, "月利率1.1%");
        let fx = fx.on(2021, 6, 1);
        assert!(fx.eval(&k).is_none(), "13.2% < 15.4%");
    }

    #[test]
    fn and_above_fires_only_when_both_rates_pass_their_caps() {
        let k = kind(
            "rate-cap",
            r#"measure = "cost-nominal"
cap = { cap_percent = "36" }
and_above = { measure = "contract-rate", cap = { index = "cn-lpr-1y", multiple = "4" } }"#,
        );
        let mut fx = Fx::new().on(2025, 6, 1);
        fx.terms
            .rates
            .push(rate(RateKind::Interest, "1.5", Per::Month, "月利率1.5%"));
        fx.cost = Some(cost("41", "49", "10000", "1000", "2000"));
        let hit = fx.eval(&k).expect("41% > 36% and 18% > 12%");
        assert_eq!(hit.figures["actual_percent"], "41");
        assert_eq!(hit.figures["also_actual_percent"], "18");
        assert_eq!(hit.figures["also_limit_percent"], "12");
        assert!(hit.detail_en.contains("and the agreed interest rate 18%"));
        // Interest within 4 × LPR: the private reading breaks nothing, so no finding.
        fx.terms.rates[0] = rate(RateKind::Interest, "0.9", Per::Month, "月利率0.9%");
        assert!(fx.eval(&k).is_none(), "10.8% < 12%");
        // Cost within 36%: the licensed reading breaks nothing.
        fx.terms.rates[0] = rate(RateKind::Interest, "1.5", Per::Month, "月利率1.5%");
        fx.cost = Some(cost("30", "34", "10000", "1000", "800"));
        assert!(fx.eval(&k).is_none(), "30% < 36%");
    }

    #[test]
    fn unless_above_stands_aside_when_the_interest_alone_breaks_the_line() {
        let k = kind(
            "rate-cap",
            r#"measure = "cost-nominal"
cap = { index = "cn-lpr-1y", multiple = "4" }
unless_above = { measure = "contract-rate", cap = { index = "cn-lpr-1y", multiple = "4" } }"#,
        );
        let mut fx = Fx::new().on(2025, 6, 1);
        fx.terms
            .rates
            .push(rate(RateKind::Interest, "0.8", Per::Month, "月利率0.8%"));
        fx.cost = Some(cost("17.5", "19", "10000", "500", "700"));
        let hit = fx.eval(&k).expect("fees take 9.6% interest to 17.5% > 12%");
        assert_eq!(hit.figures["actual_percent"], "17.5");
        // The interest alone above the line: its own rule says so, this one is quiet.
        fx.terms.rates[0] = rate(RateKind::Interest, "1.2", Per::Month, "月利率1.2%");
        fx.cost = Some(cost("21", "23", "10000", "1000", "700"));
        assert!(fx.eval(&k).is_none(), "14.4% > 12%: the interest rule's finding");
        // Everything within the line: nothing.
        fx.terms.rates[0] = rate(RateKind::Interest, "0.5", Per::Month, "月利率0.5%");
        fx.cost = Some(cost("7", "7.2", "10000", "300", "0"));
        assert!(fx.eval(&k).is_none(), "7% < 12%");
    }

    #[test]
    fn and_above_takes_one_level() {
        let k = parsed_kind(
            "rate-cap",
            r#"measure = "cost-nominal"
cap = { cap_percent = "36" }
and_above = { measure = "contract-rate", cap = { cap_percent = "24" }, and_above = { measure = "overdue-rate", cap = { cap_percent = "24" } } }"#,
        );
        assert!(k.validate().is_err());
    }

    #[test]
    fn cost_measure_prefers_the_higher_of_computed_and_stated() {
        let k = kind(
            "rate-cap",
            r#"measure = "cost-nominal"
cap = { cap_percent = "24" }"#,
        );
        let mut fx = Fx::new();
        fx.terms
            .rates
            .push(rate(RateKind::Interest, "18", Per::Year, "年利率18%"));
        assert!(fx.eval(&k).is_none(), "interest alone 18% < 24%");
        fx.cost = Some(cost("26", "29", "10000", "1000", "1600"));
        assert_eq!(
            fx.eval(&k)
                .map(|h| h.figures["actual_source"].clone())
                .as_deref(),
            Some("computed")
        );
        fx.cost = Some(cost("20", "22", "10000", "1000", "100"));
        assert!(fx.eval(&k).is_none());
    }

    #[test]
    fn max_margin_limits_the_multiple() {
        // Italy-style: 10 × 1.25 + 4 = 16.5, at most 10 + 8 = 18 → 16.5; at 20: 29 vs 28 → 28.
        let k = kind(
            "rate-cap",
            r#"measure = "cost-effective"
cap = { reference_percent = "20", multiple = "1.25", add_percent = "4", max_margin_percent = "8" }"#,
        );
        let mut fx = Fx::new();
        fx.cost = Some(cost("27", "28.5", "10000", "1000", "0"));
        assert_eq!(
            fx.eval(&k)
                .map(|h| h.figures["limit_percent"].clone())
                .as_deref(),
            Some("28")
        );
        fx.cost = Some(cost("27", "27.9", "10000", "1000", "0"));
        assert!(fx.eval(&k).is_none());
    }

    #[test]
    fn assumed_day_basis_is_noted() {
        let k = kind(
            "rate-cap",
            r#"measure = "contract-rate"
cap = { cap_percent = "18" }"#,
        );
        let mut fx = Fx::new();
        let mut r = rate(RateKind::Interest, "0.05", Per::Day, "日利率0.05%");
        r.day_basis = Some(365);
        r.day_basis_assumed = true;
        fx.terms.rates.push(r);
        // 18.25% on 365 days, 18% on 360: the finding depends on the basis.
        let hit = fx.eval(&k).expect("18.25% > 18%");
        let note = hit.note.unwrap_or_default();
        assert!(note.contains("on 360 days the rate is 18%"), "{note}");
        assert!(note.contains("depends on the year length"), "{note}");
        fx.terms.rates[0].day_basis_assumed = false;
        assert!(fx.eval(&k).and_then(|h| h.note).is_none());
    }
}
