//! Dates, the loan term and the number of instalments: signing, first and last due
//! dates, a loan period `自…至…`, `借款期限12个月`, `分12期`.

use super::*;
use crate::pattern;

pub(super) mod day_first;
mod other_contract;
mod parse;

pub(crate) use parse::parse_date;
use parse::year_of_a_date;
pub(super) use parse::{date_of, months_between, parse_count};

/// A date: `2019年5月10日`, `2019-05-10`, `2019/5/10`, or in Chinese numerals
/// (`二〇一九年五月十日`, `贰零贰肆年拾贰月叁拾壹日`), or day first as in Hong Kong (`30/9/2025`),
/// or with a two-digit year as people write by hand (`25年4月16日`, `'25/4/16`, `25.4.16`), or
/// with the year last and hyphens or dots (`01-09-2026`: day or month first, see `day_first`),
/// or in English left by a translator (`August 11, 2026`, `Aug. 11, 2026`, `11 August 2026`).
const DATE_PAT: &str = r"(?P<y>[0-9]{4})\s*年\s*(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*[日号]|(?P<y2>[0-9]{4})\s*[-/.]\s*(?P<m2>[0-9]{1,2})\s*[-/.]\s*(?P<d2>[0-9]{1,2})|(?P<y3>[〇○零一二三四五六七八九壹贰叁肆伍陆柒捌玖]{4})\s*年\s*(?P<m3>[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]{1,3})\s*月\s*(?P<d3>[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]{1,4})\s*[日号]|(?:中华民国|民国)\s*(?P<y4>[0-9]{2,3})\s*年\s*(?P<m4>[0-9]{1,2})\s*月\s*(?P<d4>[0-9]{1,2})\s*[日号]|(?-u:\b)(?P<d5>[0-9]{1,2})/(?P<m5>[0-9]{1,2})/(?P<y5>[0-9]{4})(?-u:\b)|(?-u:\b)(?P<y6>[0-9]{2})\s*年\s*(?P<m6>[0-9]{1,2})\s*月\s*(?P<d6>[0-9]{1,2})\s*[日号]|['‘’](?P<y7>[0-9]{2})\s*[-/.]\s*(?P<m7>[0-9]{1,2})\s*[-/.]\s*(?P<d7>[0-9]{1,2})(?-u:\b)|(?-u:\b)(?P<y8>[0-9]{2})\.(?P<m8>[0-9]{1,2})\.(?P<d8>[0-9]{1,2})(?-u:\b)|(?-u:\b)(?P<a9>[0-9]{1,2})\s*[-.]\s*(?P<b9>[0-9]{1,2})\s*[-.]\s*(?P<y9>(?:19|20)[0-9]{2})(?-u:\b)|(?-u:\b)(?P<n10>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?\s*(?P<d10>[0-9]{1,2})(?:st|nd|rd|th)?\s*[,，]?\s*(?P<y10>(?:19|20)[0-9]{2})(?-u:\b)|(?-u:\b)(?P<d11>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?P<n11>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?\s*[,，]?\s*(?P<y11>(?:19|20)[0-9]{2})(?-u:\b)";

/// A 民國 (Republic of China) year counts from 1912: 民國114年 is 2025.
const ROC_YEAR_OFFSET: u32 = 1911;

pub(super) static DATE: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(DATE_PAT).expect("static regex"));

/// A date without its capture names, to embed twice in [`RANGE`].
pub(super) fn date_pattern_unnamed() -> String {
    static NAME: LazyLock<Regex> =
        LazyLock::new(|| pattern::regex(r"\?P<[a-z0-9]+>").expect("static regex"));
    NAME.replace_all(DATE_PAT, "?:").into_owned()
}

