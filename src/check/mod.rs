//! Stage 4, check: terms and cost against rulesets -> findings.
//!
//! A *rule kind* is Rust code (one module each under [`kinds`]); a *ruleset* is a TOML file
//! under `rulesets/` that instantiates rule kinds with thresholds, dates of force and citations.
//! Index tables (China's one-year LPR) are TOML files under `rulesets/index/` ([`index`]).
//!
//! [`Checker::load`] reads the bundled rulesets (compiled into the binary) plus the user's;
//! [`Checker::select`] picks the rulesets that apply to a contract (jurisdiction, lender type,
//! contract date) and says why; [`Checker::check`] runs their rules and returns findings with
//! evidence on both sides: the contract sentence and the ruleset entry.

#![warn(missing_docs)]

mod de;
pub mod foreign_places;
pub mod index;
pub mod jurisdiction;
pub mod kinds;
mod overdue_limit;
pub mod ruleset;
#[doc(hidden)]
pub mod testing;
pub mod us_states;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::compute::cost::LoanCost;
use crate::model::{AppliedRuleset, Finding, LenderType, RuleRef, Severity, Terms};
pub use index::{IndexTable, IndexValue};
pub use jurisdiction::Resolved;
use jurisdiction::within;
pub use kinds::{Hit, KINDS, Kind, KindInfo, RuleKind};
pub use ruleset::{Grade, Rule, Ruleset, Scope};

/// What the checker needs to know about one contract.
#[derive(Debug, Clone, Copy)]
pub struct CheckInput<'a> {
    /// The extracted terms.
    pub terms: &'a Terms,
    /// `None` when the cost could not be computed (missing terms).
    pub cost: Option<&'a LoanCost>,
    /// The contract date: from the contract, else `--date`, else today (and said so).
    pub contract_date: NaiveDate,
    /// `--jurisdiction`, when given.
    pub jurisdiction: Option<&'a str>,
    /// The Regulation Z APR (percent) recomputed from the disclosed amount financed and payment
    /// schedule, for the TILA accuracy rule. `None` = not computed (the rule then uses a
    /// computed cost whose method is `us-regz`, or stays quiet).
    pub regz_apr: Option<Decimal>,
    /// Who the lender is, classified once per analysis ([`crate::lender::classify`]) and passed
    /// to every question asked of the rulesets; `None`: classified here from `terms`.
    pub lender: Option<&'a crate::model::LenderClass>,
}

/// Why rulesets could not be loaded.
#[derive(Debug, Clone, thiserror::Error)]
pub enum RulesetError {
    /// A ruleset or index file is malformed; `message` starts with the line when known.
    #[error("{file}: {message}")]
    Invalid {
        /// The file (as given, or `rulesets/<id>.toml`).
        file: String,
        /// `line N: what is wrong`.
        message: String,
    },
    /// `--ruleset` named neither a bundled ruleset nor a file.
    #[error("unknown ruleset `{0}` (neither a bundled ruleset id nor a readable file)")]
    Unknown(String),
}

// `BUNDLED` and `BUNDLED_INDEXES`: every `rulesets/*.toml` and `rulesets/index/*.toml`,
// listed by build.rs.
include!(concat!(env!("OUT_DIR"), "/bundled_rulesets.rs"));

/// One rule as `loanlint rules list/show` prints it.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleInfo {
    /// The ruleset the rule belongs to.
    pub ruleset_id: String,
    /// The ruleset file and the rule's line in it.
    pub file: String,
    /// 1-based line of the rule entry.
    pub line: usize,
    /// Stable kebab-case rule id.
    pub rule_id: String,
    /// The kind's name (`rate-cap`).
    pub kind: &'static str,
    /// `violation`, `warning` or `info`.
    pub severity: Severity,
    /// Law and article.
    pub citation: String,
    /// One-line summary in English.
    pub summary_en: String,
    /// One-line summary in Chinese.
    pub summary_zh: String,
    /// Caveat (`[S]`/`[U]` facts), ruleset note first.
    pub note: Option<String>,
    /// The rule's parameters as TOML text.
    pub params: String,
    /// The kind's docs (Markdown: what it checks, why it matters, example clause, legal basis).
    pub kind_docs: &'static str,
    /// In force for contracts made on or after this date.
    pub valid_from: Option<NaiveDate>,
    /// In force for contracts made before this date.
    pub valid_until: Option<NaiveDate>,
    /// Only for these jurisdiction codes.
    pub regions: Option<Vec<String>>,
    /// How firmly the rule's fact is established (`C`, `S`, `U`).
    pub grade: ruleset::Grade,
    /// The jurisdictions of its ruleset (`CN`, `US`).
    pub jurisdictions: Vec<String>,
    /// The lender types it binds: the rule's own, else its ruleset's; `None` = any.
    pub lender_types: Option<Vec<LenderType>>,
    /// The lender types it does not bind (a private individual for the FTC rule).
    pub not_lender_types: Vec<LenderType>,
}

