#![doc = include_str!("docs/upfront-deduction.md")]

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::util::{contract_rate, currency, money, pct, principal, push_evidence};
use super::{Context, Fig, Hit, Kind};
use crate::model::{Basis, Fee, FeeTiming};
use crate::reconcile::INTEREST_TAKEN_AT_PAYOUT;

/// The user-facing docs of this kind.
pub const DOCS: &str = include_str!("docs/upfront-deduction.md");

/// Parameters of `upfront-deduction` (none yet; the table must be empty or absent).
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Params {}

/// The figures of an `upfront-deduction` finding.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// The principal written in the contract.
    pub principal: Option<Fig>,
    /// The amount actually received.
    pub received: Option<Fig>,
    /// Principal minus received.
    pub deducted: Option<Fig>,
    /// The agreed interest rate, percent a year.
    pub agreed_rate_percent: Option<Fig>,
    /// The agreed interest on the principal, as a rate on the amount received.
    pub rate_on_received_percent: Option<Fig>,
    /// The computed all-in annualised cost, nominal.
    pub cost_nominal_percent: Option<Fig>,
    /// Names of deducted fees whose amount the contract leaves blank, comma-separated.
    pub blank_fees: Option<String>,
}

impl Kind for Params {
    const NAME: &'static str = "upfront-deduction";
    const DOCS: &'static str = DOCS;
    type Figures = Figures;

    fn evaluate(&self, cx: &Context<'_>) -> Option<Hit<Figures>> {
        evaluate(cx)
    }
}

/// A fee taken out of the principal at payout: a stated non-zero amount or percent, or an
/// amount left blank (`${...}`, `____`): the deduction is written whatever the amount.
fn is_deducted(f: &Fee) -> bool {
    f.timing == FeeTiming::UpfrontDeducted
        && !f.amount.is_some_and(|a| a.is_zero())
        && !f.percent.is_some_and(|p| p.is_zero())
}

/// A deducted fee whose amount the contract leaves blank.
fn is_blank(f: &Fee) -> bool {
    f.amount.is_none() && f.percent.is_none()
}