/// A loan period: `自2019年5月10日至2020年5月9日`, `2019年5月10日起至2020年5月9日止`,
/// `自2025年3月1日起,至2025年9月1日止`.
pub(super) static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    let d = date_pattern_unnamed();
    pattern::regex(&format!(
        r"(?P<from>自|从)?\s*(?P<a>{d})\s*(?:(?P<qi>起)\s*[,，]?)?\s*(?:至|到|-|—|~)\s*(?P<b>{d})"
    ))
    .expect("static regex")
});
/// The words that make a period of two dates the loan's own (not a promotion's or a bill's).
static LOAN_PERIOD_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"期限|借期|借款期|贷款期|借款日|借款时间|使用期|用款期").expect("static regex")
});
/// A loan-period label right before its two dates, with only a separator between
/// (借款期限, 还款起止日期 as a payday template labels a loan's start and due date).
static PERIOD_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:(?:借款|贷款|用款)(?:期限|期间)|借期|(?:借款|贷款|用款|还款)起[止讫](?:日期?|时间))\s*[:为是|]?\s*$")
        .expect("static regex")
});
/// The day the loan is paid out: 放款日, 借款发放日, 实际放款日期, 起息日, 资金到账日.
pub(super) static DISBURSE_DATE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:实际)?放款(?:日期?|时间)|借款(?:日期?|时间)|(?:支用|提用|用款)(?:日期?|时间)|(?:代还|代偿|代付|垫付|垫还)(?:日期?|时间)|(?:借款|贷款)?发放(?:日期?|时间)|出借日期?|起息日|(?:资金|款项)到账(?:日期?|时间)|提款日期?")
        .expect("static regex")
});
/// The loan's length under its label: 借款期限, 借期, 租期, and a buy-now-pay-later account's 账期
/// (赊账期, 赊销期: the days of credit over which a supplier's bill is paid).
pub(super) static TERM: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?:期限|借期|为期|租期|账期|赊账期|赊销期|租赁期|承租期|贷款期间|借款期间|贷款期|借款期|借款天数|用款天数|使用天数|占用天数|借款时长|用款|还款期|借多久|借几个月|分几期还?|分几个月还?|{time}\s*[:为是]?\s*{total})(?:\s*[(]\s*(?P<u1>月|天|日|年)\s*[)])?(?:\s|[:为是〕】」』\]”“\x22]|{total})*(?P<n>[0-9]+|[{n}]+)\s*(?P<u>个月|個月|月|天|日|年|期|个星期|周|週)?(?P<q>\s*(?:以内|以上|以下|内|\(含)|届满)?",
        n = "一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾",
        time = TERM_TIME_WORD,
        total = TERM_TOTAL_WORD,
    ))
    .expect("static regex")
});
/// The loan's time, a term only when a total word follows (借款时间共一年; 借款时间:2025年3月1日
/// is a date).
const TERM_TIME_WORD: &str = "(?:借款|贷款|用款|借用)(?:时间|周期)";
/// The words that sum the term up: 借款期共计六个月, 期限合计180天, 借款期限总共12个月.
const TERM_TOTAL_WORD: &str = "(?:共计?|合计|总共|一共|总计|共有)";
/// What makes a count of periods a count of months: `(月)`, `(按月)`, `(每月一期)`.
static MONTHLY_PERIODS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*[(]\s*(?:按|每)?\s*(?:个)?月\s*(?:一期|还款|入账|扣款|还|付|供)?\s*[)]")
        .expect("static regex")
});
/// The loan's period as a length from its start date: `借款期间:自2025年3月5日起3年`,
/// `借款期限自放款日起12个月` (a guarantee's or a claim's period is not the loan's).
static TERM_FROM_START: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?:借款|贷款)(?:期限|期间)\s*(?:为|是|:)?\s*(?:自|从)\s*(?:{d}|放款日|起息日|借款日)\s*起\s*(?:算)?\s*(?P<n>[0-9]+|[{n}]+)\s*(?P<u>个月|個月|年|天)(?P<q>\s*(?:以内|内|届满|期满))?",
        d = date_pattern_unnamed(),
        n = "一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾"
    ))
    .expect("static regex")
});
/// The start of the loan period with no end date: `借款期限自2025年10月9日起共6个月`.
static PERIOD_START: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?:借款|贷款)(?:期限|期间)\s*(?:为|是|:)?\s*(?:自|从)\s*(?P<d>{d})\s*(?:起|开始)",
        d = date_pattern_unnamed()
    ))
    .expect("static regex")
});
pub(super) static DAYS_TOTAL: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"共计?\s*(?P<n>[0-9]+)\s*[天日]").expect("static regex"));
/// The count of instalments: 期数：12, 分12期, 分12个月归还, 分12个月从每月工资中扣还 (an employer's loan repaid out of the wages),
/// a plan's mode 分期方式 6期 / 还款安排:24期, and a weekly plan's 共52周 (kept only where the
/// payments are weekly: see [`WEEKLY_PAYMENTS`]).
pub(super) static INSTALLMENTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:期数|分期数|分期月数|还款月数|还款期数|借款期数|分几期还?|分期方案|还款方案|借款方案|分期计划|分期(?:\s*:|[ \t\u{3000}]+))\s*[」』】]?\s*(?:[(][^)]{0,4}[)])?\s*(?:[:为是”“\x22]|共计?)?\s*(?P<a>[0-9]+|[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]+)|(?:已选|所选|选定|您选择的|已选择的?)\s*(?:方案|期数|分期)?\s*[:：]?\s*(?P<s>[0-9]+|[一二两三四五六七八九十]+)\s*期|(?:分|共|共计|合计)\s*(?P<b>[0-9]+|[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]+)\s*期|(?:(?:分期|还款|偿还|返济)[^。;\n]{0,12}?(?:分|共|共计)|(?:一共|总共|共计?)\s*(?:需|要|应)?\s*(?:归还|偿还|还款|支付|还|付))\s*(?P<t>[0-9]+|[一二两三四五六七八九十]+)\s*次|(?:每|按)\s*(?:一)?\s*周[^。;]{0,8}?(?:分|共|共计)\s*(?P<w>[0-9]+|[一二两三四五六七八九十]+)\s*(?:周|次)|每\s*(?:两|2)\s*周[^。;]{0,8}?(?:分|共|共计)\s*(?P<w2>[0-9]+|[一二两三四五六七八九十]+)\s*次|(?:^|[·|])\s*(?P<d>[0-9]+)\s*期\s*(?:[·|]|$)|[×xX*]\s*(?P<x>[0-9]{1,3})\s*期|(?P<e>[0-9]+|[一二两三四五六七八九十]+)\s*期\s*(?:免息)?分期|(?:分期|还款|付款|借款|支付|偿还)(?:方式|安排)\s*[:为是]?\s*(?P<f>[0-9]+|[一二两三四五六七八九十]+)\s*期|(?:分|共|共计)\s*(?P<wk>[0-9]+|[一二两三四五六七八九十]+)\s*(?:周|週|个星期|個星期|个礼拜)|(?:分|共|共计)\s*(?P<c>[0-9]+|[一二两三四五六七八九十]+)\s*(?:个)?(?:月|次)\s*(?:(?:等额|平均|按月|逐月|每月)\s*){0,2}(?:归还|偿还|还款|还清|支付|还本付息|付清|清偿|扣清|扣还|扣完|还完|结清|从[^,。;]{0,6}?(?:工资|薪资|薪水|薪酬|工资卡)(?:中|内|里)?\s*(?:扣还|扣除|扣回|扣款|代扣|归还))")
        .expect("static regex")
});
/// Payments made each week (按周等额还款, 每周应还, 每周一期, 周付): a count of weeks is then
/// the count of instalments.
static WEEKLY_PAYMENTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:按|每)\s*(?:一)?\s*(?:周|週|星期|个星期|礼拜)[^。;\n]{0,12}?(?:还|付|扣|偿|缴|一期)|周付|周供|周还")
        .expect("static regex")
});

