//! A price stated beside a fee word with the part the borrower paid out of pocket (服务费用合计
//! 36,000元，乙方已自付6,000元，余款申请分期支付): the price of what the loan pays for and a
//! down payment, neither of them a charge of the loan; and what is left of the loan once a fee
//! is taken (扣除服务费后的22,800.00元直接支付至合作医院账户): the amount paid out, not the fee.

use super::*;

/// The part of a price the borrower paid out of pocket, right before its amount (已自付,
/// 自行支付, 首付款).
static OWN_PART_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:自付|自行支付|自筹|首付款?)[^,，。;；0-9]{0,4}$").expect("static regex")
});
/// Right after a total, the part paid out of pocket (`元，乙方已自付`, `元,其中首付`).
static OWN_PART_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"^\s*(?:元|圆)?\s*(?:整)?\s*[,，]\s*[^,，。;；0-9]{0,8}?(?:自付|自行支付|自筹|首付款?)",
    )
    .expect("static regex")
});
/// A total word right before the amount (合计, 共计, 总额).
static TOTAL_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:合计|共计|总计|总额|总价|共)\s*(?:为|是|:)?\s*$").expect("static regex")
});

/// The amount after `gap` (the text from a fee word) is the part of a price the borrower paid
/// out of pocket: a price figure stands between (`figure_between`) and the gap ends with 自付.
pub(super) fn own_part_of_price(gap: &str, figure_between: bool) -> bool {
    figure_between && OWN_PART_AT_END.is_match(gap)
}

/// The amount between `lead` and `after` (the rest of the text) is a total the next clause
/// says the borrower paid part of out of pocket (`服务费用合计36,000元，乙方已自付6,000元`):
/// the price, not the fee's total.
pub(in super::super) fn price_before_own_part(lead: &str, after: &str) -> bool {
    TOTAL_AT_END.is_match(tail_chars(lead, 12))
        && FEE_NAME.is_match(tail_chars(lead, 16))
        && OWN_PART_AFTER.is_match(after)
}

/// A taking right before the fee's name (扣除, 扣减, 减去).
static TAKING_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:扣除|扣减|减去|扣掉|扣收|抵扣)\s*(?:各项|全部|上述)?\s*$")
        .expect("static regex")
});

/// What may stand between the fee's name and the amount left after it is taken: 后的, 之后剩余,
/// 后实际发放, 后余款为.
static LEFT_AFTER_GAP: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:等费用|等|费用)?\s*(?:后|之后)\s*(?:的|所)?\s*(?:剩余|余下|余|净|实际)?\s*的?\s*(?:金额|款项|资金|借款|贷款|余款|部分|发放|放款|到账|支付)?\s*(?:金额)?\s*(?:为|共|计|是|:|：)?\s*$")
        .expect("static regex")
});

/// The amount after `gap` is what is left of the loan once the fee named between
/// `before_name` and `gap` is taken (扣除服务费后的22,800.00元): the payout, not the fee.
pub(super) fn left_after_taking(before_name: &str, gap: &str) -> bool {
    TAKING_AT_END.is_match(before_name) && LEFT_AFTER_GAP.is_match(gap)
}

/// The loan said to pay a price named as a fee (由甲方出借给乙方用于支付该服务费, 直接冲抵乙方应付的
/// 服务费, 借款用于缴纳培训费).
static LOAN_PAYS_A_FEE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:用于|用以|专门用于|专项用于)(?:支付|缴纳|缴付|偿付|结清)[^,，。;；]{0,12}?费|(?:冲抵|抵付|抵缴)[^,，。;；]{0,12}?费")
        .expect("static regex")
});

impl Extractor<'_> {
    /// A fee at least as large as the loan, which the text says the loan pays: the price of
    /// what the loan buys (an agency's own service, a course), paid with the loan's money, not
    /// a charge for the credit. It is dropped from the fees, and the report says so.
    pub(in super::super) fn price_the_loan_pays(&mut self) {
        let Some(principal) = self.terms.principal.as_ref().map(|p| p.amount) else {
            return;
        };
        let Some(said) = LOAN_PAYS_A_FEE.find(self.text) else {
            return;
        };
        let said = said.as_str().to_string();
        let mut notes = Vec::new();
        self.terms.fees.retain(|f| {
            let price = f.timing != FeeTiming::OnDefault
                && f.amount
                    .is_some_and(|a| a >= principal && principal > Decimal::ZERO);
            if price {
                notes.push(format!(
                    "{} {} is the price the loan pays for («{said}»), not a charge of the loan",
                    f.name,
                    f.amount.unwrap_or_default()
                ));
            }
            !price
        });
        self.terms.assumptions.extend(notes);
    }
}
