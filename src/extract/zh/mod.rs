//! Chinese contract extraction (借款合同, 网贷借款协议, 个人消费贷款合同, 借条).
//!
//! The text is cut into sentences ([`segment`]); in each sentence the values (amounts,
//! percentages, 分/厘 rates, dates, counts) are found first, then the words around each value
//! say what it is. Every term keeps its whole sentence as evidence. A sentence that talks
//! about money but yields nothing is kept in `unparsed`; blanks (`____`, `【 】`, `${..}`)
//! are "not stated" and produce nothing.

mod clauses;
mod lexicon;
mod segment;

pub use clauses::clause_kinds;
pub use segment::{Segment, segments};

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use rust_decimal::Decimal;

use super::numerals::{
    parse_cn_integer, parse_cn_money, parse_decimal, parse_number, parse_percent,
};
use crate::model::{
    Amount, Basis, Clause, Count, DateTerm, Evidence, Fee, FeeKind, FeeTiming, Frequency,
    FrequencyTerm, Inconsistency, JurisdictionHint, LenderType, LoanTerm, Party, Per, Rate,
    RateKind, Repayment, RepaymentMethod, Terms, Unparsed,
};
use crate::read::Document;
use lexicon::*;

const CNY: &str = "CNY";

/// Extract the terms of a Chinese contract.
pub fn extract(doc: &Document) -> Terms {
    let mut x = Extractor::new(doc);
    for seg in segments(&doc.text) {
        x.sentence(seg);
    }
    x.finish()
}

/// A value found in a sentence (offsets are bytes into the sentence).
#[derive(Debug, Clone)]
struct Tok {
    start: usize,
    end: usize,
    val: Val,
}

#[derive(Debug, Clone)]
enum Val {
    /// An amount of money; `words` holds the 大写 value when both forms were written.
    Money {
        figures: Option<Decimal>,
        words: Option<Decimal>,
    },
    /// A percentage (in percent); `per` is set for 分/厘 forms, which name their period.
    Pct { value: Decimal, per: Option<Per> },
}

impl Val {
    fn money(&self) -> Option<Decimal> {
        match self {
            // 大写 prevails over 小写 when both are written (the words are harder to alter).
            Val::Money { figures, words } => words.or(*figures),
            Val::Pct { .. } => None,
        }
    }
}

/// A rate stated relative to the contract rate, resolved once the whole text is read.
struct Markup {
    kind: RateKind,
    markup: Decimal,
    basis: Option<Basis>,
    label: String,
    evidence: Evidence,
}

struct Extractor<'a> {
    doc: &'a Document,
    terms: Terms,
    /// The day basis the contract states (日利率=年利率/360), if any.
    stated_day_basis: Option<(u32, Evidence)>,
    markups: Vec<Markup>,
    /// Whether an unstated period had to be assumed for a rate (reported once).
    assumed_year: bool,
    /// A rate table gives no period but a formula multiplies by days (罚息 × 逾期天数).
    daily_formula: bool,
    repayment_ambiguous: Option<Evidence>,
    /// Every repayment method stated, with whether its sentence is labelled 还款方式.
    method_candidates: Vec<(RepaymentMethod, bool, Evidence)>,
    /// A lender line without a type was just read; the next line may carry an ID number.
    lender_needs_id: bool,
    /// Fees named in a sentence that says when they are paid (放款时从本金中扣除), for fees
    /// whose amount is stated elsewhere: (fee name, kind, timing).
    timing_notes: Vec<(String, FeeKind, FeeTiming)>,
    /// The sentence being read has stated the parts (本金/利息) of each period's payment;
    /// the sum that follows them is the instalment.
    instalment_parts: bool,
    /// A sentence saying the interest is taken out of the principal when lending (利息在出借时
    /// 预先从借款本金中扣除).
    interest_deducted: Option<Evidence>,
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<y>[0-9]{4})\s*年\s*(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*[日号]|(?P<y2>[0-9]{4})\s*[-/.]\s*(?P<m2>[0-9]{1,2})\s*[-/.]\s*(?P<d2>[0-9]{1,2})")
        .expect("static regex")
});
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"自\s*(?P<a>[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2})\s*(?:起)?\s*(?:至|到|-|—|~)\s*(?P<b>[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2})")
        .expect("static regex")
});
static TERM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:期限|借期|贷款期|借款期)(?:\s*[(]\s*(?P<u1>月|天|日|年)\s*[)])?(?:\s|[:为是]|共计?)*(?P<n>[0-9]+|[{n}]+)\s*(?P<u>个月|個月|月|天|日|年|期)?(?P<q>\s*(?:以内|以上|以下|内|\(含)|届满)?",
        n = "一二两三四五六七八九十百"
    ))
    .expect("static regex")
});
static DAYS_TOTAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"共计?\s*(?P<n>[0-9]+)\s*[天日]").expect("static regex"));
static INSTALLMENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:期数|分期数|分期月数|还款月数|还款期数|借款期数)\s*(?:[(][^)]{0,4}[)])?\s*(?:[:为是]|共计?)?\s*(?P<a>[0-9]+)|(?:分|共|共计|合计)\s*(?P<b>[0-9]+|[一二两三四五六七八九十]+)\s*期|分\s*(?P<c>[0-9]+|[一二两三四五六七八九十]+)\s*(?:个)?(?:月|次)\s*(?:等额|平均|按月|逐月)?\s*(?:归还|偿还|还款|还清|支付|还本付息|付清|清偿)")
        .expect("static regex")
});
static MONTHLY_DUE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"每月\s*(?:的)?\s*(?:第)?\s*(?:[0-9]{1,2}|[一二三四五六七八九十]+)\s*[日号]|按月(?:还款|偿还|付息|支付|等额|分期)|每月(?:还款|偿还|付息|支付)")
        .expect("static regex")
});
static METHOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<ei>等额本息)|(?P<ep>等额本金|等额还本)|(?P<io>先息后本|按(?:月|期|季)(?:付|结|支付|偿还)息[,、\s]*(?:到期|最后一期)(?:一次性?)?(?:还|偿还|归还)本(?:金)?|每月付息[,、\s]*到期还本)|(?P<bl>(?:到期)?一次性还本付息|利随本清|到期一次性(?:偿还|归还)(?:借款)?本(?:金)?(?:和|及|与)利息|到期还本付息)|(?P<fl>等本等息|每期利息(?:均)?按(?:照)?(?:初始|原始)?借款本金(?:计算|计收)|按(?:初始|原始)借款本金计算每期利息)|(?P<ot>随借随还)")
        .expect("static regex")
});
static CHECKED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[☑√✓✔■☒]\s*$").expect("static regex"));
static CONTRACT_DATE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"签订日期|签署日期|签约日期|落款日期|签订时间|签署时间|合同日期|协议日期|签订于|签署于|签订|签署|订立|(?:立据|立约|出具|签字|签名|签章|盖章|借条|借据)(?:日期|时间)")
        .expect("static regex")
});
/// A bare `日期:` field, as under the signatures of a 借条.
static BARE_DATE_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"日期\s*:").expect("static regex"));
/// The words that make `日期` the date of something else (还款日期, 出生日期; 生效日期 may
/// fall after the signing).
static OTHER_DATE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:还款|放款|到期|起息|结息|计息|生效|出生|签发|有效|失效|到账|付款|支付|扣款|逾期|截止|开始|起始|终止|结束|届满|发放|提款|交付|划扣|入账|清偿|结清|申请|审批|首期|末期|最后|每期|当期)\s*$")
        .expect("static regex")
});
static SIGNED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:在[^,。;]{0,8})?(?:签订|签署|订立|签约)").expect("static regex")
});
/// The first due date: 首期/首次/第一次/第1期/首笔 还款日(期)/还款时间, 第一个还款日.
static FIRST_PAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:首|第一|第1)\s*(?:期|次|个|笔)?\s*(?:应?还款|还本付息|付息|供款)\s*(?:日期?|时间)",
    )
    .expect("static regex")
});
/// The last due date: 到期日, 最后一期/最后一次/末期/末次 还款日(期), 最后还款日.
static MATURITY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"到期日|最终到期|(?:最后|末|最末)\s*(?:一\s*)?(?:期|次|笔)?\s*(?:应?还款|还本付息|还本)\s*(?:日期?|时间)")
        .expect("static regex")
});
/// The lender's field: its label, then a colon or a table-cell gap (two spaces or more), then
/// the name.
static LENDER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[甲乙丙丁]方\s*)?[(]?\s*(?:贷款人|出借人|出借方|贷款方|借出人|债权人|投资人)[^:)]{0,16}?[)]?(?:\s*:\s*|[ \t]{2,})(?P<name>.*)$|^[甲乙丙丁]方\s*[(][^)]*(?:贷款人|出借人|出借方|贷款方|债权人|投资人)[^)]*[)](?:\s*:\s*|[ \t]{2,})(?P<name2>.*)$")
        .expect("static regex")
});
static BANK_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:中国(?:工商|农业|建设|邮政储蓄)?|交通|招商|浦发|兴业|民生|中信|光大|华夏|平安|广发|浙商|渤海|恒丰|[\p{Han}]{2,6}农村商业|[\p{Han}]{2,6}商业|[\p{Han}]{2,4}村镇)银行")
        .expect("static regex")
});
static P2P_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"网络借贷信息中介|P2P|p2p|借出款项比例|投资人|出借人[^。;]{0,12}(?:用户|投资)")
        .expect("static regex")
});
static JURISDICTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"中华人民共和国[^。;]{0,8}(?:法律|合同法|民法典|法规|民法)|中国(?:大陆)?法律")
        .expect("static regex")
});
static BLANK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"_{2,}|【\s*】|\[\s*\]|\$\{|\{\{|（\s*）|\(\s+\)").expect("static regex")
});
static SPACED_DIGITS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:[0-9.] ){2,}[0-9.%]").expect("static regex"));
static INCLUDES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:已含|包含|包括|含|不含|另计|另行收取的?)[^,。;)]{0,16}").expect("static regex")
});
static RATE_TIMES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"利率(?:标准)?的?\s*(?P<x>[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十]+)\s*倍")
        .expect("static regex")
});
/// The principal or interest part of an instalment, right before its amount.
static PART_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:本金|利息|息费|还本|付息)\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*$")
        .expect("static regex")
});
/// A sum of the parts follows within the sentence: `…及利息300.00元,合计1,966.67元`.
static SUM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^。;]{0,40}?(?:合计|共计|总计|总共|一共)\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*[0-9¥￥零〇壹贰叁肆伍陆柒捌玖拾佰仟一二两三四五六七八九十]")
        .expect("static regex")
});
/// A sum right before an amount: `合计人民币`.
static SUM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:合计|共计|总计|总共|一共)\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*$")
        .expect("static regex")
});
/// What each period's payment is: 每月归还/每期应还/每月偿还/当期应还 (not 第12个月, the last).
static PER_PERIOD_PAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:每|各)\s*(?:个)?(?:月|期|季|周)[^,。;]{0,10}?(?:归还|偿还|还款|应还|应付|支付|还本付息|供款|缴纳)")
        .expect("static regex")
});
/// A named row of the schedule and what is repaid in it: 第12期应还, 末期归还, 首期应还.
static SCHEDULE_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:第\s*[0-9一二三四五六七八九十]+\s*(?:期|个月|次)|末期|最后一期|首期)[^。;]{0,16}?(?:应还|归还|偿还|还款|支付)")
        .expect("static regex")
});
/// The words right before the amount of a schedule row: 本金/利息/本息/合计 人民币.
static ROW_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:本金|利息|本息|息费|金额|款项|应还|归还|偿还|合计|共计)\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*$")
        .expect("static regex")
});
/// The interest computed from a rate the contract names: `每月利息=借款本金×年化利率÷12`,
/// `按上述年化利率计收利息`.
static INTEREST_FROM_RATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:利息|月息|每月利息|每期利息|当期利息)\s*[=＝]\s*[^。;\n]{0,24}(?:年化)?利率|(?:按|以|依)(?:照|据)?\s*(?:上述|该|前述|此|本合同约定的?|约定的?)?\s*(?:年化)?利率\s*(?:计收|计算|计息|收取|计付)")
        .expect("static regex")
});
static COMMA_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",|，|\)|\(").expect("static regex"));

