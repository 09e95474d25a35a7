//! A fee stated by the week (每周服务费30元, 服务费按周收取, 每星期收取管理费) in a loan repaid
//! weekly: it is charged with each weekly instalment. With any other schedule the week is not
//! the period, and the fee's timing is left as read.

use super::fee_timing;
use super::*;
use crate::pattern;

/// Words that charge a fee by the week: 每周, 每一周, 按周, 每星期, 每个星期, 周付.
static PER_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"每\s*(?:一|个)?\s*(?:周|星期|礼拜)|按\s*(?:周|星期)|/\s*周|周\s*(?:付|缴|收取)",
    )
    .expect("static regex")
});

impl Extractor<'_> {
    /// Each fee with no timing whose own words charge it by the week, in a weekly plan, is
    /// paid each period.
    pub(in super::super) fn weekly_fee_each_period(&mut self) {
        let weekly = self
            .terms
            .frequency
            .as_ref()
            .is_some_and(|f| f.frequency == Frequency::Weekly);
        if !weekly {
            return;
        }
        for fee in self
            .terms
            .fees
            .iter_mut()
            .filter(|f| f.timing == FeeTiming::Other && f.percent.is_none())
        {
            let words = script::for_matching(&fee.evidence.text);
            // The fee's own clause: from the clause its name opens in (每周 may stand before
            // the name) up to the next other fee named.
            let at = words.find(fee.name.as_str()).unwrap_or(0);
            let start = words
                .get(..at)
                .and_then(|b| b.char_indices().rfind(|&(_, c)| CLAUSE_BREAK.contains(&c)))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let end = fee_timing::own_scope_after(&words, at, &fee.name)
                .map_or(words.len(), |s| at + s.len());
            let own = words.get(start..end).unwrap_or(&words);
            let per_week = PER_WEEK.is_match(&fee.name)
                || PER_WEEK
                    .find_iter(own)
                    .any(|m| !fee_name_denied(own.get(..m.start()).unwrap_or("")));
            if per_week {
                fee.timing = FeeTiming::PerPeriod;
            }
        }
    }
}

/// What ends a fee's clause.
const CLAUSE_BREAK: [char; 6] = [',', '，', ';', '；', '。', '\n'];

/// 不按周收取: the words before a per-week phrase deny it.
fn fee_name_denied(before: &str) -> bool {
    ["不", "非", "无需", "无须"]
        .iter()
        .any(|w| before.trim_end().ends_with(w))
}
