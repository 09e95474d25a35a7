//! Sentences ("segments") of a Chinese contract and a fast byte -> char evidence index.
//!
//! PDFs and HTML tables put a label on one line and its value on the next (`借款年利率` /
//! `36%`); such label lines are merged with the value line so the pair reads as one sentence.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::pattern;
use crate::read::PAGE_BREAK;

/// One sentence of the document: byte range `start..end` of `doc.text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Byte offset of the first char.
    pub start: usize,
    /// Byte offset just past the last char (a 。/； terminator is included).
    pub end: usize,
}

fn is_terminator(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '？' | '!' | '?')
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

fn is_line_break(c: char) -> bool {
    c == '\n' || c == '\u{c}'
}

/// A clause heading (`第三条`, `2.2 `, `(一)`, `三、`) starts a new sentence, never a value.
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:第[0-9一二三四五六七八九十百]+[条章节款]|[0-9]+(?:\.[0-9]+)*(?:[、)]|\.\s|\s+)\s*\p{Han}|[0-9]+\.\p{Han}|[0-9]+(?:\.[0-9]+)+\s*[\p{Han}--[万亿千元]]|[(][0-9一二三四五六七八九十]+[)]|[一二三四五六七八九十]+、)")
        .expect("static regex")
});

/// A line that opens with a value (or a blank where a value belongs), a share of the loan too
/// (`借款金额的1.5%`, `本金×2%`).
static VALUE_START: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:[0-9]|[¥$%_【\[]|人民币|元|RMB|CNY|\{|[零〇壹贰叁肆伍陆柒捌玖拾佰仟一二两三四五六七八九十百千万]|(?:日|月|年)?(?:百|千|万)分之|(?:按\s*)?(?:借款|贷款|融资|用款|合同)?(?:金额|本金|额度)\s*(?:的|×|\*|乘以)\s*(?:[0-9]|(?:百|千|万)分之))")
        .expect("static regex")
});

/// A field of a form or table: a short label, then a slash cell border, dot leaders, a wide
/// gap or a tab (a tab-separated table) before its value.
static FIELD_ROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"^\s*[\p{Han}A-Za-z()（）]{2,16}(?:\s+/\s+|\s*[…⋯]{2,}|\s*\.{4,}|[ \t\u{3000}]{2,}\S|\t\S)",
    )
    .expect("static regex")
});

/// A short row of a label, a space and a figure or code (`借款金额 3000.00`, `本期账单金额
/// ¥15,326.40`, `借款单号 RJ2025…`): a whole field, never prose wrapped at the page edge.
static LABELLED_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*[\p{Han}()（）]{2,12}[ \t\u{3000}]+[¥￥$]?\s*[A-Za-z]{0,4}[0-9][0-9,.:\-/ ]*(?:元|%)?\s*$")
        .expect("static regex")
});

/// A short label, one space and then a figure (`账期 60天,2026年7月11日到期`, `订单金额 ¥2,680.00`):
/// a field of its own.
static SPACED_FIGURE_ROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*[\p{Han}]{2,8}[ \t\u{3000}]+[¥￥$]?\s*[0-9]").expect("static regex")
});

/// A short label, a space and its value (`付款方式 资金方于…`, `供货商 江城鲜采通…`).
static SPACED_ROW: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"^\s*[\p{Han}]{2,8}[ \t\u{3000}]+\S").expect("static regex"));

/// A line holding nothing but a figure (`8,000.00`, `¥ 500`, `0.05%`).
static BARE_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*[¥￥$]?\s*[0-9][0-9,.]*\s*[%‰]?\s*$").expect("static regex")
});