impl RuleInfo {
    /// True when the rule can apply to a contract in `code` (`US-NY` also takes the rules for
    /// all of the `US`; `US` takes every state's).
    pub fn applies_in(&self, code: &str) -> bool {
        let code = jurisdiction::norm_code(code);
        let covered = self
            .jurisdictions
            .iter()
            .any(|j| within(&code, j) || within(j, &code));
        covered
            && self
                .regions
                .as_ref()
                .is_none_or(|regions| regions.iter().any(|r| within(&code, r) || within(r, &code)))
    }
}

/// A ruleset picked for a contract, the rules of it in force, and why.
#[derive(Debug, Clone)]
pub struct Selection<'a> {
    /// The ruleset.
    pub ruleset: &'a Ruleset,
    /// The rules in force for the contract date, region and amount.
    pub rules: Vec<&'a Rule>,
    /// Why the ruleset applies (goes to `AppliedRuleset.reason`).
    pub reason: String,
    /// Who the lender is, when the ruleset is chosen by lender type.
    pub lender: Option<crate::model::LenderClass>,
}

/// The loaded rulesets and index tables.
#[derive(Debug, Clone, Default)]
pub struct Checker {
    rulesets: Vec<Ruleset>,
    indexes: BTreeMap<String, IndexTable>,
    /// Ruleset ids named with `--ruleset`: always applied.
    requested: Vec<String>,
}

fn invalid(file: &str, line: Option<usize>, message: impl std::fmt::Display) -> RulesetError {
    RulesetError::Invalid {
        file: file.to_string(),
        message: match line {
            Some(l) => format!("line {l}: {message}"),
            None => message.to_string(),
        },
    }
}

type Bundled = (BTreeMap<String, IndexTable>, Vec<Ruleset>);

/// The bundled index tables and rulesets, parsed.
fn load_bundled() -> Result<Bundled, RulesetError> {
    let mut indexes = BTreeMap::new();
    for (id, text) in BUNDLED_INDEXES {
        let file = format!("rulesets/index/{id}.toml");
        let t = IndexTable::parse(text).map_err(|(span, m)| {
            invalid(&file, span.map(|s| ruleset::line_of(text, s.start)), m)
        })?;
        indexes.insert(t.id.clone(), t);
    }
    let mut rulesets = Vec::new();
    for (id, text) in BUNDLED {
        let file = format!("rulesets/{id}.toml");
        let rs = Ruleset::parse(text, &file, true).map_err(|(l, m)| invalid(&file, l, m))?;
        rulesets.push(rs);
    }
    // Bundled rulesets come in their stated `order` (mainland China first), whatever
    // their file names: `rulesets_applied` lists them in that order.
    rulesets.sort_by(|a, b| {
        (a.order.unwrap_or(u32::MAX), &a.id).cmp(&(b.order.unwrap_or(u32::MAX), &b.id))
    });
    Ok((indexes, rulesets))
}

