//! When a fee is paid, decided by the figures the contract states.
//!
//! A fee whose timing is not written (`timing: other`), or whose timing as read leaves a stated
//! figure unreproduced, is priced at each plausible time: at payout, with each instalment, with
//! the first instalment (when its date is known), with the last. The stated figures (the
//! instalment, the totals, the printed rows, and here also the last instalment and the stated
//! annualised rate) choose:
//! - one timing reproduces them all: it is the fee's timing, written in `inferred` with the
//!   figures that ruled the others out;
//! - several do: each is a reading, the cost is a range, and a cap fires as a violation only
//!   when every reading breaks it (analysis.rs);
//! - none does: the fee stays as read, and the totals it contradicts are reported by
//!   `contradictions.rs`, quoting both sides.
//!
//! A fee whose timing as read already reproduces every stated figure is left alone: no figure
//! speaks against the words.

use rust_decimal::Decimal;

use super::{Reading, alternatives, figures};
use crate::compute::apr::Method;
use crate::compute::cost::{self, LoanCost};
use crate::model::{Evidence, Fee, FeeTiming, Inferred, Per, Terms};

/// A stated annualised rate is reproduced within this many percentage points (a lender rounds
/// it to two decimals, and may quote the nominal or the effective figure).
const APR_TOLERANCE_PP: Decimal = Decimal::from_parts(1, 0, 0, false, 1);

/// The name of the stated annualised rate among the figures a reading misses.
const STATED_APR: &str = "the stated annualised rate";

/// At most this many readings are priced for one fee (readings so far × its timings).
const MAX_READINGS: usize = 36;

/// One way to pay the fee: its timing, the day when it needs one, and the words for notes.
/// `share`: the fee's stated amount is its total, paid in equal shares of this amount with
/// each instalment.
#[derive(Clone)]
struct Timing {
    timing: FeeTiming,
    due: Option<crate::model::DateTerm>,
    share: Option<Decimal>,
    words: &'static str,
}

