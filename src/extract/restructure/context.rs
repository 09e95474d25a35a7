//! The sentences of a restructuring document that tell the ORIGINAL loan, outside its recitals.
//!
//! Two signs, either enough, whatever the section's heading says:
//! - a mark of the original loan (原借款合同, "the prior note") in a clause that holds a figure:
//!   the clause and the rest of its sentence are the original loan's, up to a clause that tells
//!   the new terms (现调整为, "now") or the balance owed today;
//! - a date well before the new schedule's first due date, in a sentence that states figures:
//!   the loan the document restructures was made then ("On March 3, 2023 you borrowed $12,000
//!   over 48 months").
//!
//! A sentence that states the balance owed today is never context: that balance is what the
//! arrangement restructures.

use chrono::NaiveDate;

use super::DATA;

/// How many days before the new schedule's first due date a date must lie to be the original
/// loan's: a loan is restructured after it has run, and fallen behind, for some months.
const EARLIER_BY_DAYS: i64 = 180;

/// How close after a mark of the original loan its figure stands (characters).
const MARK_REACH: usize = 16;

/// The byte spans of the sentences (or their tails) outside `covered` that tell the original
/// loan; `first_due` is the new schedule's first due date, when found.
pub(super) fn original_loan_sentences(
    text: &str,
    covered: &[(usize, usize)],
    first_due: Option<NaiveDate>,
) -> Vec<(usize, usize)> {
    let inside = |at: usize| covered.iter().any(|&(s, e)| s <= at && at < e);
    let mut spans = Vec::new();
    for (start, end) in sentences(text) {
        if inside(start) {
            continue;
        }
        let sentence = text.get(start..end).unwrap_or("");
        if let Some(span) = marked_tail(sentence) {
            spans.push((start + span.0, start + span.1));
        } else if first_due.is_some_and(|due| told_earlier(sentence, due)) {
            spans.push((start, end));
        }
    }
    spans
}

