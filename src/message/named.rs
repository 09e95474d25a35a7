//! The instalment a collection message says is overdue: 第3期, 最后一期 / 第12期, 本期(3/12),
//! "instalment 4 of 12", "your final payment", or the due date it names (12月10日应还, matched to
//! the schedule). The lawful sum is then built on that instalment, not the first.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use crate::compute::schedule::{Row, RowTime};
use crate::pattern;

/// The instalment the message names, with the words that name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedInstalment {
    /// 1-based instalment number in the contract's schedule.
    pub number: u32,
    pub words: String,
}

fn re(p: &str) -> Regex {
    pattern::regex(p).expect("constant regex compiles")
}

struct Patterns {
    ordinal_zh: Regex,
    last: Regex,
    fraction: Regex,
    ordinal_en: Regex,
    due_date_zh: Regex,
}

static P: LazyLock<Patterns> = LazyLock::new(|| Patterns {
    ordinal_zh: re(r"第\s*([0-9０-９]{1,3}|[一二两三四五六七八九十百零〇]{1,4})\s*期"),
    last: re(
        r"(?i)最后一期|最后1期|最末一期|末期(?:还款|账单|月供|应还)|\b(?:final|last)\s+(?:monthly\s+)?(?:instal+ment|payment|repayment)\b",
    ),
    // 本期(3/12), 期数 3/12, 3/12期, "instalment 3/12"
    fraction: re(
        r"(?i)(?:期|期数|instal+ment|payment)\s*[(（:：]?\s*(\d{1,3})\s*/\s*(\d{1,3})|(\d{1,3})\s*/\s*(\d{1,3})\s*期",
    ),
    ordinal_en: re(
        r"(?i)\b(?:instal+ment|payment|repayment)\s+(?:no\.?\s*|number\s+|#\s*)?(\d{1,3})\b(?:\s+(?:of|/)\s+(\d{1,3}))?|\b(\d{1,3})(?:st|nd|rd|th)\s+(?:monthly\s+)?(?:instal+ment|payment|repayment)\b",
    ),
    // A date followed by what falls due on it: 12月10日应还款, 2026年3月15日的还款, 3月15号到期的月供.
    due_date_zh: re(
        r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?:的|那期|这期)?\s*(?:应还|应付|到期|还款|账单|月供|扣款|那期|这期|本期|期)",
    ),
});

fn number(s: &str) -> Option<u32> {
    let ascii: String = s
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            other => other,
        })
        .collect();
    ascii.parse().ok().or_else(|| {
        crate::extract::numerals::parse_cn_integer(s).and_then(|d| u32::try_from(d).ok())
    })
}

/// The instalment `text` names as overdue, in a schedule of `rows`; `received` (when the
/// message came) places a due date named without its year. `None` when the message names
/// none, or names one the schedule does not have.
pub fn named_instalment(
    text: &str,
    rows: &[Row],
    received: Option<NaiveDate>,
) -> Option<NamedInstalment> {
    let count = u32::try_from(rows.len()).ok().filter(|n| *n > 0)?;
    let found = |number: u32, words: &str| {
        (1..=count).contains(&number).then(|| NamedInstalment {
            number,
            words: words.trim().to_string(),
        })
    };
    let mut named: Vec<NamedInstalment> = Vec::new();
    for c in P.fraction.captures_iter(text) {
        let (n, of) = match (c.get(1), c.get(2)) {
            (Some(n), Some(of)) => (n, of),
            _ => match (c.get(3), c.get(4)) {
                (Some(n), Some(of)) => (n, of),
                _ => continue,
            },
        };
        // The denominator must be the schedule's count, else it is no instalment fraction.
        if number(of.as_str()) == Some(count) {
            named.extend(number(n.as_str()).and_then(|n| found(n, &c[0])));
        }
    }
    for c in P.ordinal_zh.captures_iter(text) {
        named.extend(number(&c[1]).and_then(|n| found(n, &c[0])));
    }
    for c in P.ordinal_en.captures_iter(text) {
        let of = c.get(2).and_then(|m| number(m.as_str()));
        if of.is_some_and(|of| of != count) {
            continue;
        }
        let n = c.get(1).or(c.get(3)).and_then(|m| number(m.as_str()));
        named.extend(n.and_then(|n| found(n, &c[0])));
    }
    if let Some(m) = P.last.find(text) {
        named.extend(found(count, m.as_str()));
    }
    if named.is_empty() {
        named.extend(by_due_date(text, rows, received));
    }
    // Several named (第3期、第4期): the earliest; the later ones follow from the days overdue.
    named.into_iter().min_by_key(|n| n.number)
}

