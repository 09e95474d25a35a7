//! The principal chosen by reproduction, when no label names it.
//!
//! Every money figure of the document is a candidate ([`crate::extract::figures`]). Each is
//! tried as the principal under each plausible repayment method; a candidate survives when its
//! schedule reproduces every stated figure and at least two independent ones: figures that
//! test the principal, i.e. that a principal 1% larger would no longer reproduce (an instalment
//! solved from a stated payment reproduces that payment whatever the principal, so it does not
//! count). Exactly one surviving amount is the principal, written down in `terms.inferred`
//! with the figures it reproduces and its own sentence; none or several leave it absent, and
//! the report says what it depends on. Position and size never decide.

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use crate::compute::apr::Method;
use crate::compute::cost::{self, LoanCost};
use crate::model::{Amount, Evidence, Figure, Inferred, Repayment, RepaymentMethod, Terms};

use super::{figures, method_candidates};

/// At most this many distinct amounts are priced (a document's first ones).
const MAX_TRIED: usize = 60;

/// The name of a schedule's first instalment among the figures it reproduces.
const FIRST: &str = "the first instalment";

/// Two independent figures reproduced: the bar a candidate must clear.
const BAR: usize = 2;

/// A stated figure a schedule reproduces: its name and amount in words, its sentence, and
/// whether it is a level instalment no label named.
#[derive(Clone)]
struct Hit {
    name: String,
    evidence: Evidence,
    level_instalment: Option<Amount>,
}

/// A candidate that reproduces the stated figures: the figures that test it.
struct Survivor {
    figure: Figure,
    reproduced: Vec<Hit>,
}

/// Choose the principal among the document's figures when none was read, or when the one read
/// reproduces no schedule of the stated figures while exactly one other figure reproduces
/// them all. True when one was chosen (the caller derives what follows from it).
pub(super) fn principal(terms: &mut Terms, method: Method) -> bool {
    let read = terms.principal.clone();
    if read.is_some() && fits(terms, method) {
        return false;
    }
    // The document's figures are scanned from here on only (`Figures`): a principal read
    // that fits needs none.
    if terms.candidates.is_empty() {
        return false;
    }
    if read.is_none() && principal_of_rows(terms) {
        return true;
    }
    let mut tried: Vec<Decimal> = Vec::new();
    let mut survivors: Vec<Survivor> = Vec::new();
    for figure in &terms.candidates {
        let amount = figure.amount.amount;
        if tried.contains(&amount)
            || read.as_ref().is_some_and(|p| p.amount == amount)
            || total_with_charges(terms, amount)
        {
            continue;
        }
        if tried.len() >= MAX_TRIED {
            break;
        }
        tried.push(amount);
        let bar = if read.as_ref().is_some_and(|p| sum_of_read(terms, p, amount)) {
            1
        } else {
            BAR
        };
        if let Some(reproduced) = reproduces(terms, figure, method, bar) {
            survivors.push(Survivor {
                figure: figure.clone(),
                reproduced,
            });
        }
    }
    let [only] = survivors.as_slice() else {
        if survivors.len() > 1 && read.is_none() {
            let amounts: Vec<String> = survivors
                .iter()
                .map(|s| s.figure.amount.amount.to_string())
                .collect();
            terms.assumptions.push(format!(
                "no label names the principal, and several figures reproduce the stated ones alike ({}): the principal is left open",
                amounts.join(", ")
            ));
        }
        return false;
    };
    let p = &only.figure.amount;
    let named: Vec<String> = only.reproduced.iter().map(|h| h.name.clone()).collect();
    let mut evidence = vec![p.evidence.clone()];
    for h in &only.reproduced {
        if !evidence.contains(&h.evidence) {
            evidence.push(h.evidence.clone());
        }
    }
    // The level instalment the schedule reproduces is the stated instalment.
    if terms.payment.is_none() {
        terms.payment = only
            .reproduced
            .iter()
            .find_map(|h| h.level_instalment.clone());
    }
    let why = match &read {
        None => "no label names the principal".to_string(),
        Some(r) => {
            // The reading it replaces (a price less a down payment, ...) is no longer the loan's.
            terms.inferred.retain(|i| i.field != "principal");
            format!(
                "the principal read, {} («{}»), reproduces no schedule of the stated figures",
                r.amount, r.evidence.text
            )
        }
    };
    terms.inferred.push(Inferred {
        field: "principal".into(),
        value: p.amount.to_string(),
        reason: format!(
            "{why}; of the document's money figures only {} («{}») reproduces them: {}",
            p.amount,
            p.evidence.text,
            named.join("; ")
        ),
        evidence,
    });
    terms.principal = Some(p.clone());
    true
}

