//! Fees: name, kind, amount or percentage, timing and payee; fees named with a blank amount.

use super::*;

#[path = "fee_totals.rs"]
mod fee_totals;
pub(super) use fee_totals::FeeTotal;

#[path = "fee_names.rs"]
mod fee_names;

#[path = "fee_whole_term.rs"]
mod fee_whole_term;

#[path = "fee_price_paid.rs"]
mod fee_price_paid;
pub(super) use fee_price_paid::price_before_own_part;

#[path = "fee_timing.rs"]
mod fee_timing;

#[path = "fee_owner.rs"]
mod fee_owner;

#[path = "fee_weekly.rs"]
mod fee_weekly;

#[path = "blank_fees.rs"]
mod blank_fees;
use crate::pattern;
pub(super) use blank_fees::NamedFee;
use fee_timing::*;
pub(super) use fee_timing::{paid_with_instalment, timing_of};

/// The words right before a fee's name that make it the charge of another service than the
/// loan: a cash withdrawal, a transfer, a lost card (取现手续费, 转账手续费, 挂失手续费).
static OTHER_SERVICE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:取现|提现|预借现金|转账|汇款|跨行|挂失|补卡|换卡|补办|查询|短信通知)\s*$")
        .expect("static regex")
});
/// Words that put a charge outside this loan: the contract says it is not one of its charges
/// (不属于本合同费用, 与本贷款无关), or the borrower buys the cover apart, from an insurer
/// (借款人自行向保险公司投保). Such a figure is another contract's price, not a cost of the loan.
static NOT_THIS_LOANS_CHARGE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"不属于本(?:合同|协议|贷款|借款)(?:项下)?(?:的)?(?:费用|收费)|非本(?:合同|协议|贷款|借款)(?:项下)?(?:的)?(?:费用|收费)|不(?:计入|纳入|列入)本(?:合同|协议|贷款|借款)(?:项下)?(?:的)?(?:费用|收费|成本)|与本(?:合同|协议|贷款|借款)无关")
        .expect("static regex")
});
static BOUGHT_APART: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"自行(?:向[^,。;]{0,12})?(?:投保|购买|购置)").expect("static regex")
});
/// The loan pays or carries the charge after all (保费计入贷款本金, 从贷款中扣除, 由贷款人代收).
static CARRIED_BY_THE_LOAN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:计入|纳入|并入|包含在)(?:本次)?(?:贷款|借款|融资)|由(?:贷款人|出借人|贷款方)代(?:收|缴|扣)|贷款(?:资金)?(?:支付|垫付)")
        .expect("static regex")
});

/// Whether the sentence puts fee `kind` outside this loan (see [`NOT_THIS_LOANS_CHARGE`]).
fn another_contracts_charge(sentence: &str, kind: FeeKind) -> bool {
    let outside = NOT_THIS_LOANS_CHARGE.is_match(sentence)
        || (kind == FeeKind::Insurance && BOUGHT_APART.is_match(sentence));
    outside && !CARRIED_BY_THE_LOAN.is_match(sentence) && !says_deducted(sentence)
}

/// A charge the clause ties to repaying early (收取提前归还本金1%的手续费, 提前还款的,
/// 按剩余本金2%收取违约金, Hong Kong's 提早还款): a prepayment charge, whatever its name.
static PREPAYMENT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"提[前早](?:还款|归还|偿还|清偿|结清|还本|还贷|还清|支取|终止|解除)[^。;,]{0,16}$|提[前早](?:还款|归还|偿还|清偿|结清|还本|还贷|还清)[^。;]{0,6}(?:的|者|时)\s*,[^。;]{0,16}$")
        .expect("static regex")
});

/// Words before a fee's name that say it is not charged (不收取任何手续费, 免收服务费, 无需支付
/// 管理费, 不向借款人收取任何费用), the names listed before it under the same negation
/// included (不收取任何手续费或管理费: 管理费 is not charged either).
static NEGATED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:(?:均|皆|都|一律|概)?不(?:再|另行|另|额外)?(?:[向对从][^,。;:]{1,8}?)?(?:收取|收|计收|加收|收费|支付|缴纳|承担|产生)|免(?:收|除|交|缴|费|去)?|无(?:需|须)?(?:[向对][^,。;:]{1,8}?)?(?:支付|缴纳|承担)|无|没有|未(?:收取|约定|设置))(?:任何|其他|其它|额外|另外|的|名义|形式|以下)*\s*(?:[\p{Han}]{1,10}?(?:费用?|息|金)\s*(?:、|/|或者|或是|或|和|及|以及|与|、以及)\s*)*$")
        .expect("static regex")
});

