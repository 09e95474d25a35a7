//! The lawful claim: the most a lender can lawfully ask for, next to what the contract asks.
//!
//! One computation, used by `check` (the whole loan), `overdue` and `message --contract` (what
//! is due now) and `compare`, so the commands give one answer. Each component (principal,
//! charges of the term, default charges) is shown side by side: what the contract claims, what
//! the law supports, the difference, and the arithmetic in words.
//!
//! The principal is the amount actually received when interest or fees were taken from it
//! up front (Civil Code Art. 670) and a rule in force says so; the charges of each instalment
//! are at most the lawful principal then outstanding × the lowest rate cap in force for the
//! period; a contract formed under an older regime (China before 2020-08-20) keeps the old
//! cap up to the change and the current one, measured on the filing date, after it.

use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::analysis::Analysis;
use crate::check::{CheckInput, Checker};
use crate::compute::cost::LoanCost;
use crate::compute::schedule::RowTime;

pub mod conditions;
mod due;
mod text;

pub use due::{DueNow, MissedInstalment, MissedRow, due_now};

/// The key of the claim component for the balance a lender may call in (acceleration).
pub const ACCELERATED_BALANCE: &str = "accelerated_balance";
/// The key of the claim component for the default charges due now.
pub const DEFAULT_CHARGES: &str = "default_charges";

/// The legal line on the charges of the term, as the lawful claim uses it: the lowest cap of
/// the rate-cap rules in force (interest or all-in cost), with its rule and arithmetic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermCap {
    /// Percent a year.
    #[serde(with = "rust_decimal::serde::str")]
    pub annual_percent: rust_decimal::Decimal,
    pub rule_id: String,
    pub citation: String,
    /// How the limit was reached (`4 × 1-year LPR 3% (published 2025-05-20)`).
    pub explain_en: String,
    pub explain_zh: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// A cap per day (UK HCSTC), stated as 365 times it a year: each instalment's charges are
    /// measured over the days of its own period, not over its share of a year.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub per_day: bool,
    /// The lender type is unknown and this cap binds some lender types only: the rule's
    /// summary, which says whom (`unenforceable if the lender is a private person…`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depends_on_lender_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depends_on_lender_zh: Option<String>,
}

/// What the rules in force say about the principal: the upfront-deduction rule, when one applies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeductionRule {
    pub rule_id: String,
    pub citation: String,
}

pub use text::{headline, money};

/// One component of a claim, side by side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimComponent {
    /// `principal`, `term_charges`, `instalments`, `default_charges`, `total`.
    pub key: String,
    pub name_en: String,
    pub name_zh: String,
    /// What the contract claims.
    #[serde(with = "rust_decimal::serde::str")]
    pub contract: Decimal,
    /// What the law supports.
    #[serde(with = "rust_decimal::serde::str")]
    pub lawful: Decimal,
    /// `contract − lawful`.
    #[serde(with = "rust_decimal::serde::str")]
    pub difference: Decimal,
    pub arithmetic_en: String,
    pub arithmetic_zh: String,
    pub citation: String,
}

impl ClaimComponent {
    /// A component with its difference.
    pub fn new(key: &str, names: (&str, &str), contract: Decimal, lawful: Decimal) -> Self {
        ClaimComponent {
            key: key.into(),
            name_en: names.0.into(),
            name_zh: names.1.into(),
            contract,
            lawful,
            difference: contract - lawful,
            arithmetic_en: String::new(),
            arithmetic_zh: String::new(),
            citation: String::new(),
        }
    }

    /// Say that charges taken from the principal up front are part of the price of credit the
    /// law measures (so the lawful charges may exceed those left in the instalments).
    fn with_upfront(mut self, taken: Decimal) -> Self {
        if taken > Decimal::ZERO {
            self.arithmetic_en.push_str(&format!(
                "; the {} taken up front is counted as a charge of the term, not as principal",
                cents(taken)
            ));
            self.arithmetic_zh.push_str(&format!(
                "；预先扣除的{}计入期内费用，不计入本金",
                cents(taken)
            ));
        }
        self
    }

