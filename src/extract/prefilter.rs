//! One pass over a text to rule out most of a list of patterns before each is run alone.
//!
//! Vocabulary kept as a list of patterns (the kind cues, the lender signals, the clause rules)
//! is searched pattern by pattern, each pass over the whole text or sentence. A
//! [`PatternSet`] answers, in one pass, which patterns can match at all; only those are then
//! run alone (for their position or captures), so results are identical.
//!
//! Each pattern is read for the literal strings every match contains ([`required`]: "one of
//! `借款人`, `乙方`, and one of `归还`, `偿还`"); one Aho-Corasick automaton over all of them finds
//! which occur in a text, and a pattern whose need they do not meet cannot match. A pattern
//! that needs no literal is a candidate in every text.
//!
//! Before, the set was a `RegexSet` over the patterns loosened (a lazy DFA): exact for the
//! loosened patterns, but its automaton states were built per worker thread as new texts
//! opened new combinations of partial matches (a millisecond or more on a new text), and each
//! thread's cache kept growing with the distinct texts it had seen, up to 16 MB a set: on the
//! real corpus the largest part of an audit's peak memory. The literal automaton is built
//! once, in full, and shared by every thread: its memory is fixed and a search builds nothing.
//!
//! [`LazyRegex`] compiles a pattern of such a list on its first use: a pattern the set rules
//! out in every text of a run is never compiled.

mod required;

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use crate::pattern;
use required::{Need, required};

/// A prefilter over a fixed list of patterns (indices as given).
#[derive(Debug)]
pub struct PatternSet {
    /// Every string some pattern needs, each once; `None` when the automaton cannot be built
    /// (every pattern is then a candidate).
    searcher: Option<AhoCorasick>,
    /// For each string of the searcher, the patterns that need it somewhere.
    owners: Vec<Vec<usize>>,
    /// What each pattern needs, strings by their number in the searcher; `None`: nothing
    /// (a candidate in every text).
    needs: Vec<Option<Need<usize>>>,
}

/// The patterns of a [`PatternSet`] that may match one text.
#[derive(Debug)]
pub struct Candidates {
    may: Vec<bool>,
}

impl PatternSet {
    pub fn new<I, S>(patterns: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut strings: Vec<Vec<u8>> = Vec::new();
        let mut numbers: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut number = |s: Vec<u8>| {
            *numbers.entry(s).or_insert_with_key(|s| {
                strings.push(s.clone());
                strings.len() - 1
            })
        };
        let mut needs: Vec<Option<Need<usize>>> = patterns
            .into_iter()
            .map(|p| required(p.as_ref()).map(|need| need.map(&mut number)))
            .collect();
        let searcher = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&strings)
            .ok();
        if searcher.is_none() {
            needs.iter_mut().for_each(|n| *n = None);
        }
        let mut owners = vec![Vec::new(); strings.len()];
        for (p, need) in needs.iter().enumerate() {
            let mut named = Vec::new();
            if let Some(need) = need {
                need.each_string(&mut |&s| named.push(s));
            }
            named.sort_unstable();
            named.dedup();
            for s in named {
                if let Some(o) = owners.get_mut(s) {
                    o.push(p);
                }
            }
        }
        PatternSet {
            searcher,
            owners,
            needs,
        }
    }

    /// Which patterns may match `hay` (one pass). A need holds only when one of its strings
    /// is found, so only the patterns of the strings found are weighed.
    pub fn candidates(&self, hay: &str) -> Candidates {
        let mut may: Vec<bool> = self.needs.iter().map(Option::is_none).collect();
        let Some(searcher) = &self.searcher else {
            return Candidates { may };
        };
        let mut found = vec![0u64; self.owners.len().div_ceil(64)];
        let mut touched: Vec<usize> = Vec::new();
        for m in searcher.find_overlapping_iter(hay) {
            let id = m.pattern().as_usize();
            if let Some(word) = found.get_mut(id / 64) {
                if *word & (1 << (id % 64)) == 0 {
                    *word |= 1 << (id % 64);
                    touched.extend(self.owners.get(id).into_iter().flatten());
                }
            }
        }
        let is_found = |&id: &usize| {
            found
                .get(id / 64)
                .is_some_and(|w| w & (1 << (id % 64)) != 0)
        };
        touched.sort_unstable();
        touched.dedup();
        for p in touched {
            if let (Some(slot), Some(Some(need))) = (may.get_mut(p), self.needs.get(p)) {
                *slot = need.holds(&is_found);
            }
        }
        Candidates { may }
    }
}

impl Candidates {
    /// False only when pattern `i` cannot match the text.
    pub fn may_match(&self, i: usize) -> bool {
        self.may.get(i).copied().unwrap_or(true)
    }
}

/// A pattern compiled on its first use (a static pattern: it must compile).
#[derive(Debug)]
pub struct LazyRegex {
    pattern: String,
    compiled: OnceLock<Option<Regex>>,
}

impl LazyRegex {
    pub fn new(pattern: impl Into<String>) -> Self {
        LazyRegex {
            pattern: pattern.into(),
            compiled: OnceLock::new(),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    /// The compiled pattern, or `None` when it does not compile.
    pub fn get(&self) -> Option<&Regex> {
        self.compiled
            .get_or_init(|| pattern::regex(&self.pattern).ok())
            .as_ref()
    }

    /// The compiled pattern of a list kept in the source (a test compiles every one).
    pub fn re(&self) -> &Regex {
        self.get()
            .unwrap_or_else(|| panic!("static regex does not compile: {}", self.pattern))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn a_pattern_ruled_out_does_not_match() {
        let patterns = [
            r"(?i)\bloan\b",
            r"(?-u:\b)fee(?-u:\b)",
            r"借款|贷款",
            r"^\d+$",
            r"\Bar\B",
            r"(?:借款|贷款)[^。\n]{0,3}合同",
            r"[^a]{2}b",
            r"(?i)bank",
        ];
        let set = PatternSet::new(patterns);
        let alone: Vec<Regex> = patterns
            .iter()
            .map(|p| pattern::regex(p).unwrap())
            .collect();
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
            "借款合同",
            "借款的书面合同",
            "借款之外的其他书面合同",
            "xb",
            "xxb",
            "BAN\u{212A}",
            "the Bank",
        ] {
            let c = set.candidates(hay);
            for (i, re) in alone.iter().enumerate() {
                assert!(c.may_match(i) || !re.is_match(hay), "{i} {hay}");
            }
        }
        // Ruled out where nothing can match, except `^\d+$`, which requires no literal.
        let c = set.candidates("月利率");
        assert!((0..patterns.len()).all(|i| c.may_match(i) == (i == 3)));
    }

    #[test]
    fn every_index_answers_for_its_own_pattern() {
        // Literal words: the prefilter is exact for them.
        let words: Vec<String> = (0..53).map(|i| format!("w{i}x")).collect();
        let set = PatternSet::new(&words);
        for (i, word) in words.iter().enumerate() {
            let c = set.candidates(&format!("before {word} after"));
            for j in 0..words.len() {
                assert_eq!(c.may_match(j), i == j, "text with {word}, pattern {j}");
            }
        }
    }

    #[test]
    fn a_pattern_without_a_required_literal_is_always_a_candidate() {
        let set = PatternSet::new([r"\d+", r"(?i)fee", r"a|\d"]);
        let c = set.candidates("no digits here");
        assert!(c.may_match(0) && !c.may_match(1) && c.may_match(2));
        let c = set.candidates("FEES");
        assert!(c.may_match(1));
    }
}
