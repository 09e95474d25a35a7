//! When a fee is paid, as the words about it say: at payout, at signing, each period, at the
//! end, on a date or with a named instalment.

use super::*;
use crate::pattern;

/// Paid once at the end: 到期一次性支付, 到期时支付, 随最后一期(还款)支付, 与最后一期还款一并收取,
/// 于到期日与本息一并支付, 到期与本息一并从待结算货款中扣收 (where it is taken from before the verb).
static TIMING_AT_MATURITY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:到期|期满|届满)(?:时|日|之日|当日)?\s*(?:一次性?|一并)?\s*(?:支付|缴纳|交纳|缴付|交付|付清|收取|结清)|随(?:最后|末)\s*(?:一)?\s*期|(?:与|和|连同|随同?)\s*(?:最后|末)\s*(?:一)?\s*期(?:还款|月供|本息|应还款项)?\s*(?:一并|一同|一起)|(?:最后|末)\s*(?:一)?\s*期(?:还款(?:时|日)?|月供|本息)?\s*(?:一并|一次性|一同)?\s*(?:支付|缴纳|收取)|借款到期后(?:一次性)?(?:支付|缴纳)|(?:到期|期满|届满)(?:时|日|之日|当日)?[^,。;]{0,8}?(?:一次性|一并|一同|一起)\s*(?:(?:从|自|在|由)[^,。;]{0,16}?)?(?:支付|缴纳|交纳|付清|收取|结清|扣收|扣取|扣款|划扣|扣划)")
        .expect("static regex")
});
/// Paid on the payout day, apart from the loan: 放款当日支付, 放款时另行支付, 放款当日从银行卡
/// 另行扣款, 放款成功当日从您的银行卡另行扣取, 借款到账当日自动扣款, 在获得借款资金的当日向乙方支付; a translated contract's
/// settlement day, the day the loan is drawn (于结算日由借款人支付).
static TIMING_AT_DISBURSEMENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:放款|发放贷款|发放借款|借款发放|款项到账|借款到账|提款|(?:获得|收到|取得|领取)[^,，。;；]{0,16}?(?:借款|贷款)(?:资金|款项|本金)?(?:的)?)(?:成功)?(?:当日|当天|之日|时)\s*(?:(?:另行|单独|一次性)\s*){0,2}(?:向[^,。;]{0,8}|从[^,。;]{0,10}?(?:账户|银行卡|借记卡|信用卡|储蓄卡|还款卡)(?:中|内)?)?\s*(?:(?:另行|单独|一次性)\s*){0,2}(?:支付|缴纳|交纳|付清|扣款|扣收|扣取|划扣|扣划|代扣|自动扣款)|(?:于|在)\s*(?:贷款|借款)?结算日(?:当日|当天)?[^,。;]{0,10}?(?:支付|缴纳|交纳|付清|收取)")
        .expect("static regex")
});
/// The words after a date that make it the day a fee is paid: `于2025年6月1日前支付`.
static PAID_ON_DATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"^\s*[)）]?\s*(?:之?前|当日|当天|以前)?\s*(?:[(（][^()（）]{0,16}[)）])?\s*(?:一次性)?\s*(?:(?:向|与|和|连同|随)[^,。;]{0,10}?)?(?:一并|一同|一起)?\s*(?:支付|缴纳|交纳|付清|收取|扣收|扣款|划扣|扣划|扣取)",
    )
    .expect("static regex")
});
/// A fee paid with one named instalment (随第3期还款一并支付, 于第6期还款日收取, 随首期月供
/// 一并支付, 计入第一期账单): `k` is the instalment, 首 the first. What follows the match is checked too: 自第2期起每期收取 is a per-period fee.
static WITH_INSTALMENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:第\s*(?P<k>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})|(?P<first>首))\s*期(?P<rest>[^,。;]{0,12}?)(?:支付|缴纳|交纳|付清|收取|扣收|一并)|(?:计入|记入|纳入|并入|列入|加入)\s*(?:第\s*(?P<k2>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})|(?P<first2>首))\s*期(?:账单|还款|月供|应还)")
        .expect("static regex")
});
/// A total of several charges (费用合计, 共计, 总计) whose sentence says when it is paid, then a
/// list of its parts opened by 其中.
static TOTAL_THEN_PARTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:合计|共计|总计|总额|各项费用|下列费用|以下费用)[^。]{0,120}?其中\s*[:：]?[^。其]{0,240}$")
        .expect("static regex")
});

