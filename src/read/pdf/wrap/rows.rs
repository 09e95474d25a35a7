//! Table rows on a laid-out page: which lines are rows, and how a row the right margin cut
//! goes on in the next line (the rest of its last cell), as `wrap` joins them.

use super::super::layout::Line;
use super::{Glue, RUNS_ON, latin_glue};
use crate::read::document::{is_cjk, is_cjk_like};
use crate::read::normalize::is_heading_start;

/// How the next line continues a table row `p` (the row so far `acc`) that the margin
/// cut, if it does: the rest of its last cell, with fewer cells than the row (a row of
/// its own has as many), not a figure (a sparse row's), at a break inside a sentence.
/// The row is cut where its next unit would not have fitted: for Chinese, cut anywhere,
/// within a fraction of an ideograph of the margin; for Latin text after the column gap
/// it was typed with, where a cell's next word would have begun.
pub(super) fn cut_row(p: &Line, line: &Line, acc: &str, full: f32, cjk: bool) -> Option<Glue> {
    let t = line.text.trim_start();
    let size = p.size.max(line.size);
    if cells(t) >= cells(&p.text) || t.starts_with(['|', '+']) {
        return None;
    }
    if cjk {
        // The rest of a Chinese cell: ideographs, no column of its own.
        let rest = t.starts_with(is_cjk_like) && !t.contains("  ");
        let cut = p.u_end + line.first_unit > full - 0.25 * size;
        return (rest && cut).then_some(Glue::Tight);
    }
    let figure = t.starts_with(|c: char| c.is_ascii_digit() || "$£€¥".contains(c));
    let cut = p.u_end >= full - 8.0 * size && p.u_end + 2.0 * size + line.first_unit > full - size;
    let head = acc.trim_end();
    // A row's cells are no sentence: a break that a sentence would run on across (a
    // lower-case word, a run of capitals, a number) may as well end a cell (`… of each
    // month` / `beginning …`, `… EDT` / `PROPERTY …`). A cell goes on only after a comma,
    // a function word or a hyphen (`TOTAL OF` / `PAYMENTS`), before a bracket or box it
    // opens (`[ ] Vehicle` / `[ ] Line of credit`) or one that closes the cell's own.
    let word = head.rsplit(char::is_whitespace).next().unwrap_or(head);
    let goes_on = head.ends_with([',', '-'])
        || RUNS_ON.iter().any(|w| word.eq_ignore_ascii_case(w))
        || t.starts_with(['(', '[']);
    let runs_on = (goes_on && latin_glue(head, t).is_some()) || closes_bracket(head, t);
    (cut && !figure && runs_on).then_some(Glue::Space)
}

/// A table row as laid out: cells apart by column gaps (rendered as two spaces), or a
/// ruled row (see [`is_ruled_row`]).
pub(super) fn is_table_row(text: &str) -> bool {
    text.trim().matches("  ").count() >= 2 || is_ruled_row(text)
}

/// A row of `|` cells, or a box-drawn row or border.
pub(super) fn is_ruled_row(text: &str) -> bool {
    text.matches('|').count() >= 3 || text.chars().any(|c| ('\u{2500}'..='\u{257F}').contains(&c))
}

/// A field's value that stops at a comma and goes on in the next line, indented under the
/// value column (`会员服务费  399.00元，享受…权益，` over `      于最后一期还款时一并支付`):
/// `p` a label and its value apart by a column gap, the next line set further in at normal
/// leading, and no field of its own (no label's colon near its start).
pub(super) fn value_goes_on_indented(
    p: &Line,
    line: &Line,
    acc: &str,
    pitch: Option<f32>,
) -> Option<Glue> {
    let size = p.size.max(line.size);
    let t = line.text.trim_start();
    let leading = line.v - p.v > 0.0 && line.v - p.v <= pitch.map_or(2.2 * size, |pt| 1.25 * pt);
    let indented = line.u_start >= p.u_start + 2.0 * size;
    let goes_on = acc.trim_end().ends_with([',', '，', '、'])
        && p.text.trim().contains("  ")
        && !t.chars().take(14).any(|c| matches!(c, ':' | '：'))
        && !is_heading_start(t)
        && !t.contains("  ");
    let cjk = acc.chars().any(is_cjk) || t.chars().next().is_some_and(is_cjk_like);
    (leading && indented && goes_on).then_some(if cjk { Glue::Tight } else { Glue::Space })
}

