//! Instalments in two or more levels (第一阶段共6期 每期500元, 第二阶段共12期 每期900元;
//! 前6期每期500元, 后12期每期900元; "payments 1-6 of $150, then 18 payments of $400"): the
//! schedule is the phases in turn, so the number of instalments is their sum and the cash
//! flows are each phase's payment for its own periods. Recorded as the rows of a stated
//! schedule (which the cost then follows), never as one level payment.

use std::sync::LazyLock;

use regex::{Captures, Regex};
use rust_decimal::Decimal;

use crate::model::{Count, Inferred, Language, Repayment, RepaymentMethod, StatedRow, Terms};
use crate::pattern;
use crate::read::Document;

/// At most this many instalments are written out as rows.
const MAX_ROWS: u32 = 600;

/// One phase in Chinese: its periods (第一阶段…共N期, 前N期, 后N期, 第a-b期), then its
/// payment in figures, nothing but words between.
static ZH_PHASE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:(?P<stage>第\s*[一二三四1-4]\s*阶段)[^。;；\d]{0,12}?(?P<n>\d{1,3})\s*(?:期|个月)|(?P<head>前|后|剩余|其余|最后)\s*(?P<m>\d{1,3})\s*(?:期|个月)|第\s*(?P<a>\d{1,3})\s*(?:期)?\s*(?:-|–|—|~|～|至|到)\s*(?:第\s*)?(?P<b>\d{1,3})\s*(?:期|个月)|第\s*(?P<one>\d{1,3})\s*期)[^。;；\d]{0,24}?(?:人民币|RMB|CNY)?\s*[¥￥]?\s*(?P<amt>\d[\d,]*(?:\.\d{1,2})?)\s*元")
        .expect("static regex")
});

/// One phase in English: "payments 1-6 of $150", "6 monthly payments of $150", "the
/// remaining 18 payments are $400".
static EN_PHASE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:(?-u:\b)(?:payments?|instal?lments?)\s+(?:nos?\.?\s*)?(?P<a>\d{1,3})\s*(?:-|–|—|to|through)\s*(?P<b>\d{1,3})|(?-u:\b)(?P<head>first|next|remaining|last|final|then|followed by)?\s*(?P<m>\d{1,3})\s+(?:(?:equal|consecutive|monthly|weekly|bi-?weekly|fortnightly|regular|scheduled|further)\s+){0,2}(?:payments|instal?lments|repayments))\s+(?:each\s+)?(?:of|are|at|will be|in the amount of)\s*(?:each\s+)?(?:[$£€]|USD\s*|GBP\s*|EUR\s*)\s*(?P<amt>\d[\d,]*(?:\.\d{1,2})?)")
        .expect("static regex")
});

/// Between two phases of one schedule: a word that says the second comes after the first.
static ZH_THEN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"第\s*[二三四2-4]\s*阶段|后\s*\d|剩余|其余|最后|之后|此后|然后|再")
        .expect("static regex")
});
static EN_THEN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?-u:\b)(?:then|followed by|thereafter|after that|remaining|next|last|final)(?-u:\b)",
    )
    .expect("static regex")
});

/// A balloon named right after the last phase (第36期: 62,646.91元 (含弹性尾款60,000.00元),
/// "final payment of $9,412.50 including the balloon").
static ZH_BALLOON: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"尾款|尾付|气球(?:贷|款)").expect("static regex"));
static EN_BALLOON: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?i)(?-u:\b)balloon").expect("static regex"));

/// One phase as read: its first and last instalment numbers when stated, its count, its
/// payment, its span in the text.
#[derive(Debug, Clone)]
struct Phase {
    range: Option<(u32, u32)>,
    count: u32,
    payment: Decimal,
    start: usize,
    end: usize,
}

fn phase(c: &Captures) -> Option<Phase> {
    let whole = c.get(0)?;
    // 第1期至第23期每期归还本金2,083.33元: a part of each payment, not the payment.
    let words = whole.as_str();
    if ["本金", "利息"].iter().any(|w| words.contains(w)) && !words.contains("本息") {
        return None;
    }
    let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let range = num("a")
        .zip(num("b"))
        .or_else(|| num("one").map(|n| (n, n)))
        .filter(|(a, b)| a <= b && *a >= 1);
    let count = match range {
        Some((a, b)) => b - a + 1,
        None => num("n").or_else(|| num("m"))?,
    };
    let payment: Decimal = c.name("amt")?.as_str().replace(',', "").parse().ok()?;
    (count > 0 && payment > Decimal::ZERO).then_some(Phase {
        range,
        count,
        payment,
        start: whole.start(),
        end: whole.end(),
    })
}

/// The phases of the first schedule in `text` stated as two or more levels in turn.
fn phases(text: &str, item: &Regex, then: &Regex) -> Option<Vec<Phase>> {
    let found: Vec<Phase> = item
        .captures_iter(text)
        // 提前3期还款 is repaying early, not the first three periods.
        .filter(|c| {
            !c.get(0)
                .is_some_and(|m| text.get(..m.start()).is_some_and(|b| b.ends_with('提')))
        })
        .filter_map(|c| phase(&c))
        .collect();
    for (i, first) in found.iter().enumerate() {
        // A schedule's own phases start at its first instalment.
        if first.range.is_some_and(|(a, _)| a != 1) {
            continue;
        }
        let mut run = vec![first.clone()];
        for next in found.iter().skip(i + 1) {
            let Some(last) = run.last() else { break };
            let gap = text.get(last.end..next.start).unwrap_or("");
            let own = text.get(next.start..next.end).unwrap_or("");
            let numbered =
                matches!((last.range, next.range), (Some((_, b)), Some((a, _))) if a == b + 1);
            let follows = numbered
                || (last.range.is_none() || next.range.is_none())
                    && (then.is_match(gap) || then.is_match(own));
            // Numbered phases in turn may stand one to a line (a 还款安排 list).
            let apart = gap.contains('。') || !numbered && gap.contains('\n');
            if gap.chars().count() > 40 || apart || !follows {
                break;
            }
            run.push(next.clone());
        }
        // A last instalment a few cents off (尾差调整) is still one level.
        let levels = run
            .windows(2)
            .any(|w| (w[0].payment - w[1].payment).abs() > Decimal::ONE);
        if run.len() >= 2 && levels {
            return Some(run);
        }
    }
    None
}