/// From the clause of a mark of the original loan that holds a figure to the end of the
/// sentence, up to a clause that tells the new terms or the balance owed (offsets in
/// `sentence`).
fn marked_tail(sentence: &str) -> Option<(usize, usize)> {
    let d = &*DATA;
    let clauses = clauses(sentence);
    let stops = |&(s, e): &(usize, usize)| {
        let clause = &sentence[s..e];
        d.new_marks.is_match(clause) || tells_balance(clause)
    };
    (0..clauses.len()).find_map(|at| {
        let (start, clause_end) = clauses[at];
        let clause = &sentence[start..clause_end];
        let mark = d.original_marks.find(clause)?;
        // A figure before the mark in its clause is the new term's ("Amount renewed: $450.00,
        // the earlier loan less $50.00"): the span starts at the mark. A date there is the
        // original loan's (于2024年9月15日签订原借款合同).
        let before = &clause[..mark.start()];
        let figure_before = d
            .dates
            .replace_all(before, "")
            .chars()
            .any(|c| c.is_ascii_digit());
        let from = if figure_before {
            start + mark.start()
        } else {
            start
        };
        // The balance owed today is what the arrangement restructures, not the original's.
        if tells_balance(&sentence[from..clause_end]) {
            return None;
        }
        // A mark in brackets (月利率0.6%（原为1.2%）) tells the original's figure there only.
        let bracket = clause[..mark.start()]
            .rfind(['(', '（'])
            .filter(|&open| !clause[open..mark.start()].contains([')', '）']))
            .and_then(|_| clause[mark.end()..].find([')', '）']))
            .map(|close| {
                let width = clause[mark.end() + close..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
                start + mark.end() + close + width
            });
        let end = bracket.unwrap_or_else(|| {
            clauses[at + 1..]
                .iter()
                .find(|c| stops(c))
                .map_or(sentence.len(), |&(s, _)| s)
        });
        // The figure stands close after the mark (原约定分24期), or in the clauses that go on
        // telling the original loan (按原借款合同，乙方借款15,000元，分24期).
        let near: String = clause[mark.end()..].chars().take(MARK_REACH).collect();
        let told = near.chars().any(|c| c.is_ascii_digit())
            || sentence
                .get(clause_end..end)
                .is_some_and(|rest| rest.chars().any(|c| c.is_ascii_digit()));
        told.then_some((from, end))
    })
}

/// A sentence that states figures besides its dates, and a date more than
/// [`EARLIER_BY_DAYS`] before `first_due`, and not the balance owed today.
fn told_earlier(sentence: &str, first_due: NaiveDate) -> bool {
    let d = &*DATA;
    let earlier = d.dates.find_iter(sentence).any(|m| {
        parse_any_date(m.as_str()).is_some_and(|day| (first_due - day).num_days() > EARLIER_BY_DAYS)
    });
    let figures_besides_dates = d
        .dates
        .replace_all(sentence, "")
        .chars()
        .any(|c| c.is_ascii_digit());
    earlier && figures_besides_dates && !tells_balance(sentence)
}

/// Does `text` state the balance owed (a balance label, or a mark of what is still owed)?
fn tells_balance(text: &str) -> bool {
    let lower = text.to_lowercase();
    DATA.owed_marks.is_match(text)
        || DATA
            .balance_labels
            .iter()
            .any(|l| lower.contains(l.as_str()))
}

/// A date as written: a full date, or a month (its first day).
fn parse_any_date(s: &str) -> Option<NaiveDate> {
    super::parse_date(s).or_else(|| {
        let digits: Vec<u32> = s
            .split(|c: char| !c.is_ascii_digit())
            .filter(|p| !p.is_empty())
            .filter_map(|p| p.parse().ok())
            .collect();
        match digits.as_slice() {
            [y, m] if s.contains('年') => NaiveDate::from_ymd_opt(i32::try_from(*y).ok()?, *m, 1),
            _ => None,
        }
    })
}

/// The sentences of `text` (byte spans): up to 。；;？！, a full stop before a space, or a line
/// break that does not follow a comma (a wrapped sentence goes on).
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let ends = match c {
            '。' | '；' | ';' | '？' | '！' => true,
            '.' => next.is_none_or(char::is_whitespace),
            '\n' => !matches!(prev, Some('，' | ',' | '、')),
            _ => false,
        };
        if ends {
            let end = at + c.len_utf8();
            if end > start {
                out.push((start, end));
            }
            start = end;
        }
        if !c.is_whitespace() || c == '\n' {
            prev = Some(c);
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// The clauses of a sentence (byte spans): up to a full-width comma, or a comma before a space
/// (a comma between digits is a thousands separator).
fn clauses(sentence: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = sentence.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let ends = match c {
            '，' | '：' | ':' => true,
            ',' => next.is_none_or(|n| !n.is_ascii_digit()),
            _ => false,
        };
        if ends {
            out.push((start, at + c.len_utf8()));
            start = at + c.len_utf8();
        }
    }
    out.push((start, sentence.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The span of `s` that tells the original loan.
    fn told(s: &str) -> &str {
        let (a, b) = marked_tail(s).expect("a span");
        &s[a..b]
    }

    #[test]
    fn a_clause_naming_the_original_loan_takes_the_rest_of_its_sentence() {
        let s = "原借款30,000元，分36期，年利率18%，现调整为月利率0.8%。";
        assert_eq!(told(s), "原借款30,000元，分36期，年利率18%，");
    }

    #[test]
    fn a_clause_that_only_names_the_original_is_left() {
        assert!(marked_tail("展期期间执行月利率0.8%，不再执行原合同利率。").is_none());
        assert!(marked_tail("原合同利率不再执行，月利率调整为0.8%。").is_none());
    }

    #[test]
    fn a_figure_before_the_mark_is_the_new_terms() {
        let s = "Amount renewed: $450.00 (the earlier loan less the $50.00 paid today).";
        assert_eq!(told(s), "earlier loan less the $50.00 paid today)");
    }

    #[test]
    fn a_mark_in_brackets_takes_the_brackets_only() {
        let s = "月利率为0.6%（原为1.2%），分18期等额本息还款。";
        assert_eq!(told(s), "原为1.2%）");
    }

    #[test]
    fn the_clauses_after_a_bare_mark_tell_the_original_loan() {
        let s = "按原借款合同，乙方借款15,000.00元，分24期偿还。";
        assert_eq!(told(s), s);
    }

    #[test]
    fn an_early_dated_sentence_with_figures_is_the_original_loans() {
        let due = NaiveDate::from_ymd_opt(2026, 2, 20).expect("a date");
        assert!(told_earlier(
            "On March 3, 2023 you borrowed $12,000 over 48 months.",
            due
        ));
        assert!(!told_earlier(
            "首期还款日为2026年2月20日，每期889.17元。",
            due
        ));
        assert!(!told_earlier("自2025年6月起未能按期还款。", due));
        assert!(!told_earlier("截至2025年6月30日尚欠本金18,640元。", due));
    }
}
