//! A repayment schedule printed as a table (期数 | 还款日 | 本金 | 利息 | 服务费 | 合计): a
//! header naming the columns in any order or subset, then one row per instalment. Cells are
//! separated by `|`, `│`, tabs or two spaces or more.

use super::*;
use crate::model::StatedRow;
use crate::pattern;

mod labelled;

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

/// A column that is named but not recorded: the balance left, a remark.
fn named_other(header: &str) -> bool {
    let h = header.trim();
    h.contains("剩余") || h.contains("余额") || h.contains("备注")
}

fn column(header: &str) -> Col {
    let h = header.trim();
    if named_other(h) {
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
        || h.ends_with("应还")
        || h.ends_with("应付")
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

impl Row {
    /// A row over `start..end` with nothing read yet.
    fn spanning(start: usize, end: usize) -> Row {
        Row {
            start,
            end,
            index: 0,
            date: None,
            principal: None,
            interest: None,
            fees: None,
            total: None,
        }
    }
}

/// The printed schedule: the byte span of its rows and the rows.
pub(super) struct Table {
    /// Where the header line starts: the table runs from here to `rows_end`.
    pub(super) header_start: usize,
    pub(super) rows_start: usize,
    /// Where the table ends: its last row, or the 合计 row under it.
    pub(super) rows_end: usize,
    rows: Vec<Row>,
    /// The 合计/总计 row under the rows: each column's stated total.
    totals: Option<Row>,
    /// Rows were left out (a `……` line, or period numbers that skip): an excerpt.
    excerpt: bool,
    /// The printed rows end on a `……` line: the last period is not shown.
    open_end: bool,
    /// Fee cells in words merged over every row (`每期52.80元（月费率0.55%）`), each with its
    /// column's name: (cell, name) spans.
    pub(super) merged_fee_cells: Vec<((usize, usize), (usize, usize))>,
}

/// A line that stands for rows left out of an excerpted schedule (`……`, `… | … | …`, `⋮`).
fn is_elision(line: &str) -> bool {
    let marks = line
        .chars()
        .filter(|c| matches!(c, '…' | '⋯' | '⋮' | '︙'))
        .count();
    let dots = line.contains("...") || line.contains("。。。");
    (marks > 0 || dots)
        && line.chars().all(|c| {
            c.is_whitespace()
                || matches!(
                    c,
                    '…' | '⋯'
                        | '⋮'
                        | '︙'
                        | '.'
                        | '。'
                        | '·'
                        | '|'
                        | '│'
                        | '¦'
                        | '-'
                        | '—'
                        | '　'
                )
        })
}

/// The schedule's own words that it shows only some of its rows: a heading `还款计划（前3期）`,
/// `仅列示前三期`, `节选`, `(部分)`, or a line under the rows `以下略`, `其余各期同上`,
/// `后续各期以此类推`, `余下各期金额相同`.
static PARTIAL_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"前\s*(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*期|以下(?:省)?略|下略|(?:其余|其他|余下|剩余|后续|以后)(?:各)?期|以此类推|依此类推|节选|摘录|[(（]\s*部分\s*[)）]|部分(?:还款)?计划|(?:仅|只)(?:列示|显示|列出|展示)")
        .expect("static regex")
});

/// A line that says the schedule of `shown` rows around it is partial: short (a heading or a
/// note, not a clause of the contract), and `前N期` only when N is the rows shown (`前3期免息`
/// over a full schedule is a term of the loan, not an excerpt).
fn says_partial(line: &str, shown: usize) -> bool {
    let line = line.trim();
    line.chars().count() <= 40
        && PARTIAL_WORDS
            .captures_iter(line)
            .any(|c| match c.name("n") {
                Some(n) => crate::extract::numerals::parse_number(n.as_str())
                    .is_some_and(|n| n == Decimal::from(shown)),
                None => true,
            })
}

/// Reads one column's figure out of a row.
type ColumnOf = fn(&Row) -> Option<Decimal>;

/// The first cell of a row of column totals.
fn is_total_label(cell: &str) -> bool {
    let c = cell.trim().trim_end_matches([':', '：']);
    ["合计", "总计", "小计", "共计", "累计", "总额", "合计金额"].contains(&c)
}