/// No label names the principal, but the printed schedule is whole (one row for each
/// instalment, each with its principal part) and its principal column adds up to a figure the
/// document writes: that figure is the principal, whatever rates produced the interest (a rate
/// that changes after a promotion reproduces no single-rate reading). True when chosen.
fn principal_of_rows(terms: &mut Terms) -> bool {
    let rows = &terms.stated_schedule;
    let whole = rows.len() >= 2
        && rows
            .iter()
            .zip(1u32..)
            .all(|(r, i)| r.index == i && r.principal.is_some())
        && terms
            .installments
            .as_ref()
            .is_none_or(|c| usize::try_from(c.count).is_ok_and(|n| n == rows.len()));
    if !whole {
        return false;
    }
    let Some(sum) = rows
        .iter()
        .filter_map(|r| r.principal)
        .try_fold(Decimal::ZERO, |a, b| a.checked_add(b))
    else {
        return false;
    };
    let Some(figure) = terms
        .candidates
        .iter()
        .find(|f| f.amount.amount == sum)
        .cloned()
    else {
        return false;
    };
    let p = figure.amount;
    let first = rows.first().map(|r| r.evidence.clone());
    let mut evidence = vec![p.evidence.clone()];
    evidence.extend(first.filter(|e| *e != p.evidence));
    terms.inferred.push(Inferred {
        field: "principal".into(),
        value: p.amount.to_string(),
        reason: format!(
            "no label names the principal; the principal column of the printed schedule ({} rows) adds up to {}, a figure the document writes («{}»)",
            rows.len(),
            p.amount,
            p.evidence.text
        ),
        evidence,
    });
    terms.principal = Some(p);
    true
}

/// Does the principal read reproduce every stated figure under some plausible method (or can
/// it not be priced at all, so that nothing speaks against it)? With a rate stated, the rate is
/// a stated figure too: a schedule that reproduces the instalment only by overriding the rate
/// does not fit (another figure may reproduce both).
fn fits(terms: &Terms, method: Method) -> bool {
    if figures::stated(terms).is_empty() && terms.stated_schedule.is_empty() {
        return true;
    }
    let mut priced = false;
    for tm in readings(terms, None) {
        let mut alone = tm.clone();
        alone.payment = None;
        let rate_stated = cost::interest_rate(&tm).is_some() && tm.payment.is_some();
        let tries = if rate_stated {
            vec![alone]
        } else {
            vec![tm, alone]
        };
        for t in tries {
            if let Ok(c) = cost::assess(&t, method) {
                priced = true;
                if figures::mismatches(terms, &c).is_empty() {
                    return true;
                }
            }
        }
    }
    !priced
}

/// Is `amount` the stated total of payments while the document states a charge for the
/// credit (a positive APR, finance charge, interest or interest rate)? Then it is the
/// principal plus those charges, never the principal itself.
fn total_with_charges(terms: &Terms, amount: Decimal) -> bool {
    let positive = |a: Option<&Amount>| a.is_some_and(|a| a.amount > Decimal::ZERO);
    let charged = terms
        .disclosed_apr
        .as_ref()
        .is_some_and(|r| r.value > Decimal::ZERO)
        || positive(terms.finance_charge.as_ref())
        || positive(terms.total_interest.as_ref())
        || terms
            .rates
            .iter()
            .any(|r| r.kind == crate::model::RateKind::Interest && r.value > Decimal::ZERO);
    charged
        && terms
            .total_of_payments
            .as_ref()
            .is_some_and(|t| t.amount == amount)
}

/// The terms under each plausible repayment method (the stated one alone when stated).
pub(super) fn readings(t: &Terms, quote: Option<&Evidence>) -> Vec<Terms> {
    let stated = t
        .repayment
        .as_ref()
        .is_some_and(|r| r.method != RepaymentMethod::Other);
    if stated {
        return vec![t.clone()];
    }
    method_candidates(t)
        .into_iter()
        .map(|m| {
            let mut tm = t.clone();
            let evidence = quote
                .or(t.payment.as_ref().map(|p| &p.evidence))
                .cloned()
                .unwrap_or_default();
            tm.repayment = Some(Repayment {
                method: m,
                evidence,
            });
            tm
        })
        .collect()
}

/// Is `amount` the principal read plus another figure of the document that is no charge of
/// this loan (a balance with its unpaid interest capitalised, 9,200 + 400 = 9,600)? Such a
/// figure is the other reading of the same principal, not one figure among many: one
/// independent figure reproduced decides between the two. A stated total (the principal plus
/// the charges: what is repaid) is no such reading.
fn sum_of_read(terms: &Terms, read: &Amount, amount: Decimal) -> bool {
    let cent = Decimal::new(1, 2);
    let near = |a: Decimal, b: Decimal| (a - b).abs() <= cent;
    let charge = |x: Decimal| {
        terms
            .fees
            .iter()
            .any(|f| f.amount.is_some_and(|a| near(a, x)))
    };
    let stated_total = figures::stated(terms)
        .iter()
        .any(|(_, a)| near(a.amount, amount));
    amount > read.amount
        && !stated_total
        && terms.candidates.iter().any(|g| {
            let part = g.amount.amount;
            part > Decimal::ZERO && !charge(part) && near(read.amount + part, amount)
        })
}

