//! Plain text written in Markdown (a `.md` template, a contract pasted from a chat tool): the
//! emphasis marks (`**$2,500.00**`, `**Illinois**`) and heading marks (`## 3. REPAYMENT`) are
//! layout, not words, and would stand between a label and its figure. They are taken out; the
//! words stay as written. Underscores are left alone: `____` is a blank to fill in. In a file
//! named as Markdown (`.md`), a line's `>` marks are a blockquote (a template sets its key
//! figures apart so), not an e-mail's quoted reply: they go too.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::pattern;

/// A heading's marks at the start of a line.
static HEADING: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+").expect("static regex"));

/// A blockquote's marks at the start of a line (`> `, `>> `).
static BLOCKQUOTE: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?m)^[ \t]{0,3}(?:>[ \t]?)+").expect("static regex"));

/// Is `path` named as a Markdown file?
pub fn is_markdown_file(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}

/// The text without Markdown's emphasis and heading marks (and, in a Markdown file, its
/// blockquote marks); borrowed when it has none.
pub fn strip_marks(text: &str, markdown_file: bool) -> Cow<'_, str> {
    let strong = text.contains("**");
    let heading = text.contains('#') && HEADING.is_match(text);
    let quote = markdown_file && text.contains('>') && BLOCKQUOTE.is_match(text);
    if !strong && !heading && !quote {
        return Cow::Borrowed(text);
    }
    let mut out = Cow::Borrowed(text);
    if quote {
        out = Cow::Owned(BLOCKQUOTE.replace_all(&out, "").into_owned());
    }
    if strong {
        out = Cow::Owned(
            out.split('\n')
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
                "## 1.1 Loan Amount\nthe principal sum of **$2,500.00** (\"Loan Amount\").",
                false
            ),
            "1.1 Loan Amount\nthe principal sum of $2,500.00 (\"Loan Amount\")."
        );
        assert_eq!(
            strip_marks("| **Total of Payments** | $2,924.46 |", false),
            "| Total of Payments | $2,924.46 |"
        );
        assert_eq!(
            strip_marks("Borrower: ________ Date: ____", false),
            "Borrower: ________ Date: ____"
        );
        // A lone asterisk (a footnote mark) and a # inside a line are words.
        assert_eq!(
            strip_marks("APR* 36% see note #2", false),
            "APR* 36% see note #2"
        );
        assert!(matches!(
            strip_marks("no marks here", false),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn blockquotes_go_in_markdown_files_only() {
        let text = "## Example\n> **Total of Payments:** $6,523.92\n>> nested $10\nA > B";
        assert_eq!(
            strip_marks(text, true),
            "Example\nTotal of Payments: $6,523.92\nnested $10\nA > B"
        );
        // In plain text a `>` line is an e-mail's quoted reply, read as such downstream.
        assert_eq!(
            strip_marks("> On Monday you wrote:\n> $500 at 10%", false),
            "> On Monday you wrote:\n> $500 at 10%"
        );
        assert!(is_markdown_file(std::path::Path::new("a/TIL.MD")));
        assert!(!is_markdown_file(std::path::Path::new("a/mail.txt")));
    }
}