impl<'a> Extractor<'a> {
    fn new(doc: &'a Document) -> Self {
        let stated_day_basis = DAY_BASIS.captures(&doc.text).and_then(|c| {
            let basis = day_basis_of(&c)?;
            let whole = c.get(0)?;
            Some((basis, doc.evidence(whole.start(), whole.end())))
        });
        static FORMULA: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?:罚息|违约金|滞纳金|逾期)[^。;\n]{0,30}[=＝][^。;\n]{0,40}[×*xX]\s*(?:逾期)?天数")
                .expect("static regex")
        });
        Extractor {
            doc,
            daily_formula: FORMULA.is_match(&doc.text),
            terms: Terms::default(),
            stated_day_basis,
            markups: Vec::new(),
            assumed_year: false,
            repayment_ambiguous: None,
            method_candidates: Vec::new(),
            lender_needs_id: false,
            timing_notes: Vec::new(),
            instalment_parts: false,
            interest_deducted: None,
        }
    }

    fn sentence(&mut self, seg: Segment) {
        let Some(raw) = self.doc.text.get(seg.start..seg.end) else {
            return;
        };
        // The sentence as analysed: fill-in lines around a written value (借款人民币 _20 万整_ 元)
        // read as spaces, and the line breaks of a wrapped or table-merged sentence dropped.
        // Evidence is always the whole sentence of `doc.text`, so offsets here are local.
        let cleaned: String;
        let text = if raw.contains(['_', '\n', '\u{c}']) {
            // A sentence that runs over a page break keeps the page footer (第 1 页) between
            // its halves in `doc.text`; it is not part of the sentence.
            let lines: Vec<&str> = raw.split(['\n', '\u{c}']).collect();
            let over_page = raw.contains('\u{c}');
            cleaned = lines
                .iter()
                .filter(|l| !(over_page && segment::is_page_footer(l)))
                .flat_map(|l| l.chars())
                .map(|c| if c == '_' { ' ' } else { c })
                .collect();
            cleaned.as_str()
        } else {
            raw
        };
        // Letter-spaced figures from PDFs (1 2 5 0 0 元, 0 . 0 5 %) read as one number.
        let joined: String;
        let text = if SPACED_DIGITS.is_match(text) {
            joined = SPACED_DIGITS
                .replace_all(text, |c: &regex::Captures<'_>| c[0].replace(' ', ""))
                .into_owned();
            joined.as_str()
        } else {
            text
        };
        let mut evidence: Option<Evidence> = None;
        let mut ev = |x: &Self| -> Evidence {
            evidence
                .get_or_insert_with(|| x.doc.evidence(seg.start, seg.end))
                .clone()
        };
        let mut produced = 0usize;
        self.instalment_parts = false;

        // Clauses first: they need no value.
        for kind in clause_kinds(text) {
            let evidence = ev(self);
            let seen = self
                .terms
                .clauses
                .iter()
                .any(|c| c.kind == kind && c.evidence.start == evidence.start);
            if !seen {
                self.terms.clauses.push(Clause { kind, evidence });
            }
        }
        if self.terms.jurisdiction_hints.is_empty() && JURISDICTION.is_match(text) {
            self.terms.jurisdiction_hints.push(JurisdictionHint {
                code: "CN".into(),
                evidence: ev(self),
            });
        }
        if self.lender_needs_id {
            // The line after a blank 出借人 line: an ID number field means a natural person.
            self.lender_needs_id = false;
            if text.contains("身份证") {
                if let Some(l) = self.terms.lender.as_mut() {
                    if l.lender_type == LenderType::Unknown {
                        l.lender_type = LenderType::Individual;
                    }
                }
            }
        }
        self.lender(raw.lines().next().unwrap_or(raw), &mut ev);
        // Cheap substring tests keep the value patterns off sentences that cannot hold one.
        let has_digit = text.bytes().any(|b| b.is_ascii_digit());
        if [
            "等额", "息", "还本", "本清", "随借", "按月", "每月", "按季", "每季", "按周", "每周",
        ]
        .iter()
        .any(|w| text.contains(w))
        {
            produced += self.repayment(text, &mut ev);
        }
        if has_digit || text.contains(['期', '月', '次']) {
            produced += self.dates_and_term(text, &mut ev);
        }

        let may_hold_value = has_digit
            || [
                "分之", "元", "圆", "息", "大写", "月利", "年利", "日利", "倍",
            ]
            .iter()
            .any(|w| text.contains(w));
        let toks = if may_hold_value {
            tokens(text)
        } else {
            Vec::new()
        };
        let mut unresolved = false;
        for (i, tok) in toks.iter().enumerate() {
            let prev_end = i
                .checked_sub(1)
                .and_then(|j| toks.get(j))
                .map_or(0, |t| t.end);
            let ok = match &tok.val {
                Val::Money { .. } => self.money(text, tok, prev_end, &mut ev),
                Val::Pct { .. } => self.percent(text, tok, &mut ev),
            };
            if ok {
                produced += 1;
            } else {
                unresolved = true;
            }
        }
        produced += self.timing_and_deduction(text, &mut ev);
        let has_value = (unresolved && !toks.is_empty()) || has_unparsed_value(text);
        if produced == 0 && has_value && MONEY_TOPIC.is_match(text) {
            let reason = if FEE_NAME.is_match(text) {
                "fee"
            } else if toks.iter().any(|t| matches!(t.val, Val::Pct { .. }))
                || INTEREST_WORD.is_match(text)
                || OVERDUE_WORD.is_match(text)
                || PENALTY_WORD.is_match(text)
            {
                "rate"
            } else {
                "money"
            };
            self.terms.unparsed.push(Unparsed {
                reason: reason.into(),
                evidence: ev(self),
            });
        }
    }

    /// Statements about when a fee is paid or that the interest is deducted, which may sit in
    /// a sentence without the fee's amount (the amount is in the clause before).
    fn timing_and_deduction(
        &mut self,
        text: &str,
        ev: &mut impl FnMut(&Self) -> Evidence,
    ) -> usize {
        let mut found = 0;
        let timing = if says_deducted(text) {
            Some(FeeTiming::UpfrontDeducted)
        } else if TIMING_PER_PERIOD.is_match(text) {
            Some(FeeTiming::PerPeriod)
        } else if TIMING_UPFRONT_PAID.is_match(text) {
            Some(FeeTiming::UpfrontPaid)
        } else {
            None
        };
        if let Some(timing) = timing {
            for m in FEE_NAME.find_iter(text) {
                let kind = fee_kind(m.as_str());
                if matches!(
                    kind,
                    FeeKind::Prepayment
                        | FeeKind::Late
                        | FeeKind::Collection
                        | FeeKind::Legal
                        | FeeKind::Penalty
                ) {
                    continue;
                }
                self.timing_notes
                    .push((m.as_str().to_string(), kind, timing));
            }
        }
        if self.interest_deducted.is_none() && interest_deducted_in(text) {
            self.interest_deducted = Some(ev(self));
            found += 1;
        }
        found
    }

    fn lender(&mut self, text: &str, ev: &mut impl FnMut(&Self) -> Evidence) {
        if self
            .terms
            .lender
            .as_ref()
            .is_some_and(|l| l.name.is_some() || l.lender_type != LenderType::Unknown)
        {
            return;
        }
        let Some(c) = LENDER_LINE.captures(text) else {
            return;
        };
        let raw = c
            .name("name")
            .or(c.name("name2"))
            .map_or("", |m| m.as_str());
        let name = clean_name(raw);
        let evidence = ev(self);
        let individual_marker = text.contains("身份证") || text.contains("自然人");
        let lender_type = match &name {
            Some(n) => type_of_name(n, individual_marker),
            None if individual_marker => LenderType::Individual,
            None => LenderType::Unknown,
        };
        self.lender_needs_id = lender_type == LenderType::Unknown;
        self.terms.lender = Some(Party {
            name,
            lender_type,
            evidence,
        });
    }

    fn repayment(&mut self, text: &str, ev: &mut impl FnMut(&Self) -> Evidence) -> usize {
        let mut found = 0;
        if self.terms.frequency.is_none() {
            let freq = if MONTHLY_DUE_DAY.is_match(text) {
                Some(Frequency::Monthly)
            } else if text.contains("每周还款") || text.contains("按周还款") {
                Some(Frequency::Weekly)
            } else if text.contains("按季") || text.contains("每季") {
                Some(Frequency::Quarterly)
            } else if METHOD
                .captures(text)
                .is_some_and(|c| c.name("bl").is_some())
            {
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
        let mut methods: Vec<(RepaymentMethod, bool)> = Vec::new();
        for c in METHOD.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let method = if c.name("ei").is_some() {
                RepaymentMethod::EqualInstallment
            } else if c.name("ep").is_some() {
                RepaymentMethod::EqualPrincipal
            } else if c.name("io").is_some() {
                RepaymentMethod::InterestOnly
            } else if c.name("bl").is_some() {
                RepaymentMethod::Bullet
            } else if c.name("fl").is_some() {
                RepaymentMethod::FlatRate
            } else {
                RepaymentMethod::Other
            };
            let checked = text.get(..m.start()).is_some_and(|b| CHECKED.is_match(b));
            if !methods.iter().any(|(x, _)| *x == method) {
                methods.push((method, checked));
            }
        }
        let chosen = match methods.as_slice() {
            [] => None,
            [(m, _)] => Some(*m),
            many => {
                let checked: Vec<_> = many.iter().filter(|(_, c)| *c).collect();
                match checked.as_slice() {
                    [(m, _)] => Some(*m),
                    _ => {
                        // A list of options with none ticked: the method is not stated here.
                        if self.repayment_ambiguous.is_none() {
                            self.repayment_ambiguous = Some(ev(self));
                        }
                        None
                    }
                }
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
    fn choose_method(&mut self) {
        let cands = std::mem::take(&mut self.method_candidates);
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
        if let Some((method, _, evidence)) = pick {
            self.terms.repayment = Some(Repayment { method, evidence });
        }
    }

    fn dates_and_term(&mut self, text: &str, ev: &mut impl FnMut(&Self) -> Evidence) -> usize {
        let mut found = 0;
        let dates: Vec<(usize, NaiveDate)> = DATE
            .captures_iter(text)
            .filter_map(|c| {
                let y = c.name("y").or(c.name("y2"))?.as_str().parse().ok()?;
                let m = c.name("m").or(c.name("m2"))?.as_str().parse().ok()?;
                let d = c.name("d").or(c.name("d2"))?.as_str().parse().ok()?;
                Some((c.get(0)?.start(), NaiveDate::from_ymd_opt(y, m, d)?))
            })
            .collect();
        if let Some(c) = RANGE.captures(text) {
            let a = c.name("a").and_then(|m| parse_date(m.as_str()));
            let b = c.name("b").and_then(|m| parse_date(m.as_str()));
            if let (Some(a), Some(b)) = (a, b) {
                if b > a {
                    let e = ev(self);
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
            ];
            let nearest = candidates
                .iter()
                .filter_map(|(m, w)| m.map(|m| (m, *w)))
                .max_by_key(|(m, _)| *m)
                // The word must be close: "签订日期: 2025年1月10日", not three clauses on.
                .filter(|(at, _)| before.get(*at..).is_some_and(|g| g.chars().count() <= 24));
            // "本合同于2025年1月10日签订": the signing word follows the date.
            let signed_after = || {
                let after = text.get(*pos..).unwrap_or("");
                let after = DATE
                    .find(after)
                    .and_then(|m| after.get(m.end()..))
                    .unwrap_or("");
                SIGNED_AFTER.is_match(after).then_some((0, 1u8))
            };
            let Some((_, which)) = nearest.or_else(signed_after) else {
                continue;
            };
            let slot = match which {
                0 => &mut self.terms.first_payment_date,
                1 if !text.contains('至') => &mut self.terms.contract_date,
                1 => continue,
                _ => &mut self.terms.maturity_date,
            };
            if slot.is_none() {
                let evidence = ev(self);
                let slot = match which {
                    0 => &mut self.terms.first_payment_date,
                    1 => &mut self.terms.contract_date,
                    _ => &mut self.terms.maturity_date,
                };
                *slot = Some(DateTerm {
                    date: *date,
                    evidence,
                });
                found += 1;
            }
        }
        if self.terms.term.is_none() {
            if let Some(c) = TERM.captures(text).filter(|c| c.name("q").is_none()) {
                let n = c.name("n").and_then(|m| parse_count(m.as_str()));
                let unit = c
                    .name("u")
                    .or(c.name("u1"))
                    .map(|m| m.as_str())
                    .unwrap_or("");
                if let Some(n) = n.filter(|n| *n > 0) {
                    let (months, days) = match unit {
                        "个月" | "個月" | "月" => (Some(n), None),
                        "年" => (n.checked_mul(12), None),
                        "天" | "日" => (None, Some(n)),
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
            } else if let Some(c) = DAYS_TOTAL.captures(text) {
                if text.contains("借款") || text.contains("期限") {
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
                let n = c
                    .name("a")
                    .or(c.name("b"))
                    .or(c.name("c"))
                    .and_then(|m| parse_count(m.as_str()));
                if let Some(n) = n.filter(|n| *n > 0 && *n <= 600) {
                    self.terms.installments = Some(Count {
                        count: n,
                        evidence: ev(self),
                    });
                    found += 1;
                    break;
                }
            }
        }
        found
    }

    /// Classify one amount; false when it could not be placed.
    fn money(
        &mut self,
        text: &str,
        tok: &Tok,
        prev_end: usize,
        ev: &mut impl FnMut(&Self) -> Evidence,
    ) -> bool {
        let Some(amount) = tok.val.money() else {
            return false;
        };
        if let Val::Money {
            figures: Some(f),
            words: Some(w),
        } = &tok.val
        {
            if f != w {
                let e = ev(self);
                self.terms.inconsistencies.push(Inconsistency {
                    kind: "amount-words-figures-mismatch".into(),
                    message: format!(
                        "大写 amount {w} and 小写 amount {f} disagree; the 大写 amount is used"
                    ),
                    evidence: e,
                });
            }
        }
        let (cs, ce) = clause_bounds(text, tok.start, tok.end);
        let clause = text.get(cs..ce).unwrap_or("");
        let before = text.get(prev_end.min(tok.start)..tok.start).unwrap_or("");
        // The words that name an amount sit in front of it, in its clause or just before.
        let window_before = text.get(cs.min(tok.start)..tok.start).unwrap_or("");
        let lead = if window_before.trim().is_empty() {
            before
        } else {
            window_before
        };
        let lead = if lead.trim().is_empty() || !MONEY_TOPIC.is_match(lead) {
            text.get(..tok.start).unwrap_or("")
        } else {
            lead
        };

        if let Some(name) = last_match(&FEE_NAME, lead).or_else(|| last_match(&FEE_NAME, clause)) {
            let kind = fee_kind(name);
            let e = ev(self);
            self.push_fee(name, kind, Some(amount), None, None, None, text, e);
            return true;
        }
        if PENALTY_WORD.is_match(clause) {
            let e = ev(self);
            self.push_fee(
                "违约金",
                FeeKind::Penalty,
                Some(amount),
                None,
                None,
                None,
                text,
                e,
            );
            return true;
        }
        let tail = tail_chars(lead, 16);
        let slot = |r: &Regex| r.is_match(tail);
        // A credit line (借款额度, 最高额) or a bound (不超过) is not the loan amount.
        if CREDIT_LINE_WORD.is_match(tail) {
            return false;
        }
        let amt = |e: Evidence| Amount {
            amount,
            currency: CNY.into(),
            evidence: e,
            derived: false,
        };
        if slot(&DISBURSED_WORD) {
            if self.terms.disbursed.is_none() {
                let e = ev(self);
                self.terms.disbursed = Some(amt(e));
            }
            return true;
        }
        // 每月归还本金1,666.67元及利息300.00元, 合计1,966.67元: the parts of an instalment are
        // not the instalment; the sum after them is.
        let part_of_sum =
            PART_WORD.is_match(tail) && SUM_AFTER.is_match(text.get(tok.end..).unwrap_or(""));
        if slot(&PAYMENT_WORD) && !part_of_sum {
            if self.terms.payment.is_none() {
                let e = ev(self);
                self.terms.payment = Some(amt(e));
            }
            return true;
        }
        if slot(&TOTAL_WORD) {
            if self.terms.total_of_payments.is_none() {
                let e = ev(self);
                self.terms.total_of_payments = Some(amt(e));
            }
            return true;
        }
        let per_period = PER_PERIOD_PAYMENT.is_match(text.get(..tok.start).unwrap_or(""));
        if SUM_BEFORE.is_match(tail) && self.instalment_parts && per_period {
            // The sum of the parts of each period's payment is the instalment.
            self.instalment_parts = false;
            if self.terms.payment.is_none() {
                let e = ev(self);
                self.terms.payment = Some(amt(e));
            }
            return true;
        }
        if part_of_sum && per_period {
            // A part of the instalment stated before its sum: placed, nothing to record.
            self.instalment_parts = true;
            return true;
        }
        if slot(&FINANCE_CHARGE_WORD) {
            if self.terms.finance_charge.is_none() {
                let e = ev(self);
                self.terms.finance_charge = Some(amt(e));
            }
            return true;
        }
        if slot(&PRINCIPAL_WORD) || PRINCIPAL_WORD.is_match(lead) {
            if self.terms.principal.is_none() {
                let e = ev(self);
                self.terms.principal = Some(amt(e));
            }
            return true;
        }
        // 第12个月归还剩余本金1,666.63元及利息300.00元,合计1,966.63元: one row of the
        // repayment schedule (the last, the first), not a term of its own.
        let row_before = tail_chars(text.get(..tok.start).unwrap_or(""), 40);
        if SCHEDULE_ROW.is_match(row_before) && ROW_AMOUNT.is_match(tail) {
            return true;
        }
        false
    }

    /// Classify one percentage; false when it could not be placed.
    fn percent(&mut self, text: &str, tok: &Tok, ev: &mut impl FnMut(&Self) -> Evidence) -> bool {
        let Val::Pct {
            value,
            per: fixed_per,
        } = tok.val
        else {
            return false;
        };
        let (cs, ce) = clause_bounds(text, tok.start, tok.end);
        let clause = text.get(cs..ce).unwrap_or("");
        let before = text.get(cs..tok.start).unwrap_or("");
        if CAP_WORD.is_match(clause) {
            return false;
        }
        // A prepayment charge is named once per sentence; its rate clause may only say 违约金率.
        let category = prepayment_in(text)
            .or_else(|| categorise(clause))
            .or_else(|| categorise(text.get(..tok.start).unwrap_or("")))
            .or_else(|| categorise(text));
        let Some(category) = category else {
            return false;
        };
        let basis = last_basis(before).or_else(|| last_basis(clause));
        let per = fixed_per.or_else(|| period_near(text, cs, tok.start, tok.end, ce));
        let markup = if MARKUP_BEFORE.is_match(tail_chars(before, 6)) {
            Some(value)
        } else if MULTIPLE_BEFORE.is_match(tail_chars(before, 14)) {
            Some(value - Decimal::ONE_HUNDRED)
        } else {
            None
        };
        match category {
            Category::Prepayment | Category::Fee(_) => {
                let (name, kind) =
                    match last_match(&FEE_NAME, clause).or_else(|| last_match(&FEE_NAME, text)) {
                        Some(n) => (n, fee_kind(n)),
                        None => ("提前还款补偿金", FeeKind::Prepayment),
                    };
                let e = ev(self);
                // A fee percentage is once unless a period is named (每日 / 每月 / 年化) or a
                // formula elsewhere multiplies the late charge by the days overdue.
                let per = per
                    .or_else(|| (kind == FeeKind::Late && self.daily_formula).then_some(Per::Day));
                self.push_fee(name, kind, None, Some(value), basis, per, text, e);
                true
            }
            Category::Penalty
            | Category::Overdue
            | Category::Comprehensive
            | Category::Interest => {
                let kind = match category {
                    Category::Penalty => RateKind::Penalty,
                    Category::Overdue => RateKind::Overdue,
                    _ => RateKind::Interest,
                };
                let label = rate_label(clause, category);
                let e = ev(self);
                if let Some(markup) = markup {
                    self.markups.push(Markup {
                        kind,
                        markup,
                        basis,
                        label,
                        evidence: e,
                    });
                    return true;
                }
                let per = match per {
                    Some(p) => p,
                    None => match category {
                        Category::Overdue if self.daily_formula => Per::Day,
                        Category::Penalty | Category::Overdue => Per::Once,
                        _ => {
                            self.assumed_year = true;
                            Per::Year
                        }
                    },
                };
                let rate = self.make_rate(
                    kind,
                    value,
                    per,
                    label,
                    category == Category::Comprehensive,
                    basis,
                    None,
                    e,
                );
                if rate.comprehensive && self.terms.disclosed_apr.is_none() {
                    self.terms.disclosed_apr = Some(rate.clone());
                }
                let dup = self
                    .terms
                    .rates
                    .iter()
                    .any(|r| r.kind == rate.kind && r.value == rate.value && r.per == rate.per);
                if !dup {
                    self.terms.rates.push(rate);
                }
                true
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn make_rate(
        &self,
        kind: RateKind,
        value: Decimal,
        per: Per,
        label: String,
        comprehensive: bool,
        basis: Option<Basis>,
        markup_percent: Option<Decimal>,
        evidence: Evidence,
    ) -> Rate {
        let (day_basis, assumed) = match (per, &self.stated_day_basis) {
            (Per::Day, Some((b, _))) => (Some(*b), false),
            (Per::Day, None) => (Some(365), true),
            _ => (None, false),
        };
        let annual_percent = match per {
            Per::Day => value.checked_mul(Decimal::from(day_basis.unwrap_or(365))),
            Per::Week => value.checked_mul(Decimal::from(52)),
            Per::Month => value.checked_mul(Decimal::from(12)),
            Per::Year => Some(value),
            Per::Once => None,
        }
        .map(|d| d.normalize());
        Rate {
            kind,
            value: value.normalize(),
            per,
            annual_percent,
            day_basis,
            day_basis_assumed: assumed,
            label,
            comprehensive,
            basis,
            markup_percent,
            evidence,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push_fee(
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
        let on_default = matches!(
            kind,
            FeeKind::Late | FeeKind::Collection | FeeKind::Legal | FeeKind::Penalty
        ) || OVERDUE_WORD.is_match(name);
        let timing = if on_default {
            FeeTiming::OnDefault
        } else if kind == FeeKind::Prepayment {
            FeeTiming::Other
        } else if says_deducted(sentence) {
            FeeTiming::UpfrontDeducted
        } else if TIMING_PER_PERIOD.is_match(sentence) {
            FeeTiming::PerPeriod
        } else if TIMING_UPFRONT_PAID.is_match(sentence) {
            FeeTiming::UpfrontPaid
        } else if OVERDUE_WORD.is_match(sentence) {
            FeeTiming::OnDefault
        } else {
            FeeTiming::Other
        };
        let per = match (percent, per) {
            (Some(_), None) => Some(Per::Once),
            (_, p) => p,
        };
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
            due_date: None,
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

    fn finish(mut self) -> Terms {
        // Rates stated as a mark-up over the contract rate.
        let base = self
            .terms
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest && !r.comprehensive)
            .cloned();
        for m in std::mem::take(&mut self.markups) {
            match &base {
                Some(b) => {
                    let factor = Decimal::ONE_HUNDRED
                        .checked_add(m.markup)
                        .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED));
                    let Some((factor, value)) =
                        factor.and_then(|f| Some((f, b.value.checked_mul(f)?)))
                    else {
                        self.terms.unparsed.push(Unparsed {
                            reason: "rate".into(),
                            evidence: m.evidence,
                        });
                        continue;
                    };
                    let rate = self.make_rate(
                        m.kind,
                        value,
                        b.per,
                        m.label,
                        false,
                        m.basis,
                        Some(m.markup),
                        m.evidence,
                    );
                    self.terms.assumptions.push(format!(
                        "{} rate computed as the contract rate {}% per {:?} × {} (上浮 {}%)",
                        match m.kind {
                            RateKind::Penalty => "penalty",
                            _ => "overdue",
                        },
                        b.value,
                        b.per,
                        factor.normalize(),
                        m.markup.normalize()
                    ));
                    self.terms.rates.push(rate);
                }
                None => self.terms.unparsed.push(Unparsed {
                    reason: "rate".into(),
                    evidence: m.evidence,
                }),
            }
        }
        if self.terms.rates.iter().any(|r| r.day_basis_assumed) {
            self.terms
                .assumptions
                .push("日利率 annualised ×365 (contract states no day basis)".into());
        } else if let Some((b, _)) = &self.stated_day_basis {
            if self.terms.rates.iter().any(|r| r.per == Per::Day) {
                self.terms
                    .assumptions
                    .push(format!("日利率 annualised ×{b} as the contract states"));
            }
        }
        if self.assumed_year {
            self.terms
                .assumptions
                .push("a rate stated without a period (利率X%) is read as a yearly rate".into());
        }
        self.choose_method();
        if self.terms.repayment.is_none() {
            if let Some(e) = self.repayment_ambiguous.take() {
                self.terms.assumptions.push(format!(
                    "repayment method not stated: the contract lists options without choosing one ({})",
                    e.text
                ));
            }
        }
        self.apply_timing_notes();
        self.contract_rate_from_annualised();
        self.lender_fallback();
        self.derive_disbursed();
        self.deducted_interest();
        self.single_payment_count();
        self.terms
    }

    /// A fee whose own sentence says nothing of when it is paid takes the timing another
    /// sentence states for it (6.1 平台服务费800元 / 6.2 放款时将上述平台服务费从借款本金中扣除).
    fn apply_timing_notes(&mut self) {
        let notes = std::mem::take(&mut self.timing_notes);
        for fee in self
            .terms
            .fees
            .iter_mut()
            .filter(|f| f.timing == FeeTiming::Other)
        {
            // The same name first, else the only timing stated for fees of the same kind.
            let same_name: Vec<_> = notes.iter().filter(|n| n.0 == fee.name).collect();
            let pick = if same_name.is_empty() {
                notes.iter().filter(|n| n.1 == fee.kind).collect()
            } else {
                same_name
            };
            if let [first, rest @ ..] = pick.as_slice() {
                if rest.iter().all(|n| n.2 == first.2) {
                    fee.timing = first.2;
                }
            }
        }
    }

    /// A contract that states only an annualised rate (年化利率（单利）) and computes the
    /// interest from it (每月利息=借款本金×年化利率÷12) states its contract rate too.
    fn contract_rate_from_annualised(&mut self) {
        let has_contract_rate = self
            .terms
            .rates
            .iter()
            .any(|r| r.kind == RateKind::Interest && !r.comprehensive);
        if has_contract_rate {
            return;
        }
        // Only the contract interest: 逾期利息=逾期本金×罚息利率×天数 is a default charge.
        let text = &self.doc.text;
        let Some(m) = INTEREST_FROM_RATE.find_iter(text).find(|m| {
            let lead = tail_chars(text.get(..m.start()).unwrap_or(""), 4);
            !(OVERDUE_WORD.is_match(m.as_str())
                || PENALTY_WORD.is_match(m.as_str())
                || OVERDUE_WORD.is_match(lead))
        }) else {
            return;
        };
        let Some(apr) = self
            .terms
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest && r.comprehensive)
            .cloned()
        else {
            return;
        };
        let evidence = self.doc.sentence_evidence(m.start(), m.end());
        self.terms.assumptions.push(format!(
            "the annualised rate {}% ({}) is also the contract rate: the interest is computed from it ({})",
            apr.value, apr.label, evidence.text
        ));
        self.terms.rates.push(Rate {
            comprehensive: false,
            ..apr
        });
    }

    /// Interest taken out of the principal when lending: the principal less what was paid
    /// out (less deducted fees), else the interest total the contract states.
    fn deducted_interest(&mut self) {
        let Some(evidence) = self.interest_deducted.take() else {
            return;
        };
        let Some(principal) = self.terms.principal.clone() else {
            return;
        };
        let Some(fees) = self
            .terms
            .fees
            .iter()
            .filter(|f| f.timing == FeeTiming::UpfrontDeducted)
            .filter_map(|f| f.amount)
            .try_fold(Decimal::ZERO, |a, b| a.checked_add(b))
        else {
            return;
        };
        let stated = self.terms.disbursed.as_ref().filter(|d| !d.derived);
        let amount = match stated {
            Some(d) => principal
                .amount
                .checked_sub(d.amount)
                .and_then(|x| x.checked_sub(fees)),
            None => self.terms.finance_charge.as_ref().map(|f| f.amount),
        };
        let Some(amount) = amount.filter(|a| *a > Decimal::ZERO && *a < principal.amount) else {
            self.terms.assumptions.push(format!(
                "the contract says the interest is deducted up front, but not how much ({})",
                evidence.text
            ));
            return;
        };
        if stated.is_none() {
            let net = principal
                .amount
                .checked_sub(amount)
                .and_then(|x| x.checked_sub(fees))
                .filter(|n| *n > Decimal::ZERO);
            let Some(net) = net else {
                return;
            };
            self.terms.disbursed = Some(Amount {
                amount: net.normalize(),
                currency: principal.currency.clone(),
                evidence: evidence.clone(),
                derived: true,
            });
        }
        self.terms.interest_deducted = Some(Amount {
            amount: amount.normalize(),
            currency: principal.currency,
            evidence,
            derived: true,
        });
    }

    /// A loan repaid in one payment (一次性还本付息) has one instalment.
    fn single_payment_count(&mut self) {
        if self.terms.installments.is_some() {
            return;
        }
        let single = self
            .terms
            .frequency
            .as_ref()
            .filter(|f| f.frequency == Frequency::Single)
            .map(|f| f.evidence.clone())
            .or_else(|| {
                self.terms
                    .repayment
                    .as_ref()
                    .filter(|r| r.method == RepaymentMethod::Bullet)
                    .map(|r| r.evidence.clone())
            });
        if let Some(evidence) = single {
            self.terms.installments = Some(Count { count: 1, evidence });
        }
    }

    /// Lender type from the text when the lender line is blank or missing.
    fn lender_fallback(&mut self) {
        // Unnamed individual lenders matched through a platform (出借人 = 平台用户/投资人) lend
        // through a P2P platform: the platform type decides the regime.
        let unnamed_individual = self
            .terms
            .lender
            .as_ref()
            .is_some_and(|l| l.lender_type == LenderType::Individual && l.name.is_none());
        if unnamed_individual {
            if let Some(m) = P2P_WORD.find(&self.doc.text) {
                let evidence = self.doc.sentence_evidence(m.start(), m.end());
                self.terms.lender = Some(Party {
                    name: None,
                    lender_type: LenderType::P2pPlatform,
                    evidence,
                });
                return;
            }
        }
        let known = self
            .terms
            .lender
            .as_ref()
            .is_some_and(|l| l.lender_type != LenderType::Unknown);
        if known {
            return;
        }
        static MICRO: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"[\p{Han}()]{2,30}小额贷款(?:有限|股份有限)?(?:责任)?公司")
                .expect("static regex")
        });
        static CF: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"[\p{Han}()]{2,30}消费金融(?:有限|股份有限)?(?:责任)?公司")
                .expect("static regex")
        });
        let text = &self.doc.text;
        let found = if let Some(m) = MICRO.find(text) {
            Some((LenderType::Microloan, m.start(), m.end()))
        } else if let Some(m) = CF.find(text) {
            Some((LenderType::ConsumerFinance, m.start(), m.end()))
        } else if let Some(m) = P2P_WORD.find(text) {
            Some((LenderType::P2pPlatform, m.start(), m.end()))
        } else {
            BANK_NAME
                .find(text)
                .filter(|m| !m.as_str().contains("人民银行"))
                .map(|m| (LenderType::Bank, m.start(), m.end()))
        };
        if let Some((lender_type, s, e)) = found {
            let evidence = self.doc.sentence_evidence(s, e);
            let name = match lender_type {
                LenderType::P2pPlatform => None,
                _ => text
                    .get(s..e)
                    .map(|n| n.trim_start_matches(['(', ')']).to_string()),
            };
            let name = self
                .terms
                .lender
                .as_ref()
                .and_then(|l| l.name.clone())
                .or(name);
            self.terms.lender = Some(Party {
                name,
                lender_type,
                evidence,
            });
        }
    }

    /// disbursed = principal − up-front deducted fees (derived), when not stated.
    fn derive_disbursed(&mut self) {
        if self.terms.disbursed.is_some() {
            return;
        }
        let Some(principal) = self.terms.principal.clone() else {
            return;
        };
        let mut deducted = Decimal::ZERO;
        for f in self
            .terms
            .fees
            .iter()
            .filter(|f| f.timing == FeeTiming::UpfrontDeducted)
        {
            let v = match (f.amount, f.percent) {
                (Some(a), _) => a,
                (None, Some(p)) if matches!(f.basis, None | Some(Basis::Principal)) => {
                    match principal
                        .amount
                        .checked_mul(p)
                        .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED))
                    {
                        Some(v) => v,
                        None => return,
                    }
                }
                _ => {
                    self.terms.assumptions.push(format!(
                        "disbursed amount not derived: deducted fee {} has no computable amount",
                        f.name
                    ));
                    return;
                }
            };
            let Some(sum) = deducted.checked_add(v) else {
                return;
            };
            deducted = sum;
        }
        let Some(net) = principal.amount.checked_sub(deducted) else {
            return;
        };
        self.terms.disbursed = Some(Amount {
            amount: net.normalize(),
            currency: principal.currency.clone(),
            evidence: principal.evidence.clone(),
            derived: true,
        });
    }
}

/// All values in a sentence, in order, without overlaps; 大写/小写 pairs joined.
fn tokens(text: &str) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::new();
    let overlaps = |toks: &[Tok], s: usize, e: usize| toks.iter().any(|t| s < t.end && t.start < e);
    for c in FEN_LI.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        if let Some((value, per)) = fen_li_value(&c) {
            toks.push(Tok {
                start: m.start(),
                end: m.end(),
                val: Val::Pct {
                    value,
                    per: Some(per),
                },
            });
        }
    }
    // 罚息为借款利率的1.5倍: a multiple of the contract rate, read as 150 (percent of it).
    for c in RATE_TIMES.captures_iter(text) {
        let Some(x) = c.name("x") else { continue };
        let Some(value) =
            parse_number(x.as_str()).and_then(|v| v.checked_mul(Decimal::ONE_HUNDRED))
        else {
            continue;
        };
        let end = c.get(0).map_or(x.end(), |m| m.end());
        toks.push(Tok {
            start: x.start(),
            end,
            val: Val::Pct { value, per: None },
        });
    }
    for m in PERCENT.find_iter(text) {
        if overlaps(&toks, m.start(), m.end()) {
            continue;
        }
        if let Some(value) = parse_percent(m.as_str()) {
            toks.push(Tok {
                start: m.start(),
                end: m.end(),
                val: Val::Pct { value, per: None },
            });
        }
    }
    for c in MONEY_FIG.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let cur = c.name("cur").map(|m| m.as_str());
        let unit = c.name("unit").is_some();
        if !(unit || matches!(cur, Some("¥") | Some("￥") | Some("RMB") | Some("CNY"))) {
            continue;
        }
        let Some(num) = c.name("num") else { continue };
        // A number glued to a preceding digit/letter/period is part of something else.
        if text
            .get(..m.start())
            .and_then(|b| b.chars().next_back())
            .is_some_and(|ch| ch.is_ascii_alphanumeric() || ch == '.')
        {
            continue;
        }
        let mut value = parse_decimal(num.as_str());
        if let (Some(v), Some(mult)) = (value, c.name("mult")) {
            value = parse_number(&format!("{v}{}", mult.as_str()));
        }
        let Some(value) = value else { continue };
        if overlaps(&toks, m.start(), m.end()) {
            continue;
        }
        toks.push(Tok {
            start: m.start(),
            end: m.end(),
            val: Val::Money {
                figures: Some(value),
                words: None,
            },
        });
    }
    for m in MONEY_WORDS.find_iter(text) {
        if overlaps(&toks, m.start(), m.end()) {
            continue;
        }
        if let Some(value) = parse_cn_money(m.as_str()) {
            toks.push(Tok {
                start: m.start(),
                end: m.end(),
                val: Val::Money {
                    figures: None,
                    words: Some(value),
                },
            });
        }
    }
    // 大写: 贰拾万整 — words introduced by 大写 need no 元.
    for c in MONEY_WORDS_LABELLED.captures_iter(text) {
        let Some(w) = c.name("w") else { continue };
        if overlaps(&toks, w.start(), w.end()) {
            continue;
        }
        if let Some(value) = parse_cn_money(w.as_str()) {
            toks.push(Tok {
                start: w.start(),
                end: w.end(),
                val: Val::Money {
                    figures: None,
                    words: Some(value),
                },
            });
        }
    }
    toks.sort_by_key(|t| t.start);
    // Join a 大写 amount with the 小写 figures next to it (人民币壹万元整(¥10,000.00)).
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    for t in toks {
        if let Some(prev) = out.last_mut() {
            let gap = text.get(prev.end..t.start).unwrap_or("x");
            if let (
                Val::Money {
                    figures: pf,
                    words: pw,
                },
                Val::Money {
                    figures: tf,
                    words: tw,
                },
            ) = (&mut prev.val, &t.val)
            {
                let joinable = gap.chars().count() <= 12
                    && gap
                        .chars()
                        .all(|c| " ()[]:：大写小写人民币¥元整,（）".contains(c));
                let complementary = (pf.is_some() && pw.is_none() && tw.is_some() && tf.is_none())
                    || (pw.is_some() && pf.is_none() && tf.is_some() && tw.is_none());
                if joinable && complementary {
                    *pf = pf.or(*tf);
                    *pw = pw.or(*tw);
                    prev.end = t.end;
                    continue;
                }
            }
        }
        out.push(t);
    }
    out
}

