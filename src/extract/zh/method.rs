//! The repayment method (等额本息, 等额本金, 先息后本, 一次性还本付息, ...) and the
//! payment frequency.

use super::*;
use crate::pattern;

mod named_dates;
mod negated;

pub(super) static MONTHLY_DUE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"每个?月\s*(?:的)?\s*(?:第)?\s*(?:[0-9]{1,2}|[一二三四五六七八九十]+)\s*[日号]|按月(?:还款|偿还|归还|付息|支付|付清|还清|等额|分期|入账|扣款)|每个?月(?:还款|偿还|归还|付息|支付|付清|还清|等额|入账|扣款|随账单|随信用卡账单)|每个?月\s*(?:的)?\s*(?:对日|对应日|同日|同一日|同一天|同一号|相同日期)[^。;,，]{0,6}?(?:还款|偿还|归还|付息|支付|付清|还清|结清|缴纳|给付|扣款|还(?:给)?(?:您|你|我))|每个?月\s*(?:仅|只)\s*(?:还|付|支付|偿还|归还)\s*利息|随每个?月(?:的)?(?:信用卡)?账单|首(?:期|次)还款日\s*(?:为|是)?[^。;,]{0,8}?次月(?:同日|对日|同一日)|月供|月还款|逐月(?:递减|还款|偿还|归还)|(?:每个?月|按月)(?:从|在)?(?:工资|薪资|薪水|工资收入)中?(?:扣还|扣回|扣除|扣款)|[(]\s*(?:按月|每月)\s*[)]|[(·|]\s*(?:按|每)?\s*月\s*(?:付|供|还)\s*[)·|]")
        .expect("static regex")
});
/// Interest settled each month (按月结息): monthly payments, unless a sentence says more.
static SETTLED_MONTHLY: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?:按|每)月\s*结息").expect("static regex"));
/// Payments every two weeks: 每两周还款, 每两周等额本息, 每隔一周, 双周等额本息.
static BIWEEKLY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"每\s*(?:两|2|二)\s*(?:周|星期)|每隔一\s*(?:周|星期)|双周\s*(?:还款|偿还|归还|支付|供|等额|分期|一期)|每\s*(?:十四|14)\s*天\s*(?:还款|一期|等额)",
    )
    .expect("static regex")
});
/// Payments every quarter: 按季, 每季度, 每三个月付息一次.
static QUARTERLY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"按季|每季|每\s*(?:满|隔)?\s*(?:三|3)\s*个\s*月\s*(?:付息|支付|还款|偿还|归还|结息|结算|结付|付|还)",
    )
    .expect("static regex")
});
/// Payments every week: 每周还款, 按周偿还, 每周等额本息, 每星期归还一次.
static WEEKLY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:每|按)\s*(?:一)?\s*(?:周|星期)\s*(?:[一二三四五六日天1-7])?\s*(?:应)?(?:还款|偿还|归还|支付|还)|(?:每|按)\s*(?:一)?\s*(?:周|星期)\s*(?:等额|分期|一期)|每隔\s*(?:7|七)\s*天\s*还款|周供")
        .expect("static regex")
});
pub(super) static METHOD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?P<ei>等额本息|元利均等|等额还本付?息|(?:按月|按期|每月|每期)平均摊还本息|(?:月供|(?:每月|每期)(?:应?还款额?|应还))[^。;]{0,20}?[(（]\s*等额\s*[)）]|(?:每月|每期|按月|按期)等额(?:还款|偿还|归还|还本付息|分期还款|供款|扣还|扣款|摊还)|(?:还款方式|还款方法)[\s:：]*(?:每月|每期|按月|按期)?等额(?:还款|分期)?\s*(?:[(（,，;；。]|$)|等额(?:偿还|归还|支付|清偿|摊还)本(?:金(?:和|及|与))?利?息|本息(?:按月|按期|每月|每期)?(?:平均|等额)(?:摊还|偿还|归还|清偿|还款)|(?:每期|每月)(?:以)?(?:相同|固定|同等|相等)(?:的)?金额(?:偿还|归还|支付|清偿)本(?:金(?:和|及|与))?利?息)|(?P<ep>等额本金|等额还本|元金均等|(?:每月|每期|按月|按期)\s*(?:归还|偿还|还|支付)\s*(?:相同|固定|同等|相等)(?:的)?(?:数额|金额)(?:的)?本金\s*(?:[,，;；。]|$)|(?:首月|首期|第一期|第1期)\s*(?:应)?还款(?:额)?[^。;；]{0,16}?(?:此后|以后|之后|其后)\s*(?:每月|每期|逐月|逐期)\s*递减)|(?P<io>先息后本|(?:仅|只)\s*(?:需|须)?\s*(?:支付|偿还|归还|还|付)\s*(?:当月|当期|每月|每期)?\s*(?:的)?\s*利息[^。;；]{0,24}?本金\s*(?:无须|无需|不需|不必|暂不|不用|不)\s*(?:归还|偿还|还)|(?:借款)?本金[^。;,，]{0,24}?(?:连同|与|和|随|及)\s*(?:最后一期|末期|最后一次|末次|最后一个?季度?)\s*(?:的)?利息\s*(?:一并|一起|一同|一次性)?\s*(?:归还|偿还|清偿|还清|付清|结清|支付|偿付)|(?:最后一期|末期|最后一次|末次)\s*(?:的)?利息\s*(?:连同|与|和|及)\s*(?:全部)?(?:借款)?本金[^。;,，]{0,20}?(?:一并|一起|一同|一次性)\s*(?:归还|偿还|清偿|还清|付清|结清|支付|偿付)|(?:按(?:月|期|季)|每月|每期|每季)(?:付|结|支付|偿还)利?息[^。;]{0,48}?(?:到期|最后一期)(?:时)?(?:一次性?)?(?:还|偿还|归还|清偿)(?:全部|剩余|所有)?(?:借款)?本(?:金)?)|(?P<bl>(?:到期)?一次性?还本付息|(?:个月|個月|年|天|日)\s*(?:后|以后|之后)\s*(?:一次性|一并)?\s*(?:归还|偿还|还清|付清|清偿)\s*(?:全部)?(?:本息|本金(?:和|及|与|连同)利息|本利)|(?:个月|個月|年|天|日)\s*(?:后|以后|之后)\s*(?:一次性)?还本付息|(?:个月|個月|年|天|日)\s*(?:后|以后|之后)\s*(?:连本带[息利]|本息|本利)\s*(?:一次性?|一并|一起|一同)?\s*(?:归还|偿还|还清|付清|清偿|还)|(?:到期|届满|期满)[^。;,，]{0,6}?(?:本息|本金(?:和|及|与|连同)利息|本利|连本带息)\s*(?:一次性?|一并|全部)?\s*(?:归还|偿还|清偿|还清|付清|结清|支付|偿付)|到期(?:时|日)?[^。;]{0,12}?(?:(?:利息|本金)\s*)?(?:与|和|连同|及)\s*(?:本金|利息)\s*一(?:起|并|同)\s*(?:归还|偿还|支付|清偿|付清)|利随本清|(?:[0-9〇零一二三四五六七八九十]{4}\s*年\s*[0-9〇一二三四五六七八九十]{1,2}\s*月\s*[0-9〇一二三四五六七八九十]{1,3}\s*[日号]|到期日|到期时|到期之日|借款到期)(?:之?前|以前|当日|当天)?\s*[,，]?\s*(?:连同|随同?)\s*(?:全部)?(?:借款)?本金\s*(?:一次性?|一并|一起|一同)\s*(?:归还|偿还|清偿|还清|付清|结清|支付|偿付|还)|利息\s*(?:随同?|连同|与|和|及)\s*(?:全部)?(?:借款)?本金\s*(?:[^。;,，]{0,12}?(?:到期|届满|期满)(?:日|时|之日|后)?)?\s*(?:一次性?|一并|一起|一同)\s*(?:于[^。;,，]{0,14}?)?(?:归还|偿还|清偿|还清|付清|结清|支付|偿付|还)|(?:不|无需|无须|毋须|不用|不必)\s*(?:按月|按期|按季|每月|每期|每季|分期)\s*(?:付息|支付利息|偿还利息|还息|结息|支付|给付|付)[^。;]{0,40}?(?:到期|届满|期满|[日号](?:之?前|以前|当日|当天)?)[^。;]{0,16}?(?:归还|偿还|清偿|还清|付清|结清|支付|偿付|还)|[0-9〇零一二三四五六七八九十]{4}\s*年\s*[0-9一二三四五六七八九十]{1,2}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*[日号](?:之?前|以前|当日|当天)?\s*(?:连本带[息利]|本息|本利|本金(?:和|及|与|连同)利息)\s*(?:一次性?|一并|一起|一同)?\s*(?:归还|偿还|还清|付清|清偿|结清)|(?:到期|届满|期满)(?:时|日|之日)?[^。;,，]{0,4}?(?:连同|与|和|随)\s*本金\s*(?:一次性?|一并|一起|一同)\s*(?:归还|偿还|清偿|还清|付清|结清|支付|偿付)|到期一次性(?:偿还|归还)(?:借款)?本(?:金)?(?:和|及|与)利息|到期还本付息|(?:到期|届满|期满|于[^。;,，]{0,16}?(?:之前|前|当日))[^。;,，]{0,12}?(?:一次性?|一并)\s*(?:归还|偿还|清偿|还清|付清|结清|支付|偿付)\s*(?:全部|所有)?(?:借款)?(?:本金\s*(?:和|及|与|、|连同|以及)\s*(?:全部|所有)?(?:借款)?利息|本息|本利)|(?:本金\s*(?:和|及|与|、|连同|以及)\s*利息|本息|本利)\s*(?:于|在|应于|须于)?[^。;,，]{0,16}?(?:到期|届满|期满)[^。;,，]{0,8}?(?:一次性?|一并|全部)\s*(?:归还|偿还|清偿|还清|付清|结清|支付|偿付))|(?P<bp>(?:到期|到时候|到时|年底|年末|年终|明年|后年|最后|期满|借满|[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日号])[^。;,，]{0,12}?(?:把|将)?\s*(?:本钱|本金)\s*(?:一起|一次性?|一把|一并|全部|一块儿?)?\s*(?:(?:还|还给|给|打|转)(?:我|你|您|他|她)|还上|还清)|(?:本钱|本金)[^。;,，]{0,16}?(?:到期|到时候|到时|年底|年末|年终|明年|后年|最后|期满|借满|[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日号])[^。;,，]{0,6}?(?:一起|一次性?|一把|一并|全部|一块儿?)?\s*(?:(?:还|还给|给|打|转)(?:我|你|您|他|她)|还上|还清)|(?:到期|到时候|到时|年底|年末|年终|明年|后年|最后|期满|借满|[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日号])[^。;,，]{0,8}?(?:还|归还|偿还)(?:给)?(?:你|您|我)?\s*[0-9][0-9,，.]*\s*(?:万)?(?:元|块)?\s*(?:的)?(?:本钱|本金)|(?:借款|贷款)?本金\s*(?:应|须|应当|需)?\s*(?:于|在)\s*(?:[0-9〇零一二三四五六七八九十]{4}\s*年\s*[0-9〇一二三四五六七八九十]{1,2}\s*月\s*[0-9〇一二三四五六七八九十]{1,3}\s*[日号]\s*(?:之?前|以前|当日|当天)?|最后一\s*(?:期|次|个月)|末\s*(?:期|次|月))\s*[,，]?\s*(?:一次性?|一并|全部)\s*(?:归还|偿还|清偿|还清|付清|结清|偿付|还)|至\s*[0-9〇零一二三四五六七八九十]{4}\s*年\s*[0-9〇一二三四五六七八九十]{1,2}\s*月\s*[0-9〇一二三四五六七八九十]{1,3}\s*[日号]\s*(?:之?前|以前|当日)?\s*[,，]?\s*(?:一次性?|一并|全部)?\s*(?:归还|偿还|清偿|还清|付清|结清)\s*(?:全部)?(?:借款)?本金|(?:借款)?本金\s*(?:在|于)?\s*(?:[0-9]+|[一二两三四五六七八九十半]+)\s*(?:个月|個月|年|天)\s*(?:后|以后|之后|到期后?)\s*(?:一次性?|一并|全部)\s*(?:归还|偿还|清偿|还清|付清|结清|偿付|还)|(?:个月|個月|年|天|日)\s*(?:后|以后|之后|到期后?)\s*(?:把|将)?\s*(?:借款)?本金\s*(?:一次性?|一并|全部)\s*(?:归还|偿还|清偿|还清|付清|结清|偿付|还)|(?:个月|個月|年|天|日)\s*(?:后|以后|之后|到期后?)\s*(?:一次性?|一并)\s*(?:归还|偿还|清偿|还清|付清|结清|偿付|还)\s*(?:全部)?(?:借款)?本金|(?:最后一\s*(?:期|次|个月)|末\s*(?:期|次)|第\s*[0-9一二两三四五六七八九十百]{1,4}\s*(?:个月|期))\s*(?:时)?\s*(?:连同|与|和|随同?)\s*(?:全部|剩余)?(?:借款)?本金\s*(?:一次性?|一并|一起|一同)\s*(?:归还|偿还|清偿|还清|付清|结清|偿付|支付)|(?:到期|届满|期满|最后一\s*(?:期|次)|末\s*(?:期|次)|于[^。;,，]{0,16}?(?:之前|前|当日))[^。;,，]{0,12}?(?:一次性?|一并)\s*(?:归还|偿还|清偿|还清|付清|结清|偿付)\s*(?:全部|所有)?(?:借款)?本金|(?:借款|贷款)?本金\s*(?:于|在|应于|须于)?[^。;,，]{0,12}?(?:到期|届满|期满)[^。;,，]{0,8}?(?:一次性?|一并|全部)\s*(?:归还|偿还|清偿|还清|付清|结清|偿付)|(?:到期|届满|期满)[^。;,，]{0,6}?(?:一次性?|一并)\s*还本|(?:到期|届满|期满)(?:之日|日|时|后)?\s*[,，]\s*(?:借款人|乙方|甲方|债务人|您)?\s*(?:应|须|应当|需)?\s*(?:一次性?|一并)\s*(?:归还|偿还|清偿|还清|付清|结清|偿付)\s*(?:全部|所有)?(?:借款)?本金)|(?P<fl>等本等息|(?:每月|每年|月|年)\s*平息|[月年]利率\s*[(（]\s*平息\s*[)）]|(?:按|以)(?:初始|原始)?(?:借款|贷款)本金(?:而非剩余本金)?(?:计息|计收利息|计算利息)[^。;]{0,6}(?:每期|每月)利息|每期利息(?:均)?按(?:照)?(?:初始|原始)?借款本金(?:计算|计收)|按(?:初始|原始)借款本金计算每期利息|(?:按|以)\s*(?:原|初始|原始)\s*(?:借款|贷款)?\s*(?:金额|本金|额)\s*(?:为基数)?\s*(?:计算|计息|计收|收取)|(?:按|以)(?:借款|贷款)?本金全额(?:计算|计息|计收)[^。;]{0,4}?不随(?:本金)?(?:的)?(?:偿还|归还|减少|递减)|(?:按|以)?(?:分期|借款|贷款|初始|原始)本金\s*[×xX*＊]\s*(?:每期|每月|月|期)\s*(?:服务|手续|分期)?费率\s*(?:逐期|每期|按期|按月|每月)\s*(?:收取|计收|收)|本金\s*[÷/]\s*(?:分期)?(?:期数|[0-9]{1,3})\s*[+＋]\s*(?:分期|借款|贷款|初始|原始)?本金\s*[×xX*]\s*(?:月|每月|每期)?(?:费率|利率|平息))|(?P<ot>随借随还)")
        .expect("static regex")
});
/// Interest paid each period (按月付息, 每季度支付利息, 每个月16号前把利息给我, 利息每月转给我, 利息每三个月
/// 结算一次, 于4月10日、7月10日及到期日各支付利息), which makes a lump repayment of the
/// principal at the end interest-only rather than a single payment.
pub(super) static PERIODIC_INTEREST: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        "{}|{}|{}|{}",
        r"(?:按|每)(?:满|隔)?(?:个|(?:一|三|3|六|6|十二|12)\s*个)?(?:月|期|季|季度|半年|年)(?:末|初|末月)?\s*(?:的)?\s*(?:[0-9一二三四五六七八九十]{1,3}\s*[日号](?:之?前|以前)?)?[^。;,，本]{0,12}?(?:给付|缴付|交付|付清|还清|付|结|支付|偿还|结清|缴纳|还|给(?:我|你|他|她|对方|出借人)?)(?:给)?\s*(?:出借人|甲方|贷款人|债权人)?\s*(?:当期|当月|当季|本期|上一?个?月|上一?期|一次)?\s*(?:的)?\s*利?息|每个?结息日\s*支付|利息[^。;]{0,30}?(?:于|在)\s*每(?:个)?月[^。;,，]{0,8}?(?:支付|给付|付清|结清|缴纳)|利息\s*(?:应)?\s*(?:按|每)(?:个)?(?:月|期|季|季度|半年)(?:末|初|末月|底)?\s*(?:的)?\s*(?:[0-9一二三四五六七八九十]{1,3}\s*[日号](?:之?前|以前)?)?\s*(?:支付|结清|结算|偿还|缴纳|付清|还清|给(?:我|你|他|她|对方|出借人)?|(?:转|打|汇|交)(?:给|到|至)?)|(?:按|每)(?:个)?(?:月|期|季|季度)(?:末|初|底)?\s*(?:的)?\s*(?:[0-9一二三四五六七八九十]{1,3}\s*[日号](?:之?前|以前)?)?\s*(?:把|将)\s*(?:当月|当期|本期|上月|上期|当季)?\s*(?:的)?\s*利息\s*(?:给|转|打|付|交|汇|支付|结|还)",
        // 利息每三个月结算一次, 利息每6个月支付: every few months; and in chat: 480块利息，我每个月
        // 20号转你 (the interest named, then sent each month).
        r"利息\s*[,，]?\s*(?:我|你|他|她|借款人)?\s*(?:每个?月|按月)\s*(?:[0-9一二三四五六七八九十]{1,3}\s*[日号](?:之?前|以前)?)?\s*(?:都|就)?\s*(?:转|打|汇|给|付|交)(?:给|到)?",
        r"利息\s*(?:应)?\s*每\s*(?:满|隔)?\s*(?:一|二|两|三|六|十二|[0-9]{1,2})\s*个\s*月\s*(?:结算|结付|支付|结清|偿还|付清|缴纳|付|结)",
        named_dates::interest_on_named_dates_unnamed()
    ))
        .expect("static regex")
});
/// Whether `text` states interest paid each period ([`PERIODIC_INTEREST`]), not negated
/// (`利息不按月支付` says the opposite).
pub(super) fn periodic_interest(text: &str) -> bool {
    negated::matches_unnegated(&PERIODIC_INTEREST, text)
}
/// A ticked box right before an option: ☑ ■ √ [x] (√).
pub(super) static TICKED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:[☑√✓✔■▣]|\[\s*[xX√✓✔]\s*\]|\(\s*[√✓✔]\s*\))\s*$").expect("static regex")
});
/// An empty or crossed-out box right before an option: □ [ ] ( ) ☒ X. A cross is not a tick.
pub(super) static UNTICKED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:[□☐▢◻☒✗✘×]|\[\s*\]|\(\s*\)|(?:^|[\s:,、])[xX])\s*$").expect("static regex")
});

