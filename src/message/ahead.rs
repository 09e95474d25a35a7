//! What a message asks for ahead of time, told against the contract's schedule:
//! - interest for periods not yet run (后面11个月的利息, 剩余各期利息, "the interest for the
//!   remaining months"), demanded now: no instalment of those periods has fallen due, and an
//!   acceleration clause that reaches the remaining principal and the interest already due
//!   (全部剩余本金及已到期利息) does not make it due either;
//! - a due date of the contract's schedule still ahead when the message arrived (sent 29 May,
//!   "6月1号" the last due date): a reminder, not a demand on a payment in default.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use rust_decimal::Decimal;

use super::ContractContext;
use super::amount::sums_in;
use crate::model::{Language, Terms};
use crate::pattern;

/// Where the sum of an item ends: the end of its sentence, or a word adding the next item
/// (`，加上这期的1,966.67元`, "plus this month's $916.80").
static ITEM_END: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)[。；;！!？?\n]|加上|另加|再加|外加|连同|以及|\bplus\b|\bas well as\b|\btogether with\b")
        .expect("static regex")
});

/// The sum the message names as interest for periods not yet run, with the words that name
/// it: the largest sum after the words, within their item (`后面11个月的利息每月300元，一共
/// 3,300元`: 3,300).
pub(super) fn future_interest(
    text: &str,
    language: Language,
    words: &Regex,
) -> Option<(Decimal, String)> {
    words.find_iter(text).find_map(|m| {
        let after = text.get(m.end()..)?;
        let end = ITEM_END.find(after).map_or(after.len(), |e| e.start());
        let sum = sums_in(after.get(..end)?, language).into_iter().max()?;
        Some((sum, m.as_str().to_string()))
    })
}

/// The acceleration clause names the interest of the whole term (全部本息, 全部利息, "all
/// interest for the full term"): interest for periods not yet run may then be claimed when the
/// loan is called in, and a court decides; a clause reaching only the remaining principal and
/// the interest already due (or no clause) does not.
pub fn acceleration_reaches_future_interest(terms: &Terms) -> bool {
    static WHOLE_TERM: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)全部(?:借款|贷款)?本息|全部(?:应付|应还)?利息|未到期(?:的)?利息|剩余(?:期限|各期|期数|期间)(?:的|内)?利息|\ball (?:of the )?(?:unpaid |remaining |future )?interest\b|\bunearned interest\b|\binterest (?:for|over|through) the (?:remaining|full|whole|entire) term\b")
            .expect("static regex")
    });
    terms
        .clauses
        .iter()
        .filter(|c| c.kind == crate::model::ClauseKind::Acceleration)
        .any(|c| WHOLE_TERM.is_match(&c.evidence.text))
}

/// A day the message names (`6月1号`, `6月1日`) that is a due date of the contract's schedule
/// on or after the day the message arrived: that instalment's contract total.
pub(super) fn due_date_ahead(
    text: &str,
    ctx: &ContractContext,
    received: Option<NaiveDate>,
) -> Option<Decimal> {
    static DAY: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*[日号號]").expect("static regex")
    });
    let received = received?;
    let rows = &ctx.lawful_claim.as_ref()?.rows;
    DAY.captures_iter(text).find_map(|c| {
        let month: u32 = c.get(1)?.as_str().parse().ok()?;
        let day: u32 = c.get(2)?.as_str().parse().ok()?;
        rows.iter()
            .filter_map(|r| r.due.map(|d| (d, r.contract_total)))
            .filter(|(d, _)| d.month() == month && d.day() == day && *d >= received)
            // The nearest such date, and not a year away: the message speaks of this one.
            .filter(|(d, _)| (*d - received).num_days() <= 62)
            .min_by_key(|(d, _)| *d)
            .map(|(_, total)| total)
    })
}
