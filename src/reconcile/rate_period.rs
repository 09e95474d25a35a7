//! A rate written without its period (`借款利率为本金的50%`, `interest of 10%`) is read as a yearly
//! rate by the extractors, but it may just as well be the rate for the whole term. When the term
//! is not a year, both readings are priced and the stated figures choose between them; when they
//! cannot, the verdicts that differ become warnings, so the default never drives one.

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

/// Index of the interest rate whose period is not written, and the term as a share of a year.
fn unstated_period(terms: &Terms) -> Option<(usize, Decimal, String)> {
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
    let (years, words) = match (term.months, term.days) {
        (Some(m), _) if m > 0 && m != 12 => {
            (Decimal::from(m) / Decimal::from(12), format!("{m} months"))
        }
        (None, Some(d)) if d > 0 && d != 365 => {
            (Decimal::from(d) / Decimal::from(365), format!("{d} days"))
        }
        _ => return None,
    };
    Some((k, years, words))
}

/// Add, beside each reading, the reading of the rate as the rate for the whole term; keep the
/// readings that reproduce the stated figures (all of them when none does).
pub(super) fn widen(
    terms: &Terms,
    readings: Vec<Reading>,
    method: Method,
    depends_on: &mut Vec<String>,
) -> Vec<Reading> {
    let Some((k, years, term_words)) = unstated_period(terms) else {
        return readings;
    };
    let stated = terms.rates[k].value;
    let yearly = stated / years;
    let mut out = Vec::with_capacity(readings.len() * 2);
    for reading in readings {
        let mut t = reading.terms.clone();
        t.rates[k].value = yearly;
        t.rates[k].annual_percent = Some(yearly);
        let whole_term = format!(
            "{stated}% for the whole term of {term_words} (= {}% a year)",
            yearly.round_dp(4).normalize()
        );
        let alt = Reading {
            label: join(&reading.label, &whole_term),
            cost: cost::assess(&t, method),
            terms: t,
        };
        let as_year = Reading {
            label: join(&reading.label, &format!("{stated}% a year")),
            ..reading
        };
        out.push(as_year);
        out.push(alt);
    }
    let fits: Vec<bool> = out
        .iter()
        .map(|r| {
            r.cost
                .as_ref()
                .is_ok_and(|c| figures::mismatches(terms, c).is_empty())
        })
        .collect();
    let checked = !figures::stated(terms).is_empty();
    if checked && fits.iter().any(|f| *f) {
        let mut keep = fits.into_iter();
        out.retain(|_| keep.next().unwrap_or(false));
    }
    if out.len() > 1 {
        depends_on.push(format!(
            "whether «{}» is a yearly rate or the rate for the whole term (the contract does not say)",
            terms.rates[k].evidence.text
        ));
    }
    out
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
