//! A sentence broken by the end of a printed page (`…按照借款本金的百分` / page break /
//! `之三十向甲方支付违约金`) is made whole again on the page where it starts, as the HTML or
//! Word original has it: the extractor reads sentences, and a page break ends one. A leaf.
//!
//! A page's last line continues on the next page when it is long (a wrapped body line, not a
//! footer or a signature label), does not end a sentence, and the next page starts inside
//! that sentence: ideograph to ideograph (not a clause heading), or in English a lower-case
//! word after a lower-case word or a comma. The next page's first line then moves up.

use super::document::is_cjk;
use super::normalize::is_heading_start;

/// Shortest last line (in characters) that may continue on the next page.
const MIN_BROKEN_LINE: usize = 20;

/// Rejoin sentences broken across the ends of `pages`, in place.
pub fn join_across_pages(pages: &mut [String]) {
    for i in 1..pages.len() {
        let (before, after) = pages.split_at_mut(i);
        let (Some(prev), Some(next)) = (before.last_mut(), after.first_mut()) else {
            continue;
        };
        let Some(glue) = continues(prev, next) else {
            continue;
        };
        let body = next.trim_start_matches(['\n', ' ']);
        let (first, rest) = body.split_once('\n').unwrap_or((body, ""));
        let trimmed = prev.trim_end().len();
        prev.truncate(trimmed);
        prev.push_str(glue);
        prev.push_str(first.trim());
        prev.push('\n');
        *next = rest.to_string();
    }
}

/// The glue (`""` for Chinese, `" "` for English) when the last line of `prev` continues
/// on the first line of `next`.
fn continues(prev: &str, next: &str) -> Option<&'static str> {
    let last = prev.trim_end().rsplit('\n').next()?.trim();
    let first = next.trim_start_matches(['\n', ' ']).lines().next()?.trim();
    if last.chars().count() < MIN_BROKEN_LINE || first.is_empty() || is_heading_start(first) {
        return None;
    }
    let end = last.chars().next_back()?;
    let start = first.chars().next()?;
    if is_cjk(end) && is_cjk(start) {
        return Some("");
    }
    let english_end = end.is_ascii_lowercase() || end == ',';
    let lower_word = first
        .split_whitespace()
        .next()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()));
    (english_end && lower_word && last.is_ascii()).then_some(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(pages: &[&str]) -> Vec<String> {
        let mut pages: Vec<String> = pages.iter().map(|p| p.to_string()).collect();
        join_across_pages(&mut pages);
        pages
    }

    #[test]
    fn a_sentence_broken_by_the_page_end_is_whole_on_its_first_page() {
        let got = joined(&[
            "第五条\n5.3 乙方有下列情形之一的,甲方有权要求乙方按照借款本金的百分\n",
            "之三十向甲方支付违约金:\na) 乙方未按约定用途使用借款;\n",
        ]);
        assert_eq!(
            got[0],
            "第五条\n5.3 乙方有下列情形之一的,甲方有权要求乙方按照借款本金的百分之三十向甲方支付违约金:\n"
        );
        assert_eq!(got[1], "a) 乙方未按约定用途使用借款;\n");
        let got = joined(&[
            "We may charge you a default charge and any other default interest in\n",
            "accordance with clause 6.\nNext line\n",
        ]);
        assert!(
            got[0].ends_with("interest in accordance with clause 6.\n"),
            "{got:?}"
        );
        assert_eq!(got[1], "Next line\n");
    }

    #[test]
    fn finished_sentences_headings_and_short_lines_stay_apart() {
        for pages in [
            [
                "乙方应按期足额偿还借款本金和利息并支付相关费用。\n",
                "第六条 争议解决\n",
            ],
            [
                "乙方应按期足额偿还借款本金和利息并支付相关费用和\n",
                "第六条 争议解决\n",
            ],
            [
                "乙方应按期足额偿还借款本金和利息并支付相关费用和\n",
                "一、总则\n",
            ],
            ["某某小额贷款有限公司\n", "借款合同\n"],
            [
                "The borrower shall repay the whole loan on the due date.\n",
                "interest\n",
            ],
            [
                "The borrower shall repay the whole loan on the due date\n",
                "Section 5\n",
            ],
        ] {
            let got = joined(&pages);
            assert_eq!(got, pages, "{pages:?}");
        }
    }
}
