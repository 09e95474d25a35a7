//! A table laid out across the page: a row of labels, then a row of values under them, cells
//! aligned by runs of spaces, tabs or borders (`贷款金额    期数    每期应还` over `21,600.00元
//! 24期    1,003.68元`). The row of values is read as `label:value` pairs, one clause each.
//! A ruled table's border lines (`+------+------+`, `├──┼──┤`) between the two rows are skipped.

use std::sync::LazyLock;

use crate::pattern;
use regex::Regex;

/// What separates the cells of a row: a border, a tab, an ideographic space or two spaces.
static CELL_GAP: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"\s*[|│┃║¦\t\u{3000}]+\s*|\s{2,}").expect("static regex"));

/// A label of a money term, a count or a date (a draw on a credit line: 本次支用, 授信额度,
/// 借款日): a row of labels names at least two.
static FIELD_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"金额|本金|期数|期限|利率|费率|费|应还|还款|月供|总价|价格|价款|租金|日期|利息|天数|支用|提款|提现|用款|额度|借款日|到期日",
    )
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
        return paired(line_above(text, start)?, seg);
    }
    // The two rows joined into one sentence, maybe with lines before them (a heading,
    // 【分期信息】) or after them (the next sentence): those are kept as they are.
    let lines: Vec<&str> = seg.split('\n').filter(|l| !is_rule_line(l)).collect();
    (1..lines.len())
        .find_map(|k| {
            let pairs = paired(lines[k - 1], lines[k])?;
            let mut out: Vec<String> = lines[..k - 1].iter().map(|l| l.to_string()).collect();
            out.push(pairs);
            out.extend(lines[k + 1..].iter().map(|l| l.to_string()));
            Some(out.join("\n"))
        })
        .or_else(|| {
            // The row of values opens a sentence that runs on into the next line (a row with
            // no full stop): its labels are the line above the sentence.
            let pairs = paired(line_above(text, start)?, lines[0])?;
            let mut out = vec![pairs];
            out.extend(lines[1..].iter().map(|l| l.to_string()));
            Some(out.join("\n"))
        })
}

/// A ruled table's border line: dashes, box-drawing strokes and corners only, no words.
static RULE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*[-+=|:_─━│┃┄┅┈┉═║╌╍┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋╒╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡╢╣╤╥╦╧╨╩╪╫╬\s]{3,}$")
        .expect("static regex")
});

fn is_rule_line(line: &str) -> bool {
    line.trim().chars().count() >= 3 && RULE_LINE.is_match(line)
}

/// The line of `text` right above the line that opens at `start`, over any border lines of
/// a ruled table; `None` at the text's first line.
fn line_above(text: &str, start: usize) -> Option<&str> {
    let before = text.get(..start)?.trim_end_matches([' ', '\t', '\u{3000}']);
    let mut lines = before.strip_suffix('\n')?.rsplit('\n');
    lines.find(|l| !is_rule_line(l))
}

/// A cell that is a pair of its own: a label of a few words, a colon, a value.
static PAIR_CELL: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"^[^0-9:：]{1,12}[:：]\s*\S").expect("static regex"));

/// A form line of several `label:value` cells side by side (`月利率:0.5%   月综合费率:2%`,
/// `借款金额:10,000元 | 期限:12个月`), each cell read as a clause of its own
/// (`月利率:0.5%,月综合费率:2%`) so that no value is read under a neighbour's label; `None`
/// when no line of `text` is such a row.
pub(super) fn pairs_side_by_side(text: &str) -> Option<String> {
    let mut changed = false;
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            let cs = cells(line);
            if cs.len() >= 2 && cs.iter().all(|c| PAIR_CELL.is_match(c)) && has_digit(line) {
                changed = true;
                cs.join(",")
            } else {
                line.to_string()
            }
        })
        .collect();
    changed.then(|| lines.join("\n"))
}

/// A money figure glued to the words before it at the end of a cell (`毛发种植2000单位22,000.00`):
/// written with a thousands separator or cents, after a character that is not a figure.
static GLUED_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"[^0-9,.，]\s*(?P<fig>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,2})?|[0-9]+\.[0-9]{2})\s*元?$",
    )
    .expect("static regex")
});

