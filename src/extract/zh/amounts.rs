//! Amounts: principal, amount paid out, instalment, totals; interest deducted up front;
//! the derived amount paid out.

use super::*;
use crate::pattern;

/// The principal or interest part of an instalment, right before its amount.
pub(super) static PART_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:本金|利息|息费|还本|付息)\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*$")
        .expect("static regex")
});
/// The interest of one period, right before its amount: `支付当月利息`, `每期利息为`, `每次付息`.
static INTEREST_PART: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?:当月|当期|每月|每期|本期)?(?:利息|付息)\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*$",
    )
    .expect("static regex")
});
/// A sum of the parts follows within the sentence: `…及利息300.00元,合计1,966.67元`.
pub(super) static SUM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^[^。;]{0,40}?(?:合计|共计|总计|总共|一共|=|＝)\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*[0-9¥￥零〇壹贰叁肆伍陆柒捌玖拾佰仟一二两三四五六七八九十]")
        .expect("static regex")
});
/// What a sum word after a part totals when it is not this instalment: the same part over
/// the term (`十二个月利息共计`, `12期本金合计`, `借款期内利息总计`, `全部利息累计`, `利息合计`).
static TERM_TOTAL_BEFORE_SUM: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:(?:^|[^第0-9一二两三四五六七八九十])(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个月|期|个季度|季|年|周|次)|全部|全期|整个|各期|借款期(?:间|内)?|借期内|期内|期限内|到期前)[^,，。;；0-9]{0,8}$|(?:利息|本金|付息|息费)\s*$")
        .expect("static regex")
});

/// The sum after a part (`SUM_AFTER`) is the sum of this instalment's parts, not the total of
/// one part over the term (`每月付息575元, 十二个月利息共计6,900元`: 6,900 is twelve months
/// of interest, never one month's payment).
fn sum_of_instalment_after(after: &str) -> bool {
    let Some(m) = SUM_AFTER.find(after) else {
        return false;
    };
    let span = m.as_str();
    let Some(w) = SUM_WORD_IN.find(span) else {
        return true;
    };
    !TERM_TOTAL_BEFORE_SUM.is_match(span.get(..w.start()).unwrap_or(""))
}

/// The sum word of a `SUM_AFTER` match.
static SUM_WORD_IN: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"合计|共计|总计|总共|一共|=|＝|累计").expect("static regex"));

/// A sum right before an amount: `合计人民币`.
pub(super) static SUM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:合计|共计|总计|总共|一共|=|＝)\s*(?:每月|每期|当期)?\s*(?:扣款|扣收|还款|应还|支付)?\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});
/// The loan's own parts of a payment joined with a fee into a total (本息及担保服务费,
/// 本金 + 服务费): the total is not the fee.
static LOAN_PARTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:本息|本金|利息|月供)\s*(?:及|和|与|、|\+|＋)|(?:及|和|与|、|\+|＋|随|连同)\s*(?:本息|本金|利息|月供)")
        .expect("static regex")
});
/// A part of the loan's payment stated with its own figure (本金1,250.00, 利息:150.00).
static PART_WITH_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:本金|利息|本息)\s*[:：]?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*[0-9]")
        .expect("static regex")
});
/// The principal repaid each period, right before its amount: `每期偿还本金`, `每期应还本金:`,
/// `当期应还本金`, `每月还本金`, `每月8日归还本金`, `每周还本:` (checked against the count and the
/// principal before it is used).
static PER_PERIOD_PRINCIPAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:(?:每|各|按)\s*(?:个|一)?(?:月|期|周|星期)(?:\s*[0-9一二三四五六七八九十]{1,3}\s*[日号](?:之?前)?)?|当期|本期)\s*(?:(?:应还|偿还|归还|还款|应付|还)?\s*(?:的)?\s*[:：]?\s*本金|(?:应还|偿还|归还|还)\s*本)\s*(?:为|是|:|：)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});
/// The principal part in a breakdown of the figure before it: `其中 本金`, `其中: 本金`.
static BREAKDOWN_PRINCIPAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"其中\s*[:：]?\s*(?:应还)?本金\s*(?:为|是|:|：)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$",
    )
    .expect("static regex")
});
/// Labels of each period's payment beside the shared vocabulary: `月还款`, `每周还款`, an
/// employer's `每月从工资中扣还`, `每月扣还`.
static PAYMENT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:^|[^每])月还款(?:额)?\s*[:：]?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$|(?:每|按)\s*(?:两)?\s*(?:周|星期)\s*(?:还款|应还|偿还)(?:额)?\s*[:：]?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$|(?:每个?月|按月)\s*(?:从|在)?\s*(?:工资|薪资|薪水|工资收入)\s*中?\s*(?:扣还|扣回|扣除|扣款)\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$|(?:每个?月|按月|每期)\s*(?:扣还|扣回)\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});