/// The cells of a table row: text between column gaps or `|` rules.
fn cells(text: &str) -> usize {
    text.split('|')
        .flat_map(|c| c.split("  "))
        .filter(|c| !c.trim().is_empty())
        .count()
}

/// A row of `|` cells whose last cell is left open (`| 29.50% | $494.15 | $1,980.00`): the
/// margin cut it, as a ruled row closes every cell it opens.
pub(super) fn is_open_row(acc: &str) -> bool {
    let t = acc.trim();
    t.starts_with('|') && !t.ends_with('|') && t.matches('|').count() >= 3
}

/// `head` leaves a bracket open that `next` closes before it opens another (`(every
/// other` / `Friday)`, `(includes a balloon` / `of $9,500.00)`).
fn closes_bracket(head: &str, next: &str) -> bool {
    let open = head
        .rfind('(')
        .is_some_and(|o| head.rfind(')').is_none_or(|c| c < o));
    open && next
        .find(['(', ')'])
        .is_some_and(|i| next[i..].starts_with(')'))
}

/// The rest of a ruled row cut by the margin: cells closed by `|`, none opened (the row's
/// next line starts with `|`, its border with `+`).
pub(super) fn is_ruled_tail(t: &str) -> bool {
    let t = t.trim();
    t.ends_with('|') && (t == "|" || !t.starts_with(['|', '+']))
}

#[cfg(test)]
mod tests {
    use super::super::{join_wrapped, right_margin};
    use super::*;

    /// A line of an A4 page set at 10.5 pt from a 56 pt margin, `row` lines down at 1.6
    /// leading, its first unit `first_unit` wide.
    fn ln(text: &str, u_start: f32, u_end: f32, row: usize, first_unit: f32) -> Line {
        Line {
            text: text.to_string(),
            u_start,
            u_end,
            v: 100.0 + 16.8 * row as f32,
            size: 10.5,
            first_unit,
        }
    }

    /// The page's lines joined, the page 595.3 pt wide (its mirrored margin at 539.3).
    fn page(lines: Vec<Line>) -> Vec<String> {
        let right = right_margin(&lines);
        join_wrapped(lines, right, Some((0.0, 595.3)))
    }

    #[test]
    fn a_ruled_row_left_open_runs_on_into_the_line_that_closes_it() {
        let out = page(vec![
            ln("CONSUMER INSTALLMENT NOTE", 56.0, 250.0, 0, 60.8),
            ln(
                "Your payment schedule: 17 monthly payments of $137.45 and a final payment of $137.50,",
                56.0,
                535.4,
                1,
                23.8,
            ),
            ln("| 29.50%  | $494.15  | $1,980.00", 56.0, 498.5, 2, 6.3),
            // The rest of the cut row, indented by its cell's padding.
            ln("| $2,474.15  |", 138.2, 321.5, 3, 6.3),
            // A row opened by an empty cell, not cut: the next line is a heading.
            ln(
                "| 48 | $250.43 (final payment $250.50) | monthly beginning 07/17/2026",
                56.0,
                500.0,
                4,
                3.5,
            ),
            ln(
                "ITEMIZATION OF THE AMOUNT FINANCED | Amount",
                56.0,
                300.0,
                5,
                68.0,
            ),
            ln("first due 10/09/2025.", 56.0, 166.8, 6, 20.5),
        ]);
        assert_eq!(
            out[2..],
            [
                "| 29.50%  | $494.15  | $1,980.00 | $2,474.15  |",
                "| 48 | $250.43 (final payment $250.50) | monthly beginning 07/17/2026",
                "ITEMIZATION OF THE AMOUNT FINANCED | Amount",
                "first due 10/09/2025.",
            ]
        );
    }

