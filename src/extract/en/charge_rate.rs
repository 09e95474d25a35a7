//! A finance charge stated as a rate per period: a pawn ticket's or a title pledge's
//! "Monthly finance charge: 20% of the amount financed", "pawn service charge of 20% per
//! month", "finance charge 22% each 30 days", or the figure under such a column heading. A
//! finance charge is all the cost of the credit, so a percentage of it per period is the
//! loan's rate, not a one-off fee (a percentage with no period stays a fee, for `fees`).

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::Terms;

/// The label a finance charge read as the rate carries.
pub(crate) const LABEL: &str = "finance charge rate";

/// The words of a finance charge that is a rate, right before its figure: "Monthly finance
/// charge:", "the pawn service charge is", "Finance charge rate (monthly):", "finance
/// charges accrue at", "the finance charge is computed daily at the rate of", or the charge's
/// amount with its rate in brackets after it ("Finance charge: $200.00 (25% per month"). Group
/// 1 is a period word before it.
static CHARGE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:(?-u:\b)(annual|yearly|monthly|weekly|daily)\s+)?(?-u:\b)(?:finance|pawn(?:shop)?(?: service)?|pawnbroker(?:'s)?|pledge)\s+charges?(?:\s+rate)?(?:\s*\(([^)]{0,30})\))?(?:\s+rate)?\s*(?:(?:of|at|is|will be|shall be|equals)\s+|[:=–-]\s*|(?:(?:is|are|will be|shall be)\s+)?(?:computed|calculated|charged|accrues?|accrued|assessed|earned|imposed|figured)(?:\s+(?:daily|monthly|each day))?\s+at\s+(?:(?:the|a)\s+(?:[a-z]+\s+){0,2}rate\s+of\s+)?)?(?:(?:[$£€]\s?)?\d[\d,]*(?:\.\d{1,2})?\s*\(\s*)?$")
        .expect("static regex")
});

/// A period after the figure, as a month: "each 30 days", "for every 30-day period",
/// "per thirty days", "a 30 day period" (a pawn loan's month is its 30 days).
static THIRTY_DAYS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*(?:of (?:the |your )?[a-z ]{0,30}?\s+)?(?:per|each|every|for each|for every|for any|a|for the first|for a)\s+(?:30|thirty)(?:[- ]day(?:s)?(?: period| term| month)?| days?)(?-u:\b)")
        .expect("static regex")
});

/// A period word, for a label read from a column heading ("Monthly pawn charge").
static PERIOD_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(annual|yearly|per year|monthly|per month|a month|weekly|per week|daily|per day)(?-u:\b)")
        .expect("static regex")
});

/// Is the percentage whose label text ends `near` a finance charge per period? Returns the
/// period word when the label holds one ("Monthly", "(monthly)").
pub(crate) fn charge_label(near: &str) -> Option<Option<String>> {
    let c = CHARGE_LABEL.captures(near)?;
    let period = c.get(1).map(|m| m.as_str().to_string()).or_else(|| {
        c.get(2)
            .and_then(|m| PERIOD_WORD.find(m.as_str()))
            .map(|m| m.as_str().to_string())
    });
    Some(period)
}

/// Does the text after a figure give a 30-day period ("each 30 days")?
pub(crate) fn thirty_day_period(after: &str) -> bool {
    THIRTY_DAYS.is_match(after)
}

