//! The count of payments read from a payment-schedule table: the "Number of Payments" column,
//! drawn with bars or laid out with spaces, summed over its runs of payments.

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use crate::model::{Count, Terms};

/// A payment-schedule table drawn with bars: the "Number of Payments" column lists the count
/// of each run of payments ("| 35 | $161.31 | Monthly beginning ... |" over "| 1 | $161.41 |"),
/// and the count is their sum.
pub(super) fn table_count(cx: &mut Ctx, terms: &mut Terms) {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(
            r"(?i)(?-u:\b)(?:number|no\.|count) of (?:payments|instal?lments|repayments)(?-u:\b)",
        )
        .expect("static regex")
    });
    let text = cx.doc.text.clone();
    for m in HEAD.find_iter(&text) {
        if super::cells_below(&text, m.start()).is_empty() {
            if let Some((total, last)) = aligned_column_sum(&text, m.start(), m.end()) {
                terms.installments = Some(Count {
                    count: total,
                    evidence: cx.evidence(m.start(), last),
                });
                return;
            }
            continue;
        }
        if !super::heads_cell(&text, m.start()) {
            continue;
        }
        let mut total = 0u32;
        let mut cells = Vec::new();
        for (s, e) in super::cells_below(&text, m.start()) {
            let cell = text.get(s..e).unwrap_or("").trim();
            // A Markdown rule row ("|---|:--:|") between the heading and the figures.
            if !cell.is_empty() && cell.chars().all(|c| matches!(c, '-' | ':' | '=' | '+')) {
                continue;
            }
            let Ok(n) = cell.parse::<u32>() else {
                break;
            };
            total = total.saturating_add(n);
            cells.push(s);
        }
        let Some(&last) = cells.last() else {
            continue;
        };
        if total == 0 || total > 600 {
            continue;
        }
        for &s in &cells {
            cx.cover(s);
        }
        terms.installments = Some(Count {
            count: total,
            evidence: cx.evidence(m.start(), last),
        });
        return;
    }
}

/// A table laid out with spaces: the counts standing under the heading `start..end` on the
/// lines below ("Number of Payments" over "35" over "1"), summed, with the last one's offset.
fn aligned_column_sum(text: &str, start: usize, end: usize) -> Option<(u32, usize)> {
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let col = text.get(line_start..start)?.chars().count();
    let width = text.get(start..end)?.chars().count();
    let mut pos = line_start + text.get(line_start..)?.find('\n')? + 1;
    let (mut total, mut last) = (0u32, None);
    while let Some(line) = text.get(pos..).and_then(|t| t.split('\n').next()) {
        // The figure's first character must stand inside the heading's columns.
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let Some(&(at, _)) = chars
            .iter()
            .skip(col.saturating_sub(2))
            .take(width + 2)
            .find(|(_, c)| !c.is_whitespace())
        else {
            break;
        };
        let token: String = line
            .get(at..)?
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        let before_ok = line
            .get(..at)
            .is_some_and(|b| b.trim().is_empty() || col > 0);
        let Ok(n) = token.parse::<u32>() else {
            break;
        };
        if !before_ok || n == 0 {
            break;
        }
        total = total.saturating_add(n);
        last = Some(pos + at);
        pos += line.len() + 1;
    }
    let last = last?;
    (total > 0 && total <= 600).then_some((total, last))
}
