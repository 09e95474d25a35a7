//! The gaps between the cells of a schedule line, found by a hand scan instead of a pattern:
//! every line of a Chinese document is split this way while a printed schedule is looked for,
//! and the two patterns below cost more than the rest of the search. The scan gives exactly
//! the matches of the pattern it stands for (tested against it, line by line and char by
//! char).
//!
//! - wide: `[|│┃║¦\t\u{3000}]+\s*|\s{2,}` (a rule or a tab with the space after it, or two
//!   spaces or more);
//! - narrow: `[|│┃║¦\s\u{3000}]+` (any run of rules and spaces).
//!
//! `\s` is Unicode's White_Space, which is what `char::is_whitespace` tests.

use super::Gap;

/// A cell rule, a tab or an ideographic space: one opens a wide gap alone.
fn is_rule(c: char) -> bool {
    matches!(c, '|' | '│' | '┃' | '║' | '¦' | '\t' | '\u{3000}')
}

/// The byte offset where the run of chars of `line` from `from` that `keep` accepts ends,
/// and how many chars it holds.
fn run_end(line: &str, from: usize, keep: impl Fn(char) -> bool) -> (usize, usize) {
    let tail = line.get(from..).unwrap_or("");
    let mut end = from;
    let mut count = 0;
    for c in tail.chars().take_while(|&c| keep(c)) {
        end += c.len_utf8();
        count += 1;
    }
    (end, count)
}

/// The byte ranges of the gaps of `line`, in order (the leftmost-first, non-overlapping
/// matches of the gap pattern of `gap`).
pub(super) fn gaps(line: &str, gap: Gap) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(c) = line.get(at..).and_then(|t| t.chars().next()) {
        match gap {
            Gap::Narrow if is_rule(c) || c.is_whitespace() => {
                let (end, _) = run_end(line, at, |c| is_rule(c) || c.is_whitespace());
                out.push((at, end));
                at = end;
            }
            Gap::Wide if is_rule(c) => {
                let (rules, _) = run_end(line, at, is_rule);
                let (end, _) = run_end(line, rules, char::is_whitespace);
                out.push((at, end));
                at = end;
            }
            Gap::Wide if c.is_whitespace() => {
                let (end, count) = run_end(line, at, char::is_whitespace);
                if count >= 2 {
                    out.push((at, end));
                    at = end;
                } else {
                    at += c.len_utf8();
                }
            }
            _ => at += c.len_utf8(),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern;
    use proptest::prelude::*;
    use regex::Regex;

    fn by_pattern(line: &str, gap: Gap) -> Vec<(usize, usize)> {
        let re: Regex = pattern::regex(match gap {
            Gap::Wide => r"[|│┃║¦\t\u{3000}]+\s*|\s{2,}",
            Gap::Narrow => r"[|│┃║¦\s\u{3000}]+",
        })
        .unwrap();
        re.find_iter(line).map(|m| (m.start(), m.end())).collect()
    }

    fn same(line: &str) {
        for gap in [Gap::Wide, Gap::Narrow] {
            assert_eq!(gaps(line, gap), by_pattern(line, gap), "{line:?} {gap:?}");
        }
    }

    #[test]
    fn white_space_is_what_the_pattern_calls_a_space() {
        let space = pattern::regex(r"^\s$").unwrap();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(
                c.is_whitespace(),
                space.is_match(c.encode_utf8(&mut [0; 4])),
                "{c:?}"
            );
        }
    }

    #[test]
    fn gaps_of_hand_made_lines() {
        for line in [
            "",
            " ",
            "  ",
            "第1期 | 2025-01-01 | 1,000.00",
            "第1期│2025年1月1日\t\t本金 500元   利息 20元",
            "  期数  还款日 　本金｜利息",
            "a \t|b\u{3000} c\u{a0}\u{a0}d\u{2028}e\r\n",
            "||| ¦ ║┃ x",
            "x \u{3000}\u{3000}y \u{85}z",
        ] {
            same(line);
        }
    }

    #[test]
    fn gaps_of_every_line_of_the_held_out_chinese_texts() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fresh/zh");
        let mut lines = 0;
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "txt") {
                for line in std::fs::read_to_string(&path).unwrap().lines() {
                    same(line);
                    lines += 1;
                }
            }
        }
        assert!(lines > 5000, "the texts were read: {lines} lines");
    }

    proptest! {
        #[test]
        fn gaps_of_any_line(line in "[ \t\u{3000}\u{a0}\u{2003}|│┃║¦a1元期\r\u{85}]{0,24}") {
            same(&line);
        }
    }
}
