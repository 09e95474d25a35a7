//! A range of rates ("APR Range 5.99% – 35.99%", "APR from 9.95% to 35.99%", 年化利率7.2%-24%,
//! 年利率7.2%至24%): what a lender's products span, not the one rate of this loan. Neither end
//! is read as the contract rate or as a disclosed APR; the sentence stays unparsed.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern;

/// Two percentages joined as a range: a dash, a tilde, 至/到, "to", or "between … and".
/// The first figure may leave out its sign (7.2-24%).
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    const FIGURE: &str = r"\d{1,3}(?:\.\d{1,4})?";
    pattern::regex(&format!(
        r"(?i){FIGURE}\s*%?\s*(?:-|–|—|－|~|～|〜|至|到|(?-u:\b)to(?-u:\b))\s*{FIGURE}\s*%|(?-u:\b)between\s+{FIGURE}\s*%?\s*and\s+{FIGURE}\s*%"
    ))
    .expect("static regex")
});

/// Whether the percentage at `start..end` of `text` is one end of a range of rates.
pub(crate) fn is_range_end(text: &str, start: usize, end: usize) -> bool {
    // A range is short: look at the figure's own neighbourhood only.
    let lo = super::en::floor(text, start.saturating_sub(40));
    let hi = super::en::floor(text, end.saturating_add(40).min(text.len()));
    let Some(window) = text.get(lo..hi) else {
        return false;
    };
    RANGE
        .find_iter(window)
        .any(|m| lo + m.start() <= start && end <= lo + m.end())
}

/// The percentages of `found` that are not an end of a range in `text` (`span` gives each
/// one's place).
pub(crate) fn outside_ranges<T>(
    text: &str,
    found: Vec<T>,
    span: impl Fn(&T) -> (usize, usize),
) -> Vec<T> {
    found
        .into_iter()
        .filter(|p| {
            let (start, end) = span(p);
            !is_range_end(text, start, end)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ends(text: &str) -> Vec<bool> {
        let mut out = Vec::new();
        for (i, _) in text.match_indices('%') {
            // The figure before each sign.
            let start = text[..i]
                .char_indices()
                .rfind(|&(_, c)| !(c.is_ascii_digit() || c == '.'))
                .map_or(0, |(j, c)| j + c.len_utf8());
            out.push(is_range_end(text, start, i + 1));
        }
        out
    }

    #[test]
    fn both_ends_of_a_range_are_range_ends_and_a_lone_rate_is_not() {
        assert_eq!(ends("APR Range 5.99% – 35.99%, by credit"), [true, true]);
        assert_eq!(ends("an APR from 9.95% to 35.99%"), [true, true]);
        assert_eq!(ends("年化利率7.2%-24%"), [true, true]);
        assert_eq!(ends("年利率区间为7.2%至24%"), [true, true]);
        assert_eq!(ends("rates between 6% and 30%"), [true, true]);
        assert_eq!(ends("年利率12%,逾期罚息按日0.05%"), [false, false]);
        assert_eq!(ends("interest 10% and a fee of 5%"), [false, false]);
    }
}
