//! One pass over a text to rule out most of a list of patterns before each is run alone.
//!
//! Vocabulary kept as a list of patterns (the kind cues, the lender signals, the clause rules)
//! is searched pattern by pattern, each pass over the whole text or sentence. A
//! [`PatternSet`] answers, in one pass, which patterns can match at all; only those are then
//! run alone (for their position or captures), so results are identical.
//!
//! Most patterns need a literal: every match of `本(?:合同|协议)` contains `本合同` or `本协议`,
//! every match of `(?:争议|纠纷)[^。\n]{0,30}法院` contains `争议` or `纠纷`. Such a set of
//! literals (each pattern's best, see [`necessary_literals`]) goes into one Aho-Corasick
//! automaton: a pattern none of whose literals occurs in the text cannot match. This is the
//! cheap part. A combined automaton of the whole patterns (a `RegexSet`) is many times slower
//! on Chinese text: bounded gaps such as `[^。\n]{0,30}` in many patterns at once give its lazy
//! DFA a new state at almost every byte. Only the few patterns with no necessary literal go
//! to such a set, built with their word-boundary assertions (`\b`, `\B`) dropped: a Unicode
//! word boundary stops the set's fast automaton on non-ASCII text, and dropping an assertion
//! only widens what a pattern matches, so a pattern the set rules out cannot match. When a
//! part cannot be built, each of its patterns is a candidate.

use aho_corasick::{AhoCorasick, MatchKind};
use regex::{RegexSet, RegexSetBuilder};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind};

/// The automaton cache of the set of patterns without a literal, per thread: large enough that
/// many patterns over Chinese text do not exhaust it (at the default size the search gives up
/// its automaton and runs many times slower); it grows only as far as the texts need.
const DFA_CACHE_BYTES: usize = 32 << 20;

/// Literals of this many bytes (two Chinese characters, six ASCII letters) rule out enough:
/// past it, fewer literals are preferred to longer ones.
const GOOD_LITERAL_BYTES: usize = 6;

/// A prefilter over a fixed list of patterns (indices as given).
#[derive(Debug)]
pub struct PatternSet {
    len: usize,
    /// Every necessary literal, and the patterns (indices) that need it.
    literals: Option<(AhoCorasick, Vec<Vec<usize>>)>,
    /// The patterns with no necessary literal (or all of them, when the literal automaton
    /// could not be built), and their set when it could be built.
    rest: Vec<usize>,
    rest_set: Option<RegexSet>,
}

/// The patterns of a [`PatternSet`] that may match one text.
#[derive(Debug)]
pub struct Candidates(Vec<bool>);

