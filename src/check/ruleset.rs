//! Rulesets: TOML files that instantiate rule kinds with thresholds, dates of force and
//! citations. The file format is described in `rulesets/README.md` and
//! `schema/ruleset.schema.json`; unknown keys are rejected and errors name the line.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;
use rust_decimal::Decimal;
use serde::Deserialize;

use super::de::opt_date;
use super::kinds::RuleKind;
use crate::model::{ClauseKind, LenderType, Severity};
use crate::pattern;

static KEBAB: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^[a-z0-9]+(-[a-z0-9]+)*$").unwrap_or_else(|_| unreachable!("valid regex"))
});

/// Conditions on the contract itself for a whole ruleset to apply (e.g. UK HCSTC: APR ≥ 100%
/// and repaid within 12 months).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// The ruleset applies only when the annualised cost is at least this (percent).
    #[serde(default)]
    pub min_apr_percent: Option<Decimal>,
    /// The ruleset applies only to loans repaid within this many months.
    #[serde(default)]
    pub max_term_months: Option<u32>,
    /// The ruleset applies only when the contract charges a fee of one of these kinds (e.g.
    /// a guarantee or platform service fee for assisted lending, 助贷).
    #[serde(default)]
    pub fee_kinds_any: Option<Vec<crate::model::FeeKind>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesetFile {
    id: String,
    name: String,
    #[serde(default)]
    name_zh: Option<String>,
    description: String,
    jurisdictions: Vec<String>,
    #[serde(default)]
    lender_types: Option<Vec<LenderType>>,
    #[serde(default, with = "opt_date")]
    valid_from: Option<NaiveDate>,
    #[serde(default, with = "opt_date")]
    valid_until: Option<NaiveDate>,
    #[serde(default)]
    scope: Option<Scope>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    order: Option<u32>,
    #[serde(default)]
    rules: Vec<toml::Spanned<RuleEntry>>,
    #[serde(default)]
    states: Vec<toml::Spanned<super::us_states::StateLimits>>,
}

/// How firmly a rule's fact is established (the legal notes' markers): `C` checked against
/// the primary text, `S` from secondary sources, `U` unconfirmed (at most a warning).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
pub enum Grade {
    /// Confirmed against the text of the law or an official page.
    C,
    /// Supported by a secondary source (news, law firm, trade association).
    S,
    /// Unconfirmed: a lead to verify.
    U,
}