pub(super) static CONTRACT_DATE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:签订|签署|签约|签单|落款|订立|立约|立据|签字|签名|签章|盖章|办理|确认|试算)(?:日期?|时间)|合同日期|协议日期|契约(?:日期?|年月日)|签订于|签署于|签订|签署|订立|(?:出具|借条|借据)(?:日期|时间)")
        .expect("static regex")
});
/// A bare `日期:` field, as under the signatures of a 借条, or a slip's `日期时间:`.
pub(super) static BARE_DATE_WORD: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"日期(?:时间)?\s*:").expect("static regex"));
/// The words that make `日期` the date of something else (还款日期, 付息日期, 出生日期; 生效日期 may
/// fall after the signing).
pub(super) static OTHER_DATE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:入职|离职|转正|入学|毕业|开户|还款|付息|还息|放款|到期|起息|结息|计息|生效|出生|签发|有效|失效|到账|付款|支付|扣款|逾期|截止|开始|起始|终止|结束|届满|发放|提款|交付|划扣|入账|清偿|结清|申请|审批|首期|末期|最后|每期|当期)\s*$")
        .expect("static regex")
});
pub(super) static SIGNED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:在[^,。;]{0,12}|(?:与|和|同|由)[^,。;]{1,30}?)?(?:签订|签署|订立|签约|协商一致|达成(?:一致|协议))|^\s*(?:通过[^,。;]{0,10})?(?:申请|确认)(?:借款|贷款)|^\s*成功办理|^\s*(?:经|由)[^,。;]{0,12}?(?:电子)?(?:签名|签字|签章|盖章|签署)(?:后|并|即)?\s*(?:生效|成立)|^\s*(?:双方|各方|甲乙双方|三方)?\s*(?:签名|签字|签章|盖章|签署|签订|捺印|按手印|[、和及并]){1,6}\s*(?:之日|当日|当天)\s*起?\s*(?:生效|成立)").expect("static regex")
});
/// The day the borrower took the loan, said after the date: `于2025年7月7日通过某App向某公司借款`,
/// `您于2025年10月20日借款50,000元`, `于2025年3月1日借入人民币2万元`.
static BORROWED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:(?:通过[^,。;]{0,12}?)?向[^,。;]{1,30}?)?(?:借款|借入|借到|贷款)\s*(?:现金)?\s*(?:人民币|[0-9¥￥]|[零一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]+\s*[万千元])")
        .expect("static regex")
});
/// The loan falls due on the date before: `2026年3月16日到期`, `2026年3月16日前还清`,
/// `2026年3月16日一次性归还本金`, `2026年3月16日连本带利还你`.
static DUE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:到期(?:[,，。;；!！\s]|$)|(?:前|之前|以前|当日|当天)?\s*(?:(?:一次性?|一并)\s*)?(?:还清|结清|付清|连本带[息利])|(?:前|之前|以前|当日|当天)?\s*(?:一次性?|一并|全部)\s*(?:归还|偿还|还)(?:全部)?(?:借款)?本(?:金|息))")
        .expect("static regex")
});
/// Handed over in a stated way, with nothing after the verb (`以银行转账方式支付。`,
/// `通过微信转账交付,`, `以现金方式一次性交付`): a payout when the lender gives (below).
static LENT_BY_TRANSFER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:以|通过|经|用)[^,。;]{1,12}?(?:方式|转账|汇款|现金)\s*(?:一次性|全额|足额)?\s*(?:支付|交付|给付|提供|出借)(?:给?借款人)?\s*(?:[,，。;；]|$)")
        .expect("static regex")
});
/// The lender gives the loan earlier in the sentence (`出借人借给借款人人民币捌万元整…,于`).
static LENDER_GIVES_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:出借人|贷款人|出借方|借给|出借)[^。;]{0,60}$").expect("static regex")
});
/// A time of day right after a date (15:40, 19:22:05).
pub(super) static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?").expect("static regex")
});
/// The loan paid out on the date before: `借款3,000元已于2025年11月20日成功发放至您的银行卡`,
/// `出借人于2025年9月1日通过银行转账将上述款项全额转入借款人账户`, `以现金方式交付借款人`.
/// A label in brackets right after its date (`2016年3月10日【放款日期】`, `(签订日期)`): the date
/// of what the label names.
static LABEL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*[【\[(（〔]\s*(?:(?P<sign>签订|签署|签约|合同|协议|落款)(?:日期?|时间)|(?P<pay>(?:实际)?放款|借款|出借|发放|起息|提款)(?:日期?|时间)|(?P<due>到期|最后还款)(?:日期?|时间))\s*[】\])）〕]")
        .expect("static regex")
});
/// A repayment day that starts a series (`还款日 自2016年4月10日起,每月10日`): the first due date,
/// not the last.
static STARTS_A_SERIES: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"^\s*(?:起|开始)").expect("static regex"));
static PAID_OUT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:(?:通过|经由|经|以|用)[^,。;]{1,12}?(?:将[^,。;]{0,10}?)?)?(?:(?:成功|已|已经|全额|足额|一次性)\s*){0,3}(?:发放|放款|到账|划入|划付|转入|打入|汇入|出借|交付借款|转账给|交付给?借款人|支付给?借款人)")
        .expect("static regex")
});
/// A date that closes the document, alone after the last sentence or on the last line (the
/// dateline of a notice or message, blank lines before it or not), not under a label
/// (到期日: / 2026年1月1日); the same date in another calendar may follow it in brackets
/// (中華民國114年9月1日（西元2025年9月1日）). A sender's closing (敬启, (盖章)) may stand before it
/// on the same line: `某银行 消费金融部 敬启　　2025年9月22日`, and so may a click-through's
/// consent (`我已阅读并同意《借款协议》 2025-12-02`).
static CLOSING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?:^|[^:：\s][ \t\u{{3000}}]*\n\s*|[。!！,，]\s*|(?:敬启|谨启|敬上|谨上|[(（]?(?:盖章|签章|公章)[)）]?)[ \t\u{{3000}}]+|(?:同意|确认)[^\n。]{{0,60}}?[》」][ \t\u{{3000}}]+)[ \t\u{{3000}}]*(?P<d>{})(?:\s*[(（][^()（）\n]{{0,6}}(?:{})[)）])?(?:\s*(?:于|在)\s*\p{{Han}}{{2,8}}?(?:签订|签署|签字|订立|立)?)?[\s。]*$",
        date_pattern_unnamed(),
        date_pattern_unnamed()
    ))
    .expect("static regex")
});
/// The day the contract itself takes effect (`协议生效日期:2026年7月7日`): with no signing or
/// payout date, a better start than a month before the first due date.
static EFFECTIVE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?:合同|协议|契约)生效(?:日期?|时间)\s*(?:[:：]|为|是)?\s*(?P<d>{})",
        date_pattern_unnamed()
    ))
    .expect("static regex")
});
/// A row of a printed plan that opens with its number and due date (第1期  2025/12/05  应还…).
static ROW_DUE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?m)^[ \t\u{{3000}}]*第\s*(?P<k>[0-9]{{1,3}})\s*期\s*[:：|]?\s*(?P<d>{})",
        date_pattern_unnamed()
    ))
    .expect("static regex")
});
/// A length of the loan right after the word for borrowing: `约定借款45天`, `借用3个月`.
static TERM_AFTER_BORROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?:借款|借用|用款)\s*(?P<n>[0-9]+|[{n}]+)\s*(?P<u>个月|個月|天|日)(?P<q>\s*(?:以内|以上|以下|内))?",
        n = "一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾"
    ))
    .expect("static regex")
});
/// The loan's length as the time after which it is repaid: `一年后归还本息`, `6个月后还清`,
/// `一年后连本带利还你`, `一年后本金一次还`, `3个月后把本金还清`, the day itself in brackets or
/// after 即 (`4个月后(25.3.20)一次性归还`, `6个月后即25年10月16日连本带息一次还清`).
static TERM_REPAID_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?P<n>[0-9]+|[{n}]+)\s*(?P<u>个月|個月|年|天|日)\s*(?:后|以后|之后)\s*(?:[(][^()]{{0,16}}[)]|即\s*[^,。;()]{{0,14}}?)?\s*(?:把|将)?\s*(?:连本带[息利]|本息|本利|(?:借款)?本金)?\s*(?:一次性?|一并|一起|一同)?\s*(?:归还|偿还|还清|付清|清偿|还本付息|还)",
        n = "一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾"
    ))
    .expect("static regex")
});
/// The first due date: 首期/首次/第一次/第1期/首笔 还款日(期)/还款时间, 第一个还款日, or 首期 /
/// 第一期 alone right before the date, as its own clause (`每月6日还款2,713.42元,首期2025年12月6日`).
pub(super) static FIRST_PAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?:^|[,，;；。\s])(?:首期|第一期|第1期)\s*(?:为|是|于|在|:)?\s*$|(?:首|第一|第1)\s*(?:期|次|个|笔)?\s*(?:应?还款|还本付息|付息|供款)\s*(?:日期?|时间)|(?:首|第一|第1)\s*(?:期|次|笔)\s*(?:入账|扣款|扣还)|(?:首|第一|第1)\s*(?:期|次|笔)\s*(?:账单|出账)\s*(?:日期?|时间)|(?:首|第一|第1)\s*(?:期|次|笔)\s*(?:应还|应付|还款额?|供款)[^。;()]{0,20}[(]\s*(?:还款日\s*[:：]?|于)?\s*$",
    )
    .expect("static regex")
});
/// The last due date: 到期日, 最后一期/最后一次/末期/末次 还款日(期), 最后还款日, or a bare
/// 还款日(期) field with a whole date (a single-payment loan's; 每月还款日 names no date).
pub(super) static MATURITY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"到期日|最终到期|(?:借款)?本金\s*(?:应|须|将)?\s*(?:于|在)\s*$|(?:^|[^月期次首末后定每笔个第应一二三四五六七八九十0-9])还款日期?|(?:最后|末|最末)\s*(?:一\s*)?(?:期|次|笔)?\s*(?:应?还款|还本付息|还本)\s*(?:日期?|时间)|(?:最后|末|最末)\s*(?:一\s*)?(?:期|次|笔)\s*(?:入账|扣款|扣还)")
        .expect("static regex")
});

