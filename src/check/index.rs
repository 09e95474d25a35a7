//! Index tables: rates published over time that caps refer to (China's one-year LPR).
//!
//! A table is a TOML file under `rulesets/index/`:
//!
//! ```toml
//! id = "cn-lpr-1y"
//! name = "1-year LPR"
//! name_zh = "一年期LPR"
//! last_verified = "2026-08-20"
//! source = "..."
//! [[values]]
//! from = "2019-08-20"   # publication date: the value applies from this day on
//! percent = "4.25"
//! ```
//!
//! **Adding a month:** append a `[[values]]` entry with the publication date (`from`) and the
//! value (`percent`, as a quoted decimal), in date order, and move `last_verified` to that
//! date. Repeat a value when it did not change: the table then records that it was checked.
//! `cargo test --test suite rules_index::` checks the order and the dates. A contract dated on or after
//! the 20th of the month after `last_verified` (when a newer value may exist) still gets the
//! last value, with a visible note that it was assumed. A newer table can also be passed at run
//! time with `--ruleset path/to/cn-lpr-1y.toml`: it replaces the bundled one.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Deserialize;

use super::de::date;

/// One published value, in force from its publication date until the next one.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexValue {
    /// Publication date.
    #[serde(with = "date")]
    pub from: NaiveDate,
    /// The value, percent a year.
    pub percent: Decimal,
}

/// A table of index values by date.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexTable {
    /// Stable id that caps refer to (`index = "cn-lpr-1y"`).
    pub id: String,
    /// English name shown in findings.
    pub name: String,
    /// Chinese name shown in findings.
    pub name_zh: String,
    /// Where the values come from.
    pub source: String,
    /// The last date whose value was checked against a source.
    #[serde(with = "date")]
    pub last_verified: NaiveDate,
    /// Values in date order.
    pub values: Vec<IndexValue>,
}

impl IndexTable {
    /// Parse and check a table (values in strictly increasing date order, at least one).
    pub fn parse(text: &str) -> Result<IndexTable, (Option<std::ops::Range<usize>>, String)> {
        let t: IndexTable =
            toml::from_str(text).map_err(|e| (e.span(), super::de::toml_message(&e)))?;
        if t.values.is_empty() {
            return Err((None, "an index table needs at least one value".into()));
        }
        for pair in t.values.windows(2) {
            if let [a, b] = pair {
                if b.from <= a.from {
                    return Err((None, format!("values out of date order at {}", b.from)));
                }
            }
        }
        Ok(t)
    }

    /// True when a newer value than the table holds may have been published by `date`: on or
    /// after the 20th of the month after `last_verified` (publications fall on the 20th or the
    /// next working day).
    pub fn possibly_stale_on(&self, date: NaiveDate) -> bool {
        let next = self
            .last_verified
            .checked_add_months(chrono::Months::new(1))
            .and_then(|d| d.with_day(20));
        next.is_none_or(|n| date >= n)
    }

    /// The value in force on `date` (the last one published on or before it), or `None`
    /// before the first publication.
    pub fn value_on(&self, date: NaiveDate) -> Option<&IndexValue> {
        self.values.iter().rev().find(|v| v.from <= date)
    }
}
