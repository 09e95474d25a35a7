//! Dates as English documents write them: "March 3, 2025", "the 3rd day of March, 2025",
//! "3 March 2025", 03/04/2025 (month or day first, and which one is said).

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::inside_figure;
use crate::pattern;

/// A year of this century in words: "two thousand twenty-six", "two thousand and thirty",
/// "two thousand nine".
const YEAR_WORDS: &str = r"two[\s-]+thousand(?:[\s-]+and)?(?:[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)(?-u:\b))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)(?-u:\b))?";

/// A year as written: four figures or words ("two thousand twenty-six").
fn year_value(written: &str) -> Option<i32> {
    if written.bytes().all(|b| b.is_ascii_digit()) {
        return written.parse().ok();
    }
    let v = super::parse_number_words(written)?;
    i32::try_from(rust_decimal::prelude::ToPrimitive::to_i64(&v)?).ok()
}

static DATE_MDY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(r"(?i)(?-u:\b)(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}|{YEAR_WORDS})(?-u:\b)"))
        .expect("static regex")
});
/// A day of the month, or its ordinal in words with "day of" after it ("the fifteenth day of
/// March, 2027", a note's formal wording).
static DATE_DMY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(r"(?i)(?-u:\b)(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+)?(?:of\s+)?|((?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\s+(?:day\s+)?of\s+)(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?),?\s+(\d{{4}}|{YEAR_WORDS})(?-u:\b)"))
        .expect("static regex")
});
static DATE_NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?-u:\b)(\d{1,4})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{2,4})(?-u:\b)")
        .expect("static regex")
});

