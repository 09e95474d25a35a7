//! Labels run into their values in text copied from a web page or an app screen: a definition
//! list (`<dt>订单金额</dt><dd>¥6,800.00</dd>`) copied as plain text loses its breaks and its
//! colons, and one line reads `订单金额¥6,800.00 付款方式分期月付 分期数12期 年利率（单利）14.4%，…
//! 分期服务费订单金额的1.5%/期 每期应还¥713.83`, where a sentence reader takes the tail of one
//! value for the next label's name (`…金额相同分期服务费`).
//!
//! The reader drops a space between two Chinese characters, so a label after a value in words
//! (`分期月付 分期数12期`) comes glued on both sides (`分期月付分期数12期`). When a line has at
//! least [`MIN_JOINS`] labels glued to their values, [`MIN_SPACED`] of them after a space, the
//! extractor reads a copy with each label on its own line and two spaces after it
//! (as the page shows it: `订单金额  ¥6,800.00`); every quote is then taken again from the
//! document as written. The labels are those of order and instalment summaries.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::en::Deglued;
use crate::pattern;
use crate::read::Document;

/// How many glued labels make a line a copied definition list.
const MIN_JOINS: usize = 3;
/// How many of them must stand after a space (the others after a Chinese character).
const MIN_SPACED: usize = 2;

/// Labels of order, loan and instalment summaries (longest first in the pattern).
const LABELS: &[&str] = &[
    "订单金额",
    "订单总额",
    "商品金额",
    "商品总价",
    "商品价格",
    "借款金额",
    "贷款金额",
    "分期金额",
    "借款本金",
    "贷款本金",
    "到账金额",
    "实际到账",
    "放款金额",
    "付款方式",
    "还款方式",
    "资金方",
    "放款机构",
    "出资方",
    "分期数",
    "分期期数",
    "还款期数",
    "借款期限",
    "贷款期限",
    "年利率",
    "月利率",
    "日利率",
    "年化利率",
    "综合年化",
    "年化费率",
    "分期服务费",
    "分期手续费",
    "服务费",
    "手续费",
    "担保费",
    "每期应还",
    "每期还款",
    "每月应还",
    "每月还款",
    "月供",
    "首期应还",
    "末期应还",
    "利息合计",
    "总利息",
    "利息总额",
    "服务费合计",
    "手续费合计",
    "担保费合计",
    "应还总额",
    "还款总额",
    "总还款额",
    "总还款",
    "总金额",
    "应还合计",
    "首付金额",
    "首付款",
    "首付",
    "还款日",
    "首期还款日",
    "下单时间",
    "下单人",
    "申请时间",
];

/// A space, then a label (with a bracketed qualifier: `年利率（单利）`) glued to its value: a
/// figure, a currency sign, or a word that is not the label going on (`服务费用`, `月供款`).
static JOIN: LazyLock<Regex> = LazyLock::new(|| {
    let mut labels: Vec<&str> = LABELS.to_vec();
    labels.sort_by_key(|l| std::cmp::Reverse(l.chars().count()));
    pattern::regex(&format!(
        r"(?m)(?P<gap>^|[ \t\u{{3000}}]+|)(?P<label>(?:{})(?:[(（][^()（）\n]{{1,6}}[)）])?)[0-9¥￥\p{{Han}}]",
        labels.join("|")
    ))
    .expect("static regex")
});

/// Words that go on a label rather than start its value (`服务费用`, `首付款`, `还款日期`).
const LABEL_GOES_ON: &[char] = &[
    '用', '款', '期', '率', '额', '数', '为', '是', '的', '和', '及', '与',
];

/// Words that take a label's name as their object with no space (`按订单金额计`, `以借款金额为
/// 基数`, `占分期金额`): the name is the base of a charge inside a value, not a new field.
const TAKES_A_BASE: &[char] = &['按', '以', '依', '照', '占', '据', '乘', '于'];