fn fen_li_value(c: &regex::Captures<'_>) -> Option<(Decimal, Per)> {
    let per = match c.name("per")?.as_str() {
        "月" => Per::Month,
        "年" => Per::Year,
        _ => Per::Day,
    };
    let a = c.name("a")?.as_str();
    let a = if a == "半" {
        Decimal::new(5, 1)
    } else if a.starts_with(|ch: char| ch.is_ascii_digit()) {
        parse_decimal(a)?
    } else {
        parse_cn_integer(a)?
    };
    let b = match c.name("b") {
        Some(m) => parse_number(m.as_str())?,
        None => Decimal::ZERO,
    };
    // 1分 = 1%/month, 10%/year, 0.1%/day; 1厘 is a tenth of that.
    let fen_unit = match per {
        Per::Month => Decimal::ONE,
        Per::Year => Decimal::TEN,
        _ => Decimal::new(1, 1),
    };
    let li_unit = fen_unit / Decimal::TEN;
    let value = match c.name("u")?.as_str() {
        "分" => a
            .checked_mul(fen_unit)?
            .checked_add(b.checked_mul(li_unit)?)?,
        _ => a.checked_mul(li_unit)?,
    };
    Some((value.normalize(), per))
}

/// Byte bounds of the comma clause around `start..end` (commas between digits do not count).
fn clause_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut cs = 0;
    let mut ce = text.len();
    for m in COMMA_SPLIT.find_iter(text) {
        let digit_around = text
            .get(..m.start())
            .and_then(|b| b.chars().next_back())
            .is_some_and(|c| c.is_ascii_digit())
            && text
                .get(m.end()..)
                .and_then(|a| a.chars().next())
                .is_some_and(|c| c.is_ascii_digit());
        if digit_around || !m.as_str().contains([',', '，']) {
            continue;
        }
        if m.end() <= start {
            cs = m.end();
        } else if m.start() >= end {
            ce = m.start();
            break;
        }
    }
    (cs, ce)
}