/// Read the phases of a schedule stated in levels into `terms`: the rows, the count, and the
/// term when it was read from one phase's count. Nothing when a schedule is printed already.
pub(crate) fn read(doc: &Document, language: Language, terms: &mut Terms) {
    if !terms.stated_schedule.is_empty() {
        return;
    }
    let (text, item, then, balloon) = match language {
        Language::Zh => (
            crate::extract::zh::matching_text(&doc.text),
            &*ZH_PHASE,
            &*ZH_THEN,
            &*ZH_BALLOON,
        ),
        Language::En => (doc.text.clone(), &*EN_PHASE, &*EN_THEN, &*EN_BALLOON),
    };
    let Some(run) = phases(&text, item, then) else {
        return;
    };
    let total: u32 = run.iter().map(|p| p.count).sum();
    if total > MAX_ROWS {
        return;
    }
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return;
    };
    let evidence = doc.sentence_evidence(first.start, last.end);
    let mut index = 0;
    for p in &run {
        for _ in 0..p.count {
            index += 1;
            terms.stated_schedule.push(StatedRow {
                index,
                date: None,
                principal: None,
                interest: None,
                fees: None,
                total: Some(p.payment),
                evidence: evidence.clone(),
            });
        }
    }
    let levels: Vec<String> = run
        .iter()
        .map(|p| format!("{} × {}", p.count, p.payment.normalize()))
        .collect();
    // A count or term read from one phase is not the schedule's.
    let phase_counts: Vec<u32> = run.iter().map(|p| p.count).collect();
    if let Some(term) = terms.term.as_mut()
        && term
            .months
            .is_some_and(|m| phase_counts.contains(&m) && m != total)
    {
        term.months = Some(total);
        term.evidence = evidence.clone();
    }
    terms.installments = Some(Count {
        count: total,
        evidence: evidence.clone(),
    });
    balloon_method(&text, balloon, &run, terms);
    // No one payment is each period's: the rows carry both levels.
    terms.payment = None;
    terms.assumptions.push(format!(
        "the instalments come in {} levels ({}): {total} instalments, each level paid for its own periods",
        run.len(),
        levels.join(" then ")
    ));
}

/// No method written, one level for every instalment but the last, and the last larger with a
/// balloon named beside it: an annuity that leaves the balloon owing, paid with the last
/// instalment, so the loan is repaid in level instalments (said as worked out).
fn balloon_method(text: &str, balloon: &Regex, run: &[Phase], terms: &mut Terms) {
    let [first, .., last] = run else { return };
    let level = run[..run.len() - 1]
        .iter()
        .all(|p| p.payment == first.payment);
    let after = text.get(last.end..).unwrap_or("");
    let near: String = after.chars().take(60).collect();
    let named =
        balloon.is_match(text.get(last.start..last.end).unwrap_or("")) || balloon.is_match(&near);
    if terms.repayment.is_some() || !level || last.count != 1 || last.payment <= first.payment {
        return;
    }
    if !named {
        return;
    }
    let evidence = terms.stated_schedule.first().map(|r| r.evidence.clone());
    let Some(evidence) = evidence else { return };
    terms.inferred.push(Inferred {
        field: "repayment".into(),
        value: "equal_installment".into(),
        reason: format!(
            "no method is written: {} level instalments of {}, then a last one of {} that carries the balloon: level instalments with a balloon",
            run[..run.len() - 1].iter().map(|p| p.count).sum::<u32>(),
            first.payment.normalize(),
            last.payment.normalize()
        ),
        evidence: vec![evidence.clone()],
    });
    terms.repayment = Some(Repayment {
        method: RepaymentMethod::EqualInstallment,
        evidence,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(text: &str, item: &Regex, then: &Regex) -> Option<Vec<(u32, Decimal)>> {
        phases(text, item, then).map(|r| r.iter().map(|p| (p.count, p.payment)).collect())
    }

    #[test]
    fn two_levels_are_read_in_turn_and_one_level_is_not_a_phase_schedule() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(
            counts(
                "前3期每期还款200元,后9期每期还款650元。",
                &ZH_PHASE,
                &ZH_THEN
            ),
            Some(vec![(3, d("200")), (9, d("650"))])
        );
        assert_eq!(
            counts(
                "第1-4期每月还款100元,第5-10期每月还款300元。",
                &ZH_PHASE,
                &ZH_THEN
            ),
            Some(vec![(4, d("100")), (6, d("300"))])
        );
        // Not contiguous: two ranges of different schedules.
        assert_eq!(
            counts(
                "第1-4期每月还款100元,第6-10期每月还款300元。",
                &ZH_PHASE,
                &ZH_THEN
            ),
            None
        );
        assert_eq!(
            counts(
                "Payments 1-6 of $150.00 each, then 18 payments of $400.00.",
                &EN_PHASE,
                &EN_THEN
            ),
            Some(vec![(6, d("150.00")), (18, d("400.00"))])
        );
        assert_eq!(
            counts("12 monthly payments of $380.00.", &EN_PHASE, &EN_THEN),
            None
        );
    }
}
