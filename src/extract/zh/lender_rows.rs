//! A P2P loan's table of lenders: one row per lender, each with the sum it lends and, often,
//! what it gets back (`出借人  借款金额  借款期限  年化利率 … 还款本息` over `张三  5000元  6个月
//! 18.00% … 5265.78`). The borrower's loan is the sum of the rows, not the first row's figure,
//! and the total repaid is the sum of the rows' returns. Said as inferred, with the rows.

use super::kv_table::cells;
use super::*;
use crate::extract::numerals;
use crate::pattern;

/// The cell naming the lenders' column.
static LENDER_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"^(?:出借人|出借方|投资人|投资者|出借用户|出资人|债权人)(?:姓名|名称|用户名|账号)?$",
    )
    .expect("static regex")
});
/// The cell naming each lender's sum.
static AMOUNT_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^(?:借款|出借|投资|借出|出资)?金额(?:\s*[(（]元[)）])?$")
        .expect("static regex")
});
/// The cell naming what each lender gets back in all.
static RETURN_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^(?:还款本息|应还本息|应收本息|本息合计|还款总额|应还总额|到期应还本息|应收本息合计)(?:\s*[(（]元[)）])?$")
        .expect("static regex")
});
/// A row that sums the others.
static TOTAL_ROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^(?:合\s*计|总\s*计|小\s*计|共\s*计)").expect("static regex")
});
/// A cell's sum of money (`5000元`, `5,000.00`, `1.5万元`, `¥3000`).
fn money_cell(cell: &str) -> Option<Decimal> {
    let c = cell
        .trim_start_matches(['¥', '￥'])
        .trim_start_matches("人民币")
        .trim_end_matches('元')
        .trim();
    numerals::parse_number(c).filter(|v| *v > Decimal::ZERO)
}

/// The lenders' rows found: their sums and returns (when the table gives them), and the
/// byte span of the header and rows.
struct LenderTable {
    sums: Vec<Decimal>,
    returns: Option<Vec<Decimal>>,
    start: usize,
    end: usize,
}

fn find(text: &str) -> Option<LenderTable> {
    let mut offset = 0;
    let mut lines = text.split_inclusive('\n').map(|l| {
        let at = offset;
        offset += l.len();
        (at, l.trim_end_matches(['\n', '\r']))
    });
    while let Some((at, line)) = lines.next() {
        let head = cells(line);
        let Some(who) = head.iter().position(|c| LENDER_HEAD.is_match(c)) else {
            continue;
        };
        let Some(sum_col) = head.iter().position(|c| AMOUNT_HEAD.is_match(c)) else {
            continue;
        };
        let ret_col = head.iter().position(|c| RETURN_HEAD.is_match(c));
        let mut sums = Vec::new();
        let mut returns = Vec::new();
        let mut end = at + line.len();
        for (row_at, row) in lines.by_ref() {
            let r = cells(row);
            // A 合计 row sums the rows above; a figure is no lender's name.
            let name = r.get(who).copied().unwrap_or("");
            if r.len() != head.len() || money_cell(name).is_some() || TOTAL_ROW.is_match(name) {
                break;
            }
            let Some(sum) = r.get(sum_col).and_then(|c| money_cell(c)) else {
                break;
            };
            sums.push(sum);
            if let Some(k) = ret_col {
                returns.push(r.get(k).and_then(|c| money_cell(c)));
            }
            end = row_at + row.len();
        }
        if sums.len() < 2 {
            continue;
        }
        let returns = ret_col.and_then(|_| returns.into_iter().collect::<Option<Vec<_>>>());
        return Some(LenderTable {
            sums,
            returns,
            start: at,
            end,
        });
    }
    None
}

fn joined(values: &[Decimal]) -> String {
    values
        .iter()
        .map(|v| format!("{v:.2}"))
        .collect::<Vec<_>>()
        .join(" + ")
}

impl Extractor<'_> {
    /// Several lenders' rows: the principal is their sum, and the total repaid the sum of
    /// their returns, when no label gave another figure (a principal read from the first row
    /// is that row's share only).
    pub(super) fn lenders_table_sums(&mut self) {
        let Some(table) = find(self.text) else {
            return;
        };
        let first = table.sums[0];
        let evidence = self.doc.evidence(table.start, table.end);
        let total: Decimal = table.sums.iter().sum();
        let share = self
            .terms
            .principal
            .as_ref()
            .is_none_or(|p| p.amount == first && p.evidence.start >= evidence.start);
        if share {
            self.terms.principal = Some(Amount {
                amount: total.normalize(),
                currency: self.currency.to_string(),
                evidence: evidence.clone(),
                derived: false,
            });
            self.terms.inferred.push(Inferred {
                field: "principal".into(),
                value: total.normalize().to_string(),
                reason: format!(
                    "the loan is the sum of the lenders' rows ({})",
                    joined(&table.sums)
                ),
                evidence: vec![evidence.clone()],
            });
        }
        let Some(returns) = table.returns else {
            return;
        };
        if self.terms.total_of_payments.is_none() {
            let back: Decimal = returns.iter().sum();
            self.terms.total_of_payments = Some(Amount {
                amount: back.normalize(),
                currency: self.currency.to_string(),
                evidence: evidence.clone(),
                derived: false,
            });
            self.terms.inferred.push(Inferred {
                field: "total_of_payments".into(),
                value: back.normalize().to_string(),
                reason: format!(
                    "the total repaid is the sum of the lenders' returns ({})",
                    joined(&returns)
                ),
                evidence: vec![evidence],
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_lenders_are_summed_and_a_single_row_is_not_a_table_of_lenders() {
        let text = "第一条\n出借人  借款金额  借款期限  还款本息\n张三  5000元  6个月  5265.78\n李四  3,000.00元  6个月  3159.48\n借款人承诺按期还款。\n";
        let t = find(text).expect("a table");
        assert_eq!(t.sums, vec![Decimal::from(5000), Decimal::from(3000)]);
        assert_eq!(
            t.returns,
            Some(vec![Decimal::new(526578, 2), Decimal::new(315948, 2)])
        );
        let bars = "| 投资人 | 投资金额（元） | 应收本息 |\n| 王某 | 1.2万 | 12600 |\n| 赵某 | 8000 | 8400 |\n";
        let t = find(bars).expect("a barred table");
        assert_eq!(t.sums, vec![Decimal::from(12000), Decimal::from(8000)]);
        let with_total = "出借人  借款金额\n张三  5000元\n李四  3000元\n合计  8000元\n";
        assert_eq!(find(with_total).map(|t| t.sums.len()), Some(2));
        let one = "出借人  借款金额\n张三  5000元\n";
        assert!(find(one).is_none());
    }
}
