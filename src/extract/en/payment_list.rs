//! A list of dated payments is the payment schedule: "05/24/2025: $60.00", "Payment 2: $60.00
//! on December 12, 2025", or the rows of a printed amortisation table ("1  2025-09-04  230.04
//! 45.00  275.04"). Its rows give the count, the payment, the frequency (from the gaps
//! between the dates), the first and last payment dates and the printed schedule. A payment
//! made at signing ("Due today", "paid at checkout") is a down payment, not part of the list.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use super::number;
use crate::model::{Amount, Count, DateTerm, Frequency, FrequencyTerm, StatedRow, Terms};
use crate::pattern;

/// A figure of a row: with a currency marker, or with cents ("$60", "275.04", "£1,200.00").
static ROW_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"([$£€]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d{2})?").expect("static regex")
});
/// A row's leading instalment number ("1", "12.", "Payment 2:", "#3", "Payment 2 of 4:").
static ROW_INDEX: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^[ \t|]*(?:(?:payment|coupon|instal?lment|repayment|no\.?|#)[ \t]*)?(\d{1,3}(?:[ \t]*(?:of|/)[ \t]*\d{1,3})?)[ \t]*[.):|]?[ \t]")
        .expect("static regex")
});
/// The only words a schedule row may hold besides its figures and its date.
const ROW_WORDS: &[&str] = &[
    "payment",
    "coupon",
    "instalment",
    "installment",
    "repayment",
    "due",
    "scheduled",
    "upcoming",
    "pending",
    "paid",
    "charged",
    "autopay",
    "on",
    "no",
    "of",
    "amount",
    "by",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "st",
    "nd",
    "rd",
    "th",
    "fee",
    "fees",
    "plus",
    "incl",
    "including",
    // A currency written as its code before each figure ("USD 589.72").
    "usd",
    "cad",
    "gbp",
    "eur",
    "aud",
    "nzd",
];
/// Words that label the figure after them inside a row ("$251.80  int $140.00  prin
/// $111.80", "Interest: $20.00 / Principal: $158.53 / Balance: $841.47").
const INLINE_LABELS: &[(&str, Column)] = &[
    ("int", Column::Interest),
    ("interest", Column::Interest),
    ("prin", Column::Principal),
    ("princ", Column::Principal),
    ("principal", Column::Principal),
    ("bal", Column::Balance),
    ("balance", Column::Balance),
    ("total", Column::Total),
    ("payment", Column::Total),
];
/// Words of a payment made when the agreement is signed: a down payment.
static AT_SIGNING: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:due today|today|at checkout|at (?:the )?(?:time of )?(?:purchase|signing)|down ?payment)(?-u:\b)")
        .expect("static regex")
});
/// The price the credit pays for, in a sale on instalments.
static PRICE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:order (?:total|amount|subtotal)|purchase (?:price|amount|total)|amount of (?:the |your )?purchase|cart total|cash price|total price|price of (?:the )?(?:goods|purchase|item|order))(?-u:\b)")
        .expect("static regex")
});

/// One row of a dated list: its byte span, date, figures (in order) and their offsets.
struct Row {
    start: usize,
    end: usize,
    date: NaiveDate,
    /// Byte offset (in the text) where the row's date ends.
    date_end: usize,
    figures: Vec<(Decimal, usize)>,
    /// What the word right before each figure names it, when it labels it ("int $140.00").
    labels: Vec<Option<Column>>,
    /// A fee the row adds to its payment ("$60.00 + $2.50 fee = $62.50").
    fee: Option<Decimal>,
    /// The row's own instalment number ("12 | May 19, 2027 | $381.05").
    index: Option<u32>,
    /// Rows were left out before this one ("..." on the line above).
    after_gap: bool,
}

