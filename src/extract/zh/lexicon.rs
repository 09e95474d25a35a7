//! The vocabulary of Chinese loan contracts: value patterns and the words that say what a
//! value is (rate kinds, fee names, bases, timings, payees). Compiled once.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Basis, FeeKind, Payee, Per};
use crate::pattern;

fn re(p: &str) -> Regex {
    pattern::regex(p).expect("static regex")
}

/// Chinese numeral characters (大写 and small), used inside patterns.
pub const CN_NUM: &str = "零〇壹贰叁参肆伍陆柒捌玖拾佰仟一二两三四五六七八九十百千";

/// Money in figures: `¥12,500.00`, `人民币 12500 元`, `1.25万元`, `RMB 3000`.
/// The money of places abroad (泰铢, 韩元, 越南盾 …) comes from the places table
/// (`check/data/foreign_places.tsv`).
pub static MONEY_FIG: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?P<cur>人民币|RMB|CNY|¥|￥|NT\s?\$|HK\s?\$|MOP\s?\$?|新台币|港币|港元|澳门元|澳门币|RM|MYR|令吉|马币|S\s?\$|SGD|新币|新加坡元|US\s?\$|USD|美元|JPY|日元|日圆|EUR|欧元|GBP|英镑|AUD|澳元|CAD|加元|{abroad})?\s*(?P<num>[0-9]{{1,3}}(?:[, ][0-9]{{3}})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)\s*(?P<mult>万|亿|千)?\s*(?:整\s*)?(?P<unit>元|圆|块钱|令吉|马币|林吉特|新币|新加坡元|美元|日元|日圆|円|欧元|英镑|澳元|澳大利亚元|加元|加拿大元|{abroad})?",
        abroad = crate::check::foreign_places::money_alternation()
    ))
});

/// Money in words: `壹万贰仟伍佰元整`, `叁仟元伍角`, `两万元`.
pub static MONEY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"[{n}万亿]+\s*[元圆](?:\s*[零〇])?(?:\s*[{n}]\s*角)?(?:\s*[零〇])?(?:\s*[{n}]\s*分)?(?:\s*[整正])?",
        n = CN_NUM
    ))
});

/// Money in words after a 大写 label, where 元 may be left out: `(大写: 贰拾万整)`.
pub static MONEY_WORDS_LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"大写\s*[)]?\s*[:]?\s*(?:人民币)?\s*(?P<w>[{n}万亿]+\s*(?:[元圆][{n}角分]*)?\s*[整正]?)",
        n = CN_NUM
    ))
});

/// A percentage: `12%`, `0.05 %`, `万分之五`, `千分之三`, `百分之二`, `十万分之五`, `百分之0.5`, and one
/// with its thousands grouped (`1,095%`, a 7-day loan's annualised rate).
pub static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:十万|百万|万|千|百)分之\s*(?:[0-9]+(?:\.[0-9]+)?|[{n}]+(?:点[零〇壹贰叁参肆伍陆柒捌玖一二两三四五六七八九]+)?)|[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?\s*[%‰]|[0-9]+(?:\s?\.\s?[0-9]+)?\s*[%‰]",
        n = CN_NUM
    ))
});

/// Traditional 分/厘 rates: `月息1分`, `月息二分五厘`, `年息1分2厘`, `日息5厘`; the 厘 may be
/// left unsaid after a spoken 分 (`月息一分五` is 1.5%, `月息一分半` too), the 毫 after a spoken 厘 (`月息九厘八`
/// is 0.98%). In 大写 too: `月息壹分`, `年息捌厘`.
pub static FEN_LI: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<per>月|年|日)(?:息|利率|利)\s*(?:为|按|是|:)?\s*(?P<a>[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十半壹贰叁肆伍陆柒捌玖拾]+)\s*(?P<u>分|厘)(?:\s*(?P<b>[0-9]|[一二三四五六七八九壹贰叁肆伍陆柒捌玖])\s*厘|(?P<b2>[一二三四五六七八九壹贰叁肆伍陆柒捌玖半])(?:[^0-9一二三四五六七八九十百千万年月日天个壹贰叁肆伍陆柒捌玖拾佰仟萬万]|$))?",
    )
});

