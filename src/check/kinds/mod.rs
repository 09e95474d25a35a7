//! Rule kinds: the Rust half of a rule. One module each, with docs and fixture tests.
//!
//! A kind knows *how* to check one legal concept (a rate above a cap, an up-front deduction,
//! a prohibited clause, ...). A ruleset entry (TOML, see `rulesets/README.md`) says *which*
//! cap, in force *when*, under *which* law. Each kind's user-facing docs live in
//! `src/check/kinds/docs/<kind>.md` and are shown by `loanlint rules show`.
//!
//! Adding a kind: write `<kind>.rs` (its `Params` implementing [`Kind`], with fire/quiet
//! tests), write `docs/<kind>.md`, and add one line to the [`registry!`] call below.
// The docs quote the legal reference's confidence markers ([C], [S], [U]) and document
// numbers ([2021] No. 3) literally: they are not intra-doc links.
#![allow(rustdoc::broken_intra_doc_links)]

mod cap;
#[cfg(test)]
pub(crate) mod fixtures;
mod hit;
mod util;

use std::collections::BTreeMap;
use std::fmt::Debug;

use serde::Serialize;
use serde::de::DeserializeOwned;

pub use cap::{Band, Cap, CapFigures, CapSpec, Reference};
pub use hit::{Fig, FigureMap, Hit, figure_map};

use super::CheckInput;
use super::index::IndexTable;

/// Everything a kind may look at while evaluating one rule.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The contract, its cost and date.
    pub input: &'a CheckInput<'a>,
    /// Index tables by id (e.g. `cn-lpr-1y`).
    pub indexes: &'a BTreeMap<String, IndexTable>,
}

/// A rule kind, implemented on its parameter type: a ruleset entry's `params` table is
/// deserialised into it (unknown keys rejected with `#[serde(deny_unknown_fields)]`), checked
/// with [`Kind::validate`], and evaluated per contract.
pub trait Kind: DeserializeOwned + Clone + Debug + PartialEq {
    /// The kebab-case name, as written in `kind = "..."`.
    const NAME: &'static str;
    /// What it checks, why it matters, an example clause, legal basis (Markdown).
    const DOCS: &'static str;
    /// The figures a hit carries, serialised into `Finding.figures` (see [`figure_map`]).
    type Figures: Serialize + Default;

    /// The cap the kind measures against, when it has one: its checks and index tables are
    /// then the kind's by default.
    fn cap(&self) -> Option<&CapSpec> {
        None
    }

    /// Check what serde cannot (exactly one cap base, a non-empty list, ...).
    fn validate(&self) -> Result<(), String> {
        self.cap().map_or(Ok(()), CapSpec::validate)
    }

    /// Index tables the rule needs (checked at load time).
    fn indexes(&self) -> Vec<&str> {
        self.cap().map_or_else(Vec::new, CapSpec::indexes)
    }

    /// Evaluate the rule on one contract: `None` when it does not fire.
    fn evaluate(&self, cx: &Context<'_>) -> Option<Hit<Self::Figures>>;
}

/// The name and docs of a rule kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindInfo {
    /// The kind's kebab-case name, as written in `kind = "..."`.
    pub name: &'static str,
    /// What it checks, why it matters, an example clause, legal basis (Markdown).
    pub docs: &'static str,
}

/// A kind's docs split into the parts `rules show` prints: what it checks, why it matters, an
/// example clause, the legal basis and its parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DocSections<'a> {
    /// **What it checks.**
    pub what: &'a str,
    /// **Why it matters.**
    pub why: &'a str,
    /// **Example clause.**
    pub example: &'a str,
    /// **Legal basis.**
    pub basis: &'a str,
    /// **Parameters.**
    pub params: &'a str,
}

/// The section headings of a kind's docs, in order.
const SECTIONS: [&str; 5] = [
    "**What it checks.**",
    "**Why it matters.**",
    "**Example clause.**",
    "**Legal basis.**",
    "**Parameters.**",
];

/// Split a kind's docs into its five sections; a missing section is empty.
pub fn doc_sections(docs: &str) -> DocSections<'_> {
    let section = |i: usize| -> &str {
        let Some(start) = docs.find(SECTIONS[i]) else {
            return "";
        };
        let body = &docs[start + SECTIONS[i].len()..];
        let end = SECTIONS
            .iter()
            .filter_map(|h| body.find(h))
            .min()
            .unwrap_or(body.len());
        body[..end].trim()
    };
    DocSections {
        what: section(0),
        why: section(1),
        example: section(2),
        basis: section(3),
        params: section(4),
    }
}

/// The docs of a kind, by name.
pub fn kind_info(name: &str) -> Option<&'static KindInfo> {
    KINDS.iter().find(|k| k.name == name)
}

fn params<T: DeserializeOwned>(value: toml::Value) -> Result<T, String> {
    value
        .try_into::<T>()
        .map_err(|e| super::de::toml_message(&e))
}