/// Read one line as a schedule row (`offset` is its byte offset in the text).
fn row(line: &str, offset: usize, day_first: bool) -> Option<Row> {
    if line.trim().chars().count() > 120 {
        return None;
    }
    let d = number::first_date(line, day_first)?;
    // One date per row: "from 05/01 to 06/01" is a period, not a payment.
    if number::first_date(line.get(d.end..)?, day_first).is_some() {
        return None;
    }
    let index = ROW_INDEX
        .captures(line)
        .and_then(|c| c.get(1))
        .filter(|m| m.end() <= d.start);
    let index_end = index.map_or(0, |m| m.end());
    let index = index.and_then(|m| m.as_str().parse::<u32>().ok());
    let mut figures = Vec::new();
    let mut labels = Vec::new();
    let mut rest = String::new();
    let mut last = index_end;
    for c in ROW_FIGURE.captures_iter(line) {
        let Some(whole) = c.get(0) else { continue };
        if whole.start() < index_end
            || (whole.start() < d.end && d.start < whole.end())
            || number::inside_figure(line, whole.start())
        {
            continue;
        }
        // A bare integer (a count, a year) is not a payment: only figures with a currency
        // marker or cents are.
        if c.get(1).is_none() && c.get(3).is_none() {
            return None;
        }
        let digits = format!(
            "{}{}",
            c.get(2).map_or("", |m| m.as_str()).replace(',', ""),
            c.get(3).map_or("", |m| m.as_str())
        );
        let value = digits.parse::<Decimal>().ok()?;
        labels.push(inline_label(line.get(last..whole.start()).unwrap_or("")));
        rest.push_str(line.get(last..whole.start()).unwrap_or(""));
        rest.push(' ');
        last = whole.end();
        figures.push((value, offset + whole.start()));
    }
    rest.push_str(line.get(last..).unwrap_or(""));
    let rest = rest.replace(line.get(d.start..d.end).unwrap_or("\u{0}"), " ");
    let only_row_words = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| {
            // "23 Mar 2026    K 987.42": the currency letter of the document's country.
            if super::letter_currency::is_active(w) {
                return true;
            }
            let w = w.to_ascii_lowercase();
            ROW_WORDS.contains(&w.as_str()) || INLINE_LABELS.iter().any(|(l, _)| *l == w)
        });
    let fee = added_fee(line, offset, &figures);
    (only_row_words && !figures.is_empty()).then_some(Row {
        start: offset + (line.len() - line.trim_start().len()),
        end: offset + line.trim_end().len(),
        date: d.date,
        date_end: offset + d.end,
        figures,
        labels,
        fee,
        index,
        after_gap: false,
    })
}

/// The column the last word before a figure names, when it is an inline label.
fn inline_label(before: &str) -> Option<Column> {
    let word = before
        .split(|c: char| !c.is_ascii_alphabetic())
        .rfind(|w| !w.is_empty())?
        .to_ascii_lowercase();
    // Only a word close to its figure labels it ("int $140.00", "Interest: $20.00").
    let gap = before.len() - before.to_ascii_lowercase().rfind(&word)? - word.len();
    if gap > 4 {
        return None;
    }
    INLINE_LABELS
        .iter()
        .find(|(l, _)| *l == word)
        .map(|&(_, c)| c)
}

/// The row's own labels as its columns: each labelled figure as labelled, the one figure
/// left unlabelled as the payment. `None` when the row labels none of its figures.
fn labelled_columns(r: &Row) -> Option<Vec<Column>> {
    if r.labels.iter().all(Option::is_none) {
        return None;
    }
    let unlabelled = r.labels.iter().filter(|l| l.is_none()).count();
    let has_total = r.labels.contains(&Some(Column::Total));
    Some(
        r.labels
            .iter()
            .map(|l| match l {
                Some(c) => *c,
                None if unlabelled == 1 && !has_total => Column::Total,
                None => Column::Other,
            })
            .collect(),
    )
}