impl Checker {
    /// Load the bundled rulesets plus `extra` (ids of bundled ones or paths to TOML files).
    /// A file whose id equals a bundled ruleset replaces it (e.g. newer quarterly thresholds).
    /// Every ruleset named in `extra` is applied to every contract. A path to an index table
    /// (see [`index`]) adds or replaces that table (e.g. newer LPR months).
    pub fn load(extra: &[String]) -> Result<Checker, RulesetError> {
        // The bundled files are parsed once a run (a report loads them again for their names).
        static BUNDLED_LOADED: std::sync::OnceLock<Result<Bundled, RulesetError>> =
            std::sync::OnceLock::new();
        let (mut indexes, mut rulesets) = BUNDLED_LOADED.get_or_init(load_bundled).clone()?;
        let mut requested = Vec::new();
        for e in extra {
            if BUNDLED.iter().any(|(id, _)| id == e) {
                requested.push(e.clone());
                continue;
            }
            let path = std::path::Path::new(e);
            if !path.is_file() {
                return Err(RulesetError::Unknown(e.clone()));
            }
            let text = std::fs::read_to_string(path).map_err(|err| invalid(e, None, err))?;
            // An index table (top-level `values`, no `rules`) adds to or replaces a bundled
            // one: newer LPR months without rebuilding.
            if is_index_table(&text) {
                let t = IndexTable::parse(&text).map_err(|(span, m)| {
                    invalid(e, span.map(|s| ruleset::line_of(&text, s.start)), m)
                })?;
                indexes.insert(t.id.clone(), t);
                continue;
            }
            let rs = Ruleset::parse(&text, e, false).map_err(|(l, m)| invalid(e, l, m))?;
            rulesets.retain(|r| r.id != rs.id);
            requested.push(rs.id.clone());
            rulesets.push(rs);
        }
        // Rule ids are unique across everything loaded; index tables exist.
        let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
        for rs in &rulesets {
            for r in &rs.rules {
                if let Some(other) = seen.insert(&r.id, &rs.file) {
                    return Err(invalid(
                        &rs.file,
                        Some(r.line),
                        format!("rule id `{}` is already used in {other}", r.id),
                    ));
                }
                for ix in r.kind.indexes() {
                    if !indexes.contains_key(ix) {
                        return Err(invalid(
                            &rs.file,
                            Some(r.line),
                            format!("unknown index table `{ix}`"),
                        ));
                    }
                }
            }
        }
        // A state-table value that names a hand-written rule names one that exists.
        for rs in &rulesets {
            for st in &rs.states {
                for (field, v) in st.fields() {
                    if let Some(id) = &v.rule {
                        if !seen.contains_key(id.as_str()) {
                            return Err(invalid(
                                &rs.file,
                                None,
                                format!("state {} {field}: unknown rule `{id}`", st.code),
                            ));
                        }
                    }
                }
            }
        }
        Ok(Checker {
            rulesets,
            indexes,
            requested,
        })
    }

    /// The loaded rulesets, bundled first.
    pub fn rulesets(&self) -> &[Ruleset] {
        &self.rulesets
    }

    /// A loaded ruleset by id.
    pub fn ruleset(&self, id: &str) -> Option<&Ruleset> {
        self.rulesets.iter().find(|r| r.id == id)
    }

    /// The loaded index tables by id.
    pub fn indexes(&self) -> &BTreeMap<String, IndexTable> {
        &self.indexes
    }

    /// Every loaded rule with its docs, in ruleset then file order.
    pub fn rules(&self) -> Vec<RuleInfo> {
        self.rulesets
            .iter()
            .flat_map(|rs| rs.rules.iter().map(move |r| Self::info(rs, r)))
            .collect()
    }

    /// One rule (by rule id) with its docs.
    pub fn rule(&self, id: &str) -> Option<RuleInfo> {
        self.rulesets.iter().find_map(|rs| {
            rs.rules
                .iter()
                .find(|r| r.id == id)
                .map(|r| Self::info(rs, r))
        })
    }

