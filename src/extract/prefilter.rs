//! One pass over a text to rule out most of a list of patterns before each is run alone.
//!
//! Vocabulary kept as a list of patterns (the kind cues, the lender signals, the clause rules)
//! is searched pattern by pattern, each pass over the whole text or sentence. A
//! [`PatternSet`] answers, in one pass, which patterns can match at all; only those are then
//! run alone (for their position or captures), so results are identical.
//!
//! The set is built from the patterns loosened (see [`loosened`]): a Unicode word boundary
//! stops the set's fast automaton on non-ASCII text (Chinese), and a counted repetition of a
//! Unicode class (`[^。\n]{0,30}`) compiles one copy of the class's UTF-8 automaton per count,
//! which made building the sets the largest start-up cost of every run. Loosening only widens
//! what a pattern matches, so a pattern the set rules out cannot match. When the set cannot
//! be built (too large), every pattern is a candidate.
//!
//! The list is split into sets of at most [`PATTERNS_PER_SET`] patterns, each searched in its
//! own pass. One set over a whole list spent most of its time building its automaton's states,
//! one per combination of the patterns' partial matches a text had opened (with loosened gaps
//! such as `[^。\n]*`, many stay open at once): on new texts that was a millisecond or more
//! each, far more than the search itself, and it was paid again by every worker thread (each
//! has its own cache). Smaller sets have far fewer such combinations; a few more passes over
//! the text cost much less.
//!
//! [`LazyRegex`] compiles a pattern of such a list on its first use: a pattern the set rules
//! out in every text of a run is never compiled.

use std::sync::OnceLock;

use regex::{Regex, RegexSet, RegexSetBuilder, SetMatches};

/// The automaton cache of one set, per thread: large enough that many patterns over Chinese
/// text do not exhaust it (at the default size the search gives up its automaton and runs
/// many times slower); it grows only as far as the texts need.
const DFA_CACHE_BYTES: usize = 16 << 20;

/// Most patterns in one set (see the module's notes); a list is split into sets of equal size.
pub const PATTERNS_PER_SET: usize = 16;

/// A prefilter over a fixed list of patterns (indices as given).
#[derive(Debug)]
pub struct PatternSet {
    /// Consecutive slices of the list, `size` patterns each (the last may be shorter); `None`
    /// for a slice whose set cannot be built.
    sets: Vec<Option<RegexSet>>,
    size: usize,
}

/// The patterns of a [`PatternSet`] that may match one text.
#[derive(Debug)]
pub struct Candidates {
    matches: Vec<Option<SetMatches>>,
    size: usize,
}

impl PatternSet {
    pub fn new<I, S>(patterns: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let loose: Vec<String> = patterns.into_iter().map(|p| loosened(p.as_ref())).collect();
        let count = loose.len().div_ceil(PATTERNS_PER_SET).max(1);
        let size = loose.len().div_ceil(count).max(1);
        let sets = loose
            .chunks(size)
            .map(|slice| {
                RegexSetBuilder::new(slice)
                    .dfa_size_limit(DFA_CACHE_BYTES)
                    .build()
                    .ok()
            })
            .collect();
        PatternSet { sets, size }
    }

    /// Which patterns may match `hay` (one pass per set).
    pub fn candidates(&self, hay: &str) -> Candidates {
        Candidates {
            matches: self
                .sets
                .iter()
                .map(|s| s.as_ref().map(|s| s.matches(hay)))
                .collect(),
            size: self.size,
        }
    }
}

impl Candidates {
    /// False only when pattern `i` cannot match the text.
    pub fn may_match(&self, i: usize) -> bool {
        match self.matches.get(i / self.size) {
            Some(Some(m)) => m.matched(i % self.size),
            _ => true,
        }
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
            .get_or_init(|| Regex::new(&self.pattern).ok())
            .as_ref()
    }

    /// The compiled pattern of a list kept in the source (a test compiles every one).
    pub fn re(&self) -> &Regex {
        self.get()
            .unwrap_or_else(|| panic!("static regex does not compile: {}", self.pattern))
    }
}

