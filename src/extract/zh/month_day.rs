//! Dates written as a month and a day only (`签约日期:7月1日`, `首期还款日为8月1日`) when the
//! year is written once, in the title (`……确认书(2025年度秋季班)`): the year is joined to
//! them, and the report says so.

use super::*;
use crate::pattern;

/// A month and a day with no year before it.
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*[日号]").expect("static regex")
});
/// A year alone (`2025年度`, `2025年`), not the start of a full date.
static BARE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?P<y>(?:19|20)[0-9]{2})\s*年(?P<rest>度|\s*[0-9]{1,2}\s*月)?")
        .expect("static regex")
});

/// The day of a date, right after its year and month.
static DAY_AFTER: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"^\s*[0-9]{1,2}\s*[日号]").expect("static regex"));
/// A month and a day, then the payout itself: `已于12月01日放款至尾号0937银行卡`,
/// `3月5日 10:20 到账`.
static PAID_OUT_ON: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*[日号]\s*(?:[0-9]{1,2}:[0-9]{2}\s*)?(?:成功)?(?:放款|发放|到账|出款|转账至|汇款至|打款)")
        .expect("static regex")
});

/// A message's own date with its year (`发送日期2025年11月2日`, `发送时间：2025-11-02 09:15`):
/// the day the SMS or notice was sent.
static SENT_ON: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:发送|发出|推送|通知|短信)(?:日期|时间)\s*[:：]?\s*(?P<y>(?:19|20)[0-9]{2})\s*[年./-]\s*(?P<m>[0-9]{1,2})\s*[月./-]\s*(?P<d>[0-9]{1,2})")
        .expect("static regex")
});

/// The year of a message's own date, for the month-and-day dates it speaks of: those on or
/// before the sending day are in its year; a later month and day, in the year before.
fn sent_year(text: &str) -> Option<(i32, u32, u32, usize, usize)> {
    let c = SENT_ON.captures(text)?;
    let whole = c.get(0)?;
    Some((
        c.name("y")?.as_str().parse().ok()?,
        c.name("m")?.as_str().parse().ok()?,
        c.name("d")?.as_str().parse().ok()?,
        whole.start(),
        whole.end(),
    ))
}

/// The first payout written as a month and a day (`已于12月01日放款`), with its byte span; a full
/// date's month and day (`2025年07月06日`) over a label (`放款机构`) is none.
fn paid_out_month_day(text: &str) -> Option<(u32, u32, usize, usize)> {
    PAID_OUT_ON.captures_iter(text).find_map(|c| {
        let whole = c.get(0)?;
        let before = text
            .get(..whole.start())
            .and_then(|b| b.chars().next_back());
        if whole.as_str().contains('\n')
            || before.is_some_and(|b| b == '年' || b.is_ascii_digit() || "-/.".contains(b))
        {
            return None;
        }
        let m = c.name("m")?.as_str().parse().ok()?;
        let d = c.name("d")?.as_str().parse().ok()?;
        Some((m, d, whole.start(), whole.end()))
    })
}

/// The lines a title may take: the first non-blank lines before the body.
const TITLE_LINES: usize = 2;

/// The one year the title states, with its byte span in `text`.
fn title_year(text: &str) -> Option<(i32, usize, usize)> {
    let mut offset = 0;
    let mut years = Vec::new();
    let mut seen = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            seen += 1;
            for c in BARE_YEAR.captures_iter(line) {
                let rest = c.name("rest").map_or("", |r| r.as_str());
                // A year and a month (对账单(2025年03月), 短信 2025年12月) give the year; a
                // full date does not.
                let end = c.get(0).map_or(0, |m| m.end());
                if rest.contains('月') && DAY_AFTER.is_match(line.get(end..).unwrap_or("")) {
                    continue;
                }
                let (Some(y), Some(m)) = (c.name("y"), c.get(0)) else {
                    continue;
                };
                let year = y.as_str().parse::<i32>().ok()?;
                years.push((year, offset + m.start(), offset + m.end()));
            }
        }
        offset += line.len();
        if seen >= TITLE_LINES {
            break;
        }
    }
    match years.as_slice() {
        [one] => Some(*one),
        [first, rest @ ..] if rest.iter().all(|y| y.0 == first.0) => Some(*first),
        _ => None,
    }
}