/// A row written as a sum, "$60.00 + $2.50 fee = $62.50": the figure named a fee, when the
/// parts add up to the total.
fn added_fee(line: &str, offset: usize, figures: &[(Decimal, usize)]) -> Option<Decimal> {
    let [(a, _), (b, b_at), (total, total_at)] = figures else {
        return None;
    };
    let between = line
        .get(b_at - offset..total_at - offset)?
        .to_ascii_lowercase();
    let added = line.contains('+') || line.to_ascii_lowercase().contains(" plus ");
    (a + b == *total && between.contains('=') && between.contains("fee") && added).then_some(*b)
}

/// The first run of two or more consecutive rows with rising dates, and the line before it.
fn first_run(text: &str, day_first: bool) -> Option<(Vec<Row>, &str)> {
    let mut run: Vec<Row> = Vec::new();
    let mut gap = false;
    let mut heading = "";
    let mut previous = "";
    let mut offset = 0usize;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            continue;
        }
        // "... |  |": rows left out of a shortened schedule; the run goes on after them.
        if !run.is_empty() && ELISION.is_match(body) {
            gap = true;
            continue;
        }
        let this = row(body, start, day_first).map(|r| Row {
            after_gap: std::mem::take(&mut gap),
            ..r
        });
        match this {
            Some(r) if run.last().is_none_or(|p| p.date < r.date) => {
                if run.is_empty() {
                    heading = previous;
                }
                run.push(r);
            }
            other => {
                if run.len() >= 2 {
                    return Some(heading_below_if_none_above(text, run, heading));
                }
                run.clear();
                if let Some(r) = other {
                    heading = previous;
                    run.push(r);
                }
            }
        }
        // A rule under the heading ("---  --------") is no heading itself.
        if !is_rule(body) {
            previous = body;
        }
    }
    (run.len() >= 2)
        .then_some((run, heading))
        .map(|(run, heading)| heading_below_if_none_above(text, run, heading))
}

/// A table printed with its heading row last, under its rows (and perhaps a rule of dashes):
/// when the line above the rows does not head their figures, the line below them that does is
/// the heading.
fn heading_below_if_none_above<'t>(
    text: &'t str,
    run: Vec<Row>,
    heading: &'t str,
) -> (Vec<Row>, &'t str) {
    let below = run
        .last()
        .and_then(|last| text.get(last.end..))
        .and_then(|rest| {
            rest.lines()
                .skip(1)
                .find(|l| !l.trim().is_empty() && !is_rule(l))
        });
    let heads = |line: &str| {
        run.first()
            .is_some_and(|r| heads_figures(r, &figure_columns(&run, columns(line))))
    };
    // A heading row is cells ("No.   Due date   Payment"), not a sentence or a label's line.
    let cells = |line: &str| {
        !line.contains(':')
            && !line.trim_end().ends_with('.')
            && line
                .split(['|', '\t'])
                .flat_map(|part| part.split("  "))
                .filter(|cell| !cell.trim().is_empty())
                .count()
                >= 2
    };
    match below {
        Some(line) if !heads(heading) && cells(line) && heads(line) => (run, line),
        _ => (run, heading),
    }
}

/// A table's rule: a line of dashes, equals signs, bars and pluses only.
fn is_rule(line: &str) -> bool {
    line.chars()
        .all(|c| matches!(c, '-' | '–' | '—' | '=' | '|' | '+' | ' ' | '\t'))
}

/// The frequency the dates keep, when every gap is the same.
fn frequency_of_dates(dates: &[NaiveDate]) -> Option<Frequency> {
    let gaps: Vec<i64> = dates.windows(2).map(|w| (w[1] - w[0]).num_days()).collect();
    let first = *gaps.first()?;
    if gaps.iter().all(|&g| g == first) {
        match first {
            7 => return Some(Frequency::Weekly),
            14 => return Some(Frequency::Biweekly),
            _ => {}
        }
    }
    // Calendar steps: the same day of the month, one or three months apart.
    let months_apart = |a: NaiveDate, b: NaiveDate| {
        (b.year() - a.year()) * 12 + i32::try_from(b.month()).unwrap_or(0)
            - i32::try_from(a.month()).unwrap_or(0)
    };
    let day = dates.first()?.day();
    let same_day = dates.iter().all(|d| d.day() == day);
    let steps: Vec<i32> = dates.windows(2).map(|w| months_apart(w[0], w[1])).collect();
    match (same_day, steps.first()) {
        (true, Some(&1)) if steps.iter().all(|&s| s == 1) => Some(Frequency::Monthly),
        (true, Some(&3)) if steps.iter().all(|&s| s == 3) => Some(Frequency::Quarterly),
        _ => None,
    }
}