/// When a charge is paid that is one part of a list opened by 其中 (`各项费用合计3,600元，于获得借款
/// 的当日支付；其中：(1)咨询费3,000元 (2)风险金600元`): the parts are paid when the total is, as
/// the sentence before 其中 says. `head` is the text before the part's own sentence.
pub(super) fn listed_under_total(head: &str, sentence: &str) -> Option<FeeTiming> {
    // The part's own sentence may open the list: 其中：(1)咨询费3,000元.
    let opened: String;
    let head = if sentence.trim_start().starts_with("其中") {
        opened = format!("{head}其中");
        opened.as_str()
    } else {
        head
    };
    let mut from = head.len().saturating_sub(600);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    let head = head.get(from..)?;
    let m = TOTAL_THEN_PARTS.find(head)?;
    // The sentence of the total: back to the clause before it.
    let before = head.get(..m.start())?;
    let lead_start = before
        .char_indices()
        .rfind(|&(_, c)| matches!(c, '。' | '；' | ';'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let lead = head.get(lead_start..m.start() + m.as_str().find("其中")?)?;
    timing_of(lead)
}

/// When the fee a sentence speaks of is paid, as far as the sentence says.
pub(in super::super) fn timing_of(sentence: &str) -> Option<FeeTiming> {
    Some(if TIMING_WITH_REPAYMENTS.is_match(sentence) {
        FeeTiming::PerPeriod
    } else if says_deducted(sentence) {
        FeeTiming::UpfrontDeducted
    } else if TIMING_AT_MATURITY.is_match(sentence) || says_with_principal_at_the_end(sentence) {
        FeeTiming::AtMaturity
    } else if TIMING_AT_DISBURSEMENT.is_match(sentence) {
        FeeTiming::AtDisbursement
    } else if TIMING_ON_DAY_ONE.is_match(sentence) {
        // Paid on the order or signing day (下单当日一次性支付, 与首付款一并付清): whatever the
        // sentence says of the instalments (不计入每期还款额) is not this fee's timing.
        FeeTiming::UpfrontPaid
    } else if says_per_period(sentence) {
        FeeTiming::PerPeriod
    } else if TIMING_UPFRONT_PAID.is_match(sentence) {
        FeeTiming::UpfrontPaid
    } else {
        return None;
    })
}

/// Taken with each repayment of principal and interest (乙方在偿还本金及利息时，…将平台维护费
/// 一并扣除; 每次还款时一并收取): with the one repayment of a single-payment loan.
static TIMING_WITH_REPAYMENTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:偿还|归还|支付|清偿)(?:借款)?(?:本金|本息)(?:及|和|与|、)?(?:利息)?(?:时|之时|当日|的同时)[^。；;]{0,30}?(?:一并|一同|同时)\s*(?:扣除|扣收|扣取|划扣|收取|支付|缴纳)|每次还款(?:时|当日)[^。；;]{0,16}?(?:一并|一同|同时)\s*(?:扣除|扣收|扣取|划扣|收取|支付)")
        .expect("static regex")
});

/// Paid once on the day the deal is made, apart from the instalments: the order, the purchase,
/// the signing or the down payment names the day (下单当日一次性支付, 签订本协议当天付清, 办理
/// 分期时缴纳, 与首付款一并支付).
static TIMING_ON_DAY_ONE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:下单|下订单|提交订单|订购|购买|购机|购车|提货|成交|签约|签订|签署|订立|办理分期|申请分期|开通分期)(?:本|此|该)?(?:协议|合同|订单)?(?:成功)?(?:当日|当天|之日|时|之时)[^,，。;；起每按逐月期]{0,10}?(?:支付|缴纳|交纳|缴付|付清|结清|收取|收讫)|(?:与|和|随|连同)\s*首付(?:款)?\s*(?:一并|一同|一起)?\s*(?:支付|缴纳|交纳|付清|收取)")
        .expect("static regex")
});

