//! A whole contract written as one long sentence ("On March 9 ... X borrowed $6,000.00 ..., and
//! agreed to repay it with interest at 32.9% per year in 12 monthly installments ..., and agreed
//! that the lender would keep an origination fee ..., and that a payment more than ten days late
//! would carry a late charge ...") holds every term in one sentence: a word of one term (the
//! "late" of the late charge, the "monthly" of the instalments) must not colour another. In
//! such a sentence a figure is judged by its own clause, the words between the breaks
//! (", and ...", ";") around it.

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;

/// A sentence this long lists several terms; a shorter one is read whole.
const LONG_SENTENCE: usize = 300;

/// A break between the clauses of a long sentence.
static CLAUSE_BREAK: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?i),\s+(?:and|but)\s+|;\s+").expect("static regex"));

/// An absolute phrase opening after a comma ("…, no fee of any kind being charged …", "…, a
/// payment more than fifteen days late carrying a late charge of $10.00"): a clause of its
/// own, though no "and" opens it. The break is the comma; the phrase (group 1) is the clause.
static ABSOLUTE_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i),\s+((?:a|an|no|each|any|every)\s[^,;]{0,80}?[a-z]{2,}ing(?-u:\b))")
        .expect("static regex")
});

/// The breaks between the clauses of `sentence`, in order: (start, end) of each.
fn breaks(sentence: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = CLAUSE_BREAK
        .find_iter(sentence)
        .map(|b| (b.start(), b.end()))
        .collect();
    for c in ABSOLUTE_PHRASE.captures_iter(sentence) {
        if let (Some(all), Some(phrase)) = (c.get(0), c.get(1)) {
            out.push((all.start(), phrase.start()));
        }
    }
    out.sort_unstable();
    out
}

/// The clause of `text[s..e]` that holds byte `pos`, when that sentence is long; else the
/// sentence itself.
pub(super) fn clause_around(text: &str, s: usize, e: usize, pos: usize) -> (usize, usize) {
    let Some(sentence) = text.get(s..e) else {
        return (s, e);
    };
    if sentence.len() < LONG_SENTENCE || pos < s || pos > e {
        return (s, e);
    }
    let mut from = s;
    let mut to = e;
    for (b_start, b_end) in breaks(sentence) {
        if s + b_end <= pos {
            from = s + b_end;
        } else if s + b_start >= pos {
            to = s + b_start;
            break;
        }
    }
    (from, to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_sentence_is_cut_at_its_clause_breaks_and_a_short_one_is_not() {
        let long = format!(
            "{} borrowed $6,000.00, and agreed to repay it at 32.9% per year, and that a payment late would carry a charge.",
            "x".repeat(300)
        );
        let at = long.find("32.9").unwrap();
        let (s, e) = clause_around(&long, 0, long.len(), at);
        assert_eq!(&long[s..e], "agreed to repay it at 32.9% per year");
        let short = "If you default, interest is 24% a year, and fees apply.";
        let at = short.find("24").unwrap();
        assert_eq!(clause_around(short, 0, short.len(), at), (0, short.len()));
    }
}