/// A row one cell short of its labels whose first cell is a description with the next
/// column's figure glued to it (an order table: `项目  订单金额  首付` over
/// `毛发种植2000单位22,000.00  4,000.00`): that cell split in two, the figure its own cell.
fn split_glued_first<'r>(labels: &[&str], values: Vec<&'r str>) -> Vec<&'r str> {
    let Some(first) = values.first().copied() else {
        return values;
    };
    let glued = GLUED_FIGURE.captures(first).and_then(|c| c.name("fig"));
    match glued {
        Some(fig)
            if values.len() + 1 == labels.len()
                && labels.first().is_some_and(|l| !FIELD_WORD.is_match(l))
                && fig.start() > 0 =>
        {
            let mut split = vec![first[..fig.start()].trim_end(), &first[fig.start()..]];
            split.extend(values.into_iter().skip(1));
            split
        }
        _ => values,
    }
}

/// The label of a schedule's first column, the period's number: 第几期, 期次, 期号, 序号.
static PERIOD_INDEX_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^(?:第几期|(?:还款)?期次|期号|序号|第\s*[nN]\s*期|期)$").expect("static regex")
});
/// A period's number in a schedule's first column: 1, 第1期, 1/6.
static PERIOD_INDEX_CELL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^(?:第\s*)?[0-9]{1,3}\s*(?:/\s*[0-9]{1,3})?\s*(?:期)?$").expect("static regex")
});

/// The row `row` read under the row of labels `above`, as `label:value;label:value`.
fn paired(above: &str, row: &str) -> Option<String> {
    let labels = cells(above);
    let values = split_glued_first(&labels, cells(row));
    let field_words = labels.iter().filter(|l| FIELD_WORD.is_match(l)).count();
    // A two-column form (贷款金额  贷款期限 over 120,000.00元  36个月) pairs only when both
    // labels name a term and both cells under them hold a figure.
    let two_columns = labels.len() == 2
        && field_words == 2
        && values.len() == 2
        && values.iter().all(|v| has_digit(v));
    if (labels.len() < 3 && !two_columns)
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
    // A schedule's row (第几期 | 还款日 | 本金 | … over 1/6 | 7月18日 | 399.83 | …): its
    // figures are one period's, not the loan's.
    let schedule_row = labels
        .first()
        .is_some_and(|l| PERIOD_INDEX_LABEL.is_match(l))
        && values
            .first()
            .is_some_and(|v| PERIOD_INDEX_CELL.is_match(v));
    if alternating || schedule_row {
        return None;
    }
    let pairs: Vec<String> = labels
        .iter()
        .zip(&values)
        .map(|(l, v)| format!("{l}:{v}"))
        .collect();
    // Joined by commas: each pair is a clause, so that a figure is read under its own label,
    // never under a fee named in another cell of the row.
    Some(pairs.join(","))
}

/// A cell naming a tenor (`12期`, `6个月`, a tick box before it: `☑ 18期`): the first cell of
/// a row of a table of options.
static TENOR_CELL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^(?:[□☐■☑☒✓✔√]\s*)?(?P<n>[0-9]{1,3})\s*(?:期|个月)$").expect("static regex")
});
/// A line that opens with a tick box and a tenor (□ 6期 月费率0.60%, ☑ 18期): an option.
static BOXED_TENOR: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*[□☐■☑☒✓✔√]\s*(?P<n>[0-9]{1,3})\s*(?:期|个月)").expect("static regex")
});
/// A mark that picks one row of a table of options (✓ 已选, ☑, 当前选择).
static CHOSEN_MARK: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"[✓✔☑√]|已选|选中|当前选择|您的选择").expect("static regex"));
/// A date in a row: a schedule's row, not an option.
static ROW_DATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}|[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日")
        .expect("static regex")
});