/// How an option of a checkbox form is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Ticked,
    Unticked,
    /// No box: a plain statement.
    Plain,
}

fn mark_before(before: &str) -> Mark {
    if TICKED.is_match(before) {
        Mark::Ticked
    } else if UNTICKED.is_match(before) {
        Mark::Unticked
    } else {
        Mark::Plain
    }
}

impl Extractor<'_> {
    pub(super) fn repayment(
        &mut self,
        text: &str,
        ev: &mut impl FnMut(&Self) -> Evidence,
    ) -> usize {
        let mut found = 0;
        if self.terms.frequency.is_none() {
            let freq = if negated::matches_unnegated(&MONTHLY_DUE_DAY, text) {
                Some(Frequency::Monthly)
            } else if negated::matches_unnegated(&BIWEEKLY, text) {
                Some(Frequency::Biweekly)
            } else if negated::matches_unnegated(&WEEKLY, text) {
                Some(Frequency::Weekly)
            } else if negated::matches_unnegated(&QUARTERLY, text) {
                Some(Frequency::Quarterly)
            } else if let Some(spaced) = named_dates::spacing(text) {
                Some(spaced)
            } else if METHOD.captures_iter(text).any(|c| {
                // An unticked option (□ 到期一次还本付息) says nothing of the frequency.
                let offered = c.get(0).is_some_and(|m| {
                    mark_before(text.get(..m.start()).unwrap_or("")) != Mark::Unticked
                        && !names_a_kind(text, m.end())
                        && !not_a_statement(text, m.start())
                        && !fees::fee_paid_with_the_loan(text, m.start(), m.end())
                });
                offered
                    && (c.name("bl").is_some()
                        || c.name("bp").is_some() && !periodic_interest(self.text))
            }) {
                Some(Frequency::Single)
            } else {
                None
            };
            if let Some(frequency) = freq {
                self.terms.frequency = Some(FrequencyTerm {
                    frequency,
                    evidence: ev(self),
                });
                found += 1;
            }
        }
        if self.terms.frequency.is_none()
            && self.settled_monthly.is_none()
            && SETTLED_MONTHLY.is_match(text)
        {
            self.settled_monthly = Some(ev(self));
        }
        let mut methods: Vec<(RepaymentMethod, Mark)> = Vec::new();
        for c in METHOD.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            if names_a_kind(text, m.end())
                || not_a_statement(text, m.start())
                || fees::fee_paid_with_the_loan(text, m.start(), m.end())
            {
                continue;
            }
            let method = if c.name("ei").is_some() {
                RepaymentMethod::EqualInstallment
            } else if c.name("ep").is_some() {
                RepaymentMethod::EqualPrincipal
            } else if c.name("io").is_some() {
                RepaymentMethod::InterestOnly
            } else if c.name("bl").is_some() {
                RepaymentMethod::Bullet
            } else if c.name("bp").is_some() {
                // 到期一次性归还本金: the whole loan at the end, unless the interest is paid
                // each period (then it is interest-only with the words apart).
                if periodic_interest(self.text) {
                    RepaymentMethod::InterestOnly
                } else {
                    RepaymentMethod::Bullet
                }
            } else if c.name("fl").is_some() {
                RepaymentMethod::FlatRate
            } else {
                RepaymentMethod::Other
            };
            let mark = mark_before(text.get(..m.start()).unwrap_or(""));
            if !methods.iter().any(|(x, _)| *x == method) {
                methods.push((method, mark));
            }
        }
        // Only a ticked option counts when boxes are ticked; an unticked option never does.
        let ticked: Vec<RepaymentMethod> = methods
            .iter()
            .filter(|(_, k)| *k == Mark::Ticked)
            .map(|(m, _)| *m)
            .collect();
        let plain: Vec<RepaymentMethod> = methods
            .iter()
            .filter(|(_, k)| *k == Mark::Plain)
            .map(|(m, _)| *m)
            .collect();
        let options = if ticked.is_empty() { plain } else { ticked };
        let mut options = prefer_specific(options);
        // 分12期每月等额归还, 利息以原借款金额为基数计收: one sentence, as across sentences in
        // `choose_method`, the flat rate says how the equal instalment is made.
        if options.contains(&RepaymentMethod::FlatRate)
            && !(text.contains("还款方式") || text.contains("还款方法"))
        {
            options.retain(|m| *m != RepaymentMethod::EqualInstallment);
        }
        let chosen = match options.as_slice() {
            [m] => Some(*m),
            [] if methods.is_empty() => None,
            _ => {
                // Options with none (or several) ticked: the method is not stated here.
                if self.repayment_ambiguous.is_none() {
                    self.repayment_ambiguous = Some(ev(self));
                }
                None
            }
        };
        if let Some(method) = chosen {
            let labelled = text.contains("还款方式") || text.contains("还款方法");
            let evidence = ev(self);
            self.method_candidates.push((method, labelled, evidence));
            found += 1;
        }
        found
    }

    /// The repayment method: a labelled statement (还款方式:等额本息) wins; otherwise the
    /// mentions must agree, else the contract lists options and states none.
    pub(super) fn choose_method(&mut self) {
        let mut cands = std::mem::take(&mut self.method_candidates);
        let stated_at: Vec<usize> = cands.iter().map(|c| c.2.start).collect();
        let mut stated: Vec<RepaymentMethod> = Vec::new();
        for c in &cands {
            if !stated.contains(&c.0) {
                stated.push(c.0);
            }
        }
        let mut kept = prefer_specific(stated);
        // A flat rate (每月平息0.28%) paid in equal instalments (每月平均摊还本息), neither under
        // a 还款方式 label: the flat rate says how the equal instalment is made.
        let labelled_equal = cands
            .iter()
            .any(|c| c.1 && c.0 == RepaymentMethod::EqualInstallment);
        if kept.contains(&RepaymentMethod::FlatRate) && !labelled_equal {
            kept.retain(|m| *m != RepaymentMethod::EqualInstallment);
        }
        cands.retain(|c| kept.contains(&c.0));
        let labelled: Vec<_> = cands.iter().filter(|c| c.1).collect();
        let pick = match labelled.as_slice() {
            [first, ..] if labelled.iter().all(|c| c.0 == first.0) => Some((*first).clone()),
            [] => match cands.as_slice() {
                [first, ..] if cands.iter().all(|c| c.0 == first.0) => Some(first.clone()),
                [] => None,
                [first, ..] => {
                    self.repayment_ambiguous.get_or_insert(first.2.clone());
                    None
                }
            },
            [first, ..] => {
                self.repayment_ambiguous.get_or_insert(first.2.clone());
                None
            }
        };
        // 到期利随本清 with interest settled each quarter (按季结息): the principal alone is
        // left for the end, which is interest-only.
        let pick = pick.map(|(method, labelled, evidence)| {
            if method == RepaymentMethod::Bullet && periodic_interest(self.text) {
                if self
                    .terms
                    .frequency
                    .as_ref()
                    .is_some_and(|f| f.frequency == Frequency::Single)
                {
                    self.terms.frequency = None;
                }
                (RepaymentMethod::InterestOnly, labelled, evidence)
            } else {
                (method, labelled, evidence)
            }
        });
        // Options listed without one chosen (1.等额本息还款法 … 3.一次还本付息还款法): a single
        // payment read from one of them is not this loan's frequency either.
        if pick.is_none()
            && self.terms.frequency.as_ref().is_some_and(|f| {
                f.frequency == Frequency::Single && stated_at.contains(&f.evidence.start)
            })
        {
            self.terms.frequency = None;
        }
        if let Some((method, _, evidence)) = pick {
            self.terms.repayment = Some(Repayment { method, evidence });
        }
    }
}