/// The 合计 row under a schedule (`合计 | | 6,000.00 | 518.40 | 6,518.40`): its figures are
/// read into the money columns of `header`, from the right (the row leaves the index and the
/// date empty, which a border-separated line may drop). `None` when it is not such a row.
fn total_row(text: &str, header: &[Col], cs: &[(usize, usize)]) -> Option<Row> {
    let (first, last) = (cs.first()?, cs.last()?);
    if !is_total_label(text.get(first.0..first.1)?) {
        return None;
    }
    // A dash or slash marks a cell left empty.
    let figures: Vec<Decimal> = cs
        .get(1..)?
        .iter()
        .map(|(s, e)| text.get(*s..*e).unwrap_or("").trim())
        .filter(|c| !matches!(*c, "-" | "--" | "—" | "/"))
        .map(cell_amount)
        .collect::<Option<_>>()?;
    let money: Vec<Col> = header
        .iter()
        .copied()
        .filter(|c| matches!(c, Col::Principal | Col::Interest | Col::Fee | Col::Total))
        .collect();
    if figures.is_empty() || figures.len() > money.len() {
        return None;
    }
    let mut row = Row::spanning(first.0, last.1);
    let skip = money.len() - figures.len();
    for (col, v) in money.iter().skip(skip).zip(figures) {
        match col {
            Col::Principal => row.principal = Some(v),
            Col::Interest => row.interest = Some(v),
            Col::Fee => row.fees = Some(row.fees.unwrap_or(Decimal::ZERO).checked_add(v)?),
            Col::Total => row.total = Some(v),
            _ => {}
        }
    }
    Some(row)
}

/// How cells are separated: `Wide` by borders, tabs or two spaces or more (text files);
/// `Narrow` by any space too (PDF text, where a table's columns come out one space apart).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    Wide,
    Narrow,
}

/// The byte ranges of the cells of `line` (which starts at byte `at` of the text).
fn cells(original: &str, at: usize, gap: Gap) -> Vec<(usize, usize)> {
    static WIDE: LazyLock<Regex> =
        LazyLock::new(|| pattern::regex(r"[|│┃║¦\t\u{3000}]+\s*|\s{2,}").expect("static regex"));
    static NARROW: LazyLock<Regex> =
        LazyLock::new(|| pattern::regex(r"[|│┃║¦\s\u{3000}]+").expect("static regex"));
    let sep = match gap {
        Gap::Wide => &*WIDE,
        Gap::Narrow => &*NARROW,
    };
    let mut out = Vec::new();
    let mut from = 0;
    for m in sep.find_iter(original) {
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

/// A money cell: `4,166.67`, `¥500.00`, `500元`, `-` (none), or an amount each period
/// with its rate in words (`每期52.80元（月费率0.55%）`).
fn cell_amount(cell: &str) -> Option<Decimal> {
    static EACH_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"^(?:每期|每月)\s*[¥￥]?\s*(?P<v>[0-9][0-9,]*(?:\.[0-9]+)?)\s*元\s*(?:[(（][^()（）]*[)）])?$")
            .expect("static regex")
    });
    let c = cell
        .trim()
        .trim_start_matches(['¥', '￥'])
        .trim_end_matches('元')
        .trim();
    parse_decimal(c).or_else(|| {
        let caps = EACH_PERIOD.captures(cell.trim())?;
        parse_decimal(&caps["v"])
    })
}

fn cell_index(cell: &str) -> Option<u32> {
    let c = cell
        .trim()
        .trim_start_matches('第')
        .trim_end_matches('期')
        .trim();
    // `1/6`: the period of how many.
    let c = c.split_once('/').map_or(c, |(k, _)| k.trim());
    parse_count(c).filter(|n| (1..=600).contains(n))
}