/// Words after a fee's name (and the names listed with it) that say it is not charged:
/// 手续费、管理费均不收取, 服务费一律免收, 咨询费全免, 管理费: 无.
static NEGATED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^(?:\s*(?:、|/|或者|或|和|及|以及|与)\s*[\p{Han}]{1,10}?(?:费用?|息|金))*\s*(?:等(?:任何|其他|一切)?费用)?\s*(?:均|皆|都|一律|概|全部|全)?\s*(?:不(?:予|再|另行|另)?(?:收取|收|计收|计取|收费)|免(?:收|除|交|缴|费|去)|全免|为\s*(?:零|0(?:\.0+)?\s*元?)(?:$|[,。;\s])|[:]\s*(?:无|免|不收取?)(?:$|[,。;\s]))")
        .expect("static regex")
});

/// Words after a fee's name say it is not charged, and not that something else is not charged
/// on it (保证金不收取利息: the deposit is still taken).
fn negated_after(after: &str) -> bool {
    NEGATED_AFTER.find(after).is_some_and(|m| {
        let rest = after.get(m.end()..).unwrap_or("").trim_start();
        !["利息", "息", "任何利息", "其利息"]
            .iter()
            .any(|w| rest.starts_with(w))
    })
}

/// Every mention of fee `name` in the sentence says it is not charged: a figure in the
/// sentence (a neighbouring column's 上浮50%) is not that fee's.
pub(super) fn not_charged(sentence: &str, name: &str) -> bool {
    let mut mentions = sentence.match_indices(name).peekable();
    mentions.peek().is_some()
        && mentions.all(|(at, _)| {
            NEGATED_BEFORE.is_match(sentence.get(..at).unwrap_or(""))
                || negated_after(sentence.get(at + name.len()..).unwrap_or(""))
        })
}

/// Whether the sentence speaks of a default (逾期, 未按期还款), not of a fee that is simply not
/// collected by period (不按期收取, 不按月收取: the lender's way of collecting, not the borrower's
/// failure).
fn speaks_of_default(sentence: &str) -> bool {
    OVERDUE_WORD.find_iter(sentence).any(|m| {
        let after = sentence.get(m.end()..).unwrap_or("");
        !(m.as_str().starts_with('不')
            && ["收取", "收费", "计收", "扣收", "分摊"]
                .iter()
                .any(|w| after.starts_with(w)))
    })
}

/// The sentence names fee `name` as one already stated: 上述/前述/该 平台服务费.
fn refers_back(sentence: &str, name: &str) -> bool {
    sentence.match_indices(name).any(|(at, _)| {
        let before = &sentence[..at];
        ["上述", "前述", "所述", "该", "此项", "以上"]
            .iter()
            .any(|w| before.trim_end().ends_with(w))
    })
}

