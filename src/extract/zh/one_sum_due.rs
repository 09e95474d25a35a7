//! A due date whose own words say the loan is repaid in one sum, though a label or a question
//! stands between them (`问：什么时候还？答：在您的下一个发薪日（2026年12月10日）由用工单位代扣，
//! 一次性归还`): with no instalments, frequency or periodic interest stated, one payment at
//! maturity, so that the term between two dates is counted in days.

use super::*;
use crate::pattern;

/// Repaid in one sum, by the borrower or taken back for them (`一次性归还`, `一次性扣回`).
static ONE_SUM_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:一次性?|一并|全部|全额)\s*(?:归还|偿还|还清|清偿|返还|结清|扣回|扣还)")
        .expect("static regex")
});

/// What may stand between a date and the words of one sum, when it names no other event:
/// the day's name in brackets (（发薪日）), who takes it back (由用工单位代扣), a comma.
static START_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"起|到账|放款|发放|借款日|签|出借|收到|交付|打入|转入|支付给|生效|。|;|；")
        .expect("static regex")
});

impl Extractor<'_> {
    /// No due date read, but a date stands before the words of one sum in the same clause,
    /// with the day's name or the collector between (`应于2026年9月4日（发薪日）一次性归还`):
    /// that date is the maturity date.
    pub(super) fn date_before_one_sum(&mut self) {
        if self.terms.maturity_date.is_some() {
            return;
        }
        let found = ONE_SUM_WORDS.find_iter(self.text).find_map(|m| {
            let (date, start, lead, tail) = due::last_date_before(self.text, m.start(), 30)?;
            let due_word = ['于', '在', '(', '（', ':', '：']
                .iter()
                .any(|w| lead.ends_with(*w));
            if !due_word || START_EVENT.is_match(tail) {
                return None;
            }
            Some((date, start, m.end()))
        });
        let Some((date, start, end)) = found else {
            return;
        };
        let evidence = self.doc.sentence_evidence(start, end);
        self.terms.maturity_date = Some(DateTerm { date, evidence });
    }

    /// The maturity date's sentence says one sum: the frequency is one payment and the method
    /// one payment at maturity, said as inferred.
    pub(super) fn one_sum_on_the_due_date(&mut self) {
        let Some(due) = self.terms.maturity_date.as_ref() else {
            return;
        };
        let periodic = self.terms.repayment.is_some() || self.periodic_stated();
        let words = script::for_matching(&due.evidence.text);
        if periodic || !ONE_SUM_WORDS.is_match(&words) {
            return;
        }
        let evidence = due.evidence.clone();
        let reason = format!(
            "no instalments or repayment frequency are stated; the due date's words say one sum ({}): one payment at maturity",
            evidence.text
        );
        self.infer_bullet(reason, evidence);
    }
}
