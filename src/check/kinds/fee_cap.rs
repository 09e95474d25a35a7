#![doc = include_str!("docs/fee-cap.md")]

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize, Serializer};

use super::util::{currency, money, push_evidence};
use super::{Context, Fig, Hit, Kind};
use crate::model::{FeeKind, FeeTiming, Per};

/// The user-facing docs of this kind.
pub const DOCS: &str = include_str!("docs/fee-cap.md");

/// Parameters of `fee-cap`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// The most the fees may add up to.
    pub max_total: Decimal,
    /// Only contracts in this currency (ISO 4217).
    #[serde(default)]
    pub currency: Option<String>,
    /// Fee kinds counted; default: fees charged on default.
    #[serde(default)]
    pub fee_kinds: Option<Vec<FeeKind>>,
    /// Count a per-missed-payment fee once per instalment.
    #[serde(default)]
    pub capable_of: bool,
}

const DEFAULT_KINDS: &[FeeKind] = &[
    FeeKind::Late,
    FeeKind::Collection,
    FeeKind::Penalty,
    FeeKind::ReturnedPayment,
    FeeKind::Legal,
];

/// What the counted fees can come to.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub enum Total {
    /// A sum of stated fees.
    Amount(Fig),
    /// A fee recurs for as long as the default lasts, with no ceiling (`"unbounded"`).
    #[default]
    Unbounded,
}

impl Serialize for Total {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Total::Amount(a) => a.serialize(s),
            Total::Unbounded => s.serialize_str("unbounded"),
        }
    }
}

/// The figures of a `fee-cap` finding.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// The cap on the fees' total.
    pub limit_amount: Fig,
    /// What the fees come to.
    pub actual_amount: Total,
    /// How many instalments a per-missed-payment fee was counted for.
    pub counted_times: Option<u32>,
}

impl Kind for Params {
    const NAME: &'static str = "fee-cap";
    const DOCS: &'static str = DOCS;
    type Figures = Figures;