/// One row from its cells under `header`; `None` when the index cell is not a number.
fn row(text: &str, header: &[Col], cs: &[(usize, usize)]) -> Option<Row> {
    let (first, last) = (cs.first()?, cs.last()?);
    let mut row = Row::spanning(first.0, last.1);
    for (col, (s, e)) in header.iter().zip(cs) {
        let c = text.get(*s..*e).unwrap_or("");
        match col {
            Col::Index => row.index = cell_index(c)?,
            Col::Date => row.date = parse_date(c),
            Col::Principal => row.principal = cell_amount(c),
            Col::Interest => row.interest = cell_amount(c),
            Col::Fee => {
                if let Some(v) = cell_amount(c) {
                    row.fees = Some(row.fees.unwrap_or(Decimal::ZERO).checked_add(v)?);
                }
            }
            Col::Total => row.total = cell_amount(c),
            Col::Other => {}
        }
    }
    Some(row)
}

/// A row short of cells because cells merged over every row (an HTML `rowspan`: the interest
/// and the fee printed once) stand on the first row only. The one run of consecutive columns
/// whose first-row figures make the row add up (principal + interest + fees = total) is the
/// merged run; `None` when no run or more than one does.
fn merged_row(text: &str, header: &[Col], cs: &[(usize, usize)], first: &Row) -> Option<Row> {
    let k = header.len().checked_sub(cs.len()).filter(|k| *k > 0)?;
    let mut fits = (0..=cs.len()).filter_map(|at| {
        let missing = header.get(at..at + k)?;
        if missing
            .iter()
            .any(|c| matches!(c, Col::Index | Col::Date | Col::Total))
        {
            return None;
        }
        let kept: Vec<Col> = header[..at]
            .iter()
            .chain(&header[at + k..])
            .copied()
            .collect();
        let mut r = row(text, &kept, cs)?;
        for c in missing {
            match c {
                Col::Principal => r.principal = first.principal,
                Col::Interest => r.interest = first.interest,
                Col::Fee => r.fees = first.fees,
                _ => {}
            }
        }
        let parts = [
            r.principal?,
            r.interest.unwrap_or_default(),
            r.fees.unwrap_or_default(),
        ];
        (parts.iter().sum::<Decimal>() == r.total?).then_some(r)
    });
    let r = fits.next()?;
    fits.next().is_none().then_some(r)
}

/// The fee cells of the first row written in words rather than as a plain figure, each with
/// its header cell, when the header and the row have a cell for each column.
fn worded_fee_cells(
    text: &str,
    header: &[Col],
    names: &[(usize, usize)],
    first: &[(usize, usize)],
) -> Vec<((usize, usize), (usize, usize))> {
    if names.len() != header.len() || first.len() != header.len() {
        return Vec::new();
    }
    header
        .iter()
        .zip(names.iter().zip(first))
        .filter(|(c, (_, cell))| {
            **c == Col::Fee
                && text
                    .get(cell.0..cell.1)
                    .is_some_and(|t| parse_decimal(t.trim()).is_none())
        })
        .map(|(_, (&name, &(s, e)))| {
            let cell = text.get(s..e).unwrap_or("");
            ((s, s + cell.trim_end().len()), name)
        })
        .collect()
}

/// The header's columns and, when the PDF glued the first row onto the header line
/// (`… 服务费 合计1 2025-04-01 …`), that row's cells.
fn header(text: &str, cs: &[(usize, usize)], gap: Gap) -> (Vec<Col>, Vec<(usize, usize)>) {
    let cell = |(s, e): (usize, usize)| text.get(s..e).unwrap_or("");
    if gap == Gap::Wide {
        return (cs.iter().map(|c| column(cell(*c))).collect(), Vec::new());
    }
    // Narrow: the header is the run of column names; what follows is the first row.
    let mut cols = Vec::new();
    let mut rest = Vec::new();
    for (k, c) in cs.iter().enumerate() {
        let word = cell(*c);
        let digits = word.len() - word.trim_end_matches(|ch: char| ch.is_ascii_digit()).len();
        let (name_end, glued) = if digits > 0 && digits < word.len() {
            (c.1 - digits, Some((c.1 - digits, c.1)))
        } else {
            (c.1, None)
        };
        let name = text.get(c.0..name_end).unwrap_or("");
        let col = column(name);
        // A named column kept but not recorded (剩余本金 last in the header) is still the header.
        if (col == Col::Other && !named_other(name))
            || word.starts_with(|ch: char| ch.is_ascii_digit())
        {
            rest.extend_from_slice(cs.get(k..).unwrap_or(&[]));
            break;
        }
        cols.push(col);
        if let Some(g) = glued {
            rest.push(g);
            rest.extend_from_slice(cs.get(k + 1..).unwrap_or(&[]));
            break;
        }
    }
    (cols, rest)
}

