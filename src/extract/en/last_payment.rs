//! The last payment stated apart from the regular ones: an odd final payment that absorbs
//! the rounding, or a balloon. Whether it is one of the counted payments or one more is
//! decided by the stated total of payments.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::number;
use chrono::Datelike;

use crate::model::{Amount, Count, Frequency, Terms};
use crate::pattern;

static BALLOON: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)balloon(?: payment| instal?lment| repayment)?(?-u:\b)")
        .expect("static regex")
});

/// Words of the regular payments: a figure after them is not the balloon's.
static REGULAR: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:monthly|weekly|each (?:month|week)|per (?:month|week)|regular|instal?lments?|periodic)(?-u:\b)")
        .expect("static regex")
});

/// A balloon's own date, when no maturity date was read: the date between the word
/// "balloon" and its figure ("Balloon. On April 9, 2028 (the 36th payment date), Borrower
/// will pay ... $19,144.10") is the last payment's, the maturity date.
pub(crate) fn balloon_date(cx: &Ctx, terms: &mut Terms) {
    if terms.maturity_date.is_some() {
        return;
    }
    let Some(last) = &terms.last_payment else {
        return;
    };
    let Some((m, window, figure)) = BALLOON.find_iter(&cx.flat).find_map(|m| {
        let reach = cx.paragraph_end(m.end(), m.end() + BALLOON_REACH);
        let window = cx.slice(m.end(), reach);
        let figure = number::find_money(window)
            .into_iter()
            .find(|x| x.amount == last.amount)?;
        Some((m, window, figure))
    }) else {
        return;
    };
    let Some(d) = number::first_date(window.get(..figure.start).unwrap_or(""), cx.day_first) else {
        return;
    };
    terms.assumptions.push(format!(
        "maturity date {} read as the balloon payment's date",
        d.date
    ));
    terms.maturity_date = Some(crate::model::DateTerm {
        date: d.date,
        evidence: cx.evidence(m.start(), m.end() + figure.end),
    });
}

/// How far after the word "balloon" its figure may stand within its paragraph ("Balloon. On
/// April 9, 2028 (the 36th payment date), Borrower will pay all principal and interest then
/// unpaid, which will be $19,144.10").
const BALLOON_REACH: usize = 200;

/// "The final payment of $161.18", "a last instalment of £51.96": the odd last payment that
/// absorbs the rounding. Noted (the schedule recomputes it) and marked as read.
pub(crate) fn final_payment(
    cx: &mut Ctx,
    terms: &mut Terms,
) -> Option<(rust_decimal::Decimal, usize)> {
    static FINAL: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:final|last|concluding)\s+(?:scheduled\s+)?(?:payment|instal?lment|repayment)(?: amount)?\s*(?:of|is|will be|shall be|:)?\s*")
            .expect("static regex")
    });
    let flat = cx.flat.clone();
    let mut first: Option<(number::Money, usize)> = None;
    for m in FINAL.find_iter(&flat) {
        let head = cx.slice(m.end(), m.end() + 24);
        if let Some(money) = number::find_money(head).into_iter().next()
            && money.start == 0
        {
            cx.cover(m.end());
            if first.is_none() {
                first = Some((money, m.start()));
            }
        }
    }
    let (money, at) = first?;
    terms.assumptions.push(format!(
        "final payment stated as {} {} (the last instalment absorbs the rounding)",
        cx.dollar(money.currency),
        money.amount
    ));
    Some((money.amount, at))
}

