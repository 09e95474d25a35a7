//! Rule kinds: the Rust half of a rule. One module each, with docs and fixture tests.
//!
//! A kind knows *how* to check one legal concept (a rate above a cap, an up-front deduction,
//! a prohibited clause, ...). A ruleset entry (TOML, see `rulesets/README.md`) says *which*
//! cap, in force *when*, under *which* law. Each kind's user-facing docs live in
//! `src/check/kinds/docs/<kind>.md` and are shown by `loanlint rules show`.
// The docs quote the legal reference's confidence markers ([C], [S], [U]) and document
// numbers ([2021] No. 3) literally: they are not intra-doc links.
#![allow(rustdoc::broken_intra_doc_links)]

pub mod clause_present;
pub mod compound_interest;
pub mod default_charges_cap;
pub mod disclosure;
pub mod fee_cap;
pub mod flat_rate;
pub mod inconsistency;
pub mod rate_cap;
pub mod total_cost_cap;
pub mod upfront_deduction;

mod cap;
#[cfg(test)]
mod fixtures;
mod util;

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;

pub use cap::{Band, Cap, CapSpec, Reference};

use super::CheckInput;
use super::index::IndexTable;
use crate::model::Evidence;

/// Everything a kind may look at while evaluating one rule.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The contract, its cost and date.
    pub input: &'a CheckInput<'a>,
    /// Index tables by id (e.g. `cn-lpr-1y`).
    pub indexes: &'a BTreeMap<String, IndexTable>,
}

/// One thing a kind found. The checker adds the rule's severity, citation and summary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hit {
    /// What was found, with the figures, in English (no leading summary).
    pub detail_en: String,
    /// The same in Chinese.
    pub detail_zh: String,
    /// The contract sentences behind the finding.
    pub evidence: Vec<Evidence>,
    /// Figures (limit, actual, index value...), as decimal strings.
    pub figures: BTreeMap<String, String>,
    /// A caveat the kind adds (an assumption it had to make), shown with the rule's own note.
    pub note: Option<String>,
}

/// The name and docs of a rule kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindInfo {
    /// The kind's kebab-case name, as written in `kind = "..."`.
    pub name: &'static str,
    /// What it checks, why it matters, an example clause, legal basis (Markdown).
    pub docs: &'static str,
}

/// Every rule kind, in name order.
pub const KINDS: &[KindInfo] = &[
    KindInfo {
        name: "clause-present",
        docs: clause_present::DOCS,
    },
    KindInfo {
        name: "compound-interest",
        docs: compound_interest::DOCS,
    },
    KindInfo {
        name: "default-charges-cap",
        docs: default_charges_cap::DOCS,
    },
    KindInfo {
        name: "disclosure",
        docs: disclosure::DOCS,
    },
    KindInfo {
        name: "fee-cap",
        docs: fee_cap::DOCS,
    },
    KindInfo {
        name: "flat-rate",
        docs: flat_rate::DOCS,
    },
    KindInfo {
        name: "inconsistency",
        docs: inconsistency::DOCS,
    },
    KindInfo {
        name: "rate-cap",
        docs: rate_cap::DOCS,
    },
    KindInfo {
        name: "total-cost-cap",
        docs: total_cost_cap::DOCS,
    },
    KindInfo {
        name: "upfront-deduction",
        docs: upfront_deduction::DOCS,
    },
];

/// The docs of a kind, by name.
pub fn kind_info(name: &str) -> Option<&'static KindInfo> {
    KINDS.iter().find(|k| k.name == name)
}

/// A rule kind with its parameters, parsed from a ruleset entry.
#[derive(Debug, Clone, PartialEq)]
pub enum RuleKind {
    /// `rate-cap`
    RateCap(rate_cap::Params),
    /// `total-cost-cap`
    TotalCostCap(total_cost_cap::Params),
    /// `default-charges-cap`
    DefaultChargesCap(default_charges_cap::Params),
    /// `upfront-deduction`
    UpfrontDeduction(upfront_deduction::Params),
    /// `compound-interest`
    CompoundInterest(compound_interest::Params),
    /// `fee-cap`
    FeeCap(fee_cap::Params),
    /// `clause-present`
    ClausePresent(clause_present::Params),
    /// `disclosure`
    Disclosure(disclosure::Params),
    /// `inconsistency`
    Inconsistency(inconsistency::Params),
    /// `flat-rate`
    FlatRate(flat_rate::Params),
}

fn params<T: DeserializeOwned>(value: toml::Value) -> Result<T, String> {
    value.try_into::<T>().map_err(|e| e.message().to_string())
}

