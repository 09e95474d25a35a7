//! What every match of a pattern must contain, as literal strings: a [`Need`] such as "one of
//! `借款人`, `借款方`, and one of `归还`, `偿还`" (ASCII letters compared without case).
//!
//! Read from the pattern's syntax tree, with the regex crate's own parser (the same syntax and
//! flags): a literal, a small class, a fixed repetition of either, and runs of them in a
//! concatenation spell out the strings a match is made of; a concatenation needs what each of
//! its parts needs, an alternation what one of its branches needs. Anything else (a large
//! class, an optional or open repetition, a branch that needs nothing) needs nothing.
//! Case-insensitive letters are small classes in the tree (`(?i)k` is `k`, `K` and the Kelvin
//! sign), so they need no special case: ASCII letters are kept lower-case and searched without
//! case, which only widens what is found.

use regex_syntax::hir::{Class, Hir, HirKind};

/// Literal strings, ASCII letters lower-cased.
pub type Strings = Vec<Vec<u8>>;

/// Most strings one part's matches are spelled out as (a product above it is not formed).
const MAX_SPELLED: usize = 64;
/// Most strings one need names (an alternation of many words unions theirs).
const MAX_NEEDED: usize = 1024;

/// What any text a pattern matches contains: strings `S` (literal strings as found here, or
/// their numbers in a searcher).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need<S = Vec<u8>> {
    /// One of these strings (each non-empty).
    Any(Vec<S>),
    /// Each of these.
    All(Vec<Need<S>>),
    /// One of these.
    Either(Vec<Need<S>>),
}

impl<S> Need<S> {
    /// Whether a text holds what is needed, `found` telling whether it holds a string.
    pub fn holds(&self, found: &impl Fn(&S) -> bool) -> bool {
        match self {
            Need::Any(strings) => strings.iter().any(found),
            Need::All(needs) => needs.iter().all(|n| n.holds(found)),
            Need::Either(needs) => needs.iter().any(|n| n.holds(found)),
        }
    }

    /// Call `f` with every string it names.
    pub fn each_string(&self, f: &mut impl FnMut(&S)) {
        match self {
            Need::Any(strings) => strings.iter().for_each(&mut *f),
            Need::All(needs) | Need::Either(needs) => needs.iter().for_each(|n| n.each_string(f)),
        }
    }

    /// The same need, each string replaced by `f` of it.
    pub fn map<T>(self, f: &mut impl FnMut(S) -> T) -> Need<T> {
        match self {
            Need::Any(strings) => Need::Any(strings.into_iter().map(&mut *f).collect()),
            Need::All(needs) => Need::All(needs.into_iter().map(|n| n.map(f)).collect()),
            Need::Either(needs) => Need::Either(needs.into_iter().map(|n| n.map(f)).collect()),
        }
    }

    /// How many strings it names.
    fn size(&self) -> usize {
        match self {
            Need::Any(strings) => strings.len(),
            Need::All(needs) | Need::Either(needs) => needs.iter().map(Need::size).sum(),
        }
    }
}

impl Need {
    /// The length of the shortest string whose presence can satisfy it (longer is rarer).
    fn weakest(&self) -> usize {
        match self {
            Need::Any(strings) => strings.iter().map(Vec::len).min().unwrap_or(0),
            Need::All(needs) => needs.iter().map(Need::weakest).max().unwrap_or(0),
            Need::Either(needs) => needs.iter().map(Need::weakest).min().unwrap_or(0),
        }
    }
}

/// What every match of `pattern` contains, or `None` when the pattern does not parse or
/// needs no literal (it must then be run on every text).
pub fn required(pattern: &str) -> Option<Need> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    facts(&hir).need
}

/// What one part of a pattern tells.
struct Facts {
    /// Every match of the part, ASCII-lower-cased, is one of these.
    spelled: Option<Strings>,
    /// What every match of the part contains.
    need: Option<Need>,
}

impl Facts {
    fn nothing() -> Facts {
        Facts {
            spelled: None,
            need: None,
        }
    }

    /// A part whose matches are `strings`: it needs one of them when none is empty.
    fn spelled(strings: Strings) -> Facts {
        Facts {
            need: any(&strings),
            spelled: Some(strings),
        }
    }
}

