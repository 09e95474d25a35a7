use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Finding, Language, Terms};

pub const SCHEMA_VERSION: u32 = 1;

/// The annualised cost the report leads with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AprSummary {
    /// `cn-irr`, `us-regz` or `eu-aprc`.
    pub method: String,
    /// Nominal annual rate (periodic rate × periods per year), percent, full precision.
    #[serde(with = "rust_decimal::serde::str")]
    pub nominal_percent: Decimal,
    /// Effective annual rate ((1 + periodic)^n − 1), percent, full precision.
    #[serde(with = "rust_decimal::serde::str")]
    pub effective_percent: Decimal,
    /// What had to be assumed to build the cash flows.
    pub assumptions: Vec<String>,
}

/// Money totals of the schedule the contract implies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CostFigures {
    /// What the borrower actually receives.
    #[serde(with = "rust_decimal::serde::str")]
    pub net_disbursed: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub total_interest: Decimal,
    /// Every fee that is part of the cost of credit (not default charges).
    #[serde(with = "rust_decimal::serde::str")]
    pub total_fees: Decimal,
    /// Everything the borrower pays back over the term.
    #[serde(with = "rust_decimal::serde::str")]
    pub total_repayable: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppliedRuleset {
    pub id: String,
    pub name: String,
    /// Why it applies (jurisdiction flag, lender-type words, language, ...).
    pub reason: String,
    /// Who the lender is and why, when the ruleset's choice depends on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lender: Option<crate::model::LenderClass>,
}

/// Everything `check` reports about one contract. Serialised as `check --format json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema_version: u32,
    pub file: String,
    pub language: Language,
    pub terms: Terms,
    pub apr: Option<AprSummary>,
    /// Totals of the implied schedule, when it could be built.
    #[serde(default)]
    pub cost: Option<CostFigures>,
    pub findings: Vec<Finding>,
    #[serde(default)]
    pub rulesets_applied: Vec<AppliedRuleset>,
    /// Reading problems that did not stop the analysis (pages without text, ...).
    #[serde(default)]
    pub warnings: Vec<String>,
    /// What the document is (loan contract, loan disclosure, other), with its evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentInfo>,
    /// The cost over every plausible reading, when the contract's figures leave a term open
    /// (an unstated repayment method, a fee whose amount is blank).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apr_range: Option<AprRange>,
    /// The most the lender can lawfully claim, next to what the contract asks
    /// ([`crate::claim`]); absent when no schedule could be built.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lawful_claim: Option<crate::claim::LawfulClaim>,
}

/// The annualised cost as a range over the plausible readings of a contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AprRange {
    /// The APR method (`cn-irr`, `us-regz`, `eu-aprc`).
    pub method: String,
    /// The lowest nominal figure over the readings, percent.
    #[serde(with = "rust_decimal::serde::str")]
    pub low_percent: Decimal,
    /// The highest; `None` when a charge that cannot be priced makes it unknown ("at least").
    #[serde(with = "rust_decimal::serde::str_option", default)]
    pub high_percent: Option<Decimal>,
    /// What the figure depends on, in words.
    pub depends_on: Vec<String>,
    /// Each reading's cost.
    pub readings: Vec<ReadingCost>,
}

/// The cost of one plausible reading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReadingCost {
    /// The reading, in words (`等额本息 (equal_installment)`).
    pub reading: String,
    #[serde(with = "rust_decimal::serde::str")]
    pub nominal_percent: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub effective_percent: Decimal,
}

/// What kind of document was read. Lending rules apply only to loan documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// A loan, credit or IOU agreement (借款合同, 借条, loan agreement, promissory note).
    LoanContract,
    /// A disclosure about a loan (TILA box, Loan Estimate, closing form, SECCI).
    LoanDisclosure,
    /// Anything else: a sales contract, a lease, a statute, ...
    Other,
}

/// The document kind with the words it was decided from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub kind: DocumentKind,
    /// Why: the title or phrases that decided the kind.
    pub reason: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<super::Evidence>,
}

impl Report {
    /// The most serious finding, if any.
    pub fn worst_severity(&self) -> Option<super::Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}