/// The first month-day date after one of `words`, close to it, with its byte span.
fn month_day_after(text: &str, words: &Regex) -> Option<(u32, u32, usize, usize)> {
    words.find_iter(text).find_map(|w| {
        let after = text.get(w.end()..)?;
        let c = MONTH_DAY.captures(after)?;
        let m = c.get(0)?;
        let gap = after.get(..m.start())?;
        // `签约日期:7月1日`, `首期还款日为8月1日`: only a separator or 为/是/于 between.
        // A form's label column may pad the gap with any number of spaces.
        if gap.trim().chars().count() > 3
            || !gap
                .chars()
                .all(|c| matches!(c, ':' | '：' | '为' | '是' | '于' | ' ' | '\t' | '\u{3000}'))
        {
            return None;
        }
        let month = c.name("m")?.as_str().parse().ok()?;
        let day = c.name("d")?.as_str().parse().ok()?;
        Some((month, day, w.start(), w.end() + m.end()))
    })
}

/// The first month-day date in the column headed by one of `words`, in the row right under
/// the row of labels (`办理日期 | 分期类型 | …` over `3月5日 | 账单分期 | …`), with its byte span.
fn month_day_in_column(text: &str, words: &Regex) -> Option<(u32, u32, usize, usize)> {
    let mut offset = 0;
    let mut lines = text.split_inclusive('\n').map(|l| {
        let at = offset;
        offset += l.len();
        (at, l)
    });
    let mut above: Option<(usize, &str)> = None;
    for (at, line) in lines.by_ref() {
        if let Some((_, head)) = above.filter(|_| !line.trim().is_empty()) {
            let labels = super::kv_table::cells(head);
            let values = super::kv_table::cells(line);
            if labels.len() >= 3 && labels.len() == values.len() {
                let column = labels
                    .iter()
                    .position(|l| words.is_match(l) && l.chars().count() <= 8);
                let found = column.and_then(|k| values.get(k)).and_then(|cell| {
                    let c = MONTH_DAY.captures(cell)?;
                    let whole = c.get(0).filter(|w| w.start() == 0)?;
                    let start = at + line.find(cell)?;
                    Some((
                        c.name("m")?.as_str().parse().ok()?,
                        c.name("d")?.as_str().parse().ok()?,
                        start,
                        start + whole.end(),
                    ))
                });
                if found.is_some() {
                    return found;
                }
            }
        }
        if !line.trim().is_empty() {
            above = Some((at, line));
        }
    }
    None
}

/// A month written with its year and no day (`2025年3月账单`, `2025年3月`).
static YEAR_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?P<y>(?:19|20)[0-9]{2})\s*年\s*(?P<m>[0-9]{1,2})\s*月(?P<after>\s*[0-9]{0,2}\s*[日号]?)",
    )
    .expect("static regex")
});

/// A message's time stamp on a line of its own: `2025年6月3日 09:15`, `2025-06-03 09:15`, a
/// chat export's day rule `——— 2025-08-30 ———` (its time may be said with the part of the day,
/// `晚上9:12`, `上午10:03`, or `9:12 PM`), or a header with the sender's name
/// (`马东 2025-08-30 10:05`).
static STAMP_LINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:[—\-─=~·]{2,}\s*|\p{Han}{2,4}\s+)?(?P<d>(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日号]|(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2})\s*(?:(?:上午|下午|晚上|凌晨|中午|早上|早晨|傍晚|夜里|夜间)?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*[AaPp][Mm])?)?\s*(?:[—\-─=~·]{2,}|\s\p{Han}{2,4})?\s*$")
        .expect("static regex")
});
/// A transfer of money in a chat or a bank's record: `[转账] ¥30,000.00`, `已收款`.
static TRANSFER_LINE: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"转账|汇款|已收款|收款").expect("static regex"));