/// Interest charged on the principal still owed: `按剩余本金计息`, `利息按未归还本金计算`,
/// `按实际占用的借款余额计收利息`, `按借款余额计息`.
static INTEREST_ON_BALANCE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:按|以)\s*(?:实际占用的?|尚未归还的?|未归还的?|未还的?|剩余的?|当期剩余的?|当期未还的?)\s*(?:借款|贷款)?\s*(?:本金|余额|本金余额)(?:为基数)?\s*(?:计息|计算|计收|收取)|(?:按|以)\s*(?:借款|贷款)?余额\s*(?:计息|计算利息|计收利息)|利息\s*(?:按|以)\s*(?:实际占用的?|尚未归还的?|未归还的?|未还的?|剩余的?)\s*(?:借款|贷款)?\s*(?:本金|余额)")
        .expect("static regex")
});

impl Extractor<'_> {
    /// No method and no interest rate stated (or interest on the balance), but the principal repaid each period, which
    /// times the count makes the principal (每期偿还本金700元 × 24期 = 16,800): the principal is
    /// repaid in equal parts (等额本金), said as worked out.
    pub(super) fn principal_in_equal_parts(&mut self) {
        // Kept: an interest-free first instalment is reconciled with it later.
        let Some(part) = self.per_period_principal.clone() else {
            return;
        };
        // With a rate, the same principal each period is 等额本金 only when the interest runs
        // on the balance (按剩余本金计息): a flat rate also repays equal parts of principal.
        let on_balance = INTEREST_ON_BALANCE.is_match(self.text);
        if self.terms.repayment.is_some()
            || (!on_balance
                && self
                    .terms
                    .rates
                    .iter()
                    .any(|r| r.kind == RateKind::Interest && !r.value.is_zero()))
            || part.amount <= Decimal::ZERO
        {
            return;
        }
        // No count stated: a monthly plan has as many periods as its term has months.
        let monthly = self
            .terms
            .frequency
            .as_ref()
            .is_some_and(|f| f.frequency == Frequency::Monthly);
        let n = match (&self.terms.installments, &self.terms.term) {
            (Some(c), _) => Decimal::from(c.count),
            (
                None,
                Some(LoanTerm {
                    months: Some(m), ..
                }),
            ) if monthly => Decimal::from(*m),
            _ => return,
        };
        // No loan amount written, but a price the plan finances (订单金额 ¥2,680.00) that the
        // parts make to the cent of their rounding (446.67 × 6): the price is the principal.
        if self.terms.principal.is_none()
            && n >= Decimal::TWO
            && let Some(price) = self.price_split_in_parts(part.amount, n)
        {
            self.terms.inferred.push(Inferred {
                field: "principal".into(),
                value: price.amount.normalize().to_string(),
                reason: format!(
                    "no loan amount is stated; the price {} ({}) is financed whole: the principal repaid each period {} × {n} instalments makes it, to the rounding of each period",
                    price.amount.normalize(),
                    price.evidence.text,
                    part.amount
                ),
                evidence: vec![price.evidence.clone(), part.evidence.clone()],
            });
            self.terms.principal = Some(price);
        }
        // No loan amount written (a course price paid to the school instead): the principal
        // repaid each period times the count is the principal.
        if self.terms.principal.is_none() && n >= Decimal::TWO {
            self.terms.inferred.push(Inferred {
                field: "principal".into(),
                value: (part.amount * n).normalize().to_string(),
                reason: format!(
                    "no loan amount is stated; the principal repaid each period {} × {n} instalments",
                    part.amount
                ),
                evidence: vec![part.evidence.clone()],
            });
            self.terms.principal = Some(Amount {
                amount: (part.amount * n).normalize(),
                derived: true,
                ..part.clone()
            });
        }
        let Some(principal) = self.terms.principal.clone() else {
            return;
        };
        let tolerance = Decimal::new(1, 2) * n;
        if n < Decimal::TWO || (part.amount * n - principal.amount).abs() > tolerance {
            return;
        }
        self.terms.inferred.push(Inferred {
            field: "repayment".into(),
            value: "equal_principal".into(),
            reason: format!(
                "no repayment method is stated{}; the principal repaid each period {} × {n} = the principal {}: the principal is repaid in equal parts",
                if on_balance {
                    " and the interest runs on the balance"
                } else {
                    " and no interest rate"
                },
                part.amount,
                principal.amount
            ),
            evidence: vec![part.evidence.clone(), principal.evidence.clone()],
        });
        self.terms.repayment = Some(Repayment {
            method: RepaymentMethod::EqualPrincipal,
            evidence: part.evidence,
        });
    }
}