/// The heading of the table column that holds byte `pos`: the cell of the same rank in the
/// nearest row above with as many cells (cells are set apart by bars, or by two blanks or a
/// tab), when the figure's own cell holds nothing but the figure.
pub(crate) fn column_head(text: &str, pos: usize) -> Option<&str> {
    let line_start = text.get(..pos)?.rfind('\n').map_or(0, |i| i + 1);
    let line_end = text.get(pos..)?.find('\n').map_or(text.len(), |i| pos + i);
    let line = text.get(line_start..line_end)?;
    let row_cells = cells(line);
    if row_cells.len() < 2 {
        return None;
    }
    let rank = row_cells
        .iter()
        .position(|&(s, e)| s <= pos - line_start && pos - line_start < e)?;
    let (s, e) = *row_cells.get(rank)?;
    // The figure alone in its cell (a unit word after it may stay: "20% per month").
    let own = line.get(s..e)?;
    if own
        .chars()
        .take_while(|c| !c.is_ascii_digit())
        .any(char::is_alphabetic)
    {
        return None;
    }
    let above = text.get(..line_start.saturating_sub(1))?;
    for row in above.rsplit('\n').take(3) {
        if row.trim().is_empty() || row.trim_start().starts_with(['+', '-', '=', '─', '├']) {
            continue;
        }
        let heads = cells(row);
        if heads.len() != row_cells.len() {
            return None;
        }
        let (hs, he) = *heads.get(rank)?;
        return row.get(hs..he).map(str::trim);
    }
    None
}

/// A finance charge read as the loan's rate is not also a fee of the same percentage in the
/// same sentence (it would be counted twice).
pub(crate) fn drop_fee_twins(terms: &mut Terms) {
    let charges: Vec<(rust_decimal::Decimal, usize, usize)> = terms
        .rates
        .iter()
        .filter(|r| r.label == LABEL)
        .map(|r| (r.value, r.evidence.start, r.evidence.end))
        .collect();
    if charges.is_empty() {
        return;
    }
    terms.fees.retain(|f| {
        !charges.iter().any(|&(value, s, e)| {
            f.percent == Some(value) && f.evidence.start < e && s < f.evidence.end
        })
    });
}

/// The cells of a table row: byte ranges within `line`, split at bars or at runs of two blanks
/// or a tab.
fn cells(line: &str) -> Vec<(usize, usize)> {
    static SEPARATOR: LazyLock<Regex> =
        LazyLock::new(|| pattern::regex(r"\s*[|│]\s*|\t\s*| {2,}").expect("static regex"));
    let mut out = Vec::new();
    let mut from = 0usize;
    for m in SEPARATOR.find_iter(line) {
        if m.start() > from && !line.get(from..m.start()).unwrap_or("").trim().is_empty() {
            out.push((from, m.start()));
        }
        from = m.end();
    }
    if from < line.len() && !line.get(from..).unwrap_or("").trim().is_empty() {
        out.push((from, line.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charge_labels_and_periods() {
        assert_eq!(
            charge_label("Monthly finance charge: "),
            Some(Some("Monthly".into()))
        );
        assert_eq!(charge_label("the pawn service charge is "), Some(None));
        assert_eq!(
            charge_label("Finance charge rate (monthly): "),
            Some(Some("monthly".into()))
        );
        // A finance charge in money, then its percentage in brackets: a label with no period
        // of its own, so the figure is a rate only with a period after it ("(25% per month)";
        // "(25% of the amount financed for the 30-day term)" stays a charge: see
        // tests/extract_en_unseen_x.rs).
        assert_eq!(charge_label("Finance Charge: $375.00 ("), Some(None));
        assert!(thirty_day_period(" each 30 days"));
        assert!(thirty_day_period(
            " of the amount financed for every 30-day period"
        ));
        assert!(!thirty_day_period(" of the amount financed"));
    }

    #[test]
    fn a_figure_under_a_column_heading() {
        let t = "Amount lent  |  Monthly pawn charge  |  To redeem\n$200.00      |  20%                  |  $240.00\n";
        let at = t.find("20%").unwrap();
        assert_eq!(column_head(t, at), Some("Monthly pawn charge"));
        let spaced = "Amount lent    Monthly pawn charge    To redeem\n$200.00        20%                    $240.00\n";
        let at = spaced.find("20%").unwrap();
        assert_eq!(column_head(spaced, at), Some("Monthly pawn charge"));
        // Prose is no table.
        let prose = "The charge is 20% of the loan.\n";
        assert_eq!(column_head(prose, prose.find("20%").unwrap()), None);
    }
}