/// Words naming the period of a rate, nearest one before a value wins. Bare 日/月/年 only
/// count when directly in front of the value (see `bare` group); in brackets after a rate's
/// label (利率（月）, 手续费率(单利/月)) they are the label's period.
pub static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?P<day>日利率|日息|日利息|日费率|日罚息率|日罚息|按日|每日|每天|逐日|日均|/日|/天|每一日|每(?:逾期|迟延|延迟|拖欠)\s*(?:一|1)?\s*[日天]|{open}[日天]{close})|(?P<week>周利率|每周|按周|{open}周{close})|(?P<month>月利率|月息|月利息|月费率|月平息|每月|按月|/月|月综合|月[\p{{Han}}]{{0,6}}?费率|{open}月{close})|(?P<year>年化|年利率|年息|年利息|年费率|年平息|每年|按年|/年|年综合|年率|{open}年{close})|(?P<bare>[日天月年])",
        open = LABEL_PERIOD_OPEN,
        close = LABEL_PERIOD_CLOSE,
    ))
});

/// A rate's label, then a bracket opening its period (利率（, 手续费率(单利/, 月息（按): no
/// figure inside, so that 利率（12个月） is a term, not a period.
const LABEL_PERIOD_OPEN: &str = r"[率息]\s*[(（][^()（）\n0-9０-９一二三四五六七八九十两个]{0,6}?";
/// The bracket closing a label's period (月）, 月息), 月度）).
const LABEL_PERIOD_CLOSE: &str = r"(?:息|度)?\s*[)）]";

/// The day basis a contract states: `日利率=年利率/360`, `日利率为年利率除以360`,
/// `年利率:10.95%(日利率×365)`, `罚息利率按360天折算`,
/// `一年按360天计`; or the month length, which fixes it too (`每月按30天计算`,
/// `月利率=日利率×30`: 12 × 30 = 360 days).
pub static DAY_BASIS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"日利率\s*(?:=|为|按|是)\s*[^。;\n]{0,8}?年利率\s*(?:[/÷]|除以)\s*(?P<a>360|365)|(?:年利率|年化利率|年息|罚息利率)[^。;\n]{0,12}?(?:按|以)\s*(?:一年)?\s*(?P<f>360|365)\s*[天日]\s*(?:计|折算|换算)|年利率\s*=\s*日利率\s*[×*xX]\s*(?P<e>360|365)|(?:年利率|年化|年息)[^。;\n]{0,12}?日利率\s*[×*xX]\s*(?P<e2>360|365)|(?:一年|全年|每年|年)\s*(?:按|以|为|计)\s*(?P<b>360|365)\s*[天日]|(?P<c>360|365)\s*[天日]\s*(?:为一年|/年|计算|计为一年)|(?:每个?月|一个?月|月)\s*(?:均|统一)?\s*(?:按|以|为|计)\s*(?:照)?\s*(?P<m>30)\s*[天日]|(?P<m2>30)\s*[天日]\s*(?:为一个?月|计为一个?月|/月|按一个?月)|月利率\s*=\s*日利率\s*[×*xX]\s*(?P<m3>30)|日利率\s*=\s*月利率\s*[/÷]\s*(?P<m4>30)",
    )
});

/// The days in a year a [`DAY_BASIS`] match implies.
pub fn day_basis_of(caps: &regex::Captures<'_>) -> Option<u32> {
    if let Some(m) = ["a", "b", "c", "e", "e2", "f"]
        .iter()
        .find_map(|g| caps.name(g))
    {
        return m.as_str().parse().ok();
    }
    // A 30-day month is a 360-day year.
    ["m", "m2", "m3", "m4"]
        .iter()
        .any(|g| caps.name(g).is_some())
        .then_some(360)
}

/// Rate kinds, in the order of precedence used to classify a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Prepayment,
    Fee(FeeKind),
    Penalty,
    Overdue,
    Comprehensive,
    Interest,
}

/// The fee vocabulary (see the file's header).
const FEE_NAMES: &str = include_str!("data/fee_names.toml");

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FeeNames {
    prepayment_prefixes: Vec<String>,
    prepayment_suffixes: Vec<String>,
    name_prefix_stops: Vec<String>,
    names: std::collections::BTreeMap<String, FeeKind>,
}

