//! The amount lent when no label names it directly: an IOU whose 今借到 stands sentences before
//! the amount, an instalment plan that finances a price less its down payment, and an
//! application whose approved amount replaces the amount applied for.

use super::*;
use crate::pattern;

/// A bare amount label opening its sentence (`金额:人民币(大写)伍万元整`, `数额为`).
static BARE_AMOUNT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:金额|数额|总额)\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*(?:[(]\s*(?:大写|小写)\s*[)])?\s*[:]?\s*[¥￥]?\s*$")
        .expect("static regex")
});
/// A clause heading that names the amount lent, ending the text before (`第三条:借款金额`).
static AMOUNT_LENT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:借款|贷款|出借)(?:金额|数额|本金)\s*[:：]?\s*$").expect("static regex")
});
/// A price that an instalment plan finances (data/price_labels.txt), right before its amount.
static PRICE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let words = super::lexicon::label_alternation(include_str!("data/price_labels.txt"));
    pattern::regex(&format!(
        r"(?:{words})\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$"
    ))
    .expect("static regex")
});
/// The value of goods leased to own (data/goods_value_labels.txt), right before its amount.
static GOODS_VALUE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let words = super::lexicon::label_alternation(include_str!("data/goods_value_labels.txt"));
    pattern::regex(&format!(
        r"(?:{words})\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$"
    ))
    .expect("static regex")
});
/// A lease whose rents buy the goods: 以租代购, 租满即送, or ownership passing to the lessee
/// once every rent is paid, on a line that is not an unticked option.
static LEASE_TO_OWN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"以租代[购售买]|租[完满](?:即|就)?(?:送|归[你您己])|(?m)^[^□☐\n]*?(?:付清|付满|缴清|支付完毕|全部支付|租期届满|租金付讫)[^。\n]{0,30}?(?:所有权)?(?:自动|即|将)?(?:转移|转让|归|过户)(?:至|给|予|于)?(?:承租方|承租人|乙方|您|用户)")
        .expect("static regex")
});
/// The down payment, right before its amount: 首付, 首付款, 首付金额 (not 首期, an instalment).
static DOWN_PAYMENT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"首付(?:款|金额)?\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});
/// Words that finance the whole price, no down payment: 全额分期, 全款分期, 零首付, 无需首付.
static WHOLE_PRICE_FINANCED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"全额分期|全款分期|(?:零|0|无|免|无需|不需|不用)\s*首付").expect("static regex")
});
/// The amount approved, which is the loan when an application also states the amount asked.
static APPROVED_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:核准|审批|批准|审核通过|审批通过|最终批复|批复)(?:借款|贷款)?金额\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});
/// The amount asked for in an application.
static APPLIED_WORD: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"申请(?:借款|贷款|分期)?金额").expect("static regex"));
/// What an IOU says before naming the lender and then the amount: 今借到, 兹收到, 今向…借到,
/// and a debt note's 今欠, 现尚欠, 兹结欠 (the amount owed for money lent).
static IOU_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?:今|兹|现)\s*(?:借到|收到|借给|向[^。;；]{0,30}?借(?:到|款|取)?|(?:尚|仍|共|结)?欠)[^。;；元圆¥￥]{0,80}$",
    )
    .expect("static regex")
});
/// After an amount, the price at which the lessee sells its own asset to the lessor of a
/// sale and leaseback (`以人民币150,000元的价格转让给出租人`, `作价15万元出售给甲方`, `按
/// 150,000元价格卖给出租人后租回`): that price is the loan.
static SOLD_AT_PRICE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:元|圆)?\s*(?:整)?\s*(?:的)?\s*(?:价格|价款|对价)?\s*(?:将[^,。;]{0,12}?)?(?:转让|出售|出卖|卖)(?:给|予)")
        .expect("static regex")
});
/// The words of a sale and leaseback: the lessee rents back what it sold.
static LEASEBACK: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"回租|租回|售后回租").expect("static regex"));
/// After an amount, its payment to someone (`元直接支付给诊疗机构`, `元划付至商户账户`,
/// `元代为支付给学校`).
static PAID_OVER_TO: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:元|圆)?\s*(?:整)?\s*[)）]?\s*(?:直接|一次性|全额|代为|代)?\s*(?:支付|付|划付|划转|转付|拨付|发放|付款)(?:给|至|到|予|于)")
        .expect("static regex")
});
/// Right before an amount, its payment (`代为支付驾培费用`, `垫付学费`).
static PAYING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:支付|垫付|划付|付清|结清)[^，,。;；0-9]{0,12}$").expect("static regex")
});
/// Before the amount, in its sentence: the payer acts on the borrower's behalf (按患者委托,
/// 受借款人委托, 代借款人, 受托支付).
static ON_BEHALF: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"委托|受托|代(?:为|替)?(?:借款人|患者|乙方|学员|客户|购买人|买受人|您)")
        .expect("static regex")
});
/// Right after an amount, in its sentence: a third party pays it over for someone (`1.2万元,
/// 由融信消费金融有限公司代雇主一次性支付给安心家政服务有限公司`, `由平台代为支付给学校`); not a
/// fee taken out of the loan money and passed on (由出借人从出借资金中代为扣除后支付给平台).
static PAID_FOR_BY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^[^。;；\n]{0,30}?由[^。;；,，\n从扣]{2,30}?代(?:为|替)?[^。;；,，\n从扣]{0,10}?(?:一次性|直接|全额)?(?:支付|付款|付清|划付|转付|拨付|垫付|结清|付)(?:给|至|予|到|\s*[,，。;；)）\n]|\s*$)")
        .expect("static regex")
});
/// Right after an amount, in its sentence: the lender lends it (`共计人民币48,000.00元,由出借方借给
/// 借款方并直接抵作上述款项`, `货款3万元由甲方出借给乙方`, `上述费用12,000元转为借款`): the loan,
/// whatever the amount is first called (a fee owed, a price, a debt).
static LENT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:元|圆)?\s*(?:整)?\s*[)）]?\s*[,，]?\s*(?:该款项?|该笔款项|上述款项|此款|全部|均)?\s*(?:由\s*[^。;；,，\n]{1,15}?\s*(?:借给|出借给|借予|贷给|出借|垫借|以借款(?:的)?(?:方式|形式))|(?:作为|转为|视为|转作|转成|记为)\s*(?:(?:借款|欠款)本金|借款)\s*(?:[,，。;；)）]|$))")
        .expect("static regex")
});
/// A price and the down payment on it, as read.
#[derive(Debug, Default)]
pub(super) struct Financed {
    price: Option<Amount>,
    down: Option<Amount>,
    /// The principal was read under an application label (申请金额).
    applied: bool,
    /// The value of goods leased (签约价值), the amount financed when the rents buy them.
    goods: Option<Amount>,
}

