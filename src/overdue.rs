//! `overdue`: what a late payment costs under a contract, what the law allows, and how much of
//! a demanded sum has a basis. The arithmetic is in [`crate::compute::overdue`]; this module
//! works out the situation from the contract's schedule and returns a typed report.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::Args;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::analysis::{Analysis, AnalysisOptions, analyse_file_full};

use crate::check::{CheckInput, Checker};
pub use crate::claim::MissedInstalment;
use crate::claim::MissedRow;
use crate::claim::conditions::{Acceleration, Grace};
use crate::claim::{ClaimPart, LawfulClaim};
use crate::compute::overdue::{self, DemandCheck, OverdueResult, OverdueSituation};
use crate::compute::schedule::RowTime;
use crate::message::ContractContext;
use crate::model::{Language, LenderType, Severity};
use crate::read::{Document, SourceKind};

/// What `loanlint overdue` is asked: the contract and the situation.
#[derive(Debug, Clone, Args)]
pub struct OverdueArgs {
    /// The loan contract.
    pub contract: PathBuf,
    #[command(flatten)]
    pub request: OverdueRequest,
}

/// What the borrower tells us about the missed payment (the `overdue` flags).
#[derive(Debug, Clone, Default, Args)]
pub struct OverdueRequest {
    /// Days overdue.
    #[arg(long, default_value_t = 1)]
    pub days: u32,
    /// Which instalment(s) were missed (1-based, comma-separated: `--missed 2,3`; default:
    /// the first). `--days` counts from the first of them; the schedule's due dates place
    /// the others.
    #[arg(long, conflicts_with = "amount_overdue", value_delimiter = ',')]
    pub missed: Vec<u32>,
    /// The overdue amount, when you know it (instead of --missed).
    #[arg(long)]
    pub amount_overdue: Option<Decimal>,
    /// A sum someone demands: how much of it has a basis?
    #[arg(long)]
    pub demanded: Option<Decimal>,
    /// Nothing paid since this date (YYYY-MM-DD): every instalment due from it until
    /// --today is missed, each overdue by its own days.
    #[arg(long, conflicts_with_all = ["missed", "amount_overdue"])]
    pub since: Option<NaiveDate>,
    /// Count days to this date (YYYY-MM-DD; default: today), from the schedule's due dates.
    #[arg(long, conflicts_with = "amount_overdue")]
    pub today: Option<NaiveDate>,
}

/// The overdue cost of one contract. Fields are serialised as the `overdue --format json`
/// document (printed with its keys sorted).
#[derive(Debug, Clone, Serialize)]
pub struct OverdueReport {
    pub file: String,
    /// The principal's currency (empty when the contract names none).
    pub currency: String,
    pub overdue: OverdueResult,
    pub demand: Option<DemandCheck>,
    /// What was assumed about the situation (the arithmetic's own are in `overdue`).
    pub assumptions: Vec<String>,
    pub lender_type: LenderType,
    /// The contract's language (the human report's default).
    #[serde(skip)]
    pub language: Language,
    /// The lawful claim on the whole loan (the same as `check` reports).
    pub lawful_claim: Option<LawfulClaim>,
    /// What is due now, contract and law side by side, with the headline.
    pub due_now: Option<ClaimPart>,
    /// Each missed instalment.
    pub missed: Vec<MissedInstalment>,
    /// The contract's grace period, when it states one.
    pub grace: Option<Grace>,
    /// Whether the acceleration clause applies to this delay.
    pub acceleration: Option<Acceleration>,
}

impl OverdueReport {
    /// A finding when the contract's charges exceed the legal maximum, or a demand exceeds what
    /// the contract or the law allows.
    pub fn worst_severity(&self) -> Option<Severity> {
        let positive = |d: Option<Decimal>| d.is_some_and(|x| x > Decimal::ZERO);
        let over = positive(self.overdue.excess)
            || self
                .demand
                .as_ref()
                .is_some_and(|d| positive(Some(d.above_contract)) || positive(d.above_law));
        over.then_some(Severity::Violation)
    }
}

/// Why no overdue report can be made.
#[derive(Debug, Clone, thiserror::Error)]
#[error(
    "the repayment schedule could not be built from this contract ({0}); give --amount-overdue"
)]
pub struct NoSchedule(String);

