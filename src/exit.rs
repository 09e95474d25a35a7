//! The one exit policy of every command: 0 clean, 1 a finding at or above `--fail-on` (unless
//! `--exit-zero`), 2 an error (usage, input, ruleset, a file that could not be read), 130 an
//! interrupted audit. Each command's report says how bad it is through [`Outcome`]; the binary
//! only asks [`ExitPolicy::exit`] and tells the user what it returns.

use clap::builder::TypedValueParser as _;

use crate::apr_command::AprReport;
use crate::audit::{AuditSummary, FileOutcome};
use crate::compare::Comparison;
use crate::letter::Letter;
use crate::message::MessageReport;
use crate::model::Severity;
use crate::overdue::OverdueReport;
use crate::rule_listing::RuleListing;

pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_ERROR: u8 = 2;
pub const EXIT_INTERRUPTED: u8 = 130;

/// Why a run is incomplete: its exit code, and what to tell the user (if not told already).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortfall {
    pub code: u8,
    pub message: Option<String>,
}

/// A command's result, as the exit policy sees it.
pub trait Outcome {
    /// The most severe finding, if any.
    fn worst_severity(&self) -> Option<Severity>;
    /// Set when the run could not do all it was asked; it decides the exit code.
    fn shortfall(&self) -> Option<Shortfall> {
        None
    }
}

/// `--fail-on` and `--exit-zero` (a flag group of every command).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::Args)]
pub struct ExitPolicy {
    /// Exit with 1 when a finding is at least this severe.
    #[arg(long, global = true, default_value = "violation", value_parser = fail_on())]
    pub fail_on: Severity,
    /// Always exit 0 unless an error occurred (findings do not change the exit code).
    #[arg(long, global = true)]
    pub exit_zero: bool,
}

/// `--fail-on`'s values, the most severe first.
fn fail_on() -> impl clap::builder::TypedValueParser<Value = Severity> {
    clap::builder::PossibleValuesParser::new(["violation", "warning", "info"])
        .map(|s| s.parse().unwrap_or(Severity::Violation))
}

impl ExitPolicy {
    /// The exit code for `outcome`, and a message for standard error when there is one.
    pub fn exit(&self, outcome: &(impl Outcome + ?Sized)) -> (u8, Option<String>) {
        if let Some(short) = outcome.shortfall() {
            return (short.code, short.message);
        }
        (self.code_for(outcome.worst_severity()), None)
    }

    /// The exit code for a run whose worst finding is `worst`.
    pub fn code_for(&self, worst: Option<Severity>) -> u8 {
        match worst {
            Some(s) if !self.exit_zero && s >= self.fail_on => EXIT_FINDINGS,
            _ => EXIT_CLEAN,
        }
    }
}

/// Reports whose severity is their worst finding, with nothing that can be left undone.
macro_rules! complete_outcome {
    ($($report:ty),* $(,)?) => {$(
        impl Outcome for $report {
            fn worst_severity(&self) -> Option<Severity> {
                <$report>::worst_severity(self)
            }
        }
    )*};
}

complete_outcome!(FileOutcome, AprReport, OverdueReport, MessageReport);

/// Listings and letters have no findings of their own: they always exit clean.
macro_rules! clean_outcome {
    ($($report:ty),* $(,)?) => {$(
        impl Outcome for $report {
            fn worst_severity(&self) -> Option<Severity> {
                None
            }
        }
    )*};
}

clean_outcome!(RuleListing, [Letter], crate::read::Document);

/// A contract that could not be read makes the comparison an error (it is shown in its column).
impl Outcome for Comparison {
    fn worst_severity(&self) -> Option<Severity> {
        Comparison::worst_severity(self)
    }
    fn shortfall(&self) -> Option<Shortfall> {
        self.any_failed().then_some(Shortfall {
            code: EXIT_ERROR,
            message: None,
        })
    }
}

/// An audit (or a summary of audits) of `planned` files.
#[derive(Debug, Clone, Copy)]
pub struct AuditRun<'a> {
    pub summary: &'a AuditSummary,
    pub planned: usize,
}

impl Outcome for AuditRun<'_> {
    fn worst_severity(&self) -> Option<Severity> {
        self.summary.worst_severity()
    }
    fn shortfall(&self) -> Option<Shortfall> {
        let s = self.summary;
        if s.interrupted {
            let message = format!("interrupted after {} of {} files", s.files, self.planned);
            Some(Shortfall {
                code: EXIT_INTERRUPTED,
                message: Some(message),
            })
        } else if s.failed > 0 {
            let message = format!("{} of {} files could not be read", s.failed, s.files);
            Some(Shortfall {
                code: EXIT_ERROR,
                message: Some(message),
            })
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Worst(Option<Severity>);

    impl Outcome for Worst {
        fn worst_severity(&self) -> Option<Severity> {
            self.0
        }
    }

    #[test]
    fn findings_at_or_above_fail_on_exit_1_unless_exit_zero() {
        let policy = ExitPolicy {
            fail_on: Severity::Warning,
            exit_zero: false,
        };
        assert_eq!(policy.exit(&Worst(None)).0, EXIT_CLEAN);
        assert_eq!(policy.exit(&Worst(Some(Severity::Info))).0, EXIT_CLEAN);
        assert_eq!(
            policy.exit(&Worst(Some(Severity::Warning))).0,
            EXIT_FINDINGS
        );
        assert_eq!(
            policy.exit(&Worst(Some(Severity::Violation))).0,
            EXIT_FINDINGS
        );
        let lenient = ExitPolicy {
            exit_zero: true,
            ..policy
        };
        assert_eq!(
            lenient.exit(&Worst(Some(Severity::Violation))).0,
            EXIT_CLEAN
        );
    }

    #[test]
    fn an_incomplete_audit_is_an_error_whatever_its_findings() {
        let summary = AuditSummary {
            files: 3,
            failed: 1,
            with_violations: 1,
            ..AuditSummary::default()
        };
        let policy = ExitPolicy {
            fail_on: Severity::Violation,
            exit_zero: true,
        };
        let run = AuditRun {
            summary: &summary,
            planned: 3,
        };
        assert_eq!(
            policy.exit(&run),
            (EXIT_ERROR, Some("1 of 3 files could not be read".into()))
        );
        let stopped = AuditSummary {
            interrupted: true,
            ..summary
        };
        let run = AuditRun {
            summary: &stopped,
            planned: 9,
        };
        assert_eq!(
            policy.exit(&run),
            (
                EXIT_INTERRUPTED,
                Some("interrupted after 3 of 9 files".into())
            )
        );
    }
}