/// Each period's payment labels the amount right after it (`每期还款 424.00`, `每月应还金额为`,
/// `月供:`): the instalment, whatever fee a column before it names (`月手续费率 0.5%  每期还款
/// 424.00` in a table flattened to one line: 424 is the whole instalment, not a fee).
static PAYMENT_RIGHT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?:{}|月还款)\s*(?:款)?\s*(?:额|金额|数额)?\s*(?:为|是|:|：)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$",
        PAYMENT_WORD.as_str()
    ))
    .expect("static regex")
});

/// A bare `每期` / `每月` opening its own clause right before the amount (`…分24期按月偿还, 每期
/// 412.50元`): each period's payment, when an earlier clause of the sentence sets out the
/// instalment plan ([`INSTALMENT_PLAN_BEFORE`]).
static BARE_PER_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:每期|每个?月)\s*(?:各|均|为|:|：)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});
/// An instalment plan stated before a bare per-period amount: `分36期按月偿还`, `分十二个月还清`.
static INSTALMENT_PLAN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"分\s*[0-9一二两三四五六七八九十百]{1,4}\s*(?:期|个月)[^。;；]{0,12}?(?:偿还|还款|归还|还清|清偿)")
        .expect("static regex")
});

/// The level payment of the instalments after a first one stated apart (首期入账金额 1,864.00 /
/// `第2期至第12期每期  ¥1,000.00`): each period's payment.
static REST_LEVEL_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"第\s*(?:2|二)\s*期\s*(?:至|到|-|~|～|—|–)\s*(?:第\s*)?[0-9一二三四五六七八九十]{1,3}\s*期\s*(?:每期|每月)\s*(?:应还|还款|偿还|应付)?(?:额|金额)?\s*[:：]?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});

/// The sum of one instalment, right before its amount: 首期应还合计, 第3期还款合计, 每期应还总计.
static ONE_INSTALMENT_SUM: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:首期|每期|当期|本期|末期|最后一期|第\s*[0-9一二三四五六七八九十]{1,3}\s*期)\s*(?:应还|还款)\s*(?:款)?\s*(?:总计|合计)\s*[:：]?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});

/// A form's row label for each period's payment, the figure written in words after it
/// (`月还款本息数额 人民币(大写):`, `期还款金额 人民币(大写):`, `月偿还本息数额`): read on a
/// wider tail than other labels, since the currency and 大写 gloss push it back. A
/// statement's 本期应还金额 (this bill's total) is not one.
static PAYMENT_ROW_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:^|[^总合共本当上下首末])(?:月|期)\s*(?:还款|偿还)\s*(?:本息)?\s*(?:数额|金额)\s*[:：]?\s*(?:人民币|RMB|CNY)?\s*(?:[(（]\s*(?:大写|小写)\s*[)）])?\s*[:：]?\s*[¥￥]?\s*$")
        .expect("static regex")
});

/// The one sum due at the end, right before its amount: `到期时本人连本带息一次归还出借人人民币`,
/// `到期应还`, `到期应还本息：`, `期满一次性偿还本息共计`: the total of payments of a loan repaid at once.
static SUM_DUE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:到期|期满|届满|届时)(?:时|日|之日|当日|后)?[^,。;每各]{0,12}?(?:(?:连本带息|本息|本利|本金和利息|本金及利息)[^,。;]{0,4}?)?(?:一次(?:性)?)?\s*(?:归还|偿还|还款|还清|付清|支付|应还|应付|应偿还|应归还)(?:给|予|于)?(?:本息(?:合计|共计)?|本利|本金(?:和|及)利息|(?:款项|还款)?(?:金额|总额|数额))?[^,。;0-9本息利]{0,8}?(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});