/// What a figure column of a schedule holds.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Column {
    Principal,
    Interest,
    Fees,
    Total,
    Balance,
    Other,
}

/// The figure columns a heading names, in order ("No.  Due date  Principal  Interest
/// Payment" holds principal, interest and the payment). The number and date columns hold no
/// amount and are left out.
fn columns(heading: &str) -> Vec<Column> {
    // A line with a figure ("Interest: 1.5% per month") is a term, not a heading.
    if heading.chars().any(|c| c.is_ascii_digit()) {
        return Vec::new();
    }
    heading
        .split(['|', '\t'])
        .flat_map(|part| part.split("  "))
        .map(|cell| cell.trim().to_ascii_lowercase())
        .filter(|cell| !cell.is_empty())
        .filter(|cell| {
            !(cell.contains("date")
                || cell.contains('#')
                || cell.starts_with("no")
                || cell == "due"
                || cell == "due on")
        })
        .map(|cell| {
            let has = |w: &str| cell.contains(w);
            if has("balance") {
                Column::Balance
            } else if has("principal") {
                Column::Principal
            } else if has("interest") {
                Column::Interest
            } else if has("fee") || has("charge") || has("membership") || has("maintenance") {
                Column::Fees
            } else if has("payment")
                || has("total")
                || has("amount")
                || has("instal")
                || has("you pay")
                || has("to pay")
            {
                Column::Total
            } else {
                Column::Other
            }
        })
        .collect()
}

/// Is the line above the rows a heading of their figures: one named column per figure?
fn heads_figures(r: &Row, cols: &[Column]) -> bool {
    cols.len() == r.figures.len() && cols.iter().any(|&c| c != Column::Other)
}

/// A heading that names its number and date columns with words of its own ("Statement |
/// Due | Minimum payment | Interest | Membership | Principal", "PMT  DUE  AMOUNT"): when every
/// row's figures come after its date, the figure columns are the heading's last cells, one
/// per figure.
fn figure_columns(rows: &[Row], cols: Vec<Column>) -> Vec<Column> {
    let Some(n) = rows.first().map(|r| r.figures.len()) else {
        return cols;
    };
    let figures_last = rows
        .iter()
        .all(|r| r.figures.len() == n && r.figures.iter().all(|&(_, at)| at >= r.date_end));
    if !figures_last || cols.len() <= n || cols.len() > n + 2 {
        return cols;
    }
    cols.get(cols.len() - n..)
        .map_or(cols.clone(), <[Column]>::to_vec)
}

/// A row's figure in `column`, when the heading's columns match the row's figures.
fn figure(r: &Row, cols: &[Column], column: Column) -> Option<Decimal> {
    if let Some(own) = labelled_columns(r) {
        let at = own.iter().position(|&c| c == column)?;
        return r.figures.get(at).map(|f| f.0);
    }
    if !heads_figures(r, cols) {
        return None;
    }
    let at = cols.iter().position(|&c| c == column)?;
    r.figures.get(at).map(|f| f.0)
}