/// What the fee named beside an amount makes of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FeeFigure<'t> {
    /// The fee's own amount (服务费800元, 每期手续费43.20元).
    Charge(&'t str),
    /// A figure that restates a fee: its total over the term (手续费合计, 上述服务费共计):
    /// evidence that must reconcile with the fee, never a charge of its own.
    Restated(&'t str),
}

/// Money in figures or words, as it stands between a fee's name and a later amount.
static MONEY_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:万|千)?\s*[元圆]|(?:[¥￥]|人民币|RMB|CNY|HK\s?\$|NT\s?\$)\s*[0-9]|[壹贰叁肆伍陆柒捌玖拾佰仟万]+\s*[元圆]")
        .expect("static regex")
});
/// The words that make a figure a total: 合计, 共计, 总计, 累计, 总额, 一共.
static TOTAL_MARK: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"合计|共计|总计|累计|总额|总共|一共|共\s*[:]?\s*$").expect("static regex")
});
/// A total word right before a figure in the text between a fee name and an amount
/// (服务费共计1,200元, 按12期每期: the 1,200 is the total, not another fee's amount).
static TOTAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:合计|共计|总计|累计|总额|总共|一共|共)\s*(?:为|是|:)?\s*$")
        .expect("static regex")
});
/// A fee name that qualifies another label (月供(不含账户管理费), 每期应还(含服务费)).
static QUALIFIER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:不含|不包含|不包括|未含|含|包含|包括|已含|(?:^|[^扣剔免减])除(?:了)?)\s*$")
        .expect("static regex")
});
/// A fee name that is one addend of a sum's label (每期还款合计(本息+账户管理费), 月还款额=本金+
/// 利息+服务费, 每期应还(本息及担保费)): the figure is the sum, not the fee.
static ADDEND_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:本息|本金|利息|月供|息费)\s*(?:[+＋、]|以及|及|和|与|加)\s*$")
        .expect("static regex")
});
/// The same with the fee name first (账户管理费+本息, 服务费及利息): the rest of the sum after it.
static ADDEND_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:[+＋、]|以及|及|和|与|加)\s*(?:本息|本金|利息|月供)")
        .expect("static regex")
});
/// An inclusion before a fee name, in brackets after a figure (`1,150元(含分期服务费`) or
/// opening its clause (`月供1,000元,其中含服务费`).
static INCLUDED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:^|[0-9][^,。;]{0,3}[(（])\s*(?:其中)?\s*(?:已含|包含|含)\s*$")
        .expect("static regex")
});
/// A debit that includes the fee (每月实际扣款含平台服务费200元, 每期划扣金额包含会员费99元,
/// 每月代扣款项中含担保费150元): the figure right after the fee's name is the fee's, charged on
/// top of the instalment it is debited with.
static DEBIT_INCLUDES: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?:扣款|扣收|代扣|划扣|扣缴)(?:金额|额|款项)?\s*(?:中|里)?\s*(?:已含|包含|含|包括)\s*$",
    )
    .expect("static regex")
});
/// A label of another figure right before the amount (…应还, 实际到账金额为, 月供, 未分期部分).
static ROLE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:应还|应付|还款额|还款金额|月供|本息|到账|实收|放款金额|借款金额|借款本金|贷款金额|部分|余额|差额)[^,。;0-9]{0,4}$")
        .expect("static regex")
});
/// What may stand between an amount and the fee name after it (800元的服务费, 500元整作为
/// 居间服务费, 2,000元给丙方作为服务费).
static NAME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:万|千)?\s*(?:元|圆)?\s*(?:整)?\s*(?:的|作为|用作|用于|为|给[^,。;0-9()+＋、及和]{0,6}作为)?\s*$")
        .expect("static regex")
});

/// What may follow a fee's total and still speak of the same fee (`共计1,200元,即每期100元`,
/// `合计360元(按12期分摊)`).
static SAME_FEE_GOES_ON: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"每期|每月|每次|当期|当月|即|折合|分摊|平均|摊至|分\s*[0-9一二三四五六七八九十]+\s*期",
    )
    .expect("static regex")
});

/// A fee's total, then a label of another figure before the amount (`服务费合计¥2,880.00
/// 总还款¥18,771.91`, a definition list flattened to one line): the amount is that label's,
/// not the fee's again.
fn labelled_after_total(gap: &str) -> bool {
    let Some(last) = MONEY_BETWEEN.find_iter(gap).last() else {
        return false;
    };
    let rest = gap
        .get(last.end()..)
        .unwrap_or("")
        .trim_start_matches(|c: char| {
            c.is_ascii_digit() || c.is_whitespace() || ",.，元圆整万千)）".contains(c)
        });
    rest.chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .count()
        >= 2
        && !SAME_FEE_GOES_ON.is_match(rest)
}

/// The clause-final part of `s`: after its last comma or semicolon.
fn last_clause(s: &str) -> &str {
    s.char_indices()
        .rfind(|(_, c)| matches!(c, ',' | '，' | ';' | '；'))
        .map_or(s, |(i, c)| s.get(i + c.len_utf8()..).unwrap_or(""))
}

