//! The US state table: for every state and DC, the civil usury limit, the criminal usury limit,
//! whether payday loans are allowed and at what fee, and the APR cap on a $500 and a $2,000
//! instalment loan from a licensed lender; each value with its citation and grade. A ruleset
//! file holds it as `[[states]]` rows (see `rulesets/us-state-limits.toml`); a value with a
//! number becomes a rule (`us-<xx>-<field>`), a value whose rule is written by hand names it
//! (`rule = "us-ny-civil-usury"`), and an unsourced value stays a [U] row that says so.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::kinds::RuleKind;
use super::ruleset::{Grade, Rule};
use crate::model::{LenderType, Severity};

/// One value of the table.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StateValue {
    /// The limit, percent a year (simple interest for civil usury, APR otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<Decimal>,
    /// Payday loans: the fee limit in dollars per $100 borrowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_100: Option<Decimal>,
    /// Payday loans: whether the state allows them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed: Option<bool>,
    /// True when the source says the state sets no cap.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_cap: bool,
    /// A hand-written rule that checks this value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// The law, or where the value was reported; for an unsourced value, that it is not.
    pub citation: String,
    /// How firmly the value is established.
    pub grade: Grade,
    /// A caveat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl StateValue {
    /// The value in words (`16%`, `no cap`, `not allowed`, `$15 per $100`, `not sourced`).
    pub fn words(&self) -> String {
        let mut parts = Vec::new();
        if let Some(a) = self.allowed {
            parts.push(if a { "allowed" } else { "not allowed" }.to_string());
        }
        if let Some(p) = self.percent {
            parts.push(format!("{}%", p.normalize()));
        }
        if let Some(f) = self.per_100 {
            parts.push(format!("${} per $100", f.normalize()));
        }
        if self.no_cap {
            parts.push("no cap".into());
        }
        if parts.is_empty() {
            "not sourced".into()
        } else {
            parts.join(", ")
        }
    }
}

/// One state's row.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StateLimits {
    /// Two-letter postal code (`NY`, `DC`).
    pub code: String,
    /// The state's name.
    pub name: String,
    /// General (civil) usury limit.
    pub civil_usury: StateValue,
    /// Criminal usury limit (where one exists).
    pub criminal_usury: StateValue,
    /// Payday loans: allowed, and the fee cap.
    pub payday: StateValue,
    /// APR cap on a $500 instalment loan from a licensed lender.
    pub installment_500: StateValue,
    /// APR cap on a $2,000 instalment loan from a licensed lender.
    pub installment_2000: StateValue,
}