/// The byte spans of the rows of `text` that are options not taken: a table listing a figure
/// for each tenor (分期期数 | 每期手续费率 | 每期手续费 over `3期 | 0.75% | 51.00元`, `6期 | …`),
/// of which only one row is this loan's. That row is the one marked (✓ 已选), else the one
/// whose tenor is the number of periods the text states outside the table. When neither says,
/// no row is this loan's for sure, and every row is left out rather than guessed.
pub(super) fn options_not_taken(text: &str) -> Vec<(usize, usize)> {
    // (start, end, tenor, marked) of each line, None for a line that is no option row.
    let mut at = 0;
    let mut lines: Vec<Option<(usize, usize, u32, bool)>> = Vec::new();
    for line in text.split('\n') {
        let (start, end) = (at, at + line.len());
        at = end + 1;
        let cs = cells(line);
        let option = (cs.len() >= 2 && !ROW_DATE.is_match(line))
            .then(|| TENOR_CELL.captures(cs.first()?))
            .flatten()
            // A tick box opens an option's line whatever its spacing (□ 12期月费率0.55%).
            .or_else(|| {
                BOXED_TENOR
                    .captures(line)
                    .filter(|_| !ROW_DATE.is_match(line))
            })
            .and_then(|c| c.name("n")?.as_str().parse::<u32>().ok())
            .map(|n| (start, end, n, CHOSEN_MARK.is_match(line)));
        lines.push(option);
    }
    let mut out = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let run: Vec<(usize, usize, u32, bool)> = lines[k..].iter().map_while(|l| *l).collect();
        if run.is_empty() {
            k += 1;
            continue;
        }
        k += run.len();
        let (first, last) = (run[0].0, run[run.len() - 1].1);
        // Options differ in tenor; a schedule's rows (1期, 2期, …) count up one by one.
        let mut tenors: Vec<u32> = run.iter().map(|r| r.2).collect();
        let consecutive = tenors.windows(2).all(|w| w[1] == w[0] + 1);
        tenors.sort_unstable();
        tenors.dedup();
        if run.len() < 2 || tenors.len() != run.len() || consecutive {
            continue;
        }
        let stated = || {
            let outside = format!(
                "{}\n{}",
                text.get(..first).unwrap_or(""),
                text.get(last..).unwrap_or("")
            );
            let counts: Vec<u32> = super::dates::INSTALLMENTS
                .captures_iter(&outside)
                .filter_map(|c| {
                    ["a", "b", "d", "c", "s"]
                        .iter()
                        .find_map(|g| c.name(g))
                        .and_then(|m| m.as_str().parse::<u32>().ok())
                })
                .collect();
            counts
                .first()
                .copied()
                .filter(|n| counts.iter().all(|m| m == n))
        };
        let marked: Vec<u32> = run.iter().filter(|r| r.3).map(|r| r.2).collect();
        let chosen = match marked.as_slice() {
            [n] => Some(*n),
            [] => stated(),
            _ => None,
        };
        out.extend(
            run.iter()
                .filter(|r| Some(r.2) != chosen)
                .map(|r| (r.0, r.1)),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{options_not_taken, under_labels};

    #[test]
    fn rows_of_other_tenors_are_options_not_taken() {
        let table = "期数 | 费率 | 每期费用\n3期 | 0.8% | 40.00元\n6期 | 0.7% | 35.00元 | 已选\n12期 | 0.6% | 30.00元\n";
        let text = format!("借款金额5,000元\n{table}");
        let rows: Vec<&str> = options_not_taken(&text)
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect();
        assert_eq!(rows, ["3期 | 0.8% | 40.00元", "12期 | 0.6% | 30.00元"]);
        // No mark: the tenor the text states picks the row.
        let text = format!("借款金额5,000元,分12期\n{}", table.replace(" | 已选", ""));
        let rows: Vec<&str> = options_not_taken(&text)
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect();
        assert_eq!(rows, ["3期 | 0.8% | 40.00元", "6期 | 0.7% | 35.00元"]);
        // A schedule's rows count up one by one and carry dates: no options.
        let plan = "期数 | 还款日 | 应还\n1期 | 2025-07-01 | 500.00\n2期 | 2025-08-01 | 500.00\n";
        assert!(options_not_taken(plan).is_empty());
    }

    fn read(text: &str) -> Option<String> {
        let start = text.rfind('\n').map_or(0, |i| i + 1);
        under_labels(text, start, text.len())
    }

    #[test]
    fn values_under_a_row_of_labels_are_pairs() {
        assert_eq!(
            read("借款金额      期数    每期应还\n8,000.00元    6期     1,400.00元").as_deref(),
            Some("借款金额:8,000.00元,期数:6期,每期应还:1,400.00元")
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
            Some("【分期信息】\n分期本金:6,000.00,期数:6期,每期手续费:42.00\n不计利息。")
        );
    }
}
