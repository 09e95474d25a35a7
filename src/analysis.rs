//! The pipeline: read -> extract -> compute -> check, for one file.

use std::path::Path;

use chrono::NaiveDate;

use crate::check::{CheckInput, Checker};
use crate::compute::{apr, cost};
use crate::extract;
use crate::model::{AprSummary, CostFigures, Language, Report, SCHEMA_VERSION};
use crate::read::{self, Document, ReadError, ReadOptions};

/// Options that shape one analysis.
#[derive(Debug, Clone, Default)]
pub struct AnalysisOptions {
    pub read: ReadOptions,
    /// `--date`: the contract date when the contract does not state it.
    pub date: Option<NaiveDate>,
    /// `--jurisdiction`.
    pub jurisdiction: Option<String>,
    /// Read the contract as this language instead of detecting it.
    pub language: Option<Language>,
}

/// A report together with the computed cost it summarises (schedule, full APR result), for
/// callers that go further (the overdue computation).
#[derive(Debug, Clone)]
pub struct Analysis {
    pub report: Report,
    pub cost: Option<cost::LoanCost>,
    /// The date the rules were applied for (stated, `--date`, or today: see the report's warnings).
    pub contract_date: NaiveDate,
    /// The text the analysis read (as `loanlint text` prints it).
    pub text: String,
    pub jurisdiction: Option<String>,
}

impl Analysis {
    /// The checker's view of this contract, to ask the rulesets further questions.
    pub fn check_input(&self) -> CheckInput<'_> {
        let regz_apr = regz_apr_for(&self.report.terms, self.cost.as_ref());
        CheckInput {
            terms: &self.report.terms,
            cost: self.cost.as_ref(),
            contract_date: self.contract_date,
            jurisdiction: self.jurisdiction.as_deref(),
            regz_apr,
        }
    }
}

/// Read, extract, compute and check one file.
pub fn analyse_file(
    path: &Path,
    options: &AnalysisOptions,
    checker: &Checker,
) -> Result<Report, ReadError> {
    analyse_file_full(path, options, checker).map(|a| a.report)
}

/// Like [`analyse_file`], keeping the computed cost.
pub fn analyse_file_full(
    path: &Path,
    options: &AnalysisOptions,
    checker: &Checker,
) -> Result<Analysis, ReadError> {
    let doc = read::read_file(path, &options.read)?;
    Ok(analyse_document_full(&doc, options, checker))
}

/// Extract, compute and check an already-read document.
pub fn analyse_document(doc: &Document, options: &AnalysisOptions, checker: &Checker) -> Report {
    analyse_document_full(doc, options, checker).report
}

/// Like [`analyse_document`], keeping the computed cost.
pub fn analyse_document_full(
    doc: &Document,
    options: &AnalysisOptions,
    checker: &Checker,
) -> Analysis {
    let language = options.language.unwrap_or_else(|| doc.language());
    let terms = extract::extract_as(doc, language);
    let mut warnings = doc.warnings.clone();
    let cost = match cost::assess(
        &terms,
        cost::default_method(&terms, options.jurisdiction.as_deref()),
    ) {
        Ok(c) => Some(c),
        Err(e) => {
            warnings.push(format!("annualised cost not computed: {e}"));
            None
        }
    };
    let stated = terms.contract_date.as_ref().map(|d| d.date);
    let contract_date = match (stated, options.date) {
        (Some(d), _) => d,
        (None, Some(d)) => d,
        (None, None) => {
            let today = chrono::Utc::now().date_naive();
            warnings.push(format!(
                "the contract date is not stated: rules were applied as of today ({today}); give --date YYYY-MM-DD for the real date"
            ));
            today
        }
    };
    // The TILA accuracy rule compares a disclosed APR with the Reg Z APR of the same flows,
    // whatever method the report leads with.
    let regz_apr = regz_apr_for(&terms, cost.as_ref());
    let input = CheckInput {
        terms: &terms,
        cost: cost.as_ref(),
        contract_date,
        jurisdiction: options.jurisdiction.as_deref(),
        regz_apr,
    };
    let (findings, rulesets_applied) = checker.check(&input);
    let apr: Option<AprSummary> = cost.as_ref().map(|c| c.apr.clone());
    let report = Report {
        schema_version: SCHEMA_VERSION,
        file: doc.path.display().to_string(),
        language,
        terms,
        apr,
        cost: cost.as_ref().map(|c| CostFigures {
            net_disbursed: c.net_disbursed,
            total_interest: c.total_interest,
            total_fees: c.total_fees,
            total_repayable: c.total_repayable,
        }),
        findings,
        rulesets_applied,
        warnings,
        document: None,
    };
    Analysis {
        report,
        cost,
        contract_date,
        text: doc.text.clone(),
        jurisdiction: options.jurisdiction.clone(),
    }
}

/// The Reg Z APR of the contract's flows, for the TILA accuracy rule: only worth solving when
/// the document discloses an APR to compare it with.
fn regz_apr_for(
    terms: &crate::model::Terms,
    cost: Option<&cost::LoanCost>,
) -> Option<rust_decimal::Decimal> {
    terms.disclosed_apr.as_ref()?;
    let c = cost?;
    apr::compute(&c.schedule.flows, apr::Method::UsRegz)
        .ok()
        .map(|r| r.apr_percent)
}