impl Grade {
    /// `C`, `S` or `U`.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::C => "C",
            Grade::S => "S",
            Grade::U => "U",
        }
    }

    /// The weakest marker (`[U]`, then `[S]`) written in the texts; `C` when none is.
    fn weakest_marked(texts: &[Option<&str>]) -> Grade {
        let has = |m: &str| texts.iter().flatten().any(|t| t.contains(m));
        if has("[U]") {
            Grade::U
        } else if has("[S]") {
            Grade::S
        } else {
            Grade::C
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleEntry {
    id: String,
    kind: toml::Spanned<String>,
    severity: Severity,
    citation: String,
    summary_en: String,
    summary_zh: String,
    #[serde(default)]
    note: Option<String>,
    #[serde(default, with = "opt_date")]
    valid_from: Option<NaiveDate>,
    #[serde(default, with = "opt_date")]
    valid_until: Option<NaiveDate>,
    #[serde(default)]
    regions: Option<Vec<String>>,
    #[serde(default)]
    principal_below: Option<Decimal>,
    #[serde(default)]
    lender_types: Option<Vec<LenderType>>,
    #[serde(default)]
    not_lender_types: Option<Vec<LenderType>>,
    #[serde(default)]
    grade: Option<Grade>,
    #[serde(default)]
    max_term_days: Option<u32>,
    #[serde(default)]
    min_term_days: Option<u32>,
    #[serde(default, with = "opt_date")]
    runs_until_at_least: Option<NaiveDate>,
    #[serde(default)]
    violation_with_clauses: Option<Vec<ClauseKind>>,
    #[serde(default)]
    params: Option<toml::Spanned<toml::Value>>,
}

/// One rule of a ruleset: a kind with parameters, a severity, a citation and summaries.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// Stable kebab-case id, unique across all loaded rulesets.
    pub id: String,
    /// The kind and its parsed parameters.
    pub kind: RuleKind,
    /// `violation`, `warning` or `info`.
    pub severity: Severity,
    /// Law and article.
    pub citation: String,
    /// One-line summary in English.
    pub summary_en: String,
    /// One-line summary in Chinese.
    pub summary_zh: String,
    /// Caveat for `[S]`/`[U]` facts, shown with every finding of this rule.
    pub note: Option<String>,
    /// Contracts made on or after this date.
    pub valid_from: Option<NaiveDate>,
    /// Contracts made before this date (exclusive).
    pub valid_until: Option<NaiveDate>,
    /// Only for contracts in one of these regions (`US-NY`, `FR`); `None` = the whole ruleset.
    pub regions: Option<Vec<String>>,
    /// Only for loans whose principal is below this amount (exemptions for large loans).
    pub principal_below: Option<Decimal>,
    /// Only for these lender types (within a ruleset for several); `None` = every type the
    /// ruleset covers.
    pub lender_types: Option<Vec<LenderType>>,
    /// Not when the lender is classed as one of these types (a rule that binds lenders in
    /// business, not a private individual); a lender whose type is unknown is not exempted.
    pub not_lender_types: Vec<LenderType>,
    /// Only for loans due within this many days (payday loans); a loan whose term is unknown
    /// is not taken to be one.
    pub max_term_days: Option<u32>,
    /// Only for loans due after more than this many days (outside a payday exemption); a loan
    /// whose term is unknown is not taken to be exempt.
    pub min_term_days: Option<u32>,
    /// Only for loans that run until at least this date (maturity, or start + term): a
    /// transition rule for the part of the term after it. A loan whose end is unknown is not
    /// taken to run that long.
    pub runs_until_at_least: Option<NaiveDate>,
    /// A warning whose condition the contract itself can state ("you are a covered member"):
    /// when the contract holds one of these clause kinds, the finding is a violation.
    pub violation_with_clauses: Vec<ClauseKind>,
    /// How firmly the rule's fact is established: the entry's `grade`, else the weakest
    /// marker ([U], [S]) in its note or its ruleset's note, else `C`.
    pub grade: Grade,
    /// 1-based line of the rule entry in its file.
    pub line: usize,
    /// The `params` table as TOML text, for `rules show`.
    pub params_text: String,
}

impl Rule {
    /// True when the rule is in force for a contract made on `date`.
    pub fn in_force(&self, date: NaiveDate) -> bool {
        self.valid_from.is_none_or(|f| date >= f) && self.valid_until.is_none_or(|u| date < u)
    }
}

/// A loaded ruleset.
#[derive(Debug, Clone, PartialEq)]
pub struct Ruleset {
    /// Stable kebab-case id (`cn-private-lending`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Chinese display name.
    pub name_zh: Option<String>,
    /// What the ruleset covers and whom it binds.
    pub description: String,
    /// Jurisdiction codes it covers (`CN`, `US`, `GB`, `EU`, `FR`, ...). `US` also covers `US-NY`.
    pub jurisdictions: Vec<String>,
    /// Lender types it applies to; `None` = any.
    pub lender_types: Option<Vec<LenderType>>,
    /// Contracts made on or after this date.
    pub valid_from: Option<NaiveDate>,
    /// Contracts made before this date (exclusive).
    pub valid_until: Option<NaiveDate>,
    /// Conditions on the contract itself (HCSTC: APR and term).
    pub scope: Option<Scope>,
    /// Caveat for the whole ruleset (e.g. thresholds that change quarterly).
    pub note: Option<String>,
    /// `rulesets/<id>.toml` for bundled rulesets, else the path given.
    pub file: String,
    /// True for rulesets shipped inside the binary.
    pub bundled: bool,
    /// The rules, in file order.
    pub rules: Vec<Rule>,
    /// Where the ruleset stands among the bundled ones (lower first; unset last, then by id).
    pub order: Option<u32>,
    /// The US state table rows it holds (their numeric values are among `rules`).
    pub states: Vec<super::us_states::StateLimits>,
}

/// 1-based line of a byte offset.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map(|s| s.matches('\n').count() + 1)
        .unwrap_or(1)
}

/// A ruleset problem: the line (when known) and what is wrong.
pub type ParseError = (Option<usize>, String);

