//! Plain text written in Markdown (a `.md` template, a contract pasted from a chat tool): the
//! emphasis marks (`**$2,500.00**`, `**Illinois**`) and heading marks (`## 3. REPAYMENT`) are
//! layout, not words, and would stand between a label and its figure. They are taken out; the
//! words stay as written. Underscores are left alone: `____` is a blank to fill in.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::pattern;

/// A heading's marks at the start of a line.
static HEADING: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+").expect("static regex"));

/// The text without Markdown's emphasis and heading marks; borrowed when it has none.
pub fn strip_marks(text: &str) -> Cow<'_, str> {
    let strong = text.contains("**");
    let heading = text.contains('#') && HEADING.is_match(text);
    if !strong && !heading {
        return Cow::Borrowed(text);
    }
    let mut out = Cow::Borrowed(text);
    if strong {
        out = Cow::Owned(
            text.split('\n')
                .map(strip_strong)
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    if heading {
        out = Cow::Owned(HEADING.replace_all(&out, "").into_owned());
    }
    out
}

/// One line without its `**strong**` pairs. A mark is a run of exactly two asterisks; an
/// opening one is followed by a non-space, a closing one follows a non-space (as Markdown
/// has it), so masked digits (`6222 **** **** 0917`, `110101********1234`) stay as written.
fn strip_strong(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let star = |i: usize| chars.get(i) == Some(&'*');
    // Start indexes of runs of exactly two asterisks.
    let marks: Vec<usize> = (0..chars.len().saturating_sub(1))
        .filter(|&i| star(i) && star(i + 1) && !star(i + 2) && (i == 0 || !star(i - 1)))
        .collect();
    let mut drop = vec![false; chars.len()];
    let mut open: Option<usize> = None;
    for &m in &marks {
        let after = chars.get(m + 2).copied();
        let before = m.checked_sub(1).and_then(|j| chars.get(j)).copied();
        match open {
            Some(o) if before.is_some_and(|c| !c.is_whitespace()) && m > o + 2 => {
                for k in [o, o + 1, m, m + 1] {
                    drop[k] = true;
                }
                open = None;
            }
            _ if after.is_some_and(|c| !c.is_whitespace()) => open = Some(m),
            _ => open = None,
        }
    }
    chars
        .iter()
        .zip(&drop)
        .filter(|(_, d)| !**d)
        .map(|(c, _)| *c)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_and_headings_go_and_blanks_stay() {
        assert_eq!(
            strip_marks(
                "## 1.1 Loan Amount\nthe principal sum of **$2,500.00** (\"Loan Amount\")."
            ),
            "1.1 Loan Amount\nthe principal sum of $2,500.00 (\"Loan Amount\")."
        );
        assert_eq!(
            strip_marks("| **Total of Payments** | $2,924.46 |"),
            "| Total of Payments | $2,924.46 |"
        );
        assert_eq!(
            strip_marks("Borrower: ________ Date: ____"),
            "Borrower: ________ Date: ____"
        );
        // A lone asterisk (a footnote mark) and a # inside a line are words.
        assert_eq!(strip_marks("APR* 36% see note #2"), "APR* 36% see note #2");
        assert!(matches!(strip_marks("no marks here"), Cow::Borrowed(_)));
    }
}
