#![doc = include_str!("docs/disclosure.md")]

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::util::{annual, fig, pct, push_evidence};
use super::{Context, Fig, Hit, Kind};
use crate::model::{FeeKind, Per, RateKind};

/// The user-facing docs of this kind.
pub const DOCS: &str = include_str!("docs/disclosure.md");

/// What must be disclosed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Require {
    /// An annual rate is stated.
    AnnualisedRate,
    /// The disclosed APR is within tolerance of the recomputed one.
    AprAccuracy,
    /// An all-in (comprehensive) annual rate, interest and fees together (综合实际利率), is
    /// stated; an interest rate alone does not satisfy it.
    ComprehensiveRate,
    /// A stated comprehensive cost that leaves out platform or guarantee fees (助贷): the
    /// computed all-in cost is above the stated one by more than the tolerance (default 0.5
    /// points).
    CostIncludesFees,
}

/// Parameters of `disclosure`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// What must be disclosed.
    pub require: Require,
    /// Tolerance in percentage points for `apr-accuracy` (default 0.125).
    #[serde(default)]
    pub tolerance_percent: Option<Decimal>,
}

/// Regulation Z tolerance for a regular transaction: 1/8 of 1 percentage point.
pub const REGZ_TOLERANCE_REGULAR: Decimal = Decimal::from_parts(125, 0, 0, false, 3);
/// Regulation Z tolerance for an irregular transaction: 1/4 of 1 percentage point.
pub const REGZ_TOLERANCE_IRREGULAR: Decimal = Decimal::from_parts(25, 0, 0, false, 2);

/// True when a disclosed APR is accurate: within `tolerance` points of the recomputed APR
/// (both in percent). At exactly the tolerance it is still accurate ("within").
pub fn apr_accurate(disclosed: Decimal, computed: Decimal, tolerance: Decimal) -> bool {
    disclosed
        .checked_sub(computed)
        .is_some_and(|d| d.abs() <= tolerance)
}

/// The figures of a `disclosure` finding (`apr-accuracy` only).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// The disclosed APR, percent.
    pub disclosed_percent: Option<Fig>,
    /// The recomputed APR, percent.
    pub actual_percent: Option<Fig>,
    /// Disclosed minus recomputed, percentage points.
    pub difference_points: Option<Fig>,
    /// The tolerance, percentage points.
    pub tolerance_points: Option<Fig>,
}

impl Kind for Params {
    const NAME: &'static str = "disclosure";
    const DOCS: &'static str = DOCS;
    type Figures = Figures;

    fn evaluate(&self, cx: &Context<'_>) -> Option<Hit<Figures>> {
        match self.require {
            Require::AnnualisedRate => annualised_rate(cx),
            Require::AprAccuracy => apr_accuracy(self, cx),
            Require::ComprehensiveRate => comprehensive_rate(cx),
            Require::CostIncludesFees => cost_includes_fees(self, cx),
        }
    }
}

fn annualised_rate(cx: &Context<'_>) -> Option<Hit<Figures>> {
    let t = cx.input.terms;
    let stated = t.disclosed_apr.is_some()
        || t.rates.iter().any(|r| {
            r.comprehensive
                || (r.per == Per::Year && matches!(r.kind, RateKind::Interest | RateKind::Other))
        });
    let charges = t.rates.iter().any(|r| r.kind == RateKind::Interest)
        || t.fees
            .iter()
            .any(|f| f.amount.is_some_and(|a| a > Decimal::ZERO) || f.percent.is_some());
    if stated || !charges {
        return None;
    }
    let mut evidence = Vec::new();
    let mut shown = Vec::new();
    for r in t.rates.iter().filter(|r| r.kind == RateKind::Interest) {
        push_evidence(&mut evidence, &r.evidence);
        if !r.label.is_empty() {
            shown.push(r.label.clone());
        }
    }
    if evidence.is_empty() {
        for f in &t.fees {
            push_evidence(&mut evidence, &f.evidence);
        }
        if let Some(pr) = &t.principal {
            push_evidence(&mut evidence, &pr.evidence);
        }
    }
    let (en, zh) = if shown.is_empty() {
        (
            "the contract charges interest or fees but states no annualised rate".to_string(),
            "合同收取利息或费用，但未载明年化利率".to_string(),
        )
    } else {
        (
            format!(
                "the contract states only {} and no annualised rate",
                shown.join(", ")
            ),
            format!("合同仅载明{}，未载明年化利率", shown.join("、")),
        )
    };
    Some(Hit::says(en, zh).quoting(evidence))
}

