//! Dates that belong to another contract: an extension (展期) or supplement (补充协议) recites
//! the original deal (`鉴于乙方于2026年4月2日与甲方签订的《借款合同》…`, `原合同签订日期：…`).
//! Such a date is this document's contract date only when the document writes no signing
//! date of its own: a notice about a loan is dated by that loan, an extension by its own
//! signing.

use std::sync::LazyLock;

use regex::Regex;

use super::{CLOCK, CONTRACT_DATE_WORD, DATE, SIGNED_AFTER, date_pattern_unnamed};
use crate::pattern;

/// After a date: the signing of a contract named next, `与甲方签订的《借款合同》`,
/// `双方签署编号为JK-01的借款合同`, not `双方签订的本协议`.
static SIGNED_ANOTHER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"^\s*(?:[^,。;]{0,30}?)(?:签订|签署|订立)(?:了)?(?:[^,。;]{0,24}?的)?\s*(?:《|原|编号|主合同|(?:个人)?(?:借款|贷款|信贷)(?:合同|协议))",
    )
    .expect("static regex")
});

/// Before a signing label: the original or main contract's (`原合同签订日期`, `原借款合同签署日`).
static ORIGINAL_BEFORE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:原|主)(?:借款|贷款)?(?:合同|协议)\s*(?:的)?\s*$").expect("static regex")
});

/// A signing label written with a date right after it, as this document's own dateline
/// (`签订日期：2026年10月2日`), and not the original contract's.
static OWN_SIGNING_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?P<label>{})\s*[:：]?\s*(?:{})",
        CONTRACT_DATE_WORD.as_str(),
        date_pattern_unnamed()
    ))
    .expect("static regex")
});

/// Whether the date at `pos` in `sentence` belongs to another contract: a sentence that
/// recites one (a date, then the signing of a contract named next) dates nothing of this
/// document; nor does a date under the original contract's signing label (`label_end`, the end
/// of the signing label nearest before the date, when `which` is the signing slot 1).
pub(super) fn recites_another_contract(
    sentence: &str,
    pos: usize,
    label_end: Option<usize>,
    which: u8,
) -> bool {
    let before = sentence.get(..pos).unwrap_or("");
    let labelled_original = which == 1
        && label_end
            .and_then(|end| before.get(..end))
            .and_then(|up_to| CONTRACT_DATE_WORD.find_iter(up_to).last())
            .and_then(|label| before.get(..label.start()))
            .is_some_and(|head| ORIGINAL_BEFORE_LABEL.is_match(head));
    labelled_original
        || DATE.find_iter(sentence).any(|m| {
            sentence
                .get(m.end()..)
                .is_some_and(|after| SIGNED_ANOTHER_AFTER.is_match(after))
        })
}

/// Whether the whole document writes a signing date of its own: a label right before a date
/// (not the original contract's), or a date signed after it (`本协议于2026年10月2日签订`).
pub(super) fn has_own_signing_date(text: &str) -> bool {
    let labelled = OWN_SIGNING_LABEL.captures_iter(text).any(|c| {
        c.name("label")
            .and_then(|l| text.get(..l.start()))
            .is_some_and(|head| !ORIGINAL_BEFORE_LABEL.is_match(head))
    });
    labelled
        || DATE.find_iter(text).any(|m| {
            let after = text.get(m.end()..).unwrap_or("");
            let after = CLOCK.find(after).map_or(after, |c| &after[c.end()..]);
            SIGNED_AFTER.is_match(after) && !SIGNED_ANOTHER_AFTER.is_match(after)
        })
}