impl Extractor<'_> {
    /// Place an amount that names the price, the down payment or the approved amount; true
    /// when placed. `tail` is the text right before the amount.
    pub(super) fn financed_amount(
        &mut self,
        tail: &str,
        make: impl FnOnce(&mut Self) -> Amount,
    ) -> bool {
        if APPROVED_WORD.is_match(tail) {
            if self.terms.principal.is_none() || self.financed.applied {
                self.financed.applied = false;
                self.terms.principal = Some(make(self));
            }
            return true;
        }
        if PRICE_WORD.is_match(tail) {
            if self.financed.price.is_none() {
                self.financed.price = Some(make(self));
            }
            return true;
        }
        if GOODS_VALUE_WORD.is_match(tail) {
            if self.financed.goods.is_none() {
                self.financed.goods = Some(make(self));
            }
            return true;
        }
        if DOWN_PAYMENT_WORD.is_match(tail) {
            if self.financed.down.is_none() {
                self.financed.down = Some(make(self));
            }
            return true;
        }
        false
    }

    /// The amount before `after` is the price of a sale and leaseback's asset, in a document
    /// that rents it back: the loan, when no principal is read yet.
    pub(super) fn leaseback_price(&self, after: &str) -> bool {
        self.terms.principal.is_none()
            && SOLD_AT_PRICE.is_match(after)
            && LEASEBACK.is_match(self.text)
    }

    /// The amount before `after` is lent by the lender in its sentence (…元,由出借方借给借款方):
    /// the loan, when no principal is read yet.
    pub(super) fn lent_after(&self, after: &str) -> bool {
        self.terms.principal.is_none() && LENT_AFTER.is_match(after)
    }

    /// The amount between `before` and `after` (in one sentence) is paid over to a merchant,
    /// clinic or school on the borrower's behalf (分期服务商按患者委托将治疗费19,800元直接支付给
    /// 诊疗机构, 服务费1.2万元由消费金融公司代雇主支付给家政公司): the amount financed, when no
    /// principal is read yet.
    pub(super) fn paid_on_behalf(&self, before: &str, after: &str) -> bool {
        let clause = before
            .rsplit(['。', ';', '；', '\n'])
            .next()
            .unwrap_or(before);
        self.terms.principal.is_none()
            && (((PAID_OVER_TO.is_match(after) || PAYING_BEFORE.is_match(clause))
                && ON_BEHALF.is_match(clause))
                || PAID_FOR_BY_AFTER.is_match(after))
    }

    /// No loan amount is labelled, but the lender, named by its name, transferred the loan money
    /// to the borrower (合作社于…向鲁长根转账人民币50,000.00元): that sum is the principal, said
    /// as inferred.
    pub(super) fn principal_from_payout_transfer(&mut self) {
        let Some(paid) = self.payout_transfer.take() else {
            return;
        };
        if self.terms.principal.is_some() {
            return;
        }
        self.terms.inferred.push(Inferred {
            field: "principal".into(),
            value: paid.amount.normalize().to_string(),
            reason: format!(
                "no loan amount is labelled; the money the lender transferred to the borrower ({}) is the principal",
                paid.evidence.text
            ),
            evidence: vec![paid.evidence.clone()],
        });
        self.terms.principal = Some(Amount {
            derived: true,
            ..paid
        });
    }

    /// The price an instalment plan finances (订单金额 ¥2,680.00), no down payment stated or one
    /// of 0, that the principal repaid each period (`part`) times the count `n` makes to the
    /// cent of each period's rounding (446.67 × 6 = 2,680.02): the price is financed whole.
    pub(super) fn price_split_in_parts(&self, part: Decimal, n: Decimal) -> Option<Amount> {
        self.price_with_no_down_payment()?;
        let price = self.financed.price.as_ref()?;
        let tolerance = Decimal::new(1, 2) * n;
        ((part * n - price.amount).abs() <= tolerance).then(|| price.clone())
    }

    /// The price an instalment plan finances, when no down payment (or one of 0) is stated.
    pub(super) fn price_with_no_down_payment(&self) -> Option<Decimal> {
        if self
            .financed
            .down
            .as_ref()
            .is_some_and(|d| !d.amount.is_zero())
        {
            return None;
        }
        self.financed.price.as_ref().map(|p| p.amount)
    }

    /// The principal was just read under `tail`: note whether it is the amount applied for.
    pub(super) fn principal_label(&mut self, tail: &str) {
        self.financed.applied = APPLIED_WORD.is_match(tail);
    }

    /// A bare 金额 label under a clause heading that names the amount lent (`第三条:借款金额` /
    /// `金额:人民币(大写)伍万元整`): the principal.
    pub(super) fn headed_by_amount_lent(&self, sentence_before: &str) -> bool {
        if self.terms.principal.is_some() || !BARE_AMOUNT_LABEL.is_match(sentence_before) {
            return false;
        }
        let before = tail_chars(self.text.get(..self.seg_start).unwrap_or(""), 20);
        AMOUNT_LENT_HEADING.is_match(before.trim_end())
    }

    /// An IOU's first amount, its 今借到 and the lender in the sentences before (今借到 / 张三
    /// (身份证…) / 人民币肆万元整), no amount between: that amount is the principal.
    pub(super) fn iou_amount(&self, sentence_before: &str) -> bool {
        if self.terms.principal.is_some() {
            return false;
        }
        let before = tail_chars(self.text.get(..self.seg_start).unwrap_or(""), 100);
        IOU_OPENING.is_match(&format!("{before}{sentence_before}"))
    }

    /// No amount lent is written, but a price and its down payment are (项目金额18,000元,
    /// 首付0元): the amount financed is the price less the down payment, said as worked out.
    pub(super) fn principal_from_price(&mut self) {
        let financed = std::mem::take(&mut self.financed);
        if self.terms.principal.is_some() {
            return;
        }
        if let Some(goods) = financed.goods.filter(|_| LEASE_TO_OWN.is_match(self.text)) {
            let ownership = LEASE_TO_OWN
                .find(self.text)
                .map(|m| self.doc.sentence_evidence(m.start(), m.end()));
            let mut evidence = vec![goods.evidence.clone()];
            evidence.extend(ownership.clone());
            self.terms.inferred.push(Inferred {
                field: "principal".into(),
                value: goods.amount.normalize().to_string(),
                reason: format!(
                    "a lease whose rents buy the goods ({}): the goods' value {} is the amount financed ({})",
                    ownership.map(|e| e.text).unwrap_or_default(),
                    goods.amount.normalize(),
                    goods.evidence.text
                ),
                evidence,
            });
            self.terms.principal = Some(goods);
            return;
        }
        if financed.down.is_none()
            && let Some(price) = financed.price.clone()
            && self.flat_plan_repays(price.amount)
        {
            self.price_financed_whole(price);
            return;
        }
        // 套餐价12,000元，全额分期: the words say the whole price is financed.
        if financed.down.is_none()
            && let Some(price) = financed.price.clone()
            && let Some(words) = WHOLE_PRICE_FINANCED.find(self.text)
        {
            let said = self.doc.sentence_evidence(words.start(), words.end());
            self.terms.inferred.push(Inferred {
                field: "principal".into(),
                value: price.amount.normalize().to_string(),
                reason: format!(
                    "no loan amount is written: the price {} ({}) is financed whole, as «{}» says",
                    price.amount.normalize(),
                    price.evidence.text,
                    words.as_str()
                ),
                evidence: vec![price.evidence.clone(), said],
            });
            self.terms.principal = Some(price);
            return;
        }
        let (Some(price), Some(down)) = (financed.price, financed.down) else {
            return;
        };
        let Some(net) = price
            .amount
            .checked_sub(down.amount)
            .filter(|n| *n > Decimal::ZERO)
        else {
            return;
        };
        let net = net.normalize();
        self.terms.inferred.push(Inferred {
            field: "principal".into(),
            value: net.to_string(),
            reason: format!(
                "no loan amount is written: the price {} less the down payment {} is financed ({}; {})",
                price.amount.normalize(),
                down.amount.normalize(),
                price.evidence.text,
                down.evidence.text
            ),
            evidence: vec![price.evidence.clone(), down.evidence.clone()],
        });
        self.terms.principal = Some(Amount {
            amount: net,
            currency: price.currency,
            evidence: price.evidence,
            derived: down.amount > Decimal::ZERO,
        });
    }
}