/// Two column names the reader joined into one header cell (`应还利息 服务费` read as
/// `应还利息服务费`), when the first row under it has one cell more: the cell is read as the
/// two columns it names. Each part must end in a column's noun ([`COLUMN_NOUNS`]), so
/// `应还本金` is never cut into `应还` + `本金`.
const COLUMN_NOUNS: [&str; 9] = [
    "本金", "利息", "费", "合计", "总额", "日期", "本息", "月供", "小计",
];

fn unglued(
    text: &str,
    original: &str,
    next: Option<&(usize, &str)>,
    cs: &[(usize, usize)],
    header: Vec<Col>,
    gap: Gap,
) -> Vec<Col> {
    let Some(&(rat, rline)) = next else {
        return header;
    };
    // The next line's cells (a regex pass) only when the cheap conditions hold.
    if gap != Gap::Wide
        || header.len() != cs.len()
        || cells(original.get(rat..rat + rline.len()).unwrap_or(""), rat, gap).len()
            != header.len() + 1
    {
        return header;
    }
    let split = |&(s, e): &(usize, usize)| -> Option<(Col, Col)> {
        let h = text.get(s..e)?.trim();
        h.char_indices().skip(2).find_map(|(k, _)| {
            let (a, b) = (h.get(..k)?, h.get(k..)?);
            let (ca, cb) = (column(a), column(b));
            let named = |p: &str| COLUMN_NOUNS.iter().any(|n| p.ends_with(n));
            (named(a) && named(b) && ca != Col::Other && cb != Col::Other && ca != cb)
                .then_some((ca, cb))
        })
    };
    let glued: Vec<usize> = (0..cs.len())
        .filter(|&k| cs.get(k).and_then(split).is_some())
        .collect();
    let [k] = glued.as_slice() else {
        return header;
    };
    let mut out = header;
    if let Some((a, b)) = cs.get(*k).and_then(split) {
        out.splice(*k..=*k, [a, b]);
    }
    out
}

/// PDF text may glue the words after a table onto its last row (`1,023.00合计还款 24,552.00`,
/// `1,946.59合计| |40,000.00|6,720.00|`):
/// keep the figure at the head of the row's last cell and drop what follows. True when cut.
fn cut_trailing_text(text: &str, cs: &mut Vec<(usize, usize)>, width: usize) -> bool {
    let Some(&(s, e)) = width.checked_sub(1).and_then(|k| cs.get(k)) else {
        return false;
    };
    if cs.len() <= width {
        return false;
    }
    let cell = text.get(s..e).unwrap_or("");
    let figure = cell
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(cell.len());
    if figure == 0 || figure == cell.len() {
        return false;
    }
    cs.truncate(width);
    if let Some(last) = cs.last_mut() {
        last.1 = s + figure;
    }
    true
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
    [Gap::Wide, Gap::Narrow]
        .into_iter()
        .find_map(|gap| find_with(text, original, &lines, gap))
        .or_else(|| labelled::find(text, original, &lines))
}

