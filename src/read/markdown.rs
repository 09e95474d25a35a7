//! Plain text written in Markdown (a `.md` template, a contract pasted from a chat tool): the
//! emphasis marks (`**$2,500.00**`, `**Illinois**`) and heading marks (`## 3. REPAYMENT`) are
//! layout, not words, and would stand between a label and its figure. They are taken out; the
//! words stay as written. Underscores are left alone: `____` is a blank to fill in.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::pattern;

/// A pair of `**` around text on one line.
static STRONG: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"\*\*([^*\n]+?)\*\*").expect("static regex"));
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
        out = Cow::Owned(STRONG.replace_all(&out, "$1").into_owned());
    }
    if heading {
        out = Cow::Owned(HEADING.replace_all(&out, "").into_owned());
    }
    out
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
