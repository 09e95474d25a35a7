#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Chinese classes of session 27, round 2, on texts of our own wording, each in more than one
//! wording: a stated day basis (日利率=年利率/360) divides a yearly default rate into days; a
//! schedule whose interest and fee cells are merged over every row is read, and its principal
//! column gives the principal; 每周/每两周等额本息 alone is the payment frequency; an IOU dated
//! only on its last line is priced at the LPR of that date.
//! Expected values are read off the texts by hand; the arithmetic is in the comments.

use loanlint::compute::overdue::{OverdueSituation, compute};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::analysed;

/// The contract's charges after `days` on an overdue amount of 10,000.
fn overdue_charges(text: &str, days: u32) -> Decimal {
    let terms = analysed(text).report.terms;
    let s = OverdueSituation {
        overdue_amount: dec!(10000),
        remaining_principal: dec!(10000),
        total_outstanding: dec!(10000),
        principal: dec!(100000),
        days,
    };
    compute(&terms, &s, None).contract_charges.round_dp(2)
}

#[test]
fn a_stated_360_day_year_divides_a_yearly_penalty_rate() {
    // 10,000 × 10.8% / 360 × 36 = 108.00 (on 365 days it would be 106.52).
    let texts = [
        "借款合同\n借款金额：人民币100,000元。借款期限12个月，年利率7.2%，按月等额本息还款。\n日利率=年利率/360。\n借款人逾期还款的，对逾期金额按罚息年利率10.8%按日计收罚息。\n签订日期：2026年3月1日\n",
        "借款金额100,000元，借期一年，年利率为7.2%，每月等额本息还款。利息按日计算，一年按360天计算。逾期未还部分，出借人按年利率10.8%计收罚息，直至清偿之日。签订日期：2026年3月1日",
        "借款协议\n借款本金：100,000元\n期限：12个月，按月等额本息\n年利率：7.2%（日利率为年利率除以360）\n逾期罚息：逾期部分按年利率10.8%逐日计收。\n日期：2026年3月1日\n",
    ];
    for text in texts {
        assert_eq!(overdue_charges(text, 36), dec!(108.00), "{text}");
    }
}

#[test]
fn a_yearly_penalty_rate_with_no_basis_stated_counts_365_days() {
    // 10,000 × 10.8% / 365 × 36 = 106.52; a stated 365-day year gives the same.
    let texts = [
        "借款合同\n借款金额：人民币100,000元。借款期限12个月，年利率7.2%，按月等额本息还款。\n借款人逾期还款的，对逾期金额按罚息年利率10.8%按日计收罚息。\n签订日期：2026年3月1日\n",
        "借款合同\n借款金额：人民币100,000元。借款期限12个月，年利率7.2%，按月等额本息还款。日利率=年利率/365。\n借款人逾期还款的，对逾期金额按罚息年利率10.8%按日计收罚息。\n签订日期：2026年3月1日\n",
    ];
    for text in texts {
        assert_eq!(overdue_charges(text, 36), dec!(106.52), "{text}");
    }
}
