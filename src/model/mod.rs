//! The shared vocabulary of every stage: evidence, terms, findings, the report.
//! JSON field names here are a public contract (see `schema/report.schema.json`):
//! fields may be added, never renamed or removed.

mod evidence;
mod figures;
mod finding;
mod inconsistency;
mod report;
mod terms;

pub use evidence::{Evidence, Language, Location};
pub use figures::Figures;
pub use finding::{Finding, RuleRef, Severity};
pub use inconsistency::InconsistencyKind;
pub use report::{
    AppliedRuleset, AprRange, AprSummary, CostFigures, DocumentInfo, DocumentKind, ReadingCost,
    Report, SCHEMA_VERSION,
};
pub use terms::*;