/// Split `text` into sentences, then merge label lines with the value line that follows.
pub fn segments(text: &str) -> Vec<Segment> {
    // (start, end, ended at a line break)
    let mut raw: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = 0usize;
    for (i, c) in text.char_indices() {
        if is_terminator(c) {
            push_trimmed(text, &mut raw, start, i + c.len_utf8(), false);
            start = i + c.len_utf8();
        } else if is_line_break(c) {
            push_trimmed(text, &mut raw, start, i, true);
            start = i + c.len_utf8();
        } else if c == '|' && text.get(i + 1..).is_some_and(|r| r.starts_with('|')) {
            // `…| 2025-10-10 || 平台服务费 |…`: two table rows a PDF put on one line.
            push_trimmed(text, &mut raw, start, i + 1, false);
            start = i + 1;
        }
    }
    push_trimmed(text, &mut raw, start, text.len(), false);
    // Running headers and footers are dropped, so a label before one joins its value after it.
    let furniture = page_furniture(text);
    if !furniture.is_empty() {
        raw.retain(|&(s, e, _)| {
            let line = line_around(text, s, e);
            !furniture.contains(line) || is_page_footer(line)
        });
    }

    let mut out: Vec<Segment> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while let Some(&(s, mut e, mut by_line)) = raw.get(i) {
        let mut merged = 0;
        // A label joins at most three value lines; a sentence wrapped over full lines may run
        // longer (it still ends at its 。/；, which split `raw` already).
        while by_line && merged < MAX_WRAPPED_LINES {
            let Some(&(ns, ne, nl)) = raw.get(i + 1) else {
                break;
            };
            let cur = text.get(s..e).unwrap_or("");
            let next = text.get(ns..ne).unwrap_or("");
            if is_wrapped(cur, next) || value_goes_on_indented(text, cur, ns, next) {
                e = ne;
                by_line = nl;
                i += 1;
                merged += 1;
                continue;
            }
            // A page footer (第 1 页) between the two halves of a sentence broken by a page
            // break: the sentence runs on over the footer, which the reader of the segment drops.
            if is_page_footer(next) {
                if let Some(&(as_, ae, al)) = raw.get(i + 2) {
                    let after = text.get(as_..ae).unwrap_or("");
                    let page_break = text.get(e..as_).is_some_and(|g| g.contains(PAGE_BREAK));
                    if page_break && is_wrapped(cur, after) {
                        e = ae;
                        by_line = al;
                        i += 2;
                        merged += 1;
                        continue;
                    }
                }
            }
            if merged >= 3 || !should_merge(cur, next) {
                break;
            }
            e = ne;
            by_line = nl;
            i += 1;
            merged += 1;
        }
        out.push(Segment { start: s, end: e });
        i += 1;
    }
    join_questions_with_answers(text, out)
}

/// A question line (问: 借多久?) and the answer after it (答: 12个月) read as one sentence: the
/// question names what the answer's figure is.
fn join_questions_with_answers(text: &str, segs: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segs.len());
    // Whether the last segment pushed is an answer still open (its line ended mid-sentence).
    let mut open_answer = false;
    for seg in segs {
        let body = text.get(seg.start..seg.end).unwrap_or("");
        if let Some(prev) = out.last_mut() {
            let before = text.get(prev.start..prev.end).unwrap_or("");
            let is_new = QUESTION.is_match(body) || ANSWER.is_match(body);
            if QUESTION.is_match(before) && ANSWER.is_match(body)
                || open_answer && !is_new && !HEADING.is_match(body)
            {
                prev.end = seg.end;
                open_answer = !body.ends_with(is_terminator);
                continue;
            }
        }
        open_answer = ANSWER.is_match(body) && !body.ends_with(is_terminator);
        out.push(seg);
    }
    out
}

/// A question and its answer joined (see [`join_questions_with_answers`]), line breaks gone.
static QUESTION_ANSWER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?s)^\s*(?:问|Q|提问)\s*[:：.、]\s*(?P<q>[^?？]*)[?？]\s*(?:答|A|回答)\s*[:：.、]\s*(?P<a>.*)$")
        .expect("static regex")
});