/// The amount paid on a row: its payment column, else principal plus interest, else (with no
/// heading to go by) its last figure.
fn row_total(r: &Row, cols: &[Column]) -> Option<Decimal> {
    if labelled_columns(r).is_some() {
        return figure(r, cols, Column::Total).or_else(|| {
            Some(figure(r, cols, Column::Principal)? + figure(r, cols, Column::Interest)?)
        });
    }
    if !heads_figures(r, cols) {
        return r.figures.last().map(|f| f.0);
    }
    figure(r, cols, Column::Total)
        .or_else(|| Some(figure(r, cols, Column::Principal)? + figure(r, cols, Column::Interest)?))
}

/// Read a dated payment list into the schedule terms not yet read.
pub(crate) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    let text = cx.doc.text.clone();
    let Some((rows, heading)) = first_run(&text, cx.day_first) else {
        return;
    };
    let cols = figure_columns(&rows, columns(heading));
    let totals: Vec<Decimal> = rows.iter().filter_map(|r| row_total(r, &cols)).collect();
    if totals.len() != rows.len() {
        return;
    }
    let (Some(first_row), Some(last_row)) = (rows.first(), rows.last()) else {
        return;
    };
    let n = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    // A shortened schedule: its last row's number is the count; the rows left out are not
    // known, so the list is not the printed schedule.
    if rows.iter().any(|r| r.after_gap) {
        count_from_last_row(cx, terms, &rows, &totals);
        return;
    }
    // A few rows of a longer schedule shown as an example are not the schedule.
    if terms.installments.as_ref().is_some_and(|c| c.count != n) {
        return;
    }
    let evidence = cx.evidence(first_row.start, last_row.end);
    for r in &rows {
        for &(_, at) in &r.figures {
            cx.cover(at);
        }
    }
    terms.assumptions.push(format!(
        "{n} dated payments are listed ({} to {}): the list is the payment schedule",
        first_row.date, last_row.date
    ));
    if terms.installments.is_none() {
        terms.installments = Some(Count {
            count: n,
            evidence: evidence.clone(),
        });
    }
    let currency = number::find_money(&text)
        .first()
        .map_or("USD", |m| m.currency)
        .to_string();
    if terms.payment.is_none()
        && let Some(amount) = level_payment(&totals)
    {
        terms.payment = Some(Amount {
            amount,
            currency: currency.clone(),
            evidence: cx.evidence(first_row.start, first_row.end),
            derived: false,
        });
    }
    let dates: Vec<NaiveDate> = rows.iter().map(|r| r.date).collect();
    if terms.frequency.is_none()
        && let Some(f) = frequency_of_dates(&dates)
    {
        terms.frequency = Some(FrequencyTerm {
            frequency: f,
            evidence: evidence.clone(),
        });
    }
    first_and_last_dates(cx, terms, first_row, last_row);
    if terms.due_dates.is_empty() {
        terms.due_dates = rows
            .iter()
            .map(|r| DateTerm {
                date: r.date,
                evidence: cx.evidence(r.start, r.end),
            })
            .collect();
    }
    if terms.stated_schedule.is_empty() {
        terms.stated_schedule = rows
            .iter()
            .zip(&totals)
            .zip(1u32..)
            .map(|((r, &total), index)| StatedRow {
                index,
                date: Some(r.date),
                principal: figure(r, &cols, Column::Principal),
                interest: figure(r, &cols, Column::Interest),
                fees: figure(r, &cols, Column::Fees).or(r.fee),
                total: Some(total),
                evidence: cx.evidence(r.start, r.end),
            })
            .collect();
    }
    financed_from_price(cx, terms, &currency);
}

/// The level payment of a list of totals: the first, when every total but the last (which
/// takes the rounding) equals it.
fn level_payment(totals: &[Decimal]) -> Option<Decimal> {
    let (_, head) = totals.split_last()?;
    let first = totals.first()?;
    head.iter().all(|t| t == first).then_some(*first)
}