/// What is due on the one repayment date: `到期应还`, `到期还款金额`, `到期日应还本息`,
/// `应于到期日归还借款本金`, `到期借款人归还…即可`, `到期共还`, or a charge paid with the
/// principal then (`到期时与本金一并交回`, `到期连同本金一次付清`, `于还款日连同本金一并支付`).
static DUE_AT_MATURITY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:到期(?:日|时)?|(?:期满|届满)(?:日|时))\s*(?:共|共计|合计|一共|总共)?\s*(?:应还|应付|需还|须还|应偿还|应归还|还款|还|偿还|归还)\s*(?:金额|总额|本息|款项|合计)?|(?:于|在)?(?:到期(?:日|时|之日|当日)?|(?:期满|届满)(?:日|时|之日|当日|后))[^,。;未不逾]{0,6}?(?:归还|偿还|还清|付清|清还|清偿|结清)|(?:到期(?:日|时|后)?|(?:期满|届满)(?:日|时|后)|(?:于|在)\s*(?:最后)?还款日)[^,。;]{0,6}?(?:与|连同|同|和|随)\s*(?:借款)?本金\s*(?:一并|一起|一次性?|同时)\s*(?:交回|交还|归还|偿还|支付|还清|付清|缴回|缴纳|清偿)")
        .expect("static regex")
});
/// The interest of each period stated as an amount: `每月…支付当月利息900元`, `每月利息为750元`.
static PERIOD_INTEREST_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:每|按)(?:个)?月[^。;]{0,16}?(?:当月|当期|本期|每月|每期)?利息\s*(?:金额|数额|额)?\s*(?:为|是|:|：)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*(?P<amt>[0-9][0-9,]*(?:\.[0-9]{1,2})?)\s*元")
        .expect("static regex")
});

