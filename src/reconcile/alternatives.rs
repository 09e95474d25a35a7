//! Readings of terms the contract leaves open, beside the extractors' reading of them:
//! - a rate written without its period (`借款利率为本金的50%`, `interest of 10%`) is read as
//!   yearly, but may be the rate for the whole term;
//! - a daily rate with no day basis is annualised over 365 days, but courts also use 360
//!   (legal.md §1.1).
//!
//! Both readings are priced and the stated figures choose between them; when they cannot, the
//! verdicts that differ become warnings (analysis.rs), so the default never drives one.

use rust_decimal::Decimal;

use super::{Reading, figures};
use crate::compute::apr::Method;
use crate::compute::cost;
use crate::model::{Frequency, FrequencyTerm, Per, RateKind, RepaymentMethod, Terms};

/// Words that give a rate its period, in either language. A rate quoted in a sentence with
/// none of them had its period assumed.
const PERIOD_WORDS: &[&str] = &[
    "年",
    "月",
    "日",
    "天",
    "周",
    "週",
    "季",
    "每期",
    "期利率",
    "year",
    "annual",
    "annum",
    "p.a",
    "apr",
    "month",
    "week",
    "day",
    "daily",
    "quarter",
    "period",
];

/// Does `said` hold the period word `w`? An English word stands at a word's start and ends it
/// or takes a suffix ("years", "monthly", "periodic"): "April" is no "apr", "today" no "day".
fn names_period(said: &str, w: &str) -> bool {
    if !w.is_ascii() {
        return said.contains(w);
    }
    said.match_indices(w).any(|(at, _)| {
        let starts = !said[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let rest = &said[at + w.len()..];
        let tail: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        starts && ["", "s", "ly", "ic", "al"].contains(&tail.as_str())
    })
}

/// A reading of an open term in words, and how it changes the terms.
type Other = (String, Box<dyn Fn(&mut Terms)>);

/// The other readings of one open term.
struct Alternative {
    /// The extractors' (or the schedule's default) reading, in words.
    as_read: String,
    /// The other readings.
    others: Vec<Other>,
    /// What the answer then depends on.
    depends: String,
}

/// Price the other reading of every open term beside each reading; keep the readings that
/// reproduce the stated figures (all of them when none does).
pub(super) fn widen(
    terms: &Terms,
    mut readings: Vec<Reading>,
    method: Method,
    equal_parts: bool,
    depends_on: &mut Vec<String>,
    notes: &mut Vec<String>,
) -> Vec<Reading> {
    let charges = (!equal_parts).then(|| charges_on_top(terms)).flatten();
    let open = [
        frequency(terms),
        charges,
        rate_period(terms),
        day_basis(terms),
    ];
    for alt in open.into_iter().flatten() {
        readings = widen_one(terms, readings, method, depends_on, notes, &alt);
    }
    readings
}

fn widen_one(
    terms: &Terms,
    readings: Vec<Reading>,
    method: Method,
    depends_on: &mut Vec<String>,
    notes: &mut Vec<String>,
    alt: &Alternative,
) -> Vec<Reading> {
    // Only readings that differ in this open term alone are told apart by a figure.
    let one_reading = readings.len() == 1;
    let mut out = Vec::with_capacity(readings.len() * (1 + alt.others.len()));
    for reading in readings {
        let others: Vec<Reading> = alt
            .others
            .iter()
            .map(|(words, apply)| {
                let mut t = reading.terms.clone();
                apply(&mut t);
                Reading {
                    label: join(&reading.label, words),
                    cost: cost::assess(&t, method),
                    terms: t,
                }
            })
            .collect();
        out.push(Reading {
            label: join(&reading.label, &alt.as_read),
            ..reading
        });
        out.extend(others);
    }
    let fits: Vec<bool> = out.iter().map(|r| fits(terms, r, method)).collect();
    if !figures::stated(terms).is_empty() && fits.iter().any(|f| *f) {
        let mut keep = fits.into_iter();
        out.retain(|_| keep.next().unwrap_or(false));
    } else if let Some((reproduces, note)) = one_reading
        .then(|| by_unlabelled_figure(terms, &out))
        .flatten()
    {
        let mut keep = reproduces.into_iter();
        out.retain(|_| keep.next().unwrap_or(false));
        notes.push(note);
    }
    if out.len() > 1 {
        depends_on.push(alt.depends.clone());
    }
    out
}

/// No labelled figure tells the readings apart, but the document states a figure no label
/// named (an instalment in a clause no reader took) that some readings reproduce to the cent
/// and the others do not: those readings stay, said with the figure and its sentence. (A
/// figure read as another term, the principal or a fee, is no such figure.)
fn by_unlabelled_figure(terms: &Terms, out: &[Reading]) -> Option<(Vec<bool>, String)> {
    let half_cent = Decimal::new(5, 3);
    // A figure read as a term (the principal, a fee) is that term, not an instalment.
    let read: Vec<Decimal> = [
        &terms.principal,
        &terms.disbursed,
        &terms.payment,
        &terms.interest_deducted,
    ]
    .into_iter()
    .flatten()
    .map(|a| a.amount)
    .chain(terms.fees.iter().filter_map(|f| f.amount))
    .collect();
    let candidates: Vec<&crate::model::Figure> = terms
        .candidates
        .iter()
        .filter(|f| !read.contains(&f.amount.amount))
        .collect();
    let reproduced = |r: &Reading| {
        let c = r.cost.as_ref().ok()?;
        let first = c.schedule.rows.first()?.total;
        let own = [first, c.total_repayable, c.total_interest];
        candidates.iter().copied().find(|f| {
            own.iter()
                .any(|v| *v > Decimal::ZERO && (f.amount.amount - *v).abs() < half_cent)
        })
    };
    let hits: Vec<Option<&crate::model::Figure>> = out.iter().map(reproduced).collect();
    let figure = hits.iter().find_map(|h| *h)?;
    if hits.iter().all(Option::is_some) {
        return None;
    }
    let mut kept = Vec::new();
    let mut dropped = Vec::new();
    for (r, h) in out.iter().zip(&hits) {
        if h.is_some() { &mut kept } else { &mut dropped }.push(r.label.as_str());
    }
    let note = format!(
        "the reading «{}» reproduces the document's figure {} («{}») to the cent, and «{}» does not: the first is taken",
        kept.join("», «"),
        figure.amount.amount,
        figure.amount.evidence.text,
        dropped.join("», «")
    );
    Some((hits.iter().map(Option::is_some).collect(), note))
}

/// The reading reproduces the stated figures, and its stated instalment follows from its rate:
/// a schedule that takes the stated instalment over the rate reproduces it whatever the
/// reading, so only the rate's own instalment tells the readings apart.
pub(super) fn fits(terms: &Terms, reading: &Reading, method: Method) -> bool {
    let Ok(c) = reading.cost.as_ref() else {
        return false;
    };
    if !figures::mismatches(terms, c).is_empty() {
        return false;
    }
    if cost::interest_rate(&reading.terms).is_none() || reading.terms.payment.is_none() {
        return true;
    }
    let mut by_rate = reading.terms.clone();
    by_rate.payment = None;
    cost::assess(&by_rate, method).is_ok_and(|c| figures::mismatches(terms, &c).is_empty())
}

/// The interest rate whose period is not written, when the term is not a year.
fn rate_period(terms: &Terms) -> Option<Alternative> {
    let k = terms
        .rates
        .iter()
        .position(|r| r.kind == RateKind::Interest && !r.comprehensive)?;
    let rate = &terms.rates[k];
    let said = rate.evidence.text.to_lowercase();
    if rate.per != Per::Year || PERIOD_WORDS.iter().any(|w| names_period(&said, w)) {
        return None;
    }
    let stated = rate.value;
    let mut others: Vec<Other> = Vec::new();
    let whole_term = terms
        .term
        .as_ref()
        .and_then(|term| match (term.months, term.days) {
            (Some(m), _) if m > 0 && m != 12 => {
                Some((Decimal::from(m) / Decimal::from(12), format!("{m} months")))
            }
            (None, Some(d)) if d > 0 && d != 365 => {
                Some((Decimal::from(d) / Decimal::from(365), format!("{d} days")))
            }
            _ => None,
        });
    let by_term = whole_term.is_some();
    if let Some((years, term_words)) = whole_term {
        let yearly = stated / years;
        others.push((
            format!(
                "{stated}% for the whole term of {term_words} (= {}% a year)",
                yearly.round_dp(4).normalize()
            ),
            Box::new(move |t: &mut Terms| {
                if let Some(r) = t.rates.get_mut(k) {
                    r.value = yearly;
                    r.annual_percent = Some(yearly);
                }
            }),
        ));
    }
    // 千分之八 / 8‰ with no period: private lending quotes 月息 in 厘 (‰ a month) far more
    // often than a yearly rate under 1%.
    if said.contains("千分之") || said.contains('‰') {
        let yearly = stated * Decimal::from(12);
        others.push((
            format!("{stated}% a month (= {}% a year)", yearly.normalize()),
            Box::new(move |t: &mut Terms| {
                if let Some(r) = t.rates.get_mut(k) {
                    r.value = stated;
                    r.per = Per::Month;
                    r.annual_percent = Some(yearly);
                }
            }),
        ));
    }
    if others.is_empty() {
        return None;
    }
    let which = if others.len() == 1 && !by_term {
        "a monthly rate"
    } else if others.len() == 1 {
        "the rate for the whole term"
    } else {
        "the rate for the whole term or a monthly rate"
    };
    Some(Alternative {
        as_read: format!("{stated}% a year"),
        others,
        depends: format!(
            "whether «{}» is a yearly rate or {which} (the contract does not say)",
            rate.evidence.text
        ),
    })
}

/// Daily rates annualised over an assumed 365 days: the 360-day reading.
fn day_basis(terms: &Terms) -> Option<Alternative> {
    let assumed: Vec<usize> = (0..terms.rates.len())
        .filter(|&k| {
            let r = &terms.rates[k];
            r.per == Per::Day && r.day_basis_assumed && r.day_basis.unwrap_or(365) == 365
        })
        .collect();
    let first = terms.rates.get(*assumed.first()?)?;
    Some(Alternative {
        as_read: "365 days a year".into(),
        others: vec![(
            "360 days a year".into(),
            Box::new(move |t: &mut Terms| {
                for &k in &assumed {
                    if let Some(r) = t.rates.get_mut(k) {
                        r.day_basis = Some(360);
                        r.annual_percent = Some(r.value * Decimal::from(360));
                    }
                }
            }),
        )],
        depends: format!(
            "the year length for the daily rate «{}» (365 or 360 days; the contract does not say)",
            first.evidence.text
        ),
    })
}

/// A stated instalment, per-period charges and no interest rate: the instalment is read as
/// including the charges (what is left repays principal and interest), but the charges may as
/// well come on top of it. Only the other stated figures (a total, the interest) can tell.
fn charges_on_top(terms: &Terms) -> Option<Alternative> {
    if cost::interest_rate(terms).is_some() {
        return None;
    }
    let payment = terms.payment.as_ref()?;
    let principal = terms.principal.as_ref()?.amount;
    let n = terms.installments.as_ref().filter(|c| c.count > 1)?.count;
    let charge = super::per_period_charge(terms).filter(|c| *c > Decimal::ZERO)?;
    // Read as inside only when what is left still repays the principal's share.
    let share = principal / Decimal::from(n);
    if payment.amount - charge < share - Decimal::new(1, 2) {
        return None;
    }
    if names_charge_inside(&payment.evidence.text, charge) {
        return None;
    }
    let amount = payment.amount;
    Some(Alternative {
        as_read: format!("the instalment {amount} includes the per-period charges of {charge}"),
        others: vec![(
            format!("the per-period charges of {charge} come on top of the instalment {amount}"),
            Box::new(move |t: &mut Terms| {
                if let Some(p) = t.payment.as_mut() {
                    p.amount = amount + charge;
                }
            }),
        )],
        depends: format!(
            "whether the stated instalment «{}» includes the per-period charges (the contract does not say)",
            payment.evidence.text
        ),
    })
}

/// Words that say what an instalment is made of (含本息945.11元及担保服务费238.00元, 其中服务费,
/// "including a $25.00 service fee").
static INSIDE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::pattern::regex(r"(?i)含|包括|其中|\bincluding\b|\bincludes\b|\bof which\b")
        .expect("static regex")
});

