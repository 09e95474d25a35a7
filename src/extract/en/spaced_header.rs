//! A column table flattened to single blanks, as a PDF or a web page copied to text prints it:
//! a row of known disclosure labels over a row of their values, nothing but one blank between
//! the cells ("Amount Financed Interest Rate Monthly Payment" over "$2,400.00 35.5% per annum
//! $173.89"). No separator shows where a cell ends, so the labels are found by name and the
//! values by their form (an amount, a rate, a date, a count, a reference number), then paired
//! in order from both ends. Free words between the values (a borrower's and a lender's names)
//! are paired with words-only labels and left out: they hold no figure a label reader needs,
//! and a number in a proper name there ("Route 66 Installment Loans") is no count.

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;

/// What a label's value looks like.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Money,
    Percent,
    Date,
    Count,
    Reference,
    Words,
}

/// Disclosure labels a flattened heading row holds, longest first, with their value's kind.
/// A fee or charge of any name ("Processing Fee") is found by its last word (`FEE_LABEL`).
const LABELS: [(&str, Kind); 42] = [
    ("annual percentage rate", Kind::Percent),
    ("first payment due date", Kind::Date),
    ("number of installments", Kind::Count),
    ("monthly installment", Kind::Money),
    ("number of payments", Kind::Count),
    ("first payment date", Kind::Date),
    ("installment amount", Kind::Money),
    ("total of payments", Kind::Money),
    ("first payment due", Kind::Date),
    ("amount of payment", Kind::Money),
    ("monthly repayment", Kind::Money),
    ("amount financed", Kind::Money),
    ("monthly payment", Kind::Money),
    ("amount borrowed", Kind::Money),
    ("total repayable", Kind::Money),
    ("payment amount", Kind::Money),
    ("finance charge", Kind::Money),
    ("amount of loan", Kind::Money),
    ("account number", Kind::Reference),
    ("interest rate", Kind::Percent),
    ("first payment", Kind::Date),
    ("maturity date", Kind::Date),
    ("final payment", Kind::Money),
    ("term (months)", Kind::Count),
    ("net proceeds", Kind::Money),
    ("date of loan", Kind::Date),
    ("loan amount", Kind::Money),
    ("loan number", Kind::Reference),
    ("account no.", Kind::Reference),
    ("loan date", Kind::Date),
    ("loan term", Kind::Count),
    ("first due", Kind::Date),
    ("principal", Kind::Money),
    ("due date", Kind::Date),
    ("borrower", Kind::Words),
    ("customer", Kind::Words),
    ("creditor", Kind::Words),
    ("payments", Kind::Count),
    ("loan no.", Kind::Reference),
    ("lender", Kind::Words),
    ("term", Kind::Count),
    ("date", Kind::Date),
];

/// One value of a flattened figure row, by its form (groups: 1 money, 2 percent, 3 date,
/// 4 count, 5 reference). A remark in brackets stays with its amount ("$173.89 (final payment
/// $173.81)"), a unit with its rate or count.
static VALUE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:((?:[$£€]\s?|(?-u:\b)(?:USD|GBP|EUR|CAD|AUD|RM)\s?)\d[\d,]*(?:\.\d{1,2})?(?:\s*\([^)\n]{0,60}\))?)|(\d{1,3}(?:\.\d{1,4})?\s?%(?:\s+(?:per annum|per year|a year|p\.a\.|APR|fixed|simple))*)|(\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})(?-u:\b)|(\d{1,3}(?:\s+(?:months?|weeks?|days?|payments?|installments?))?(?-u:\b))|((?:[A-Z]+-)?\d[\dA-Z-]*[\dA-Z])(?-u:\b))")
        .expect("static regex")
});

/// A fee or charge label of any name: one or two words before "fee(s)" or "charge(s)".
static FEE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^(?:[a-z][a-z-]* ){1,2}(?:fees?|charges?)(?: |$)").expect("static regex")
});

