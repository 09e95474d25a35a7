//! A sentence that states two different default charges, each with its own figure
//! (每日按逾期本金的1%收取罚息,且另按借款本金的5%支付违约金): the period and the name that govern
//! one charge belong to its own part of the sentence, not to the other charge.

use super::rates::categorise;
use super::*;
use crate::pattern;

/// A percentage figure: `5%`, `0.05 %`, `万分之五`, `百分之十`.
static FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"[0-9０-９]+(?:\.[0-9]+)?\s*[%％‰]|[百千万]分之").expect("static regex")
});

/// Words that join a second charge to the first: `,且`, `并加收`, `同时`, `另`.
static JOIN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"[,，;；]\s*(?:并且|并另|并加收|并|且|同时|另外|另行|另|此外)?|并且|并另|并加收|并|且|同时|另外|另行|另|此外")
        .expect("static regex")
});

/// The last join in `text[from..to]`, as an absolute position; 一并 (paid together) is no join.
fn last_join(text: &str, from: usize, to: usize) -> Option<usize> {
    let window = text.get(from..to)?;
    JOIN.find_iter(window)
        .filter(|m| !window.get(..m.start()).unwrap_or("").ends_with('一'))
        .last()
        .map(|m| from + m.start())
}

/// The charge a part of a sentence names (罚息, 违约金, 滞纳金...), basis words aside.
fn charge_of(part: &str) -> Option<Category> {
    categorise(part).filter(|c| {
        matches!(
            c,
            Category::Overdue | Category::Penalty | Category::Fee(_) | Category::Prepayment
        )
    })
}

/// The part of `text` that belongs to the figure at `start..end` when the sentence joins it to
/// another figure of a different charge; `None` when the sentence states one charge.
pub(super) fn own_part(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let figures: Vec<(usize, usize)> = FIGURE
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .filter(|&(s, e)| e <= start || s >= end)
        .collect();
    let prev = figures.iter().rev().find(|&&(_, e)| e <= start);
    let next = figures.iter().find(|&&(s, _)| s >= end);
    let lo = prev.and_then(|&(_, e)| last_join(text, e, start));
    let hi = next.and_then(|&(s, _)| last_join(text, end, s));
    let own = charge_of(text.get(lo.unwrap_or(0)..hi.unwrap_or(text.len()))?)?;
    let differs = |part: Option<&str>| part.and_then(charge_of).is_some_and(|c| c != own);
    let before = lo.and_then(|lo| {
        let from = prev.and_then(|&(s, _)| last_join(text, 0, s)).unwrap_or(0);
        text.get(from..lo)
    });
    let after = hi.and_then(|hi| {
        let to = next
            .and_then(|&(_, e)| figures.iter().find(|&&(s, _)| s >= e))
            .and_then(|&(s, _)| last_join(text, hi, s))
            .unwrap_or(text.len());
        text.get(hi..to)
    });
    let lo = lo.filter(|_| differs(before));
    let hi = hi.filter(|_| differs(after));
    (lo.is_some() || hi.is_some()).then(|| (lo.unwrap_or(0), hi.unwrap_or(text.len())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part_of<'t>(text: &'t str, figure: &str) -> Option<&'t str> {
        let start = text.find(figure)?;
        let (s, e) = own_part(text, start, start + figure.len())?;
        text.get(s..e)
    }

    #[test]
    fn each_charge_keeps_its_own_words() {
        let t = "逾期的,每日按逾期本金的0.5%收取罚息,并另按借款本金的8%支付违约金。";
        assert_eq!(
            part_of(t, "0.5%"),
            Some("逾期的,每日按逾期本金的0.5%收取罚息")
        );
        assert_eq!(part_of(t, "8%"), Some(",并另按借款本金的8%支付违约金。"));
        let t = "借款人应支付合同金额10%的违约金同时按日加收未还款项0.1%的滞纳金";
        assert_eq!(part_of(t, "10%"), Some("借款人应支付合同金额10%的违约金"));
        assert_eq!(part_of(t, "0.1%"), Some("同时按日加收未还款项0.1%的滞纳金"));
    }

    #[test]
    fn one_charge_in_steps_is_not_split() {
        let t = "逾期30日以内的,每日按0.05%计收罚息,逾期30日以上的,按0.1%计收罚息";
        assert_eq!(part_of(t, "0.1%"), None);
        assert_eq!(
            part_of("每日按逾期金额的0.05%收取罚息及违约金", "0.05%"),
            None
        );
    }
}