fn comprehensive_rate(cx: &Context<'_>) -> Option<Hit<Figures>> {
    let t = cx.input.terms;
    if t.rates.iter().any(|r| r.comprehensive) {
        return None;
    }
    let mut evidence = Vec::new();
    for r in &t.rates {
        push_evidence(&mut evidence, &r.evidence);
    }
    for f in &t.fees {
        push_evidence(&mut evidence, &f.evidence);
    }
    if let Some(pr) = &t.principal {
        push_evidence(&mut evidence, &pr.evidence);
    }
    Some(
        Hit::says(
            "the contract states no comprehensive effective annual rate (interest and all fees together)",
            "合同未以综合实际利率（年化）载明全部利息和费用",
        )
        .quoting(evidence),
    )
}

/// Half a point: rounding of a stated cost, and day-count differences, stay within it.
const STATED_COST_TOLERANCE: Decimal = Decimal::from_parts(5, 0, 0, false, 1);

fn cost_includes_fees(p: &Params, cx: &Context<'_>) -> Option<Hit<Figures>> {
    let t = cx.input.terms;
    let fees: Vec<_> = t
        .fees
        .iter()
        .filter(|f| matches!(f.kind, FeeKind::Guarantee | FeeKind::Service))
        .collect();
    if fees.is_empty() {
        return None;
    }
    let stated_rate = t.rates.iter().find(|r| r.comprehensive)?;
    let stated = annual(stated_rate)?;
    let computed = cx.input.cost?.apr.nominal_percent;
    let tol = p.tolerance_percent.unwrap_or(STATED_COST_TOLERANCE);
    let diff = computed.checked_sub(stated)?;
    if diff <= tol {
        return None;
    }
    let mut evidence = vec![stated_rate.evidence.clone()];
    for f in &fees {
        push_evidence(&mut evidence, &f.evidence);
    }
    let names: Vec<&str> = fees.iter().map(|f| f.name.as_str()).collect();
    Some(
        Hit::says(
            format!(
                "the stated comprehensive cost {}% leaves out {}: with them the cost is {}% a year",
                pct(stated),
                names.join(", "),
                pct(computed)
            ),
            format!(
                "合同载明的综合融资成本{}%未计入{}，计入后年化{}%",
                pct(stated),
                names.join("、"),
                pct(computed)
            ),
        )
        .quoting(evidence)
        .with_figures(Figures {
            disclosed_percent: Some(Fig(stated)),
            actual_percent: Some(Fig(computed)),
            difference_points: Some(Fig(diff)),
            tolerance_points: Some(Fig(tol)),
        }),
    )
}