/// What a question asks for (data/question_labels.tsv): phrase -> field label.
static QUESTION_LABELS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    include_str!("data/question_labels.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .collect()
});

/// A question-and-answer sentence read as `label: answer` when the question asks for a known
/// field (问: 本次借多少钱? 答: 10,000元 -> 借款金额: 10,000元).
pub(super) fn answer_under_label(text: &str) -> Option<String> {
    let c = QUESTION_ANSWER.captures(text)?;
    let question = c.name("q")?.as_str();
    let answer = c.name("a")?.as_str();
    let label = QUESTION_LABELS
        .iter()
        .filter_map(|(phrase, label)| question.find(phrase).map(|at| (at, *label)))
        .min_by_key(|(at, _)| *at)?
        .1;
    Some(format!("{label}:{answer}"))
}

/// A row of an app screen that labels its value with a question (借多少  ¥3000, 怎么还
/// 每月等额还款) read as `label: value`: the question opens the row and a gap or a colon
/// follows it.
pub(super) fn question_row(text: &str) -> Option<String> {
    let row = text.trim_start();
    let (phrase, label) = QUESTION_LABELS
        .iter()
        .filter(|(phrase, _)| row.starts_with(phrase))
        .max_by_key(|(phrase, _)| phrase.len())?;
    let value = row.get(phrase.len()..)?;
    let value = value.strip_prefix(['?', '？']).unwrap_or(value);
    // A gap, a colon, or the figure itself right after the question (借多少 / ¥5,000.00
    // joined from two lines; 分几期 6期).
    let gap = value.starts_with([':', '：', ' ', '\t', '\u{3000}'])
        || value.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '¥' | '￥' | '$'));
    gap.then(|| {
        format!(
            "{label}:{}",
            value.trim_start_matches([':', '：', ' ', '\t', '\u{3000}'])
        )
    })
}

/// A row of a table whose cells a spaced slash divides (借款期限 / 12个月) read as
/// `label: value`. A slash inside a figure or a unit (0.5%/月, 2025/5/1) has no spaces.
pub(super) fn slash_row(text: &str) -> Option<String> {
    static SLASH_ROW: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"^\s*(?P<label>[\p{Han}A-Za-z()（）]{2,16})\s+/\s+(?P<value>\S.*)$")
            .expect("static regex")
    });
    let c = SLASH_ROW.captures(text)?;
    Some(format!(
        "{}:{}",
        c.name("label")?.as_str(),
        c.name("value")?.as_str()
    ))
}

/// A question line: `问:` / `Q:` and a question mark at its end.
pub(super) static QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:问|Q|提问)\s*[:：.、]\s*[^\n]*[?？]\s*$").expect("static regex")
});
/// An answer line: `答:` / `A:`.
static ANSWER: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"^\s*(?:答|A|回答)\s*[:：.、]").expect("static regex"));

/// The most lines one wrapped sentence is joined from.
const MAX_WRAPPED_LINES: usize = 12;

/// A page header/footer line that only numbers the page: `第 1 页`, `第1页 共3页`, `- 2 -`,
/// `2/3`, `Page 2 of 3`.
static PAGE_FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:第\s*[0-9]+\s*页(?:\s*[,/]?\s*共\s*[0-9]+\s*页)?|共\s*[0-9]+\s*页\s*第\s*[0-9]+\s*页|[-—]\s*[0-9]+\s*[-—]|[0-9]+\s*/\s*[0-9]+|(?i:page)\s+[0-9]+(?:\s+of\s+[0-9]+)?)\s*$")
        .expect("static regex")
});

/// Whether `line` only numbers a page (see [`PAGE_FOOTER`]).
pub fn is_page_footer(line: &str) -> bool {
    PAGE_FOOTER.is_match(line)
}

