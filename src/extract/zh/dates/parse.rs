//! A date's captures as a calendar date (Chinese numerals, 民國 years, two-digit years), a
//! count in words or figures, and the months or days between two dates.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use super::{DATE, ROC_YEAR_OFFSET};
use crate::extract::numerals::{parse_cn_integer, parse_decimal};
use crate::pattern;

/// A start of a date under a term's label (`借款期间 2025年8月25日至…`): the 年 is a
/// calendar year, not a length.
pub(super) fn year_of_a_date(text: &str, c: &regex::Captures<'_>) -> bool {
    static MONTH_NEXT: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"^\s*[0-9〇○零一二三四五六七八九十]{1,2}\s*月").expect("static regex")
    });
    c.name("u").is_some_and(|u| u.as_str() == "年")
        && c.get(0)
            .and_then(|m| text.get(m.end()..))
            .is_some_and(|after| MONTH_NEXT.is_match(after))
}

pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    date_of(&DATE.captures(s)?)
}

/// The date a [`DATE`] match names, in figures or Chinese numerals.
pub(in crate::extract::zh) fn date_of(c: &regex::Captures<'_>) -> Option<NaiveDate> {
    let part = |names: [&str; 3]| -> Option<u32> {
        let [fig, fig2, cn] = names;
        if let Some(m) = c.name(fig).or(c.name(fig2)) {
            return m.as_str().parse().ok();
        }
        parse_count(&c.name(cn)?.as_str().replace('○', "〇"))
    };
    if let Some(roc) = c.name("y4") {
        let y = roc
            .as_str()
            .parse::<u32>()
            .ok()?
            .checked_add(ROC_YEAR_OFFSET)?;
        let m = c.name("m4")?.as_str().parse().ok()?;
        let d = c.name("d4")?.as_str().parse().ok()?;
        return NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d);
    }
    if let Some(y) = c.name("y5") {
        let d = c.name("d5")?.as_str().parse().ok()?;
        let m = c.name("m5")?.as_str().parse().ok()?;
        return NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m, d);
    }
    if let Some(y) = c.name("y9") {
        let a = c.name("a9")?.as_str().parse().ok()?;
        let b = c.name("b9")?.as_str().parse().ok()?;
        return super::day_first::resolve(a, b, y.as_str().parse().ok()?);
    }
    for (y, m, d) in [("y10", "n10", "d10"), ("y11", "n11", "d11")] {
        if let Some(y) = c.name(y) {
            let m = english_month(c.name(m)?.as_str())?;
            let d = c.name(d)?.as_str().parse().ok()?;
            return NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m, d);
        }
    }
    if let Some(short) = c.name("y6").or(c.name("y7")).or(c.name("y8")) {
        return short_year_date(c, short.as_str());
    }
    let y = part(["y", "y2", "y3"])?;
    let m = part(["m", "m2", "m3"])?;
    let d = part(["d", "d2", "d3"])?;
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// The month an English name or its abbreviation names (`Aug`, `August`, `Sept`).
fn english_month(name: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_ascii_lowercase();
    let k = MONTHS.iter().position(|m| lower.starts_with(m))?;
    u32::try_from(k + 1).ok()
}

/// The earliest two-digit year a bare dotted `yy.m.d` may name: below it, `12.3.1` is far
/// likelier a clause number than a date. A `年` or an apostrophe marks a year outright.
const BARE_DOTTED_YEAR_MIN: u32 = 15;
/// The latest: a bare `yy.m.d` beyond it is no plausible loan date either.
const BARE_DOTTED_YEAR_MAX: u32 = 39;

/// A date with a two-digit year, read as this century's (`25年4月16日` is 2025-04-16).
fn short_year_date(c: &regex::Captures<'_>, year: &str) -> Option<NaiveDate> {
    let yy: u32 = year.parse().ok()?;
    let bare = c.name("y8").is_some();
    if bare && !(BARE_DOTTED_YEAR_MIN..=BARE_DOTTED_YEAR_MAX).contains(&yy) {
        return None;
    }
    let field = |names: [&str; 3]| -> Option<u32> {
        names
            .iter()
            .find_map(|n| c.name(n))
            .and_then(|m| m.as_str().parse().ok())
    };
    let m = field(["m6", "m7", "m8"])?;
    let d = field(["d6", "d7", "d8"])?;
    NaiveDate::from_ymd_opt(2000 + i32::try_from(yy).ok()?, m, d)
}

pub(in crate::extract::zh) fn parse_count(s: &str) -> Option<u32> {
    let d = if s.starts_with(|c: char| c.is_ascii_digit()) {
        parse_decimal(s)?
    } else {
        parse_cn_integer(s)?
    };
    u32::try_from(d.trunc().mantissa())
        .ok()
        .filter(|_| d.scale() == 0 || d.fract().is_zero())
}

/// Whole months between two dates when the span is a month count (15 Jan -> 14 Jan next
/// year counts as 12 months, as contracts write it); otherwise days.
pub(in crate::extract::zh) fn months_between(
    a: NaiveDate,
    b: NaiveDate,
) -> (Option<u32>, Option<u32>) {
    let months = (b.year() - a.year()) * 12 + b.month() as i32 - a.month() as i32;
    if months > 0 {
        for m in [months, months + 1] {
            let Ok(m32) = u32::try_from(m) else { continue };
            if let Some(end) = a.checked_add_months(chrono::Months::new(m32)) {
                if end == b || end.pred_opt() == Some(b) {
                    return (Some(m32), None);
                }
            }
        }
    }
    let days = (b - a).num_days();
    (None, u32::try_from(days).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_between_contract_style() {
        let a = NaiveDate::from_ymd_opt(2025, 1, 15).unwrap();
        let b = NaiveDate::from_ymd_opt(2026, 1, 14).unwrap();
        assert_eq!(months_between(a, b), (Some(12), None));
        let c = NaiveDate::from_ymd_opt(2025, 1, 29).unwrap();
        assert_eq!(months_between(a, c), (None, Some(14)));
    }

    #[test]
    fn english_month_names_in_chinese_text() {
        let day = |s: &str| parse_date(s).map(|d| d.to_string());
        assert_eq!(day("签约日：March 3rd, 2027"), Some("2027-03-03".into()));
        assert_eq!(day("放款：2 Sept 2026 起"), Some("2026-09-02".into()));
        assert_eq!(day("于Dec. 31 2026前还清"), Some("2026-12-31".into()));
        assert_eq!(day("到期日 30 February 2026"), None);
        // A word that only begins like a month is no date.
        assert_eq!(day("Mayor 5, 2026"), None);
    }
}