/// The first and last rows' dates as the first payment date and the maturity date, unless
/// read already.
fn first_and_last_dates(cx: &Ctx, terms: &mut Terms, first: &Row, last: &Row) {
    if terms.first_payment_date.is_none() {
        terms.first_payment_date = Some(DateTerm {
            date: first.date,
            evidence: cx.evidence(first.start, first.end),
        });
    }
    if terms.maturity_date.is_none() {
        terms.maturity_date = Some(DateTerm {
            date: last.date,
            evidence: cx.evidence(last.start, last.end),
        });
    }
}

/// A line that stands for rows left out: "...", "…", ". . .", "⋮", perhaps between bars.
static ELISION: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^[ \t|]*(?:\.{3,}|…|⋮|\. \. \.)[ \t|]*$").expect("static regex")
});

/// A shortened schedule (rows 1 to 3, "...", row 12): the last row's own number is the count
/// when it is above the rows shown; the payment is the level one shown. Without that number
/// the count is not known and nothing is read.
fn count_from_last_row(cx: &mut Ctx, terms: &mut Terms, rows: &[Row], totals: &[Decimal]) {
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return;
    };
    let shown = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    let Some(n) = last.index.filter(|&n| n > shown && n <= 600) else {
        return;
    };
    if terms.installments.is_some() {
        return;
    }
    let evidence = cx.evidence(first.start, last.end);
    terms.assumptions.push(format!(
        "a shortened schedule lists {shown} of its payments ({} to {}): its last row's number, {n}, is the count",
        first.date, last.date
    ));
    terms.installments = Some(Count {
        count: n,
        evidence: evidence.clone(),
    });
    if terms.payment.is_none()
        && let Some(amount) = level_payment(totals)
    {
        terms.payment = Some(Amount {
            amount,
            currency: number::find_money(&cx.doc.text)
                .first()
                .map_or("USD", |m| m.currency)
                .to_string(),
            evidence: cx.evidence(first.start, first.end),
            derived: false,
        });
    }
    // The rows before the gap keep the frequency.
    let before_gap: Vec<NaiveDate> = rows
        .iter()
        .take_while(|r| !r.after_gap)
        .map(|r| r.date)
        .collect();
    if terms.frequency.is_none()
        && let Some(f) = frequency_of_dates(&before_gap)
    {
        terms.frequency = Some(FrequencyTerm {
            frequency: f,
            evidence,
        });
    }
    first_and_last_dates(cx, terms, first, last);
}

/// The same without a dated list of payments ("Order amount $1,200.00 / Due today $0.00 /
/// 4 monthly payments of $312.60"): the currency is the document's first.
pub(super) fn financed_from_price_alone(cx: &mut Ctx, terms: &mut Terms) {
    let currency = number::find_money(&cx.doc.text)
        .first()
        .map_or("USD", |m| m.currency)
        .to_string();
    financed_from_price(cx, terms, &currency);
}