/// The principal as the subject of the sum due at the end (`本金：到期一次归还`, `借款本金于期满时
/// 偿还`): the principal's part, not the total of payments (the interest is paid apart).
static PRINCIPAL_SUBJECT_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:^|[、.:：,，\s）)])(?:借款|贷款)?本金\s*(?:部分)?\s*[:：]?\s*(?:应|须|将|需)?\s*(?:于|在)?\s*(?:到期|期满|届满|届时)(?:时|日|之日|当日|后)?[^,。;每各本息利]{0,12}?(?:一次(?:性)?)?\s*(?:归还|偿还|还款|还清|付清|支付|应还|应付|应偿还|应归还)[^,。;0-9]{0,8}?(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});

/// The sum due at the end is paid at once, principal and interest together.
static ONCE_AT_END: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"一次|连本带息|本息|本利").expect("static regex"));

/// What each period's payment is: 每月归还/每期应还/每月偿还/当期应还/每期合计 (not 第12个月, the
/// last).
pub(super) static PER_PERIOD_PAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:每|各)\s*(?:个|(?:三|3|六|6)\s*个)?(?:月|期|季|周|次)[^,。;]{0,10}?(?:归还|偿还|还款|应还|应付|支付|还本付息|供款|缴纳|付息|付利息|合计|共计)")
        .expect("static regex")
});
/// Right after a figure, its value in the last period: `(末期416.59元)`, `（最后一期为…`.
static LAST_PERIOD_VARIANT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*[(（,，]\s*(?:末期|最后一期|尾期|最末期|最后1期|最后一个月)\s*(?:为|是|:|：)?\s*(?:人民币)?\s*[¥￥]?\s*$")
        .expect("static regex")
});
/// The lender's own transfer, right before its amount (出借人于2025年5月6日通过微信转账,
/// 出借人已通过银行转账向借款人支付): what reached the borrower, not the sum written as lent.
/// The lender is the clause's subject (not `向出借人转账`, a repayment).
static LENDER_TRANSFER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:^|[:：,，、\s]|由)(?:出借人|贷款人|债权人|出借方|贷款方)[^。;还]{0,30}?(?:转账|转款|汇款|打款|汇入|转入|转给|交付|支付)(?:给|予)?(?:借款人|本人|我)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});
/// A transfer to someone other than the lender, right before its amount, by a subject that is
/// not the borrower (合作社于…从合作社账户向鲁长根转账人民币, 公司向张三汇款): the lender, named
/// by its name rather than its role, paying the loan out. A party named only 甲方/乙方 leaves
/// the direction open, and a clause that speaks of repaying is no payout.
static TRANSFER_TO_BORROWER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^(?P<by>[^,，。;；]*?)向(?P<to>[^,，。;；:：向]{1,16}?)(?:的?(?:账户|银行卡|银行账户))?(?:转账|转款|汇款|打款|汇入|转入)(?:借款|款项|借款本金|资金)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});
/// Who may not be the payee or the payer of a payout: the lender's role, the borrower's role,
/// a party named only by a letter, and words of repaying.
static NOT_A_PAYOUT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"出借|贷款人|贷款方|债权|甲方|乙方|丙方|借款人|借款方|本人|我|还|偿|利息|本息|付息|服务|费")
        .expect("static regex")
});

fn transfer_to_borrower(clause_before: &str) -> bool {
    TRANSFER_TO_BORROWER
        .captures(clause_before)
        .is_some_and(|c| {
            let to = c.name("to").map_or("", |m| m.as_str());
            let by = c.name("by").map_or("", |m| m.as_str());
            !NOT_A_PAYOUT.is_match(to) && !NOT_A_PAYOUT.is_match(by) && !by.trim().is_empty()
        })
}