/// A date alone on the line under the signatures (借款人签字: … 盖章 / 2024年3月5日), or under
/// a party's name or ID line as a 借条 ends (借款人: 王某 / 2019年12月1日).
static DATE_UNDER_SIGNATURES: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?m)(?:签字|签名|签章|盖章|捺印|[(（]章[)）]|^[ \t\u{{3000}}]*(?:借款人|出借人|贷款人|甲方|乙方|立据人|担保人|保证人|身份证号?码?)[ \t\u{{3000}}]*[:：(（])[^\n]*\n[ \t\u{{3000}}]*(?:日期\s*[:：]?\s*)?(?P<d>{})[ \t\u{{3000}}]*$",
        date_pattern_unnamed()
    ))
    .expect("static regex")
});
/// A date beside a signature on its line, after a gap or a comma (借款人签名:张三    2025年8月25日,
/// 签字:李四 2025-08-25, 借款人(签章):王五 日期 2025.8.25): the date it was signed.
static DATE_BESIDE_SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?m)(?:签字|签名|签章|盖章|捺印)[)）]?\s*[:：][^\n:：0-9]{{1,20}}?(?:[ \t\u{{3000}}]+|[,，])(?:日期\s*[:：]?\s*)?(?P<d>{})[ \t\u{{3000}}]*$",
        date_pattern_unnamed()
    ))
    .expect("static regex")
});
/// A date that ends the line of the parties' names, after a gap, as a contract closes
/// (`出借人:钱国强　　借款人:施文斌　　二〇二五年六月三十日`, `甲方:王五 乙方:赵六 2025年8月1日`,
/// `贷款人(盖章)　　借款人:蒋少波　　2025年11月6日`).
static DATE_ENDS_PARTY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?m)^[ \t\u{{3000}}]*(?:(?:出借人|借款人|贷款人|甲方|乙方|立据人|担保人|保证人)(?:[(（][^)）\n]{{0,6}}[)）])?(?:[ \t\u{{3000}}]*[:：][ \t\u{{3000}}]*[^\n:：0-9]{{1,20}}?)?[ \t\u{{3000}}]+){{1,3}}(?:日期\s*[:：]?\s*)?(?P<d>{})[ \t\u{{3000}}]*$",
        date_pattern_unnamed()
    ))
    .expect("static regex")
});
/// The moment a borrower applied or confirmed on a lending app (申请时间: 2025-07-03 10:32),
/// a page was shown or recorded (展示日期, 记录时间, 截图时间) or a slip printed (日期时间): a click-through contract's only
/// date of agreement.
static APPLIED_AT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?:申请|提交|确认|交易|借款确认|下单|订单|购买|办理|披露|告知|展示|记录|截图|截屏|日期)(?:时间|日期)\s*[:：]?\s*(?P<d>{})",
        date_pattern_unnamed()
    ))
    .expect("static regex")
});