impl Extractor<'_> {
    /// A draw with one repayment date (借款日 … 到期日 …, 到期应还 本金 + 利息) and no
    /// instalments, frequency or other method stated: one payment at maturity. 随借随还 names
    /// a product that may be repaid early, not this draw's schedule.
    pub(super) fn single_draw_bullet(&mut self) {
        let stated = self.terms.repayment.as_ref().map(|r| r.method);
        if !matches!(stated, None | Some(RepaymentMethod::Other))
            || self.terms.frequency.is_some()
            || self.terms.installments.is_some()
            || self.terms.first_payment_date.is_some()
            || !self.terms.due_dates.is_empty()
            || !self.terms.stated_schedule.is_empty()
            || (self.terms.maturity_date.is_none() && self.terms.term.is_none())
            || self.repayment_ambiguous.is_some()
            || periodic_interest(self.text)
        {
            return;
        }
        let Some(m) = DUE_AT_MATURITY.find(self.text) else {
            return;
        };
        // The end of the loan: its last day, else its stated length (借期一年).
        let Some(maturity) = self
            .terms
            .maturity_date
            .as_ref()
            .map(|d| d.evidence.clone())
            .or_else(|| self.terms.term.as_ref().map(|t| t.evidence.clone()))
        else {
            return;
        };
        let due = self.doc.sentence_evidence(m.start(), m.end());
        self.terms.inferred.push(Inferred {
            field: "repayment".into(),
            value: "bullet".into(),
            reason: format!(
                "no instalments or repayment frequency are stated; the loan has one end ({}) and states what is due then ({}): one payment at maturity",
                maturity.text, due.text
            ),
            evidence: vec![maturity.clone(), due.clone()],
        });
        self.terms.frequency = Some(FrequencyTerm {
            frequency: Frequency::Single,
            evidence: due.clone(),
        });
        self.terms.repayment = Some(Repayment {
            method: RepaymentMethod::Bullet,
            evidence: due,
        });
    }

    /// No method stated, but the interest of every month is stated as an amount and equals
    /// the principal × the monthly rate (60,000 × 18% ÷ 12 = 900): the balance never falls
    /// before the end, so the principal is repaid at the end (先息后本), said as worked out.
    pub(super) fn interest_only_from_figures(&mut self) {
        if self.terms.repayment.is_some()
            || self
                .terms
                .installments
                .as_ref()
                .is_some_and(|c| c.count < 2)
            || self
                .terms
                .frequency
                .as_ref()
                .is_some_and(|f| f.frequency != Frequency::Monthly)
        {
            return;
        }
        let Some(principal) = self.terms.principal.clone() else {
            return;
        };
        let Some(rate) = self
            .terms
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest && !r.comprehensive && !r.value.is_zero())
            .cloned()
        else {
            return;
        };
        let monthly = match rate.per {
            Per::Month => rate.value,
            Per::Year => rate.value / Decimal::from(12),
            _ => return,
        };
        let Some(c) = PERIOD_INTEREST_AMOUNT.captures(self.text) else {
            return;
        };
        let (Some(whole), Some(amt)) = (c.get(0), c.name("amt")) else {
            return;
        };
        let Ok(stated) = amt.as_str().replace(',', "").parse::<Decimal>() else {
            return;
        };
        let expected = principal.amount * monthly / Decimal::ONE_HUNDRED;
        if stated <= Decimal::ZERO || (stated - expected).abs() > Decimal::new(1, 2) {
            return;
        }
        let evidence = self.doc.sentence_evidence(whole.start(), whole.end());
        self.terms.inferred.push(Inferred {
            field: "repayment".into(),
            value: "interest_only".into(),
            reason: format!(
                "no repayment method is stated; the interest of each month {stated} = the principal {} × {}% ÷ 12 ({}): the balance does not fall, so the principal is repaid at the end (先息后本)",
                principal.amount,
                (monthly * Decimal::from(12)).normalize(),
                rate.evidence.text
            ),
            evidence: vec![evidence.clone(), principal.evidence.clone(), rate.evidence.clone()],
        });
        self.terms.repayment = Some(Repayment {
            method: RepaymentMethod::InterestOnly,
            evidence,
        });
    }
}

