//! Numeric dates written day or month first with hyphens or dots (`01-09-2026`, `15.10.2026`),
//! as a Chinese translation of a foreign contract keeps them. A date is read only when its
//! order is settled: by itself (a first number above 12 is a day, a second above 12 is one),
//! by the document's other such dates, or by the country or currency it names (印度尼西亚,
//! 印尼盾, 英镑: day first; 美国, 美元: month first). Otherwise it is not read, and the
//! assumptions say why.

use std::cell::Cell;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::pattern;

thread_local! {
    /// The order of the document being read: `Some(true)` day first, `Some(false)` month first.
    static ORDER: Cell<Option<bool>> = const { Cell::new(None) };
}

/// A numeric date with the year last, separated by hyphens or dots.
static YEAR_LAST: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?-u:\b)([0-9]{1,2})\s*[-.]\s*([0-9]{1,2})\s*[-.]\s*((?:19|20)[0-9]{2})(?-u:\b)",
    )
    .expect("static regex")
});
/// Countries and currencies whose dates are written day first.
static DAY_FIRST_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"印度尼西亚|印尼|马来西亚|新加坡|英国|澳大利亚|澳洲|新西兰|印度共和国|印度卢比|越南|泰国|柬埔寨|缅甸|老挝|香港|澳门|德国|法国|意大利|西班牙|荷兰|俄罗斯|巴西|南非|阿联酋|巴基斯坦|孟加拉|林吉特|英镑|澳元|港币|港元|欧元|泰铢|(?-u:\b)(?:IDR|Rp|MYR|SGD|GBP|AUD|NZD|HKD|INR|VND|THB|EUR)(?-u:\b)")
        .expect("static regex")
});
/// Countries and currencies whose dates are written month first.
static MONTH_FIRST_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"美国|美利坚|美元|(?-u:\b)USD(?-u:\b)").expect("static regex")
});

/// The order `text`'s dates are written in, when something settles it.
pub(in crate::extract::zh) fn document_order(text: &str) -> Option<bool> {
    let (mut day, mut month) = (false, false);
    for c in YEAR_LAST.captures_iter(text) {
        let a: u32 = c[1].parse().unwrap_or(0);
        let b: u32 = c[2].parse().unwrap_or(0);
        day |= a > 12 && b <= 12;
        month |= b > 12 && a <= 12;
    }
    match (day, month) {
        (true, false) => return Some(true),
        (false, true) => return Some(false),
        (true, true) => return None,
        (false, false) => {}
    }
    match (
        DAY_FIRST_PLACE.is_match(text),
        MONTH_FIRST_PLACE.is_match(text),
    ) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// While alive, dates are read in `order` on this thread.
pub(in crate::extract::zh) struct Scope;

impl Scope {
    pub(in crate::extract::zh) fn enter(order: Option<bool>) -> Self {
        ORDER.with(|o| o.set(order));
        Scope
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        ORDER.with(|o| o.set(None));
    }
}

/// The date of `a`-`b`-`year`: settled by the numbers themselves, else by the document's order.
pub(super) fn resolve(a: u32, b: u32, year: i32) -> Option<NaiveDate> {
    let day_first = if a > 12 || a == b {
        true
    } else if b > 12 {
        false
    } else {
        ORDER.with(Cell::get)?
    };
    let (d, m) = if day_first { (a, b) } else { (b, a) };
    NaiveDate::from_ymd_opt(year, m, d)
}

/// The dates of `text` left unread because their order is open, in words for the assumptions.
pub(in crate::extract::zh) fn ambiguous_note(text: &str) -> Option<String> {
    if document_order(text).is_some() {
        return None;
    }
    let open: Vec<String> = YEAR_LAST
        .captures_iter(text)
        .filter(|c| {
            let a: u32 = c[1].parse().unwrap_or(0);
            let b: u32 = c[2].parse().unwrap_or(0);
            a != b && (1..=12).contains(&a) && (1..=12).contains(&b)
        })
        .map(|c| c[0].to_string())
        .collect();
    (!open.is_empty()).then(|| {
        format!(
            "the date(s) {} may be written day first or month first, and nothing in the document says which: not read",
            open.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn the_order_comes_from_the_numbers_the_other_dates_or_the_country() {
        let _none = Scope::enter(None);
        assert_eq!(resolve(25, 3, 2026), d(2026, 3, 25));
        assert_eq!(resolve(3, 25, 2026), d(2026, 3, 25));
        assert_eq!(resolve(3, 4, 2026), None);
        assert_eq!(resolve(7, 7, 2026), d(2026, 7, 7));
        assert_eq!(
            document_order("签约日 20-05-2026，首期 04-06-2026"),
            Some(true)
        );
        assert_eq!(document_order("英国伦敦，金额：英镑3,000"), Some(true));
        assert_eq!(document_order("Loan in USD, 美国加州法律"), Some(false));
        assert_eq!(document_order("签约日 04-06-2026"), None);
        assert!(ambiguous_note("签约日 04-06-2026").is_some_and(|n| n.contains("04-06-2026")));
        assert!(ambiguous_note("签约日 24-06-2026").is_none());
        drop(_none);
        let _day = Scope::enter(Some(true));
        assert_eq!(resolve(4, 6, 2026), d(2026, 6, 4));
    }
}
