//! A loan's length said with 半 (half): `借3.5万元,半年还`, `借期半年`, `一年半后还清`,
//! `借两年半`. The figures' patterns read `6个月` or `1年`; this reads the half.

use crate::pattern;
use regex::Regex;
use std::sync::LazyLock;

/// `[N年]半[年]` about borrowing or repaying: after 借/借款/借用/借期/期限/用, or before
/// 后/内 and a word of repaying.
static HALF_TERM: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:(?:借(?:款|用|期)?|期限|用)\s*(?:为|是|:)?\s*(?P<a>(?P<ya>[一两二三1-3])\s*年半|半年)(?:[^0-9利息]|$)|(?P<b>(?P<yb>[一两二三1-3])\s*年半|半年)\s*(?:后|以后|之后|内|到期)?\s*(?:还|归还|偿还|还清|还本|到期|连本带))")
        .expect("static regex")
});

/// The months of a term said with a half, with the byte span of the words.
pub(super) fn half_year_months(text: &str) -> Option<(u32, usize, usize)> {
    let c = HALF_TERM.captures(text)?;
    let words = c.name("a").or(c.name("b"))?;
    let years = match c.name("ya").or(c.name("yb")).map(|y| y.as_str()) {
        None => 0,
        Some("一" | "1") => 1,
        Some("两" | "二" | "2") => 2,
        Some("三" | "3") => 3,
        Some(_) => return None,
    };
    Some((years * 12 + 6, words.start(), words.end()))
}

#[cfg(test)]
mod tests {
    use super::half_year_months;

    fn months(text: &str) -> Option<u32> {
        half_year_months(text).map(|m| m.0)
    }

    #[test]
    fn a_half_year_term_in_words() {
        assert_eq!(months("想跟你借3.5万元,半年还"), Some(6));
        assert_eq!(months("借期半年,月息1分"), Some(6));
        assert_eq!(months("借你五万,一年半后连本带利还"), Some(18));
        assert_eq!(months("借两年半,每月付息"), Some(30));
        assert_eq!(months("半年内还清"), Some(6));
    }

    #[test]
    fn a_half_year_of_something_else() {
        assert_eq!(months("每半年付息一次"), None);
        assert_eq!(months("上半年利润下降"), None);
        assert_eq!(months("借款半年利息600元"), None);
    }
}
