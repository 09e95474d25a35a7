//! A repayment schedule printed as a table (期数 | 还款日 | 本金 | 利息 | 服务费 | 合计): a
//! header naming the columns in any order or subset, then one row per instalment. Cells are
//! separated by `|`, `│`, tabs or two spaces or more.

use super::*;
use crate::model::StatedRow;

/// What a column of the schedule holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Index,
    Date,
    Principal,
    Interest,
    Fee,
    Total,
    /// A column read but not recorded (剩余本金, 备注).
    Other,
}

fn column(header: &str) -> Col {
    let h = header.trim();
    if h.contains("剩余") || h.contains("余额") || h.contains("备注") {
        Col::Other
    } else if matches!(
        h,
        "期数" | "期次" | "期号" | "序号" | "期" | "还款期数" | "还款期次"
    ) {
        Col::Index
    } else if h.contains("日期") || h.ends_with('日') || h.contains("时间") {
        Col::Date
    } else if h.contains("合计")
        || h.contains("本息")
        || h.contains("月供")
        || h.contains("总额")
        || h.contains("还款额")
        || h.contains("还款金额")
        || h.contains("应还金额")
        || h.contains("小计")
        || h.contains("应还款额")
    {
        Col::Total
    } else if h.contains("本金") {
        Col::Principal
    } else if h.contains("利息") {
        Col::Interest
    } else if h.ends_with('费') || h.contains("费用") {
        Col::Fee
    } else {
        Col::Other
    }
}

/// One printed row, its figures as stated.
pub(super) struct Row {
    start: usize,
    end: usize,
    index: u32,
    date: Option<NaiveDate>,
    principal: Option<Decimal>,
    interest: Option<Decimal>,
    fees: Option<Decimal>,
    total: Option<Decimal>,
}

/// The printed schedule: the byte span of its rows and the rows.
pub(super) struct Table {
    /// Where the header line starts: the table runs from here to `rows_end`.
    pub(super) header_start: usize,
    pub(super) rows_start: usize,
    pub(super) rows_end: usize,
    rows: Vec<Row>,
}

/// The byte ranges of the cells of `line` (which starts at byte `at` of the text).
fn cells(original: &str, at: usize) -> Vec<(usize, usize)> {
    static SEP: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[|│┃║¦\t\u{3000}]+\s*|\s{2,}").expect("static regex"));
    let mut out = Vec::new();
    let mut from = 0;
    for m in SEP.find_iter(original) {
        if m.start() > from {
            out.push((at + from, at + m.start()));
        }
        from = m.end();
    }
    if original.len() > from {
        out.push((at + from, at + original.len()));
    }
    out.retain(|(s, e)| {
        original
            .get(s - at..e - at)
            .is_some_and(|c| !c.trim().is_empty())
    });
    out
}

/// A money cell: `4,166.67`, `¥500.00`, `500元`, `-` (none).
fn cell_amount(cell: &str) -> Option<Decimal> {
    let c = cell
        .trim()
        .trim_start_matches(['¥', '￥'])
        .trim_end_matches('元')
        .trim();
    parse_decimal(c)
}

fn cell_index(cell: &str) -> Option<u32> {
    let c = cell
        .trim()
        .trim_start_matches('第')
        .trim_end_matches('期')
        .trim();
    parse_count(c).filter(|n| (1..=600).contains(n))
}

