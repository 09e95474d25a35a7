//! Two text columns printed side by side (a 要素表 with a 说明 column beside it, as a PDF or a
//! pasted page lays it out): each column is read whole, so an entry that wraps in the right
//! column is not cut by the left column's next label. Each layout must read as the same
//! contract written in one column (metamorphic).
//!
//! Expected values by hand: 先息后本 50,000 at 12% a year is 500 interest a month, plus a
//! service fee of 0.5% of the principal a month = 250; each month 750, the sixth 50,750.
//! Interest-only flows at a level coupon: the periodic IRR is 750 / 50,000 = 1.5%, and the
//! cn-irr cost 1.5% x 12 = 18.00%.

use loanlint::{FeeTiming, RepaymentMethod};
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, method, near};

/// The same contract written in one column.
const ONE_COLUMN: &str = "信和小额贷款有限公司 借款确认单\n借款人:周晓燕\n借款本金:50,000.00元\n借款期限:6个月\n年利率:12%\n放款日期:2025年3月10日\n首次付息日:2025年4月10日\n【还款说明】\n还款方式:按月付息,到期一次还本。\n每月利息:500.00元\n平台服务费:每月按借款本金的0.5%收取,即每月250.00元。\n到期应还:50,750.00元\n";

/// Two columns, the gap made of ASCII blanks of varying width.
const TWO_COLUMNS_ASCII: &str = "信和小额贷款有限公司 借款确认单          【还款说明】\n借款人:周晓燕                            还款方式:按月付息,\n借款本金:50,000.00元                     到期一次还本。\n借款期限:6个月                           每月利息:500.00元\n年利率:12%                               平台服务费:每月按借款本金的\n放款日期:2025年3月10日                   0.5%收取,即每月250.00元。\n首次付息日:2025年4月10日                 到期应还:50,750.00元\n借款人签字:周晓燕\n";

/// The same two columns with ideographic spaces and full-width colons, as typed in a word
/// processor, and the right column's entries wrapped at other places.
const TWO_COLUMNS_IDEOGRAPHIC: &str = "信和小额贷款有限公司　借款确认单　　　　　【还款说明】\n借款人：周晓燕　　　　　　　　　　　　　　还款方式：按月付息，到期\n借款本金：50,000.00元　　　　　　　　　　一次还本。每月利息：500.00元\n借款期限：6个月　　　　　　　　　　　　　平台服务费：每月按借款\n年利率：12%　　　　　　　　　　　　　　　本金的0.5%收取，即每月\n放款日期：2025年3月10日　　　　　　　　　250.00元。\n首次付息日：2025年4月10日　　　　　　　　到期应还：50,750.00元\n借款人签字：周晓燕\n";

#[test]
fn two_columns_read_as_the_same_contract_in_one_column() {
    for text in [ONE_COLUMN, TWO_COLUMNS_ASCII, TWO_COLUMNS_IDEOGRAPHIC] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(50000)),
            "{text}"
        );
        assert_eq!(method(t), Some(RepaymentMethod::InterestOnly), "{text}");
        let fees: Vec<_> = t
            .fees
            .iter()
            .filter(|f| f.timing == FeeTiming::PerPeriod)
            .map(|f| f.amount)
            .collect();
        assert_eq!(fees, [Some(dec!(250))], "{:?} {text}", t.fees);
        assert!(near(apr(&a), dec!(18.00)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_quote_from_the_right_column_is_the_text_as_written() {
    let a = analysed(TWO_COLUMNS_ASCII);
    let fee = a
        .report
        .terms
        .fees
        .iter()
        .find(|f| f.timing == FeeTiming::PerPeriod)
        .expect("the service fee");
    // The quote is taken from the document as written, where it sits in the right column.
    assert!(
        TWO_COLUMNS_ASCII.contains(fee.evidence.text.as_str()),
        "{:?}",
        fee.evidence.text
    );
    assert!(
        fee.evidence.text.contains("250.00"),
        "{:?}",
        fee.evidence.text
    );
}