/// What may follow a label and stays part of it: a remark in brackets ("Processing Fee
/// (withheld)") or whom it is paid to or for ("Net Proceeds to Contractor").
static QUALIFIER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^ *(?:\([^()]{1,30}\)|(?:to|for|from) (?:the |your? )?[a-z]+)(?: |$)")
        .expect("static regex")
});

/// The known label (its length and kind) that opens `rest`, a lowercased heading tail.
fn label_at(rest: &str) -> Option<(usize, Kind)> {
    let named = LABELS.iter().find(|(name, _)| {
        rest.starts_with(name)
            && rest
                .get(name.len()..)
                .is_some_and(|t| t.is_empty() || t.starts_with(' '))
    });
    if let Some((name, kind)) = named {
        return Some((name.len(), *kind));
    }
    FEE_LABEL
        .find(rest)
        .map(|m| (m.as_str().trim_end().len(), Kind::Money))
}

/// The heading row cut into known labels that cover all its words, with their kinds (byte
/// ranges relative to the row).
fn labels(row: &str) -> Option<Vec<(usize, usize, Kind)>> {
    if row.len() > 200 || row.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let lower = row.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut at = 0;
    loop {
        let rest = lower.get(at..)?;
        let lead = rest.len() - rest.trim_start_matches(' ').len();
        at += lead;
        if at >= lower.len() {
            break;
        }
        let (len, kind) = label_at(lower.get(at..)?)?;
        let mut end = at + len;
        while let Some(q) = lower.get(end..).and_then(|t| QUALIFIER.find(t)) {
            end += q.as_str().trim_end().len();
        }
        out.push((at, end, kind));
        at = end;
    }
    (out.len() >= 2).then_some(out)
}

/// The figure row cut into values with their kinds, and the free words between them.
fn values(row: &str) -> Vec<(usize, usize, Kind)> {
    let mut out = Vec::new();
    let mut at = 0;
    for c in VALUE.captures_iter(row) {
        let Some(m) = c.get(0) else { continue };
        if m.start() > at && !row.get(at..m.start()).unwrap_or("").trim().is_empty() {
            out.push((at, m.start(), Kind::Words));
        }
        let kind = match (1..=5).find(|&i| c.get(i).is_some()) {
            Some(1) => Kind::Money,
            Some(2) => Kind::Percent,
            Some(3) => Kind::Date,
            Some(4) => Kind::Count,
            _ => Kind::Reference,
        };
        out.push((m.start(), m.end(), kind));
        at = m.end();
    }
    if !row.get(at..).unwrap_or("").trim().is_empty() {
        out.push((at, row.len(), Kind::Words));
    }
    // A number between free words is part of a name ("Route 66 Installment Loans"), no count.
    let mut k = 1;
    while k + 1 < out.len() {
        if out[k].2 == Kind::Count && out[k - 1].2 == Kind::Words && out[k + 1].2 == Kind::Words {
            let end = out[k + 1].1;
            out[k - 1].1 = end;
            out.drain(k..k + 2);
        } else {
            k += 1;
        }
    }
    // Trim the free words' blanks.
    out.into_iter()
        .map(|(a, b, k)| {
            let cell = row.get(a..b).unwrap_or("");
            let lead = cell.len() - cell.trim_start().len();
            (a + lead, a + lead + cell.trim().len(), k)
        })
        .collect()
}

/// Byte ranges of the paired cells: the labels, then their values.
type Paired = (Vec<(usize, usize)>, Vec<(usize, usize)>);

/// Can a value of kind `v` stand under a label of kind `l`?
fn fits(l: Kind, v: Kind) -> bool {
    l == v || (l == Kind::Reference && v == Kind::Count) || (l == Kind::Words && v == Kind::Words)
}