/// The overdue situation from the contract's schedule (or the amount given), with what was assumed.
fn situation(
    analysis: &Analysis,
    days: u32,
    missed: Option<u32>,
    amount: Option<Decimal>,
) -> Result<(OverdueSituation, Vec<String>), NoSchedule> {
    let terms = &analysis.report.terms;
    let principal = terms.principal.as_ref().map(|p| p.amount);
    let mut notes = Vec::new();
    let rows = analysis
        .cost
        .as_ref()
        .map(|c| c.schedule.rows.as_slice())
        .unwrap_or(&[]);
    let k = missed.unwrap_or(1).max(1) as usize;
    if let Some(row) = rows.get(k - 1) {
        let remaining = if k >= 2 {
            rows.get(k - 2).map_or(row.balance, |r| r.balance)
        } else {
            principal.unwrap_or(row.balance + row.principal)
        };
        if missed.is_none() && amount.is_none() {
            notes.push(format!("assumed the first instalment ({}) is the one missed; use --missed N or --amount-overdue", row.total));
        }
        let overdue_amount = amount.unwrap_or(row.total);
        return Ok((
            OverdueSituation {
                overdue_amount,
                remaining_principal: remaining,
                total_outstanding: remaining + row.interest + row.fees,
                principal: principal.unwrap_or(remaining),
                days,
            },
            notes,
        ));
    }
    match amount {
        Some(a) => Ok((
            OverdueSituation {
                overdue_amount: a,
                remaining_principal: principal.unwrap_or(a),
                total_outstanding: principal.unwrap_or(a),
                principal: principal.unwrap_or(a),
                days,
            },
            notes,
        )),
        None => Err(NoSchedule(
            analysis
                .report
                .warnings
                .iter()
                .find(|w| w.contains("cost"))
                .cloned()
                .unwrap_or_else(|| "missing terms".into()),
        )),
    }
}

/// The schedule's missed instalments and their days overdue: every instalment due from
/// `since` until `today`, or the ones named (the first by default) with `days` for the first.
fn missed_rows(
    analysis: &Analysis,
    request: &OverdueRequest,
    today: NaiveDate,
    notes: &mut Vec<String>,
) -> Result<Vec<MissedRow>, NoSchedule> {
    let rows = analysis
        .cost
        .as_ref()
        .map(|c| c.schedule.rows.as_slice())
        .unwrap_or(&[]);
    let due = |i: usize| match rows.get(i).map(|r| r.due) {
        Some(RowTime::Date(d)) => Some(d),
        _ => None,
    };
    if request.since.is_some() || (request.today.is_some() && request.missed.is_empty()) {
        let since = request.since.or_else(|| due(0));
        let picked: Vec<MissedRow> = (0..rows.len())
            .filter_map(|i| {
                let d = due(i)?;
                (since.is_none_or(|s| d >= s) && d < today).then(|| MissedRow {
                    index: i,
                    days: u32::try_from((today - d).num_days()).unwrap_or(0),
                })
            })
            .collect();
        if due(0).is_none() {
            return Err(NoSchedule(
                "the schedule has no due dates; give --missed and --days".into(),
            ));
        }
        if picked.is_empty() {
            return Err(NoSchedule(format!(
                "no instalment fell due between {} and {today}",
                since.map_or_else(|| "the start".to_string(), |s| s.to_string())
            )));
        }
        return Ok(picked);
    }
    // With only the days overdue given, the widest reading: every instalment that fell due
    // within them is missed (those not yet due drop out below), and the note says which.
    let mut numbers = request.missed.clone();
    let widest = numbers.is_empty() && due(0).is_some();
    if widest {
        numbers = (1..=u32::try_from(rows.len()).unwrap_or(u32::MAX)).collect();
    } else if numbers.is_empty() {
        numbers.push(1);
        if let Some(r) = rows.first() {
            notes.push(format!("assumed the first instalment ({}) is the one missed; use --missed N or --amount-overdue", r.total));
        }
    }
    numbers.sort_unstable();
    numbers.dedup();
    let first = numbers[0].max(1) as usize - 1;
    let mut out = Vec::new();
    for n in numbers {
        let i = n.max(1) as usize - 1;
        if i >= rows.len() {
            return Err(NoSchedule(format!(
                "the schedule has {} instalments, not {n}",
                rows.len()
            )));
        }
        let days = match (due(first), due(i)) {
            (_, Some(b)) if request.today.is_some() => {
                u32::try_from((today - b).num_days()).unwrap_or(0)
            }
            (Some(a), Some(b)) => {
                let later = u32::try_from((b - a).num_days()).unwrap_or(0);
                request.days.saturating_sub(later)
            }
            _ => {
                if i != first {
                    notes.push("the schedule has no dates: every missed instalment is counted as overdue for --days".into());
                }
                request.days
            }
        };
        if days > 0 || i == first {
            out.push(MissedRow { index: i, days });
        }
    }
    if widest {
        notes.push(widest_note(rows, &out, request.days));
    }
    Ok(out)
}