fn find_with(text: &str, original: &str, lines: &[(usize, &str)], gap: Gap) -> Option<Table> {
    let mut i = 0;
    while let Some(&(at, line)) = lines.get(i) {
        let header_at = i;
        i += 1;
        let orig = original.get(at..at + line.len()).unwrap_or("");
        let line_cells = cells(orig, at, gap);
        let (header, glued) = header(text, &line_cells, gap);
        let header = unglued(text, original, lines.get(i), &line_cells, header, gap);
        let has = |c: Col| header.contains(&c);
        let is_header = header.len() >= 3
            && has(Col::Index)
            && (has(Col::Principal) || has(Col::Interest) || has(Col::Total))
            && header.iter().filter(|c| **c != Col::Other).count() >= 3;
        if !is_header {
            continue;
        }
        let mut rows: Vec<Row> = Vec::new();
        let mut first_cells = glued.clone();
        let mut merged = false;
        if !glued.is_empty() {
            match (glued.len() == header.len())
                .then(|| row(text, &header, &glued))
                .flatten()
            {
                Some(r) => rows.push(r),
                None => continue,
            }
        }
        let mut elided = false;
        let mut open_end = false;
        while let Some(&(rat, rline)) = lines.get(i) {
            if !rows.is_empty() && is_elision(rline) {
                elided = true;
                open_end = true;
                i += 1;
                continue;
            }
            if rline.trim().is_empty()
                || rline
                    .trim_start()
                    .starts_with(['-', '─', '━', '=', '+', '┌', '├', '└', '╞'])
            {
                i += 1;
                continue;
            }
            let orig = original.get(rat..rat + rline.len()).unwrap_or("");
            let mut cs = cells(orig, rat, gap);
            let glued_text = cut_trailing_text(text, &mut cs, header.len());
            let read = match rows.first() {
                _ if cs.len() == header.len() => row(text, &header, &cs),
                Some(first) => {
                    merged = true;
                    merged_row(text, &header, &cs, first)
                }
                None => None,
            };
            if rows.is_empty() {
                first_cells = cs.clone();
            }
            let Some(r) = read else {
                break;
            };
            rows.push(r);
            open_end = false;
            i += 1;
            if glued_text {
                // The text after the table was glued onto its last row.
                break;
            }
        }
        if rows.len() >= 2 {
            let rows_start = rows.first().map_or(0, |r| r.start);
            let totals = lines.get(i).and_then(|&(tat, tline)| {
                let orig = original.get(tat..tat + tline.len()).unwrap_or("");
                total_row(text, &header, &cells(orig, tat, gap))
            });
            let rows_end = totals.as_ref().or(rows.last()).map_or(0, |r| r.end);
            let skips = rows
                .iter()
                .enumerate()
                .any(|(k, r)| r.index as usize != k + 1);
            // Its own words say the rows are only some of them: unless the rows shown already
            // skip to a later period (1, 2, ⋯, 24: the last one printed), the last period is not
            // shown.
            let heading = header_at
                .checked_sub(1)
                .and_then(|k| lines.get(k))
                .is_some_and(|&(_, l)| says_partial(l, rows.len()));
            let note_under = (i..i + 2)
                .filter_map(|k| lines.get(k))
                .any(|&(_, l)| says_partial(l, rows.len()));
            if heading || note_under {
                elided = true;
                open_end = open_end || !skips;
            }
            return Some(Table {
                header_start: at,
                rows_start,
                rows_end,
                rows,
                totals,
                excerpt: elided || skips,
                open_end,
                merged_fee_cells: if merged {
                    worded_fee_cells(text, &header, &line_cells, &first_cells)
                } else {
                    Vec::new()
                },
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
        if let Some(totals) = &table.totals {
            self.column_totals(&table.rows, totals, table.excerpt);
        }
        let Some(first) = self.terms.stated_schedule.first().cloned() else {
            return;
        };
        // An excerpt (first rows, `……`, the last row) counts its periods by the highest period
        // number shown, not by its printed rows; one that ends on `……` does not show the count.
        if self.terms.installments.is_none() && !table.open_end {
            let last = table.rows.iter().max_by_key(|r| r.index);
            let shown = u32::try_from(table.rows.len()).unwrap_or(u32::MAX);
            let count = last.map_or(shown, |r| r.index.max(shown));
            let end = table.rows.last().map_or(table.rows_end, |r| r.end);
            let evidence = self.doc.evidence(table.rows_start, end);
            if table.excerpt {
                self.terms.inferred.push(Inferred {
                    field: "installments".into(),
                    value: count.to_string(),
                    reason: format!(
                        "the printed schedule is an excerpt of {shown} rows; its highest period number is {count}"
                    ),
                    evidence: vec![evidence.clone()],
                });
            }
            self.terms.installments = Some(Count { count, evidence });
        }
        if table.excerpt {
            self.excerpt_dates(&table);
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

    /// An excerpt's rows are not the cash flows, but its first row dates the first payment
    /// and its last row, when it is the last period, the last one.
    fn excerpt_dates(&mut self, table: &Table) {
        let dated = |k: u32| table.rows.iter().find(|r| r.index == k && r.date.is_some());
        if self.terms.first_payment_date.is_none() {
            if let Some((r, date)) = dated(1).and_then(|r| Some((r, r.date?))) {
                self.terms.first_payment_date = Some(DateTerm {
                    date,
                    evidence: self.doc.evidence(r.start, r.end),
                });
            }
        }
        let count = self.terms.installments.as_ref().map(|c| c.count);
        if self.terms.maturity_date.is_none() {
            if let Some((r, date)) = count.and_then(dated).and_then(|r| Some((r, r.date?))) {
                self.terms.maturity_date = Some(DateTerm {
                    date,
                    evidence: self.doc.evidence(r.start, r.end),
                });
            }
        }
    }

    /// The 合计 row of a schedule is evidence, not a further payment: each column total must
    /// be the sum of its column (a disagreement is an inconsistency quoting both), and the
    /// total of the 合计 column is the total of payments when none is stated elsewhere.
    fn column_totals(&mut self, rows: &[Row], totals: &Row, excerpt: bool) {
        let evidence = self.doc.evidence(totals.start, totals.end);
        let columns: [(&str, ColumnOf); 4] = [
            ("本金 (principal)", |r| r.principal),
            ("利息 (interest)", |r| r.interest),
            ("费用 (fees)", |r| r.fees),
            ("合计 (payments)", |r| r.total),
        ];
        let tolerance = Decimal::new(1, 2) * Decimal::from(rows.len() as u64);
        // The rows of an excerpt do not add up to the totals of the whole schedule.
        for (name, get) in columns.into_iter().filter(|_| !excerpt) {
            let Some(stated) = get(totals) else { continue };
            let Some(sum) = rows
                .iter()
                .map(get)
                .try_fold(Decimal::ZERO, |a, v| a.checked_add(v?))
            else {
                continue;
            };
            if (sum - stated).abs() > tolerance {
                let (first, last) = (rows.first(), rows.last());
                let span = match (first, last) {
                    (Some(f), Some(l)) => self.doc.evidence(f.start, l.end).text,
                    _ => String::new(),
                };
                self.terms.inconsistencies.push(Inconsistency {
                    kind: crate::reconcile::FIGURES_MISMATCH.into(),
                    message: format!(
                        "the schedule's total row gives {name} {} («{}»), but its {} rows add up to {} («{}»)",
                        stated.normalize(),
                        evidence.text,
                        rows.len(),
                        sum.normalize(),
                        span
                    ),
                    evidence: evidence.clone(),
                });
            }
        }
        if let (Some(total), None) = (totals.total, &self.terms.total_of_payments) {
            self.terms.total_of_payments = Some(Amount {
                amount: total.normalize(),
                currency: self.currency.into(),
                evidence,
                derived: false,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::find;

    const ROWS: &str = "期次 | 还款日期 | 本金 | 利息 | 合计\n1 | 2027-01-05 | 800.00 | 100.00 | 900.00\n2 | 2027-02-05 | 808.00 | 92.00 | 900.00\n";

    #[test]
    fn a_schedule_that_says_it_shows_only_its_first_rows_is_an_excerpt() {
        for text in [
            format!("仅列示前两期：\n{ROWS}"),
            format!("还款明细（节选）\n{ROWS}"),
            format!("{ROWS}其余各期同上\n"),
            format!("{ROWS}以下略\n"),
        ] {
            let t = find(&text, &text).expect("a table");
            assert!(t.excerpt && t.open_end, "{text}");
        }
        // An excerpt whose rows skip to a later period shows its last one.
        let text = "还款计划（摘录）\n期次 | 还款日期 | 本金 | 利息 | 合计\n1 | 2027-01-05 | 800.00 | 100.00 | 900.00\n2 | 2027-02-05 | 808.00 | 92.00 | 900.00\n12 | 2027-12-05 | 891.00 | 9.00 | 900.00\n";
        let t = find(text, text).expect("a table");
        assert!(t.excerpt && !t.open_end, "{text}");
        // 前N期 that is not the rows shown is a term of the loan, not an excerpt.
        let text = format!("前6期免息\n{ROWS}");
        let t = find(&text, &text).expect("a table");
        assert!(!t.excerpt && !t.open_end);
    }
}