impl Extractor<'_> {
    /// A flat plan's stated instalment is `price` ÷ periods + `price` × the monthly charge (to
    /// the cent): the schedule built on the price is the one the document states, so the price is
    /// the amount financed (学费19,800元, 18期, 月费率0.5%, 每月还款1,199元). The monthly charge
    /// is the plan's monthly rate, or, with no interest, its per-period fee percentage (学费4,800元,
    /// 12期, 每期手续费率0.7%, 每期应还433.60元).
    fn flat_plan_repays(&self, price: Decimal) -> bool {
        let t = &self.terms;
        let (Some(n), Some(payment)) = (t.installments.as_ref(), t.payment.as_ref()) else {
            return false;
        };
        let method = t.repayment.as_ref().map(|r| r.method);
        if n.count == 0 || !matches!(method, Some(RepaymentMethod::FlatRate) | None) {
            return false;
        }
        let monthly: Vec<Decimal> = t
            .rates
            .iter()
            .filter(|r| r.kind == RateKind::Interest && r.per == Per::Month)
            .map(|r| r.value)
            .collect();
        let charges_interest = t
            .rates
            .iter()
            .any(|r| r.kind == RateKind::Interest && !r.value.is_zero());
        let fee_percents: Vec<Decimal> = t
            .fees
            .iter()
            .filter(|f| f.timing == FeeTiming::PerPeriod && f.per == Some(Per::Month))
            .filter_map(|f| f.percent)
            .collect();
        let rate = match (monthly.as_slice(), fee_percents.as_slice()) {
            // A stated method of flat rate names the rate; with no method the plan is flat only
            // when its charge is a fee on the price, interest free.
            ([rate], _) if method.is_some() => *rate,
            (_, [fee]) if method.is_none() && !charges_interest => *fee,
            _ => return false,
        };
        let computed = price / Decimal::from(n.count) + price * rate / Decimal::ONE_HUNDRED;
        (computed.round_dp(2) - payment.amount).abs() <= Decimal::new(1, 2)
    }

    fn price_financed_whole(&mut self, price: Amount) {
        let payment = self.terms.payment.as_ref().map(|p| p.evidence.clone());
        let mut evidence = vec![price.evidence.clone()];
        evidence.extend(payment.clone());
        self.terms.inferred.push(Inferred {
            field: "principal".into(),
            value: price.amount.normalize().to_string(),
            reason: format!(
                "no loan amount or down payment is written: the price {} ({}) is financed whole, since the flat plan on it gives the stated instalment ({})",
                price.amount.normalize(),
                price.evidence.text,
                payment.map(|e| e.text).unwrap_or_default()
            ),
            evidence,
        });
        self.terms.principal = Some(price);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amount_the_lender_lends_in_its_sentence_is_the_loan() {
        for after in [
            "元,由出借方借给借款方并直接抵作上述款项",
            "元，由甲方出借给乙方用于支付货款",
            "元整,由公司以借款方式垫付给学校",
            "元,上述款项转为借款,按月归还",
            "元,该款项作为借款本金。",
        ] {
            assert!(LENT_AFTER.is_match(after), "{after}");
        }
        for after in [
            "元,由借款人于每月10日前支付",
            "元,作为借款的担保",
            "元,由出借人从借款中扣除",
        ] {
            assert!(!LENT_AFTER.is_match(after), "{after}");
        }
    }
}