    fn info(rs: &Ruleset, r: &Rule) -> RuleInfo {
        RuleInfo {
            ruleset_id: rs.id.clone(),
            file: rs.file.clone(),
            line: r.line,
            rule_id: r.id.clone(),
            kind: r.kind.name(),
            severity: r.severity,
            citation: r.citation.clone(),
            summary_en: r.summary_en.clone(),
            summary_zh: r.summary_zh.clone(),
            note: join_notes([rs.note.as_deref(), r.note.as_deref()]),
            params: r.params_text.clone(),
            kind_docs: r.kind.docs(),
            // A rule is in force where both it and its ruleset are.
            valid_from: r.valid_from.max(rs.valid_from),
            valid_until: match (r.valid_until, rs.valid_until) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            },
            regions: r.regions.clone(),
            grade: r.grade,
            jurisdictions: rs.jurisdictions.clone(),
            lender_types: r.lender_types.clone().or_else(|| rs.lender_types.clone()),
            not_lender_types: r.not_lender_types.clone(),
        }
    }

    fn rule_in_scope(r: &Rule, codes: &[String], input: &CheckInput<'_>) -> bool {
        if !r.in_force(input.contract_date) {
            return false;
        }
        if let Some(regions) = &r.regions {
            if !codes
                .iter()
                .any(|c| regions.iter().any(|reg| within(c, reg)))
            {
                return false;
            }
        }
        if let (Some(limit), Some(p)) = (r.principal_below, &input.terms.principal) {
            if p.amount >= limit {
                return false;
            }
        }
        let days = kinds::term_days_of(input.terms);
        if let Some(max) = r.max_term_days {
            if days.is_none_or(|d| d > Decimal::from(max)) {
                return false;
            }
        }
        if let (Some(min), Some(d)) = (r.min_term_days, days) {
            if d <= Decimal::from(min) {
                return false;
            }
        }
        if let Some(until) = r.runs_until_at_least {
            if loan_end(input.terms).is_none_or(|end| end < until) {
                return false;
            }
        }
        true
    }

    /// Scope conditions of a ruleset: `Ok(reason)` when in scope, `Err(())` when not.
    fn scope_check(scope: &Scope, input: &CheckInput<'_>) -> Result<Vec<String>, ()> {
        let mut why = Vec::new();
        if let Some(min) = scope.min_apr_percent {
            let stated = input
                .terms
                .disclosed_apr
                .as_ref()
                .and_then(kinds::annual_of);
            let apr = match (input.cost.map(|c| c.apr.effective_percent), stated) {
                (Some(c), Some(s)) => Some(c.max(s)),
                (c, s) => c.or(s),
            };
            match apr {
                Some(a) if a < min => return Err(()),
                Some(a) => why.push(format!(
                    "APR {}% ≥ {}%",
                    kinds::pct_of(a),
                    kinds::pct_of(min)
                )),
                None => why.push(format!("APR unknown, assumed ≥ {}%", kinds::pct_of(min))),
            }
        }
        if let Some(max) = scope.max_term_months {
            let t = input.terms.term.as_ref();
            let months = t.and_then(|t| t.months.map(Decimal::from)).or_else(|| {
                t.and_then(|t| t.days)
                    .map(|d| Decimal::from(d) * Decimal::from(12) / Decimal::from(365))
            });
            match months {
                Some(m) if m > Decimal::from(max) => return Err(()),
                Some(m) => why.push(format!("term {} months ≤ {max}", kinds::pct_of(m))),
                None => why.push(format!("term unknown, assumed ≤ {max} months")),
            }
        }
        if let Some(kinds) = &scope.fee_kinds_any {
            let fee = input.terms.fees.iter().find(|f| kinds.contains(&f.kind));
            match fee {
                Some(f) => why.push(format!(
                    "fee {} charged ({})",
                    f.name,
                    jurisdiction::quote(&f.evidence.text)
                )),
                None => return Err(()),
            }
        }
        Ok(why)
    }

    /// [`Checker::select`] from the terms, `--jurisdiction` and the contract date alone (no
    /// cost: scope conditions on the APR are then taken as met, and the reason says so).
    pub fn select_for<'s>(
        &'s self,
        terms: &Terms,
        jurisdiction: Option<&str>,
        date: NaiveDate,
    ) -> Vec<Selection<'s>> {
        self.select(&CheckInput {
            terms,
            cost: None,
            contract_date: date,
            jurisdiction,
            regz_apr: None,
            lender: None,
        })
    }

    /// The rulesets that apply to a contract, the rules of each in force, and why.
    pub fn select<'s>(&'s self, input: &CheckInput<'_>) -> Vec<Selection<'s>> {
        let place = jurisdiction::resolve(input.terms, input.jurisdiction);
        self.select_in(input, &place)
    }

    /// [`Checker::select`] for a jurisdiction already resolved.
    fn select_in<'s>(&'s self, input: &CheckInput<'_>, place: &Resolved) -> Vec<Selection<'s>> {
        let mut codes = place.codes.clone();
        let place_reason = &place.reason;
        // `--jurisdiction <ruleset-id>` picks exactly that ruleset.
        let by_id: Option<&Ruleset> = input.jurisdiction.and_then(|j| {
            self.rulesets
                .iter()
                .find(|r| r.id.eq_ignore_ascii_case(j.trim()))
        });
        if let Some(rs) = by_id {
            codes = rs.jurisdictions.clone();
        }
        let classified;
        let class = match input.lender {
            Some(class) => class,
            None => {
                classified = crate::lender::classify(input.terms);
                &classified
            }
        };
        let lender = class.lender_type;
        let date = input.contract_date;
        let mut out = Vec::new();
        for rs in &self.rulesets {
            let requested = self.requested.contains(&rs.id);
            let mut why = Vec::new();
            if requested {
                why.push("requested with --ruleset".to_string());
            } else if let Some(chosen) = by_id {
                if chosen.id != rs.id {
                    continue;
                }
                why.push(format!("--jurisdiction {}", rs.id));
            } else {
                if !codes
                    .iter()
                    .any(|c| rs.jurisdictions.iter().any(|j| within(c, j)))
                {
                    continue;
                }
                why.push(place_reason.clone());
                if let Some(n) = no_state_notice(&codes, rs) {
                    why.push(n);
                }
                if let Some(types) = &rs.lender_types {
                    if !types.contains(&lender) {
                        continue;
                    }
                    why.push(lender_reason(class));
                }
                if rs.valid_from.is_some_and(|f| date < f)
                    || rs.valid_until.is_some_and(|u| date >= u)
                {
                    continue;
                }
                if let Some(scope) = &rs.scope {
                    match Self::scope_check(scope, input) {
                        Ok(w) => why.extend(w),
                        Err(()) => continue,
                    }
                }
            }
            let rules: Vec<&Rule> = rs
                .rules
                .iter()
                .filter(|r| Self::rule_in_scope(r, &codes, input))
                .filter(|r| r.lender_types.as_ref().is_none_or(|t| t.contains(&lender)))
                .filter(|r| !r.not_lender_types.contains(&lender))
                .collect();
            if rules.is_empty() && !requested {
                continue;
            }
            why.push(format!(
                "contract date {date}: {} of {} rules apply",
                rules.len(),
                rs.rules.len()
            ));
            why.extend(self.stale_index_notes(&rules, date));
            out.push(Selection {
                ruleset: rs,
                rules,
                reason: why.join("; "),
                lender: rs.lender_types.is_some().then(|| class.clone()),
            });
        }
        out
    }

    /// Notes for the index tables the rules read whose last verified value the contract date
    /// is past: a newer value may exist.
    fn stale_index_notes(&self, rules: &[&Rule], date: NaiveDate) -> Vec<String> {
        let mut ids: Vec<&str> = rules.iter().flat_map(|r| r.kind.indexes()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter()
            .filter_map(|id| self.indexes.get(id))
            .filter(|t| t.possibly_stale_on(date))
            .map(|t| {
                format!(
                    "note: the {} table was last verified on {}, before the contract date {date}: a newer value may exist (rulesets/index/{}.toml)",
                    t.name, t.last_verified, t.id
                )
            })
            .collect()
    }

    /// Check one contract: the findings (severity desc, then rule id), and which rulesets were
    /// applied and why. [`Checker::check_outcome`] also returns the jurisdiction and notices.
    pub fn check(&self, input: &CheckInput<'_>) -> (Vec<Finding>, Vec<AppliedRuleset>) {
        let outcome = self.check_outcome(input);
        (outcome.findings, outcome.applied)
    }

    /// Check one contract: findings, rulesets applied, where the contract belongs, and
    /// notices for the report's warnings (a contract the bundled rulesets do not cover).
    pub fn check_outcome(&self, input: &CheckInput<'_>) -> CheckOutcome {
        let place = jurisdiction::resolve(input.terms, input.jurisdiction);
        self.check_in(input, place)
    }

    /// [`Checker::check_outcome`] for a jurisdiction already resolved with
    /// [`jurisdiction::resolve`] (so a caller that also needs it resolves it once).
    pub fn check_in(&self, input: &CheckInput<'_>, place: Resolved) -> CheckOutcome {
        let cx = kinds::Context {
            input,
            indexes: &self.indexes,
        };
        let mut findings = Vec::new();
        let mut applied = Vec::new();
        for sel in self.select_in(input, &place) {
            let rs = sel.ruleset;
            applied.push(AppliedRuleset {
                id: rs.id.clone(),
                name: rs.name.clone(),
                reason: sel.reason,
                lender: sel.lender,
            });
            for r in sel.rules {
                if let Some(hit) = r.kind.evaluate(&cx) {
                    findings.push(stated_condition(r, input.terms, finding(rs, r, hit)));
                }
            }
        }
        findings.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then_with(|| a.rule_id.cmp(&b.rule_id))
                .then_with(|| a.message.cmp(&b.message))
        });
        let notices = place.not_covered.iter().cloned().collect();
        CheckOutcome {
            findings,
            applied,
            jurisdiction: place,
            notices,
        }
    }
}