fn facts(hir: &Hir) -> Facts {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Facts {
            spelled: Some(vec![Vec::new()]),
            need: None,
        },
        HirKind::Literal(lit) => Facts::spelled(vec![lit.0.to_ascii_lowercase()]),
        HirKind::Class(class) => class_strings(class).map_or_else(Facts::nothing, Facts::spelled),
        HirKind::Capture(capture) => facts(&capture.sub),
        HirKind::Repetition(rep) => {
            let sub = facts(&rep.sub);
            let spelled = match (rep.min, rep.max) {
                (0, Some(0)) => Some(vec![Vec::new()]),
                (0, Some(1)) => sub.spelled.and_then(|mut s| {
                    s.push(Vec::new());
                    capped(s, MAX_SPELLED)
                }),
                (min, Some(max)) if min == max => sub.spelled.and_then(|s| power(&s, min)),
                _ => None,
            };
            let need = match rep.min {
                0 => None,
                _ => spelled.as_ref().and_then(any).or(sub.need),
            };
            Facts { spelled, need }
        }
        HirKind::Concat(subs) => concat(subs.iter().map(facts).collect()),
        HirKind::Alternation(subs) => {
            let parts: Vec<Facts> = subs.iter().map(facts).collect();
            let spelled = union(parts.iter().map(|p| p.spelled.clone()));
            let need = match spelled.as_ref().and_then(any) {
                Some(need) => Some(need),
                None => parts
                    .into_iter()
                    .map(|p| p.need)
                    .collect::<Option<Vec<Need>>>()
                    .and_then(either),
            };
            Facts { spelled, need }
        }
    }
}

/// A concatenation needs what each part that is not spelled out needs, and, of each run of
/// spelled-out parts, the strings of its most telling stretch (their product).
fn concat(parts: Vec<Facts>) -> Facts {
    let mut spelled = Some(vec![Vec::new()]);
    for part in &parts {
        spelled = match (spelled, &part.spelled) {
            (Some(acc), Some(s)) => product(&acc, s),
            _ => None,
        };
    }
    let mut needs = Vec::new();
    let mut run_best: Option<Need> = None;
    for (start, part) in parts.iter().enumerate() {
        if part.spelled.is_none() {
            needs.extend(run_best.take());
            needs.extend(part.need.clone());
            continue;
        }
        let stretch = stretch(parts.get(start..).unwrap_or_default());
        run_best = more_telling(run_best, any(&stretch));
    }
    needs.extend(run_best);
    Facts {
        need: all(needs),
        spelled,
    }
}

/// The strings of the longest stretch of `parts` from the first whose product stays small
/// (at most [`MAX_SPELLED`]), sorted.
///
/// A part spelled as one string (a literal, or a letter without case) is appended to each
/// string in place: the strings stay distinct, so only their order can change, and one sort
/// at the end restores it. This gives what [`product`] part by part gives (a test compares
/// them) without a new vector per string and part: a concatenation is read from each of its
/// parts, so a long case-insensitive phrase cost a product per pair of its letters.
fn stretch(parts: &[Facts]) -> Strings {
    let mut stretch: Strings = vec![Vec::new()];
    let mut sorted = true;
    for next in parts {
        match next.spelled.as_deref() {
            Some([single]) => {
                stretch.iter_mut().for_each(|s| s.extend_from_slice(single));
                sorted = false;
            }
            Some(strings) => match product(&stretch, strings) {
                Some(longer) => {
                    stretch = longer;
                    sorted = true;
                }
                None => break,
            },
            None => break,
        }
    }
    if !sorted {
        stretch.sort();
    }
    stretch
}

/// The characters of a small class as strings (ASCII letters lower-cased), `None` for a
/// large one.
fn class_strings(class: &Class) -> Option<Strings> {
    let mut out: Strings = Vec::new();
    match class {
        Class::Unicode(c) => {
            for range in c.iter() {
                for code in u32::from(range.start())..=u32::from(range.end()) {
                    if out.len() >= MAX_SPELLED {
                        return None;
                    }
                    let ch = char::from_u32(code)?.to_ascii_lowercase();
                    out.push(ch.to_string().into_bytes());
                }
            }
        }
        Class::Bytes(c) => {
            for range in c.iter() {
                for byte in range.start()..=range.end() {
                    if out.len() >= MAX_SPELLED {
                        return None;
                    }
                    out.push(vec![byte.to_ascii_lowercase()]);
                }
            }
        }
    }
    capped(out, MAX_SPELLED)
}