static FIGURE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::pattern::regex(r"[0-9][0-9,]*(?:\.[0-9]+)?").expect("static regex")
});

/// Does the instalment's own sentence say the per-period charges are inside it: an inclusion
/// word, then the charges' amount among the figures listed after it in its clause?
fn names_charge_inside(said: &str, charge: Decimal) -> bool {
    INSIDE.find_iter(said).any(|m| {
        // 不含 / 未含 / "not including" say the opposite.
        let before = said[..m.start()].trim_end().to_lowercase();
        if before.ends_with('不') || before.ends_with('未') || before.ends_with("not") {
            return false;
        }
        let rest = &said[m.end()..];
        let rest = rest.split(['。', '；', ';', '\n']).next().unwrap_or(rest);
        FIGURE
            .find_iter(rest)
            .filter_map(|f| crate::extract::numerals::parse_decimal(f.as_str()))
            .any(|v| v == charge)
    })
}

/// Several instalments with neither a frequency nor a term (nor dates that space them): the
/// schedule prices them monthly, but they may as well fall every two weeks or every week.
fn frequency(terms: &Terms) -> Option<Alternative> {
    let dated =
        !terms.due_dates.is_empty() || terms.stated_schedule.iter().any(|r| r.date.is_some());
    if terms.frequency.is_some() || terms.term.is_some() || dated || single_payment(terms) {
        return None;
    }
    let n = terms.installments.as_ref().filter(|c| c.count > 1)?;
    let evidence = n.evidence.clone();
    let every = |f: Frequency, words: &str| -> Other {
        let evidence = evidence.clone();
        (
            words.to_string(),
            Box::new(move |t: &mut Terms| {
                t.frequency = Some(FrequencyTerm {
                    frequency: f,
                    evidence: evidence.clone(),
                });
            }),
        )
    };
    Some(Alternative {
        as_read: format!("{} monthly payments (assumed)", n.count),
        others: vec![
            every(
                Frequency::Biweekly,
                &format!("{} payments every two weeks", n.count),
            ),
            every(Frequency::Weekly, &format!("{} weekly payments", n.count)),
        ],
        depends: format!(
            "how often the {} instalments fall due («{}»; the contract states neither the frequency nor the term)",
            n.count, n.evidence.text
        ),
    })
}