pub(super) fn month_number(name: &str) -> Option<u32> {
    let n = name.to_ascii_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months
        .iter()
        .position(|m| n.starts_with(m))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// The day an ordinal word names ("fifteenth" 15, "twenty-first" 21).
pub(super) fn ordinal_day(word: &str) -> Option<u32> {
    const UNITS: [&str; 9] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    const TEENS: [&str; 10] = [
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    let w = word.to_ascii_lowercase().replace([' ', '-'], "");
    let unit = |rest: &str| UNITS.iter().position(|u| *u == rest);
    let index = |i: usize| u32::try_from(i).ok();
    match w.as_str() {
        "twentieth" => Some(20),
        "thirtieth" => Some(30),
        _ => {
            if let Some(rest) = w.strip_prefix("twenty") {
                return Some(21 + index(unit(rest)?)?);
            }
            if let Some(rest) = w.strip_prefix("thirty") {
                return Some(31 + index(unit(rest)?)?);
            }
            unit(&w)
                .map(|i| 1 + i)
                .or_else(|| TEENS.iter().position(|t| *t == w).map(|i| 10 + i))
                .and_then(index)
        }
    }
}

/// A date found in text, with its byte span.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundDate {
    /// The date.
    pub date: NaiveDate,
    /// Byte span.
    pub start: usize,
    /// End of the span (exclusive).
    pub end: usize,
    /// A numeric date whose day and month could be either way round (`03/04/2025`): its
    /// reading rests on the assumed order.
    pub ambiguous: bool,
}

/// Every numeric day/month date in `text` ("27-11-2025", "3/4/25"), as its first and second
/// parts and the date as written; ISO dates (year first) are left out.
pub fn numeric_dates(text: &str) -> Vec<(u32, u32, String)> {
    DATE_NUMERIC
        .captures_iter(text)
        .filter_map(|c| {
            let w = c.get(0)?;
            let (a, b, y) = (c.get(1)?.as_str(), c.get(2)?.as_str(), c.get(3)?.as_str());
            let year_ok = y.len() == 2 || (y.len() == 4 && ("1900".."2100").contains(&y));
            if a.len() > 2 || !year_ok || inside_figure(text, w.start()) {
                return None;
            }
            Some((a.parse().ok()?, b.parse().ok()?, w.as_str().to_string()))
        })
        .collect()
}

/// The first date in `text`. Numeric dates are read month-first (US) unless `day_first`.
pub fn first_date(text: &str, day_first: bool) -> Option<FoundDate> {
    let mut best: Option<FoundDate> = None;
    let mut ambiguous_at: Option<usize> = None;
    let mut consider = |d: Option<NaiveDate>, s: usize, e: usize| {
        if let Some(date) = d
            && best.as_ref().is_none_or(|b| s < b.start)
        {
            best = Some(FoundDate {
                date,
                start: s,
                end: e,
                ambiguous: false,
            });
        }
    };
    if let Some(c) = DATE_MDY_WORDS.captures(text) {
        let d = (|| {
            let m = month_number(c.get(1)?.as_str())?;
            let day = c.get(2)?.as_str().parse().ok()?;
            let y = year_value(c.get(3)?.as_str())?;
            NaiveDate::from_ymd_opt(y, m, day)
        })();
        if let Some(w) = c.get(0) {
            consider(d, w.start(), w.end());
        }
    }
    if let Some(c) = DATE_DMY_WORDS.captures(text) {
        let d = (|| {
            let day = match (c.get(1), c.get(2)) {
                (Some(n), _) => n.as_str().parse().ok()?,
                (None, Some(w)) => ordinal_day(w.as_str())?,
                _ => return None,
            };
            let m = month_number(c.get(3)?.as_str())?;
            let y = year_value(c.get(4)?.as_str())?;
            NaiveDate::from_ymd_opt(y, m, day)
        })();
        if let Some(w) = c.get(0) {
            consider(d, w.start(), w.end());
        }
    }
    let mut from = 0usize;
    while let Some(c) = DATE_NUMERIC.captures_at(text, from) {
        let (Some(whole), Some(second)) = (c.get(0), c.get(2)) else {
            break;
        };
        from = whole.end();
        // "1. 08/21/2025", a numbered schedule row: a date keeps one separator, so the row's
        // number is not its day; the date may start at the second figure.
        if separators_differ(whole.as_str()) {
            from = second.start();
            continue;
        }
        // "1.5/12/2024": a date does not start inside another figure.
        if inside_figure(text, whole.start()) {
            continue;
        }
        // "30-07-26-402-011", a parcel or account number: more than three groups of figures,
        // or figures after a label of such a number, are no date.
        if more_groups(text, whole.start(), whole.end()) || number_label_before(text, whole.start())
        {
            continue;
        }
        let d = (|| {
            let a: u32 = c.get(1)?.as_str().parse().ok()?;
            let b: u32 = c.get(2)?.as_str().parse().ok()?;
            let y_raw = c.get(3)?.as_str();
            if c.get(1)?.as_str().len() == 4 {
                // ISO 2024-09-20.
                let day: u32 = y_raw.parse().ok()?;
                return NaiveDate::from_ymd_opt(i32::try_from(a).ok()?, b, day);
            }
            let mut y: i32 = y_raw.parse().ok()?;
            if y_raw.len() == 2 {
                y += 2000;
            } else if y_raw.len() != 4 {
                return None;
            }
            // "12.05.2025": dotted dates are European, day first, wherever the contract is.
            let dotted = c.get(0).is_some_and(|w| w.as_str().contains('.'));
            let (m, day) = if day_first || dotted { (b, a) } else { (a, b) };
            if a != b && a <= 12 && b <= 12 {
                ambiguous_at = c.get(0).map(|w| w.start());
            }
            // A month above 12 ("30/9/2025" in a US document) proves the other order.
            NaiveDate::from_ymd_opt(y, m, day).or_else(|| {
                (m > 12 && day <= 12)
                    .then(|| NaiveDate::from_ymd_opt(y, day, m))
                    .flatten()
            })
        })();
        if let Some(w) = c.get(0) {
            consider(d, w.start(), w.end());
            if d.is_some() {
                break;
            }
        }
    }
    best.map(|b| FoundDate {
        ambiguous: ambiguous_at == Some(b.start),
        ..b
    })
}

/// Whether the figures at `start..end` run on into a fourth group ("30-07-26-402", "1-2-3-4").
fn more_groups(text: &str, start: usize, end: usize) -> bool {
    let after = text.get(end..).unwrap_or("").as_bytes();
    let before = text.get(..start).unwrap_or("").as_bytes();
    // The date's own separator: a range "01/02/2025-03/04/2025" is two dates.
    let own = text
        .get(start..end)
        .unwrap_or("")
        .bytes()
        .find(|b| matches!(b, b'/' | b'.' | b'-'));
    let sep = |b: u8| Some(b) == own;
    (after.len() >= 2 && sep(after[0]) && after[1].is_ascii_digit())
        || (before.len() >= 2
            && sep(before[before.len() - 1])
            && before[before.len() - 2].is_ascii_digit())
}

/// Labels of a number that is no date: a parcel, PIN, APN, account, ID or reference number.
static NUMBER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:parcel|pin|apn|account|acct|a/c|id|identifier|reference|ref|serial|folio)(?: (?:no|number|nr|#|id|code))?\.?\s*[:#]?\s*$")
        .expect("static regex")
});

/// Whether a label of a parcel, account or ID number stands right before `start`.
fn number_label_before(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(30);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    NUMBER_LABEL.is_match(text.get(from..start).unwrap_or(""))
}

/// Whether a numeric date's two separators differ ("1. 08/21" is a number and a date's start).
pub(super) fn separators_differ(date: &str) -> bool {
    let mut seps = date.chars().filter(|c| matches!(c, '/' | '.' | '-'));
    seps.next() != seps.next()
}