/// Paid on the day the principal is repaid, with it: the day named (到期日, 发薪日, 还款日),
/// then the principal alone, not the instalments (发薪日与预支款一并扣回, 还款日与借款本金一并
/// 归还).
static TIMING_WITH_PRINCIPAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:到期|期满|届满|发薪日|发薪当日|工资发放日|还款日|还款当日)[^,，。;；]{0,8}?(?:与|和|连同|随同?)\s*(?:借款本金|贷款本金|本金|预支款|预支金额|预支本金|借支款|垫付款|借款|贷款)\s*(?:一并|一同|一起)\s*(?:扣回|扣还|归还|偿还|还清|结清|支付|缴纳|收回)")
        .expect("static regex")
});

/// Words that make a sentence speak of every instalment: a fee paid "with the principal" in
/// it is paid with each instalment, not once at the end.
static EACH_INSTALMENT: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"每期|每月|按月|按期|各期|逐期|分期").expect("static regex"));

/// Whether the sentence says a fee is paid with the principal on the one day it is repaid.
fn says_with_principal_at_the_end(sentence: &str) -> bool {
    TIMING_WITH_PRINCIPAL.is_match(sentence) && !EACH_INSTALMENT.is_match(sentence)
}

/// Words before a per-period phrase in its own clause that deny it: the fee is not part of the
/// instalments (不计入每期还款额, 不包含在月供内, 不随每期还款收取, 非按月收取).
static PER_PERIOD_DENIED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:不|非|无需|无须|并非|未)(?:计入|记入|包含在?|包括在?|含在?|纳入|并入|列入|加入|分摊(?:到|至|于)?|摊入|随|在|与|按|于)?\s*$")
        .expect("static regex")
});

/// Whether the sentence says a fee is paid each period, not denying it (不按期收取, 非按月
/// 收取, 不计入每期还款额 say the opposite).
fn says_per_period(sentence: &str) -> bool {
    TIMING_PER_PERIOD.find_iter(sentence).any(|m| {
        let before = sentence.get(..m.start()).unwrap_or("");
        !PER_PERIOD_DENIED.is_match(before.trim_end())
    })
}

/// When fee `name` is paid by its own line, when the sentence runs over several lines (rows
/// of a key/value table read as one sentence: `GPS服务费 | 2,000元,放款时扣除` then
/// `账户管理费 | 每月50元,随月供扣收`): the lines that name the fee and say when it is paid,
/// if they agree.
pub(super) fn own_line_timing(evidence: &str, name: &str) -> Option<FeeTiming> {
    if !evidence.contains('\n') {
        return None;
    }
    let mut found = None;
    let lines: Vec<String> = evidence.lines().map(super::script::for_matching).collect();
    for (k, first) in lines.iter().enumerate() {
        if !first.contains(name) {
            continue;
        }
        // A line that stops at a comma goes on in the next (300.00元,一次性收取, / 与末期还款
        // 一同支付), unless that line names another fee.
        let mut line = first.clone();
        for next in lines.get(k + 1..).unwrap_or(&[]) {
            if !line.trim_end().ends_with([',', '，', '、']) || FEE_NAME.is_match(next) {
                break;
            }
            line.push_str(next.trim());
        }
        match (found, timing_of(&line)) {
            (_, None) => {}
            (None, t) => found = t,
            (Some(a), Some(b)) if a == b => {}
            _ => return None,
        }
    }
    found
}

/// When fee `name` is paid by the words that follow its name up to the next fee named, when
/// the sentence names other fees too (a PDF row run into the next: `GPS服务费:1,800元,于放款当日
/// 另行支付车辆盗抢险保费:150元,每期与本息一同收取`): the parts that say, if they agree.
pub(super) fn own_scope_timing(sentence: &str, name: &str) -> Option<FeeTiming> {
    let names: Vec<regex::Match<'_>> = FEE_NAME.find_iter(sentence).collect();
    if names.iter().all(|m| m.as_str() == name) {
        return None;
    }
    let mut found = None;
    for (k, m) in names.iter().enumerate() {
        if m.as_str() != name {
            continue;
        }
        let end = names
            .get(k + 1..)
            .unwrap_or(&[])
            .iter()
            .find(|n| n.as_str() != name)
            .map_or(sentence.len(), |n| n.start());
        let scope = sentence.get(m.start()..end).unwrap_or("");
        match (found, timing_of(scope)) {
            (_, None) => {}
            (None, t) => found = t,
            (Some(a), Some(b)) if a == b => {}
            _ => return None,
        }
    }
    found
}