/// A method match that is no statement of this loan's method: the interest of one period with
/// the principal (`当期利息与本金一并扣收`: an instalment, not one sum at the end), or a
/// negation inside a condition (`如不按月付息，…到期…归还`).
fn not_a_statement(text: &str, start: usize) -> bool {
    let rest = text.get(start..).unwrap_or("");
    let before = text.get(..start).unwrap_or("");
    let before = before.strip_suffix('的').unwrap_or(before);
    (rest.starts_with("利息") && before.ends_with(['期', '月', '季', '次']))
        || (rest.starts_with(['不', '无', '毋']) && negated::conditional_at(text, start))
}

/// A method named as a kind of loan (对于到期一次还本付息的借款…), not stated as this loan's.
fn names_a_kind(text: &str, end: usize) -> bool {
    const KINDS: [&str; 7] = ["借款", "贷款", "合同", "产品", "业务", "情形", "情况"];
    text.get(end..)
        .and_then(|after| after.trim_start().strip_prefix('的'))
        .is_some_and(|noun| KINDS.iter().any(|k| noun.starts_with(k)))
}

/// Among methods stated together, a product name (随借随还) gives way to a stated method,
/// and a lump repayment of the principal to interest paid each period.
fn prefer_specific(mut methods: Vec<RepaymentMethod>) -> Vec<RepaymentMethod> {
    if methods.len() > 1 {
        methods.retain(|m| *m != RepaymentMethod::Other);
    }
    if methods.contains(&RepaymentMethod::InterestOnly) {
        methods.retain(|m| *m != RepaymentMethod::Bullet);
    }
    methods
}