/// `pattern` loosened for a prefilter: without `\b` and `\B` (nor their `\b{start}` forms),
/// and each counted repetition (`{m,n}`, `{m,}`, `{n}`) made a `*`. It matches everything
/// the pattern matches, and more. A pattern in verbose mode (`x`) keeps its repetitions (its
/// comments are not parsed here).
fn loosened(pattern: &str) -> String {
    let counts = !verbose(pattern);
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars().peekable();
    // Depth of character classes (`[...]`, nested): a brace there is a literal.
    let mut class = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('b' | 'B') if class == 0 => {
                    if chars.peek() == Some(&'{') {
                        chars.by_ref().find(|&d| d == '}');
                    }
                }
                Some(d) => {
                    out.push('\\');
                    out.push(d);
                    // `\p{Han}`, `\x{41}`, `\u{41}`: copied whole.
                    if matches!(d, 'p' | 'P' | 'x' | 'u' | 'U' | 'b' | 'B')
                        && chars.peek() == Some(&'{')
                    {
                        for e in chars.by_ref() {
                            out.push(e);
                            if e == '}' {
                                break;
                            }
                        }
                    }
                }
                None => out.push('\\'),
            },
            '[' => {
                class += 1;
                out.push(c);
                // `[]...]`, `[^]...]`: a first `]` is a literal.
                if chars.peek() == Some(&'^') {
                    out.extend(chars.next());
                }
                if chars.peek() == Some(&']') {
                    out.extend(chars.next());
                }
            }
            ']' if class > 0 => {
                class -= 1;
                out.push(c);
            }
            '{' if class == 0 && counts => {
                let rest: String = chars.clone().take_while(|&d| d != '}').collect();
                let counted = !rest.is_empty()
                    && rest.len() < 16
                    && rest.split(',').count() <= 2
                    && rest.split(',').next().is_some_and(|m| !m.is_empty())
                    && rest.chars().all(|d| d.is_ascii_digit() || d == ',')
                    && chars.clone().nth(rest.chars().count()) == Some('}');
                if counted {
                    chars.by_ref().find(|&d| d == '}');
                    out.push('*');
                } else {
                    out.push(c);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Whether a flag group of `pattern` turns verbose mode on (`(?x)`, `(?ix:`).
fn verbose(pattern: &str) -> bool {
    pattern.match_indices("(?").any(|(i, _)| {
        pattern[i + 2..]
            .chars()
            .take_while(|c| c.is_ascii_alphabetic() || *c == '-')
            .take_while(|c| *c != '-')
            .any(|c| c == 'x')
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn boundaries_are_dropped_and_escapes_kept() {
        assert_eq!(loosened(r"\bP2P\b"), "P2P");
        assert_eq!(loosened(r"(?-u:\b)fee"), "(?-u:)fee");
        assert_eq!(loosened(r"a\\b\Bc\b{start}d"), r"a\\bcd");
        assert_eq!(loosened(r"\d+\.\s"), r"\d+\.\s");
        assert_eq!(loosened(r"[\b]x"), r"[\b]x");
    }

    #[test]
    fn counted_repetitions_become_stars_outside_classes() {
        assert_eq!(loosened(r"[^。\n]{0,30}共同"), r"[^。\n]*共同");
        assert_eq!(
            loosened(r"\d{4}年\d{1,2}?月(?:x){2,}"),
            r"\d*年\d*?月(?:x)*"
        );
        assert_eq!(loosened(r"\p{Han}{2,4}\x{41}{3}"), r"\p{Han}*\x{41}*");
        assert_eq!(
            loosened(r"[{2}]a\{2}[]{1}]b{,3}c{x}"),
            r"[{2}]a\{2}[]{1}]b{,3}c{x}"
        );
        assert_eq!(loosened(r"(?x) a{2} # b{3}"), r"(?x) a{2} # b{3}");
        assert_eq!(loosened(r"(?i-x)a{2}"), r"(?i-x)a*");
    }

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
            "借款合同",
            "借款的书面合同",
            "借款之外的其他书面合同",
            "xb",
            "xxb",
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

    #[test]
    fn a_long_list_is_split_and_every_index_answers_for_its_own_pattern() {
        // Literal words: a loosened word is the word, so the prefilter is exact here.
        let words: Vec<String> = (0..PATTERNS_PER_SET * 3 + 5)
            .map(|i| format!("w{i}x"))
            .collect();
        let set = PatternSet::new(&words);
        assert_eq!(set.sets.len(), 4);
        assert!(set.sets.iter().all(Option::is_some));
        for (i, word) in words.iter().enumerate() {
            let c = set.candidates(&format!("before {word} after"));
            for j in 0..words.len() {
                assert_eq!(c.may_match(j), i == j, "text with {word}, pattern {j}");
            }
        }
    }
}