/// What the widest reading counted, so that no figure rests on an unstated default.
fn widest_note(rows: &[crate::compute::schedule::Row], missed: &[MissedRow], days: u32) -> String {
    let each: Vec<String> = missed
        .iter()
        .filter_map(|m| {
            rows.get(m.index)
                .map(|r| format!("#{} ({})", m.index + 1, r.total))
        })
        .collect();
    let total: Decimal = missed
        .iter()
        .filter_map(|m| rows.get(m.index))
        .map(|r| r.total)
        .sum();
    if each.len() == 1 {
        format!(
            "counted the instalments due within the {} overdue: only {}; use --missed N or --amount-overdue",
            crate::i18n::days_en(days),
            each.join("")
        )
    } else {
        format!(
            "counted every instalment due within the {} overdue as missed: {} ({total} in all); if fewer are missed, name them with --missed N or give --amount-overdue",
            crate::i18n::days_en(days),
            each.join(", ")
        )
    }
}

/// The contract at `path` analysed with the rulesets that apply to it (the bundled ones and
/// `rulesets`); errors are ready to show.
pub fn load_contract(
    path: &Path,
    options: &AnalysisOptions,
    rulesets: &[String],
) -> Result<(Checker, Analysis), String> {
    let checker = Checker::load(rulesets).map_err(|e| format!("ruleset error: {e}"))?;
    let analysis = analyse_file_full(path, options, &checker).map_err(|e| e.to_string())?;
    Ok((checker, analysis))
}

/// The overdue report for an analysed contract.
pub fn assess(
    analysis: &Analysis,
    checker: &Checker,
    request: &OverdueRequest,
) -> Result<OverdueReport, NoSchedule> {
    let doc = Document::from_text(Path::new("contract"), SourceKind::Text, &analysis.text);
    assess_with(analysis, checker, request, &doc)
}

/// [`assess`] with the contract's text already read as a document (its grace period and
/// definition of default are looked up in it).
fn assess_with(
    analysis: &Analysis,
    checker: &Checker,
    request: &OverdueRequest,
    doc: &Document,
) -> Result<OverdueReport, NoSchedule> {
    let terms = &analysis.report.terms;
    let today = request
        .today
        .unwrap_or_else(|| chrono::Utc::now().date_naive());
    let input = analysis.check_input();
    // A contract formed under an older regime: default charges since the change are measured
    // by the current standard (China: Art. 31 transition).
    let later_input = checker
        .regime_change(&input)
        .filter(|change| today >= *change)
        .map(|_| CheckInput {
            contract_date: today,
            ..input
        });
    let limit = checker.default_charges_limit(later_input.as_ref().unwrap_or(&input));
    let claim = crate::claim::compute(analysis, checker, today, request.demanded);
    let grace = crate::claim::conditions::grace(doc);
    let mut assumptions = Vec::new();
    let due_now = match (&claim, &analysis.cost, request.amount_overdue) {
        (Some(claim), Some(cost), None) => {
            let missed = missed_rows(analysis, request, today, &mut assumptions)?;
            let days = missed.first().map_or(request.days, |m| m.days);
            let count = u32::try_from(missed.len()).unwrap_or(u32::MAX);
            let acceleration = crate::claim::conditions::acceleration(terms, doc, days, count);
            crate::claim::due_now(
                terms,
                cost,
                claim,
                &missed,
                limit.clone(),
                grace.as_ref(),
                acceleration.as_ref(),
                request.demanded,
            )
            .map(|d| (d, acceleration))
        }
        _ => None,
    };
    let (result, due_part, missed, acceleration) = match due_now {
        Some((d, acc)) => (d.result, Some(d.part), d.missed, acc),
        None => {
            let (situation, notes) = situation(
                analysis,
                request.days,
                request.missed.first().copied(),
                request.amount_overdue,
            )?;
            assumptions.extend(notes);
            let acc = crate::claim::conditions::acceleration(terms, doc, request.days, 1);
            let mut result = overdue::compute(terms, &situation, limit);
            if !acc.as_ref().is_some_and(|a| a.applies) {
                result.if_accelerated_owed = None;
            }
            (result, None, Vec::new(), acc)
        }
    };
    let demand = request.demanded.map(|d| overdue::check_demand(&result, d));
    Ok(OverdueReport {
        file: analysis.report.file.clone(),
        currency: terms
            .principal
            .as_ref()
            .map_or_else(String::new, |p| p.currency.clone()),
        overdue: result,
        demand,
        assumptions,
        lender_type: terms
            .lender
            .as_ref()
            .map_or(LenderType::Unknown, |l| l.lender_type),
        language: analysis.report.language,
        lawful_claim: claim,
        due_now: due_part,
        missed,
        grace,
        acceleration,
    })
}

