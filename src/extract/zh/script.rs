//! The text as matched: 繁體 characters read as their simplified forms and table borders
//! (`│`, `|`) read as spaces, one character for one character of the same UTF-8 length, so
//! every byte offset into the matched text is an offset into the document text and evidence
//! is quoted as written.

use std::sync::LazyLock;

/// Traditional -> simplified pairs, one per line (see the file's header).
const TRADITIONAL: &str = include_str!("data/traditional.txt");

/// The pairs as a table indexed from the lowest traditional character: every character of a
/// document is looked up (twice for a 繁體 one), and hashing each took 2% of an audit.
struct Simplified {
    first: u32,
    /// The simplified form of `first + i`, or `None`.
    forms: Vec<Option<char>>,
}

impl Simplified {
    fn get(&self, c: char) -> Option<char> {
        let i = (c as u32).wrapping_sub(self.first);
        self.forms.get(i as usize).copied().flatten()
    }
}

static SIMPLIFIED: LazyLock<Simplified> = LazyLock::new(|| {
    let pairs: Vec<(char, char)> = TRADITIONAL
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut cs = l.chars();
            let (t, s) = (cs.next()?, cs.next()?);
            // A pair that would move byte offsets is not usable for matching.
            (cs.next().is_none() && t.len_utf8() == s.len_utf8()).then_some((t, s))
        })
        .collect();
    let first = pairs.iter().map(|&(t, _)| t as u32).min().unwrap_or(0);
    let last = pairs.iter().map(|&(t, _)| t as u32).max().unwrap_or(0);
    let mut forms = vec![None; (last + 1).saturating_sub(first) as usize];
    // A later line for the same character wins, as it did in a map.
    for (t, s) in pairs {
        if let Some(slot) = forms.get_mut((t as u32 - first) as usize) {
            *slot = Some(s);
        }
    }
    Simplified { first, forms }
});

/// The character `c` is matched as.
fn matched_as(c: char) -> char {
    match c {
        // Table cell borders separate cells like a wide gap.
        '|' | '¦' => ' ',
        '│' | '┃' | '║' | '┆' | '┊' => '\u{3000}',
        _ => SIMPLIFIED.get(c).unwrap_or(c),
    }
}

/// `text` as matched: same length in bytes, same char boundaries.
pub fn for_matching(text: &str) -> String {
    // Runs of characters read as themselves (most of a text) are copied whole.
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (at, c) in text.char_indices() {
        let m = matched_as(c);
        if m != c {
            out.push_str(text.get(copied..at).unwrap_or(""));
            out.push(m);
            copied = at + c.len_utf8();
        }
    }
    out.push_str(text.get(copied..).unwrap_or(""));
    ocr_digits(out)
}

/// `text` with its 繁體 characters read as their simplified forms and nothing else changed
/// (same length in bytes, same char boundaries), or `None` when it has none: for readers
/// that weigh words (the document's kind) and should not see table borders or OCR digits
/// differently from the text as written.
pub fn simplified(text: &str) -> Option<String> {
    if !text.chars().any(|c| SIMPLIFIED.get(c).is_some()) {
        return None;
    }
    Some(
        text.chars()
            .map(|c| SIMPLIFIED.get(c).unwrap_or(c))
            .collect(),
    )
}

/// A letter an OCR engine reads for a digit: `O`/`o` for 0, `l`/`I` for 1.
fn digit_for(c: char) -> Option<char> {
    match c {
        'O' | 'o' => Some('0'),
        'l' | 'I' => Some('1'),
        _ => None,
    }
}

/// Figures read through OCR noise (`3O,000.00`, `O.03%`, `第 l 页`): in a run of digits,
/// such letters, `.` and `,` that holds a digit and touches no other Latin letter, each
/// such letter reads as its digit (one byte for one byte: offsets are kept).
fn ocr_digits(text: String) -> String {
    if !text.chars().any(|c| digit_for(c).is_some()) {
        return text;
    }
    let chars: Vec<char> = text.chars().collect();
    let in_run = |c: char| c.is_ascii_digit() || digit_for(c).is_some() || matches!(c, '.' | ',');
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let Some(&c) = chars.get(i) else { break };
        if !in_run(c) {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        while chars.get(i).is_some_and(|&c| in_run(c)) {
            i += 1;
        }
        let run = chars.get(start..i).unwrap_or(&[]);
        let letter_beside = |k: Option<usize>| {
            k.and_then(|k| chars.get(k))
                .is_some_and(|c| c.is_ascii_alphabetic())
        };
        let figure = run.iter().any(char::is_ascii_digit)
            // A lone letter between spaces (第 l 页) is a digit too, unless it is a word (I).
            || (run.len() == 1 && run.iter().all(|c| *c == 'l'));
        let read = figure && !letter_beside(start.checked_sub(1)) && !letter_beside(Some(i));
        out.extend(
            run.iter()
                .map(|&c| if read { digit_for(c).unwrap_or(c) } else { c }),
        );
    }
    out
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

    #[test]
    fn simplified_changes_only_traditional_characters() {
        assert_eq!(simplified("借款金额 | 12%"), None);
        let t = "核貸金額│新臺幣O元";
        let s = simplified(t).expect("traditional characters");
        assert_eq!(s.len(), t.len());
        assert_eq!(s, "核贷金额│新台币O元");
    }

    /// Copying the runs read as written gives what mapping every character gives: every
    /// character below U+30000, and the held-out Chinese texts.
    #[test]
    fn copied_runs_read_as_every_character_mapped() {
        let mapped = |t: &str| ocr_digits(t.chars().map(matched_as).collect());
        let every: String = (0..0x3_0000u32).filter_map(char::from_u32).collect();
        assert_eq!(for_matching(&every), mapped(&every));
        assert_ne!(
            for_matching(&every),
            every,
            "some characters are read otherwise"
        );
        for t in ["", "|", "a¦b", "臺", "x臺│y|z O元"] {
            assert_eq!(for_matching(t), mapped(t), "{t}");
        }
        let paths = crate::test_texts::txt_files("tests/fresh/zh");
        assert!(paths.len() > 50, "the texts were found");
        for path in paths.iter().step_by(5) {
            let text = std::fs::read_to_string(path).unwrap();
            assert_eq!(for_matching(&text), mapped(&text), "{}", path.display());
        }
    }

    #[test]
    fn ocr_letters_in_figures() {
        let t = "额度：3O,000.00元 日利率：O.03% 第 l 页 客服4OO-8l0 Oliver I 10 lbs";
        let m = for_matching(t);
        assert_eq!(m.len(), t.len());
        assert_eq!(
            m,
            "额度：30,000.00元 日利率：0.03% 第 1 页 客服400-810 Oliver I 10 lbs"
        );
    }
}
