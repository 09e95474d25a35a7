//! Consecutive screenshots of one long page overlap: a phone scrolls a little less than a
//! screen, so the last lines of one screenshot are the first lines of the next, and the
//! line at each edge may be cut in half. Read as one document, the repeated lines are read
//! once, and the seam is put where a sentence ends inside the repeated part, so that no
//! sentence is split between two screenshots when the overlap allows it.
//!
//! Lines are compared by their letters, digits and ideographs (character-pair overlap, so
//! that OCR reading one character differently in the two images still matches).

use super::document::{Document, OcrWord};

/// Lines of the next screenshot searched for the first line of the overlap (the ones
/// before it are cut at the top edge).
const HEAD_LINES: usize = 8;
/// Lines at the end of the previous screenshot searched for the overlap.
const TAIL_LINES: usize = 30;
/// Similarity for the first repeated line, and for the lines after it.
const ANCHOR: f64 = 0.75;
const FOLLOW: f64 = 0.6;

/// Where to cut two consecutive screenshot texts: keep `prev[..a]` and `next[b..]`. `None`
/// when they do not overlap.
pub fn overlap_cut(prev: &str, next: &str) -> Option<(usize, usize)> {
    let p = lines(prev);
    let n = lines(next);
    let tail_from = p.len().saturating_sub(TAIL_LINES);
    for j in 0..n.len().min(HEAD_LINES) {
        if n[j].key.len() < 4 {
            continue;
        }
        for i in tail_from..p.len() {
            let m = p.len() - i;
            let anchored = similarity(&p[i].key, &n[j].key) >= ANCHOR;
            // Every repeated line but prev's last (it may be cut at the bottom edge) and, in
            // Chinese, the one before it when it holds no ideograph: a line cut at the edge
            // can be read as two lines of Latin garbage (`end, 4 +e`, `‘tote`).
            let edge_garbage =
                |t: usize| t + 2 == m && has_ideograph(&p[i].key) && !has_ideograph(&p[i + t].key);
            let follows = (1..m.saturating_sub(1)).all(|t| {
                edge_garbage(t)
                    || n.get(j + t)
                        .is_some_and(|l| similarity(&p[i + t].key, &l.key) >= FOLLOW)
            });
            if !anchored || !follows {
                continue;
            }
            // The seam: after the last whole repeated line that ends a sentence.
            let usable = (m - 1).min(n.len() - j - 1);
            let k = (1..=usable)
                .rev()
                .find(|&k| ends_sentence(p[i + k - 1].text))
                .unwrap_or(0);
            return Some((p[i + k].start, n[j + k].start));
        }
    }
    None
}

fn has_ideograph(key: &[char]) -> bool {
    key.iter()
        .any(|&c| super::document::is_cjk_like(c) && c.is_alphabetic())
}

/// `doc` (one screenshot) with its text cut to `start..end`, its words moved with it.
pub fn trim(doc: &Document, start: usize, end: usize, note: Option<String>) -> Document {
    let text = doc.text.get(start..end).unwrap_or_default().to_string();
    let mut out = Document::from_pages(&doc.path, &[text]);
    out.kind = doc.kind;
    out.ocr_pages = doc.ocr_pages.clone();
    out.encoding = doc.encoding;
    out.warnings = doc.warnings.clone();
    out.warnings.extend(note);
    out.ocr_words = doc
        .ocr_words
        .iter()
        .filter(|w| w.start >= start && w.end <= end)
        .map(|w| OcrWord {
            start: w.start - start,
            end: w.end - start,
            ..w.clone()
        })
        .collect();
    out
}

struct Line<'a> {
    start: usize,
    text: &'a str,
    key: Vec<char>,
}

/// The non-empty lines of `text` with their byte offsets and comparison keys.
fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        let key: Vec<char> = raw.chars().filter(|c| c.is_alphanumeric()).collect();
        if !key.is_empty() {
            out.push(Line {
                start: at,
                text: raw.trim_end(),
                key,
            });
        }
        at += raw.len();
    }
    out
}

fn ends_sentence(line: &str) -> bool {
    line.chars().next_back().is_some_and(|c| {
        matches!(
            c,
            '。' | '；' | ';' | '.' | '!' | '?' | '！' | '？' | ':' | '：'
        )
    })
}

/// Dice coefficient of the character pairs of two keys (1.0: the same).
fn similarity(a: &[char], b: &[char]) -> f64 {
    if a.len() < 2 || b.len() < 2 {
        return f64::from(u8::from(a == b));
    }
    let mut pairs: Vec<(char, char)> = a.windows(2).map(|w| (w[0], w[1])).collect();
    let total = pairs.len() + b.len() - 1;
    let mut common = 0usize;
    for w in b.windows(2) {
        if let Some(at) = pairs.iter().position(|&p| p == (w[0], w[1])) {
            pairs.swap_remove(at);
            common += 1;
        }
    }
    2.0 * common as f64 / total as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_lines_are_read_once_and_the_seam_ends_a_sentence() {
        let prev = "第六条 服务费\n6.1 服务费人民币800元。\n第七条 还款方式\n7.1 共分12期偿还,每月15日为还款日。\n7.2 每期应还本息人民币916.80元(末期含尾\n";
        let next = "期含尾差调\n7.1 共分12期偿还,每月15日为还款日。\n7.2 每期应还本息人民币916.80元(末期含尾差调整),本息合计11001.61元。\n第八条 代扣授权\n";
        let (a, b) = overlap_cut(prev, next).expect("they overlap");
        let joined = format!("{}{}", &prev[..a], &next[b..]);
        assert_eq!(
            joined,
            "第六条 服务费\n6.1 服务费人民币800元。\n第七条 还款方式\n7.1 共分12期偿还,每月15日为还款日。\n7.2 每期应还本息人民币916.80元(末期含尾差调整),本息合计11001.61元。\n第八条 代扣授权\n"
        );
    }

    #[test]
    fn one_character_read_differently_still_matches() {
        let prev = "The borrower shall pay a late fee of $15.\nInterest accrues daily at the rate above.\n";
        let next = "Interest accrues dai1y at the rate above.\nSection 9. Prepayment\n";
        let (a, b) = overlap_cut(prev, next).expect("they overlap");
        // Prev's last line may be cut at the bottom edge: the next screenshot's is kept.
        assert_eq!(&prev[..a], "The borrower shall pay a late fee of $15.\n");
        assert_eq!(&next[b..], next);
    }

    #[test]
    fn a_chinese_line_cut_at_the_bottom_edge_read_as_two_lines_of_garbage_is_no_bar() {
        let prev = "第八条还款方式\n8.2每期归还本金人民币2,083.33元。\n8.3借款人应于每期还款日前存入足额款项。\nend, 4 +e\n‘tote\n";
        let next = "息按当期期初贷款本金余额计算。\n8.3借款人应于每期还款日前存入足额款项。\n第九条提前还款\n";
        let (a, b) = overlap_cut(prev, next).unwrap();
        let joined = format!("{}{}", &prev[..a], &next[b..]);
        assert_eq!(joined.matches("8.3借款人").count(), 1, "{joined}");
        assert!(
            !joined.contains("tote") && joined.contains("第九条"),
            "{joined}"
        );
    }

    #[test]
    fn screenshots_without_common_lines_are_kept_whole() {
        assert_eq!(
            overlap_cut("借款金额为人民币10000元。\n", "第二条 借款期限为12个月。\n"),
            None
        );
    }
}