/// Whether a sentence says the interest itself is taken out of the principal when the loan
/// is paid out (利息在出借时预先从借款本金中扣除, 先扣除首期利息): a deduction clause
/// that names the interest.
fn interest_deducted_in(text: &str) -> bool {
    // 砍头息 is named as a charge and read as a fee, so it is not counted here again.
    static INTEREST: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"利息|[年月]息").expect("static regex"));
    deductions(text).any(|(cs, ce)| {
        let clause = text.get(cs..ce).unwrap_or("");
        if INTEREST.is_match(clause) {
            return true;
        }
        if FEE_NAME.is_match(clause) {
            return false;
        }
        // 利息共计900元,在出借时从借款本金中扣除: the clause names no object; the thing last
        // named before it is what is deducted.
        let before = text.get(..cs).unwrap_or("");
        let last_interest = INTEREST.find_iter(before).last().map(|m| m.end());
        let last_fee = FEE_NAME.find_iter(before).last().map(|m| m.end());
        last_interest.is_some_and(|i| last_fee.is_none_or(|f| i > f))
    })
}

fn prepayment_in(text: &str) -> Option<Category> {
    FEE_NAME
        .find_iter(text)
        .any(|m| fee_kind(m.as_str()) == FeeKind::Prepayment)
        .then_some(Category::Prepayment)
}

