//! Rates: the contract interest rate (per year, month, week or day), the default rate, a
//! variable rate's index and margin, and the disclosed APR by its label (kept apart from the
//! contract rate; a boxed APR and the APR read as the interest rate are in `disclosed_apr`,
//! default interest "at the same rate" in `default_rate`).

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use super::default_rate::{after_default, on_default, penalty_rate, same_rate_on_default};
use super::disclosed_apr::{boxed_apr, credit_code_rate, disclosed_apr};
use super::number::{self, Percent};
use super::rate_unit;
use crate::extract::rate_range;
use crate::model::{Basis, Per, Rate, RateKind, Terms};
use crate::pattern;

static APR_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:annual percentage rate|(?-u:\b)apr(?-u:\b))[^%]*$")
        .expect("static regex")
});
static APR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*\)?\s*(?:apr|annual percentage rate)(?-u:\b)").expect("static regex")
});
static INTEREST_ONLY: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?i)(?-u:\b)interest(?-u:\b)").expect("static regex"));
static TIP: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?i)total interest percentage[^%]*$").expect("static regex"));
/// A cap, floor or limit on a rate ("can go as high as 12%"), not the rate itself.
static CAP: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:as high as|as low as|maximum|minimum|(?-u:\b)max(?-u:\b)|(?-u:\b)min(?-u:\b)|(?-u:\b)cap(?-u:\b)|ceiling|floor|limits? on|not (?:to )?exceed|up to|at most|no more than|changes?|/)\s*(?:interest rate\s*)?(?:of\s*)?$")
        .expect("static regex")
});
/// Fee context: the percentage belongs to a fee (read in `fees`).
static FEE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:fees?|charges?|points|penalty|premium|commission|attorneys?'?s?'? fees|costs?)(?-u:\b)[^%]{0,40}$")
        .expect("static regex")
});
static FEE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*(?:of (?:the )?(?:loan amount|unpaid|installment|instalment|payment|monthly|amount|principal|scheduled|overdue|past due|outstanding|balance|total)|points?(?-u:\b)|\(points\))")
        .expect("static regex")
});
pub(super) static INTEREST_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:interest|rate)(?-u:\b)").expect("static regex")
});
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(daily periodic rate|monthly periodic rate|periodic rate|default (?:interest )?rate|post-maturity rate|annual interest rate|initial interest rate|interest rate|rate of interest|simple interest|interest)")
        .expect("static regex")
});

static INCREASE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:increases? by|increased by|plus an additional|additional|plus|above the (?:contract|note|interest) rate|\+)\s*$")
        .expect("static regex")
});
static INDEX: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:prime rate|prime|index|libor|sofr|treasury|mta|cofi|base rate|bank rate)(?-u:\b)[^%]{0,30}?(?:plus|\+|above)\s*$")
        .expect("static regex")
});
/// An index named with its current value: "prime rate of", "SOFR (currently", "the Index is".
static INDEX_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:prime rate|prime|libor|sofr|treasury|base rate|bank rate|index)(?: rate)?(?: value)?\s*,?\s*(?:\(?\s*(?:currently|now|today)\)?\s*)?(?:of|is|at|=|:|currently|now)?\s*$")
        .expect("static regex")
});
/// A margin right after an index's value: " plus 1%", " + 2.5 percent".
static MARGIN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*,?\s*(?:plus|\+|above)\s*(?:a margin of\s*)?\d").expect("static regex")
});
static INDEX_NAME: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(prime rate|prime|libor|sofr|treasury|mta|cofi|base rate|bank rate|index)(?-u:\b)")
        .expect("static regex")
});
static PER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*(?:\([^)]{0,20}\)\s*)?\)?\s*(?:(?:fixed|variable|nominal|simple|compound(?:ed)?|contractual|borrowing|add-on|flat|interest|rate|of interest|p\.a\.),?\s+){0,3}?(?:of (?:the |your )?(?:amount of (?:the )?(?:credit|loan)|amount (?:borrowed|lent|advanced|financed)|(?:loan|credit) amount|principal(?: amount)?|credit|loan|(?:outstanding |unpaid )?balance)\s+)?(?:(per annum|per year|a year|annually|annual|p\.\s?a|yearly|each year|per month|a month|for (?:the|one|1|a|each|every)(?: (?:first|single|calendar|whole))? month|(?:per|a|each|every) calendar month|monthly|each month|per day|a day|daily|each day|per week|a week|weekly|(?:per|a|each|every) fortnight|fortnightly|bi-?weekly|every (?:two|2) weeks|/ ?(?:yr|year|annum|mo|mth|month|wk|week|day|fortnight))(?-u:\b)|per ([a-z]+(?: \(\d+\))?|\d+) (weeks?|months?|days?)(?: period)?)")
        .expect("static regex")
});
static PER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?-u:\b)(annual|yearly|monthly|daily|weekly|fortnightly|bi-?weekly)(?-u:\b)",
    )
    .expect("static regex")
});
static BASIS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(unpaid (?:principal )?balance|outstanding (?:principal )?balance|unpaid principal|declining balance)|(overdue amount|past due amount|amount (?:overdue|past due)|unpaid instal?lment)")
        .expect("static regex")
});
static DAY_BASIS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(360|365)[- ]day (?:year|basis)|(?-u:\b)year of (360|365) days|(?-u:\b)(360|365) days? (?:per|a|in a) year|actual/(360|365)")
        .expect("static regex")
});