fn apr_accuracy(p: &Params, cx: &Context<'_>) -> Option<Hit<Figures>> {
    let t = cx.input.terms;
    let disclosed_rate = t.disclosed_apr.as_ref()?;
    let disclosed = annual(disclosed_rate)?;
    // A Loan Estimate or closing form is a mortgage disclosure with its own tolerances
    // (1026.22(a)(4)), not the closed-end TILA box this rule tests.
    if t.disclosure_form.as_ref().is_some_and(|f| f.form.is_mortgage()) {
        return None;
    }
    let computed = cx.input.regz_apr.or_else(|| {
        cx.input
            .cost
            .filter(|c| c.apr.method == "us-regz")
            .map(|c| c.apr.nominal_percent)
    })?;
    // A recomputed APR of zero prices no charge at all while the box discloses one: the
    // cost was built from a misread (a total read as the amount financed, a rate unread),
    // not from the disclosed payments, and cannot show the disclosure wrong.
    if computed <= Decimal::ZERO && disclosed > Decimal::ZERO {
        return None;
    }
    let tol = p.tolerance_percent.unwrap_or(REGZ_TOLERANCE_REGULAR);
    if apr_accurate(disclosed, computed, tol) {
        return None;
    }
    let mut evidence = vec![disclosed_rate.evidence.clone()];
    for a in [
        &t.principal,
        &t.payment,
        &t.finance_charge,
        &t.total_of_payments,
    ]
    .into_iter()
    .flatten()
    {
        push_evidence(&mut evidence, &a.evidence);
    }
    if let Some(n) = &t.installments {
        push_evidence(&mut evidence, &n.evidence);
    }
    let diff = disclosed.checked_sub(computed)?;
    let figures = Figures {
        disclosed_percent: Some(Fig(disclosed)),
        actual_percent: Some(Fig(computed)),
        difference_points: Some(Fig(diff)),
        tolerance_points: Some(Fig(tol)),
    };
    Some(
        Hit::says(
            format!(
                "the disclosed APR {}% differs from the APR of the disclosed payments, {}%, by {} points (tolerance {})",
                pct(disclosed),
                pct(computed),
                fig(diff.abs()),
                fig(tol)
            ),
            format!(
                "披露的年利率{}%与按披露的还款计划重新计算的{}%相差{}个百分点（容差{}）",
                pct(disclosed),
                pct(computed),
                fig(diff.abs()),
                fig(tol)
            ),
        )
        .quoting(evidence)
        .with_figures(figures),
    )
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use crate::model::{FeeKind, FeeTiming, Per, RateKind};

    #[test]
    fn annualised_rate_missing() {
        let k = kind("disclosure", r#"require = "annualised-rate""#);
        let mut fx = Fx::new();
        assert!(fx.eval(&k).is_none(), "no charges, nothing to disclose");
        fx.terms.fees.push(fee(
            FeeKind::Service,
            "30",
            FeeTiming::PerPeriod,
            "每月服务费30元",
        ));
        assert!(fx.eval(&k).is_some(), "fees without any rate");
        fx.terms
            .rates
            .push(rate(RateKind::Interest, "0.6", Per::Month, "月息0.6%"));
        assert!(fx.eval(&k).is_some());
        fx.terms.disclosed_apr = Some(rate(
            RateKind::Interest,
            "13.03",
            Per::Year,
            "年化利率13.03%",
        ));
        assert!(fx.eval(&k).is_none());
    }

    #[test]
    fn apr_accuracy_with_a_custom_tolerance() {
        let k = kind(
            "disclosure",
            r#"require = "apr-accuracy"
tolerance_percent = "0.25""#,
        );
        let mut fx = Fx::new();
        fx.terms.disclosed_apr = Some(rate(RateKind::Interest, "10", Per::Year, "APR 10%"));
        assert!(fx.eval(&k).is_none(), "nothing recomputed: quiet");
        fx.regz = Some(dec("10.25"));
        assert!(fx.eval(&k).is_none());
        fx.regz = Some(dec("10.26"));
        assert_eq!(
            fx.eval(&k)
                .map(|h| h.figures["difference_points"].clone())
                .as_deref(),
            Some("-0.26")
        );
    }

    #[test]
    fn apr_accuracy_never_rests_on_a_cost_of_nothing() {
        let k = kind("disclosure", r#"require = "apr-accuracy""#);
        let mut fx = Fx::new();
        fx.terms.disclosed_apr = Some(rate(RateKind::Interest, "29.99", Per::Year, "APR 29.99%"));
        // A recomputed 0% prices no charge: a misread, not a wrong disclosure.
        fx.regz = Some(dec("0"));
        assert!(fx.eval(&k).is_none());
        // Any charge priced is compared as before.
        fx.regz = Some(dec("0.5"));
        assert!(fx.eval(&k).is_some());
        fx.regz = Some(dec("29.99"));
        assert!(fx.eval(&k).is_none());
    }
}
