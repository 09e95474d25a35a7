//! From extracted terms to a schedule and its annualised cost.

use rust_decimal::Decimal;

use crate::model::{AprSummary, Terms};

/// The cost of a loan as the contract implies it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoanCost {
    /// Headline APR (China: cn-irr; US: us-regz; UK/EU: eu-aprc), with assumptions.
    pub apr: AprSummary,
    pub net_disbursed: Decimal,
    pub total_interest: Decimal,
    pub total_fees: Decimal,
    pub total_repayable: Decimal,
}

/// Why a cost could not be computed (missing terms, no solution).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CostError {
    #[error("not enough terms to build a schedule: {0}")]
    Missing(String),
    #[error("{0}")]
    Apr(String),
}

/// Build the schedule the terms imply and compute its annualised cost.
pub fn assess(_terms: &Terms) -> Result<LoanCost, CostError> {
    Err(CostError::Missing("not implemented yet".into()))
}