impl Ruleset {
    /// Parse a ruleset file. `file` is the name used in findings and errors.
    pub fn parse(text: &str, file: &str, bundled: bool) -> Result<Ruleset, ParseError> {
        let f: RulesetFile = toml::from_str(text).map_err(|e| {
            (
                e.span().map(|s| line_of(text, s.start)),
                super::de::toml_message(&e),
            )
        })?;
        if !KEBAB.is_match(&f.id) {
            return Err((Some(1), format!("ruleset id `{}` is not kebab-case", f.id)));
        }
        let mut rules = Vec::new();
        for entry in f.rules {
            let line = line_of(text, entry.span().start);
            let e = entry.into_inner();
            if !KEBAB.is_match(&e.id) {
                return Err((Some(line), format!("rule id `{}` is not kebab-case", e.id)));
            }
            if rules.iter().any(|r: &Rule| r.id == e.id) {
                return Err((Some(line), format!("duplicate rule id `{}`", e.id)));
            }
            let (params, params_line) = match e.params {
                Some(p) => {
                    let l = line_of(text, p.span().start);
                    (p.into_inner(), l)
                }
                None => (toml::Value::Table(toml::Table::new()), line),
            };
            let params_text = match &params {
                toml::Value::Table(t) => toml::to_string(t).unwrap_or_default(),
                other => other.to_string(),
            };
            let kind_line = line_of(text, e.kind.span().start);
            let kind_name = e.kind.into_inner();
            if super::kinds::kind_info(&kind_name).is_none() {
                let names: Vec<&str> = super::kinds::KINDS.iter().map(|k| k.name).collect();
                return Err((
                    Some(kind_line),
                    format!(
                        "rule `{}`: unknown rule kind `{kind_name}` (expected one of: {})",
                        e.id,
                        names.join(", ")
                    ),
                ));
            }
            let kind = RuleKind::parse(&kind_name, params)
                .map_err(|m| (Some(params_line), format!("rule `{}`: {m}", e.id)))?;
            kind.validate()
                .map_err(|m| (Some(params_line), format!("rule `{}`: {m}", e.id)))?;
            let grade = e
                .grade
                .unwrap_or_else(|| Grade::weakest_marked(&[e.note.as_deref(), f.note.as_deref()]));
            if grade == Grade::U && e.severity == Severity::Violation {
                return Err((
                    Some(line),
                    format!(
                        "rule `{}`: an unconfirmed ([U]) rule can be at most a warning",
                        e.id
                    ),
                ));
            }
            if grade == Grade::U && e.violation_with_clauses.is_some() {
                return Err((
                    Some(line),
                    format!(
                        "rule `{}`: an unconfirmed ([U]) rule cannot become a violation",
                        e.id
                    ),
                ));
            }
            if e.not_lender_types
                .as_ref()
                .is_some_and(|t| t.contains(&LenderType::Unknown))
            {
                return Err((
                    Some(line),
                    format!(
                        "rule `{}`: `not_lender_types` cannot list `unknown` (a lender not classed is never exempted)",
                        e.id
                    ),
                ));
            }
            rules.push(Rule {
                violation_with_clauses: e.violation_with_clauses.unwrap_or_default(),
                max_term_days: e.max_term_days,
                min_term_days: e.min_term_days,
                runs_until_at_least: e.runs_until_at_least,
                grade,
                id: e.id,
                kind,
                severity: e.severity,
                citation: e.citation,
                summary_en: e.summary_en,
                summary_zh: e.summary_zh,
                note: e.note,
                valid_from: e.valid_from,
                valid_until: e.valid_until,
                regions: e
                    .regions
                    .map(|v| v.iter().map(|s| s.to_uppercase()).collect()),
                principal_below: e.principal_below,
                lender_types: e.lender_types,
                not_lender_types: e.not_lender_types.unwrap_or_default(),
                line,
                params_text: params_text.trim_end().to_string(),
            });
        }
        let mut states = Vec::new();
        for row in f.states {
            let line = line_of(text, row.span().start);
            let row = row.into_inner();
            for r in super::us_states::rules_of(&row, line)
                .map_err(|m| (Some(line), format!("state {}: {m}", row.code)))?
            {
                if rules.iter().any(|x: &Rule| x.id == r.id) {
                    return Err((Some(line), format!("duplicate rule id `{}`", r.id)));
                }
                rules.push(r);
            }
            states.push(row);
        }
        Ok(Ruleset {
            states,
            id: f.id,
            name: f.name,
            name_zh: f.name_zh,
            description: f.description,
            jurisdictions: f.jurisdictions.iter().map(|s| s.to_uppercase()).collect(),
            lender_types: f.lender_types,
            valid_from: f.valid_from,
            valid_until: f.valid_until,
            scope: f.scope,
            note: f.note,
            file: file.to_string(),
            bundled,
            rules,
            order: f.order,
        })
    }
}