/// The principal named as a part of the one sum due at the end (届时鲁长根应归还本金50,000.00元
/// 及利息5,880.00元, 到期日归还本金200,000.00元及最后一季利息): the whole loan's principal,
/// not what is left of it (剩余本金) nor one period's part.
static PRINCIPAL_DUE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:到期|期满|届满|届时)(?:时|日|之日|当日|后)?[^,。;每各剩余尾末]{0,12}?(?:一次(?:性)?)?\s*(?:归还|偿还|还清|付清|支付|应还|应付|应偿还|应归还)(?:全部)?(?:借款)?本金\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});
/// A named row of the schedule and what is repaid in it: 第12期应还, 末期归还, 首期应还.
pub(super) static SCHEDULE_ROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:第\s*[0-9一二三四五六七八九十]+\s*(?:期|个月|次)|末期|末月|最后一期|最后一个?月|首期)[^。;]{0,16}?(?:应还|归还|偿还|还款|支付|入账)")
        .expect("static regex")
});
/// The words right before the amount of a schedule row: 本金/利息/本息/合计 人民币.
pub(super) static ROW_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:本金|利息|本息|息费|金额|款项|应还|归还|偿还|还款额?|应还额|月供|合计|共计)\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});

impl Extractor<'_> {
    /// Classify one amount; false when it could not be placed.
    pub(super) fn money(
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
        // 每期应还本金416.67元(末期416.59元): the last period's value of the figure just read,
        // not a figure of its own (the schedule's last row takes the remainder anyway).
        if LAST_PERIOD_VARIANT.is_match(before) {
            return true;
        }
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

        // 每期应还: 本金1,400元 + 服务费134.40元 = 1,534.40元: the part named 本金 and the sum
        // after = are not the fee named beside them.
        let near = tail_chars(lead, 30);
        // 每期应还本金1,000元,每期手续费72元,每期合计1,072元: once a part of the payment is
        // stated, the sum that follows is the payment too.
        // A schedule row (本金1,250.00  利息150.00  保险费45.00  合计1,445.00): the 合计 sums the
        // parts stated before it in the row, the fee among them.
        let row = tail_chars(lead, 48).rsplit('\n').next().unwrap_or("");
        let row_parts = PART_WITH_FIGURE.is_match(row);
        let sum_of_parts = SUM_BEFORE.is_match(before)
            && (before.contains(['=', '＝'])
                || LOAN_PARTS.is_match(near)
                || row_parts
                || self.instalment_parts);
        let part_or_sum = PART_WORD.is_match(tail_chars(lead, 8)) || sum_of_parts;
        // 每期服务费84元,故每期应还784元: a clause that labels its own amount as the payment
        // does not take a fee named in an earlier clause.
        let own = tail_chars(window_before, 16);
        let payment_labelled = ((PAYMENT_WORD.is_match(own) || PAYMENT_LABEL.is_match(own))
            && !FEE_NAME.is_match(window_before))
            || PAYMENT_RIGHT_BEFORE.is_match(own);
        // 保费合计6,000元 in a premium paid in instalments: the amount financed, not a fee.
        let placed = self.premium_amount(tail_chars(lead, 16), |x: &Self| Amount {
            amount,
            currency: x.currency.into(),
            evidence: ev(x),
            derived: false,
        });
        if placed {
            return true;
        }
        let after = text.get(tok.end..ce).unwrap_or("");
        // 服务费用合计36,000元,乙方已自付6,000元: the price of what is bought, not a fee.
        let price = fees::price_before_own_part(lead, text.get(tok.end..).unwrap_or(""));
        // 服务费1.2万元,由消费金融公司代雇主支付给家政公司: the price financed, not a fee.
        let financed_price = self.paid_on_behalf(
            text.get(..tok.start).unwrap_or(""),
            text.get(tok.end..).unwrap_or(""),
        );
        let charge = match fees::fee_figure(lead, after)
            .filter(|_| !part_or_sum && !payment_labelled && !price && !financed_price)
        {
            Some(FeeFigure::Charge(name)) => Some((name, fee_kind(name))),
            Some(FeeFigure::Restated(name)) => {
                let e = ev(self);
                self.fee_total_after_names(name, lead, amount, text, e);
                return true;
            }
            None => PENALTY_WORD
                .is_match(clause)
                .then_some(("违约金", FeeKind::Penalty)),
        };
        if let Some((name, kind)) = charge {
            let e = ev(self);
            self.push_fee(name, kind, Some(amount), None, None, None, text, e);
            return true;
        }
        let tail = tail_chars(lead, 16);
        // 放款金额（合同本金）: a gloss in brackets redefines its label.
        let glossed = gloss::glossed_label(tail);
        let tail = glossed.unwrap_or(tail);
        let slot = |r: &Regex| r.is_match(tail);
        // A credit line (借款额度, 最高额) or a bound (不超过) is not the loan amount; a line's
        // figure before this one (授信额度 80,000.00  支用 20,000.00) labels that figure, not this.
        let own_label = tail
            .rsplit(|c: char| c.is_ascii_digit() || matches!(c, ',' | '，' | ';' | '；'))
            .next()
            .unwrap_or(tail);
        if CREDIT_LINE_WORD.is_match(own_label) {
            return false;
        }
        let amt = |e: Evidence| Amount {
            amount,
            currency: self.currency.into(),
            evidence: e,
            derived: false,
        };
        // 其中含尾款36,000元 / 尾付金额: 36,000元: the balloon paid with the last instalment.
        if last_payment::is_balloon(tail) {
            let e = ev(self);
            self.note_balloon(amount, e);
            return true;
        }
        let paid_out_by_name = transfer_to_borrower(window_before);
        if paid_out_by_name && self.payout_transfer.is_none() {
            self.payout_transfer = Some(amt(ev(self)));
        }
        if slot(&DISBURSED_WORD)
            || LENDER_TRANSFER.is_match(tail_chars(window_before, 40))
            || paid_out_by_name
        {
            if self.terms.disbursed.is_none() {
                let e = ev(self);
                self.terms.disbursed = Some(amt(e));
            }
            return true;
        }
        // 每月归还本金1,666.67元及利息300.00元, 合计1,966.67元: the parts of an instalment are
        // not the instalment; the sum after them is.
        let part_of_sum =
            PART_WORD.is_match(tail) && sum_of_instalment_after(text.get(tok.end..).unwrap_or(""));
        // 每期应还536元 / 其中 本金500元: the principal part of the payment just stated, when
        // smaller than it (其中 after a total names the principal of the whole loan).
        let breakdown = BREAKDOWN_PRINCIPAL.is_match(tail)
            && self
                .terms
                .payment
                .as_ref()
                .is_some_and(|p| amount < p.amount);
        // 每期偿还本金700元: the principal part of each payment, not the payment.
        if slot(&PER_PERIOD_PRINCIPAL) || breakdown {
            if part_of_sum {
                self.instalment_parts = true;
            }
            if self.per_period_principal.is_none() {
                let e = ev(self);
                self.per_period_principal = Some(amt(e));
            }
            return true;
        }
        let row_label = PAYMENT_ROW_LABEL.is_match(tail_chars(lead, 28))
            || REST_LEVEL_LABEL.is_match(tail_chars(lead, 40));
        let bare_after_plan = BARE_PER_PERIOD.is_match(window_before)
            && INSTALMENT_PLAN_BEFORE.is_match(text.get(..cs).unwrap_or(""));
        let payment_slot =
            slot(&PAYMENT_WORD) || slot(&PAYMENT_LABEL) || row_label || bare_after_plan;
        // 首月还款1,608.00 … 末月还款1,504.50: once the instalment (or the first row) is read, a
        // payment labelled as the last row's is that row (a falling or a balloon last
        // instalment), not a second instalment.
        if payment_slot
            && (self.terms.payment.is_some() || self.has_row_figures())
            && last_payment::row_named(tail) == Some(None)
        {
            let e = ev(self);
            self.note_row_figure(tail, "", amount, e);
            return true;
        }
        if payment_slot && !part_of_sum {
            if self.terms.payment.is_none() {
                let e = ev(self);
                self.terms.payment = Some(amt(e));
            }
            return true;
        }
        // 首期应还合计1,074.00: one instalment's sum (a schedule row), not the total.
        if slot(&TOTAL_WORD) && !ONE_INSTALMENT_SUM.is_match(tail) {
            if self.terms.total_of_payments.is_none() {
                let e = ev(self);
                self.terms.total_of_payments = Some(amt(e));
            }
            return true;
        }
        let per_period = PER_PERIOD_PAYMENT.is_match(text.get(..tok.start).unwrap_or(""));
        if !per_period
            && (PRINCIPAL_DUE_AT_END.is_match(tail_chars(window_before, 40))
                || PRINCIPAL_SUBJECT_AT_END.is_match(tail_chars(lead, 40)))
        {
            if self.terms.principal.is_none() {
                let e = ev(self);
                self.terms.principal = Some(amt(e));
            }
            return true;
        }
        // 到期时本人连本带息一次归还出借人人民币33,600元: the one sum due at the end is what
        // the loan costs in all (its parts, when named, are the principal or the interest).
        if !per_period
            && SUM_DUE_AT_END.is_match(tail_chars(lead, 40))
            && !PART_WORD.is_match(tail)
            && !part_of_sum
        {
            if self.terms.total_of_payments.is_none() {
                let e = ev(self);
                // 一次性偿还 / 连本带息归还: all of it at once, one payment.
                if ONCE_AT_END.is_match(tail_chars(lead, 40)) && self.terms.frequency.is_none() {
                    self.terms.frequency = Some(FrequencyTerm {
                        frequency: Frequency::Single,
                        evidence: e.clone(),
                    });
                }
                self.terms.total_of_payments = Some(amt(e));
            }
            return true;
        }
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
        // 按月付息, 每月10日支付当月利息1,250元, 到期一次性归还本金: the interest paid each
        // period is the instalment of an interest-only loan.
        if per_period
            && INTEREST_PART.is_match(tail)
            && (interest_only_in(text) || method::interest_only_apart(text, self.text))
        {
            if self.terms.payment.is_none() {
                let e = ev(self);
                self.terms.payment = Some(amt(e));
            }
            return true;
        }
        if slot(&FINANCE_CHARGE_WORD) {
            // 利息合计 / 利息总额 / 总利息: the interest over the term as stated.
            if self.terms.finance_charge.is_none() {
                let e = ev(self);
                self.terms.finance_charge = Some(amt(e.clone()));
                if self.terms.total_interest.is_none() {
                    self.terms.total_interest = Some(amt(e));
                }
            }
            return true;
        }
        let currency = self.currency;
        // Paid over to a merchant on the borrower's behalf (按患者委托将治疗费…元直接支付给
        // 诊疗机构): the amount financed, whatever price label it carries.
        let on_behalf = self.paid_on_behalf(
            text.get(..tok.start).unwrap_or(""),
            text.get(tok.end..).unwrap_or(""),
        );
        let placed = !on_behalf
            && self.financed_amount(tail, |x| Amount {
                amount,
                currency: currency.into(),
                evidence: ev(x),
                derived: false,
            });
        if placed {
            return true;
        }
        let iou = self.iou_amount(text.get(..tok.start).unwrap_or(""))
            || self.headed_by_amount_lent(text.get(..tok.start).unwrap_or(""));
        let leaseback = self.leaseback_price(text.get(tok.end..).unwrap_or(""))
            || self.lent_after(text.get(tok.end..).unwrap_or(""))
            || on_behalf;
        let lead_names_principal = glossed.is_none() && PRINCIPAL_WORD.is_match(lead);
        // 合同金额×0.5%/天(最低100元/天): the label names the base of a charge, and the sum
        // charged per day is no loan.
        let per_charge = PER_CHARGE_UNIT_AFTER.is_match(text.get(tok.end..).unwrap_or(""));
        if (slot(&PRINCIPAL_WORD) || lead_names_principal || iou || leaseback) && !per_charge {
            if self.terms.principal.is_none() {
                let e = ev(self);
                self.terms.principal = Some(amt(e));
                self.principal_label(tail);
            }
            return true;
        }
        // 第12个月归还剩余本金1,666.63元及利息300.00元,合计1,966.63元: one row of the
        // repayment schedule (the last, the first), not a term of its own.
        let row_before = tail_chars(text.get(..tok.start).unwrap_or(""), 40);
        if SCHEDULE_ROW.is_match(row_before) && ROW_AMOUNT.is_match(tail) {
            let e = ev(self);
            self.note_row_figure(row_before, tail, amount, e);
            return true;
        }
        false
    }

    /// Interest taken out of the principal when lending: the principal less what was paid
    /// out (less deducted fees), else the interest total the contract states.
    pub(super) fn deducted_interest(&mut self) {
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
            None => self
                .interest_deducted_stated
                .or_else(|| self.terms.finance_charge.as_ref().map(|f| f.amount)),
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

    /// disbursed = principal − up-front deducted fees (derived), when not stated.
    pub(super) fn derive_disbursed(&mut self) {
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

/// The amount a sentence names as the interest (利息1,200.00元, 利息共计7,200元): the first
/// amount with an interest word at most a few characters before it.
pub(super) fn interest_amount_named(text: &str) -> Option<Decimal> {
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"利息\s*(?:共计|合计|总计|共|为|是|:)?\s*(?:人民币|RMB|CNY)?\s*$")
            .expect("static regex")
    });
    tokens(text).iter().find_map(|t| {
        let before = text.get(..t.start)?;
        NAMED.is_match(before).then(|| t.val.money()).flatten()
    })
}