/// The words that end the run of words before a fee's name that name it (see the data file).
pub fn fee_name_prefix_stops() -> &'static [String] {
    &FEE_VOCABULARY.name_prefix_stops
}

static FEE_VOCABULARY: LazyLock<FeeNames> =
    LazyLock::new(|| toml::from_str(FEE_NAMES).expect("bundled data/fee_names.toml"));

/// Fee names, longest first (the regex takes the first alternative that matches).
pub static FEE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    let v = &*FEE_VOCABULARY;
    let alt = |words: &[&String]| {
        let mut words: Vec<&String> = words.to_vec();
        words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        words
            .iter()
            .map(|w| regex::escape(w))
            .collect::<Vec<_>>()
            .join("|")
    };
    let prefixes: Vec<&String> = v.prepayment_prefixes.iter().collect();
    let suffixes: Vec<&String> = v.prepayment_suffixes.iter().collect();
    let names: Vec<&String> = v.names.keys().collect();
    re(&format!(
        "(?:{})(?:{})|{}",
        alt(&prefixes),
        alt(&suffixes),
        alt(&names)
    ))
});

/// The kind of fee named by `name` (a [`FEE_NAME`] match).
pub fn fee_kind(name: &str) -> FeeKind {
    let v = &*FEE_VOCABULARY;
    if let Some(kind) = v.names.get(name) {
        return *kind;
    }
    if v.prepayment_prefixes
        .iter()
        .any(|p| name.starts_with(p.as_str()))
    {
        FeeKind::Prepayment
    } else {
        FeeKind::Service
    }
}

pub static PENALTY_WORD: LazyLock<Regex> = LazyLock::new(|| re(r"违约金|违约赔偿金"));
pub static OVERDUE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(r"逾期|罚息|迟延|延迟还款|延期还款|未按[时期约]|不按[时期约]|未能按[时期约]")
});
/// An all-in annualised figure (a card instalment's fee 折算年化利率 too). `年化利率（单利）` is the form PBoC Announcement 2021 No. 3 asks
/// lenders to disclose; a plain `年利率（单利）` only says the contract rate is simple interest.
pub static COMPREHENSIVE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"综合成本|综合年化|年化综合|综合资金成本|综合借款成本|IRR|内部收益率|综合费率|年化费率|实际年化|年化利率\s*\(单利|年化利率[^,。;]{0,12}\(单利\)|(?:折算|换算|折合|相当于)(?:成|为)?\s*(?:的)?年化",
    )
});
/// Interest, or the price of the money by another name (data/interest_aliases.txt: 资金占用费,
/// 借款费用, 垫资费).
pub static INTEREST_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        "利率|利息|计息|年化|[年月日]息|[年月]平息|息率|付息|借款利|贷款利|{}",
        label_alternation(include_str!("data/interest_aliases.txt"))
    ))
});
/// A rate mentioned as a legal cap or comparison, not as a term of this contract.
pub static CAP_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"不超过|不得超过|不高于|超过部分|超出部分|上限|最高不|司法保护|法律保护|法定|国家规定|LPR|贷款市场报价利率|四倍|4倍",
    )
});
/// A relative mark-up over the contract rate (上浮50%, 加收50%).
pub static MARKUP_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:上浮|加收|提高|上调|增加|加计)\s*(?:了)?\s*$"));
/// `利率的150%`: a multiple of the contract rate.
pub static MULTIPLE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:约定|执行|合同|借款|贷款|本协议|本合同)?[^,]{0,8}利率的\s*$"));