/// Every `a` followed by every `b`, when there are at most [`MAX_SPELLED`].
fn product(a: &[Vec<u8>], b: &[Vec<u8>]) -> Option<Strings> {
    if a.len().saturating_mul(b.len()) > MAX_SPELLED {
        return None;
    }
    let joined = a
        .iter()
        .flat_map(|x| b.iter().map(move |y| [x.as_slice(), y.as_slice()].concat()))
        .collect();
    capped(joined, MAX_SPELLED)
}

/// `strings` repeated `n` times (all combinations).
fn power(strings: &Strings, n: u32) -> Option<Strings> {
    let mut out = vec![Vec::new()];
    for _ in 0..n {
        out = product(&out, strings)?;
    }
    Some(out)
}

/// The union of every part's strings, `None` when one part has none or there are too many.
fn union(parts: impl Iterator<Item = Option<Strings>>) -> Option<Strings> {
    let mut out = Vec::new();
    for part in parts {
        out.extend(part?);
        if out.len() > MAX_SPELLED * 2 {
            return None;
        }
    }
    capped(out, MAX_SPELLED)
}

/// `strings` sorted and without repeats, when there are at most `max`.
fn capped(mut strings: Strings, max: usize) -> Option<Strings> {
    strings.sort();
    strings.dedup();
    (strings.len() <= max).then_some(strings)
}

/// One of `strings`, as a need: only when none is empty (an empty string is found anywhere).
fn any(strings: &Strings) -> Option<Need> {
    (!strings.is_empty() && strings.iter().all(|s| !s.is_empty()))
        .then(|| Need::Any(strings.clone()))
}

/// Each of `needs` (none: nothing needed). A need a single byte can meet (a space, a digit)
/// is left out beside longer ones: it holds in nearly every text, and searching for it would
/// cost a stop at each. Past [`MAX_NEEDED`] strings, the least telling are left out too: each
/// one left out only asks less.
fn all(mut needs: Vec<Need>) -> Option<Need> {
    needs.sort_by_key(|n| std::cmp::Reverse(n.weakest()));
    if needs.first().is_some_and(|n| n.weakest() > 1) {
        needs.retain(|n| n.weakest() > 1);
    }
    let mut size = 0;
    needs.retain(|n| {
        size += n.size();
        size <= MAX_NEEDED
    });
    match needs.len() {
        0 => None,
        1 => needs.pop(),
        _ => Some(Need::All(needs)),
    }
}

/// One of `needs`: strings only, merged into one `Any`; `None` past [`MAX_NEEDED`] strings.
fn either(needs: Vec<Need>) -> Option<Need> {
    if needs.iter().map(Need::size).sum::<usize>() > MAX_NEEDED {
        return None;
    }
    if needs.iter().all(|n| matches!(n, Need::Any(_))) {
        let mut strings: Strings = needs
            .into_iter()
            .flat_map(|n| match n {
                Need::Any(s) => s,
                _ => Vec::new(),
            })
            .collect();
        strings.sort();
        strings.dedup();
        return Some(Need::Any(strings));
    }
    Some(Need::Either(needs))
}