fn single_payment(terms: &Terms) -> bool {
    terms.repayment.as_ref().map(|r| r.method) == Some(RepaymentMethod::Bullet)
}

fn join(first: &str, second: &str) -> String {
    if first.is_empty() {
        second.to_string()
    } else {
        format!("{first}, {second}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::kinds::fixtures::{dec, ev, rate};
    use crate::model::{Amount, LoanTerm};

    fn ten_year_loan(rate_text: &str) -> Terms {
        Terms {
            principal: Some(Amount {
                amount: dec("200000"),
                currency: "CNY".into(),
                evidence: ev("借款人民币20万元"),
                derived: false,
            }),
            term: Some(LoanTerm {
                months: Some(120),
                days: None,
                evidence: ev("借款期限十年"),
            }),
            rates: vec![rate(RateKind::Interest, "50", Per::Year, rate_text)],
            ..Terms::default()
        }
    }

    fn one_reading(t: &Terms) -> Vec<Reading> {
        vec![Reading {
            label: String::new(),
            cost: cost::assess(t, Method::CnIrr),
            terms: t.clone(),
        }]
    }

    #[test]
    fn a_rate_without_its_period_is_read_both_ways() {
        let t = ten_year_loan("借款利率为本金的50%，按总本金计算利息。");
        let mut depends = Vec::new();
        let out = widen(
            &t,
            one_reading(&t),
            Method::CnIrr,
            false,
            &mut depends,
            &mut Vec::new(),
        );
        assert_eq!(out.len(), 2);
        // 50% over ten years is 5% a year.
        assert_eq!(out[1].terms.rates[0].value, dec("5"));
        assert_eq!(depends.len(), 1);
    }

    #[test]
    fn a_rate_with_its_period_is_left_alone() {
        let t = ten_year_loan("借款年利率为50%。");
        let mut depends = Vec::new();
        let out = widen(
            &t,
            one_reading(&t),
            Method::CnIrr,
            false,
            &mut depends,
            &mut Vec::new(),
        );
        assert_eq!(out.len(), 1);
        assert!(depends.is_empty());
    }

    #[test]
    fn period_words_are_whole_words_not_parts_of_others() {
        for said in [
            "interest of 10% from 1 april 2026",
            "10% interest, first payment on monday",
            "interest of 10%, payable from today",
        ] {
            assert!(
                !PERIOD_WORDS.iter().any(|w| names_period(said, w)),
                "{said}"
            );
        }
        for said in [
            "10% apr",
            "10% per annum",
            "a monthly rate of 2%",
            "10% a year",
            "12% p.a.",
            "the periodic rate is 1%",
            "借款年利率为10%",
        ] {
            assert!(PERIOD_WORDS.iter().any(|w| names_period(said, w)), "{said}");
        }
    }

    #[test]
    fn an_instalment_that_lists_its_charges_includes_them() {
        let charge = dec("238");
        for said in [
            "每期应还款总额为1,183.11元（含本息945.11元及担保服务费238.00元）。",
            "月供1183.11元，其中担保费238元、本息945.11元",
            "Monthly payment: $1,183.11 (including principal and interest of $945.11 and a $238.00 guarantee fee)",
        ] {
            assert!(names_charge_inside(said, charge), "{said}");
        }
        for said in [
            "每期应还款1,183.11元，另收担保服务费每期238元。",
            "每期应还款1,183.11元（含本息）。",
            "Monthly payment: $1,183.11, plus a $238.00 guarantee fee each month",
            "月供1183.11元，其中本息945.11元；担保费238元另付",
            "每期还款945.11元（不含担保服务费238元）",
            "Monthly payment $945.11, not including the $238.00 guarantee fee",
        ] {
            assert!(!names_charge_inside(said, charge), "{said}");
        }
    }
}