impl Extractor<'_> {
    /// With no signing date in a sentence: the date under the signatures, else the time the
    /// borrower applied on an app, else the payout date or the start of the loan period (each
    /// fallback said as an assumption), else the date before the document closes with, else one
    /// month before the first due date of a monthly plan.
    pub(super) fn unlabelled_contract_date(&mut self) {
        if self.terms.contract_date.is_some() {
            return;
        }
        let found = |re: &Regex| {
            re.captures_iter(self.text).find_map(|c| {
                let d = c.name("d")?;
                Some((parse_date(d.as_str())?, d.start(), d.end()))
            })
        };
        if let Some((date, start, end)) = found(&DATE_UNDER_SIGNATURES)
            .or_else(|| found(&DATE_BESIDE_SIGNATURE))
            .or_else(|| found(&DATE_ENDS_PARTY_LINE))
        {
            self.terms.contract_date = Some(DateTerm {
                date,
                evidence: self.doc.evidence(start, end),
            });
        } else if let Some((date, evidence, note)) = self.chat_contract_date() {
            self.terms.assumptions.push(note);
            self.terms.contract_date = Some(DateTerm { date, evidence });
        } else if let Some((date, start, end)) = found(&APPLIED_AT) {
            let evidence = self.doc.evidence(start, end);
            self.terms.assumptions.push(format!(
                "no signing date: the contract date is the time the borrower applied ({})",
                evidence.text
            ));
            self.terms.contract_date = Some(DateTerm { date, evidence });
        } else if let Some((date, evidence)) = self.approval_dateline() {
            self.terms.assumptions.push(format!(
                "no signing date: the contract date is the date the lender issued its approval ({}), which accepts the application and fixes the terms; the money is paid out later",
                evidence.text
            ));
            self.terms.contract_date = Some(DateTerm { date, evidence });
        } else if let Some(start) = self.terms.disbursement_date.clone() {
            self.terms.assumptions.push(format!(
                "no signing date: the contract date is the payout date / start of the loan period ({})",
                start.evidence.text
            ));
            self.terms.contract_date = Some(start);
        } else if let Some((date, start, end)) = found(&CLOSING_DATE) {
            let evidence = self.doc.evidence(start, end);
            self.terms.assumptions.push(format!(
                "no signing date: the contract date is the date the document closes with ({})",
                evidence.text
            ));
            self.terms.contract_date = Some(DateTerm { date, evidence });
        } else if let Some((date, start, end)) = found(&EFFECTIVE_DATE) {
            let evidence = self.doc.evidence(start, end);
            self.terms.assumptions.push(format!(
                "no signing or payout date: the contract date is the day the contract takes effect ({})",
                evidence.text
            ));
            self.terms.contract_date = Some(DateTerm { date, evidence });
        } else if let Some(first) = self.terms.first_payment_date.clone() {
            // Only the first due date of a monthly plan: the loan starts one period before it.
            let monthly = self
                .terms
                .frequency
                .as_ref()
                .is_some_and(|f| f.frequency == Frequency::Monthly);
            let Some(date) = first
                .date
                .checked_sub_months(chrono::Months::new(1))
                .filter(|_| monthly)
            else {
                return;
            };
            self.terms.assumptions.push(format!(
                "no signing or payout date: the contract date is taken as one month before the first monthly due date ({}): {date}",
                first.evidence.text
            ));
            self.terms.contract_date = Some(DateTerm {
                date,
                evidence: first.evidence,
            });
        }
    }

    /// The dateline of a lender's notice approving the loan (审批结果通知 … 某银行 2025.3.6), on or
    /// before the payout: the approval accepts the application, so the contract stands from it.
    fn approval_dateline(&self) -> Option<(NaiveDate, Evidence)> {
        static APPROVAL_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
            pattern::regex(r"(?:审批|审核|批复|核准|批准|授信)[^\n。]{0,8}(?:结果)?(?:通知|告知|确认)(?:书|函|单)?|(?:已|予以)(?:审批|审核)?(?:通过|批准|核准)")
                .expect("static regex")
        });
        if !APPROVAL_NOTICE.is_match(self.text) {
            return None;
        }
        // The issuer's name and the date on one closing line: `某银行个人信贷中心　2025.3.6`.
        static ISSUER_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
            pattern::regex(&format!(
                r"(?m)^[ \t\u{{3000}}]*[^\n:：0-9]{{2,30}}?(?:银行|分行|支行|中心|公司|部|社|机构|合作社)[ \t\u{{3000}}]+(?P<d>{})[ \t\u{{3000}}。]*$",
                date_pattern_unnamed()
            ))
            .expect("static regex")
        });
        let c = CLOSING_DATE
            .captures_iter(self.text)
            .chain(ISSUER_DATELINE.captures_iter(self.text))
            .max_by_key(|c| c.get(0).map_or(0, |m| m.end()))?;
        let d = c.name("d")?;
        let date = parse_date(d.as_str())?;
        let payout = self.terms.disbursement_date.as_ref().map(|p| p.date);
        if payout.is_some_and(|p| date > p) {
            return None;
        }
        Some((date, self.doc.evidence(d.start(), d.end())))
    }

    /// No first or last due date in words, but the rows of a plan are numbered and dated
    /// (第1期 2025/12/05 … 第12期 2026/11/05): the first row's date is the first due date and,
    /// when the rows run to the count of instalments, the last row's is the last.
    pub(super) fn due_dates_from_rows(&mut self) {
        let rows: Vec<(u32, NaiveDate, usize, usize)> = ROW_DUE
            .captures_iter(self.text)
            .filter_map(|c| {
                let k = c.name("k")?.as_str().parse().ok()?;
                let d = c.name("d")?;
                let whole = c.get(0)?;
                Some((k, parse_date(d.as_str())?, whole.start(), whole.end()))
            })
            .collect();
        let in_order = rows
            .windows(2)
            .all(|w| w[1].0 == w[0].0 + 1 && w[1].1 > w[0].1);
        let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
            return;
        };
        if !in_order || first.0 != 1 || rows.len() < 2 {
            return;
        }
        if self.terms.first_payment_date.is_none() {
            self.terms.first_payment_date = Some(DateTerm {
                date: first.1,
                evidence: self.doc.evidence(first.2, first.3),
            });
        }
        let all_rows = self
            .terms
            .installments
            .as_ref()
            .is_none_or(|c| c.count == last.0);
        if self.terms.maturity_date.is_none() && all_rows {
            self.terms.maturity_date = Some(DateTerm {
                date: last.1,
                evidence: self.doc.evidence(last.2, last.3),
            });
        }
    }

    /// The sentence before says what period follows (`借款时间共一年。自二〇二三年三月一日起,
    /// 至二〇二四年三月一日止。`, a clause headed 借款期限): the words in the 40 characters
    /// before this sentence.
    fn loan_period_just_before(&self, ev: &mut impl FnMut(&Self) -> Evidence) -> bool {
        const REACH: usize = 40;
        let start = ev(self).start;
        let from = start.saturating_sub(REACH);
        let before: String = self
            .doc
            .text
            .chars()
            .skip(from)
            .take(start - from)
            .collect();
        LOAN_PERIOD_WORD.is_match(&before) || before.contains("借款") || before.contains("贷款")
    }

    /// The date term a date word fills: 0 first due date, 1 signing, 2 maturity, 3 payout.
    fn date_slot(&mut self, which: u8) -> &mut Option<DateTerm> {
        match which {
            0 => &mut self.terms.first_payment_date,
            1 => &mut self.terms.contract_date,
            2 => &mut self.terms.maturity_date,
            _ => &mut self.terms.disbursement_date,
        }
    }

    pub(super) fn dates_and_term(
        &mut self,
        text: &str,
        ev: &mut impl FnMut(&Self) -> Evidence,
    ) -> usize {
        let mut found = 0;
        let dates: Vec<(usize, NaiveDate)> = DATE
            .captures_iter(text)
            .filter_map(|c| Some((c.get(0)?.start(), date_of(&c)?)))
            .collect();
        if let Some(c) = RANGE.captures(text) {
            let a = c.name("a").and_then(|m| parse_date(m.as_str()));
            let b = c.name("b").and_then(|m| parse_date(m.as_str()));
            let before = c.get(0).and_then(|m| text.get(..m.start())).unwrap_or("");
            // 自…至… / …起至… in a sentence about the loan's period, not any two dates.
            // A table row labelled with the period (借款期间 | 2025年8月25日至2026年8月25日)
            // says as much without 自 or 起.
            let loan_period = ((c.name("from").is_some() || c.name("qi").is_some())
                && (LOAN_PERIOD_WORD.is_match(before)
                    || text.contains("借款")
                    || text.contains("贷款")
                    || self.loan_period_just_before(ev)))
                || PERIOD_LABEL.is_match(before);
            if let (Some(a), Some(b), true) = (a, b, loan_period) {
                if b > a {
                    let e = ev(self);
                    self.period_span.get_or_insert(super::repayment_span::Span {
                        from: a,
                        to: b,
                        evidence: e.clone(),
                        repayment_label: PERIOD_LABEL
                            .find(before)
                            .is_some_and(|m| before[m.start()..].contains("还款")),
                        gave_term: self.terms.term.is_none(),
                        gave_start: self.terms.disbursement_date.is_none(),
                    });
                    if self.terms.term.is_none() {
                        let (months, days) = months_between(a, b);
                        self.terms.term = Some(LoanTerm {
                            months,
                            days,
                            evidence: e.clone(),
                        });
                    }
                    if self.terms.maturity_date.is_none() {
                        self.terms.maturity_date = Some(DateTerm {
                            date: b,
                            evidence: e.clone(),
                        });
                    }
                    if self.terms.disbursement_date.is_none() {
                        self.terms.disbursement_date = Some(DateTerm {
                            date: a,
                            evidence: e,
                        });
                    }
                    found += 1;
                }
            }
        }
        // Each date belongs to the date word nearest before it (签订日期 / 首期还款日 / 到期日).
        for (pos, date) in &dates {
            let before = text.get(..*pos).unwrap_or("");
            let near = |r: &Regex| r.find_iter(before).last().map(|m| m.end());
            let bare = BARE_DATE_WORD
                .find_iter(before)
                .filter(|m| !OTHER_DATE_PREFIX.is_match(before.get(..m.start()).unwrap_or("")))
                .last()
                .map(|m| m.end());
            let candidates = [
                (near(&FIRST_PAY_WORD), 0u8),
                (near(&CONTRACT_DATE_WORD).max(bare), 1),
                (near(&MATURITY_WORD), 2),
                (near(&DISBURSE_DATE_WORD), 3),
            ];
            let nearest = candidates
                .iter()
                .filter_map(|(m, w)| m.map(|m| (m, *w)))
                .max_by_key(|(m, _)| *m)
                // The word must be close: "签订日期: 2025年1月10日", not three clauses on.
                .filter(|(at, _)| before.get(*at..).is_some_and(|g| g.chars().count() <= 24));
            // "本合同于2025年1月10日签订": the signing word follows the date.
            let after_date = {
                let after = text.get(*pos..).unwrap_or("");
                DATE.find(after)
                    .and_then(|m| after.get(m.end()..))
                    .unwrap_or("")
            };
            let labelled_after = LABEL_AFTER.captures(after_date).map(|c| {
                let which = if c.name("sign").is_some() {
                    1u8
                } else if c.name("pay").is_some() {
                    3
                } else {
                    2
                };
                (0, which)
            });
            let signed_after = || {
                let after = after_date;
                // 您已于2025-09-03 15:40签署: the time of day between the date and the word.
                let after = CLOCK.find(after).map_or(after, |m| &after[m.end()..]);
                if SIGNED_AFTER.is_match(after) {
                    Some((0, 1u8))
                } else if DUE_AFTER.is_match(after) {
                    Some((0, 2u8))
                } else {
                    let lent_by_transfer = LENT_BY_TRANSFER_AFTER.is_match(after)
                        && LENDER_GIVES_BEFORE.is_match(before);
                    (BORROWED_AFTER.is_match(after)
                        || PAID_OUT_AFTER.is_match(after)
                        || lent_by_transfer)
                        .then_some((0, 3u8))
                }
            };
            let Some((_, mut which)) = labelled_after.or(nearest).or_else(signed_after) else {
                continue;
            };
            if which == 2 && STARTS_A_SERIES.is_match(after_date) {
                which = 0;
            }
            // A signing word before a period of two dates (签订日期2025年1月1日至…) dates no
            // signing; 至 in other senses (受托支付至账户) does not matter.
            if which == 1 && RANGE.is_match(text) {
                continue;
            }
            // The original contract's dates, recited by an extension that is signed itself.
            let label_end = nearest.filter(|(_, w)| *w == 1).map(|(at, _)| at);
            if other_contract::recites_another_contract(text, *pos, label_end, which)
                && other_contract::has_own_signing_date(self.text)
            {
                continue;
            }
            if self.date_slot(which).is_none() {
                let evidence = ev(self);
                *self.date_slot(which) = Some(DateTerm {
                    date: *date,
                    evidence,
                });
                found += 1;
            }
        }
        // 借款期限自2025年10月9日起共6个月: the loan period starts on the payout day.
        if self.terms.disbursement_date.is_none() {
            if let Some((date, _)) = PERIOD_START
                .captures(text)
                .and_then(|c| c.name("d"))
                .and_then(|d| Some((parse_date(d.as_str())?, d)))
            {
                let evidence = ev(self);
                self.terms.disbursement_date = Some(DateTerm { date, evidence });
            }
        }
        if self.terms.term.is_none() {
            let labelled = TERM
                .captures(text)
                .filter(|c| c.name("q").is_none() && !year_of_a_date(text, c));
            let from_start = || {
                TERM_FROM_START
                    .captures(text)
                    .filter(|c| c.name("q").is_none())
            };
            let borrowed_for = || {
                TERM_AFTER_BORROW
                    .captures(text)
                    .filter(|c| c.name("q").is_none())
            };
            let repaid_after = || TERM_REPAID_AFTER.captures(text);
            if let Some(c) = labelled
                .or_else(from_start)
                .or_else(borrowed_for)
                .or_else(repaid_after)
            {
                let n = c.name("n").and_then(|m| parse_count(m.as_str()));
                let unit = c
                    .name("u")
                    .or(c.name("u1"))
                    .map(|m| m.as_str())
                    .unwrap_or("");
                // 36期(月) / 12期(按月): a count of monthly periods is a term in months.
                let monthly_periods = unit == "期"
                    && c.get(0)
                        .and_then(|m| text.get(m.end()..))
                        .is_some_and(|after| MONTHLY_PERIODS.is_match(after));
                let unit = if monthly_periods { "个月" } else { unit };
                if let Some(n) = n.filter(|n| *n > 0) {
                    if monthly_periods && self.terms.installments.is_none() {
                        self.terms.installments = Some(Count {
                            count: n,
                            evidence: ev(self),
                        });
                    }
                    let (months, days) = match unit {
                        "个月" | "個月" | "月" => (Some(n), None),
                        "年" => (n.checked_mul(12), None),
                        "天" | "日" => (None, Some(n)),
                        "周" | "週" | "个星期" => (None, n.checked_mul(7)),
                        _ => (None, None),
                    };
                    if unit == "期" && self.terms.installments.is_none() {
                        self.terms.installments = Some(Count {
                            count: n,
                            evidence: ev(self),
                        });
                        found += 1;
                    }
                    if months.is_some() || days.is_some() {
                        self.terms.term = Some(LoanTerm {
                            months,
                            days,
                            evidence: ev(self),
                        });
                        found += 1;
                    }
                }
            } else if let Some((months, ..)) = super::half_year::half_year_months(text) {
                // 借3.5万元,半年还: a half year is six months.
                self.terms.term = Some(LoanTerm {
                    months: Some(months),
                    days: None,
                    evidence: ev(self),
                });
                found += 1;
            } else if let Some(c) = DAYS_TOTAL.captures(text) {
                // 约定还款日:2026-03-20(共45天): the days from the payout to a due date.
                let to_due_date = (text.contains("还款") || text.contains("到期"))
                    && DATE.is_match(text.get(..c.get(0).map_or(0, |m| m.start())).unwrap_or(""));
                if text.contains("借款") || text.contains("期限") || to_due_date {
                    if let Some(n) = c.name("n").and_then(|m| m.as_str().parse().ok()) {
                        self.terms.term = Some(LoanTerm {
                            months: None,
                            days: Some(n),
                            evidence: ev(self),
                        });
                        found += 1;
                    }
                }
            }
        }
        if self.terms.installments.is_none() {
            for c in INSTALLMENTS.captures_iter(text) {
                let Some(m) = c.get(0) else { continue };
                if text.get(..m.start()).is_some_and(|b| b.ends_with('第')) {
                    continue;
                }
                // 全部期数共480.00元: an amount after the word, not a count.
                let money = c.name("a").is_some_and(|a| {
                    let rest = text.get(a.end()..).unwrap_or("");
                    rest.trim_start_matches(|ch: char| {
                        ch.is_ascii_digit() || ch == ',' || ch == '.'
                    })
                    .trim_start()
                    .starts_with(['元', '圆', '万', '千', '%', '‰'])
                });
                if money {
                    continue;
                }
                let n = c
                    .name("a")
                    .or(c.name("b"))
                    .or(c.name("t"))
                    .or(c.name("c"))
                    .or(c.name("s"))
                    .or(c.name("d"))
                    .or(c.name("w"))
                    .or(c.name("w2"))
                    .or(c.name("x"))
                    .or(c.name("e"))
                    .or(c.name("f"))
                    .and_then(|m| parse_count(m.as_str()))
                    .or_else(|| {
                        // 共52周: weeks are instalments only where the document pays weekly.
                        c.name("wk")
                            .filter(|_| WEEKLY_PAYMENTS.is_match(self.text))
                            .and_then(|m| parse_count(m.as_str()))
                    });
                if let Some(n) = n.filter(|n| *n > 0 && *n <= 600) {
                    self.terms.installments = Some(Count {
                        count: n,
                        evidence: ev(self),
                    });
                    // 分24个月等额偿还: repaid over that many months, the term too.
                    let in_months = c.name("c").is_some_and(|m| {
                        let unit = text.get(m.end()..).unwrap_or("").trim_start();
                        unit.starts_with("个月") || unit.starts_with('月')
                    });
                    if in_months && self.terms.term.is_none() {
                        self.terms.term = Some(LoanTerm {
                            months: Some(n),
                            days: None,
                            evidence: ev(self),
                        });
                    }
                    found += 1;
                    break;
                }
            }
        }
        if self.terms.installments.is_none() {
            if let Some((count, ..)) = super::count_item::bare_count(text) {
                self.terms.installments = Some(Count {
                    count,
                    evidence: ev(self),
                });
                found += 1;
            }
        }
        found
    }
}
