//! The number of instalments written as a bare item in a run of loan terms, between commas,
//! slashes or enumeration marks: `借款金额 20,000.00元,12期,等额本息`, `5000元 / 6期 / 先息后本`,
//! `额度3万、24期、年利率7.2%`, `方案:3000元 12期 月供280元`. No label says it is the count;
//! the item stands alone, so it is read as one only when nothing before it makes it a count of
//! something else (逾期3期, 连续2期, 已还5期, 前3期).

use crate::pattern;
use regex::Regex;
use std::sync::LazyLock;

/// `N期` standing alone between separators (or a line's ends).
static BARE_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?:^|[,，、/|·;；]|[ \t\u{3000}])[ \t\u{3000}]*(?P<n>[0-9]{1,3})[ \t\u{3000}]*期[ \t\u{3000}]*(?:[,，、/|·;；]|[ \t\u{3000}]|$)",
    )
    .expect("static regex")
});

/// Words right before the item that make it a count of missed, paid or selected periods, not
/// the plan's length.
static OTHER_COUNT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:逾期|拖欠|违约|连续|累计|已还|已付|已经|剩余|还剩|尚余|超过|达到?|满|前|后|最后|最近|其中|第|共|分|每|免息|免)[ \t\u{3000}]*$")
        .expect("static regex")
});

/// Words in the clause that make it about late payment or an early-repayment threshold.
static OVERDUE_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"逾期|违约|拖欠|提前还款|提前结清").expect("static regex"));

/// The count of a bare `N期` item in `text` (one sentence), with its byte span, when exactly one
/// such count is written (two different counts in a row are options, not the plan).
pub(super) fn bare_count(text: &str) -> Option<(u32, usize, usize)> {
    if OVERDUE_CLAUSE.is_match(text) {
        return None;
    }
    let mut found: Option<(u32, usize, usize)> = None;
    for c in BARE_ITEM.captures_iter(text) {
        let n = c.name("n")?;
        let whole = c.get(0)?;
        let before = text.get(..whole.start()).unwrap_or("");
        if OTHER_COUNT_BEFORE.is_match(before) {
            continue;
        }
        let count: u32 = n.as_str().parse().ok()?;
        if count == 0 || count > 600 {
            continue;
        }
        match found {
            Some((k, ..)) if k != count => return None,
            Some(_) => {}
            None => found = Some((count, n.start(), whole.end())),
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::bare_count;

    fn count(text: &str) -> Option<u32> {
        bare_count(text).map(|c| c.0)
    }

    #[test]
    fn a_bare_item_in_a_run_of_terms_is_the_count() {
        assert_eq!(
            count("· 借款金额 20,000.00元,12期,等额本息,年利率 11.88%"),
            Some(12)
        );
        assert_eq!(count("借款5000元 / 6期 / 先息后本"), Some(6));
        assert_eq!(count("额度3万、24期、年利率7.2%"), Some(24));
        assert_eq!(count("方案:3000元 12期 月供280元"), Some(12));
        assert_eq!(count("36期"), Some(36));
    }

    #[test]
    fn other_counts_are_not_the_plan() {
        assert_eq!(count("如连续逾期 3期,平台有权提前收回"), None);
        assert_eq!(count("已还 5期,剩余 7期"), None);
        assert_eq!(count("第12期,本金1000元"), None);
        assert_eq!(count("可选 6期、12期、24期"), None);
        assert_eq!(count("2025年12期刊"), None);
        assert_eq!(count("前 3期,每期手续费0.5%"), None);
    }
}