/// A sale on instalments that states its price and a payment made at signing, but no loan
/// amount: the credit is the price less that payment (the amount financed of Reg Z § 1026.18).
fn financed_from_price(cx: &mut Ctx, terms: &mut Terms, currency: &str) {
    if terms.principal.is_some() || terms.disbursed.is_some() {
        return;
    }
    let flat = cx.flat.clone();
    let figure_after = |at: usize| {
        number::find_money(cx.slice(at, at + 40))
            .into_iter()
            .next()
            .map(|m| (m.amount, at + m.end))
    };
    let Some((price, price_at, price_end)) = PRICE
        .find_iter(&flat)
        .find_map(|m| figure_after(m.end()).map(|(a, e)| (a, m.start(), e)))
    else {
        return;
    };
    // The figure paid at signing stands on the words' own line: after them ("Due today:
    // $60.00"), else before them ("Payment 1 of 4: $120.00 paid today").
    let text = cx.doc.text.as_str();
    let on_line = |m: regex::Match| {
        let line_start = text.get(..m.start())?.rfind('\n').map_or(0, |i| i + 1);
        let line_end = text
            .get(m.end()..)?
            .find('\n')
            .map_or(text.len(), |i| m.end() + i);
        let after = number::find_money(text.get(m.end()..line_end.min(m.end() + 40))?)
            .into_iter()
            .next()
            .map(|x| (x.amount, m.start(), m.end() + x.end));
        after.or_else(|| {
            number::find_money(text.get(line_start..m.start())?)
                .into_iter()
                .last()
                .map(|x| (x.amount, line_start + x.start, m.end()))
        })
    };
    let Some((down, down_at, down_end)) = AT_SIGNING.find_iter(&flat).find_map(on_line) else {
        return;
    };
    // Nothing paid at signing ("Due today $0.00"): the whole price is financed.
    if down >= price || down < Decimal::ZERO {
        return;
    }
    let amount = price - down;
    terms.assumptions.push(format!(
        "amount of credit {amount} derived: the price {price} less {down} paid at signing"
    ));
    let (s, e) = (price_at.min(down_at), price_end.max(down_end));
    terms.principal = Some(Amount {
        amount,
        currency: currency.to_string(),
        evidence: cx.evidence(s, e),
        derived: true,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weekly_list_after_a_deposit_is_the_schedule() {
        let text = "Purchase price: $400.00\nDeposit paid at signing: $100.00\nThen:\n  Instalment 1 - $75.00 due 3 March 2025\n  Instalment 2 - $75.00 due 10 March 2025\n  Instalment 3 - $75.00 due 17 March 2025\n  Instalment 4 - $75.00 due 24 March 2025\nThank you.\n";
        let (rows, _) = first_run(text, true).expect("a run");
        assert_eq!(rows.len(), 4);
        let dates: Vec<NaiveDate> = rows.iter().map(|r| r.date).collect();
        assert_eq!(frequency_of_dates(&dates), Some(Frequency::Weekly));
        assert!(rows.iter().all(|r| r.figures.len() == 1));
    }

    #[test]
    fn a_row_with_other_words_or_a_period_is_no_payment() {
        assert!(row("Late fee: $7.00 after 05/01/2025", 0, false).is_none());
        assert!(row("35   $161.31   Monthly beginning 08/01/2025", 0, false).is_none());
        assert!(row("Period 01/01/2025 to 02/01/2025 $50.00", 0, false).is_none());
        assert!(row("Today 01/01/2025 $50.00", 0, false).is_none());
        let r = row("#4  2026-02-15  $1,210.50", 0, false).expect("a row");
        assert_eq!(
            r.figures.iter().map(|f| f.0).collect::<Vec<_>>(),
            [Decimal::new(121050, 2)]
        );
    }

    #[test]
    fn an_amortisation_table_names_its_columns() {
        use Column::{Balance, Interest, Principal, Total};
        assert_eq!(
            columns("Pmt #  Due Date   Amount Due   Principal   Interest   Remaining Balance"),
            [Total, Principal, Interest, Balance]
        );
        assert_eq!(
            columns("#\tDate\tInterest\tPrincipal"),
            [Interest, Principal]
        );
        let r = row(
            "3   01/05/2026   $61.00   $55.00   $6.00   $940.00",
            0,
            false,
        )
        .expect("a row");
        let cols = columns("No.  Date  Payment  Principal  Interest  Balance");
        assert_eq!(row_total(&r, &cols), Some(Decimal::new(6100, 2)));
        let cols = columns("No.  Date  Principal  Interest  Balance  Memo");
        assert_eq!(row_total(&r, &cols), Some(Decimal::new(11600, 2)));
        // A line of prose above the rows names no column: the last figure is the payment.
        let cols = columns("The balance is paid as follows:");
        assert_eq!(row_total(&r, &cols), Some(Decimal::new(94000, 2)));
        let dates = [
            NaiveDate::from_ymd_opt(2025, 1, 31),
            NaiveDate::from_ymd_opt(2025, 4, 30),
        ];
        let dates: Vec<NaiveDate> = dates.into_iter().flatten().collect();
        assert_eq!(frequency_of_dates(&dates), None);
    }
}