/// A page number inside a longer line (`｜ 第4/6页 ｜`, `第 2 页 共 6 页`, `Page 2`).
static PAGE_TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"第\s*[0-9]+\s*(?:/\s*[0-9]+\s*)?页|[0-9]+\s*/\s*[0-9]+\s*页|(?i:page)\s+[0-9]+",
    )
    .expect("static regex")
});

/// The lines of `text` that are page furniture: a page number alone, or a running header or
/// footer (a line naming a page number that recurs, its digits aside, on another page: an
/// e-signature platform's stamp line). They are not part of the sentences around them.
pub(super) fn page_furniture(text: &str) -> HashSet<&str> {
    let paged: Vec<&str> = text
        .split(['\n', '\u{c}'])
        .map(str::trim)
        .filter(|l| l.contains(['页', 'p', 'P']) && PAGE_TOKEN.is_match(l))
        .collect();
    let shape = |l: &str| -> String { l.chars().filter(|c| !c.is_ascii_digit()).collect() };
    let shapes: Vec<String> = paged.iter().map(|l| shape(l)).collect();
    paged
        .iter()
        .zip(&shapes)
        .filter(|(l, sh)| is_page_footer(l) || shapes.iter().filter(|o| o == sh).count() >= 2)
        .map(|(l, _)| *l)
        .collect()
}

/// A body line wrapped mid-sentence where the page was full (PDF text, often with blank
/// lines between the wrapped lines): a long line that stops inside a word, a number or a
/// bracket continues on the next line, unless that line opens a new clause or field.
fn is_wrapped(cur: &str, next: &str) -> bool {
    if HEADING.is_match(next) {
        return false;
    }
    // 1, | 188.00元: a figure broken at its thousands separator; (一次性收取, | 计入第一期
    // 账单): a bracket the next line closes.
    if broken_figure(cur, next) || closes_open_bracket(cur, next) {
        return true;
    }
    // A next line of its own "label: value" form is a new field, not a continuation; so is
    // a line of a form or table row (借款期限 / 12个月, 分期期数……12期, 借多久    6个月),
    // and a row of that form is complete.
    if next.chars().take(14).any(|c| c == ':') || FIELD_ROW.is_match(next) {
        return false;
    }
    // A short label, one space and a figure (账期 60天, 本次采购货款 ¥35,000.00) opens a field
    // of its own; so does a label and a space under another such row (付款方式 资金方于… over
    // 供货商 江城…): the rows of an order page written with single spaces.
    let last_row = cur
        .rsplit(['\n', '\u{c}'])
        .find(|l| !l.trim().is_empty())
        .unwrap_or(cur);
    if SPACED_FIGURE_ROW.is_match(next)
        || (SPACED_ROW.is_match(next) && SPACED_ROW.is_match(last_row))
    {
        return false;
    }
    // A label joined with its value line (借款金额(元) / 8,000.00) is a whole field: a short
    // last line holding only a figure ends it.
    let last_line = cur
        .rsplit(['\n', '\u{c}'])
        .find(|l| !l.trim().is_empty() && !is_page_footer(l))
        .unwrap_or(cur);
    if last_line.chars().count() < 16 && BARE_FIGURE.is_match(last_line) && cur.contains('\n') {
        return false;
    }
    if cur.chars().count() < 16 {
        return false;
    }
    if FIELD_ROW.is_match(last_line) || LABELLED_FIGURE.is_match(last_line) {
        return false;
    }
    // A row of fields set apart by middle dots (借款金额 ¥8,500 · 分12期 · 等额本息) is
    // complete: an app screen or a summary line, not prose wrapped at the page edge.
    if last_line.matches(" · ").count() >= 1 || last_line.matches('·').count() >= 2 {
        return false;
    }
    let (Some(last), Some(first)) = (cur.chars().next_back(), next.chars().next()) else {
        return false;
    };
    let text_end = is_han(last) || matches!(last, ',' | '、' | '(');
    let number_end = last.is_ascii_digit() || matches!(last, '.' | ',');
    let text_start = is_han(first);
    // 2026年3 | 月15日, 1,966.6 | 7元, 人民币捌仟 | 伍佰元整, 壹万元整( | ¥10,000.00)
    let number_start =
        first.is_ascii_digit() || matches!(first, '.' | '%' | '‰' | '¥' | '￥' | ')' | '(');
    (text_end || number_end) && (text_start || number_start)
}

