//! Classes of failure behind batch X's Chinese misses (`zh-b*`), each on texts of our own
//! wording and a rephrasing that must read the same: a stated executed rate (执行年利率3.8%)
//! wins over the LPR and spread that explain it, and an LPR of a tenor the bundled table does
//! not hold (五年期以上) is never priced with the 1-year one; a loan between individuals that
//! states no interest in any form costs nothing (Civil Code Art. 680: none agreed, none owed).
//! Expected figures by hand: 3.50% + 55bp = 4.05%; an interest-free one-payment loan: 0%.

use loanlint::model::Per;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, interest, near};

#[test]
fn a_stated_executed_rate_wins_over_the_lpr_that_explains_it() {
    for (text, want) in [
        (
            "个人住房贷款合同（摘要）\n贷款人：西城农村商业银行股份有限公司\n借款金额：人民币300,000.00元。\n借款期限：240个月，自2026年5月20日起至2046年5月20日止。\n贷款利率：执行年利率为4.05%，即签约前一工作日公布的五年期以上LPR 3.50%加55个基点。\n还款方式：按月等额本金，每月20日还款。\n签订日期：2026年5月20日\n",
            dec!(4.05),
        ),
        (
            "住房按揭借款合同\n贷款人：北湖银行股份有限公司\n第一条 借款金额人民币500,000元，期限360个月，自2026年9月1日起。\n第二条 利率：本合同执行的年利率3.9%，系以5年期以上贷款市场报价利率（LPR）3.50%为基础加40个基点确定。\n第三条 按月等额本息还款。\n签订日期：2026年9月1日\n",
            dec!(3.9),
        ),
    ] {
        let a = analysed(text);
        assert_eq!(interest(&a.report.terms), vec![(want, Per::Year)], "{text}");
        assert!(near(apr(&a), want), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_five_year_lpr_without_its_value_is_not_priced_with_the_one_year_lpr() {
    for text in [
        "个人住房贷款合同（摘要）\n贷款人：西城农村商业银行股份有限公司\n借款金额：人民币300,000.00元。\n借款期限：240个月，自2026年5月20日起至2046年5月20日止。\n贷款利率：五年期以上贷款市场报价利率加55个基点，每年1月1日调整。\n还款方式：按月等额本金，每月20日还款。\n签订日期：2026年5月20日\n",
        "住房按揭借款合同\n贷款人：北湖银行股份有限公司\n借款金额人民币500,000元，期限360个月，自2026年9月1日起，按月等额本息还款。\n利率按5年期以上LPR+40bp执行，每年重定价一次。\n签订日期：2026年9月1日\n",
    ] {
        let a = analysed(text);
        assert!(interest(&a.report.terms).is_empty(), "{text}");
        assert!(
            a.report
                .terms
                .assumptions
                .iter()
                .any(|s| s.contains("5-year-plus LPR")),
            "{:?}",
            a.report.terms.assumptions
        );
    }
}

#[test]
fn a_loan_between_individuals_with_nothing_charged_costs_nothing() {
    for text in [
        "借条\n今借到邻居卢海燕人民币叁万元整（¥30,000.00），借款人于2026年3月1日收讫。\n借款期限一年，至2027年3月1日一次还清。\n借款人：汤建明\n2026年3月1日\n",
        "借款凭证\n出借人卢海燕（身份证号 1101************22）于2026年3月1日借给汤建明30,000元，汤建明应在2027年3月1日前全部归还。\n借款人：汤建明\n日期：2026年3月1日\n",
    ] {
        let a = analysed(text);
        assert!(near(apr(&a), dec!(0)), "{:?} {text}", apr(&a));
    }
    // A firm's loan that names no rate is a gap, not a free loan.
    let firm = "借款合同\n出借人：恒远小额贷款有限公司\n借款人：汤建明\n借款金额30,000元，借款期限一年，到期一次还清。\n签订日期：2026年3月1日\n";
    assert_eq!(apr(&analysed(firm)), None);
}

/// A sale-and-leaseback's figures in a flattened row of labels over a row of values (转让价款 |
/// 租期 | 月租金 | …), the fees kept back when the price is paid: the price is the principal,
/// what is paid out the amount received (never reduced again), the monthly rent over the term
/// level instalments. By hand (Python `fractions`, bisection): 46,000 received against 12 × 4,400
/// -> 2.18756% a month -> 26.2507% a year.
#[test]
fn a_leaseback_row_of_figures_reads_price_payout_and_monthly_rents() {
    for text in [
        "汽车售后回租协议\n出租人：安和融资租赁有限公司\n承租人：邝立群\n车辆转让价款　租期　每月租金　起租日\n48,000.00元　12个月　4,400.00元　2026年3月10日\n出租人付款时扣除GPS费800.00元、服务费1,200.00元，实际向承租人支付46,000.00元。\n签订日期：2026年3月10日\n",
        "售后回租合同\n出租人：安和融资租赁有限公司　承租人：邝立群\n\n转让价款        租赁期限        月租金\n48,000.00元        12个月        4,400.00元\n\n付款方式：出租人支付转让价款时直接扣除GPS费800.00元及服务费1,200.00元，余款46,000.00元付至承租人账户。\n签订日期：2026年3月10日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(48000)),
            "{text}"
        );
        assert_eq!(
            t.disbursed.as_ref().map(|p| p.amount),
            Some(dec!(46000)),
            "{text}"
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12), "{text}");
        assert!(near(apr(&a), dec!(26.2507)), "{:?} {text}", apr(&a));
    }
}

/// Two fees of one generic word in one sentence each keep the name their own amount follows
/// (a name joined by 及 stays whole), and the deduction finding says fees, not interest, were
/// taken from the principal.
#[test]
fn two_fees_of_one_generic_word_keep_their_own_names_and_the_finding_says_fees() {
    for (text, gps) in [
        (
            "借款合同\n出借人：恒信小额贷款有限公司\n借款人：盛一鸣\n借款金额：30,000.00元，借款期限12个月，年利率12%，按月等额本息还款。\n放款时直接扣除GPS安装及服务费900.00元、账户管理服务费600.00元，实际到账28,500.00元。\n签订日期：2026年4月1日\n",
            "GPS安装及服务费",
        ),
        (
            "借款合同\n出借人：恒信小额贷款有限公司\n借款人：盛一鸣\n借款金额30,000.00元，期限12个月，年利率12%，等额本息。\n出借人在发放借款时先行扣除账户管理服务费600.00元和车辆定位服务费900.00元，实际到账28,500.00元。\n签订日期：2026年4月1日\n",
            "车辆定位服务费",
        ),
    ] {
        let a = analysed(text);
        let names: Vec<(&str, Option<rust_decimal::Decimal>)> = a
            .report
            .terms
            .fees
            .iter()
            .map(|f| (f.name.as_str(), f.amount))
            .collect();
        assert!(names.contains(&(gps, Some(dec!(900)))), "{names:?} {text}");
        assert!(
            names.contains(&("账户管理服务费", Some(dec!(600)))),
            "{names:?} {text}"
        );
        let said = serde_json::to_string(&a.report.findings).unwrap_or_default();
        assert!(
            said.contains("扣除的是费用") || said.contains("fees deducted"),
            "{said}"
        );
    }
}

/// A credit card's periodic statement with no title naming it (closing date, new balance,
/// minimum payment due) is a disclosure about the account, not the loan agreement (lead's
/// ruling, session 24); en-w05's class, in words of our own and a rephrasing.
#[test]
fn a_card_periodic_statement_without_a_title_is_a_disclosure() {
    crate::document_kind_unseen::assert_cases(&[(
        loanlint::DocumentKind::LoanDisclosure,
        "Harborline Platinum Mastercard\nStatement closing date 11/05/2026 | Payment due date 12/02/2026 | Account ending 2284\n10/14 | CASH ADVANCE BRANCH 0412 | $600.00\n10/14 | CASH ADVANCE FEE (4%, min $10) | $24.00\n11/05 | INTEREST CHARGED ON CASH ADVANCES | $10.92\nCash advances APR 28.24% (v)\nNew balance $634.92 | Minimum payment due $40.00\n",
        "Your Harborline account summary\nNew Balance: $634.92\nMinimum Payment Due: $40.00 by December 2, 2026\nTransactions: cash advance $600.00 on October 14; cash advance fee $24.00; interest charged $10.92 at 28.24% APR (variable).\nLate payment warning: if we do not receive your minimum payment by the due date, you may pay a late fee of up to $41.\n",
    )]);
}