/// Whether `text` states interest-only repayment (先息后本, 按月付息…到期还本).
pub(super) fn interest_only_in(text: &str) -> bool {
    METHOD.captures_iter(text).any(|c| c.name("io").is_some())
}

/// Interest paid each period in `sentence` and the principal repaid in one sum at the end
/// somewhere in `doc` (two rows of a table, two clauses apart): interest-only.
pub(super) fn interest_only_apart(sentence: &str, doc: &str) -> bool {
    periodic_interest(sentence)
        && METHOD
            .captures_iter(doc)
            .any(|c| c.name("io").is_some() || c.name("bp").is_some())
}

/// A field label that may follow an option with no break in PDF text.
static FIELD_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^(?:年化利率|[年月日]利率|利率|审批意见|审批人|还款方式|贷款期限|借款期限|首期还款额|每期还款额)\s*[:：]")
        .expect("static regex")
});

/// Empty boxes of a checkbox form (a cross is handled by [`UNTICKED`] where it matters).
const EMPTY_BOXES: [char; 4] = ['□', '☐', '▢', '◻'];
/// Ticked boxes of a checkbox form.
const TICKED_BOXES: [char; 5] = ['☑', '■', '▣', '✔', '✓'];

/// A line of options where one box is ticked (分期期数: □6期 ☑12期 □18期) read as the ticked
/// option alone (分期期数: 12期): each unticked option is dropped, up to the next box, a gap
/// of two spaces or a clause end, and the tick marks go. `None` when the sentence has no
/// ticked and unticked boxes together.
pub(super) fn keep_ticked_options(text: &str) -> Option<String> {
    if !text.contains(EMPTY_BOXES) || !text.contains(TICKED_BOXES) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    fn step(s: &str, c: char) -> &str {
        s.get(c.len_utf8()..).unwrap_or("")
    }
    while let Some(c) = rest.chars().next() {
        rest = step(rest, c);
        if EMPTY_BOXES.contains(&c) {
            // Skip the unticked option's words, up to the next field when a PDF ran it on
            // (□到期一次还本付息年利率:8.4%).
            while let Some(n) = rest.chars().next() {
                let gap = matches!(n, ' ' | '\u{3000}' | '\t')
                    && step(rest, n)
                        .chars()
                        .next()
                        .is_some_and(char::is_whitespace);
                if EMPTY_BOXES.contains(&n)
                    || TICKED_BOXES.contains(&n)
                    || gap
                    || matches!(n, '\n' | ',' | '，' | ';' | '；' | '。')
                    || FIELD_LABEL.is_match(rest)
                {
                    break;
                }
                rest = step(rest, n);
            }
        } else if !TICKED_BOXES.contains(&c) {
            out.push(c);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_ticked_option_of_a_line_is_read() {
        assert_eq!(
            keep_ticked_options("还款期数：☐ 3期 ☐ 9期 ✔ 15期").as_deref(),
            Some("还款期数： 15期")
        );
        assert_eq!(
            keep_ticked_options("期限：■ 18个月  □ 30个月，利率5%").as_deref(),
            Some("期限： 18个月  ，利率5%")
        );
        // Without both kinds of box the sentence is read as written.
        assert_eq!(keep_ticked_options("□ 等额本息 □ 等额本金"), None);
        assert_eq!(keep_ticked_options("☑ 我已阅读并同意"), None);
        // A field run onto the last option is kept.
        assert_eq!(
            keep_ticked_options("方式:■按季付息 □到期还本付息月利率:0.6%").as_deref(),
            Some("方式:按季付息 月利率:0.6%")
        );
    }
}
