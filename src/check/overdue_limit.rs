//! The legal limit on what a late payment may cost, read from the rules that apply to a
//! contract, for `loanlint overdue`: a `default-charges-cap` (a yearly percent on the overdue
//! amount, e.g. China's 4 × LPR), or the UK HCSTC daily cost cap with its default-fee cap.

use crate::claim::{DeductionRule, TermCap};
use crate::compute::overdue::LegalLimit;

use super::kinds::{self, RuleKind, total_cost_cap};
use super::{BUNDLED, BUNDLED_INDEXES, CheckInput, Checker};

impl Checker {
    /// The limit on default charges under the rulesets that apply to `input`, if they set one.
    pub fn default_charges_limit(&self, input: &CheckInput<'_>) -> Option<LegalLimit> {
        let cx = kinds::Context {
            input,
            indexes: &self.indexes,
        };
        let selections = self.select(input);
        let rules = || {
            selections
                .iter()
                .flat_map(|s| s.rules.iter().map(move |r| (s.ruleset, *r)))
        };
        // A combined cap on default charges (China) comes first: it is the rule the law states.
        for (rs, rule) in rules() {
            if let RuleKind::DefaultChargesCap(p) = &rule.kind {
                let cap = p.cap.resolve(&cx)?;
                return Some(LegalLimit {
                    description: format!(
                        "{} ({}: {}): overdue interest, penalty and fees together at most {}% a year on the overdue amount",
                        rule.summary_en,
                        rs.id,
                        rule.id,
                        cap.limit.normalize()
                    ),
                    description_zh: format!(
                        "{}（{}: {}）：逾期利息、违约金及其他费用合计不得超过逾期金额的年{}%",
                        rule.summary_zh,
                        rs.id,
                        rule.id,
                        cap.limit.normalize()
                    ),
                    annual_percent: Some(cap.limit),
                    daily_percent: None,
                    fixed_fees_cap: None,
                    total_charges_room: None,
                    citation: rule.citation.clone(),
                    note: rule.note.clone().or(cap.note),
                });
            }
        }
        // A daily cost cap (UK HCSTC), plus any cap on default fees in total.
        let daily = rules().find_map(|(rs, rule)| match &rule.kind {
            RuleKind::TotalCostCap(p) if p.per == total_cost_cap::Per::Day => {
                Some((rs, rule, p.cap_percent))
            }
            _ => None,
        })?;
        let fee_cap = rules().find_map(|(_, rule)| match &rule.kind {
            RuleKind::FeeCap(p) => Some((rule, p.max_total)),
            _ => None,
        });
        // A cap on the total cost of credit that counts default charges (UK: 100% of the
        // credit): what the term's own charges leave.
        let room = rules().find_map(|(_, rule)| match &rule.kind {
            RuleKind::TotalCostCap(p)
                if p.per == total_cost_cap::Per::Term && p.include_default_fees =>
            {
                input.cost.map(|c| {
                    let charges = c.total_repayable - c.net_disbursed;
                    (
                        rule,
                        c.net_disbursed * p.cap_percent / rust_decimal::Decimal::ONE_HUNDRED
                            - charges,
                    )
                })
            }
            _ => None,
        });
        let (rs, rule, pct) = daily;
        let mut citation = rule.citation.clone();
        if let Some((r, _)) = fee_cap {
            citation.push_str("; ");
            citation.push_str(&r.citation);
        }
        if let Some((r, _)) = room {
            citation.push_str("; ");
            citation.push_str(&r.citation);
        }
        Some(LegalLimit {
            description: format!(
                "{} ({}: {}): at most {}% of the credit a day{}",
                rule.summary_en,
                rs.id,
                rule.id,
                pct.normalize(),
                fee_cap
                    .map(|(_, m)| format!(
                        ", plus default fees of at most {} in total",
                        m.normalize()
                    ))
                    .unwrap_or_default()
            ),
            description_zh: format!(
                "{}（{}: {}）：每日费用不得超过借款金额的{}%{}",
                rule.summary_zh,
                rs.id,
                rule.id,
                pct.normalize(),
                fee_cap
                    .map(|(_, m)| format!("，违约费用合计不超过{}", m.normalize()))
                    .unwrap_or_default()
            ),
            annual_percent: None,
            daily_percent: Some(pct),
            fixed_fees_cap: fee_cap.map(|(_, m)| m),
            total_charges_room: room.map(|(_, r)| r),
            citation,
            note: rule.note.clone(),
        })
    }
}

/// Caps that apply only to a class of borrowers the contract cannot show (MLA: covered
/// servicemembers): a lawful claim never rests on them.
const BORROWER_CONDITIONAL_CAPS: &[&str] = &["us-mla-mapr-above-36"];