/// Whether a sentence says the interest itself is taken out of the principal when the loan
/// is paid out (利息在出借时预先从借款本金中扣除, 先扣除首期利息): a deduction clause
/// that names the interest.
pub(super) fn interest_deducted_in(text: &str) -> bool {
    // 砍头息 is named as a charge and read as a fee, so it is not counted here again.
    static INTEREST: LazyLock<Regex> =
        LazyLock::new(|| pattern::regex(r"利息|[年月]息").expect("static regex"));
    // 利息…由贷款人在发放贷款时一次性预先收取, 利息预收…于放款时一次收取, 借款利息
    // 450元(放款时一次性预收): interest collected as the loan is paid out is interest taken in
    // advance, whatever the verb.
    static IN_ADVANCE: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"利息[^。;]{0,30}(?:放款|发放|出借|借出)[^,。;]{0,8}(?:预先|提前|一次性预先)\s*(?:收取|扣收|收回)|利息[^。;]{0,30}(?:放款|发放|出借|借出)(?:贷款|借款|款项)?(?:时|之时|当日|当天)[^,。;]{0,6}?(?:收取|扣收|收回|预收|预扣|先收|先扣|扣取|扣除)|预收利息|利息预收|利息[^。;]{0,12}预先收取")
            .expect("static regex")
    });
    if IN_ADVANCE.is_match(text) {
        return true;
    }
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