/// The independent figures `figure` reproduces as the principal, under some plausible method,
/// when they clear the bar (`bar` of them) and no stated figure is missed.
fn reproduces(terms: &Terms, figure: &Figure, method: Method, bar: usize) -> Option<Vec<Hit>> {
    let mut t = terms.clone();
    t.principal = Some(figure.amount.clone());
    super::disbursed::derive(&mut t);
    let mut best: Option<Vec<Hit>> = None;
    for mut tm in readings(&t, Some(&figure.amount.evidence)) {
        // With a rate stated, the instalment is an outcome to reproduce, not an input.
        if cost::interest_rate(&tm).is_some() {
            tm.payment = None;
        }
        let Ok(c) = cost::assess(&tm, method) else {
            continue;
        };
        if !figures::mismatches(&t, &c).is_empty() {
            continue;
        }
        let at = matched(&t, &c, figure);
        let mut moved = tm.clone();
        let step = (figure.amount.amount / Decimal::ONE_HUNDRED).max(Decimal::ONE);
        let Some(p) = moved.principal.as_mut() else {
            continue;
        };
        let Some(larger) = p.amount.checked_add(step) else {
            continue;
        };
        p.amount = larger;
        let still = cost::assess(&moved, method)
            .map(|c2| matched(&t, &c2, figure))
            .unwrap_or_default();
        let testing: Vec<Hit> = at
            .into_iter()
            .filter(|h| !still.iter().any(|s| s.name == h.name))
            .collect();
        if testing.len() >= bar && best.as_ref().is_none_or(|b| b.len() < testing.len()) {
            best = Some(testing);
        }
    }
    best
}

/// The stated figures a schedule reproduces (each named once), labelled or not: the labelled
/// totals, instalment and printed rows, and any other money figure of the document that is
/// one of the schedule's own figures (an instalment, the last payment, a total, the interest,
/// the charges, the amount paid out).
fn matched(terms: &Terms, c: &LoanCost, p: &Figure) -> Vec<Hit> {
    let misses: BTreeSet<&str> = figures::mismatches(terms, c)
        .iter()
        .map(|m| m.what)
        .collect();
    let mut out: Vec<Hit> = Vec::new();
    let hit = |name: String, evidence: &Evidence| Hit {
        name,
        evidence: evidence.clone(),
        level_instalment: None,
    };
    let mut labelled: Vec<Decimal> = Vec::new();
    let stated = figures::stated(terms);
    for &(what, a) in &stated {
        // One figure read under two names (利息合计 as the interest and the finance charge).
        let again = stated
            .iter()
            .take_while(|(w, _)| *w != what)
            .any(|(_, b)| b.amount == a.amount && b.evidence == a.evidence);
        labelled.push(a.amount);
        if a.amount != p.amount.amount && !misses.contains(what) && !again {
            out.push(hit(format!("{what} {}", a.amount), &a.evidence));
        }
    }
    if let Some(row) = terms.stated_schedule.first() {
        if !misses.contains("a row of the printed schedule") {
            out.push(hit("the printed schedule".into(), &row.evidence));
        }
        labelled.extend(terms.stated_schedule.iter().filter_map(|r| r.total));
    }
    let rows = &c.schedule.rows;
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return out;
    };
    let tolerance = Decimal::new(1, 2) * Decimal::from(rows.len() as u64);
    let cent = Decimal::new(1, 2);
    let quantities: [(&str, Decimal, Decimal); 7] = [
        (FIRST, first.total, cent),
        (
            "the first instalment's principal and interest",
            first.principal + first.interest,
            cent,
        ),
        ("the last instalment", last.total, cent),
        (
            "the total repaid",
            rows.iter().map(|r| r.total).sum(),
            tolerance,
        ),
        ("the total interest", c.total_interest, tolerance),
        (
            "the total charges",
            c.total_repayable - c.net_disbursed,
            tolerance,
        ),
        ("the amount paid out", c.net_disbursed, cent),
    ];
    // Each written figure counts once, for the first quantity it is.
    let mut used: Vec<usize> = Vec::new();
    for (what, q, tol) in quantities {
        if out.iter().any(|h| h.name.starts_with(what)) {
            continue;
        }
        let found = terms.candidates.iter().find(|f| {
            f.start != p.start
                && !used.contains(&f.start)
                && f.amount.amount != p.amount.amount
                && !labelled.contains(&f.amount.amount)
                && (f.amount.amount - q).abs() <= tol
        });
        let Some(f) = found else { continue };
        used.push(f.start);
        let level = what == FIRST && rows.iter().all(|r| r.total == first.total);
        out.push(Hit {
            name: format!("{what} {} (as written)", f.amount.amount),
            evidence: f.amount.evidence.clone(),
            level_instalment: level.then(|| f.amount.clone()),
        });
    }
    out
}