/// A field's value that stops at a comma and goes on in the next line, indented under the
/// value column (`会员服务费　　399.00元，享受…权益，` over `　　　　于最后一期还款时一并支付`),
/// that line being no field of its own.
fn value_goes_on_indented(text: &str, cur: &str, next_start: usize, next: &str) -> bool {
    let line_start = text
        .get(..next_start)
        .and_then(|t| t.rfind(['\n', '\u{c}']))
        .map_or(0, |k| k + 1);
    let indent = text.get(line_start..next_start).unwrap_or("");
    let indented = indent
        .chars()
        .map(|c| if c == '\u{3000}' { 2 } else { 1 })
        .sum::<usize>()
        >= 4;
    indented
        && cur.ends_with([',', '，', '、'])
        && !HEADING.is_match(next)
        && !FIELD_ROW.is_match(next)
        && !next.chars().take(14).any(|c| matches!(c, ':' | '：'))
}

/// `cur` ends inside a figure at its thousands separator (`19,`) and `next` goes on with the
/// three digits of the group (`800.00`).
fn broken_figure(cur: &str, next: &str) -> bool {
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let mut back = cur.chars().rev();
    if back.next() != Some(',') || !back.next().is_some_and(digit) {
        return false;
    }
    let group: Vec<char> = next.chars().take(4).collect();
    group.len() >= 3
        && group[..3].iter().all(|&c| digit(c))
        && !group.get(3).is_some_and(|&c| digit(c))
}

/// `cur` leaves a bracket open and `next` closes it, opening none first.
fn closes_open_bracket(cur: &str, next: &str) -> bool {
    let depth = |s: &str| -> i32 {
        s.chars()
            .map(|c| match c {
                '(' | '（' => 1,
                ')' | '）' => -1,
                _ => 0,
            })
            .sum()
    };
    let first_close = next.find([')', '）']);
    let first_open = next.find(['(', '（']);
    depth(cur) > 0 && first_close.is_some_and(|c| first_open.is_none_or(|o| c < o))
}

/// The trimmed line of `text` holding `s..e`.
fn line_around(text: &str, s: usize, e: usize) -> &str {
    let from = text
        .get(..s)
        .and_then(|t| t.rfind(['\n', '\u{c}']))
        .map_or(0, |k| k + 1);
    let to = text
        .get(e..)
        .and_then(|t| t.find(['\n', '\u{c}']))
        .map_or(text.len(), |k| e + k);
    text.get(from..to).unwrap_or("").trim()
}

fn push_trimmed(text: &str, raw: &mut Vec<(usize, usize, bool)>, s: usize, e: usize, line: bool) {
    let Some(slice) = text.get(s..e) else { return };
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.is_empty() {
        return;
    }
    let ts = s + lead;
    raw.push((ts, ts + trimmed.len(), line));
}