    fn evaluate(&self, cx: &Context<'_>) -> Option<Hit<Figures>> {
        let p = self;
        let t = cx.input.terms;
        let cur = currency(t);
        if let Some(c) = &p.currency {
            if !c.eq_ignore_ascii_case(cur) {
                return None;
            }
        }
        let counted = |k: FeeKind, timing: FeeTiming| match &p.fee_kinds {
            Some(kinds) => kinds.contains(&k),
            None => DEFAULT_KINDS.contains(&k) || timing == FeeTiming::OnDefault,
        };
        let times = if p.capable_of {
            t.installments.as_ref().map(|c| c.count.max(1)).unwrap_or(1)
        } else {
            1
        };
        let mut total = Decimal::ZERO;
        let mut evidence = Vec::new();
        let mut unbounded = Vec::new();
        for f in t.fees.iter().filter(|f| counted(f.kind, f.timing)) {
            let Some(a) = f.amount.filter(|a| *a > Decimal::ZERO) else {
                continue;
            };
            // A fee charged every day/week/month while in default has no ceiling of its own.
            if p.capable_of && matches!(f.per, Some(Per::Day | Per::Week | Per::Month | Per::Year)) {
                push_evidence(&mut evidence, &f.evidence);
                unbounded.push(f.name.clone());
                continue;
            }
            // Per-missed-payment fees can recur once per instalment, unless charged only once.
            let recurring = matches!(f.kind, FeeKind::Late | FeeKind::ReturnedPayment)
                && f.per != Some(Per::Once);
            total = total.saturating_add(if recurring {
                a.saturating_mul(Decimal::from(times))
            } else {
                a
            });
            push_evidence(&mut evidence, &f.evidence);
        }
        if !unbounded.is_empty() {
            let names = unbounded.join(", ");
            let figures = Figures {
                limit_amount: Fig(p.max_total),
                actual_amount: Total::Unbounded,
                counted_times: None,
            };
            return Some(
                Hit::says(
                    format!(
                        "{names} recurs for as long as the default lasts, with no stated ceiling: it is capable of exceeding the total cap of {}",
                        money(p.max_total, cur)
                    ),
                    format!(
                        "{names}在逾期期间按期重复收取且无上限，可能超过合计上限{}",
                        money(p.max_total, cur)
                    ),
                )
                .quoting(evidence)
                .with_figures(figures),
            );
        }
        if total <= p.max_total {
            return None;
        }
        let figures = Figures {
            limit_amount: Fig(p.max_total),
            actual_amount: Total::Amount(Fig(total)),
            counted_times: (times > 1).then_some(times),
        };
        let (total, cap) = (money(total, cur), money(p.max_total, cur));
        let (en, zh) = if times > 1 {
            (
                format!("fees of these kinds can add up to {total} over {times} instalments, above the total cap of {cap}"),
                format!("此类费用在{times}期内合计可达{total}，超过上限{cap}"),
            )
        } else {
            (
                format!("fees of these kinds add up to {total}, above the cap of {cap}"),
                format!("此类费用合计{total}，超过上限{cap}"),
            )
        };
        Some(Hit::says(en, zh).quoting(evidence).with_figures(figures))
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use crate::model::{FeeKind, FeeTiming};

    #[test]
    fn sums_fees_of_the_listed_kinds_in_the_currency() {
        let k = kind(
            "fee-cap",
            r#"max_total = "15"
currency = "GBP"
fee_kinds = ["late", "collection"]"#,
        );
        let mut fx = Fx::new();
        fx.terms.principal = Some(money("200", "GBP"));
        fx.terms.fees.push(fee(
            FeeKind::Late,
            "10",
            FeeTiming::OnDefault,
            "late fee £10",
        ));
        assert!(fx.eval(&k).is_none());
        fx.terms.fees.push(fee(
            FeeKind::Collection,
            "10",
            FeeTiming::OnDefault,
            "collection fee £10",
        ));
        fx.terms.fees.push(fee(
            FeeKind::Service,
            "50",
            FeeTiming::UpfrontPaid,
            "arrangement fee £50",
        ));
        assert_eq!(
            fx.eval(&k)
                .map(|h| h.figures["actual_amount"].clone())
                .as_deref(),
            Some("20")
        );
        // Another currency: not compared.
        fx.terms.principal = Some(money("200", "EUR"));
        assert!(fx.eval(&k).is_none());
    }

    #[test]
    fn a_recurring_default_fee_is_capable_of_exceeding_the_cap() {
        use crate::model::Per;
        let k = kind(
            "fee-cap",
            r#"max_total = "15"
capable_of = true"#,
        );
        let mut fx = Fx::new();
        let mut f = fee(
            FeeKind::Late,
            "5",
            FeeTiming::OnDefault,
            "£5 for every week the payment is late",
        );
        f.per = Some(Per::Week);
        fx.terms.fees.push(f);
        let hit = fx.eval(&k).expect("unbounded");
        assert_eq!(hit.figures["actual_amount"], "unbounded");
        // Without `capable_of` only the stated £5 counts.
        let k = kind("fee-cap", r#"max_total = "15""#);
        assert!(fx.eval(&k).is_none());
    }

    #[test]
    fn a_default_fee_charged_once_is_counted_once() {
        use crate::model::{Count, Per};
        let k = kind(
            "fee-cap",
            r#"max_total = "15"
capable_of = true"#,
        );
        let mut fx = Fx::new();
        fx.terms.installments = Some(Count {
            count: 3,
            evidence: ev("3 monthly repayments"),
        });
        let mut f = fee(
            FeeKind::Late,
            "15",
            FeeTiming::OnDefault,
            "a default fee of £15 may be charged once",
        );
        fx.terms.fees.push(f.clone());
        // Once per missed instalment: 3 x £15 = £45 > £15.
        assert!(fx.eval(&k).is_some());
        f.per = Some(Per::Once);
        fx.terms.fees = vec![f];
        // Once in all: £15, at the cap, not above it.
        assert!(fx.eval(&k).is_none());
    }
}
