#![doc = include_str!("docs/principal-cap.md")]

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::util::{money, push_evidence};
use super::{Context, Fig, Hit, Kind};

/// The user-facing docs of this kind.
pub const DOCS: &str = include_str!("docs/principal-cap.md");

/// Parameters of `principal-cap`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// The largest principal allowed (at the limit is within it).
    pub max_principal: Decimal,
    /// Only contracts in this currency (ISO 4217); another currency is not compared.
    pub currency: String,
}

/// The figures of a `principal-cap` finding.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// The limit.
    pub limit_amount: Fig,
    /// The contract's principal.
    pub actual_amount: Fig,
}

impl Kind for Params {
    const NAME: &'static str = "principal-cap";
    const DOCS: &'static str = DOCS;
    type Figures = Figures;

    fn validate(&self) -> Result<(), String> {
        if self.max_principal <= Decimal::ZERO {
            return Err("`max_principal` must be above 0".into());
        }
        Ok(())
    }

    fn evaluate(&self, cx: &Context<'_>) -> Option<Hit<Figures>> {
        let p = cx.input.terms.principal.as_ref()?;
        if !p.currency.eq_ignore_ascii_case(&self.currency) || p.amount <= self.max_principal {
            return None;
        }
        let mut evidence = Vec::new();
        push_evidence(&mut evidence, &p.evidence);
        let (actual, limit) = (
            money(p.amount, &self.currency),
            money(self.max_principal, &self.currency),
        );
        Some(
            Hit::says(
                format!("the principal {actual} is above the limit of {limit}"),
                format!("借款本金{actual}超过上限{limit}"),
            )
            .quoting(evidence)
            .with_figures(Figures {
                limit_amount: Fig(self.max_principal),
                actual_amount: Fig(p.amount),
            }),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;

    #[test]
    fn fires_above_the_limit_only_in_its_currency() {
        let k = kind("principal-cap", "max_principal = \"200000\"\ncurrency = \"CNY\"");
        let mut fx = Fx::new();
        // At the limit is within it; another currency is not compared.
        for (amount, currency, fires) in [
            ("200000", "CNY", false),
            ("200000.01", "CNY", true),
            ("300000", "USD", false),
        ] {
            fx.terms.principal = Some(money(amount, currency));
            let hit = fx.eval(&k);
            assert_eq!(hit.is_some(), fires, "{amount} {currency}");
            if let Some(h) = hit {
                assert_eq!(h.figures["actual_amount"], amount);
                assert_eq!(h.figures["limit_amount"], "200000");
            }
        }
    }

    #[test]
    fn a_limit_of_zero_is_rejected() {
        let k = parsed_kind("principal-cap", "max_principal = \"0\"\ncurrency = \"CNY\"");
        assert!(k.validate().is_err());
    }
}