impl PatternSet {
    pub fn new<I, S>(patterns: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let patterns: Vec<String> = patterns
            .into_iter()
            .map(|p| p.as_ref().to_owned())
            .collect();
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        let mut index: std::collections::HashMap<Vec<u8>, usize> = Default::default();
        let mut rest = Vec::new();
        for (i, pattern) in patterns.iter().enumerate() {
            let needed = regex_syntax::parse(pattern)
                .ok()
                .and_then(|hir| necessary_literals(&hir));
            let Some(needed) = needed else {
                rest.push(i);
                continue;
            };
            for literal in needed {
                let k = *index.entry(literal.clone()).or_insert_with(|| {
                    literals.push(literal);
                    owners.push(Vec::new());
                    owners.len() - 1
                });
                if let Some(o) = owners.get_mut(k) {
                    o.push(i);
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&literals)
            .ok();
        let literals = match automaton {
            Some(ac) => Some((ac, owners)),
            None => {
                rest = (0..patterns.len()).collect();
                None
            }
        };
        let rest_set = (!rest.is_empty())
            .then(|| {
                let loose = rest
                    .iter()
                    .filter_map(|&i| patterns.get(i))
                    .map(|p| without_word_boundaries(p));
                RegexSetBuilder::new(loose)
                    .dfa_size_limit(DFA_CACHE_BYTES)
                    .build()
                    .ok()
            })
            .flatten();
        PatternSet {
            len: patterns.len(),
            literals,
            rest,
            rest_set,
        }
    }

    /// Which patterns may match `hay` (one pass).
    pub fn candidates(&self, hay: &str) -> Candidates {
        let mut may = vec![false; self.len];
        let mut mark = |i: usize| {
            if let Some(m) = may.get_mut(i) {
                *m = true;
            }
        };
        if let Some((ac, owners)) = &self.literals {
            match ac.try_find_overlapping_iter(hay) {
                Ok(found) => {
                    for m in found {
                        for &i in owners.get(m.pattern().as_usize()).into_iter().flatten() {
                            mark(i);
                        }
                    }
                }
                Err(_) => (0..self.len).for_each(&mut mark),
            }
        }
        match &self.rest_set {
            Some(set) => {
                for k in set.matches(hay).iter() {
                    if let Some(&i) = self.rest.get(k) {
                        mark(i);
                    }
                }
            }
            None => self.rest.iter().for_each(|&i| mark(i)),
        }
        Candidates(may)
    }
}

impl Candidates {
    /// False only when pattern `i` cannot match the text.
    pub fn may_match(&self, i: usize) -> bool {
        self.0.get(i).is_none_or(|&m| m)
    }
}

/// Literals one of which every match of `hir` contains, or `None` when none were found
/// (every literal non-empty). A concatenation's match contains a match of each of its parts,
/// and of each run of parts up to the end, whose match begins with one of its prefix
/// literals: the best of these is kept. An alternation needs one literal of each branch.
fn necessary_literals(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    match hir.kind() {
        HirKind::Capture(c) => necessary_literals(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => necessary_literals(&r.sub),
        HirKind::Alternation(branches) => {
            let mut all = Vec::new();
            for branch in branches {
                all.extend(necessary_literals(branch)?);
            }
            all.sort();
            all.dedup();
            Some(all)
        }
        HirKind::Concat(parts) => {
            let mut best: Option<Vec<Vec<u8>>> = None;
            for k in 0..parts.len() {
                let tail = Hir::concat(parts.get(k..).unwrap_or_default().to_vec());
                for found in [
                    prefix_literals(&tail),
                    necessary_literals_of_part(parts.get(k)),
                ]
                .into_iter()
                .flatten()
                {
                    if best.as_ref().is_none_or(|b| better(&found, b)) {
                        best = Some(found);
                    }
                }
            }
            best
        }
        _ => prefix_literals(hir),
    }
}

/// A part of a concatenation, searched on its own only where it has parts of its own.
fn necessary_literals_of_part(part: Option<&Hir>) -> Option<Vec<Vec<u8>>> {
    let part = part?;
    match part.kind() {
        HirKind::Capture(_) | HirKind::Repetition(_) | HirKind::Alternation(_) => {
            necessary_literals(part)
        }
        _ => None,
    }
}

/// Every match of `hir` begins with one of these (finite, none empty), or `None`.
fn prefix_literals(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let seq = Extractor::new().kind(ExtractKind::Prefix).extract(hir);
    let literals = seq.literals()?;
    if literals.is_empty() || literals.iter().any(|l| l.is_empty()) {
        return None;
    }
    Some(literals.iter().map(|l| l.as_bytes().to_vec()).collect())
}

/// Whether literal set `a` rules out more texts than `b`: its shortest literal is longer (up
/// to [`GOOD_LITERAL_BYTES`]), then it has fewer literals, then its shortest is longer.
fn better(a: &[Vec<u8>], b: &[Vec<u8>]) -> bool {
    let shortest = |s: &[Vec<u8>]| s.iter().map(Vec::len).min().unwrap_or(0);
    let key = |s: &[Vec<u8>]| {
        (
            shortest(s).min(GOOD_LITERAL_BYTES),
            std::cmp::Reverse(s.len()),
            shortest(s),
        )
    };
    key(a) > key(b)
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
            r"(?m)^[\s　]*(?:[甲乙丙]方)?\s*[（(]?\s*(?:借款人|出借人)\s*[:：]",
            r"(?:^|[^不非未作])(?:构成|作为)[^。\n，,]{0,8}(?:合同|协议)的?(?:组成部分|一部分)",
            r"(?:争议|纠纷)[^。\n]{0,30}(?:人民法院|仲裁委员会)",
            r"(?i)(?-u:\b)this\s+(?:promissory\s+note|note|(?:[\w-]+\s+){0,2}loan\s+agreement)",
            r"(?i)accepted\s+(?:on|at)\s+\d|(?:acceptance|accepted)\s+date\s*:",
            r"[^。]{0,4}",
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
            "  乙方 （借款人）：张三",
            "借款人:",
            "出借人",
            "本确认单作为借款合同的组成部分",
            "不构成合同的组成部分",
            "因本合同发生的争议，由甲方所在地人民法院管辖",
            "纠纷人民法院",
            "THIS NOTE",
            "this  easy   loan agreement",
            "Accepted on 2",
            "ACCEPTANCE DATE:",
            "accepted date :",
        ] {
            let c = set.candidates(hay);
            for (i, re) in alone.iter().enumerate() {
                assert!(c.may_match(i) || !re.is_match(hay), "{i} {hay}");
            }
        }
        // Ruled out where nothing can match (the last pattern matches every text).
        let c = set.candidates("月利率");
        assert!((0..patterns.len() - 1).all(|i| !c.may_match(i)));
        assert!(c.may_match(patterns.len() - 1));
    }

    #[test]
    fn the_literals_chosen_are_needed_by_every_match() {
        let lits = |p: &str| {
            let mut v: Vec<String> = necessary_literals(&regex_syntax::parse(p).unwrap())
                .unwrap_or_default()
                .into_iter()
                .map(|l| String::from_utf8(l).unwrap())
                .collect();
            v.sort();
            v
        };
        assert_eq!(lits(r"本(?:合同|协议)"), ["本协议", "本合同"]);
        assert_eq!(lits(r"(?:^|[^不非])(?:构成|作为)[^。]{0,8}合同"), ["合同"]);
        assert_eq!(
            lits(r"(?:^|[^不非])(?:构成|作为)[^。]{0,8}"),
            ["作为", "构成"]
        );
        assert_eq!(
            lits(r"\s*[（(]?\s*(?:借款人|出借人)\s*[:：]"),
            ["借款人", "出借人"]
        );
        assert_eq!(lits(r"利息|\d+%"), ["%", "利息"]);
        assert_eq!(lits(r"[^。]{0,4}"), Vec::<String>::new());
        assert_eq!(lits(r"(?:借款)+人"), ["借款"]);
    }
}