/// The instalment whose due date the message names (12月10日应还款): the schedule's row on that
/// day; without a year, the latest such row due by the message's date (one row, else none).
fn by_due_date(text: &str, rows: &[Row], received: Option<NaiveDate>) -> Option<NamedInstalment> {
    let dated: Vec<(u32, NaiveDate)> = rows
        .iter()
        .filter_map(|r| match r.due {
            RowTime::Date(d) => Some((r.number, d)),
            RowTime::Periods(_) => None,
        })
        .collect();
    let mut out: Vec<NamedInstalment> = Vec::new();
    for c in P.due_date_zh.captures_iter(text) {
        let month: u32 = c[2].parse().ok()?;
        let day: u32 = c[3].parse().ok()?;
        let year: Option<i32> = c.get(1).and_then(|y| y.as_str().parse().ok());
        let matching: Vec<&(u32, NaiveDate)> = dated
            .iter()
            .filter(|(_, d)| d.month() == month && d.day() == day)
            .filter(|(_, d)| year.is_none_or(|y| d.year() == y))
            .collect();
        let pick = match received {
            Some(r) => matching
                .iter()
                .filter(|(_, d)| *d <= r)
                .max_by_key(|(_, d)| *d),
            None if matching.len() == 1 => matching.first(),
            None => None,
        };
        if let Some((n, _)) = pick {
            out.push(NamedInstalment {
                number: *n,
                words: c[0].to_string(),
            });
        }
    }
    out.into_iter().min_by_key(|n| n.number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn rows(n: u32, first: NaiveDate) -> Vec<Row> {
        (1..=n)
            .map(|i| Row {
                number: i,
                due: RowTime::Date(first + chrono::Months::new(i - 1)),
                principal: Decimal::ONE,
                interest: Decimal::ZERO,
                fees: Decimal::ZERO,
                total: Decimal::ONE,
                balance: Decimal::ZERO,
            })
            .collect()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn ordinals_fractions_and_the_last_instalment() {
        let r = rows(24, d(2025, 1, 5));
        let n = |t: &str| named_instalment(t, &r, None).map(|n| n.number);
        assert_eq!(n("您第十五期账单已逾期3天"), Some(15));
        assert_eq!(n("您的第７期月供未按时归还"), Some(7));
        assert_eq!(n("当前账单：期数 5/24，已逾期"), Some(5));
        assert_eq!(n("本期（9/24）应还1,050.00元"), Some(9));
        assert_eq!(n("您的末期还款已逾期"), Some(24));
        assert_eq!(n("Your final payment of $310.00 is past due"), Some(24));
        assert_eq!(n("Instalment 6 of 24 was not received"), Some(6));
        assert_eq!(n("your 3rd payment is 2 days late"), Some(3));
        // Not instalments: a fraction of another count, a number past the schedule, nothing.
        assert_eq!(n("还款日期 3/15，请尽快还款"), None);
        assert_eq!(n("本期(3/12)应还"), None);
        assert_eq!(n("您第30期账单"), None);
        assert_eq!(n("您的借款已逾期2天"), None);
    }

    #[test]
    fn a_named_due_date_is_placed_in_the_schedule() {
        let r = rows(24, d(2025, 1, 5));
        let on = |t: &str, got: Option<NaiveDate>| named_instalment(t, &r, got).map(|n| n.number);
        // Without a year, the latest such due date by the message's date.
        assert_eq!(on("您3月5日应还的款项未还", Some(d(2026, 3, 8))), Some(15));
        assert_eq!(on("您3月5日应还的款项未还", Some(d(2025, 3, 9))), Some(3));
        assert_eq!(on("2026年3月5日的还款已逾期", None), Some(15));
        // Two rows on that day and no date to choose by; a deadline is not a due date.
        assert_eq!(on("您3月5日应还的款项未还", None), None);
        assert_eq!(on("请于3月5日前还清", Some(d(2026, 3, 1))), None);
    }
}