    /// The same with its arithmetic and basis.
    pub fn explained(mut self, en: String, zh: String, citation: &str) -> Self {
        self.arithmetic_en = en;
        self.arithmetic_zh = zh;
        self.citation = citation.into();
        self
    }
}

/// A set of components with its total and headline (the whole loan, or what is due now).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimPart {
    pub components: Vec<ClaimComponent>,
    #[serde(with = "rust_decimal::serde::str")]
    pub contract_total: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub lawful_total: Decimal,
    /// A sum someone demands.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub demanded: Option<Decimal>,
    /// What the demand (or, without one, the contract) asks above the lawful total.
    #[serde(with = "rust_decimal::serde::str")]
    pub above_lawful: Decimal,
    /// `依法最多应还 ¥X（合同要求 ¥Y，对方要求 ¥Z，超出 ¥W）`.
    pub headline_zh: String,
    pub headline_en: String,
}

impl ClaimPart {
    /// Total the components (all but a `total` row) and write the headline.
    pub fn new(
        mut components: Vec<ClaimComponent>,
        demanded: Option<Decimal>,
        currency: &str,
    ) -> Self {
        let contract_total: Decimal = components.iter().map(|c| c.contract).sum();
        let lawful_total: Decimal = components.iter().map(|c| c.lawful).sum();
        let sum_en = |f: fn(&ClaimComponent) -> Decimal| {
            components
                .iter()
                .map(|c| cents(f(c)).to_string())
                .collect::<Vec<_>>()
                .join(" + ")
        };
        let (contract_sum, lawful_sum) = (sum_en(|c| c.contract), sum_en(|c| c.lawful));
        components.push(
            ClaimComponent::new("total", ("Total", "合计"), contract_total, lawful_total)
                .explained(
                    format!("contract: {contract_sum}; law: {lawful_sum}"),
                    format!("合同：{contract_sum}；依法：{lawful_sum}"),
                    "",
                ),
        );
        let asked = demanded.unwrap_or(contract_total);
        let above_lawful = (asked - lawful_total).max(Decimal::ZERO);
        let (headline_zh, headline_en) = headline(
            currency,
            lawful_total,
            contract_total,
            demanded,
            above_lawful,
        );
        ClaimPart {
            components,
            contract_total,
            lawful_total,
            demanded,
            above_lawful,
            headline_zh,
            headline_en,
        }
    }
}

/// One instalment: what the contract asks, and what the law supports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LawfulRow {
    pub number: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    #[serde(with = "rust_decimal::serde::str")]
    pub contract_total: Decimal,
    /// Lawful principal outstanding before this instalment.
    #[serde(with = "rust_decimal::serde::str")]
    pub lawful_balance_before: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub lawful_principal: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub lawful_charges: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub lawful_total: Decimal,
}

/// The cap that replaces the contract's own from a date on (China's 2020-08-20 transition).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LaterCap {
    pub from: NaiveDate,
    #[serde(flatten)]
    pub cap: TermCap,
}

/// The lawful claim on one contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LawfulClaim {
    pub currency: String,
    #[serde(with = "rust_decimal::serde::str")]
    pub contract_principal: Decimal,
    /// The principal the law counts (the amount received when charges were taken up front).
    #[serde(with = "rust_decimal::serde::str")]
    pub lawful_principal: Decimal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term_cap: Option<TermCap>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub later_cap: Option<LaterCap>,
    /// The whole loan: principal, charges of the term, total repayable.
    pub whole_loan: ClaimPart,
    /// Each instalment, contract and lawful.
    pub rows: Vec<LawfulRow>,
    /// What the figures rest on.
    pub assumptions: Vec<String>,
    /// The claim under each plausible reading of terms the contract leaves open, when they
    /// differ; the figures above are those of the lowest lawful total.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub readings: Vec<ClaimReading>,
}