/// The words of `sentence` from fee `name` at byte `at` up to the next other fee named.
pub(super) fn own_scope_after<'a>(sentence: &'a str, at: usize, name: &str) -> Option<&'a str> {
    let rest = sentence.get(at..)?;
    let end = FEE_NAME
        .find_iter(rest)
        .find(|n| n.start() > 0 && n.as_str() != name)
        .map_or(rest.len(), |n| n.start());
    rest.get(..end)
}

/// The day a fee is paid, when the sentence names one (`于2025年6月1日前支付`).
pub(super) fn paid_on_date(sentence: &str) -> Option<NaiveDate> {
    DATE.captures_iter(sentence).find_map(|c| {
        let m = c.get(0)?;
        let after = sentence.get(m.end()..)?;
        PAID_ON_DATE_AFTER
            .is_match(after)
            .then(|| date_of(&c))
            .flatten()
    })
}

/// A named instalment (一次性收取,计入第一期账单) says when a fee is paid more closely than
/// 一次性 (once) does; only a deduction at payout stands before it.
pub(super) fn named_instalment_first(said: Option<FeeTiming>, k: Option<u32>) -> Option<FeeTiming> {
    match (said, k) {
        (Some(FeeTiming::UpfrontDeducted), _) | (_, None) => said,
        (_, Some(_)) => Some(FeeTiming::OnDate),
    }
}

/// The instalment a fee is paid with, when the sentence names one (随第3期还款一并支付): not
/// a range of instalments (自第2期起, 第1期至第12期) and not each period.
pub(in super::super) fn paid_with_instalment(sentence: &str) -> Option<u32> {
    WITH_INSTALMENT.captures_iter(sentence).find_map(|c| {
        // 计入第一期账单: billed with that instalment.
        if c.name("first2").is_some() {
            return Some(1);
        }
        if let Some(k) = c.name("k2") {
            return parse_count(k.as_str()).filter(|k| (1..=600).contains(k));
        }
        let rest = c.name("rest")?.as_str();
        let ranged = ["起", "开始", "至", "到", "以后", "之后", "每", "各期"]
            .iter()
            .any(|w| rest.contains(w));
        // 首期 2026年9月1日\n不收取利息: another line, or a verb denied, is not this fee's
        // payment with the first instalment.
        let elsewhere = rest.contains('\n') || rest.trim_end().ends_with(['不', '免', '无', '未']);
        if ranged || elsewhere {
            return None;
        }
        if c.name("first").is_some() {
            return Some(1);
        }
        parse_count(c.name("k")?.as_str()).filter(|k| (1..=600).contains(k))
    })
}

/// The words before a fee's name that make it a part of the instalment: an instalment's label,
/// its principal or interest, then a plus (每期还款额 = 本金1,500元 + 利息180元 + 账户管理费).
static INSTALMENT_SUMMAND: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:还款额|还款金额|月供|应还|期供|每期还款|月还款)[^。;]{0,40}?(?:本金|利息)[^。;]*[+＋]\s*(?:[(（]?\s*)?$")
        .expect("static regex")
});

/// The sum a fee is a part of is the one due at the end: `到期应还1,019.20元(本金…+利息…+服务费`.
static DUE_AT_END_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?:到期|期满|届满)(?:时|日)?[^。;,]{0,6}?(?:应还|应付|还款|归还|偿还|支付)[^。;]*$",
    )
    .expect("static regex")
});

/// When fee `name` is paid by the sum it is stated as part of (首期还款额:本金…+利息…+账户管理费
/// 36元=…): with each instalment, as the principal and the interest are, or once at the end
/// when that sum is the one due at maturity.
pub(super) fn summand_timing(sentence: &str, name: &str) -> Option<FeeTiming> {
    let at = sentence
        .match_indices(name)
        .map(|(at, _)| at)
        .find(|&at| INSTALMENT_SUMMAND.is_match(sentence.get(..at).unwrap_or("")))?;
    let before = sentence.get(..at).unwrap_or("");
    Some(if DUE_AT_END_BEFORE.is_match(before) {
        FeeTiming::AtMaturity
    } else {
        FeeTiming::PerPeriod
    })
}