/// What a percentage is charged on. 逾期本息(总额) and 应还未还/应付未付 are the sum in arrears,
/// not everything outstanding; so is the principal repaid late (逾期归还本金的, 未按期偿还借款本金).
pub static BASIS_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<disb>实际到账|实际放款|实际发放|到账金额)|(?P<total>剩余(?:借款|贷款)?本息|全部本息|未还本息|全部剩余(?:本息|借款本息|款项|应还款项)|全部未还款项|全部借款本息|欠款总额)|(?P<remain>(?:全部)?剩余本金|未还本金|未偿本金|尚未偿还的?本金|未偿还本金|贷款余额|借款余额)|(?P<overdue>(?:逾期|未按期|未按时|未按约定|到期未|到期不能|不能按期|未能按期)(?:归还|偿还|返还|清偿|还清|支付|未还|未付|还)?的?(?:借款)?本金|逾期本息|逾期金额|逾期款项|逾期本金|逾期未还|逾期部分|逾期应还|当期应还未还|应还未还(?:本息|金额|款项)|应付未付(?:金额|款项)|拖欠)|(?P<inst>每期应还|每期还款|当期应还|当月应还|月供|每期本息|每月应还)|(?P<princ>借款本金|借款总金额|借款金额|贷款本金|贷款金额|本金金额|合同金额|借款总额|本金)",
    )
});

/// The [`Basis`] named by a [`BASIS_WORD`] match.
pub fn basis_of(caps: &regex::Captures<'_>) -> Option<Basis> {
    Some(if caps.name("disb").is_some() {
        Basis::Disbursed
    } else if caps.name("total").is_some() {
        Basis::TotalOutstanding
    } else if caps.name("remain").is_some() {
        Basis::RemainingPrincipal
    } else if caps.name("overdue").is_some() {
        Basis::OverdueAmount
    } else if caps.name("inst").is_some() {
        Basis::Installment
    } else if caps.name("princ").is_some() {
        Basis::Principal
    } else {
        return None;
    })
}

/// When a fee is paid: taken out of the loan before it reaches the borrower (从借款本金中
/// 扣除, 预先扣除, 放款时一次性扣收, 坐扣, 到账金额为扣除…后的余额, 在提供借款本金时代为扣除,
/// 扣除…费后的剩余款项支付给借款人, 从出借人提供的借款本金中一次性支付, 将出借本金中相应资金
/// 先支付至…作为咨询费…后余款支付至借款人账户).
pub static TIMING_DEDUCT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"先行扣除|预先扣除|提前扣除|直接扣除|一次性扣除|扣除后|预扣|先扣|坐扣|(?:从|在|由)(?:借款|贷款|放款|本金|发放|出借|借出|拨款)[^,。;]{0,10}(?:中|时|内)?[^,。;]{0,6}(?:扣除|扣收|扣取|扣减|抵扣)|(?:放款|发放|出借|借出|打款|付款|划付|到账|拨款|提款|(?:提供|支付|交付|划付|发放|出借)(?:借款|贷款)(?:本金|资金|款项)?)(?:时|之时|当日|当天|前)[^,。;]{0,16}(?:扣除|扣收|扣取|扣减|扣|留下|扣下|留存)|当场(?:扣下|留下|扣除|扣收|扣留)|(?:到账|实际|发放|放款|出借)[^。;]{0,12}扣除[^。;]{0,20}后|扣除[^。;]{0,80}?后的?(?:剩余|余额|余款)|(?:借款|贷款|出借|借出)(?:本金|资金|款项|金额)[^。;]{0,30}?(?:先行?|预先)(?:支付|划付|转付|拨付|划转)[^。;]{0,80}?后的?(?:剩余|余额|余款)|从[^,。;]{0,14}?(?:借款|贷款|出借)(?:本金|资金|款项|金额)(?:中|内)[^,。;]{0,8}?(?:支付|扣付|扣除|扣收|扣取|收取)|砍头息",
    )
});

/// A deduction that is denied (`不从贷款中预先扣除`, `不预先扣除利息`, `无需扣除`): the words
/// just before a [`TIMING_DEDUCT`] match, in its clause.
pub static DEDUCT_NEGATION: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:不|未|(?:^|[^除])非|无需|无须|免于|禁止|严禁|不得|不会|不再|没有)[^,。;]{0,8}$")
});

/// A charge collected from the borrower's own account (auto-debit), or apart from the loan
/// (另行扣款, 单独扣收), not from the loan.
static FROM_ACCOUNT: LazyLock<Regex> =
    LazyLock::new(|| re(r"账户|银行卡|借记卡|代扣|划扣|还款账户|另行|单独|自行"));