/// What checking one contract gives.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckOutcome {
    /// The findings, severity descending, then rule id.
    pub findings: Vec<Finding>,
    /// The rulesets applied and why.
    pub applied: Vec<AppliedRuleset>,
    /// Where the contract belongs, and why.
    pub jurisdiction: Resolved,
    /// Things the report should say (e.g. "the bundled rulesets do not cover Taiwan"): for the
    /// report's warnings.
    pub notices: Vec<String>,
}

/// The finding a rule makes of a hit: the rule's summary, severity, citation and notes around
/// the kind's detail, figures and evidence.
fn finding(rs: &Ruleset, r: &Rule, mut hit: Hit) -> Finding {
    // Several terms can come from one sentence: quote each sentence once, in the order of the
    // first mention.
    let mut seen = std::collections::HashSet::new();
    hit.evidence.retain(|e| seen.insert((e.start, e.end)));
    // A finding that rests on an assumption the contract does not settle is never a violation.
    let severity = if hit.rests_on_assumption {
        r.severity.min(Severity::Warning)
    } else {
        r.severity
    };
    Finding {
        rule_id: r.id.clone(),
        severity,
        message: format!("{}: {}", r.summary_en, hit.detail_en),
        message_zh: Some(format!("{}：{}", r.summary_zh, hit.detail_zh)),
        citation: r.citation.clone(),
        evidence: hit.evidence,
        rule: RuleRef {
            ruleset_id: rs.id.clone(),
            file: rs.file.clone(),
            line: Some(r.line),
        },
        note: join_notes([rs.note.as_deref(), r.note.as_deref(), hit.note.as_deref()]),
        figures: hit.figures,
    }
}