/// Character window before a percentage that may hold its label.
const BEFORE: usize = 110;

/// Read rates.
pub(crate) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    let flat = cx.flat.clone();
    let day_basis = DAY_BASIS.captures(&flat).and_then(|c| {
        (1..=4)
            .find_map(|i| c.get(i))
            .and_then(|m| m.as_str().parse::<u32>().ok())
    });
    let mut increments: Vec<(Percent, usize)> = Vec::new();
    // The margin figure after an index's stated value ("prime rate of 7.50% plus 1%").
    let mut margin_at: Option<usize> = None;
    let boxed = boxed_apr(cx, terms);
    // A disclosure box read as lines: its APR figure stands away from its heading.
    let box_apr = super::amounts::disclosure_box(cx).and_then(|b| b.apr);
    if let Some((p, head)) = &box_apr
        && terms.disclosed_apr.is_none()
    {
        cx.cover(p.start);
        terms.disclosed_apr = Some(disclosed_apr(p.value, cx.evidence(*head, p.end)));
    }
    for p in rate_range::outside_ranges(&flat, number::find_percents(&flat), |p| (p.start, p.end)) {
        if box_apr.as_ref().is_some_and(|(b, _)| b.start == p.start) || boxed == Some(p.start) {
            continue;
        }
        let (sent_start, sent_end) = cx.sentence_of(p.start);
        let lo = super::floor(&flat, p.start.saturating_sub(BEFORE));
        let before = flat.get(lo..p.start).unwrap_or("");
        let after = cx.slice(p.end, p.end + 60).to_string();
        let after = after.as_str();
        // Disclosed APR: the label before (no other percentage between) or "APR" right after.
        // A label in an earlier sentence names this figure only when the figure's own
        // sentence is not about interest ("The APR excludes fees. Interest is 12% a year.").
        let apr_label = APR_LABEL.find(before).is_some_and(|m| {
            lo + m.start() >= sent_start
                || !INTEREST_ONLY.is_match(flat.get(sent_start..sent_end).unwrap_or(""))
        });
        // "Interest is charged ... at a fixed annual percentage rate of 8.99%": the sentence
        // names the figure as the interest rate too, so it is read as both.
        // ("Annual interest rate: 27.9% | Annual percentage rate: 31.20%" names two figures.)
        let interest_too = apr_label
            && APR_LABEL.find(before).is_some_and(|m| {
                let lead = flat.get(sent_start..lo + m.start()).unwrap_or("");
                lo + m.start() >= sent_start
                    && INTEREST_ONLY.is_match(lead)
                    && number::find_percents(lead).is_empty()
            });
        // "APR" after the figure names it only on the same line (the next line of a card,
        // "APR 20.2%", is another figure's label).
        let after_on_line = after.split('\n').next().unwrap_or("");
        let line_end = cx
            .doc
            .text
            .get(p.end..)
            .map_or(0, |t| t.find('\n').unwrap_or(t.len()));
        let after_on_line = after_on_line
            .get(..super::floor(after_on_line, line_end))
            .unwrap_or("");
        // "18% APR-simple interest": the simple annual interest rate, not a disclosed APR.
        let simple_apr = APR_AFTER.find(after_on_line).is_some_and(|m| {
            after_on_line
                .get(m.end()..)
                .unwrap_or("")
                .trim_start_matches([' ', '-', '–'])
                .to_ascii_lowercase()
                .starts_with("simple")
        });
        let apr_after = APR_AFTER.is_match(after_on_line) && !simple_apr;
        // "APR 19.99% (simple interest)": the APR says it is the simple interest rate.
        let apr_is_interest = apr_label && {
            let a = after_on_line
                .trim_start_matches([' ', '(', ',', '-', '–'])
                .to_ascii_lowercase();
            a.starts_with("simple interest") || a.starts_with("interest rate")
        };
        // "Interest rate 24% APR (variable)", "Interest: 18% APR": a line labelled as the
        // interest rate, its figure called an APR (a credit line's rate), is read as both.
        let labelled_interest_apr = apr_after && !apr_label && {
            let line_start = cx
                .doc
                .text
                .get(..p.start)
                .map_or(0, |t| t.rfind('\n').map_or(0, |i| i + 1));
            let lead = flat.get(line_start.max(lo)..p.start).unwrap_or("");
            INTEREST_ONLY.is_match(lead) && number::find_percents(lead).is_empty()
        };
        let interest_too = interest_too || apr_is_interest || labelled_interest_apr;
        if apr_label || apr_after {
            // A repeat of the APR already read ("The APR is 1732.1%") is read too.
            if terms
                .disclosed_apr
                .as_ref()
                .is_some_and(|r| r.value == p.value)
            {
                cx.cover(p.start);
            }
            // A credit line's "Interest rate 24% APR" is open-end credit's rate: the closed-end
            // APR (its tolerance, its fees) is not what it states.
            if labelled_interest_apr && super::open_end::draw_on_a_line(&flat) {
                terms.assumptions.push(format!(
                    "a draw on a line of credit (open-end credit): its \"{}% APR\" is the interest rate it is labelled as, not a closed-end APR that must include its fees; it is not checked against the computed cost",
                    p.value
                ));
            } else if terms.disclosed_apr.is_none() {
                let label_pos = APR_LABEL.find(before).map_or(p.start, |m| lo + m.start());
                cx.cover(p.start);
                terms.disclosed_apr = Some(disclosed_apr(p.value, cx.evidence(label_pos, p.end)));
            }
            if !interest_too {
                continue;
            }
        }
        if TIP.is_match(before) {
            cx.cover(p.start);
            terms.assumptions.push(format!(
                "Total Interest Percentage {}% disclosed (total interest as a share of the loan amount; not a rate)",
                p.value
            ));
            continue;
        }
        let near = flat.get(sent_start.max(lo)..p.start).unwrap_or("");
        // "a late fee of 5%" is a fee; "the interest charge using a daily periodic rate of
        // 0.0493%" and "Finance charges: interest of 30% per annum" are rates (a rate word, or
        // interest at or of, stands between the fee word and the figure).
        let fee_before = FEE_BEFORE.find(near).is_some_and(|m| {
            let gap = m.as_str().to_ascii_lowercase();
            // "Finance charge (add-on interest 14.5% per year ...)": the figure is labelled
            // as interest right before it.
            let labelled_interest = gap.trim_end().ends_with("interest");
            !gap.contains(" rate")
                && !gap.contains("interest at")
                && !gap.contains("interest of")
                && !labelled_interest
        });
        // "a 5% of the loan amount fee" is a fee; "Interest: 0.8% of the amount of credit per
        // day" is a rate on that amount.
        let rate_of_amount = INTEREST_WORD.is_match(near) && PER_AFTER.is_match(after);
        // A finance charge per period is the loan's rate (a pawn ticket's monthly charge), in
        // its label or in the heading of the figure's table column.
        let head = super::charge_rate::column_head(&cx.doc.text, p.start);
        let charge = super::charge_rate::charge_label(near)
            .or_else(|| head.and_then(super::charge_rate::charge_label));
        let thirty_days = super::charge_rate::thirty_day_period(after);
        // "Penalty: 40% per month": a default rate with its period, not a fee.
        let penalty = penalty_rate(near, after);
        let charge_period = charge.clone().flatten();
        let charge_rate = charge.is_some()
            && (charge_period.is_some() || PER_AFTER.is_match(after) || thirty_days);
        if !charge_rate
            && penalty.is_none()
            && (CAP.is_match(near) || fee_before || (FEE_AFTER.is_match(after) && !rate_of_amount))
        {
            continue;
        }
        if margin_at == Some(p.start) {
            continue;
        }
        // "(prime rate of 7.50% plus 1%)": the index's value and its margin explain the rate
        // stated beside them; neither is a rate of its own nor a default increase.
        if INDEX_VALUE.is_match(near)
            && let Some(m) = MARGIN_AFTER.find(after)
        {
            cx.cover(p.start);
            // The margin's figure starts at the digit the pattern ends on.
            margin_at = Some(p.end + m.end() - 1);
            terms.assumptions.push(format!(
                "index value {}% plus a margin stated («{}»): they explain the contract rate, they are not a rate of their own",
                p.value,
                cx.slice(
                    p.start,
                    p.end + number::find_percents(after).first().map_or(m.end(), |q| q.end)
                )
                .trim()
            ));
            continue;
        }
        if let Some(m) = INDEX.find(near) {
            cx.cover(p.start);
            // The named index, not the word "Index" of an "Index + Margin" heading.
            let index = INDEX_NAME
                .find_iter(near.get(m.start()..).unwrap_or(""))
                .map(|i| i.as_str())
                .filter(|i| !i.eq_ignore_ascii_case("index"))
                .last()
                .unwrap_or("index");
            terms.assumptions.push(format!(
                "variable rate: index \"{index}\" plus a margin of {}% (index value not stated; rate not computed)",
                p.value
            ));
            continue;
        }
        // "29.5% simple, monthly payments": the payments are monthly, not the rate.
        let per_after = PER_AFTER.captures(after).filter(|c| {
            let adjective = c.get(1).is_some_and(|w| {
                let w = w.as_str().to_ascii_lowercase();
                w.ends_with("ly") || w == "annual"
            });
            let of_payments = adjective
                && c.get(0).is_some_and(|m| {
                    super::rate_unit::names_payments(after.get(m.end()..).unwrap_or(""))
                });
            let of_next_row = c.get(1).is_some_and(|w| {
                super::rate_unit::labels_next_row(&cx.doc.text, p.end, p.end + w.start())
            });
            !of_payments && !of_next_row
        });
        let has_interest =
            INTEREST_WORD.is_match(near) || simple_apr || apr_is_interest || charge_rate;
        if !has_interest && per_after.is_none() && penalty.is_none() {
            continue;
        }
        if INCREASE.is_match(near) {
            increments.push((p, sent_end));
            continue;
        }
        let (row_start, row_end) = row_of(cx, p.start, sent_start, sent_end);
        let (row_start, row_end) =
            super::clause_span::clause_around(&flat, row_start, row_end, p.start);
        let sentence = flat.get(row_start..row_end).unwrap_or("");
        let kind =
            if penalty.is_some() || on_default(sentence) || after_default(cx, sent_start, sentence)
            {
                RateKind::Overdue
            } else {
                RateKind::Interest
            };
        let mut value = p.value;
        let mut per_assumed = false;
        let per = match &per_after {
            Some(c) => match (c.get(1), c.get(2), c.get(3)) {
                (Some(w), _, _) => {
                    rate_unit::per_of(w.as_str(), &mut value, &mut terms.assumptions)
                }
                // "10% per five (5) week period": spread over one unit.
                (None, Some(n), Some(u)) => {
                    let n = n.as_str();
                    let count = n
                        .find('(')
                        .and_then(|o| n.get(o + 1..n.find(')')?))
                        .and_then(|d| d.trim().parse::<u32>().ok())
                        .or_else(|| n.trim().parse().ok())
                        .or_else(|| {
                            number::parse_number_words(n)
                                .and_then(|d| u32::try_from(d.mantissa()).ok())
                        });
                    match count {
                        Some(k) if k > 0 => {
                            value = p.value / Decimal::from(k);
                            terms.assumptions.push(format!(
                                "rate of {}% per {k} {} read as {}% per {}",
                                p.value,
                                u.as_str(),
                                value.round_dp(6).normalize(),
                                u.as_str().trim_end_matches('s')
                            ));
                            rate_unit::per_from(u.as_str())
                        }
                        _ => None,
                    }
                }
                _ => None,
            },
            None => None,
        };
        // An annual percentage rate is a rate a year, whatever period words stand near it.
        let per = (apr_is_interest && per.is_none())
            .then_some(Per::Year)
            .or(per)
            .or(simple_apr.then_some(Per::Year))
            .or_else(|| {
                // "each 30 days": a pawn or title loan's month.
                thirty_days.then(|| {
                    terms.assumptions.push(format!(
                        "{}% for each 30 days read as {}% a month",
                        p.value, p.value
                    ));
                    Per::Month
                })
            })
            .or_else(|| charge_period.as_deref().and_then(rate_unit::per_from))
            .or_else(|| {
                penalty.as_ref().and_then(|(_, w)| {
                    rate_unit::per_of(w.as_str(), &mut value, &mut terms.assumptions)
                })
            })
            .or_else(|| {
                PER_BEFORE
                    .captures_iter(near)
                    .last()
                    .and_then(|c| c.get(1))
                    .and_then(|m| rate_unit::per_of(m.as_str(), &mut value, &mut terms.assumptions))
            });
        let per = match per {
            Some(p) => p,
            // "24% APR": an annual rate by its name.
            None if apr_after => Per::Year,
            None => {
                per_assumed = true;
                Per::Year
            }
        };
        let label = LABEL
            .captures_iter(near)
            .last()
            .and_then(|c| c.get(1))
            .map_or("rate".to_string(), |m| m.as_str().to_ascii_lowercase());
        let label = if charge_rate {
            super::charge_rate::LABEL.to_string()
        } else if let Some((words, _)) = &penalty {
            words.clone()
        } else {
            label
        };
        let basis = BASIS.captures(sentence).map(|c| {
            if c.get(1).is_some() {
                Basis::RemainingPrincipal
            } else {
                Basis::OverdueAmount
            }
        });
        cx.cover(p.start);
        let rate = make_rate(
            kind,
            value,
            per,
            day_basis,
            label,
            basis,
            cx.evidence(p.start, p.end),
        );
        let value = rate.value;
        if push_rate(terms, rate) && per_assumed {
            terms
                .assumptions
                .push(format!("{value}% with no period stated read as per year"));
        }
    }
    same_rate_on_default(cx, terms);
    credit_code_rate(cx, terms);
    // "The rate increases by 5% upon default": the contract rate plus so many points.
    for (p, _) in increments {
        let base = terms
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest && r.per == Per::Year)
            .map(|r| r.value);
        cx.cover(p.start);
        let ev = cx.evidence(p.start, p.end);
        match base {
            Some(b) => {
                terms.assumptions.push(format!(
                    "rate increase of {}% read as percentage points over the contract rate",
                    p.value
                ));
                let rate = make_rate(
                    RateKind::Overdue,
                    b + p.value,
                    Per::Year,
                    day_basis,
                    "default rate (contract rate plus increase)".to_string(),
                    None,
                    ev,
                );
                push_rate(terms, rate);
            }
            None => terms.assumptions.push(format!(
                "rate increase of {}% stated without a contract rate to add it to",
                p.value
            )),
        }
    }
}

