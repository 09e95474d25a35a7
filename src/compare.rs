//! `compare`: several offers analysed and put in the order to show them.

use std::cmp::Ordering;
use std::path::PathBuf;

use rust_decimal::Decimal;

use crate::analysis::AnalysisOptions;
use crate::audit::{FileOutcome, WalkOptions, analyse_one};
use crate::check::Checker;
use crate::model::{Language, Severity};

/// The order of the offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    /// Lowest effective APR first.
    Apr,
    /// Lowest cost of credit (total repayable less the amount received) first.
    Cost,
    /// By file name.
    Name,
}

/// The offers, in the order to show, each analysed or with the reason it could not be.
#[derive(Debug)]
pub struct Comparison {
    pub offers: Vec<FileOutcome>,
}

impl Comparison {
    /// Chinese when any offer is in Chinese, else English.
    pub fn language(&self) -> Language {
        let zh = self
            .offers
            .iter()
            .any(|o| matches!(o, FileOutcome::Analysed(r) if r.language == Language::Zh));
        if zh { Language::Zh } else { Language::En }
    }

    /// True when some offer could not be read.
    pub fn any_failed(&self) -> bool {
        self.offers
            .iter()
            .any(|o| matches!(o, FileOutcome::Failed { .. }))
    }

    /// The worst finding over every offer.
    pub fn worst_severity(&self) -> Option<Severity> {
        self.offers
            .iter()
            .filter_map(FileOutcome::worst_severity)
            .max()
    }
}

fn sort_key(outcome: &FileOutcome, sort: SortBy) -> Option<Decimal> {
    match outcome {
        FileOutcome::Analysed(r) => match sort {
            SortBy::Apr => r.apr.as_ref().map(|a| a.effective_percent),
            SortBy::Cost => r.cost.as_ref().map(|c| c.total_repayable - c.net_disbursed),
            SortBy::Name => None,
        },
        FileOutcome::Failed { .. } => None,
    }
}

/// Analyse every file and sort the offers; offers without the figure sorted on go last.
pub fn compare(
    files: &[PathBuf],
    options: &AnalysisOptions,
    checker: &Checker,
    sort: SortBy,
) -> Comparison {
    let walk = WalkOptions::default();
    let mut offers: Vec<FileOutcome> = files
        .iter()
        .map(|f| analyse_one(f, options, checker, &walk))
        .collect();
    match sort {
        SortBy::Name => offers.sort_by(|a, b| a.file().cmp(b.file())),
        _ => offers.sort_by(|a, b| match (sort_key(a, sort), sort_key(b, sort)) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => a.file().cmp(b.file()),
        }),
    }
    Comparison { offers }
}