#[cfg(test)]
mod tests {
    use super::{interest_deducted_in, sum_of_instalment_after};

    #[test]
    fn a_total_of_one_part_over_the_term_is_not_the_sum_of_the_instalment() {
        // The figure after a part, then the words before the sum.
        for after in [
            "元,首次付息日为2026年6月8日,十二个月利息共计6,900.00元",
            "元,12期本金合计6,000元",
            "元,借款期内应付利息总计3,600元",
            "元,全部利息累计1,800元",
            "元,利息合计2,400元",
            "元,共24期利息合计4,800元",
        ] {
            assert!(!sum_of_instalment_after(after), "{after}");
        }
        for after in [
            "元,合计1,966.67元",
            "元,每期合计1,072元",
            "元,第1期合计1,100元",
            "元,本息合计1,350元",
            "元 = 1,534.40元",
        ] {
            assert!(sum_of_instalment_after(after), "{after}");
        }
    }

    #[test]
    fn interest_collected_at_payout_is_taken_in_advance_whatever_the_verb() {
        for text in [
            "借款利息 450.00元(放款时一次性预收)",
            "利息合计1,200元,于放款当日预扣",
            "本期利息在出借时先扣",
            "利息300元由出借人在借出款项时扣除",
        ] {
            assert!(interest_deducted_in(text), "{text}");
        }
        for text in [
            "借款利息 450.00元,到期与本金一并归还",
            "担保费200元于放款时一次性预收",
        ] {
            assert!(!interest_deducted_in(text), "{text}");
        }
    }
}