/// A stated figure a reading does not reproduce: its name and sentence.
type Missed = (&'static str, Evidence);

/// Fee timing `timing` tried on the reading at `from`.
struct Tried {
    from: usize,
    timing: Timing,
    reading: Reading,
    missed: Vec<Missed>,
}

/// Decide the timing of every fee the stated figures speak about (see the module docs).
pub(super) fn widen(
    terms: &mut Terms,
    mut readings: Vec<Reading>,
    method: Method,
    depends_on: &mut Vec<String>,
) -> Vec<Reading> {
    for k in 0..terms.fees.len() {
        if !open(terms, k) {
            continue;
        }
        let as_read: Vec<Vec<Missed>> = readings.iter().map(|r| misses(terms, r, method)).collect();
        // Nothing priced, or a reading already reproduces every figure the contract states:
        // nothing to decide. With no figure stated, a fee of no stated timing is still paid
        // at some time: each plausible one is a reading.
        let untested = !tested(terms) && terms.fees[k].timing == FeeTiming::Other;
        // A fee of no stated timing that the readings leave out fits every figure by staying
        // out of them: it is paid apart from them, at some time, and that time is a reading.
        let label = cost::fee_label(&terms.fees[k]);
        let left_out = terms.fees[k].timing == FeeTiming::Other
            && readings
                .iter()
                .any(|r| r.cost.as_ref().is_ok_and(|c| c.left_out.contains(&label)));
        let as_read_fits = as_read
            .iter()
            .zip(&readings)
            .any(|(m, r)| r.cost.is_ok() && m.is_empty());
        if as_read.is_empty()
            || readings.iter().all(|r| r.cost.is_err())
            || (!untested && !left_out && as_read_fits)
        {
            continue;
        }
        // (A stated annualised rate tells the timings apart by itself.)
        let options_of_a_period_need_a_holder =
            left_out && !untested && terms.disclosed_apr.is_none() && !per_time(&terms.fees[k]);
        let mut options = timings(terms, &readings, k);
        if !untested {
            options.extend(spread(terms, k));
        }
        // Several fees of open timing multiply the readings: past a bound, they stay as read.
        let too_many = readings.len() * options.len() > MAX_READINGS;
        if options.is_empty() || (untested && options.len() < 2) || too_many {
            continue;
        }
        let mut tried: Vec<Tried> = Vec::new();
        for (from, reading) in readings.iter().enumerate() {
            for option in &options {
                let mut t = reading.terms.clone();
                apply(&mut t, k, option);
                let fee_words = format!("{} {}", cost::fee_label(&terms.fees[k]), option.words);
                let r = Reading {
                    label: join(&reading.label, &fee_words),
                    cost: cost::assess(&t, method),
                    terms: t,
                };
                let mut missed = misses(terms, &r, method);
                // A total in shares, or an amount stated once and read as paid each period,
                // needs a stated instalment (or row) that holds it: else it is not in them.
                if option.share.is_some()
                    || (options_of_a_period_need_a_holder && option.timing == FeeTiming::PerPeriod)
                {
                    missed.extend(share_unstated(terms, k, &r));
                }
                tried.push(Tried {
                    from,
                    timing: option.clone(),
                    reading: r,
                    missed,
                });
            }
        }
        let fitting: Vec<&Tried> = tried
            .iter()
            .filter(|t| t.reading.cost.is_ok() && t.missed.is_empty())
            .collect();
        let Some(first) = fitting.first().map(|t| t.timing.clone()) else {
            // Every figure fits the fee left out and none fits it at any time: the figures
            // hold it already (a fee within the principal); it stays out.
            if left_out && !untested && as_read_fits {
                continue;
            }
            // No timing reproduces the figures. A fee of no stated timing is still paid at
            // some time: each is a reading (the totals it contradicts are reported by
            // contradictions.rs); a timing read from the words stays.
            if terms.fees[k].timing == FeeTiming::Other {
                let fee = &terms.fees[k];
                depends_on.push(format!(
                    "when the {} («{}») is paid: the contract does not say, and no timing reproduces the stated figures",
                    cost::fee_label(fee),
                    fee.evidence.text
                ));
                readings = tried.into_iter().map(|t| t.reading).collect();
            }
            continue;
        };
        // The figures some reading missed: what decided.
        let mut deciding: Vec<Missed> = Vec::new();
        for x in as_read
            .iter()
            .flatten()
            .chain(tried.iter().flat_map(|t| &t.missed))
        {
            if !deciding.iter().any(|d| d.0 == x.0) {
                deciding.push(x.clone());
            }
        }
        // A stated annualised rate alone does not make a stated amount a total: the rate a
        // contract calls annualised is often its interest rate, which any lower cost "fits".
        if first.share.is_some() && deciding.iter().all(|d| d.0 == STATED_APR) {
            continue;
        }
        let one_timing = fitting.iter().all(|t| {
            t.timing.timing == first.timing
                && t.timing.due == first.due
                && t.timing.share == first.share
        });
        if one_timing && !untested {
            // The timing is the fee's now, not a reading: the readings keep their own labels.
            readings = fitting
                .iter()
                .map(|t| Reading {
                    label: readings[t.from].label.clone(),
                    ..t.reading.clone()
                })
                .collect();
            settle(terms, k, &first, &deciding);
        } else {
            let fee = &terms.fees[k];
            let mut words: Vec<&str> = Vec::new();
            for t in &fitting {
                if !words.contains(&t.timing.words) {
                    words.push(t.timing.words);
                }
            }
            let why = if untested {
                "the contract does not say, and states no figure that decides"
            } else {
                "all reproduce the stated figures (the contract does not say)"
            };
            depends_on.push(format!(
                "when the {} («{}») is paid: {}; {why}",
                cost::fee_label(fee),
                fee.evidence.text,
                words.join(", ")
            ));
            readings = fitting.iter().map(|t| t.reading.clone()).collect();
        }
        // The stated figures the method could not reproduce without the fee in its place are
        // reproduced now: no longer a mismatch.
        terms
            .inconsistencies
            .retain(|i| i.kind != super::FIGURES_MISMATCH);
        for r in readings.iter_mut() {
            r.terms
                .inconsistencies
                .retain(|i| i.kind != super::FIGURES_MISMATCH);
        }
    }
    readings
}

/// Does the contract state a figure that a fee's timing could change: an instalment, a total,
/// a printed row, the last instalment or an annualised rate?
fn tested(terms: &Terms) -> bool {
    !figures::stated(terms).is_empty()
        || !terms.stated_schedule.is_empty()
        || terms.last_payment.is_some()
        || terms.disclosed_apr.is_some()
}

/// A fee the figures may place: priced (an amount or a share), not a default charge, not a
/// second mention of a fee already placed, and not due on a stated day.
fn open(terms: &Terms, k: usize) -> bool {
    let fee = &terms.fees[k];
    let default_kind = fee.kind.on_default_or_prepayment();
    let priced = fee.amount.is_some() || fee.percent.is_some();
    let dated = fee.timing == FeeTiming::OnDate && fee.due_date.is_some();
    let again = terms.fees.iter().enumerate().any(|(j, other)| {
        j != k
            && other.timing != FeeTiming::Other
            && other.timing != FeeTiming::OnDefault
            && ((fee.amount.is_some() && other.amount == fee.amount)
                || (fee.percent.is_some() && other.percent == fee.percent))
    });
    // A fee of no timing that repeats one placed already is that fee, said twice.
    let repeated = fee.timing == FeeTiming::Other && again;
    priced
        && !fee.amount_blank
        && !default_kind
        && !dated
        && fee.timing != FeeTiming::OnDefault
        && !repeated
}

/// The plausible times to pay fee `k`, other than the one read.
fn timings(terms: &Terms, readings: &[Reading], k: usize) -> Vec<Timing> {
    let fee = &terms.fees[k];
    let several = readings
        .iter()
        .filter_map(|r| r.cost.as_ref().ok())
        .any(|c| c.schedule.rows.len() > 1);
    let per_time = per_time(fee);
    let mut out = Vec::new();
    if !per_time {
        out.push(at_payout(terms, fee));
    }
    if several {
        out.push(Timing {
            timing: FeeTiming::PerPeriod,
            due: None,
            share: None,
            words: "paid with each instalment",
        });
        if let (false, Some(first)) = (per_time, terms.first_payment_date.as_ref()) {
            out.push(Timing {
                timing: FeeTiming::OnDate,
                due: Some(first.clone()),
                share: None,
                words: "paid with the first instalment",
            });
        }
    }
    if !per_time {
        out.push(Timing {
            timing: FeeTiming::AtMaturity,
            due: None,
            share: None,
            words: "paid with the last instalment",
        });
    }
    out.retain(|t| t.timing != fee.timing || t.due != fee.due_date);
    out
}

/// A fee stated as so much a day, week, month or year: a period's charge, not a one-off.
fn per_time(fee: &Fee) -> bool {
    matches!(fee.per, Some(Per::Day | Per::Week | Per::Month | Per::Year))
}

/// The fee's stated amount as its total over the instalments, paid in equal shares with each
/// one (分期服务费360元(合计) over 12 instalments: 30 each), when it divides to the cent.
fn spread(terms: &Terms, k: usize) -> Option<Timing> {
    let fee = &terms.fees[k];
    // A fee read as paid each period ("39元/月") is an amount a period, not a total.
    if fee.timing != FeeTiming::Other || fee.per.is_some() {
        return None;
    }
    let total = fee.amount?;
    let n = terms
        .installments
        .as_ref()
        .map(|c| c.count)
        .filter(|n| *n >= 2)?;
    let n = Decimal::from(n);
    let share = (total / n).round_dp(2);
    (share * n == total && share > Decimal::ZERO).then_some(Timing {
        timing: FeeTiming::PerPeriod,
        due: None,
        share: Some(share.normalize()),
        words: "its total paid in equal shares with each instalment",
    })
}

/// A total read as paid in shares needs a stated instalment (or printed row) that holds the
/// share: one that is principal and interest alone says the fee is not in it.
fn share_unstated(terms: &Terms, k: usize, r: &Reading) -> Option<Missed> {
    let rows = &r.cost.as_ref().ok()?.schedule.rows;
    let cent = Decimal::new(1, 2);
    let holds = |stated: Decimal, row: &crate::compute::schedule::Row| {
        (stated - row.total).abs() <= cent && (stated - row.principal - row.interest).abs() > cent
    };
    let by_instalment = terms
        .payment
        .as_ref()
        .zip(rows.first())
        .is_some_and(|(p, row)| holds(p.amount, row));
    let by_row = terms.stated_schedule.iter().any(|s| {
        let row = rows.get(s.index.saturating_sub(1) as usize);
        s.total.zip(row).is_some_and(|(t, row)| holds(t, row))
    });
    if by_instalment || by_row {
        return None;
    }
    let evidence = match terms.payment.as_ref() {
        Some(p) => p.evidence.clone(),
        None => terms.fees.get(k)?.evidence.clone(),
    };
    Some(("the stated instalment", evidence))
}

/// Paid at payout: taken from the principal when the stated amount received is the principal
/// less the fee, else paid apart (the two cost the same; only what is received differs).
fn at_payout(terms: &Terms, fee: &Fee) -> Timing {
    let received = terms.disbursed.as_ref().filter(|d| !d.derived);
    let principal = terms.principal.as_ref().map(|p| p.amount);
    let amount = fee
        .amount
        .or_else(|| Some(principal? * fee.percent? / Decimal::ONE_HUNDRED));
    let deducted = match (received, principal, amount) {
        (Some(d), Some(p), Some(a)) => (p - a - d.amount).abs() <= Decimal::new(1, 2),
        _ => false,
    };
    if deducted {
        Timing {
            timing: FeeTiming::UpfrontDeducted,
            due: None,
            share: None,
            words: "deducted at payout",
        }
    } else {
        Timing {
            timing: FeeTiming::UpfrontPaid,
            due: None,
            share: None,
            words: "paid at payout",
        }
    }
}

fn apply(terms: &mut Terms, k: usize, option: &Timing) {
    if let Some(f) = terms.fees.get_mut(k) {
        f.timing = option.timing;
        if option.due.is_some() {
            f.due_date = option.due.clone();
        }
        if let (Some(share), Some(total)) = (option.share, f.amount) {
            let note = format!("{total} is the total: {share} with each instalment");
            f.note = Some(match f.note.take() {
                Some(old) => format!("{old}; {note}"),
                None => note,
            });
            // A percentage stays: it is what the total is of the principal.
            f.amount = Some(share);
        }
    }
}

/// The stated figures reading `r` does not reproduce: those `figures::mismatches` checks, the
/// rate's own instalment (alternatives.rs), the last instalment and the stated annualised rate.
fn misses(terms: &Terms, r: &Reading, method: Method) -> Vec<Missed> {
    let Ok(c) = r.cost.as_ref() else {
        return Vec::new();
    };
    let mut out: Vec<Missed> = figures::mismatches(terms, c)
        .into_iter()
        .map(|m| (m.what, m.evidence))
        .collect();
    if out.is_empty() && !alternatives::fits(terms, r, method) {
        if let Some(p) = terms.payment.as_ref() {
            out.push(("the stated instalment", p.evidence.clone()));
        }
    }
    out.extend(further_misses(terms, c));
    out
}

fn further_misses(terms: &Terms, c: &LoanCost) -> Vec<Missed> {
    let rows = &c.schedule.rows;
    let tolerance = Decimal::new(1, 2) * Decimal::from(rows.len().max(1) as u64);
    let mut out = Vec::new();
    if let (Some(last), Some(row)) = (terms.last_payment.as_ref(), rows.last()) {
        let near = |x: Decimal| (last.amount - x).abs() <= tolerance;
        if rows.len() > 1 && !near(row.total) && !near(row.principal + row.interest) {
            out.push(("the last instalment", last.evidence.clone()));
        }
    }
    if let Some(stated) = terms.disclosed_apr.as_ref() {
        let value = stated.annual_percent.unwrap_or(stated.value);
        let near = |x: Decimal| (x - value).abs() <= APR_TOLERANCE_PP;
        if !near(c.apr.nominal_percent) && !near(c.apr.effective_percent) {
            out.push((STATED_APR, stated.evidence.clone()));
        }
    }
    out
}

/// One timing reproduces the figures: it becomes the fee's, said with the figures that decided.
fn settle(terms: &mut Terms, k: usize, option: &Timing, deciding: &[Missed]) {
    let Some(fee) = terms.fees.get(k) else {
        return;
    };
    let name = cost::fee_label(fee);
    let was = if fee.timing == FeeTiming::Other {
        "the contract does not say when it is paid".to_string()
    } else {
        format!("read as {}", timing_words(fee.timing))
    };
    let named: Vec<&str> = deciding.iter().map(|(w, _)| *w).collect();
    let mut evidence = vec![fee.evidence.clone()];
    for (_, e) in deciding {
        if !evidence.contains(e) {
            evidence.push(e.clone());
        }
    }
    let value = serde_json::to_value(option.timing)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let reason = format!(
        "the {name} ({was}): only {} reproduces {}",
        option.words,
        if named.is_empty() {
            "the stated figures".to_string()
        } else {
            named.join(", ")
        }
    );
    let was_deducted = fee.timing == FeeTiming::UpfrontDeducted;
    apply(terms, k, option);
    terms.inferred.push(Inferred {
        field: "fee_timing".into(),
        value: format!("{name}: {value}"),
        reason,
        evidence,
    });
    // What is received follows from what is taken at payout.
    if was_deducted || option.timing == FeeTiming::UpfrontDeducted {
        if terms.disbursed.as_ref().is_some_and(|d| d.derived) {
            terms.inferred.retain(|i| i.field != "disbursed");
        }
        super::disbursed::derive(terms);
    }
}

fn timing_words(t: FeeTiming) -> &'static str {
    match t {
        FeeTiming::UpfrontDeducted => "deducted at payout",
        FeeTiming::UpfrontPaid | FeeTiming::AtDisbursement => "paid at payout",
        FeeTiming::PerPeriod => "paid with each instalment",
        FeeTiming::AtMaturity => "paid with the last instalment",
        FeeTiming::OnDate => "paid on a stated day",
        FeeTiming::OnDefault => "paid on default",
        FeeTiming::Other => "not said",
    }
}

fn join(first: &str, second: &str) -> String {
    if first.is_empty() {
        second.to_string()
    } else {
        format!("{first}, {second}")
    }
}