/// A stated balloon payment ("Final balloon payment: $6,339.58"): noted (the schedule is not
/// level) and marked as read; its amount and offset.
pub(crate) fn balloon(cx: &mut Ctx, terms: &mut Terms) -> Option<(rust_decimal::Decimal, usize)> {
    let (m, mo) = BALLOON.find_iter(&cx.flat).find_map(|m| {
        let m = m.range();
        let after = cx
            .slice(m.end, m.end + 40)
            .trim_start()
            .to_ascii_lowercase();
        let negated = after.starts_with("no")
            || cx
                .slice(m.start.saturating_sub(12), m.start)
                .to_ascii_lowercase()
                .split_whitespace()
                .any(|w| matches!(w, "no" | "not" | "without" | "non"));
        // Only a stated balloon amount counts ("Balloon Payment NO" or a blank form is none).
        if negated {
            return None;
        }
        // Its figure: right after it, or later in its paragraph when the word heads the
        // clause that states it, with no regular payment's words before the figure.
        let reach = cx.paragraph_end(m.end, m.end + BALLOON_REACH);
        let window = cx.slice(m.end, reach);
        let mo = number::find_money(window).into_iter().next()?;
        let lead = window.get(..mo.start).unwrap_or("");
        // On the word's own line ("BALLOON NOTE" over a "Total of payments" row is a title).
        let same_line = !cx
            .doc
            .text
            .get(m.end..m.end + mo.start)
            .unwrap_or("\n")
            .contains('\n');
        (same_line && !REGULAR.is_match(lead)).then_some((m, mo))
    })?;
    let at = m.end + mo.start;
    cx.cover(at);
    terms.assumptions.push(format!(
        "balloon payment of {} {} stated: the schedule is not level",
        cx.dollar(mo.currency),
        mo.amount
    ));
    Some((mo.amount, m.start))
}

/// Words that pay the final figure with the last of the counted payments: "the 48th paid
/// together with the Optional Final Payment", "payable with your last monthly payment",
/// "(total final instalment £8,776.17)".
static WITH_LAST_COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:\d{1,3}(?:st|nd|rd|th)|last|final)(?: (?:monthly |regular )?(?:payment|instal?lment|repayment))?,? (?:is |will be |to be )?(?:paid|payable|due|collected) (?:together |along )?with(?-u:\b)|(?-u:\b)(?:together|along) with (?:the|your) (?:last|final|\d{1,3}(?:st|nd|rd|th)) (?:monthly |regular )?(?:payment|instal?lment|repayment)|(?-u:\b)total (?:final|last) (?:payment|instal?lment|repayment)(?-u:\b)")
        .expect("static regex")
});

/// Do the words around the final figure at `at` (its sentence, within a few lines) say it is
/// paid with the last counted payment?
fn paid_with_last_counted(cx: &Ctx, at: usize) -> bool {
    let (sentence_start, sentence_end) = cx.sentence_of(at);
    let from = sentence_start.max(at.saturating_sub(160));
    let to = sentence_end.max(at).min(at + 160);
    WITH_LAST_COUNTED.is_match(cx.slice(from, to))
}

/// A balloon stated inside its own table row ("1   $9,880.34   10/17/2030 (includes a balloon of
/// $9,500.00)"): the row's payment may be the balloon plus a regular payment's share. Of the
/// figures on the balloon's line, the one that with the regular payments best reproduces the
/// stated total of payments is the last payment (the balloon's own figure when it fits best).
/// Without a count, a payment and a total nothing changes.
pub(crate) fn last_from_total(
    cx: &Ctx,
    terms: &mut Terms,
    last: rust_decimal::Decimal,
    at: usize,
) -> (rust_decimal::Decimal, usize) {
    use rust_decimal::Decimal;
    let (Some(count), Some(pay), Some(total)) = (
        &terms.installments,
        &terms.payment,
        &terms.total_of_payments,
    ) else {
        return (last, at);
    };
    let (n, p, t) = (Decimal::from(count.count), pay.amount, total.amount);
    if count.count < 2 || p <= Decimal::ZERO {
        return (last, at);
    }
    // "the 48th paid together with the Optional Final Payment of £8,500.25": the words put the
    // final figure on top of the last counted payment, when the total agrees.
    let tolerance = Decimal::new(1, 2) * (n + Decimal::ONE);
    if paid_with_last_counted(cx, at) && ((n - Decimal::ONE) * p + p + last - t).abs() <= tolerance
    {
        terms.assumptions.push(format!(
            "last payment {} + {last} = {}: the final figure is paid together with the last of the {n} counted payments («{}»), as the stated total of payments {t} confirms",
            p,
            p + last,
            cx.evidence(at, at).text
        ));
        return (p + last, at);
    }
    // The last payment is one of the counted payments or one more.
    let misfit = |x: Decimal| {
        ((n - Decimal::ONE) * p + x - t)
            .abs()
            .min((n * p + x - t).abs())
    };
    let text = &cx.doc.text;
    let start = text
        .get(..at)
        .and_then(|h| h.rfind('\n'))
        .map_or(0, |i| i + 1);
    let end = text
        .get(at..)
        .and_then(|r| r.find('\n'))
        .map_or(text.len(), |i| at + i);
    let Some(best) = number::find_money(text.get(start..end).unwrap_or(""))
        .into_iter()
        .filter(|m| m.amount > p)
        .min_by_key(|m| misfit(m.amount))
    else {
        return (last, at);
    };
    // Each payment may be off by a cent of rounding.
    let tolerance = Decimal::new(1, 2) * (n + Decimal::ONE);
    if misfit(best.amount) < misfit(last) && misfit(best.amount) <= tolerance {
        terms.assumptions.push(format!(
            "last payment read as {} («{}»), not the balloon figure {last}: with the regular payments of {p} it makes the stated total of payments {t}",
            best.amount,
            text.get(start..end).unwrap_or("").trim()
        ));
        (best.amount, start + best.start)
    } else {
        (last, at)
    }
}