/// A warning whose condition the contract states itself ("the MLA database shows that you
/// are a covered member"): a violation, quoting the statement.
fn stated_condition(r: &Rule, terms: &Terms, mut f: Finding) -> Finding {
    let Some(c) = terms
        .clauses
        .iter()
        .find(|c| r.violation_with_clauses.contains(&c.kind))
    else {
        return f;
    };
    f.severity = Severity::Violation;
    if !f.evidence.iter().any(|e| e.start == c.evidence.start) {
        f.evidence.push(c.evidence.clone());
    }
    let quote = c
        .evidence
        .text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let said = format!("The contract states the condition itself: «{quote}».");
    f.note = join_notes([f.note.as_deref(), Some(said.as_str())]);
    f
}

/// True for a TOML file that looks like an index table rather than a ruleset.
fn is_index_table(text: &str) -> bool {
    toml::from_str::<toml::Table>(text)
        .map(|t| t.contains_key("values") && !t.contains_key("rules"))
        .unwrap_or(false)
}

/// The day the loan ends: its maturity date, else its start plus its term in days.
fn loan_end(t: &Terms) -> Option<NaiveDate> {
    if let Some(m) = &t.maturity_date {
        return Some(m.date);
    }
    let start = t.start_date()?.date;
    let days = kinds::term_days_of(t)?;
    let days: i64 = days.ceil().try_into().ok()?;
    start.checked_add_signed(chrono::Duration::days(days))
}

/// For a US contract whose state is not known: the report says so, since state caps then
/// cannot apply.
fn no_state_notice(codes: &[String], rs: &Ruleset) -> Option<String> {
    let us = codes.iter().any(|c| c == "US");
    let state = codes.iter().any(|c| c.starts_with("US-"));
    (us && !state && rs.jurisdictions.iter().any(|j| j == "US")).then(|| {
        "no US state found in the contract (governing-law clause or address): state caps were not applied; give --jurisdiction US-XX for the borrower's state".to_string()
    })
}

/// Why a ruleset chosen by lender type applies: the type and its words, or that the type is
/// unknown and only the rules that hold for every lender were applied.
fn lender_reason(class: &crate::model::LenderClass) -> String {
    if class.lender_type == LenderType::Unknown {
        return "lender type unknown (not told by the contract): only the rules that hold for every type of lender apply".into();
    }
    format!(
        "lender type {}: {}",
        crate::lender::type_name(class.lender_type),
        class.reason
    )
}

fn join_notes<const N: usize>(notes: [Option<&str>; N]) -> Option<String> {
    let v: Vec<&str> = notes
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect();
    (!v.is_empty()).then(|| v.join(" "))
}
