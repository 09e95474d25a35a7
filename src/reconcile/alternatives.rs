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
use crate::model::{Per, RateKind, Terms};

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

/// Another reading of one open term.
struct Alternative {
    /// The extractors' reading, in words.
    as_read: String,
    /// The other reading, in words.
    other: String,
    /// What the answer then depends on.
    depends: String,
    apply: Box<dyn Fn(&mut Terms)>,
}

/// Price the other reading of every open term beside each reading; keep the readings that
/// reproduce the stated figures (all of them when none does).
pub(super) fn widen(
    terms: &Terms,
    mut readings: Vec<Reading>,
    method: Method,
    depends_on: &mut Vec<String>,
) -> Vec<Reading> {
    for alt in [rate_period(terms), day_basis(terms)].into_iter().flatten() {
        readings = widen_one(terms, readings, method, depends_on, &alt);
    }
    readings
}

fn widen_one(
    terms: &Terms,
    readings: Vec<Reading>,
    method: Method,
    depends_on: &mut Vec<String>,
    alt: &Alternative,
) -> Vec<Reading> {
    let mut out = Vec::with_capacity(readings.len() * 2);
    for reading in readings {
        let mut t = reading.terms.clone();
        (alt.apply)(&mut t);
        let other = Reading {
            label: join(&reading.label, &alt.other),
            cost: cost::assess(&t, method),
            terms: t,
        };
        out.push(Reading {
            label: join(&reading.label, &alt.as_read),
            ..reading
        });
        out.push(other);
    }
    let fits: Vec<bool> = out
        .iter()
        .map(|r| {
            r.cost
                .as_ref()
                .is_ok_and(|c| figures::mismatches(terms, c).is_empty())
        })
        .collect();
    if !figures::stated(terms).is_empty() && fits.iter().any(|f| *f) {
        let mut keep = fits.into_iter();
        out.retain(|_| keep.next().unwrap_or(false));
    }
    if out.len() > 1 {
        depends_on.push(alt.depends.clone());
    }
    out
}

/// The interest rate whose period is not written, when the term is not a year.
fn rate_period(terms: &Terms) -> Option<Alternative> {
    let k = terms
        .rates
        .iter()
        .position(|r| r.kind == RateKind::Interest && !r.comprehensive)?;
    let rate = &terms.rates[k];
    let said = rate.evidence.text.to_lowercase();
    if rate.per != Per::Year || PERIOD_WORDS.iter().any(|w| said.contains(w)) {
        return None;
    }
    let term = terms.term.as_ref()?;
    let (years, term_words) = match (term.months, term.days) {
        (Some(m), _) if m > 0 && m != 12 => {
            (Decimal::from(m) / Decimal::from(12), format!("{m} months"))
        }
        (None, Some(d)) if d > 0 && d != 365 => {
            (Decimal::from(d) / Decimal::from(365), format!("{d} days"))
        }
        _ => return None,
    };
    let stated = rate.value;
    let yearly = stated / years;
    Some(Alternative {
        as_read: format!("{stated}% a year"),
        other: format!(
            "{stated}% for the whole term of {term_words} (= {}% a year)",
            yearly.round_dp(4).normalize()
        ),
        depends: format!(
            "whether «{}» is a yearly rate or the rate for the whole term (the contract does not say)",
            rate.evidence.text
        ),
        apply: Box::new(move |t: &mut Terms| {
            if let Some(r) = t.rates.get_mut(k) {
                r.value = yearly;
                r.annual_percent = Some(yearly);
            }
        }),
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
        other: "360 days a year".into(),
        depends: format!(
            "the year length for the daily rate «{}» (365 or 360 days; the contract does not say)",
            first.evidence.text
        ),
        apply: Box::new(move |t: &mut Terms| {
            for &k in &assumed {
                if let Some(r) = t.rates.get_mut(k) {
                    r.day_basis = Some(360);
                    r.annual_percent = Some(r.value * Decimal::from(360));
                }
            }
        }),
    })
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
        let out = widen(&t, one_reading(&t), Method::CnIrr, &mut depends);
        assert_eq!(out.len(), 2);
        // 50% over ten years is 5% a year.
        assert_eq!(out[1].terms.rates[0].value, dec("5"));
        assert_eq!(depends.len(), 1);
    }

    #[test]
    fn a_rate_with_its_period_is_left_alone() {
        let t = ten_year_loan("借款年利率为50%。");
        let mut depends = Vec::new();
        let out = widen(&t, one_reading(&t), Method::CnIrr, &mut depends);
        assert_eq!(out.len(), 1);
        assert!(depends.is_empty());
    }
}