/// The label joins of one line: (gap start, gap end, label end), byte offsets in `text`.
fn joins(line_start: usize, line: &str) -> Vec<(usize, usize, usize)> {
    JOIN.captures_iter(line)
        .filter_map(|c| {
            let (gap, label) = (c.name("gap")?, c.name("label")?);
            let next = line.get(label.end()..)?.chars().next()?;
            if LABEL_GOES_ON.contains(&next) {
                return None;
            }
            // Without a space, a label must follow a Chinese character (whose space the
            // reader dropped), not run on from a figure or a word in Latin letters.
            let before = line.get(..gap.start()).and_then(|b| b.chars().next_back());
            if gap.as_str().is_empty() && before.is_some_and(|b| !is_han(b)) {
                return None;
            }
            if gap.as_str().is_empty() && before.is_some_and(|b| TAKES_A_BASE.contains(&b)) {
                return None;
            }
            Some((
                line_start + gap.start(),
                line_start + gap.end(),
                line_start + label.end(),
            ))
        })
        .collect()
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

/// A copy of `doc` with its glued labels set apart, when a line has at least [`MIN_JOINS`]
/// of them after a space.
pub(crate) fn split(doc: &Document) -> Option<Deglued> {
    let text = doc.text.as_str();
    if text.len() > 200_000 {
        return None;
    }
    let matched = super::matching_text(text);
    let mut all: Vec<(usize, usize, usize)> = Vec::new();
    let mut start = 0usize;
    for line in matched.split_inclusive('\n') {
        let found = joins(start, line);
        let spaced = found.iter().filter(|(s, e, _)| e > s).count();
        if found.len() >= MIN_JOINS && spaced >= MIN_SPACED {
            all.extend(found);
        }
        start += line.len();
    }
    if all.is_empty() {
        return None;
    }
    let mut copy = String::with_capacity(text.len() + all.len() * 3);
    let mut to_original = Vec::with_capacity(text.len() + all.len() * 3);
    let mut at = 0usize;
    for (gap_start, gap_end, label_end) in all {
        copy.push_str(text.get(at..gap_start)?);
        to_original.extend(at..gap_start);
        // A label at the start of its line needs no break.
        let line_start = gap_start == 0 || text.as_bytes().get(gap_start - 1) == Some(&b'\n');
        if gap_end > gap_start || !line_start {
            copy.push('\n');
            to_original.push(gap_start);
        }
        copy.push_str(text.get(gap_end..label_end)?);
        to_original.extend(gap_end..label_end);
        copy.push_str("  ");
        to_original.extend([label_end, label_end]);
        at = label_end;
    }
    copy.push_str(text.get(at..)?);
    to_original.extend(at..=text.len());
    Some(Deglued::from_parts(
        Document::from_text(&doc.path, doc.kind, &copy),
        to_original,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    use crate::read::SourceKind;

    fn copy_of(text: &str) -> Option<String> {
        let doc = Document::from_text(Path::new("x.txt"), SourceKind::Text, text);
        split(&doc).map(|d| d.doc.text.clone())
    }

    #[test]
    fn a_copied_definition_list_gets_its_labels_back_on_their_own_lines() {
        let got = copy_of("借款金额¥12,000.00 资金方某某消费金融有限公司 还款期数6期 月利率1.2% 每月应还¥2,150.00\n").unwrap();
        assert!(got.contains("借款金额  ¥12,000.00\n资金方  某某"), "{got}");
        assert!(
            got.contains("\n还款期数  6期\n月利率  1.2%\n每月应还  ¥2,150.00"),
            "{got}"
        );
        // The reader dropped the space between two Chinese characters: the label is set
        // apart all the same, and the value before it keeps its words.
        let got =
            copy_of("贷款金额8,000.00元 放款机构某某银行还款方式等额本息 月利率1.5%\n").unwrap();
        assert!(
            got.contains("\n放款机构  某某银行\n还款方式  等额本息\n月利率  1.5%"),
            "{got}"
        );
        // A qualifier in brackets stays with its label.
        let got = copy_of("分期金额3,600元 年化利率（单利）18% 分期手续费每期0.6% 月供336.00元\n")
            .unwrap();
        assert!(got.contains("\n年化利率（单利）  18%"), "{got}");
    }

    #[test]
    fn ordinary_sentences_and_spaced_labels_are_left_alone() {
        // Labels with their colons or a space are no joins.
        assert!(
            copy_of("借款金额：10,000元 年利率：12% 借款期限：12个月 还款方式：等额本息\n")
                .is_none()
        );
        assert!(copy_of("借款金额 10,000元 年利率 12% 借款期限 12个月\n").is_none());
        // Two joins are not enough.
        assert!(copy_of("订单金额¥3,000.00 分期数6期 合计¥3,180.00\n").is_none());
        // Labels glued after Chinese characters alone, with no space at all, are prose.
        assert!(copy_of("本合同约定借款金额10000元年利率12%还款方式等额本息\n").is_none());
        // A label's name taken as the base of a charge inside a value (以商品金额计收) is no
        // label: the value keeps it.
        let got = copy_of("商品金额¥9,600.00 分期期数6期 分期手续费每月0.9%,以商品金额计收,每期¥86.40 还款总额¥10,118.40\n").unwrap();
        assert!(got.contains("每月0.9%,以商品金额计收,每期¥86.40"), "{got}");
        assert!(got.contains("\n还款总额  ¥10,118.40"), "{got}");
        // A total of the repayment not in the list's usual words (总还款) is a field of its own.
        let got =
            copy_of("分期金额¥6,000.00 分期数6期 手续费合计¥324.00 总还款¥6,324.00\n").unwrap();
        assert!(
            got.contains("\n手续费合计  ¥324.00\n总还款  ¥6,324.00"),
            "{got}"
        );
        // A label word going on (服务费用, 还款日期) is no join.
        assert!(
            copy_of("甲方承担服务费用 还款日期另行约定 手续费用由乙方承担 月供款项\n").is_none()
        );
    }
}