fn unknown_kind(kind: &str) -> String {
    let names: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
    format!(
        "unknown rule kind `{kind}` (expected one of: {})",
        names.join(", ")
    )
}

/// Declares the kind modules, the [`RuleKind`] enum and [`KINDS`] from one list of
/// `Variant: module` lines, in name order.
macro_rules! registry {
    ($($variant:ident: $module:ident),+ $(,)?) => {
        $(pub mod $module;)+

        /// A rule kind with its parameters, parsed from a ruleset entry.
        #[derive(Debug, Clone, PartialEq)]
        pub enum RuleKind {
            $(
                #[doc = concat!("The `", stringify!($module), "` kind.")]
                $variant($module::Params),
            )+
        }

        /// Every rule kind, in name order.
        pub const KINDS: &[KindInfo] = &[$(
            KindInfo {
                name: <$module::Params as Kind>::NAME,
                docs: <$module::Params as Kind>::DOCS,
            },
        )+];

        impl RuleKind {
            /// Parse `kind` and its `params` table. The error says what is wrong (unknown
            /// kind, unknown or missing parameter); the caller adds file and line.
            pub fn parse(kind: &str, value: toml::Value) -> Result<RuleKind, String> {
                $(
                    if kind == <$module::Params as Kind>::NAME {
                        return params(value).map(RuleKind::$variant);
                    }
                )+
                Err(unknown_kind(kind))
            }

            /// The kind's name.
            pub fn name(&self) -> &'static str {
                match self {
                    $(RuleKind::$variant(_) => <$module::Params as Kind>::NAME,)+
                }
            }

            /// The kind's docs (Markdown).
            pub fn docs(&self) -> &'static str {
                match self {
                    $(RuleKind::$variant(_) => <$module::Params as Kind>::DOCS,)+
                }
            }

            /// Check parameters that serde cannot (exactly one cap base, ...).
            pub fn validate(&self) -> Result<(), String> {
                match self {
                    $(RuleKind::$variant(p) => p.validate(),)+
                }
            }

            /// Index tables this rule needs (checked at load time).
            pub fn indexes(&self) -> Vec<&str> {
                match self {
                    $(RuleKind::$variant(p) => p.indexes(),)+
                }
            }

            /// Evaluate the rule on one contract; the figures come as the finding's map.
            pub fn evaluate(&self, cx: &Context<'_>) -> Option<Hit> {
                match self {
                    $(RuleKind::$variant(p) => p.evaluate(cx).map(Hit::into_map),)+
                }
            }
        }
    };
}

registry! {
    ClausePresent: clause_present,
    CompoundInterest: compound_interest,
    DefaultChargesCap: default_charges_cap,
    Disclosure: disclosure,
    FeeCap: fee_cap,
    FlatRate: flat_rate,
    Inconsistency: inconsistency,
    PenaltyVsLoss: penalty_vs_loss,
    PrincipalCap: principal_cap,
    RateCap: rate_cap,
    TotalCostCap: total_cost_cap,
    UpfrontDeduction: upfront_deduction,
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

/// The loan term in days, when the contract tells it.
pub(crate) fn term_days_of(t: &crate::model::Terms) -> Option<rust_decimal::Decimal> {
    util::term_days(t)
}

/// Simple annual percent of a rate.
pub(crate) fn annual_of(r: &crate::model::Rate) -> Option<rust_decimal::Decimal> {
    util::annual(r)
}

/// A percent for messages (2 dp).
pub(crate) fn pct_of(d: rust_decimal::Decimal) -> String {
    util::pct(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_is_in_name_order_with_docs_for_every_kind() {
        let names: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(names, sorted);
        for k in KINDS {
            assert!(
                k.docs.starts_with(&format!("# {}", k.name)),
                "docs of {} start with its name",
                k.name
            );
            assert_eq!(kind_info(k.name), Some(k));
            let d = doc_sections(k.docs);
            for (part, text) in [
                ("what", d.what),
                ("why", d.why),
                ("example", d.example),
                ("basis", d.basis),
                ("params", d.params),
            ] {
                assert!(
                    !text.is_empty(),
                    "docs of {} lack their {part} section",
                    k.name
                );
            }
        }
        assert!(kind_info("no-such-kind").is_none());
    }

    #[test]
    fn unknown_kinds_and_parameters_are_rejected() {
        let err = RuleKind::parse("rate-ceiling", toml::Value::Table(toml::Table::new()));
        assert!(err.is_err_and(|e| e.contains("unknown rule kind `rate-ceiling`")));
        // Every kind rejects a key it does not know, whatever else it needs.
        for k in KINDS {
            let mut t = toml::Table::new();
            t.insert("no_such_key".into(), toml::Value::Integer(1));
            let err = RuleKind::parse(k.name, toml::Value::Table(t));
            assert!(
                err.as_ref()
                    .is_err_and(|e| e.contains("unknown field `no_such_key`")),
                "{}: {err:?}",
                k.name
            );
        }
    }
}