/// Merge a line with the next when the line is an open label and the next line is its value.
fn should_merge(cur: &str, next: &str) -> bool {
    if HEADING.is_match(next) {
        return false;
    }
    if !VALUE_START.is_match(next) {
        return false;
    }
    let Some(last) = cur.chars().next_back() else {
        return false;
    };
    let open_end = matches!(
        last,
        ':' | '为'
            | '币'
            | '¥'
            | '按'
            | '的'
            | '计'
            | '额'
            | '率'
            | '费'
            | '息'
            | '金'
            | '限'
            | '数'
            | '款'
    );
    let short_label = cur.chars().count() <= 14 && !cur.chars().any(|c| c.is_ascii_digit());
    // A lone unit line ("元。", "%") always belongs to the line before.
    let unit_line = next.chars().count() <= 3 && next.starts_with(['元', '%']);
    open_end || short_label || unit_line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        segments(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn two_table_rows_run_together_are_two_sentences() {
        assert_eq!(
            texts("| 执行利率 | 年化8% || 服务费 | 每期50元 |"),
            vec!["| 执行利率 | 年化8% |", "| 服务费 | 每期50元 |"]
        );
    }

    #[test]
    fn splits_on_sentence_ends_and_lines() {
        assert_eq!(
            texts("借款金额1万元。年利率12%;\n第二条 还款"),
            vec!["借款金额1万元。", "年利率12%;", "第二条 还款"]
        );
    }

    #[test]
    fn merges_table_label_with_value() {
        assert_eq!(
            texts("借款年利率\n36%\n放款金额\n第二条 还款"),
            vec!["借款年利率\n36%", "放款金额", "第二条 还款"]
        );
        assert_eq!(
            texts("借款本金:人民币\n元。"),
            vec!["借款本金:人民币\n元。"]
        );
    }

    #[test]
    fn joins_a_sentence_wrapped_inside_a_number_or_a_word() {
        // PDF lines break where the line is full, with blank lines between them.
        let line = "本协议项下借款采用等额本息方式还款,共分12期偿还,首期还款日为2025";
        let text = format!("{line}\n\n年4月15日。\n第八条 代扣");
        assert_eq!(
            texts(&text),
            vec![format!("{line}\n\n年4月15日。").as_str(), "第八条 代扣"]
        );
        for (a, b) in [
            ("乙方每月归还本金及利息,合计人民币1,96", "6.67元。"),
            (
                "甲方以现金方式实际交付乙方人民币捌仟",
                "伍佰元整(¥8,500.00)。",
            ),
            (
                "乙方应于到期日归还借款本金人民币壹万元整(",
                "¥10,000.00),无需另付利息。",
            ),
        ] {
            let text = format!("{a}\n{b}");
            assert_eq!(texts(&text), vec![text.as_str()], "{a} | {b}");
        }
    }

    #[test]
    fn a_new_field_or_clause_is_not_a_continuation() {
        assert_eq!(
            texts("统一社会信用代码:91330100MA2XXXXXX1\n住所:浙江省杭州市滨江区"),
            vec![
                "统一社会信用代码:91330100MA2XXXXXX1",
                "住所:浙江省杭州市滨江区"
            ]
        );
        assert_eq!(
            texts("借款期限为12个月,自放款日起算,共计十二期\n第五条 借款利率"),
            vec![
                "借款期限为12个月,自放款日起算,共计十二期",
                "第五条 借款利率"
            ]
        );
    }

    #[test]
    fn a_sentence_runs_on_over_a_page_footer() {
        let a = "本协议项下放款日为2025年3月15日,最后一期还款日为2026年3";
        for footer in ["第 1 页", "第1页 共3页", "- 1 -", "1/3", "Page 1 of 3"] {
            let text = format!("{a}\n\n{footer}\n\u{c}月15日。\n第五条 借款利率");
            let segs = texts(&text);
            assert_eq!(segs.len(), 2, "{footer}: {segs:?}");
            assert!(
                segs[0].starts_with(a) && segs[0].ends_with("月15日。"),
                "{footer}"
            );
        }
        // Without a page break a short numbered line stays its own line.
        assert_eq!(texts("第 1 页\n月15日。").len(), 2);
        assert!(is_page_footer("第 2 页") && !is_page_footer("第二条 借款金额"));
    }

    #[test]
    fn single_spaced_rows_of_an_order_page_stay_apart() {
        // A long row of prose ending in a word, then a row of a label, one space and a figure.
        assert_eq!(
            texts(
                "结算方式 平台于2026年3月1日将款项一次性直接付给合作商户\n还款期限 90天,2026年5月30日到期\n月利率 1.2%"
            ),
            vec![
                "结算方式 平台于2026年3月1日将款项一次性直接付给合作商户",
                "还款期限 90天,2026年5月30日到期",
                "月利率 1.2%"
            ]
        );
        // Two rows of a label and words, one under the other.
        assert_eq!(
            texts(
                "经销商 江城某某电器销售有限责任公司第二分公司\n收款账户 经销商在平台登记的对公账户"
            ),
            vec![
                "经销商 江城某某电器销售有限责任公司第二分公司",
                "收款账户 经销商在平台登记的对公账户"
            ]
        );
        // Prose wrapped mid-sentence is still one sentence.
        assert_eq!(
            texts("借款人应当按照本合同约定的还款计划按时足额归还借款本金及\n利息,不得拖延。")
                .len(),
            1
        );
    }

    #[test]
    fn label_value_pairs_of_an_app_screen_stay_apart() {
        assert_eq!(
            texts("贷款额度(元)\n12,500.00\n分期期数\n9期\n月费率\n0.5%"),
            vec!["贷款额度(元)\n12,500.00", "分期期数\n9期", "月费率\n0.5%"]
        );
    }

    #[test]
    fn a_question_and_its_answer_are_one_sentence() {
        assert_eq!(
            texts("问:一共要还多少钱?\n答:10,600.00元。\n问:有没有手续费?"),
            vec!["问:一共要还多少钱?\n答:10,600.00元。", "问:有没有手续费?"]
        );
        // An answer wrapped over lines runs on to its sentence end.
        assert_eq!(
            texts("问:手续费怎么收?\n答:手续费300元,\n放款时扣除。\n问:几期?"),
            vec![
                "问:手续费怎么收?\n答:手续费300元,\n放款时扣除。",
                "问:几期?"
            ]
        );
    }

    #[test]
    fn an_answer_reads_under_the_label_its_question_asks_for() {
        assert_eq!(
            answer_under_label("问:每月要还多少?答:1,200元。").as_deref(),
            Some("每期还款金额:1,200元。")
        );
        assert_eq!(answer_under_label("问:有没有手续费?答:没有。"), None);
        assert_eq!(answer_under_label("借款金额:1,200元。"), None);
    }

    #[test]
    fn an_app_row_labelled_by_a_question_reads_under_its_label() {
        assert_eq!(
            question_row("借多长时间\u{3000}9个月").as_deref(),
            Some("借款期限:9个月")
        );
        assert_eq!(
            question_row("每月还多少：¥812.40").as_deref(),
            Some("每期还款金额:¥812.40")
        );
        // A question word inside prose is no label.
        assert_eq!(question_row("借多少由出借人决定"), None);
    }

    #[test]
    fn a_row_of_a_slashed_table_reads_as_label_and_value() {
        assert_eq!(slash_row("贷款年限 / 3年").as_deref(), Some("贷款年限:3年"));
        assert_eq!(slash_row("月费率0.5%/月"), None);
        assert_eq!(slash_row("签约日 2025/5/1"), None);
    }

    #[test]
    fn rows_of_a_form_are_not_wrapped_prose() {
        assert_eq!(
            texts(
                "贷款本金 / 30,000.00元整
贷款期限 / 24个月"
            ),
            vec!["贷款本金 / 30,000.00元整", "贷款期限 / 24个月"]
        );
        assert_eq!(
            texts(
                "申请分期本金…………人民币9,000.00元
分期期数…………6期"
            ),
            vec!["申请分期本金…………人民币9,000.00元", "分期期数…………6期"]
        );
    }

    #[test]
    fn does_not_merge_into_heading() {
        assert_eq!(
            texts("借款信息\n1.1 借款金额"),
            vec!["借款信息", "1.1 借款金额"]
        );
    }
}