/// The loan itself as the source of a deduction.
static OUT_OF_LOAN: LazyLock<Regex> =
    LazyLock::new(|| re(r"本金|借款中|贷款中|放款|发放|出借|借出|到账|借款金额|借款资金"));
/// The payout as a time, not as the money a charge comes out of (放款当日从银行卡扣款).
static PAYOUT_TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:放款|发放|出借|借出|到账|提款)(?:当日|当天|之日|日|时|之时|前|后|成功(?:后|时|当日))")
});

/// Where the rest is paid to (剩余款项支付到甲方账户, 余款划入借款人账户): the borrower's account
/// as the destination of the payout, not the source of a charge.
static TO_ACCOUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:支付|划入|汇入|转入|划付|打入|存入|划转|发放|转账)(?:到|至|入|给)?[^,。;]{0,12}?(?:账户|银行卡|借记卡)",
    )
});

/// Whether `sentence` says something is deducted from the loan before it is paid out (and
/// does not deny it).
pub fn says_deducted(sentence: &str) -> bool {
    deductions(sentence).next().is_some()
}

/// The byte ranges of the comma clauses of `sentence` that state a deduction from the loan,
/// denials left out.
pub fn deductions(sentence: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    const CLAUSE_END: [char; 5] = [',', '，', '。', ';', '；'];
    TIMING_DEDUCT.find_iter(sentence).filter_map(move |m| {
        let before = sentence.get(..m.start()).unwrap_or("");
        let clause_start = before
            .char_indices()
            .rfind(|(_, c)| CLAUSE_END.contains(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let lead = before.get(clause_start..).unwrap_or("");
        if DEDUCT_NEGATION.is_match(lead) {
            return None;
        }
        let after = sentence.get(m.end()..).unwrap_or("");
        let clause_end = after
            .find(CLAUSE_END)
            .map_or(sentence.len(), |i| m.end() + i);
        // 随每期还款从借款人账户中一次性扣除: taken from the borrower's account when due, not
        // out of the loan.
        let clause = sentence.get(clause_start..clause_end).unwrap_or("");
        let source = PAYOUT_TIME.replace_all(clause, "");
        let source = TO_ACCOUNT.replace_all(&source, "");
        if FROM_ACCOUNT.is_match(&source) && !OUT_OF_LOAN.is_match(&source) {
            return None;
        }
        Some((clause_start, clause_end))
    })
}
pub static TIMING_UPFRONT_PAID: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"放款(?:当天|当日|前|时|之前)|签约时|签署时|(?:合同)?签(?:订|署|约)(?:合同)?(?:当日|当天|之日|前|之前)|借款成功时|起息日收取|一次性(?:支付|付清|收取|缴纳)|提款前",
    )
});
pub static TIMING_PER_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"每一?期|每个?月|按月|按期|逐期|逐月|/期|[率息]\s*/\s*每?\s*月|月[\p{{Han}}]{{0,6}}?费率|{open}[月期]{close}|分期收取|随(?:每期)?还款|还款时|偿还本金及利息时|与[^,。;]{{0,8}}(?:一并|一同|一起)|一并扣除|期供|(?:随|随同|连同)(?:每期|每月|各期|当期)?(?:本息|月供|应还款项?|还款额)(?:一并|一同|一起)?(?:支付|缴纳|收取|扣收|扣款|划扣|代扣)",
        open = LABEL_PERIOD_OPEN,
        close = LABEL_PERIOD_CLOSE,
    ))
});

/// Who is paid.
pub fn payee_of(window: &str, kind: FeeKind) -> Option<Payee> {
    static PLATFORM: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?:向|给|支付给|归)[^,。;]{0,4}(?:平台|居间|服务方|信息提供方|中介|技术服务方|丙方|丁方)",
        )
    });
    static LENDER: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?:向|给|支付给|归)[^,。;]{0,2}(?:贷款人|出借人|出借方|贷款方|债权人)")
    });
    match kind {
        FeeKind::Guarantee => return Some(Payee::Guarantor),
        FeeKind::Insurance => return Some(Payee::Insurer),
        _ => {}
    }
    if PLATFORM.is_match(window) {
        Some(Payee::Platform)
    } else if LENDER.is_match(window) {
        Some(Payee::Lender)
    } else {
        None
    }
}

