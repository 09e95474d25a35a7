//! Classes of failure behind batch X's Chinese misses (`zh-b*`), each on texts of our own
//! wording and a rephrasing that must read the same: a stated executed rate (执行年利率3.8%)
//! wins over the LPR and spread that explain it, and an LPR of a tenor the bundled table does
//! not hold (五年期以上) is never priced with the 1-year one.
//! Expected figures by hand: 3.50% + 55bp = 4.05%.

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