/// What `message --contract` compares a message with: the lender's names and channels, and
/// what is owed after `days` days (the first instalment missed), by the contract and by law.
pub fn contract_context(
    analysis: &Analysis,
    checker: &Checker,
    days: Option<u32>,
) -> ContractContext {
    contract_context_on(analysis, checker, days, None)
}

/// [`contract_context`] with the date days are counted to (and the transition measured on).
pub fn contract_context_on(
    analysis: &Analysis,
    checker: &Checker,
    days: Option<u32>,
    today: Option<NaiveDate>,
) -> ContractContext {
    contract_context_named(analysis, checker, days, today, None)
}

/// [`contract_context_on`] for a message that names the instalment overdue (`named`, 1-based):
/// the days are counted from that instalment, and any later one they reach is missed too.
pub fn contract_context_named(
    analysis: &Analysis,
    checker: &Checker,
    days: Option<u32>,
    today: Option<NaiveDate>,
    named: Option<u32>,
) -> ContractContext {
    let count = analysis.cost.as_ref().map_or(0, |c| {
        u32::try_from(c.schedule.rows.len()).unwrap_or(u32::MAX)
    });
    let missed = named
        .filter(|n| (1..=count).contains(n))
        .map(|n| (n..=count).collect())
        .unwrap_or_default();
    // A message is judged against the widest lawful reading: with only the days overdue
    // given, every instalment that fell due within them counts as missed (`missed_rows`), so
    // a demand for them is never called more than is owed.
    let request = OverdueRequest {
        days: days.unwrap_or(1),
        today: today.filter(|_| days.is_none()),
        missed,
        ..OverdueRequest::default()
    };
    contract_context_for(analysis, checker, &request)
}

/// What `message --contract` compares a message with, for the overdue situation `request`.
pub fn contract_context_for(
    analysis: &Analysis,
    checker: &Checker,
    request: &OverdueRequest,
) -> ContractContext {
    let terms = &analysis.report.terms;
    let doc = Document::from_text(Path::new("contract"), SourceKind::Text, &analysis.text);
    let report = assess_with(analysis, checker, request, &doc).ok();
    let due_now = report.as_ref().and_then(|r| r.due_now.clone());
    // The days and instalments the acceleration's condition is measured by (as `assess` does).
    let acceleration_unmet = report.as_ref().and_then(|r| {
        let days = r.missed.first().map_or(request.days, |m| m.days_overdue);
        let missed = u32::try_from(r.missed.len().max(1)).unwrap_or(u32::MAX);
        crate::claim::conditions::acceleration_unmet(&doc, terms, days, missed)
    });
    ContractContext {
        lender_name: terms.lender.as_ref().and_then(|l| l.name.clone()),
        other_names: crate::message::official_names(&analysis.text),
        owed_upper_bound: report.as_ref().map(|r| r.overdue.contract_owed),
        currency: terms.principal.as_ref().map(|p| p.currency.clone()),
        // What is owed now without the loan called in: a message that does not call it in is
        // measured by the overdue part alone (a whole-loan demand by `lawful_claim`).
        lawful_owed: due_now.as_ref().map(|d| {
            let called: Decimal = d
                .components
                .iter()
                .filter(|c| c.key == crate::claim::ACCELERATED_BALANCE)
                .map(|c| c.lawful)
                .sum();
            d.lawful_total - called
        }),
        lawful_claim: report.and_then(|r| r.lawful_claim),
        due_now,
        channels: crate::message::official_channels(&analysis.text),
        lender_is_individual: terms
            .lender
            .as_ref()
            .is_some_and(|l| l.lender_type == LenderType::Individual),
        event_charges: crate::claim::conditions::event_charges(terms),
        acceleration_unmet,
        future_interest_callable: crate::message::acceleration_reaches_future_interest(terms),
    }
}