/// The lawful claim under one reading of the open terms.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimReading {
    /// The reading in words, as in `apr_range.readings`.
    pub reading: String,
    #[serde(with = "rust_decimal::serde::str")]
    pub contract_total: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub lawful_total: Decimal,
}

/// Round to the cent (half away from zero), as lenders round instalments.
pub fn cents(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// The share of `[start, due)` before `change` (1 when the period ends before it).
fn share_before(start: Option<NaiveDate>, due: Option<NaiveDate>, change: NaiveDate) -> Decimal {
    match (start, due) {
        (_, Some(d)) if d <= change => Decimal::ONE,
        (Some(s), _) if s >= change => Decimal::ZERO,
        (Some(s), Some(d)) => {
            let whole = (d - s).num_days().max(1);
            Decimal::from((change - s).num_days()) / Decimal::from(whole)
        }
        _ => Decimal::ONE,
    }
}

/// The lawful claim on an analysed contract; `filing` is the date a later regime's cap is
/// measured on (the date of the computation). `None` without a principal or a schedule.
pub fn compute(
    analysis: &Analysis,
    checker: &Checker,
    filing: NaiveDate,
    demanded: Option<Decimal>,
) -> Option<LawfulClaim> {
    // With no ruleset applied (a place the bundled rules do not cover) there is no law to
    // measure the claim by: "lawfully owed at most" would be an unsupported legal claim.
    if analysis.report.rulesets_applied.is_empty() {
        return None;
    }
    let terms = &analysis.report.terms;
    let cost = analysis.cost.as_ref()?;
    let principal = terms.principal.as_ref()?;
    let input = analysis.check_input();
    let claim =
        |c: &LoanCost| lawful_claim(&input, c, checker, filing, demanded, &principal.currency);
    let first = claim(cost)?;
    if analysis.other_readings.is_empty() {
        return Some(first);
    }
    let range = analysis.report.apr_range.as_ref();
    let first_label = range
        .and_then(|r| r.readings.first())
        .map(|r| r.reading.clone())
        .unwrap_or_default();
    let mut each = vec![(first_label, first.clone())];
    for (label, c) in &analysis.other_readings {
        if let Some(other) = claim(c) {
            each.push((label.clone(), other));
        }
    }
    let depends_on = range.map(|r| r.depends_on.join("; ")).unwrap_or_default();
    Some(lowest_of(first, each, &depends_on, &principal.currency))
}

/// The claim of the lowest lawful total over the readings, with every reading's totals and,
/// when they differ, the range in its assumptions and headline.
fn lowest_of(
    first: LawfulClaim,
    each: Vec<(String, LawfulClaim)>,
    depends_on: &str,
    currency: &str,
) -> LawfulClaim {
    let readings: Vec<ClaimReading> = each
        .iter()
        .map(|(label, c)| ClaimReading {
            reading: label.clone(),
            contract_total: c.whole_loan.contract_total,
            lawful_total: c.whole_loan.lawful_total,
        })
        .collect();
    let total = |c: &LawfulClaim| c.whole_loan.lawful_total;
    let high = readings
        .iter()
        .map(|r| r.lawful_total)
        .fold(total(&first), Decimal::max);
    let mut claim =
        each.into_iter().map(|(_, c)| c).fold(
            first,
            |low, c| if total(&c) < total(&low) { c } else { low },
        );
    let low = total(&claim);
    if high - low < Decimal::new(1, 2) {
        return claim;
    }
    let m = |d| money(currency, d);
    claim.assumptions.push(format!(
        "the lawful total depends on {depends_on}: between {} and {} over the readings; the figures are the lower, since no default may choose the reading and an unclear term is read against the party that drafted it (contra proferentem; in China, Civil Code Art. 498 for standard terms)",
        m(low),
        m(high)
    ));
    let part = &mut claim.whole_loan;
    part.headline_en.push_str(&format!(
        " [{} to {} depending on {depends_on}]",
        m(low),
        m(high)
    ));
    part.headline_zh.push_str(&format!(
        "［依合同未写明的条款，依法最多应还 {} 至 {}］",
        m(low),
        m(high)
    ));
    claim.readings = readings;
    claim
}

/// [`compute`] from a check input and its cost.
pub fn lawful_claim(
    input: &CheckInput<'_>,
    cost: &LoanCost,
    checker: &Checker,
    filing: NaiveDate,
    demanded: Option<Decimal>,
    currency: &str,
) -> Option<LawfulClaim> {
    let rows = &cost.schedule.rows;
    let face: Decimal = rows.iter().map(|r| r.principal).sum();
    if face <= Decimal::ZERO || rows.is_empty() {
        return None;
    }
    let mut assumptions = Vec::new();
    let deduction = checker.deduction_rule(input);
    let restated = deduction
        .as_ref()
        .filter(|_| cost.net_disbursed < face && cost.net_disbursed > Decimal::ZERO);
    let lawful_principal = if restated.is_some() {
        cost.net_disbursed
    } else {
        face
    };
    let share = lawful_principal / face;
    let cap = checker.term_cap(input);
    let later = checker.regime_change(input).and_then(|change| {
        let later_input = CheckInput {
            contract_date: filing.max(change),
            ..*input
        };
        checker
            .term_cap(&later_input)
            .map(|cap| LaterCap { from: change, cap })
    });
    if cap.is_some() {
        assumptions.push("charges of the term (interest and every fee of the loan) are measured together against the rate cap, on the principal actually outstanding".into());
    }
    if cap.is_none() {
        assumptions.push("no rate cap applies to this contract under the rulesets in force: the lawful charges are the contract's own (on the lawful principal)".into());
    }
    let periods_per_year = cost.result.periods_per_year;
    let start = crate::compute::cost::start_of(input.terms);
    // What was taken up front was the price of credit too: spread over the instalments in
    // proportion to the principal outstanding, as interest would be.
    let taken_up_front = face - lawful_principal;
    let mut outstanding = face;
    let occupied: Decimal = rows
        .iter()
        .map(|r| {
            let before = outstanding;
            outstanding -= r.principal;
            before
        })
        .sum();
    let row_charges_of = |balance: Decimal, r: &crate::compute::schedule::Row| {
        r.interest
            + r.fees
            + if occupied > Decimal::ZERO {
                taken_up_front * balance / occupied
            } else {
                Decimal::ZERO
            }
    };
    let mut contract_row_charges = Vec::with_capacity(rows.len());
    let mut balance = face;
    for r in rows {
        contract_row_charges.push(row_charges_of(balance, r) * share);
        balance -= r.principal;
    }
    let periods = daily_cap_periods(input, rows, cap.as_ref(), lawful_principal, |i| {
        contract_row_charges.get(i).copied()
    });
    let mut lawful_rows = Vec::with_capacity(rows.len());
    let mut balance = face;
    let mut prev_due = start;
    let mut budget = Decimal::ZERO;
    for (i, r) in rows.iter().enumerate() {
        let due = match r.due {
            RowTime::Date(d) => Some(d),
            RowTime::Periods(_) => None,
        };
        let period = periods.as_ref().and_then(|p| p.get(i));
        let lawful_before = period.map_or(balance * share, |p| p.outstanding);
        let contract_charges = row_charges_of(balance, r);
        let annual = match (&cap, &later) {
            (Some(c), Some(l)) => {
                let f = share_before(prev_due, due, l.from);
                Some(c.annual_percent * f + l.cap.annual_percent * (Decimal::ONE - f))
            }
            (Some(c), None) => Some(c.annual_percent),
            (None, _) => None,
        };
        // A cap per day over the days of the period, when both its ends are known.
        let days = match (cap.as_ref().is_some_and(|c| c.per_day), prev_due, due) {
            (true, Some(from), Some(to)) if to > from => {
                Some(Decimal::from((to - from).num_days()))
            }
            _ => None,
        };
        let capped = match period {
            Some(p) => Some(p.allowed),
            None => annual.map(|a| match days {
                Some(d) => lawful_before * a / Decimal::ONE_HUNDRED * d / Decimal::from(365),
                None => lawful_before * a / Decimal::ONE_HUNDRED / periods_per_year,
            }),
        };
        budget += capped.unwrap_or_default();
        let scaled = contract_charges * share;
        let lawful_charges = cents(capped.map_or(scaled, |c| scaled.min(c)));
        let lawful_principal_part = cents(period.map_or(r.principal * share, |p| p.principal));
        lawful_rows.push(LawfulRow {
            number: r.number,
            due,
            contract_total: r.total,
            lawful_balance_before: cents(lawful_before),
            lawful_principal: lawful_principal_part,
            lawful_charges,
            lawful_total: lawful_principal_part + lawful_charges,
        });
        balance -= r.principal;
        prev_due = due.or(prev_due);
    }
    // Rounding each row's principal may leave a cent: the last row takes it.
    let rounded: Decimal = lawful_rows.iter().map(|r| r.lawful_principal).sum();
    if let Some(last) = lawful_rows.last_mut() {
        let gap = lawful_principal - rounded;
        last.lawful_principal += gap;
        last.lawful_total += gap;
    }
    let row_charges: Decimal = lawful_rows.iter().map(|r| r.lawful_charges).sum();
    let instalments: Decimal = rows.iter().map(|r| r.total).sum();
    // Charges paid apart from the instalments (at signing, at maturity, on a date).
    let extra = (cost.total_repayable - instalments).max(Decimal::ZERO);
    let lawful_extra = if cap.is_some() {
        cents((extra * share).min((budget - row_charges).max(Decimal::ZERO)))
    } else {
        cents(extra * share)
    };
    let contract_charges = cost.total_repayable - face;
    // Never more than the contract itself asks, nor than a cap on the whole cost allows
    // (UK HCSTC: 100% of the credit).
    let total_cap = checker.total_cost_cap(input);
    let mut lawful_charges =
        (row_charges + lawful_extra).min(cost.total_repayable - lawful_principal);
    if let Some(t) = &total_cap {
        let most = cents(lawful_principal * t.annual_percent / Decimal::ONE_HUNDRED);
        if lawful_charges > most {
            assumptions.push(format!(
                "the charges of the term are cut to {most}: {} ({}: {})",
                t.explain_en, t.rule_id, t.citation
            ));
            // Each instalment's charges in proportion, so that the rows add up to the claim.
            let before = row_charges + lawful_extra;
            if before > Decimal::ZERO {
                for r in &mut lawful_rows {
                    r.lawful_charges = cents(r.lawful_charges * most / before);
                    r.lawful_total = r.lawful_principal + r.lawful_charges;
                }
            }
            lawful_charges = most;
        }
    }
    let components = vec![
        principal_component(
            face,
            lawful_principal,
            restated.map(|d| d.citation.as_str()),
            (face - cost.net_disbursed).max(Decimal::ZERO),
            &blank_deductions(input.terms),
        ),
        charges_component(
            contract_charges,
            lawful_charges,
            cap.as_ref(),
            later.as_ref(),
            lawful_principal,
            periods_per_year,
            periods.is_some(),
        )
        .with_upfront(taken_up_front),
    ];
    Some(LawfulClaim {
        currency: currency.to_string(),
        contract_principal: face,
        lawful_principal,
        whole_loan: ClaimPart::new(components, demanded, currency),
        term_cap: cap,
        later_cap: later,
        rows: lawful_rows,
        assumptions,
        readings: Vec::new(),
    })
}

/// Under a daily cap on the principal outstanding (UK HCSTC), the periods the finding measures
/// on ([`capped_periods`](crate::check::kinds::total_cost_cap::capped_periods)): the contract's
/// instalments paid on their dates from the drawdown, each paying first the lawful charges
/// (at most its own, `ceiling`) and then principal. `None` for other caps or without dates.
fn daily_cap_periods(
    input: &CheckInput<'_>,
    rows: &[crate::compute::schedule::Row],
    cap: Option<&TermCap>,
    principal: Decimal,
    ceiling: impl Fn(usize) -> Option<Decimal>,
) -> Option<Vec<crate::check::kinds::total_cost_cap::CappedPeriod>> {
    use crate::check::kinds::total_cost_cap::{capped_periods, drawdown};
    let cap = cap.filter(|c| c.per_day)?;
    let daily = cap.annual_percent / Decimal::from(365);
    capped_periods(rows, drawdown(input.terms)?, principal, daily, ceiling)
}

/// The fees the contract takes out of the principal at payout with their amount left blank:
/// the payout is less than the face principal by an unknown sum.
fn blank_deductions(terms: &crate::model::Terms) -> Vec<String> {
    terms
        .fees
        .iter()
        .filter(|f| f.amount_blank && f.timing == crate::model::FeeTiming::UpfrontDeducted)
        .map(|f| f.name.clone())
        .collect()
}

/// `withheld`: what the payout fell short of the face principal (charges taken up front), said
/// even when no rule restates the principal, so the text never claims nothing was taken.
/// `blank_deducted`: fees taken up front whose amount the contract leaves blank, so that the
/// lawful principal is an upper bound, never "nothing taken".
fn principal_component(
    face: Decimal,
    lawful: Decimal,
    citation: Option<&str>,
    withheld: Decimal,
    blank_deducted: &[String],
) -> ClaimComponent {
    let c = ClaimComponent::new("principal", ("Principal", "本金"), face, lawful);
    if withheld == Decimal::ZERO && !blank_deducted.is_empty() {
        let names_en = blank_deducted.join(", ");
        let names_zh = blank_deducted.join("、");
        return c.explained(
            format!(
                "{} at most: the contract takes the {names_en} out of the principal at payout with the amount left blank, so what was actually received (and, where the law counts it, the principal) is less by that unknown sum",
                cents(face)
            ),
            format!(
                "至多{}：合同约定放款时从本金中扣除{names_zh}，金额未写明，实际到账（及依法应按其计算的本金）少于此数，差额即所扣金额",
                cents(face)
            ),
            citation.unwrap_or(""),
        );
    }
    match citation {
        Some(cite) => c.explained(
            format!(
                "{} − {} taken up front = {} actually received: repaid and charged on what was received",
                cents(face),
                cents(face - lawful),
                cents(lawful)
            ),
            format!(
                "合同本金{} − 预先扣除{} = 实际到账{}：按实际借款数额返还并计算利息",
                cents(face),
                cents(face - lawful),
                cents(lawful)
            ),
            cite,
        ),
        None if withheld > Decimal::ZERO => c.explained(
            format!(
                "{} as stated: the {} taken up front is counted as a charge, not taken off the principal, since no rule in force restates the principal as the amount received",
                cents(face),
                cents(withheld)
            ),
            format!(
                "{}，与合同一致：预先扣除的{}计为费用，不从本金中减去（所适用的规则未规定按实际到账数额计算本金）",
                cents(face),
                cents(withheld)
            ),
            "",
        ),
        None => c.explained(
            format!("{} as stated (nothing taken up front)", cents(face)),
            format!("{}，与合同一致（未预先扣除）", cents(face)),
            "",
        ),
    }
}

fn charges_component(
    contract: Decimal,
    lawful: Decimal,
    cap: Option<&TermCap>,
    later: Option<&LaterCap>,
    lawful_principal: Decimal,
    periods_per_year: Decimal,
    on_payments: bool,
) -> ClaimComponent {
    let c = ClaimComponent::new(
        "term_charges",
        ("Interest and fees of the term", "期内利息及费用"),
        contract,
        lawful,
    );
    let Some(cap) = cap else {
        return c.explained(
            format!(
                "the contract's own charges on the principal {}",
                cents(lawful_principal)
            ),
            format!("按合同约定，以本金{}计", cents(lawful_principal)),
            "",
        );
    };
    let (later_en, later_zh) = later
        .map(|l| {
            let (from, percent) = (l.from, l.cap.annual_percent.normalize());
            (
                format!(
                    "; from {from} the cap is {percent}% ({}, the value when a suit is filed, taken as today's)",
                    l.cap.explain_en
                ),
                format!(
                    "；{from}起上限为{percent}%（{}，按起诉时标准，以今日计）",
                    l.cap.explain_zh
                ),
            )
        })
        .unwrap_or_default();
    let citation = match later {
        Some(l) => format!("{}; {}", cap.citation, l.cap.citation),
        None => cap.citation.clone(),
    };
    if cap.per_day {
        // The finding measures on the same principal: say so, so the two maxima are read as one.
        let (path_en, path_zh) = if on_payments {
            (
                "; what is outstanding is what each instalment, paid on its date from the drawdown, leaves after paying first the charges the cap allows (the daily cap finding's measure)",
                "；未还本金按各期自放款日起如期还款、先付上限内费用再还本金计算（与每日费用上限审查结果的口径一致）",
            )
        } else {
            ("", "")
        };
        return c.explained(
            format!(
                "each instalment at most: lawful principal outstanding × {}% × the days of its period ({}){path_en}; total {} (the contract asks {})",
                (cap.annual_percent / Decimal::from(365)).normalize(),
                cap.explain_en,
                cents(lawful),
                cents(contract)
            ),
            format!(
                "每期最多：实际占用本金 × {}% × 该期天数（{}）{path_zh}；合计{}（合同要求{}）",
                (cap.annual_percent / Decimal::from(365)).normalize(),
                cap.explain_zh,
                cents(lawful),
                cents(contract)
            ),
            &citation,
        );
    }
    // A single payment after a term that is not a whole division of the year (9 months: 1.333…
    // payments a year): the cap over the term in years (× 0.75 years) reads better.
    let (per_en, per_zh) = if periods_per_year.fract().is_zero() {
        (
            format!("÷ {} instalments a year", periods_per_year.normalize()),
            format!("÷ 每年{}期", periods_per_year.normalize()),
        )
    } else {
        let years = (Decimal::ONE / periods_per_year).round_dp(4).normalize();
        (
            format!("× {years} years an instalment"),
            format!("× 每期{years}年"),
        )
    };
    // The lender type is unknown and the cap binds some lender types only: say on what the
    // line depends rather than assume the lender is one of them.
    let depends_en = cap
        .depends_on_lender_en
        .as_ref()
        .map(|s| format!("; the lender type is unknown, so this line depends on who lends ({s})"))
        .unwrap_or_default();
    let depends_zh = cap
        .depends_on_lender_zh
        .as_ref()
        .map(|s| format!("；出借人类型不明，此上限取决于出借人类型（{s}）"))
        .unwrap_or_default();
    c.explained(
        format!(
            "each instalment at most: lawful principal outstanding × {}% {per_en} ({}){later_en}; total {} (the contract asks {}){depends_en}",
            cap.annual_percent.normalize(),
            cap.explain_en,
            cents(lawful),
            cents(contract)
        ),
        format!(
            "每期最多：实际占用本金 × {}% {per_zh}（{}）{later_zh}；合计{}（合同要求{}）{depends_zh}",
            cap.annual_percent.normalize(),
            cap.explain_zh,
            cents(lawful),
            cents(contract)
        ),
        &citation,
    )
}