    #[test]
    fn an_open_ruled_cell_runs_on_over_several_lines() {
        let out = page(vec![
            ln(
                "| ANNUAL PERCENTAGE RATE | FINANCE CHARGE | Amount Financed | Total of Payments |",
                56.0,
                529.7,
                0,
                3.5,
            ),
            ln(
                "| The cost of your credit as a yearly rate. | The dollar amount the credit will cost you. | The",
                56.0,
                532.7,
                1,
                3.5,
            ),
            ln(
                "amount of credit provided to you or on your behalf. | The amount you will have paid after",
                56.0,
                527.1,
                2,
                40.5,
            ),
            ln(
                "you have made all payments as scheduled. |",
                56.0,
                291.2,
                3,
                19.3,
            ),
            ln(
                "| 12% | $1,474.24 | $5,700.00 | $7,174.24 |",
                56.0,
                284.0,
                4,
                3.5,
            ),
        ]);
        assert_eq!(
            out,
            [
                "| ANNUAL PERCENTAGE RATE | FINANCE CHARGE | Amount Financed | Total of Payments |",
                "| The cost of your credit as a yearly rate. | The dollar amount the credit will cost you. | The amount of credit provided to you or on your behalf. | The amount you will have paid after you have made all payments as scheduled. |",
                "| 12% | $1,474.24 | $5,700.00 | $7,174.24 |",
            ]
        );
    }

    #[test]
    fn a_row_cut_by_the_margin_runs_on_into_the_rest_of_its_last_cell() {
        let out = page(vec![
            ln("CREDIT UNION LOAN AGREEMENT", 56.0, 300.0, 0, 60.0),
            ln(
                "LOAN TYPE:  [ ] Share secured  [X] Signature (unsecured)  [ ] Vehicle",
                56.0,
                511.2,
                1,
                25.3,
            ),
            ln("[ ] Line of credit", 56.0, 169.8, 2, 6.3),
            ln(
                "PAYMENTS:  [ ] Monthly  [ ] Semi-monthly  [X] Bi-weekly (every other",
                56.0,
                511.2,
                3,
                56.9,
            ),
            ln("Friday)  [ ] Weekly", 56.0, 182.4, 4, 44.3),
            ln(
                "ANNUAL PERCENTAGE RATE  |  FINANCE CHARGE  |  AMOUNT FINANCED  |  TOTAL OF",
                62.3,
                530.1,
                5,
                37.9,
            ),
            ln("PAYMENTS", 56.0, 106.6, 6, 50.6),
            // The next row, and rows that end where the next one begins: not cut.
            ln(
                "32.00%  |  $1,100.22  |  $3,000.00  |  $4,190.22",
                62.3,
                530.1,
                7,
                37.9,
            ),
            ln(
                "RATE LOCK  NO  x YES, until 4/16/2013 at 5:00 p.m. EDT",
                56.0,
                520.0,
                8,
                30.0,
            ),
            ln("PROPERTY 456 Somewhere Avenue", 56.0, 250.0, 9, 50.0),
            ln(
                "Your share account balance of $1,250.00 is not pledged for this loan. Late charge: $20.00",
                56.0,
                529.5,
                10,
                23.8,
            ),
            ln(
                "if a payment is more than 10 days late.",
                56.0,
                263.6,
                11,
                6.6,
            ),
            ln(
                "1  $9,880.34  10/17/2030 (includes a balloon",
                56.0,
                520.0,
                12,
                12.0,
            ),
            ln("of $9,500.00)", 56.0, 130.0, 13, 12.0),
        ]);
        assert_eq!(
            out[1..],
            [
                "LOAN TYPE:  [ ] Share secured  [X] Signature (unsecured)  [ ] Vehicle [ ] Line of credit",
                "PAYMENTS:  [ ] Monthly  [ ] Semi-monthly  [X] Bi-weekly (every other Friday)  [ ] Weekly",
                "ANNUAL PERCENTAGE RATE  |  FINANCE CHARGE  |  AMOUNT FINANCED  |  TOTAL OF PAYMENTS",
                "32.00%  |  $1,100.22  |  $3,000.00  |  $4,190.22",
                "RATE LOCK  NO  x YES, until 4/16/2013 at 5:00 p.m. EDT",
                "PROPERTY 456 Somewhere Avenue",
                "Your share account balance of $1,250.00 is not pledged for this loan. Late charge: $20.00 if a payment is more than 10 days late.",
                "1  $9,880.34  10/17/2030 (includes a balloon of $9,500.00)",
            ]
        );
    }