/// The fee an amount belongs to, by the fee name in `lead` (the text before the amount, ending
/// at it) or right after it in its clause (`after`). A name belongs to the nearest amount after
/// it: another amount between them (not a total) takes it, and so does a label of another
/// figure right before this one (每期应还, 实际到账金额为). A name inside a qualifier (月供(不含
/// 账户管理费)) labels nothing. A total word (合计, 共计, 上述…共计) between the name and the
/// amount makes the amount a restatement of the fee.
/// A fee name that is the base a percentage is charged on (`每期按保费总额的0.5%收取`,
/// `以保险费的5%计`), not the name of the charge.
fn charge_base(text: &str, m: &regex::Match<'_>) -> bool {
    static BASE_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| pattern::regex(r"(?:按|以|依|按照|依照)\s*$").expect("static regex"));
    static BASE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(
            r"^\s*(?:总额|总金额|合计|金额|总价)?\s*的?\s*(?:[0-9]|百分之|千分之|万分之)",
        )
        .expect("static regex")
    });
    BASE_BEFORE.is_match(text.get(..m.start()).unwrap_or(""))
        && BASE_AFTER.is_match(text.get(m.end()..).unwrap_or(""))
}

/// The last fee name in `text` that names a charge, not the base of one; else the last name.
pub(super) fn last_fee_name(text: &str) -> Option<&str> {
    FEE_NAME
        .find_iter(text)
        .filter(|m| !charge_base(text, m))
        .last()
        .or_else(|| FEE_NAME.find_iter(text).last())
        .map(|m| m.as_str())
}

pub(super) fn fee_figure<'t>(lead: &'t str, after: &'t str) -> Option<FeeFigure<'t>> {
    let named = FEE_NAME
        .find_iter(lead)
        .filter(|m| !charge_base(lead, m))
        .last()
        .or_else(|| FEE_NAME.find_iter(lead).last());
    if let Some(m) = named {
        let gap = lead.get(m.end()..).unwrap_or("");
        let before_name = lead.get(..m.start()).unwrap_or("");
        let money_between = MONEY_BETWEEN.find_iter(gap).any(|x| {
            let lead_in = gap.get(..x.start()).unwrap_or("");
            !TOTAL_BEFORE.is_match(lead_in)
        }) || labelled_after_total(gap);
        // 每期应还1,150元(含分期服务费150元): a name inside the qualifier with its own figure
        // right after it is that fee's amount, paid within the instalment.
        let own_figure = gap.trim().is_empty()
            && ((INCLUDED_BEFORE.is_match(before_name)
                && !ROLE_AT_END.is_match(tail_chars(before_name, 10)))
                || DEBIT_INCLUDES.is_match(before_name));
        let addend = ADDEND_BEFORE.is_match(before_name) || ADDEND_AFTER.is_match(gap);
        let self_paid = fee_price_paid::own_part_of_price(gap, MONEY_BETWEEN.is_match(gap));
        if money_between
            || addend
            || self_paid
            || fee_price_paid::left_after_taking(before_name, gap)
            || (QUALIFIER_BEFORE.is_match(before_name) && !own_figure)
            || ROLE_AT_END.is_match(tail_chars(gap, 10))
        {
            return None;
        }
        // 合计每期200元 is the fee of each period, not a total over the term.
        let tail = last_clause(gap);
        let per_period = ["每期", "每月", "当期", "当月", "每次"]
            .iter()
            .any(|w| tail.contains(w));
        return Some(if TOTAL_MARK.is_match(tail) && !per_period {
            FeeFigure::Restated(m.as_str())
        } else {
            FeeFigure::Charge(m.as_str())
        });
    }
    // 支付800元服务费: the name right after the amount, with nothing but a particle between.
    let m = FEE_NAME.find(after)?;
    let between = after.get(..m.start())?;
    // 利息共¥1,191.32 服务费共¥3,888.00: the figure is the interest's, the fee has its own.
    if fee_owner::figure_owned_elsewhere(lead, after.get(m.end()..).unwrap_or("")) {
        return None;
    }
    (NAME_AFTER.is_match(between) && !ROLE_AT_END.is_match(tail_chars(lead, 10)))
        .then(|| FeeFigure::Charge(m.as_str()))
}

/// Whether fee `f` is the one a figure named `name` (of `kind`) speaks of: the same name, one
/// name the end of the other (分期手续费 / 手续费), or the same kind.
fn same_fee(f: &Fee, name: &str, kind: FeeKind) -> bool {
    !on_default_kind(f.kind)
        && f.timing != FeeTiming::OnDefault
        && (f.name == name || f.name.ends_with(name) || name.ends_with(&f.name) || f.kind == kind)
}

