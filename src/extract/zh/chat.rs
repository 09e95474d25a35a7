//! A chat export that agrees a private loan (微信聊天记录): the money goes over as a transfer
//! record (`[转账] 向某某转账 ¥500,000.00`) under the lender's name and the time, in a thread
//! that speaks of lending (借) before it. That transfer pays the loan out; its sender lends.

use super::*;
use crate::pattern;

/// A message's header: the sender and the time (`马振东 10:05`, `马振东 2025-08-30 10:05`,
/// `10:05 马振东`).
static SPEAKER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:(?P<a>\p{Han}{2,4})\s+(?:(?:19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?\s+)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|(?:(?:19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?\s+)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s+(?P<b>\p{Han}{2,4}))\s*$")
        .expect("static regex")
});
/// A chat's transfer record: `[转账]`, `向某某转账`, `转账给某某`, `发起转账`.
pub(super) static TRANSFER_RECORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"\[\s*转账\s*\]|【\s*转账\s*】|向\p{Han}{1,6}转账|转账给\p{Han}{1,6}|发起转账")
        .expect("static regex")
});
/// A message with its sender inline, as an export writes it under a day rule: `老周:[转账] ¥35,000.00`,
/// `[2025-09-16 10:03] 老周: …`, `老周(周建业):…`, `10:03 老周:…`.
static INLINE_SENDER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:[\[(（【]?\s*(?:(?:19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?\s*)?(?:上午|下午|晚上|凌晨|中午|早上)?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*[\])）】]?\s*)?(?P<n>\p{Han}{2,4})\s*(?:[(（][^)）\n]{1,12}[)）])?\s*[:：]")
        .expect("static regex")
});
/// Words of a chat record's own fields, which stand before a colon as a name would
/// (`转账说明:借款`, `备注:`).
static RECORD_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"转账|说明|备注|金额|时间|日期|收款|付款|红包|图片|语音|用途|留言|附言")
        .expect("static regex")
});
/// Words of a repayment or of interest paid: a transfer that says them repays, not lends.
static REPAID: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"还|利息|息费|本息").expect("static regex"));
/// A name that is an organisation's, not a person's.
static ORGANISATION: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"公司|银行|中心|平台|客服|机构|集团|金融|小贷|门店|系统").expect("static regex")
});

/// The transfer on `line` (at byte `at` of `text`) pays a loan out: the line notes a loan
/// (借, no 还), or it is a chat's transfer record, says nothing of repaying or interest, and
/// the messages before it speak of lending.
pub(super) fn lends(text: &str, at: usize, line: &str) -> bool {
    if line.contains('借') {
        return !line.contains('还');
    }
    TRANSFER_RECORD.is_match(line)
        && !REPAID.is_match(line)
        && text.get(..at).is_some_and(|before| before.contains('借'))
}

/// The sender of the message on the line at byte `at`: the name the line opens with
/// (`老周:…`), else the nearest header line above it, when it names a person (2-4 characters, no organisation word), with its byte span.
pub(super) fn sender_before(text: &str, at: usize) -> Option<(String, usize, usize)> {
    // The sender written on the message's own line comes first.
    let line = text.get(at..)?.split('\n').next().unwrap_or("");
    if let Some(name) = INLINE_SENDER.captures(line).and_then(|c| c.name("n")) {
        if ORGANISATION.is_match(name.as_str()) {
            return None;
        }
        if !RECORD_FIELD.is_match(name.as_str()) {
            return Some((
                name.as_str().to_string(),
                at + name.start(),
                at + name.end(),
            ));
        }
    }
    let before = text.get(..at)?.trim_end_matches('\n');
    let mut end = before.len();
    for line in before.split('\n').rev() {
        let start = end.checked_sub(line.len())?;
        end = start.saturating_sub(1);
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let Some(c) = SPEAKER_LINE.captures(line) else {
            continue;
        };
        let name = c.name("a").or(c.name("b"))?;
        if ORGANISATION.is_match(name.as_str()) {
            return None;
        }
        return Some((
            name.as_str().to_string(),
            start + name.start(),
            start + name.end(),
        ));
    }
    None
}

impl Extractor<'_> {
    /// The lender of a chat's loan, when no lender is named: the sender of the transfer that
    /// paid it out (`evidence`, at byte `at`), a person; said as inferred.
    pub(super) fn chat_lender(&mut self, at: usize, evidence: &Evidence) {
        if self
            .terms
            .lender
            .as_ref()
            .is_some_and(|l| l.name.is_some() || l.lender_type != LenderType::Unknown)
            || !TRANSFER_RECORD.is_match(&evidence.text)
        {
            return;
        }
        let Some((name, start, end)) = sender_before(self.text, at) else {
            return;
        };
        let sender = self.doc.evidence(start, end);
        self.terms.inferred.push(Inferred {
            field: "lender".into(),
            value: "individual".into(),
            reason: format!(
                "no lender is named; {name}, a person, sent the transfer that paid the loan out ({}): a private loan between individuals",
                evidence.text
            ),
            evidence: vec![sender.clone(), evidence.clone()],
        });
        self.terms.lender = Some(Party {
            name: Some(name),
            lender_type: LenderType::Individual,
            evidence: sender,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transfer_record_lends_after_talk_of_lending_only() {
        let chat = "老马 09:10\n能借我8万吗\n\n马东 09:30\n[转账] 向老马转账 ¥80,000.00\n";
        let at = chat.find("[转账]").unwrap_or(0);
        let line = "[转账] 向老马转账 ¥80,000.00";
        assert!(lends(chat, at, line));
        assert!(!lends("", 0, line), "no talk of lending before it");
        assert!(!lends(chat, at, "[转账] 向马东转账 ¥800.00 本月利息"));
        assert!(!lends(chat, at, "转账 ¥80,000.00 还款"));
    }

    #[test]
    fn the_sender_is_the_header_above_and_a_person() {
        let chat = "老马 09:10\n能借我8万吗\n\n09:30 马东\n[转账] ¥80,000.00\n";
        let at = chat.find("[转账]").unwrap_or(0);
        let (name, s, e) = sender_before(chat, at).expect("a sender");
        assert_eq!(name, "马东");
        assert_eq!(chat.get(s..e), Some("马东"));
        let firm = "易借客服 09:30\n[转账] ¥80,000.00\n";
        assert!(sender_before(firm, firm.find('[').unwrap_or(0)).is_none());
    }
}