/// The highest-precedence rate/fee category named in `window`. Basis phrases (逾期金额,
/// 逾期本金) say what a charge is computed on, not what it is, so they are ignored here.
fn categorise(window: &str) -> Option<Category> {
    let stripped = BASIS_WORD.replace_all(window, "");
    // "(含服务费)" says what a rate includes, not what the value is.
    let stripped = INCLUDES.replace_all(stripped.as_ref(), "");
    match categorise_words(stripped.as_ref()) {
        // 逾期部分按年利率19%: an interest rate charged on overdue sums is the overdue rate.
        Some(Category::Interest) if OVERDUE_WORD.is_match(window) => Some(Category::Overdue),
        c => c,
    }
}

fn categorise_words(window: &str) -> Option<Category> {
    if let Some(name) = FEE_NAME.find(window) {
        let kind = fee_kind(name.as_str());
        return Some(if kind == FeeKind::Prepayment {
            Category::Prepayment
        } else {
            Category::Fee(kind)
        });
    }
    if PENALTY_WORD.is_match(window) {
        return Some(Category::Penalty);
    }
    if OVERDUE_WORD.is_match(window) {
        return Some(Category::Overdue);
    }
    if COMPREHENSIVE_WORD.is_match(window) {
        return Some(Category::Comprehensive);
    }
    if INTEREST_WORD.is_match(window) {
        return Some(Category::Interest);
    }
    None
}