/// Whether the repayment words at `start..end` of `text` (于到期日与本金一并支付) say when a fee
/// named before them is paid, together with the loan, rather than how the loan is repaid:
/// they pay something *with* the principal or the interest, and the sentence's subject is a
/// fee (服务费2,400元,于借款到期日与本金一并支付), no part of the loan named in between.
pub(super) fn fee_paid_with_the_loan(text: &str, start: usize, end: usize) -> bool {
    static ALONG_WITH: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(
            r"(?:与|和|及|连同|随|同)\s*(?:每期|当期|最后一期)?\s*(?:本金|本息|利息|月供)",
        )
        .expect("static regex")
    });
    static LOAN_PART: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"本金|本息|利息|月供|还款|[年月日]利率").expect("static regex")
    });
    let (Some(words), Some(before)) = (text.get(start..end), text.get(..start)) else {
        return false;
    };
    if !ALONG_WITH.is_match(words) {
        return false;
    }
    let sentence_start = before
        .char_indices()
        .rfind(|(_, c)| matches!(c, '。' | ';' | '；'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let lead = before.get(sentence_start..).unwrap_or("");
    FEE_NAME
        .find_iter(lead)
        .last()
        .is_some_and(|m| !LOAN_PART.is_match(lead.get(m.end()..).unwrap_or("")))
}

/// A default's remedy: the lender ends the contract or calls in the whole debt.
static DEFAULT_REMEDY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"违约行为|解除本?(?:协议|合同)|提前到期|宣布[^,，。;；]{0,8}到期|立即(?:偿还|归还|清偿|支付)|余下的?(?:所有|全部)")
        .expect("static regex")
});

/// Charges that arise only on default or prepayment: not part of a blank-fee listing.
pub(super) fn on_default_kind(kind: FeeKind) -> bool {
    matches!(
        kind,
        FeeKind::Prepayment
            | FeeKind::Late
            | FeeKind::Collection
            | FeeKind::Legal
            | FeeKind::Penalty
    )
}

/// A pronoun for the fee just stated: 该笔费用, 上述费用, 此项费用, 该款项.
static FEE_PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:该|此|上述|前述|以上)(?:笔|项|部分)?(?:费用|款项|收费)")
        .expect("static regex")
});

/// A figure of its own (an amount or a rate): a sentence with one is about that figure.
pub(super) static MONEY_TOPIC_VALUE: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"[0-9]|[壹贰叁肆伍陆柒捌玖拾佰仟]").expect("static regex"));