/// No last payment read, but the stated total of payments is not the count times the payment:
/// the last payment it implies (the total less the other payments, the count read either
/// including the last payment or not), when that very figure is stated in the document (a
/// schedule row whose words were not read), is the last payment. Only an exact figure counts:
/// a near one is a rounding, not a statement. Returns the figure, its offset and the count.
pub(crate) fn implied_by_total(
    cx: &Ctx,
    terms: &Terms,
) -> Option<(rust_decimal::Decimal, usize, u32)> {
    use rust_decimal::Decimal;
    let (Some(count), Some(pay), Some(total)) = (
        &terms.installments,
        &terms.payment,
        &terms.total_of_payments,
    ) else {
        return None;
    };
    let (n, p, t) = (count.count, pay.amount, total.amount);
    if terms.last_payment.is_some() || n < 2 || p <= Decimal::ZERO || Decimal::from(n) * p == t {
        return None;
    }
    let figures = number::find_money(&cx.flat);
    // The last payment among the counted ones, or one more.
    [(n - 1, n), (n, n + 1)]
        .into_iter()
        .find_map(|(regular, all)| {
            let implied = t - Decimal::from(regular) * p;
            if implied <= p {
                return None;
            }
            figures
                .iter()
                .find(|m| m.amount == implied)
                .map(|m| (m.amount, m.start, all))
        })
}

/// A count of regular payments and, stated apart, a last (balloon) payment of another amount:
/// is the last one of the counted payments or one more? The stated total of payments decides:
/// `n` payments of `p` plus the last make the total, or `n - 1` of them do. Without a total
/// nothing is inferred.
pub(crate) fn count_with_last(cx: &Ctx, terms: &mut Terms, last: rust_decimal::Decimal, at: usize) {
    use rust_decimal::Decimal;
    let (Some(count), Some(pay), Some(total)) = (
        &terms.installments,
        &terms.payment,
        &terms.total_of_payments,
    ) else {
        return;
    };
    let (n, p, t) = (count.count, pay.amount, total.amount);
    if n < 2 || last == p || p <= Decimal::ZERO {
        return;
    }
    // Each payment may be off by a cent of rounding.
    let tolerance = Decimal::new(1, 2) * Decimal::from(n + 1);
    let more = Decimal::from(n) * p + last;
    if (more - t).abs() > tolerance || (Decimal::from(n - 1) * p + last - t).abs() <= tolerance {
        return;
    }
    let quote = cx.evidence(at, at).text;
    terms.assumptions.push(format!(
        "{} payments: the {n} regular payments of {p} and the last payment of {last} («{quote}») add up to the stated total of payments {t} («{}»)",
        n + 1,
        total.evidence.text
    ));
    let evidence = count.evidence.clone();
    terms.installments = Some(Count {
        count: n + 1,
        evidence,
    });
}