/// The words that named the rate, for the report (`日利率`, `逾期罚息`, `年化综合成本`).
fn rate_label(clause: &str, category: Category) -> String {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"年化综合(?:资金)?成本|综合年化(?:利率|费率|成本)?|年化利率(?:\(单利\))?|[年月日]利率|[年月日]息|逾期罚息|罚息利率|罚息|违约金|逾期利息|逾期利率|借款利率|贷款利率|利率|利息")
            .expect("static regex")
    });
    LABEL.find(clause).map_or_else(
        || match category {
            Category::Penalty => "违约金".to_string(),
            Category::Overdue => "逾期".to_string(),
            _ => "利率".to_string(),
        },
        |m| m.as_str().to_string(),
    )
}

/// A formula after a value: `×24%×借款天数/365` is a yearly rate.
static AFTER_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[*×xX]\s*[^,。;]{0,8}天数\s*[/÷]\s*36[05]").expect("static regex")
});
/// `×1%×逾期天数`, `×0.05%×N`: a daily rate.
static AFTER_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[*×xX]\s*(?:N|n|逾期天数|实际逾期天数|天数|逾期日数|占用天数)")
        .expect("static regex")
});

/// The period named nearest before the value (bare 日/月/年 only right in front of it),
/// else right after it (`0.05%/日`, `按0.05%每日`).
fn period_near(text: &str, cs: usize, start: usize, end: usize, ce: usize) -> Option<Per> {
    let scan = |from: usize, to: usize| -> Option<(usize, Per)> {
        let window = text.get(from..to)?;
        let mut best = None;
        for c in PERIOD.captures_iter(window) {
            let m = c.get(0)?;
            if c.name("bare").is_some() {
                // Bare 日/月/年 counts only when glued to the value: 日0.05%, 年19%, 日万分之五.
                let gap = window.get(m.end()..).unwrap_or("");
                let gap = gap.trim_start_matches([' ', '为', ':', '按', '是']);
                if !gap.is_empty() {
                    continue;
                }
            }
            if let Some(p) = period_of(&c) {
                best = Some((from + m.start(), p));
            }
        }
        best
    };
    if let Some((_, p)) = scan(cs.min(start), start) {
        return Some(p);
    }
    let rest = text.get(end..).unwrap_or("");
    if AFTER_YEAR.is_match(rest) {
        return Some(Per::Year);
    }
    if AFTER_DAY.is_match(rest) {
        return Some(Per::Day);
    }
    if let Some((_, p)) = scan(0, start) {
        return Some(p);
    }
    // After the value, only explicit markers.
    let after = text.get(end..ce.max(end))?;
    let after = tail_free_prefix(after, 12);
    PERIOD
        .captures_iter(after)
        .filter(|c| c.name("bare").is_none())
        .find_map(|c| period_of(&c))
}

