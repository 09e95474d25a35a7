use serde::{Deserialize, Serialize};

use super::Evidence;

/// How serious a finding is. Ordered: `Info < Warning < Violation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Violation,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Violation => "violation",
        }
    }
}

impl std::str::FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "info" => Ok(Severity::Info),
            "warning" => Ok(Severity::Warning),
            "violation" => Ok(Severity::Violation),
            other => Err(format!(
                "unknown severity `{other}` (expected info, warning or violation)"
            )),
        }
    }
}

/// The ruleset side of a finding: which entry of which file set the limit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleRef {
    pub ruleset_id: String,
    /// Path of the ruleset file (as given, or `rulesets/<id>.toml` for bundled ones).
    pub file: String,
    /// 1-based line of the rule entry in that file, when known.
    pub line: Option<usize>,
}

/// One thing the checker found, with evidence on both sides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable kebab-case id of the rule.
    pub rule_id: String,
    pub severity: Severity,
    /// What is wrong, in English, with the figures.
    pub message: String,
    /// The same in Chinese, when the rule has a Chinese summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_zh: Option<String>,
    /// Law and article the rule rests on.
    pub citation: String,
    /// The contract text that triggered the finding.
    pub evidence: Vec<Evidence>,
    /// The ruleset entry that set the limit.
    pub rule: RuleRef,
    /// Caveat shown with the finding when the legal basis is not fully confirmed ([S]/[U] facts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Figures behind the finding (e.g. `limit_percent`, `actual_percent`), as decimal strings.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub figures: std::collections::BTreeMap<String, String>,
}