impl Extractor<'_> {
    /// A chat log or a record with no payout date: the loan is paid out by the first transfer
    /// under a message's time stamp, in a message thread that speaks of lending (借); that
    /// day is the payout date, said as such.
    pub(super) fn transfer_date(&mut self) {
        if self.terms.disbursement_date.is_some() || self.terms.contract_date.is_some() {
            return;
        }
        let text = self.text;
        let mut stamp: Option<NaiveDate> = None;
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let at = offset;
            offset += line.len();
            if let Some(c) = STAMP_LINE.captures(line) {
                stamp = c.name("d").and_then(|d| dates::parse_date(d.as_str()));
                continue;
            }
            let Some(date) = stamp else {
                continue;
            };
            let money = line.contains(['¥', '￥']) || line.contains('元');
            let lent = chat::lends(text, at, line);
            if TRANSFER_LINE.is_match(line) && money && lent {
                let evidence = self.doc.evidence(at, at + line.trim_end().len());
                self.terms.assumptions.push(format!(
                    "no payout date is written: the loan is paid out by the transfer under the message of {date} ({})",
                    evidence.text
                ));
                self.terms.disbursement_date = Some(DateTerm {
                    date,
                    evidence: evidence.clone(),
                });
                // The transfer's sender lends, when the chat names no lender.
                self.chat_lender(at, &evidence);
                return;
            }
        }
    }

    /// A chat log or a record that names no loan amount, but a transfer noted as a loan
    /// (`[转账] ¥30,000.00 转账说明:借款`): the money transferred is the principal, said as
    /// inferred, with the sum the chat agreed (借我三万) quoted beside it when they agree.
    pub(super) fn transfer_principal(&mut self) {
        /// A sum asked or agreed to lend in words a chat uses, often with no 元: 借我三万,
        /// 借你2万, 借给他30000.
        static AGREED: LazyLock<Regex> = LazyLock::new(|| {
            pattern::regex(r"借(?:我|你|他|她|给(?:我|你|他|她))?\s*(?P<n>[0-9]+(?:\.[0-9]+)?\s*万|[一二两三四五六七八九十]+万|[0-9]{3,}(?:\.[0-9]+)?)(?:\s*(?:元|块))?(?:[^0-9一二两三四五六七八九十百千万]|$)")
                .expect("static regex")
        });
        if self.terms.principal.is_some() {
            return;
        }
        let text = self.text;
        let mut offset = 0;
        let mut found = None;
        for line in text.split_inclusive('\n') {
            let at = offset;
            offset += line.len();
            let lent = chat::lends(text, at, line);
            if !(TRANSFER_LINE.is_match(line) && lent) {
                continue;
            }
            let money = tokens(line).into_iter().find_map(|t| {
                let sign = line.get(t.start..t.end)?;
                let written = sign.contains(['¥', '￥', '元']);
                t.val.money().filter(|m| written && *m > Decimal::ZERO)
            });
            if let Some(amount) = money {
                found = Some((
                    amount,
                    at,
                    self.doc.evidence(at, at + line.trim_end().len()),
                ));
                break;
            }
        }
        let Some((amount, at, evidence)) = found else {
            return;
        };
        let amount = amount.normalize();
        let agreed = AGREED.captures_iter(text).find_map(|c| {
            let n = c.name("n")?;
            let words = n.as_str().replace(char::is_whitespace, "");
            let value = match words.strip_suffix('万') {
                Some(x) => parse_number(x)
                    .or_else(|| parse_cn_integer(x))?
                    .checked_mul(Decimal::from(10_000))?,
                None => parse_number(&words)?,
            };
            (value == amount).then(|| self.doc.sentence_evidence(n.start(), n.end()))
        });
        let mut cited = vec![evidence.clone()];
        let mut reason = format!(
            "no loan amount is labelled; the money transferred and noted as a loan ({}) is the principal",
            evidence.text
        );
        if let Some(agreed) = agreed {
            reason.push_str(&format!(", the sum agreed before it ({})", agreed.text));
            cited.push(agreed);
        }
        self.terms.inferred.push(Inferred {
            field: "principal".into(),
            value: amount.to_string(),
            reason,
            evidence: cited,
        });
        // The transfer's line is placed now, not left unread.
        self.terms
            .unparsed
            .retain(|u| u.evidence.start != evidence.start);
        self.chat_lender(at, &evidence);
        self.terms.principal = Some(Amount {
            amount,
            currency: self.currency.into(),
            evidence,
            derived: true,
        });
    }

    /// No year in the title, but the month of the undated signing (办理时间 3月5日) is written
    /// with its year elsewhere, as a bill's month (2025年3月账单): that year, when every such
    /// month agrees.
    fn month_header_year(&self) -> Option<(i32, usize, usize)> {
        let (m, ..) = month_day_after(self.text, &dates::CONTRACT_DATE_WORD)?;
        let mut found = YEAR_MONTH.captures_iter(self.text).filter_map(|c| {
            let day = c.name("after")?.as_str().trim();
            let month: u32 = c.name("m")?.as_str().parse().ok()?;
            let whole = c.get(0)?;
            (day.is_empty() && month == m)
                .then(|| {
                    Some((
                        c.name("y")?.as_str().parse().ok()?,
                        whole.start(),
                        whole.end(),
                    ))
                })
                .flatten()
        });
        let first: (i32, usize, usize) = found.next()?;
        found.all(|o| o.0 == first.0).then_some(first)
    }

    /// No year anywhere but in a due date: `借款已于11月18日发放……请于2026年12月18日一次性归还`.
    /// The payout is the last such month and day on or before the first due date (or the
    /// maturity), and the report says whose year it took.
    fn payout_before_dated_due(&mut self) {
        if self.terms.disbursement_date.is_some() {
            return;
        }
        let Some(due) = self
            .terms
            .first_payment_date
            .as_ref()
            .or(self.terms.maturity_date.as_ref())
            .map(|d| (d.date, d.evidence.text.clone()))
        else {
            return;
        };
        let Some((m, d, start, end)) = paid_out_month_day(self.text) else {
            return;
        };
        let year = if (m, d) <= (due.0.month(), due.0.day()) {
            due.0.year()
        } else {
            due.0.year() - 1
        };
        let Some(date) = NaiveDate::from_ymd_opt(year, m, d) else {
            return;
        };
        let evidence = self.doc.evidence(start, end);
        self.terms.assumptions.push(format!(
            "the payout date ({}) has no year: it is taken as the last such day on or before the due date ({}): {date}",
            evidence.text, due.1
        ));
        self.terms.disbursement_date = Some(DateTerm { date, evidence });
    }

    /// No signing or first due date read, but one written as a month and a day, and the title
    /// gives the year: the dates are that year's (a first due date before the signing falls in
    /// the next year).
    pub(super) fn month_day_dates(&mut self) {
        if self.terms.contract_date.is_some() && self.terms.first_payment_date.is_some() {
            return;
        }
        let text = self.text;
        let sent = sent_year(text);
        let Some((year, ys, ye)) = title_year(text)
            .or_else(|| self.month_header_year())
            .or_else(|| sent.map(|(y, _, _, s, e)| (y, s, e)))
        else {
            self.payout_before_dated_due();
            return;
        };
        let year_quote = text.get(ys..ye).unwrap_or("").to_string();
        // A message's dates are those of the days up to its sending: a later month and day
        // fell in the year before.
        let year_of = |m: u32, d: u32| match sent {
            Some((y, sm, sd, ..)) if y == year && (m, d) > (sm, sd) => year - 1,
            _ => year,
        };
        if self.terms.disbursement_date.is_none() {
            let found = month_day_after(text, &dates::DISBURSE_DATE_WORD)
                .or_else(|| paid_out_month_day(text));
            if let Some((m, d, s, e)) = found {
                if let Some(date) = NaiveDate::from_ymd_opt(year_of(m, d), m, d) {
                    let evidence = self.doc.evidence(s, e);
                    self.terms.assumptions.push(format!(
                        "the payout date ({}) has no year: the year is the title's or the message's ({year_quote}), {date}",
                        evidence.text
                    ));
                    self.terms.disbursement_date = Some(DateTerm { date, evidence });
                }
            }
        }
        if self.terms.contract_date.is_none() {
            let found = month_day_after(text, &dates::CONTRACT_DATE_WORD)
                .or_else(|| month_day_in_column(text, &dates::CONTRACT_DATE_WORD));
            if let Some((m, d, s, e)) = found {
                if let Some(date) = NaiveDate::from_ymd_opt(year_of(m, d), m, d) {
                    let evidence = self.doc.evidence(s, e);
                    self.terms.assumptions.push(format!(
                        "the signing date ({}) has no year: the year is the title's ({year_quote}), {date}",
                        evidence.text
                    ));
                    self.terms.contract_date = Some(DateTerm { date, evidence });
                }
            }
        }
        if self.terms.first_payment_date.is_none() {
            if let Some((m, d, s, e)) = month_day_after(text, &dates::FIRST_PAY_WORD) {
                let signed = self.terms.contract_date.as_ref().map(|c| c.date);
                let date = NaiveDate::from_ymd_opt(year, m, d).and_then(|date| match signed {
                    Some(c) if date <= c => NaiveDate::from_ymd_opt(year + 1, m, d),
                    _ => Some(date),
                });
                if let Some(date) = date {
                    let evidence = self.doc.evidence(s, e);
                    self.terms.assumptions.push(format!(
                        "the first due date ({}) has no year: it is taken in the title's year ({year_quote}) or the next, after the signing: {date}",
                        evidence.text
                    ));
                    self.terms.first_payment_date = Some(DateTerm { date, evidence });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_in_the_title_only() {
        assert_eq!(
            title_year("分期付款确认书(2025年度秋季班)\n\n学员:某\n").map(|y| y.0),
            Some(2025)
        );
        // A full date in the title is a date, not a year for others.
        assert_eq!(title_year("借款合同 2025年3月1日\n"), None);
        assert_eq!(title_year("借款合同\n甲方:某\n2024年度账单\n"), None);
    }

    #[test]
    fn a_month_day_after_its_word() {
        let t = "签约日期:7月1日";
        assert_eq!(
            month_day_after(t, &dates::CONTRACT_DATE_WORD).map(|x| (x.0, x.1)),
            Some((7, 1))
        );
        assert_eq!(
            month_day_after("签订后7月1日起", &dates::CONTRACT_DATE_WORD).map(|x| x.0),
            None
        );
    }
}