fn tail_free_prefix(s: &str, chars: usize) -> &str {
    match s.char_indices().nth(chars) {
        Some((i, _)) => s.get(..i).unwrap_or(s),
        None => s,
    }
}

/// The last `chars` characters of `s`.
fn tail_chars(s: &str, chars: usize) -> &str {
    let n = s.chars().count();
    if n <= chars {
        return s;
    }
    match s.char_indices().nth(n - chars) {
        Some((i, _)) => s.get(i..).unwrap_or(s),
        None => s,
    }
}

fn last_match<'t>(re: &Regex, s: &'t str) -> Option<&'t str> {
    re.find_iter(s).last().map(|m| m.as_str())
}

fn last_basis(s: &str) -> Option<Basis> {
    BASIS_WORD
        .captures_iter(s)
        .last()
        .and_then(|c| basis_of(&c))
}

/// A sentence with a number in a money/rate shape that produced no token is still worth
/// reporting (e.g. `利率为12`).
fn has_unparsed_value(text: &str) -> bool {
    static NUMBERISH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:利率|利息|费率|金额|本金)\s*(?:为|是|:)?\s*[0-9]|(?:LPR|基准利率)[^。;]{0,12}(?:[0-9]+\s*(?:个)?基点|[0-9]+\s*[bB][pP]|上浮|下浮|加|减)")
            .expect("static regex")
    });
    NUMBERISH.is_match(text) && !BLANK.is_match(text)
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    let c = DATE.captures(s)?;
    let y = c.name("y").or(c.name("y2"))?.as_str().parse().ok()?;
    let m = c.name("m").or(c.name("m2"))?.as_str().parse().ok()?;
    let d = c.name("d").or(c.name("d2"))?.as_str().parse().ok()?;
    NaiveDate::from_ymd_opt(y, m, d)
}