/// Map a [`PERIOD`] capture to a period.
pub fn period_of(caps: &regex::Captures<'_>) -> Option<Per> {
    if caps.name("day").is_some() {
        Some(Per::Day)
    } else if caps.name("week").is_some() {
        Some(Per::Week)
    } else if caps.name("month").is_some() {
        Some(Per::Month)
    } else if caps.name("year").is_some() {
        Some(Per::Year)
    } else {
        match caps.name("bare").map(|m| m.as_str()) {
            Some("日") | Some("天") => Some(Per::Day),
            Some("月") => Some(Per::Month),
            Some("年") => Some(Per::Year),
            _ => None,
        }
    }
}

/// Money roles, by the words in front of an amount. The amount paid out: 实际到账金额,
/// 实际收到, 甲方实际交付乙方人民币…, 实收金额.
pub static DISBURSED_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"实际到账|到账金额|实际放款|实际发放|实际\s*向[^,。;]{1,10}?(?:发放|支付|交付|转账|转付|出借|给付|划付|打款|提供)(?:给)?\s*(?:的)?\s*(?:款项|金额|借款|资金|借款金额)?\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*$|实际收到|实际借款金额|实际获得|放款金额|实际出借|实际(?:交付|给付|转账|转付|转|汇|划付|打款|借到|拿到|到手|领取|取得)(?:给)?(?:借款人|乙方|甲方|[^,。;息费]{0,6})?\s*(?:的)?(?:金额|款项|借款)?(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*$|实收(?:金额|款项)?",
    )
});
/// Plain labels kept as data, one a line (`#` comments), as one regex alternation.
pub(super) fn label_alternation(data: &str) -> String {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join("|")
}
pub static PRINCIPAL_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let phrasings = r"借款金额|借款本金|贷款金额|贷款本金|借款数额|借款总额|本金金额|本金数额|借款额为|合同金额|借款人民币|出借人民币|借给[^,。;]{0,6}人民币|出借资金|借款为|出借金额|借出金额|本金为|借款本金总金额|向[^,。;]{0,6}借款|借到|借入|(?:出借|借给[^,。;]{0,6}|借款|贷款|借用|借支|借|支用|提款)\s*[:：]?\s*$|(?:出借|借给|借出|垫付|借用|借支)[^,。;:]{0,10}?(?:款|资金|互助金)\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$|(?:借款|贷款|本金|借款额)\s*(?:\(\s*(?:大写|小写)\s*\))?\s*:|(?:借款|贷款)\s*(?:人民币|RMB|CNY)\s*[¥￥]?\s*$";
    re(&format!(
        "{}|{phrasings}",
        label_alternation(include_str!("data/principal_labels.txt"))
    ))
});
pub static PAYMENT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"每期还款|每期应还|每月还款|每月应还|每期应付|每月应付|月供|期供|每期偿还|月偿还本息|每月偿还|每期本息|每期租金|每月租金|月租金|每期还|每月还|每期(?:合计|共计)|每月(?:合计|共计)",
    )
});
pub static TOTAL_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"还款总额|应还总额|(?:分期)?总还款(?:额)?|本息(?:费|及费用|费用|及[^\s,，。;；0-9]{1,4}费)?合计|本息费(?:用)?总额|偿还本息数额|共计偿还|本息总额|应还本息总额|还本付息总额|应还(?:款)?(?:总计|合计)|还款(?:总计|合计)|(?:合计|总计|共计)应还",
    )
});
pub static FINANCE_CHARGE_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"利息总额|总利息|利息合计|应付利息总额|利息(?:共计|总计|合计|共)"));
/// A credit line is not a loan principal. 以上/以下/以内 bound a quantity only after one
/// (5万元以上); at the head of a phrase 以上 means "the above" (以上本息费合计 is a total).
/// A floor or cap on a charge (最低100元/天, 不少于200元, 不足50元的按50元) bounds the charge,
/// and a threshold (借款金额超过人民币10万元的) bounds a case, not the loan.
pub static CREDIT_LINE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"额度|授信|最高|最低|最少|上限|下限|封顶|保底|不超过|不低于|不少于|不足|至少|超过|高于|低于|少于|[0-9０-９一二三四五六七八九十百千万亿元天月年期%]\s*(?:以上|以下|以内)",
    )
});
/// Right after an amount, a unit of a charge (100元/天, 200元每次, 50元/笔): a sum charged per
/// day, per time or per item is a charge, never the amount lent.
pub static PER_CHARGE_UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:元|圆)?\s*(?:整)?\s*(?:/\s*(?:天|日|次|笔|单|件)|每\s*(?:次|笔)|[(（]\s*(?:每|/)\s*(?:天|日|次|笔)\s*[)）])",
    )
});