/// The paired cells of a flattened heading row over its figure row (absolute byte ranges:
/// labels, then values), when every label with a figure finds its value. Words-only labels
/// and free words are left out.
pub(super) fn pair(text: &str, heading: (usize, usize), figures: (usize, usize)) -> Option<Paired> {
    let head = text.get(heading.0..heading.1)?;
    let labels = labels(head)?;
    let row = text.get(figures.0..figures.1)?;
    let values = values(row);
    let figure_labels = labels.iter().filter(|l| l.2 != Kind::Words).count();
    let figure_values = values.iter().filter(|v| v.2 != Kind::Words).count();
    if figure_labels < 2 || figure_labels != figure_values {
        return None;
    }
    // Pair from the left while the kinds fit, then from the right.
    let mut matched: Vec<(usize, usize)> = Vec::new();
    let (mut li, mut vi) = (0usize, 0usize);
    while li < labels.len() && vi < values.len() && fits(labels[li].2, values[vi].2) {
        matched.push((li, vi));
        li += 1;
        vi += 1;
    }
    let (mut lj, mut vj) = (labels.len(), values.len());
    while lj > li && vj > vi && fits(labels[lj - 1].2, values[vj - 1].2) {
        matched.push((lj - 1, vj - 1));
        lj -= 1;
        vj -= 1;
    }
    // What is left between is words under words-only labels, or nothing.
    if labels[li..lj].iter().any(|l| l.2 != Kind::Words)
        || values[vi..vj].iter().any(|v| v.2 != Kind::Words)
    {
        return None;
    }
    matched.sort_unstable();
    let mut heads = Vec::new();
    let mut cells = Vec::new();
    for (l, v) in matched {
        if labels[l].2 == Kind::Words {
            continue;
        }
        heads.push((heading.0 + labels[l].0, heading.0 + labels[l].1));
        cells.push((figures.0 + values[v].0, figures.0 + values[v].1));
    }
    (heads.len() >= 2).then_some((heads, cells))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<String> {
        let nl = text.find('\n').unwrap();
        let (h, c) = pair(text, (0, nl), (nl + 1, text.len())).unwrap_or_default();
        h.iter()
            .zip(&c)
            .map(|(a, b)| format!("{}={}", &text[a.0..a.1], &text[b.0..b.1]))
            .collect()
    }

    #[test]
    fn labels_and_values_pair_in_order_and_names_between_are_left_out() {
        assert_eq!(
            pairs(
                "Loan Number Borrower Lender Date of Loan\nIL-77031-55 Tremaine Boyd Route 66 Installment Loans, Inc. 08/24/2026"
            ),
            ["Loan Number=IL-77031-55", "Date of Loan=08/24/2026"]
        );
        assert_eq!(
            pairs(
                "Amount Financed Interest Rate Monthly Payment Total of Payments\n$2,400.00 35.5% per annum $173.89 (final payment $173.81) $3,129.94"
            ),
            [
                "Amount Financed=$2,400.00",
                "Interest Rate=35.5% per annum",
                "Monthly Payment=$173.89 (final payment $173.81)",
                "Total of Payments=$3,129.94"
            ]
        );
        // Any fee name, a remark in brackets and a payee stay with their label; currency
        // codes and day-month dates are values.
        assert_eq!(
            pairs(
                "Amount Borrowed Arrangement Fee (deducted) Net Proceeds to the Dealer Loan Term First Due\nGBP 2,500.00 £95.00 £2,405.00 18 months 3 March 2027"
            ),
            [
                "Amount Borrowed=GBP 2,500.00",
                "Arrangement Fee (deducted)=£95.00",
                "Net Proceeds to the Dealer=£2,405.00",
                "Loan Term=18 months",
                "First Due=3 March 2027"
            ]
        );
        assert_eq!(
            pairs(
                "Account No. Customer Monthly Installment Documentation Charge\nAC-5512 Rosa Diaz RM 410.25 RM 60.00"
            ),
            [
                "Account No.=AC-5512",
                "Monthly Installment=RM 410.25",
                "Documentation Charge=RM 60.00"
            ]
        );
        // A word that is no label ends the heading: "Form" is no label, and its number no sum.
        assert!(pairs("Loan Amount Form Status\n$900.00 Form 12 approved").is_empty());
        // Prose is no heading row.
        assert!(pairs("The borrower and the lender agree\n$500.00 is lent today").is_empty());
    }
}
