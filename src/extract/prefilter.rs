//! One pass over a text to rule out most of a list of patterns before each is run alone.
//!
//! Vocabulary kept as a list of patterns (the kind cues, the lender signals, the clause rules)
//! is searched pattern by pattern, each pass over the whole text or sentence. A
//! [`PatternSet`] answers, in one pass, which patterns can match at all; only those are then
//! run alone (for their position or captures), so results are identical.
//!
//! The set is built from the patterns with their word-boundary assertions (`\b`, `\B`) dropped:
//! a Unicode word boundary stops the set's fast automaton on non-ASCII text (Chinese), and
//! dropping an assertion only widens what a pattern matches, so a pattern the set rules out
//! cannot match. When the set cannot be built (too large), every pattern is a candidate.

use regex::{RegexSet, RegexSetBuilder, SetMatches};

/// The automaton cache of one set, per thread: large enough that many patterns over Chinese
/// text do not exhaust it (at the default size the search gives up its automaton and runs
/// many times slower); it grows only as far as the texts need.
const DFA_CACHE_BYTES: usize = 32 << 20;

/// A prefilter over a fixed list of patterns (indices as given).
#[derive(Debug)]
pub struct PatternSet {
    set: Option<RegexSet>,
}

/// The patterns of a [`PatternSet`] that may match one text.
#[derive(Debug)]
pub struct Candidates(Option<SetMatches>);

impl PatternSet {
    pub fn new<I, S>(patterns: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let loose: Vec<String> = patterns
            .into_iter()
            .map(|p| without_word_boundaries(p.as_ref()))
            .collect();
        let set = RegexSetBuilder::new(loose)
            .dfa_size_limit(DFA_CACHE_BYTES)
            .build()
            .ok();
        PatternSet { set }
    }

    /// Which patterns may match `hay` (one pass).
    pub fn candidates(&self, hay: &str) -> Candidates {
        Candidates(self.set.as_ref().map(|s| s.matches(hay)))
    }
}

impl Candidates {
    /// False only when pattern `i` cannot match the text.
    pub fn may_match(&self, i: usize) -> bool {
        self.0.as_ref().is_none_or(|m| m.matched(i))
    }
}

/// `pattern` without `\b` and `\B` (nor their `\b{start}` forms): it matches everything the
/// pattern matches, and more.
fn without_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b' | 'B') => {
                if chars.peek() == Some(&'{') {
                    for d in chars.by_ref() {
                        if d == '}' {
                            break;
                        }
                    }
                }
            }
            Some(d) => {
                out.push('\\');
                out.push(d);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn boundaries_are_dropped_and_escapes_kept() {
        assert_eq!(without_word_boundaries(r"\bP2P\b"), "P2P");
        assert_eq!(without_word_boundaries(r"(?-u:\b)fee"), "(?-u:)fee");
        assert_eq!(without_word_boundaries(r"a\\b\Bc\b{start}d"), r"a\\bcd");
        assert_eq!(without_word_boundaries(r"\d+\.\s"), r"\d+\.\s");
    }

    #[test]
    fn a_pattern_ruled_out_does_not_match() {
        let patterns = [
            r"(?i)\bloan\b",
            r"(?-u:\b)fee(?-u:\b)",
            r"借款|贷款",
            r"^\d+$",
            r"\Bar\B",
        ];
        let set = PatternSet::new(patterns);
        let alone: Vec<Regex> = patterns.iter().map(|p| Regex::new(p).unwrap()).collect();
        for hay in [
            "Loan",
            "loans",
            "fee",
            "feeder",
            "借款合同",
            "123",
            "12a",
            "bar",
            "arb",
            "",
            "月利率",
        ] {
            let c = set.candidates(hay);
            for (i, re) in alone.iter().enumerate() {
                assert!(c.may_match(i) || !re.is_match(hay), "{i} {hay}");
            }
        }
        // Ruled out where nothing can match.
        let c = set.candidates("月利率");
        assert!((0..patterns.len()).all(|i| !c.may_match(i)));
    }
}