impl StateLimits {
    /// The five values with their field names, in table order.
    pub fn fields(&self) -> [(&'static str, &StateValue); 5] {
        [
            ("civil-usury", &self.civil_usury),
            ("criminal-usury", &self.criminal_usury),
            ("payday", &self.payday),
            ("installment-500", &self.installment_500),
            ("installment-2000", &self.installment_2000),
        ]
    }

    /// `US-NY`.
    pub fn region(&self) -> String {
        format!("US-{}", self.code)
    }
}

/// Principal bands the two instalment values are applied to: the $500 value to loans up to
/// $1,000, the $2,000 value to loans above $1,000 up to $5,000 (an assumption the rule notes).
const SMALL_LOAN_UP_TO: i64 = 1000;
const LARGER_LOAN_UP_TO: i64 = 5000;

/// The rules a state's numeric values make (values with a hand-written rule make none). A [U]
/// value makes a warning; the rule notes say where the value came from.
pub fn rules_of(s: &StateLimits, line: usize) -> Result<Vec<Rule>, String> {
    let mut out = Vec::new();
    let code = s.code.to_lowercase();
    for (field, v) in s.fields() {
        if v.rule.is_some() {
            continue;
        }
        let params = match (field, v.percent, v.per_100) {
            ("civil-usury", Some(p), _) => {
                format!("measure = \"contract-rate\"\ncap = {{ cap_percent = \"{p}\" }}")
            }
            ("criminal-usury", Some(p), _) => {
                format!("measure = \"cost-nominal\"\ncap = {{ cap_percent = \"{p}\" }}")
            }
            ("installment-500", Some(p), _) => format!(
                "measure = \"cost-nominal\"\ncap = {{ bands = [ {{ up_to = \"{SMALL_LOAN_UP_TO}\", cap_percent = \"{p}\" }} ] }}"
            ),
            ("installment-2000", Some(p), _) => format!(
                "measure = \"cost-nominal\"\ncap = {{ bands = [ {{ above = \"{SMALL_LOAN_UP_TO}\", up_to = \"{LARGER_LOAN_UP_TO}\", cap_percent = \"{p}\" }} ] }}"
            ),
            ("payday", _, Some(f)) => format!("cap_percent = \"{f}\"\nper = \"term\""),
            _ => continue,
        };
        let kind_name = if field == "payday" {
            "total-cost-cap"
        } else {
            "rate-cap"
        };
        let value: toml::Table = toml::from_str(&params).map_err(|e| e.to_string())?;
        let kind = RuleKind::parse(kind_name, toml::Value::Table(value))?;
        kind.validate()?;
        let (what_en, what_zh) = match field {
            "civil-usury" => ("civil usury limit", "民事高利贷上限"),
            "criminal-usury" => ("criminal usury limit", "刑事高利贷上限"),
            "payday" => ("payday-loan fee limit", "发薪日贷款费用上限"),
            "installment-500" => (
                "APR cap on a small (about $500) licensed instalment loan",
                "小额（约500美元）持牌分期贷款年利率上限",
            ),
            _ => (
                "APR cap on a $2,000 licensed instalment loan",
                "2000美元持牌分期贷款年利率上限",
            ),
        };
        let mut note = format!("[{}] {}", v.grade.as_str(), grade_words(v.grade));
        if field.starts_with("installment") {
            note.push_str(" The $500 value is applied to loans up to $1,000 and the $2,000 value to loans above $1,000 up to $5,000 (an assumption).");
        }
        if field == "civil-usury" {
            note.push_str(" Applied to private and ordinary-company lenders only: banks and licensed lenders are generally outside civil usury law.");
        }
        if field == "payday" {
            note.push_str(
                " Applied to loans of at most 62 days (payday loans; the bound is an assumption).",
            );
        }
        if let Some(n) = &v.note {
            note.push(' ');
            note.push_str(n);
        }
        let value_words = v.words();
        out.push(Rule {
            id: format!("us-{code}-{field}"),
            kind,
            severity: if v.grade == Grade::U {
                Severity::Warning
            } else {
                Severity::Violation
            },
            citation: v.citation.clone(),
            summary_en: format!("Above {}'s {what_en} ({value_words})", s.name),
            summary_zh: format!("超过{}的{what_zh}（{value_words}）", s.name),
            note: Some(note),
            valid_from: None,
            valid_until: None,
            regions: Some(vec![s.region()]),
            principal_below: None,
            // Banks (federal preemption) and licensed lenders (exempt) are outside civil usury;
            // an unknown lender is not taken to be bound.
            lender_types: (field == "civil-usury")
                .then(|| vec![LenderType::Individual, LenderType::Company]),
            max_term_days: (field == "payday").then_some(62),
            min_term_days: None,
            runs_until_at_least: None,
            not_lender_types: Vec::new(),
            violation_with_clauses: Vec::new(),
            grade: v.grade,
            line,
            params_text: params,
        });
    }
    Ok(out)
}

fn grade_words(g: Grade) -> &'static str {
    match g {
        Grade::C => "Checked against the law's text.",
        Grade::S => "From a secondary source; the wording is unconfirmed.",
        Grade::U => {
            "Unconfirmed: no primary or reliable secondary source was at hand, so this is a warning."
        }
    }
}
