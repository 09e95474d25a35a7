//! loanlint, as a library: read a loan contract, extract its money terms with evidence,
//! compute the real cost of credit, and check the terms against rulesets.
//!
//! The pipeline, one module per stage:
//! [`read`] (document -> text with page map) -> [`extract`] (text -> typed terms with evidence)
//! -> [`compute`] (schedule, APR) -> [`check`] (rulesets -> findings) -> [`report`] (printers).
//! [`analysis`] wires the stages together; [`audit`] (planned by [`audit_command`]),
//! [`summarize`], [`compare`], [`apr_command`], [`overdue`], [`message`], [`letter`] and
//! [`rule_listing`] do the work of the other commands, each returning a typed report that a
//! [`report`] printer renders and [`exit`] turns into the exit code. [`command`] wires each
//! command from its flags to its report and printer. The library never prints: the binary
//! writes what the printer renders.
#![forbid(unsafe_code)]

pub mod analysis;
pub mod apr_command;
pub mod audit;
pub mod audit_command;
pub mod check;
pub mod claim;
pub mod command;
pub mod compare;
pub mod compute;
pub mod exit;
pub mod extract;
pub mod i18n;
pub mod lender;
pub mod letter;
pub mod message;
pub mod model;
pub mod overdue;
pub mod pattern;
pub mod read;
pub mod reconcile;
pub mod report;
pub mod rule_listing;
#[cfg(feature = "serve")]
pub mod serve;
pub mod summarize;
#[cfg(test)]
mod test_texts;

pub use analysis::{AnalysisOptions, analyse_document, analyse_file};
pub use model::*;
