#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Chinese classes of held-out batch AJ (fixer fixaj-zh), on texts of our own wording.

use rust_decimal_macros::dec;

use crate::extract_zh_terms::ex;
use crate::extract_zh_unseen_f::analysed;

/// Interest kept back by the lender when the money is handed over (交付借款时当场扣下利息,
/// 出借当天先扣…利息, 实际转给/实际汇给 X): received is X, the interest is deducted, the
/// Art. 26 finding fires, and the lawful claim does not add the kept interest on top.
#[test]
fn interest_kept_back_at_handover_reduces_received() {
    let texts = [
        (
            "借条\n本人向张某借款人民币30,000元，借期一年，年利率8%。一年利息2,400元，张某交付借款时当场扣下，实际汇给本人27,600元。到期归还本金30,000元。",
            dec!(27600),
        ),
        (
            "今向李某借款20,000元，期限三个月，月息1分。三个月利息600元由李某出借时当场留下，本人实际到手19,400元，到期还本金20,000元。",
            dec!(19400),
        ),
    ];
    for (text, received) in texts {
        let t = ex(text);
        assert_eq!(
            t.disbursed.as_ref().map(|d| d.amount),
            Some(received),
            "{text}"
        );
        assert!(t.interest_deducted.is_some(), "{text}");
        let r = analysed(text).report;
        assert!(
            r.findings
                .iter()
                .any(|f| f.rule_id == "cn-pl-upfront-deduction"
                    || f.rule_id == "cn-any-upfront-deduction"),
            "{text}"
        );
        let claim = r.lawful_claim.as_ref().expect("a claim");
        assert_eq!(claim.lawful_principal, received, "{text}");
        // The lawful total is the received sum plus capped interest on it: never the stated
        // principal plus the kept interest.
        let principal = t.principal.as_ref().unwrap().amount;
        assert!(
            claim.whole_loan.lawful_total < principal,
            "{text}: {}",
            claim.whole_loan.lawful_total
        );
    }
}

/// The count said as how many times the borrower pays (一共还十二次, 总共要还10次, 共需归还6次).
#[test]
fn the_count_of_payments_said_as_times() {
    let texts = [
        (
            "借款人向出借人借款36,000元，年利率6%，每月15日还款3,098.40元，总共要还十二次。",
            12,
        ),
        (
            "借款金额10,000元，月利率1%，按月付款1,725.48元，一共需归还6次。",
            6,
        ),
    ];
    for (text, n) in texts {
        let t = ex(text);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(n), "{text}");
    }
}

/// Payments on "the same day each month" (每月同一天还您, 每个月同一号还给你) are monthly, and with
/// the count they give the term.
#[test]
fn the_same_day_each_month_is_monthly() {
    for text in [
        "张三借给李四24,000元，年利率8%，从2026年5月9日起每月同一天还您2,087.71元，一共还十二次。",
        "今借到王五人民币6,000元，月息1%，每个月同一号还给你1,035.29元，共还6次，到期还清。",
    ] {
        let t = ex(text);
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(loanlint::model::Frequency::Monthly),
            "{text}"
        );
    }
}
