//! Stage 4, check: terms and cost against rulesets -> findings.
//!
//! A *rule kind* is Rust code (one module each under [`kinds`]); a *ruleset* is a TOML file
//! under `rulesets/` that instantiates rule kinds with thresholds, dates of force and citations.

pub mod kinds;

use chrono::NaiveDate;

use crate::compute::cost::LoanCost;
use crate::model::{AppliedRuleset, Finding, Terms};

/// What the checker needs to know about one contract.
#[derive(Debug, Clone, Copy)]
pub struct CheckInput<'a> {
    pub terms: &'a Terms,
    /// `None` when the cost could not be computed (missing terms).
    pub cost: Option<&'a LoanCost>,
    /// The contract date: from the contract, else `--date`, else today (and said so).
    pub contract_date: NaiveDate,
    /// `--jurisdiction`, when given.
    pub jurisdiction: Option<&'a str>,
}

/// Why rulesets could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum RulesetError {
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
    #[error("unknown ruleset `{0}`")]
    Unknown(String),
}

/// The loaded rulesets.
#[derive(Debug, Clone, Default)]
pub struct Checker {}

impl Checker {
    /// Load the bundled rulesets plus `extra` (ids of bundled ones or paths to TOML files).
    pub fn load(_extra: &[String]) -> Result<Checker, RulesetError> {
        Ok(Checker {})
    }

    /// Check one contract: the findings, and which rulesets were applied and why.
    pub fn check(&self, _input: &CheckInput<'_>) -> (Vec<Finding>, Vec<AppliedRuleset>) {
        (Vec::new(), Vec::new())
    }
}
