//! A table laid out across the page: a row of labels, then a row of values under them, cells
//! aligned by runs of spaces, tabs or borders (`贷款金额    期数    每期应还` over `21,600.00元
//! 24期    1,003.68元`). The row of values is read as `label:value` pairs, one clause each.

use std::sync::LazyLock;

use regex::Regex;

/// What separates the cells of a row: a border, a tab, an ideographic space or two spaces.
static CELL_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*[|│┃║¦\t\u{3000}]+\s*|\s{2,}").expect("static regex"));

/// A label of a money term, a count or a date: a row of labels names at least two.
static FIELD_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"金额|本金|期数|期限|利率|费率|费|应还|还款|月供|总价|价格|日期|利息|天数")
        .expect("static regex")
});

pub(super) fn cells(line: &str) -> Vec<&str> {
    CELL_GAP
        .split(line.trim())
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

fn has_digit(cell: &str) -> bool {
    cell.bytes().any(|b| b.is_ascii_digit())
}

/// A cell that can be a label: a few words, no figure.
fn label_like(cell: &str) -> bool {
    !has_digit(cell) && (2..=12).contains(&cell.chars().count())
}

/// The row of values at `start..end` of `text` read under the row of labels right above it
/// (the line before, or the first line of the sentence), as `label:value;label:value`; `None`
/// when there is no such pair of rows.
pub(super) fn under_labels(text: &str, start: usize, end: usize) -> Option<String> {
    let seg = text.get(start..end)?;
    if !seg.contains('\n') {
        // The labels may be the line above the sentence.
        let before = text.get(..start)?.trim_end_matches([' ', '\t', '\u{3000}']);
        return paired(before.strip_suffix('\n')?.rsplit('\n').next()?, seg);
    }
    // The two rows joined into one sentence, maybe with lines before them (a heading,
    // 【分期信息】) or after them (the next sentence): those are kept as they are.
    let lines: Vec<&str> = seg.split('\n').collect();
    (1..lines.len()).find_map(|k| {
        let pairs = paired(lines[k - 1], lines[k])?;
        let mut out: Vec<String> = lines[..k - 1].iter().map(|l| l.to_string()).collect();
        out.push(pairs);
        out.extend(lines[k + 1..].iter().map(|l| l.to_string()));
        Some(out.join("\n"))
    })
}

/// The row `row` read under the row of labels `above`, as `label:value;label:value`.
fn paired(above: &str, row: &str) -> Option<String> {
    let (labels, values) = (cells(above), cells(row));
    let field_words = labels.iter().filter(|l| FIELD_WORD.is_match(l)).count();
    if labels.len() < 3
        || labels.len() != values.len()
        || !labels.iter().all(|l| label_like(l))
        || field_words < 2
        || values.iter().filter(|v| has_digit(v)).count() < 2
    {
        return None;
    }
    // A row that alternates labels and figures (借款金额  10,000元  期限  12个月) is a row of
    // its own pairs, not values under the labels above.
    let alternating = values.iter().step_by(2).all(|v| label_like(v))
        && values.iter().skip(1).step_by(2).all(|v| has_digit(v));
    if alternating {
        return None;
    }
    let pairs: Vec<String> = labels
        .iter()
        .zip(&values)
        .map(|(l, v)| format!("{l}:{v}"))
        .collect();
    Some(pairs.join(";"))
}

#[cfg(test)]
mod tests {
    use super::under_labels;

    fn read(text: &str) -> Option<String> {
        let start = text.rfind('\n').map_or(0, |i| i + 1);
        under_labels(text, start, text.len())
    }

    #[test]
    fn values_under_a_row_of_labels_are_pairs() {
        assert_eq!(
            read("借款金额      期数    每期应还\n8,000.00元    6期     1,400.00元").as_deref(),
            Some("借款金额:8,000.00元;期数:6期;每期应还:1,400.00元")
        );
    }

    #[test]
    fn rows_of_their_own_pairs_are_left_alone() {
        assert_eq!(
            read("借款人  张三  贷款人  李四\n借款金额  10,000元  期限  12个月"),
            None
        );
        assert_eq!(
            read("合同名称  个人借款合同  编号\n借款金额  10,000元  期数"),
            None
        );
        assert_eq!(read("一、借款金额\n二、期数 12期"), None);
        // A heading above the labels does not hide them.
        assert_eq!(
            under_labels(
                "【分期信息】\n分期本金 | 期数 | 每期手续费\n6,000.00 | 6期 | 42.00\n不计利息。",
                0,
                98
            )
            .as_deref(),
            Some("【分期信息】\n分期本金:6,000.00;期数:6期;每期手续费:42.00\n不计利息。")
        );
    }
}