impl Extractor<'_> {
    /// Statements about when a fee is paid or that the interest is deducted, which may sit in
    /// a sentence without the fee's amount (the amount is in the clause before). `raw` is the
    /// sentence before fill-in lines were blanked, to see a `____` blank.
    pub(super) fn timing_and_deduction(
        &mut self,
        text: &str,
        raw: &str,
        ev: &mut impl FnMut(&Self) -> Evidence,
    ) -> usize {
        let mut found = 0;
        // 会员费支付方式：随第1期还款一并支付: a sentence of its own names the instalment.
        let with_k = paid_with_instalment(text);
        // 发生违约…甲方有权解除本协议，乙方须…一次性支付余下的所有本金、利息、平台维护费: what
        // falls due on default is no fee's regular timing.
        let timing = named_instalment_first(timing_of(text), with_k)
            .filter(|_| !(speaks_of_default(text) && DEFAULT_REMEDY.is_match(text)));
        if let Some(k) = with_k {
            for m in FEE_NAME.find_iter(text) {
                self.fee_instalments
                    .push((m.as_str().to_string(), fee_kind(m.as_str()), k));
            }
        }
        if let Some(timing) = timing {
            for m in FEE_NAME.find_iter(text) {
                let kind = fee_kind(m.as_str());
                if on_default_kind(kind) {
                    continue;
                }
                self.timing_notes
                    .push((m.as_str().to_string(), kind, timing));
            }
        }
        for m in FEE_NAME.find_iter(text) {
            // 手续费收取方式: 首期一次性收取: once, with the first instalment (not at payout).
            let own = own_scope_after(text, m.start(), m.as_str())
                .and_then(|s| named_instalment_first(timing_of(s), paid_with_instalment(s)));
            if let Some(t) = own {
                self.said_timing.push((m.as_str().to_string(), t));
            }
        }
        self.note_named_fees(raw, timing, ev);
        if self.interest_deducted.is_none() && interest_deducted_in(text) {
            self.interest_deducted = Some(ev(self));
            self.interest_deducted_stated = interest_amount_named(text);
            found += 1;
        }
        found
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn push_fee(
        &mut self,
        name: &str,
        kind: FeeKind,
        amount: Option<Decimal>,
        percent: Option<Decimal>,
        basis: Option<Basis>,
        per: Option<Per>,
        sentence: &str,
        evidence: Evidence,
    ) {
        let before_name = sentence
            .find(name)
            .and_then(|at| sentence.get(..at))
            .unwrap_or("");
        // 取现交易另收取现手续费(每笔2.5%): the charge of another service the account offers,
        // not of this loan; 保费由借款人自行向保险公司投保,不属于本合同费用: another contract's
        // price. Kept for a person to read, never priced.
        if OTHER_SERVICE_BEFORE.is_match(before_name) || another_contracts_charge(sentence, kind) {
            if !self.terms.unparsed.iter().any(|u| u.evidence == evidence) {
                self.terms.unparsed.push(Unparsed {
                    reason: "fee".into(),
                    evidence,
                });
            }
            return;
        }
        // 未满3个月的,收取提前归还本金1%的手续费: charged only on prepayment.
        let kind = if PREPAYMENT_BEFORE.is_match(before_name) {
            FeeKind::Prepayment
        } else {
            kind
        };
        let on_default = matches!(
            kind,
            FeeKind::Late | FeeKind::Collection | FeeKind::Legal | FeeKind::Penalty
        ) || OVERDUE_WORD.is_match(name);
        // 服务费: 0元 / 0%: stated as nothing, not a charge.
        let zero = |v: Option<Decimal>| v.is_some_and(|v| v.is_zero());
        let stated_zero = (zero(amount) && (percent.is_none() || zero(percent)))
            || (amount.is_none() && zero(percent));
        if not_charged(sentence, name) || stated_zero || fee_names::token_buy_out(name, amount) {
            return;
        }
        let due = paid_on_date(sentence);
        let with_instalment = paid_with_instalment(sentence);
        let own =
            own_line_timing(&evidence.text, name).or_else(|| own_scope_timing(sentence, name));
        let after_name = sentence
            .find(name)
            .and_then(|at| own_scope_after(sentence, at, name))
            .and_then(timing_of);
        if own.is_none() && after_name.is_none() && timing_of(sentence).is_some() {
            self.borrowed_timing.push(name.to_string());
        }
        let summand = (own.is_none() && timing_of(sentence).is_none())
            .then(|| summand_timing(sentence, name))
            .flatten();
        if summand.is_some() {
            // Read from the sum it is part of: what a sentence says of the fee itself wins.
            self.borrowed_timing.push(name.to_string());
        }
        let stated = own.or_else(|| timing_of(sentence)).or(summand).or_else(|| {
            listed_under_total(self.text.get(..self.seg_start).unwrap_or(""), sentence)
        });
        let timing = if on_default {
            FeeTiming::OnDefault
        } else if kind == FeeKind::Prepayment {
            FeeTiming::Other
        } else if let Some(t) = stated.filter(|t| *t == FeeTiming::UpfrontDeducted) {
            t
        } else if due.is_some() || with_instalment.is_some() {
            FeeTiming::OnDate
        } else if let Some(t) = stated {
            t
        } else if speaks_of_default(sentence) {
            FeeTiming::OnDefault
        } else {
            FeeTiming::Other
        };
        // 将上述平台服务费从借款本金中扣除: the sentence speaks of a fee stated before, and a
        // figure in it belongs to something else (the amount received, a total).
        // A different amount there restates the fee (its total): it must reconcile with it.
        if refers_back(sentence, name) {
            if let Some(stated) = self
                .terms
                .fees
                .iter_mut()
                .find(|f| f.name == name || same_fee(f, name, kind))
            {
                // Paid on the payout day, then said to come out of the principal: deducted.
                if stated.timing == FeeTiming::Other
                    || (stated.timing == FeeTiming::AtDisbursement
                        && timing == FeeTiming::UpfrontDeducted)
                {
                    stated.timing = timing;
                }
                let restates = amount.filter(|a| stated.amount != Some(a.normalize()));
                if let Some(amount) = restates {
                    self.fee_restated(name, amount, sentence, evidence);
                }
                return;
            }
        }
        // 分期手续费每期0.75%: a percentage charged each period.
        let per = match (percent, per) {
            (Some(_), None) if timing == FeeTiming::PerPeriod && sentence.contains("每期") => {
                self.per_period_fee_assumed = true;
                Some(Per::Month)
            }
            (Some(_), None) => Some(Per::Once),
            (_, p) => p,
        };
        let due_date = due
            .filter(|_| timing == FeeTiming::OnDate)
            .map(|date| DateTerm {
                date,
                evidence: evidence.clone(),
            });
        let fee = Fee {
            name: name.to_string(),
            kind,
            amount: amount.map(|a| a.normalize()),
            percent: percent.map(|p| p.normalize()),
            basis,
            per: if percent.is_some() { per } else { None },
            timing,
            payee: payee_of(sentence, kind),
            note: None,
            evidence,
            due_date,
            amount_blank: false,
        };
        let dup = self.terms.fees.iter().any(|f| {
            f.kind == fee.kind
                && f.amount == fee.amount
                && f.percent == fee.percent
                && f.per == fee.per
        });
        if !dup {
            self.terms.fees.push(fee);
        }
    }

    /// A sentence naming no fee that only says when something is paid (收取方式: 于借款到期日
    /// 一次性支付) right after the sentence that stated fee `i` without a timing: that fee's timing.
    /// 该笔费用由甲方在放款时从借款本金中扣除, 乙方实际到账18,400元: a clause that names the fee
    /// just stated by a pronoun (该笔费用, 上述费用) says when it is paid, whatever figures the
    /// rest of the sentence holds.
    pub(super) fn timing_of_fee_before(&mut self, i: usize, text: &str) -> usize {
        if FEE_NAME.is_match(text) {
            return 0;
        }
        let said = if MONEY_TOPIC_VALUE.is_match(text) {
            FEE_PRONOUN.find(text).and_then(|m| {
                let rest = text.get(m.start()..).unwrap_or("");
                let end = rest
                    .find(['。', ';', '；', ',', '，'])
                    .unwrap_or(rest.len());
                timing_of(rest.get(..end).unwrap_or(""))
            })
        } else {
            timing_of(text)
        };
        // 支付方式：随第1期还款一并支付: the instalment the fee just stated is paid with.
        let with_k = paid_with_instalment(text);
        if let (Some(k), Some(fee)) = (with_k, self.terms.fees.get(i)) {
            self.fee_instalments.push((fee.name.clone(), fee.kind, k));
        }
        let said = named_instalment_first(said, with_k);
        if said.is_some() {
            // A note in parts (一次性收取, / 计入第一期账单): the next part may still speak of
            // the fee.
            self.fee_just_stated = Some(match self.fee_just_stated.take() {
                Some(r) => r.start.min(i)..r.end.max(i + 1),
                None => i..i + 1,
            });
        }
        let (Some(timing), Some(fee)) = (said, self.terms.fees.get_mut(i)) else {
            return 0;
        };
        // A named instalment says more closely when than 一次性 (once) a part before did.
        let refined = timing == FeeTiming::OnDate && fee.timing == FeeTiming::UpfrontPaid;
        if fee.timing != FeeTiming::Other && !refined {
            return 0;
        }
        fee.timing = timing;
        1
    }

    /// A fee whose own sentence says nothing of when it is paid takes the timing another
    /// sentence states for it (6.1 平台服务费800元 / 6.2 放款时将上述平台服务费从借款本金中扣除).
    pub(super) fn apply_timing_notes(&mut self) {
        // A timing read from words away from the fee gives way to what a sentence says of the
        // fee itself (GPS服务费由借款人于放款当日另行支付), when every such sentence agrees.
        for fee in self
            .terms
            .fees
            .iter_mut()
            .filter(|f| self.borrowed_timing.contains(&f.name))
        {
            let mut said = self
                .said_timing
                .iter()
                .filter(|n| n.0 == fee.name)
                .map(|n| n.1);
            if let Some(t) = said.next() {
                if said.all(|u| u == t) && fee.timing != FeeTiming::OnDefault {
                    fee.timing = t;
                }
            }
        }
        // Kept: a fee stated only by its total is listed after this (`reconcile_fee_totals`).
        let notes = self.timing_notes.clone();
        // Paid on the payout day (在获得借款资金的当日支付) and said elsewhere to be taken out of
        // the principal: deducted, the more precise of the two.
        for fee in self
            .terms
            .fees
            .iter_mut()
            .filter(|f| f.timing == FeeTiming::AtDisbursement)
        {
            if notes
                .iter()
                .any(|n| n.0 == fee.name && n.2 == FeeTiming::UpfrontDeducted)
            {
                fee.timing = FeeTiming::UpfrontDeducted;
            }
        }
        for fee in self
            .terms
            .fees
            .iter_mut()
            .filter(|f| f.timing == FeeTiming::Other)
        {
            // The same name first, else the only timing stated for fees of the same kind.
            // Then a name that ends the fee's (上述服务费 of 咨询服务费).
            let same_name: Vec<_> = notes.iter().filter(|n| n.0 == fee.name).collect();
            let name_end: Vec<_> = notes.iter().filter(|n| fee.name.ends_with(&n.0)).collect();
            let pick = if !same_name.is_empty() {
                same_name
            } else if !name_end.is_empty() {
                name_end
            } else {
                notes.iter().filter(|n| n.1 == fee.kind).collect()
            };
            if let [first, rest @ ..] = pick.as_slice() {
                if rest.iter().all(|n| n.2 == first.2) {
                    fee.timing = first.2;
                }
            }
        }
    }

    /// A fee paid with one named instalment (随第3期还款一并支付) falls on that instalment's due
    /// date: the first due date and k − 1 regular periods after it, said as worked out. With
    /// no first due date or no regular frequency it keeps no date (priced with the last
    /// instalment, as the cost notes say).
    pub(super) fn date_fees_by_instalment(&mut self) {
        let months = match self.terms.frequency.as_ref().map(|f| f.frequency) {
            Some(Frequency::Monthly) | None => 1,
            Some(Frequency::Quarterly) => 3,
            _ => return,
        };
        // No first due date written: the schedule's own, one period after the payout.
        let from_payout = self.terms.first_payment_date.is_none();
        let first = self.terms.first_payment_date.clone().or_else(|| {
            let start = self.terms.start_date()?;
            Some(DateTerm {
                date: start.date.checked_add_months(chrono::Months::new(months))?,
                evidence: start.evidence.clone(),
            })
        });
        let Some(first) = first else {
            return;
        };
        let monthly = self.terms.frequency.is_some()
            || self.terms.repayment.as_ref().is_some_and(|r| {
                matches!(
                    r.method,
                    RepaymentMethod::EqualInstallment | RepaymentMethod::EqualPrincipal
                )
            });
        for fee in self
            .terms
            .fees
            .iter_mut()
            .filter(|f| f.timing == FeeTiming::OnDate && f.due_date.is_none())
        {
            let named = |by: fn(&(String, FeeKind, u32), &Fee) -> bool| {
                let mut ks = self
                    .fee_instalments
                    .iter()
                    .filter(|n| by(n, fee))
                    .map(|n| n.2);
                let k = ks.next()?;
                ks.all(|o| o == k).then_some(k)
            };
            let Some(k) = paid_with_instalment(&super::script::for_matching(&fee.evidence.text))
                .or_else(|| named(|n, f| n.0 == f.name))
                .or_else(|| named(|n, f| n.1 == f.kind))
            else {
                continue;
            };
            if k > 1 && !monthly {
                continue;
            }
            let Some(date) = first
                .date
                .checked_add_months(chrono::Months::new((k - 1) * months))
            else {
                continue;
            };
            let note = if from_payout {
                format!(
                    "paid with instalment {k}: due {date}, {k} regular period(s) after the payout ({}); no first due date is written",
                    first.evidence.text
                )
            } else {
                format!(
                    "paid with instalment {k}: due {date}, {} regular period(s) after the first due date ({})",
                    k - 1,
                    first.evidence.text
                )
            };
            fee.note = Some(match fee.note.take() {
                Some(old) => format!("{old}; {note}"),
                None => note,
            });
            fee.due_date = Some(DateTerm {
                date,
                evidence: fee.evidence.clone(),
            });
        }
    }
}
