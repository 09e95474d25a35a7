//! A schedule word negated right before it (`利息不按月支付`, `无需按月付息`, `并非按月还款`):
//! the contract says the loan is NOT paid that way, which is no statement that it is. A condition
//! (`如不按月还款`, `若借款人不按月付息的`) is no negation: it presumes the schedule it names.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern;

/// The words that negate what follows them, at the end of the text before a match.
static NEGATION: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:不|无需|无须|毋须|不必|不用|不需要?|并非|非|不是|并不|无)\s*$")
        .expect("static regex")
});
/// A condition opening the clause before the negation: `如…不`, `若…不`, `一旦…不`.
static CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:如|若|如果|倘若|假如|假若|一旦|凡)[^，,。;；:：\n]{0,12}$")
        .expect("static regex")
});

/// The last `max` bytes of `text[..end]`, cut on a character boundary.
fn tail(text: &str, end: usize, max: usize) -> &str {
    let mut start = end.saturating_sub(max);
    while start < end && !text.is_char_boundary(start) {
        start += 1;
    }
    text.get(start..end).unwrap_or("")
}

/// Whether the words right before `start` negate what begins there, outside a condition.
pub(crate) fn negated_at(text: &str, start: usize) -> bool {
    let before = tail(text, start, 24);
    let Some(neg) = NEGATION.find(before) else {
        return false;
    };
    !conditional_at(text, start - (before.len() - neg.start()))
}

/// Whether a condition (`如借款人`, `若`) opens the clause right before `start`.
pub(crate) fn conditional_at(text: &str, start: usize) -> bool {
    CONDITION.is_match(tail(text, start, 48))
}

/// Whether `re` matches `text` somewhere not negated right before.
pub(crate) fn matches_unnegated(re: &Regex, text: &str) -> bool {
    re.find_iter(text).any(|m| !negated_at(text, m.start()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn monthly() -> Regex {
        pattern::regex(r"按月(?:付息|支付|还款)").unwrap()
    }

    #[test]
    fn a_negated_schedule_is_not_stated() {
        let re = monthly();
        assert!(!matches_unnegated(
            &re,
            "本借款利息无需按月付息，到期一并结清"
        ));
        assert!(!matches_unnegated(&re, "利息并非按月支付"));
        assert!(matches_unnegated(&re, "利息按月支付，本金到期归还"));
        // A negated mention and a plain one: the plain one stands.
        assert!(matches_unnegated(&re, "首年不按月还款，次年起按月还款"));
    }

    #[test]
    fn a_condition_presumes_the_schedule() {
        let re = monthly();
        assert!(matches_unnegated(
            &re,
            "借款人如不按月还款，出借人有权提前收回"
        ));
        assert!(matches_unnegated(&re, "若乙方不按月付息的，按日加收罚息"));
    }
}