fn evaluate(cx: &Context<'_>) -> Option<Hit<Figures>> {
    let t = cx.input.terms;
    let face = principal(t).map(|(a, _)| a);
    let mut evidence = Vec::new();
    let mut deducted = Decimal::ZERO;
    let mut deducted_known = true;
    let mut blank: Vec<&str> = Vec::new();
    for f in t.fees.iter().filter(|f| is_deducted(f)) {
        if is_blank(f) && !blank.contains(&f.name.as_str()) {
            blank.push(&f.name);
        }
        push_evidence(&mut evidence, &f.evidence);
        let amount = f.amount.or_else(|| {
            let pc = f.percent?;
            match f.basis {
                None | Some(Basis::Principal) => face
                    .and_then(|p| p.checked_mul(pc))
                    .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED)),
                _ => None,
            }
        });
        match amount {
            Some(a) => deducted = deducted.saturating_add(a),
            None => deducted_known = false,
        }
    }
    // The amount received: stated, else principal minus what we could price.
    let stated_net = t.disbursed.as_ref().filter(|d| !d.derived);
    let received = match (stated_net, face) {
        (Some(d), _) => Some(d.amount),
        (None, Some(p)) if deducted > Decimal::ZERO && deducted_known => p.checked_sub(deducted),
        (None, Some(p)) => t.disbursed.as_ref().map(|d| d.amount).filter(|d| *d < p),
        _ => None,
    };
    let short = match (received, face) {
        (Some(r), Some(p)) => r < p,
        _ => false,
    };
    if evidence.is_empty() && !short {
        return None;
    }
    if let Some(d) = stated_net {
        if short {
            push_evidence(&mut evidence, &d.evidence);
        }
    }
    if let Some(p) = &t.principal {
        push_evidence(&mut evidence, &p.evidence);
    }
    let cur = currency(t);
    let mut figures = Figures::default();
    let mut en = String::from("interest or fees are deducted from the principal at disbursement");
    let mut zh = String::from("放款时从本金中预先扣除利息或费用");
    if let (Some(p), Some(r)) = (face, received) {
        figures.principal = Some(Fig(p));
        figures.received = Some(Fig(r));
        figures.deducted = Some(Fig(p.saturating_sub(r)));
        en = format!(
            "{} of the {} principal is deducted at disbursement; the principal is the amount actually received, {}",
            money(p.saturating_sub(r), cur),
            money(p, cur),
            money(r, cur)
        );
        zh = format!(
            "借款本金{}中有{}在放款时预先扣除，本金应按实际到账金额{}认定",
            money(p, cur),
            money(p.saturating_sub(r), cur),
            money(r, cur)
        );
        // Say what was taken: fees are not interest, though both come off the principal.
        let mut fee_names: Vec<&str> = Vec::new();
        let interest_among = t
            .fees
            .iter()
            .any(|f| is_deducted(f) && f.name == INTEREST_TAKEN_AT_PAYOUT);
        for f in t.fees.iter().filter(|f| is_deducted(f)) {
            if !interest_among && !fee_names.contains(&f.name.as_str()) {
                fee_names.push(&f.name);
            }
        }
        if !fee_names.is_empty() && deducted_known && deducted == p.saturating_sub(r) {
            en = format!("{en} (fees deducted: {})", fee_names.join(", "));
            zh = format!("{zh}（扣除的是费用：{}）", fee_names.join("、"));
        }
        let recomputed = contract_rate(t).and_then(|(rate, a)| {
            let on = a.checked_mul(p)?.checked_div(r)?;
            Some((rate, a, on))
        });
        if let Some((rate, a, on_received)) = recomputed {
            push_evidence(&mut evidence, &rate.evidence);
            figures.agreed_rate_percent = Some(Fig(a));
            figures.rate_on_received_percent = Some(Fig(on_received));
            en = format!(
                "{en}; the agreed {}% on {} is {}% a year on the amount received",
                pct(a),
                money(p, cur),
                pct(on_received)
            );
            zh = format!(
                "{zh}；约定年利率{}%按实际到账金额折算为{}%",
                pct(a),
                pct(on_received)
            );
        }
    }
    if let Some(c) = cx.input.cost {
        figures.cost_nominal_percent = Some(Fig(c.apr.nominal_percent));
        en = format!(
            "{en}; all-in annualised cost {}%",
            pct(c.apr.nominal_percent)
        );
        zh = format!("{zh}；含费用年化综合成本{}%", pct(c.apr.nominal_percent));
    }
    if !blank.is_empty() {
        let names = blank.join(", ");
        en = format!(
            "{en}; the amount of {names} is left blank in the contract: it is deducted whatever amount is filled in"
        );
        zh = format!(
            "{zh}；合同中{}的金额留空，无论填入多少均从本金中预先扣除",
            blank.join("、")
        );
        figures.blank_fees = Some(names);
    }
    Some(Hit::says(en, zh).quoting(evidence).with_figures(figures))
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use crate::model::{Basis, FeeKind, FeeTiming, Per, RateKind};

    #[test]
    fn percent_fee_deducted_from_the_principal() {
        let k = kind("upfront-deduction", "");
        let mut fx = Fx::new();
        let mut f = fee(
            FeeKind::Consulting,
            "0",
            FeeTiming::UpfrontDeducted,
            "咨询费为借款本金的8%，放款时扣除",
        );
        f.amount = None;
        f.percent = Some(dec("8"));
        f.basis = Some(Basis::Principal);
        fx.terms.fees.push(f);
        fx.terms
            .rates
            .push(rate(RateKind::Interest, "1", Per::Month, "月利率1%"));
        let hit = fx.eval(&k).expect("fires");
        assert_eq!(hit.figures["received"], "9200");
        assert_eq!(hit.figures["rate_on_received_percent"], "13.043478");
        assert!(hit.detail_zh.contains("实际到账"));
    }

    #[test]
    fn quiet_when_fees_are_paid_separately() {
        let k = kind("upfront-deduction", "");
        let mut fx = Fx::new();
        fx.terms.fees.push(fee(
            FeeKind::Service,
            "100",
            FeeTiming::UpfrontPaid,
            "签约时另行支付服务费100元",
        ));
        assert!(fx.eval(&k).is_none());
    }

    #[test]
    fn a_zero_fee_is_not_a_deduction() {
        let k = kind("upfront-deduction", "");
        let mut fx = Fx::new();
        fx.terms.fees.push(fee(
            FeeKind::Service,
            "0",
            FeeTiming::UpfrontDeducted,
            "服务费0元（限时免收）",
        ));
        assert!(fx.eval(&k).is_none());
    }

    #[test]
    fn a_deducted_fee_with_a_blank_amount_fires_and_says_so() {
        let k = kind("upfront-deduction", "");
        let mut fx = Fx::new();
        let mut f = fee(
            FeeKind::Service,
            "0",
            FeeTiming::UpfrontDeducted,
            "居间服务费${serviceFee}元，从借款本金中扣除",
        );
        f.name = "居间服务费".into();
        f.amount = None;
        f.amount_blank = true;
        fx.terms.fees.push(f);
        let hit = fx.eval(&k).expect("a blank deduction still fires");
        assert_eq!(hit.evidence[0].text, "居间服务费${serviceFee}元，从借款本金中扣除");
        assert_eq!(hit.figures["blank_fees"], "居间服务费");
        assert!(!hit.figures.contains_key("received"), "no amount is invented");
        assert!(hit.detail_en.contains("left blank"), "{}", hit.detail_en);
        assert!(hit.detail_zh.contains("金额留空"), "{}", hit.detail_zh);
        // The same blank fee paid separately is no deduction.
        fx.terms.fees[0].timing = FeeTiming::UpfrontPaid;
        assert!(fx.eval(&k).is_none());
    }
}
