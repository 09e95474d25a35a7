//! The pipeline: read -> extract -> compute -> check, for one file.

use std::path::Path;

use chrono::NaiveDate;

use crate::check::{CheckInput, Checker};
use crate::compute::cost;
use crate::extract;
use crate::model::{AprSummary, Language, Report, SCHEMA_VERSION};
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

/// Read, extract, compute and check one file.
pub fn analyse_file(
    path: &Path,
    options: &AnalysisOptions,
    checker: &Checker,
) -> Result<Report, ReadError> {
    let doc = read::read_file(path, &options.read)?;
    Ok(analyse_document(&doc, options, checker))
}

/// Extract, compute and check an already-read document.
pub fn analyse_document(doc: &Document, options: &AnalysisOptions, checker: &Checker) -> Report {
    let language = options.language.unwrap_or_else(|| doc.language());
    let terms = extract::extract_as(doc, language);
    let mut warnings = doc.warnings.clone();
    let cost = match cost::assess(&terms) {
        Ok(c) => Some(c),
        Err(e) => {
            warnings.push(format!("annualised cost not computed: {e}"));
            None
        }
    };
    let contract_date = terms
        .contract_date
        .as_ref()
        .map(|d| d.date)
        .or(options.date)
        .unwrap_or_else(|| chrono::Utc::now().date_naive());
    let input = CheckInput {
        terms: &terms,
        cost: cost.as_ref(),
        contract_date,
        jurisdiction: options.jurisdiction.as_deref(),
        regz_apr: None,
    };
    let (findings, rulesets_applied) = checker.check(&input);
    let apr: Option<AprSummary> = cost.as_ref().map(|c| c.apr.clone());
    Report {
        schema_version: SCHEMA_VERSION,
        file: doc.path.display().to_string(),
        language,
        terms,
        apr,
        findings,
        rulesets_applied,
        warnings,
    }
}
