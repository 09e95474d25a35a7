//! The text as matched: 繁體 characters read as their simplified forms and table borders
//! (`│`, `|`) read as spaces, one character for one character of the same UTF-8 length, so
//! every byte offset into the matched text is an offset into the document text and evidence
//! is quoted as written.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Traditional -> simplified pairs, one per line (see the file's header).
const TRADITIONAL: &str = include_str!("data/traditional.txt");

static SIMPLIFIED: LazyLock<HashMap<char, char>> = LazyLock::new(|| {
    TRADITIONAL
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut cs = l.chars();
            let (t, s) = (cs.next()?, cs.next()?);
            // A pair that would move byte offsets is not usable for matching.
            (cs.next().is_none() && t.len_utf8() == s.len_utf8()).then_some((t, s))
        })
        .collect()
});

/// The character `c` is matched as.
fn matched_as(c: char) -> char {
    match c {
        // Table cell borders separate cells like a wide gap.
        '|' | '¦' => ' ',
        '│' | '┃' | '║' | '┆' | '┊' => '\u{3000}',
        _ => SIMPLIFIED.get(&c).copied().unwrap_or(c),
    }
}

/// `text` as matched: same length in bytes, same char boundaries.
pub fn for_matching(text: &str) -> String {
    text.chars().map(matched_as).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_byte_length_and_simplified() {
        let t = "借款金額為新臺幣伍萬元整│年利率 | 12%";
        let m = for_matching(t);
        assert_eq!(m.len(), t.len());
        assert!(m.starts_with("借款金额为新台币伍万元整"));
        assert!(t.char_indices().all(|(i, _)| m.is_char_boundary(i)));
    }
}