    #[test]
    fn a_chinese_row_runs_on_only_where_the_margin_cut_it() {
        let out = page(vec![
            ln("【分期业务信息】", 56.0, 140.0, 0, 10.5),
            ln(
                "办理日期 | 分期类型 | 分期本金 | 分期期数 | 每期手续费率 | 每期应还本金 | 每期手续费 | 剩余未还本",
                56.0,
                533.7,
                1,
                10.5,
            ),
            ln("金", 56.0, 66.5, 2, 10.5),
            ln(
                "说明:分期本金按期平均入账,手续费按分期本金×每期手续费率逐期收取,12期手续费合计864.00元。",
                56.0,
                535.6,
                3,
                10.5,
            ),
            // A row that ends an ideograph short of the margin is whole.
            ln(
                "借款金额:10,000.00元  借款期限:12个月  年利率(单利):23.5%  还款方式:等额本息",
                56.0,
                520.3,
                4,
                10.5,
            ),
            ln(
                "担保服务费:每期30.00元(借款金额的0.3%),随每期本息支付给增信服务方。",
                56.0,
                430.5,
                5,
                10.5,
            ),
            ln("确认日期:2025年11月6日", 56.0, 180.5, 6, 10.5),
        ]);
        assert_eq!(
            out[1..],
            [
                "办理日期 | 分期类型 | 分期本金 | 分期期数 | 每期手续费率 | 每期应还本金 | 每期手续费 | 剩余未还本金",
                "说明:分期本金按期平均入账,手续费按分期本金×每期手续费率逐期收取,12期手续费合计864.00元。",
                "借款金额:10,000.00元  借款期限:12个月  年利率(单利):23.5%  还款方式:等额本息",
                "担保服务费:每期30.00元(借款金额的0.3%),随每期本息支付给增信服务方。",
                "确认日期:2025年11月6日",
            ]
        );
    }

    #[test]
    fn a_value_stopped_at_a_comma_goes_on_in_the_indented_line() {
        let out = page(vec![
            ln("借款费用展示(借款前)", 56.0, 171.5, 0, 10.5),
            ln(
                "本页面仅为借款前的费用展示,不构成借款合同;借款合同以您确认后签署的《借款合同》为准。",
                56.0,
                536.5,
                1,
                10.5,
            ),
            ln(
                "会员服务费  399.00元,借款期间享受提额、免息券等权益,",
                56.0,
                381.7,
                2,
                10.5,
            ),
            ln(
                "于最后一期还款时一并支付(2026年12月1日)",
                161.0,
                380.0,
                3,
                10.5,
            ),
            // An indented field of its own (a label's colon) is no value's rest.
            ln("备注  以合同为准,", 56.0, 200.0, 4, 10.5),
            ln("借款人:张三", 161.0, 250.0, 5, 10.5),
        ]);
        assert_eq!(
            out[2..],
            [
                "会员服务费  399.00元,借款期间享受提额、免息券等权益,于最后一期还款时一并支付(2026年12月1日)",
                "备注  以合同为准,",
                "借款人:张三",
            ]
        );
    }
}