/// The sentence of a rate that heads a form row ("Borrowing rate: 0.78% per day, fixed"):
/// the row, with any lower-case continuation lines, when the sentence runs on into later rows
/// (no full stop ends it), so "Missing payments: ..." two rows down does not make it a
/// default rate. Elsewhere the sentence itself.
fn row_of(cx: &Ctx, pos: usize, sent_start: usize, sent_end: usize) -> (usize, usize) {
    let text = cx.doc.text.as_str();
    let line_start = text
        .get(..pos)
        .map_or(0, |t| t.rfind('\n').map_or(0, |i| i + 1))
        .max(sent_start);
    let head = text.get(line_start..pos).unwrap_or("");
    if !(head.contains([':', '|', '\t']) || head.contains("  ")) {
        return (sent_start, sent_end);
    }
    let mut end = pos;
    while let Some(nl) = text.get(end..).and_then(|t| t.find('\n')).map(|i| end + i) {
        if nl >= sent_end {
            break;
        }
        let next = text
            .get(nl + 1..)
            .unwrap_or("")
            .trim_start_matches([' ', '\t']);
        if !next.starts_with(|c: char| c.is_lowercase()) {
            return (line_start, nl);
        }
        end = nl + 1;
    }
    (line_start, sent_end)
}

fn make_rate(
    kind: RateKind,
    value: Decimal,
    per: Per,
    day_basis: Option<u32>,
    label: String,
    basis: Option<Basis>,
    evidence: crate::model::Evidence,
) -> Rate {
    let (annual, basis_days, assumed) = match per {
        Per::Year => (Some(value), None, false),
        Per::Month => (Some(value * Decimal::from(12)), None, false),
        Per::Week => (Some(value * Decimal::from(52)), None, false),
        Per::Day => {
            let d = day_basis.unwrap_or(365);
            (Some(value * Decimal::from(d)), Some(d), day_basis.is_none())
        }
        Per::Once => (None, None, false),
    };
    Rate {
        kind,
        value,
        per,
        annual_percent: annual,
        day_basis: basis_days,
        day_basis_assumed: assumed,
        label,
        comprehensive: false,
        basis,
        markup_percent: None,
        evidence,
    }
}

/// Keep one rate per (kind, value, period): forms repeat the same figure. True when added.
pub(super) fn push_rate(terms: &mut Terms, rate: Rate) -> bool {
    // Compare values numerically: "4%" and "4.00%" are the same rate.
    if terms
        .rates
        .iter()
        .any(|r| r.kind == rate.kind && r.value == rate.value && r.per == rate.per)
    {
        return false;
    }
    if rate.day_basis_assumed {
        terms
            .assumptions
            .push("daily rate annualised over 365 days (day basis not stated)".to_string());
    }
    terms.rates.push(rate);
    true
}