/// Keep the stated last payment as a term: the schedule takes it as the last instalment
/// (a balloon is not the level payment's remainder).
pub(crate) fn record(cx: &Ctx, terms: &mut Terms, last: rust_decimal::Decimal, at: usize) {
    if last <= rust_decimal::Decimal::ZERO || terms.last_payment.is_some() {
        return;
    }
    let currency = [&terms.payment, &terms.principal]
        .into_iter()
        .flatten()
        .map(|a| a.currency.clone())
        .next()
        .unwrap_or_else(|| "USD".to_string());
    // The words and their figure ("a final payment of $207.17"), not the whole sentence.
    let end = number::find_money(cx.slice(at, at + 80))
        .into_iter()
        .find(|m| m.amount == last)
        .map_or(at, |m| at + m.end);
    let evidence = if end > at {
        cx.quote(at, end)
    } else {
        cx.evidence(at, at)
    };
    terms.last_payment = Some(Amount {
        amount: last,
        currency,
        evidence,
        derived: false,
    });
}

/// A count of regular payments and, in another sentence, a last payment of another amount
/// with its own date ("35 monthly payments of $180.76 beginning April 3, 2025. A final payment
/// of $180.55 is due on March 3, 2028."), and no total of payments to decide: the dates do.
/// When the first and the last due dates hold one payment date more than the count, the last
/// payment is one more; the term counted from the same figure grows with it.
pub(crate) fn count_with_last_date(terms: &mut Terms) {
    let (Some(last), Some(count), Some(first), Some(due), Some(freq)) = (
        &terms.last_payment,
        &terms.installments,
        &terms.first_payment_date,
        &terms.maturity_date,
        &terms.frequency,
    ) else {
        return;
    };
    if terms.total_of_payments.is_some()
        || terms
            .payment
            .as_ref()
            .is_none_or(|p| p.amount == last.amount)
        || count.count < 2
    {
        return;
    }
    let (a, b) = (first.date, due.date);
    let days = (b - a).num_days();
    let periods = match freq.frequency {
        Frequency::Monthly if a.day() == b.day() => {
            i64::from(b.year() - a.year()) * 12 + i64::from(b.month()) - i64::from(a.month())
        }
        Frequency::Weekly if days % 7 == 0 => days / 7,
        Frequency::Biweekly if days % 14 == 0 => days / 14,
        _ => return,
    };
    let n = count.count;
    if periods != i64::from(n) {
        return;
    }
    terms.assumptions.push(format!(
        "{} payments: the {n} regular payments from {a} and the last payment of {} due on {b} («{}») are one payment date apart each",
        n + 1,
        last.amount,
        due.evidence.text
    ));
    let evidence = count.evidence.clone();
    if let Some(t) = terms.term.as_mut()
        && freq.frequency == Frequency::Monthly
        && t.months == Some(n)
        && t.days.is_none()
    {
        t.months = Some(n + 1);
    }
    terms.installments = Some(Count {
        count: n + 1,
        evidence,
    });
}

/// "48 monthly payments: the first of £505.00 on 20 December 2025, then 46 of £310.00, and a
/// final payment of £320.00 on 20 November 2029": is the final payment one more than the count,
/// or one of them? The dates decide: a first due date before the final payment's words and the
/// final payment's own date after them, a whole number of months apart that the count alone
/// already spans (count - 1 months), mean the final payment is counted.
pub(crate) fn final_within_monthly_count(
    before_final: &str,
    after_final: &str,
    count: u32,
    day_first: bool,
) -> bool {
    // The schedule is read before the document's date order is settled: numeric dates are
    // tried both ways ("10/04/2026" ... "10/03/2029" spans 35 months only day-first).
    [day_first, !day_first]
        .into_iter()
        .any(|order| final_within(before_final, after_final, count, order))
}

fn final_within(before_final: &str, after_final: &str, count: u32, day_first: bool) -> bool {
    let (Some(first), Some(last)) = (
        number::first_date(before_final, day_first),
        number::first_date(after_final, day_first),
    ) else {
        return false;
    };
    let (a, b) = (first.date, last.date);
    if a.day() != b.day() || b <= a {
        return false;
    }
    let months = i64::from(b.year() - a.year()) * 12 + i64::from(b.month()) - i64::from(a.month());
    months + 1 == i64::from(count)
}
