//! A price stated beside a fee word with the part the borrower paid out of pocket (服务费用合计
//! 36,000元，乙方已自付6,000元，余款申请分期支付): the price of what the loan pays for and a
//! down payment, neither of them a charge of the loan.

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
