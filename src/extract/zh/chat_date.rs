//! The contract date of a chat transcript (微信聊天记录) with no signing date: the day of the
//! message in which the borrower accepts the lender's terms (好的/可以/同意/行/没问题 right after
//! a message of the other side that states a rate, interest or a sum to repay), else the day of
//! the transfer that pays the loan out. The report says which.

use super::chat::TRANSFER_RECORD;
use super::*;
use crate::pattern;

/// A message stamped with its date and time, the sender inline:
/// `2026年2月9日 22:46 小鲁：…`, `[2026-02-09 22:46] 小鲁: …`.
static STAMPED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?m)^[ \t\u{3000}]*[\[(（【]?\s*(?P<d>(?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}\s*日?)\s*(?:上午|下午|晚上|凌晨|中午|早上)?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*[\])）】]?\s*(?P<n>[^\s:：\[\]]{1,12}?)\s*(?:[(（][^)）\n]{1,12}[)）])?\s*[:：]\s*(?P<b>[^\n]*)$")
        .expect("static regex")
});
/// A reply that accepts what was said before it.
static ACCEPTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:好的|好滴|好嘞|可以|同意|行|没问题|没得问题|就按(?:这个|你说的)|按你说的|OK|ok|Ok|嗯嗯|成)(?:[,，。!！~～…\s]|$)")
        .expect("static regex")
});
/// A message that states terms: a rate, interest, a sum or a day to repay.
static TERMS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"利息|利率|年利|月利|月息|分息|[0-9]\s*[%％]|千分之|万分之|连本带息|本息|还我|还清|归还",
    )
    .expect("static regex")
});

/// One message of the transcript.
struct Message {
    date: NaiveDate,
    sender: String,
    body: String,
    start: usize,
    end: usize,
}

fn messages(text: &str) -> Vec<Message> {
    STAMPED
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            Some(Message {
                date: dates::parse_date(c.name("d")?.as_str())?,
                sender: c.name("n")?.as_str().to_string(),
                body: c.name("b")?.as_str().to_string(),
                start: whole.start(),
                end: whole.end(),
            })
        })
        .collect()
}

impl Extractor<'_> {
    /// The date a chat's borrower accepted the terms, or the transfer's; with its evidence and
    /// the note saying which. None unless the text is a stamped chat (three messages or more,
    /// two senders).
    pub(super) fn chat_contract_date(&self) -> Option<(NaiveDate, Evidence, String)> {
        let all = messages(self.text);
        let senders: std::collections::BTreeSet<&str> =
            all.iter().map(|m| m.sender.as_str()).collect();
        if all.len() < 3 || senders.len() < 2 {
            return None;
        }
        let transfer = all
            .iter()
            .find(|m| TRANSFER_RECORD.is_match(&m.body) && !m.body.contains("已收款"));
        let lender = transfer.map(|m| m.sender.as_str());
        let accepted = all.iter().enumerate().skip(1).find_map(|(k, m)| {
            if !ACCEPTS.is_match(&m.body) || lender == Some(m.sender.as_str()) {
                return None;
            }
            let before = all[..k].iter().rev().find(|p| p.sender != m.sender)?;
            TERMS.is_match(&before.body).then_some(m)
        });
        if let Some(m) = accepted {
            let evidence = self.doc.evidence(m.start, m.end);
            let note = format!(
                "no signing date: the contract date is the day the borrower accepted the terms in the chat ({})",
                evidence.text
            );
            return Some((m.date, evidence, note));
        }
        let m = transfer?;
        let evidence = self.doc.evidence(m.start, m.end);
        let note = format!(
            "no signing date: the contract date is the day of the transfer in the chat ({})",
            evidence.text
        );
        Some((m.date, evidence, note))
    }
}

#[cfg(test)]
mod tests {
    fn date_of_chat(text: &str) -> Option<String> {
        super::super::extract_text(text)
            .contract_date
            .map(|d| d.date.to_string())
    }

    #[test]
    fn the_day_the_borrower_accepts_the_terms() {
        let chat = "[2025-11-03 20:10] 阿强: 表哥，周转不开，能借我一万吗\n[2025-11-03 20:15] 表哥: 可以，月息1分，三个月后连本带息还我10,300\n[2025-11-04 08:02] 阿强: 没问题，谢谢表哥\n[2025-11-05 09:00] 表哥: [转账] ¥10,000.00\n";
        assert_eq!(date_of_chat(chat), Some("2025-11-04".into()));
        // No reply accepts terms (the lender's 可以 answers a request, not terms): the transfer.
        let chat = "[2025-11-03 20:10] 阿强: 能借我一万吗\n[2025-11-03 20:15] 表哥: 可以，明天转你\n[2025-11-05 09:00] 表哥: [转账] ¥10,000.00\n[2025-11-05 09:01] 阿强: 收到\n";
        assert_eq!(date_of_chat(chat), Some("2025-11-05".into()));
    }
}