/// The more telling of two needs: the longer shortest string, then fewer strings.
fn more_telling(a: Option<Need>, b: Option<Need>) -> Option<Need> {
    match (a, b) {
        (Some(a), Some(b)) => {
            let key = |n: &Need| (n.weakest(), std::cmp::Reverse(n.size()));
            Some(if key(&b) > key(&a) { b } else { a })
        }
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The need of `pattern`, strings as text: `a|b` for one of, `&` between conjuncts.
    fn need(pattern: &str) -> Option<String> {
        fn show(n: &Need) -> String {
            match n {
                Need::Any(s) => s
                    .iter()
                    .map(|s| String::from_utf8(s.clone()).unwrap())
                    .collect::<Vec<_>>()
                    .join("|"),
                Need::All(v) => v.iter().map(show).collect::<Vec<_>>().join(" & "),
                Need::Either(v) => v
                    .iter()
                    .map(|n| format!("({})", show(n)))
                    .collect::<Vec<_>>()
                    .join(" or "),
            }
        }
        required(pattern).map(|n| show(&n))
    }

    #[test]
    fn literals_runs_and_branches() {
        assert_eq!(need("借款合同").as_deref(), Some("借款合同"));
        assert_eq!(need(r"(?i)\bLoan\b").as_deref(), Some("loan"));
        assert_eq!(need(r"[年月]利率").as_deref(), Some("年利率|月利率"));
        assert_eq!(need(r"(?:a|b)?c").as_deref(), Some("c"));
        assert_eq!(need(r"x{2}").as_deref(), Some("xx"));
        assert_eq!(need(r"(?x) a \s+ bc # comment").as_deref(), Some("bc"));
        assert_eq!(need(r"ab\s+cd").as_deref(), Some("ab & cd"));
        assert_eq!(
            need(r"借款|贷款[^。]{0,5}合同").as_deref(),
            Some("(借款) or (贷款 & 合同)")
        );
    }

    #[test]
    fn nothing_needed_where_a_match_may_avoid_every_literal() {
        assert_eq!(need(r"\d+%").as_deref(), Some("%"));
        assert_eq!(need(r"\d+"), None);
        assert_eq!(need(r"a|\d"), None);
        assert_eq!(need(r"(?:loan)?"), None);
        assert_eq!(need(r"\b"), None);
        assert_eq!(need("(unclosed"), None);
    }

    #[test]
    fn case_folding_beyond_ascii_is_spelled_out() {
        // (?i)k also matches the Kelvin sign, (?i)s the long s: both spellings are kept.
        assert_eq!(need(r"(?i)ok").as_deref(), Some("ok|o\u{212A}"));
        assert_eq!(need(r"(?i)s").as_deref(), Some("s|\u{17F}"));
    }

    /// The stretch as it was computed before [`stretch`]: a product per part.
    fn stretch_by_products(parts: &[Facts]) -> Strings {
        let mut stretch: Strings = vec![Vec::new()];
        for next in parts {
            match next.spelled.as_ref().and_then(|s| product(&stretch, s)) {
                Some(longer) => stretch = longer,
                None => break,
            }
        }
        stretch
    }

    #[test]
    fn a_stretch_is_the_product_of_its_parts() {
        // Strings that are prefixes of each other and of unequal length (where appending
        // could reorder them), the empty string, and sets large enough to reach the cap.
        let pieces: [&[u8]; 9] = [
            b"",
            b"a",
            b"b",
            b"ab",
            b"ba",
            b"aab",
            b"k",
            "\u{212A}".as_bytes(),
            b"s",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |below: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % below
        };
        let mut compared = 0;
        let mut singles = 0;
        for _ in 0..20_000 {
            let parts: Vec<Facts> = (0..1 + next(12))
                .map(|_| match next(10) {
                    0 => Facts::nothing(),
                    1..=5 => {
                        singles += 1;
                        Facts::spelled(vec![pieces[next(9) as usize].to_vec()])
                    }
                    _ => {
                        let strings: Strings = (0..1 + next(9))
                            .map(|_| pieces[next(9) as usize].to_vec())
                            .collect();
                        Facts::spelled(capped(strings, usize::MAX).unwrap())
                    }
                })
                .collect();
            assert_eq!(stretch(&parts), stretch_by_products(&parts));
            compared += 1;
        }
        assert!(compared == 20_000 && singles > 30_000);
    }

    #[test]
    fn holds_follows_the_formula() {
        let n = required(r"(?:借款人|乙方)[^。]{0,9}(?:归还|偿还)|利滚利").unwrap();
        let holds = |text: &str| {
            n.holds(&|s: &Vec<u8>| text.as_bytes().windows(s.len()).any(|w| w == s.as_slice()))
        };
        assert!(holds("乙方……归还"));
        assert!(holds("利滚利"));
        assert!(!holds("乙方，借款人"));
        assert!(!holds("偿还"));
    }
}