fn parse_count(s: &str) -> Option<u32> {
    let d = if s.starts_with(|c: char| c.is_ascii_digit()) {
        parse_decimal(s)?
    } else {
        parse_cn_integer(s)?
    };
    u32::try_from(d.trunc().mantissa())
        .ok()
        .filter(|_| d.scale() == 0 || d.fract().is_zero())
}

/// Whole months between two dates when the span is a month count (15 Jan -> 14 Jan next
/// year counts as 12 months, as contracts write it); otherwise days.
fn months_between(a: NaiveDate, b: NaiveDate) -> (Option<u32>, Option<u32>) {
    let months = (b.year() - a.year()) * 12 + b.month() as i32 - a.month() as i32;
    if months > 0 {
        for m in [months, months + 1] {
            let Ok(m32) = u32::try_from(m) else { continue };
            if let Some(end) = a.checked_add_months(chrono::Months::new(m32)) {
                if end == b || end.pred_opt() == Some(b) {
                    return (Some(m32), None);
                }
            }
        }
    }
    let days = (b - a).num_days();
    (None, u32::try_from(days).ok())
}

fn clean_name(raw: &str) -> Option<String> {
    let name = raw
        .split(['\n', ' ', '\t', ',', ';', '(', '。'])
        .next()
        .unwrap_or("")
        .trim();
    const ROLES: [&str; 12] = [
        "甲方",
        "乙方",
        "丙方",
        "丁方",
        "借款人",
        "贷款人",
        "出借人",
        "签字",
        "盖章",
        "签章",
        "平台用户名",
        "用户名",
    ];
    if name.is_empty()
        || ROLES.iter().any(|r| name.starts_with(r))
        || BLANK.is_match(raw.trim_start())
            && raw
                .trim_start()
                .starts_with(['_', '【', '[', '$', '{', '('])
        || name.starts_with(['_', '【', '[', '$', '{'])
        || name.starts_with("见")
        || name.chars().count() < 2
    {
        return None;
    }
    Some(name.to_string())
}

fn type_of_name(name: &str, individual_marker: bool) -> LenderType {
    if name.contains("小额贷款") || name.contains("小贷") {
        LenderType::Microloan
    } else if name.contains("消费金融") {
        LenderType::ConsumerFinance
    } else if name.contains("银行") || name.contains("信用社") {
        LenderType::Bank
    } else if name.contains("网络借贷") || name.contains("P2P") {
        LenderType::P2pPlatform
    } else if name.contains("公司") || name.contains("企业") || name.contains("中心") {
        LenderType::Company
    } else if individual_marker || (2..=4).contains(&name.chars().count()) {
        LenderType::Individual
    } else {
        LenderType::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_between_contract_style() {
        let a = NaiveDate::from_ymd_opt(2025, 1, 15).unwrap();
        let b = NaiveDate::from_ymd_opt(2026, 1, 14).unwrap();
        assert_eq!(months_between(a, b), (Some(12), None));
        let c = NaiveDate::from_ymd_opt(2025, 1, 29).unwrap();
        assert_eq!(months_between(a, c), (None, Some(14)));
    }

    #[test]
    fn fen_li_units() {
        let toks = tokens("月息1分5厘,年息1分,日息5厘");
        let vals: Vec<_> = toks
            .iter()
            .map(|t| match t.val {
                Val::Pct { value, per } => (value, per),
                _ => (Decimal::ZERO, None),
            })
            .collect();
        assert_eq!(
            vals,
            vec![
                (Decimal::new(15, 1), Some(Per::Month)),
                (Decimal::TEN, Some(Per::Year)),
                (Decimal::new(5, 2), Some(Per::Day)),
            ]
        );
    }
}