/// Money / rate / fee words that make a sentence worth reporting when nothing was parsed.
pub static MONEY_TOPIC: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"金额|本金|本息|利率|利息|[年月日]息|罚息|费|违约金|滞纳金|保证金|元|%|分之|还款|借款|贷款|放款|到账",
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_principal_repaid_late_is_the_sum_in_arrears_not_the_whole_loan() {
        let last = |s: &str| {
            BASIS_WORD
                .captures_iter(s)
                .last()
                .and_then(|c| basis_of(&c))
        };
        for s in [
            "乙方逾期偿还本金的,按年利率百分之十计付逾期利息",
            "借款人未按期归还借款本金的,",
            "到期未还本金部分按日万分之三计收",
        ] {
            assert_eq!(last(s), Some(Basis::OverdueAmount), "{s}");
        }
        // A charge that names the whole principal after the condition is on the whole principal.
        assert_eq!(
            last("借款人逾期还款的,按借款本金的百分之五支付违约金"),
            Some(Basis::Principal)
        );
    }

    #[test]
    fn principal_paid_first_to_a_fee_payee_is_a_deduction_but_a_repayment_order_is_not() {
        for deducted in [
            "甲方委托授权乙方将出借本金中相应资金先支付至某科技有限公司的指定账户作为咨询费、审核费、服务费（具体参见《服务协议》约定）后余款支付至甲方专用账号中",
            "本协议自乙方将借款本金数额在先行支付给某科技有限公司的咨询费、审核费后的剩余款项支付到甲方专用账号之日起生效",
        ] {
            assert!(TIMING_DEDUCT.is_match(deducted), "{deducted}");
        }
        let repayment = "甲方还款时先支付逾期罚息、违约金后的剩余款项用于偿还本金";
        assert!(!TIMING_DEDUCT.is_match(repayment));
    }

    #[test]
    fn the_fee_vocabulary_loads_and_each_name_matches_whole() {
        for (name, kind) in &FEE_VOCABULARY.names {
            let m = FEE_NAME.find(name).map(|m| m.as_str());
            assert_eq!(m, Some(name.as_str()), "{name}");
            assert_eq!(fee_kind(name), *kind, "{name}");
        }
        assert_eq!(fee_kind("提前结清手续费"), FeeKind::Prepayment);
        assert_eq!(
            FEE_NAME
                .find("乙方应支付提前还款违约金")
                .map(|m| m.as_str()),
            Some("提前还款违约金")
        );
        assert_eq!(
            FEE_NAME.find("收取居间服务费500元").map(|m| m.as_str()),
            Some("居间服务费")
        );
    }

    #[test]
    fn a_charge_for_paying_back_early_by_any_of_its_words_is_a_prepayment_fee() {
        for (text, name) in [
            ("借款人中途还款的,收取中途还款违约金", "中途还款违约金"),
            ("中途清偿手续费按剩余本金2%计收", "中途清偿手续费"),
            ("如需提前归还,另收提前归还手续费300元", "提前归还手续费"),
            ("提前还清补偿金为剩余本金的1%", "提前还清补偿金"),
            (
                "繰上返済手数料なし;繰上返済手续费5,000日元",
                "繰上返済手续费",
            ),
        ] {
            let m = FEE_NAME.find(text).map(|m| m.as_str());
            assert_eq!(m, Some(name), "{text}");
            assert_eq!(fee_kind(name), FeeKind::Prepayment, "{name}");
        }
        // A handling fee with no word of paying early stays a handling fee.
        assert_eq!(fee_kind("手续费"), FeeKind::Handling);
    }
}