impl Checker {
    /// The lowest rate cap in force for `input` on the interest rate or the all-in cost.
    pub fn term_cap(&self, input: &CheckInput<'_>) -> Option<TermCap> {
        use kinds::rate_cap::Measure;
        let cx = kinds::Context {
            input,
            indexes: &self.indexes,
        };
        self.select(input)
            .iter()
            .flat_map(|s| s.rules.iter().map(move |rule| (s.ruleset, *rule)))
            .filter_map(|(ruleset, rule)| match &rule.kind {
                RuleKind::RateCap(p)
                    if rule.severity >= crate::model::Severity::Warning
                        && p.measure != Measure::OverdueRate
                        && !BORROWER_CONDITIONAL_CAPS.contains(&rule.id.as_str())
                        // A cap measured at filing is the later regime of a transition, which
                        // the claim applies from the change date on (`regime_change`).
                        && p.cap.index_on.is_none_or(|on| format!("{on:?}") != "Filing") =>
                {
                    let cap = p.cap.resolve(&cx)?;
                    // The lender type is unknown and the cap is a warning there: it binds some
                    // lender types only (4 × LPR: private lenders), which its summary says.
                    let lender_unknown = ruleset
                        .lender_types
                        .as_ref()
                        .is_some_and(|t| t.contains(&crate::model::LenderType::Unknown))
                        && rule.severity == crate::model::Severity::Warning;
                    Some(TermCap {
                        annual_percent: cap.limit,
                        rule_id: rule.id.clone(),
                        citation: rule.citation.clone(),
                        explain_en: cap.explain_en,
                        explain_zh: cap.explain_zh,
                        note: cap.note.or_else(|| rule.note.clone()),
                        per_day: false,
                        depends_on_lender_en: lender_unknown.then(|| rule.summary_en.clone()),
                        depends_on_lender_zh: lender_unknown.then(|| rule.summary_zh.clone()),
                    })
                }
                // A cap on the cost per day (UK HCSTC: 0.8% of the credit outstanding a day)
                // is a simple yearly rate of 365 times it on the principal outstanding.
                RuleKind::TotalCostCap(p)
                    if p.per == total_cost_cap::Per::Day
                        && rule.severity >= crate::model::Severity::Warning =>
                {
                    let daily = p.cap_percent.normalize();
                    Some(TermCap {
                        annual_percent: p.cap_percent * rust_decimal::Decimal::from(365),
                        rule_id: rule.id.clone(),
                        citation: rule.citation.clone(),
                        explain_en: format!(
                            "{daily}% a day of the credit outstanding × 365 days, each period over its own days"
                        ),
                        explain_zh: format!("每日不超过未还本金的{daily}% × 365天，每期按其天数计"),
                        note: rule.note.clone(),
                        per_day: true,
                        depends_on_lender_en: None,
                        depends_on_lender_zh: None,
                    })
                }
                _ => None,
            })
            .min_by(|a, b| a.annual_percent.cmp(&b.annual_percent))
    }

    /// A cap on the whole cost of the credit over the term, percent of the credit (UK HCSTC:
    /// 100%), with its rule.
    pub fn total_cost_cap(&self, input: &CheckInput<'_>) -> Option<TermCap> {
        self.select(input)
            .iter()
            .flat_map(|s| s.rules.iter())
            .find_map(|rule| match &rule.kind {
                RuleKind::TotalCostCap(p)
                    if p.per == total_cost_cap::Per::Term
                        && rule.severity >= crate::model::Severity::Warning =>
                {
                    Some(TermCap {
                        annual_percent: p.cap_percent,
                        rule_id: rule.id.clone(),
                        citation: rule.citation.clone(),
                        explain_en: format!(
                            "all charges at most {}% of the credit",
                            p.cap_percent.normalize()
                        ),
                        explain_zh: format!(
                            "全部费用不超过借款金额的{}%",
                            p.cap_percent.normalize()
                        ),
                        note: rule.note.clone(),
                        per_day: false,
                        depends_on_lender_en: None,
                        depends_on_lender_zh: None,
                    })
                }
                _ => None,
            })
    }

    /// The rule that restates the principal to the amount received, when one is in force.
    pub fn deduction_rule(&self, input: &CheckInput<'_>) -> Option<DeductionRule> {
        self.select(input)
            .iter()
            .flat_map(|s| s.rules.iter())
            .find(|r| matches!(r.kind, RuleKind::UpfrontDeduction(_)))
            .map(|r| DeductionRule {
                rule_id: r.id.clone(),
                citation: r.citation.clone(),
            })
    }

    /// The date from which rules of a later regime replace those in force for `input` (the
    /// `valid_until` of a rule in force that a rule of the same ruleset takes over on).
    pub fn regime_change(&self, input: &CheckInput<'_>) -> Option<chrono::NaiveDate> {
        self.select(input).iter().find_map(|s| {
            s.rules.iter().find_map(|r| {
                let until = r.valid_until?;
                s.ruleset
                    .rules
                    .iter()
                    .any(|later| later.valid_from == Some(until))
                    .then_some(until)
            })
        })
    }
}

impl Checker {
    /// The bundled ruleset and index files as `(repository path, text)`, for hashing into an
    /// evidence manifest.
    pub fn bundled_sources() -> Vec<(String, &'static str)> {
        BUNDLED
            .iter()
            .map(|(id, text)| (format!("rulesets/{id}.toml"), *text))
            .chain(
                BUNDLED_INDEXES
                    .iter()
                    .map(|(id, text)| (format!("rulesets/index/{id}.toml"), *text)),
            )
            .collect()
    }
}