impl RuleKind {
    /// Parse `kind` and its `params` table. The error says what is wrong (unknown kind,
    /// unknown or missing parameter); the caller adds file and line.
    pub fn parse(kind: &str, value: toml::Value) -> Result<RuleKind, String> {
        Ok(match kind {
            "rate-cap" => RuleKind::RateCap(params(value)?),
            "total-cost-cap" => RuleKind::TotalCostCap(params(value)?),
            "default-charges-cap" => RuleKind::DefaultChargesCap(params(value)?),
            "upfront-deduction" => RuleKind::UpfrontDeduction(params(value)?),
            "compound-interest" => RuleKind::CompoundInterest(params(value)?),
            "fee-cap" => RuleKind::FeeCap(params(value)?),
            "clause-present" => RuleKind::ClausePresent(params(value)?),
            "disclosure" => RuleKind::Disclosure(params(value)?),
            "inconsistency" => RuleKind::Inconsistency(params(value)?),
            "flat-rate" => RuleKind::FlatRate(params(value)?),
            other => {
                let names: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
                return Err(format!(
                    "unknown rule kind `{other}` (expected one of: {})",
                    names.join(", ")
                ));
            }
        })
    }

    /// The kind's name.
    pub fn name(&self) -> &'static str {
        match self {
            RuleKind::RateCap(_) => "rate-cap",
            RuleKind::TotalCostCap(_) => "total-cost-cap",
            RuleKind::DefaultChargesCap(_) => "default-charges-cap",
            RuleKind::UpfrontDeduction(_) => "upfront-deduction",
            RuleKind::CompoundInterest(_) => "compound-interest",
            RuleKind::FeeCap(_) => "fee-cap",
            RuleKind::ClausePresent(_) => "clause-present",
            RuleKind::Disclosure(_) => "disclosure",
            RuleKind::Inconsistency(_) => "inconsistency",
            RuleKind::FlatRate(_) => "flat-rate",
        }
    }

    /// Check parameters that serde cannot (exactly one cap base, ...).
    pub fn validate(&self) -> Result<(), String> {
        match self {
            RuleKind::RateCap(p) => p.cap.validate(),
            RuleKind::DefaultChargesCap(p) => p.cap.validate(),
            RuleKind::CompoundInterest(p) => p.cap.as_ref().map_or(Ok(()), |c| c.validate()),
            RuleKind::ClausePresent(p) => {
                if p.clauses.is_empty() && p.fee_kinds.is_empty() {
                    Err("clause-present needs `clauses` or `fee_kinds`".into())
                } else {
                    Ok(())
                }
            }
            RuleKind::Inconsistency(p) if p.kinds.is_empty() => {
                Err("inconsistency needs at least one entry in `kinds`".into())
            }
            _ => Ok(()),
        }
    }

    /// Index tables this rule needs (checked at load time).
    pub fn indexes(&self) -> Vec<&str> {
        let cap = match self {
            RuleKind::RateCap(p) => Some(&p.cap),
            RuleKind::DefaultChargesCap(p) => Some(&p.cap),
            RuleKind::CompoundInterest(p) => p.cap.as_ref(),
            _ => None,
        };
        cap.and_then(|c| c.index.as_deref()).into_iter().collect()
    }

    /// Evaluate the rule on one contract.
    pub fn evaluate(&self, cx: &Context<'_>) -> Option<Hit> {
        match self {
            RuleKind::RateCap(p) => rate_cap::evaluate(p, cx),
            RuleKind::TotalCostCap(p) => total_cost_cap::evaluate(p, cx),
            RuleKind::DefaultChargesCap(p) => default_charges_cap::evaluate(p, cx),
            RuleKind::UpfrontDeduction(p) => upfront_deduction::evaluate(p, cx),
            RuleKind::CompoundInterest(p) => compound_interest::evaluate(p, cx),
            RuleKind::FeeCap(p) => fee_cap::evaluate(p, cx),
            RuleKind::ClausePresent(p) => clause_present::evaluate(p, cx),
            RuleKind::Disclosure(p) => disclosure::evaluate(p, cx),
            RuleKind::Inconsistency(p) => inconsistency::evaluate(p, cx),
            RuleKind::FlatRate(p) => flat_rate::evaluate(p, cx),
        }
    }
}

/// The contract currency (for jurisdiction selection).
pub(crate) fn util_currency(t: &crate::model::Terms) -> &str {
    util::currency(t)
}

/// True when the contract's quoted sentences are Chinese.
pub(crate) fn terms_have_cjk(t: &crate::model::Terms) -> bool {
    t.principal
        .iter()
        .map(|a| &a.evidence)
        .chain(t.rates.iter().map(|r| &r.evidence))
        .chain(t.fees.iter().map(|f| &f.evidence))
        .chain(t.clauses.iter().map(|c| &c.evidence))
        .any(|e| util::has_cjk(&e.text))
}

/// Simple annual percent of a rate.
pub(crate) fn annual_of(r: &crate::model::Rate) -> Option<rust_decimal::Decimal> {
    util::annual(r)
}

/// A percent for messages (2 dp).
pub(crate) fn pct_of(d: rust_decimal::Decimal) -> String {
    util::pct(d)
}
