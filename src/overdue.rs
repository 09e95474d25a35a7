//! `overdue`: what a late payment costs under a contract, what the law allows, and how much of
//! a demanded sum has a basis. The arithmetic is in [`crate::compute::overdue`]; this module
//! works out the situation from the contract's schedule and returns a typed report.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::analysis::Analysis;
use crate::check::Checker;
use crate::compute::overdue::{self, DemandCheck, OverdueResult, OverdueSituation};
use crate::message::ContractContext;
use crate::model::{Language, LenderType, Severity};

/// What the borrower tells us about the missed payment.
#[derive(Debug, Clone, Default)]
pub struct OverdueRequest {
    /// Days overdue.
    pub days: u32,
    /// Which instalment was missed (1-based; default: the first).
    pub missed: Option<u32>,
    /// The overdue amount, when known (instead of `missed`).
    pub amount_overdue: Option<Decimal>,
    /// A sum someone demands.
    pub demanded: Option<Decimal>,
}

/// The overdue cost of one contract. Fields are serialised as the `overdue --format json`
/// document (printed with its keys sorted).
#[derive(Debug, Clone, Serialize)]
pub struct OverdueReport {
    pub file: String,
    /// The principal's currency (empty when the contract names none).
    pub currency: String,
    pub overdue: OverdueResult,
    pub demand: Option<DemandCheck>,
    /// What was assumed about the situation (the arithmetic's own are in `overdue`).
    pub assumptions: Vec<String>,
    pub lender_type: LenderType,
    /// The contract's language (the human report's default).
    #[serde(skip)]
    pub language: Language,
}

impl OverdueReport {
    /// A finding when the contract's charges exceed the legal maximum, or a demand exceeds what
    /// the contract or the law allows.
    pub fn worst_severity(&self) -> Option<Severity> {
        let positive = |d: Option<Decimal>| d.is_some_and(|x| x > Decimal::ZERO);
        let over = positive(self.overdue.excess)
            || self
                .demand
                .as_ref()
                .is_some_and(|d| positive(Some(d.above_contract)) || positive(d.above_law));
        over.then_some(Severity::Violation)
    }
}

/// Why no overdue report can be made.
#[derive(Debug, Clone, thiserror::Error)]
#[error(
    "the repayment schedule could not be built from this contract ({0}); give --amount-overdue"
)]
pub struct NoSchedule(String);

/// The overdue situation from the contract's schedule (or the amount given), with what was assumed.
fn situation(
    analysis: &Analysis,
    days: u32,
    missed: Option<u32>,
    amount: Option<Decimal>,
) -> Result<(OverdueSituation, Vec<String>), NoSchedule> {
    let terms = &analysis.report.terms;
    let principal = terms.principal.as_ref().map(|p| p.amount);
    let mut notes = Vec::new();
    let rows = analysis
        .cost
        .as_ref()
        .map(|c| c.schedule.rows.as_slice())
        .unwrap_or(&[]);
    let k = missed.unwrap_or(1).max(1) as usize;
    if let Some(row) = rows.get(k - 1) {
        let remaining = if k >= 2 {
            rows.get(k - 2).map_or(row.balance, |r| r.balance)
        } else {
            principal.unwrap_or(row.balance + row.principal)
        };
        if missed.is_none() && amount.is_none() {
            notes.push(format!("assumed the first instalment ({}) is the one missed; use --missed N or --amount-overdue", row.total));
        }
        let overdue_amount = amount.unwrap_or(row.total);
        return Ok((
            OverdueSituation {
                overdue_amount,
                remaining_principal: remaining,
                total_outstanding: remaining + row.interest + row.fees,
                principal: principal.unwrap_or(remaining),
                days,
            },
            notes,
        ));
    }
    match amount {
        Some(a) => Ok((
            OverdueSituation {
                overdue_amount: a,
                remaining_principal: principal.unwrap_or(a),
                total_outstanding: principal.unwrap_or(a),
                principal: principal.unwrap_or(a),
                days,
            },
            notes,
        )),
        None => Err(NoSchedule(
            analysis
                .report
                .warnings
                .iter()
                .find(|w| w.contains("cost"))
                .cloned()
                .unwrap_or_else(|| "missing terms".into()),
        )),
    }
}

/// The overdue report for an analysed contract.
pub fn assess(
    analysis: &Analysis,
    checker: &Checker,
    request: &OverdueRequest,
) -> Result<OverdueReport, NoSchedule> {
    let (situation, assumptions) = situation(
        analysis,
        request.days,
        request.missed,
        request.amount_overdue,
    )?;
    let terms = &analysis.report.terms;
    let result = overdue::compute(
        terms,
        &situation,
        checker.default_charges_limit(&analysis.check_input()),
    );
    let demand = request.demanded.map(|d| overdue::check_demand(&result, d));
    Ok(OverdueReport {
        file: analysis.report.file.clone(),
        currency: terms
            .principal
            .as_ref()
            .map_or_else(String::new, |p| p.currency.clone()),
        overdue: result,
        demand,
        assumptions,
        lender_type: terms
            .lender
            .as_ref()
            .map_or(LenderType::Unknown, |l| l.lender_type),
        language: analysis.report.language,
    })
}

/// What `message --contract` compares a message with: the lender's names and the most the
/// borrower can owe after `days` days (the first instalment missed).
pub fn contract_context(
    analysis: &Analysis,
    checker: &Checker,
    days: Option<u32>,
) -> ContractContext {
    let terms = &analysis.report.terms;
    let owed = situation(analysis, days.unwrap_or(1), None, None)
        .ok()
        .map(|(s, _)| {
            overdue::compute(
                terms,
                &s,
                checker.default_charges_limit(&analysis.check_input()),
            )
            .contract_owed
        });
    ContractContext {
        lender_name: terms.lender.as_ref().and_then(|l| l.name.clone()),
        other_names: crate::message::official_names(&analysis.text),
        owed_upper_bound: owed,
        currency: terms.principal.as_ref().map(|p| p.currency.clone()),
    }
}