/// The printed schedule in `text` (the matched text; `original` is `doc.text`, same offsets),
/// if there is one with at least two rows.
pub(super) fn find(text: &str, original: &str) -> Option<Table> {
    let mut lines = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        lines.push((at, line));
        at += line.len() + 1;
    }
    let mut i = 0;
    while let Some(&(at, line)) = lines.get(i) {
        i += 1;
        let orig = original.get(at..at + line.len()).unwrap_or("");
        let header: Vec<Col> = cells(orig, at)
            .iter()
            .map(|(s, e)| column(text.get(*s..*e).unwrap_or("")))
            .collect();
        let has = |c: Col| header.contains(&c);
        let is_header = header.len() >= 3
            && has(Col::Index)
            && (has(Col::Principal) || has(Col::Interest) || has(Col::Total))
            && header.iter().filter(|c| **c != Col::Other).count() >= 3;
        if !is_header {
            continue;
        }
        let mut rows: Vec<Row> = Vec::new();
        while let Some(&(rat, rline)) = lines.get(i) {
            if rline.trim().is_empty()
                || rline
                    .trim_start()
                    .starts_with(['-', '─', '━', '=', '+', '┌', '├', '└', '╞'])
            {
                i += 1;
                continue;
            }
            let orig = original.get(rat..rat + rline.len()).unwrap_or("");
            let cs = cells(orig, rat);
            if cs.len() != header.len() {
                break;
            }
            let cell = |k: usize| cs.get(k).and_then(|(s, e)| text.get(*s..*e)).unwrap_or("");
            let mut row = Row {
                start: rat + (rline.len() - rline.trim_start().len()),
                end: rat + rline.trim_end().len(),
                index: 0,
                date: None,
                principal: None,
                interest: None,
                fees: None,
                total: None,
            };
            let mut ok = true;
            for (k, col) in header.iter().enumerate() {
                let c = cell(k);
                match col {
                    Col::Index => match cell_index(c) {
                        Some(n) => row.index = n,
                        None => ok = false,
                    },
                    Col::Date => row.date = parse_date(c),
                    Col::Principal => row.principal = cell_amount(c),
                    Col::Interest => row.interest = cell_amount(c),
                    Col::Fee => {
                        if let Some(v) = cell_amount(c) {
                            row.fees = Some(row.fees.unwrap_or(Decimal::ZERO) + v);
                        }
                    }
                    Col::Total => row.total = cell_amount(c),
                    Col::Other => {}
                }
            }
            if !ok {
                break;
            }
            rows.push(row);
            i += 1;
        }
        if rows.len() >= 2 {
            let rows_start = rows.first().map_or(0, |r| r.start);
            let rows_end = rows.last().map_or(0, |r| r.end);
            return Some(Table {
                header_start: at,
                rows_start,
                rows_end,
                rows,
            });
        }
    }
    None
}

impl Extractor<'_> {
    /// Record the printed rows; a level total is the instalment and the row count the number
    /// of instalments, when the text does not state them.
    pub(super) fn stated_schedule(&mut self, table: Table) {
        for r in &table.rows {
            self.terms.stated_schedule.push(StatedRow {
                index: r.index,
                date: r.date,
                principal: r.principal,
                interest: r.interest,
                fees: r.fees,
                total: r.total,
                evidence: self.doc.evidence(r.start, r.end),
            });
        }
        let Some(first) = self.terms.stated_schedule.first().cloned() else {
            return;
        };
        if self.terms.installments.is_none() {
            let count = u32::try_from(table.rows.len()).unwrap_or(u32::MAX);
            self.terms.installments = Some(Count {
                count,
                evidence: self.doc.evidence(table.rows_start, table.rows_end),
            });
        }
        // Level rows (the last may differ by the rounding remainder): the instalment.
        let totals: Vec<Decimal> = table.rows.iter().filter_map(|r| r.total).collect();
        let level = totals.len() == table.rows.len()
            && match totals.split_last() {
                Some((last, body)) => {
                    body.iter().all(|t| Some(t) == totals.first())
                        && totals
                            .first()
                            .is_some_and(|f| (*last - *f).abs() < Decimal::ONE)
                }
                None => false,
            };
        if level && self.terms.payment.is_none() {
            if let Some(total) = first.total {
                self.terms.payment = Some(Amount {
                    amount: total.normalize(),
                    currency: self.currency.into(),
                    evidence: first.evidence,
                    derived: false,
                });
            }
        }
    }
}
