//! Classes of failure behind batch U's Chinese misses (`zh-z*`), each on texts of our own
//! wording and a rephrasing that must read the same (metamorphic pairs): a balloon schedule
//! given as numbered phases one to a line (第1至23期每月…元 / 第24期…元), which is the cash
//! flow and never one payment at the end; a traditional rate after the word 利率 in 大写
//! (月利率贰分伍厘, 年利率壹分捌厘), which a private lender may not exceed; interest paid each
//! month for the month before (每月十日前支付上个月利息) or on a monthly day stated inside the
//! interest clause, with the principal at the end: interest-only.
//! Expected figures come from `scripts/unseen_zu_zh_expected.py` (Python `fractions`):
//!
//! ```text
//! balloon: level 2906.86 last 29906.86 total 96764.64 nominal APR 5.6001%
//! big-figure rates: 2.5%/month = 30%/year; 18%/year
//! ```

use loanlint::model::{Per, RepaymentMethod};
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, interest, method, near};
use crate::extract_zh_unseen_h::count;

/// Each text (a wording and its rephrasing) reads as repayment method `want`.
fn each_reads_as(texts: &[&str], want: RepaymentMethod) {
    for text in texts {
        let t = analysed(text).report.terms;
        assert_eq!(method(&t), Some(want), "{text}");
    }
}

#[test]
fn a_balloon_schedule_in_numbered_phases_is_the_cash_flow() {
    for text in [
        "融信汽车金融有限公司\n汽车消费贷款合同（弹性尾款）\n借款人：费晓岚\n贷款本金：90,000.00元\n贷款期限：24个月\n年利率：5.6%\n签订日期：2026年3月10日\n还款计划：\n第1至23期每月：2,906.86元\n第24期：29,906.86元（含尾款27,000.00元）\n",
        "汽车贷款合同（融信汽车金融有限公司）\n借款人费晓岚，贷款本金人民币90,000.00元，期限24个月，年利率5.6%，签订日期2026年3月10日。\n第1期至第23期 每期应还 2,906.86元\n第24期 应还 29,906.86元，其中尾款27,000.00元\n",
    ] {
        let a = analysed(text);
        assert_eq!(count(&a.report.terms), Some(24), "{text}");
        // 5.6001% from the rounded flows (script), not the single payment at the end.
        assert!(near(apr(&a), dec!(5.6001)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_big_figure_traditional_rate_after_the_word_rate_is_read_and_checked() {
    for (text, want) in [
        (
            "借条\n今借到表姐郝春梅人民币捌万元整（80,000.00元），二〇二六年七月二十日收讫。\n借期壹年，利息按月利率贰分伍厘计算。\n借款人：郝秋生\n二〇二六年七月二十日\n",
            (dec!(2.5), Per::Month),
        ),
        (
            "借款协议\n出借人郝春梅（自然人）借给郝秋生人民币80,000元，于2026年7月20日交付，借期一年，约定年利率壹分捌厘。\n借款人：郝秋生\n2026年7月20日\n",
            (dec!(18), Per::Year),
        ),
    ] {
        let got = interest(&analysed(text).report.terms);
        assert!(
            got.iter().any(|(v, p)| *v == want.0 && *p == want.1),
            "{got:?} {text}"
        );
        // 30% and 18% a year are both above 4 x LPR (3.00%) = 12% (the private-lending rule,
        // or the any-lender one when the lender type is not told).
        let a = analysed(text);
        assert!(
            a.report
                .findings
                .iter()
                .any(|f| f.rule_id.ends_with("-interest-above-4x-lpr")),
            "{text}"
        );
    }
}

#[test]
fn interest_for_the_month_before_with_the_principal_at_the_end_is_interest_only() {
    each_reads_as(
        &[
            "借款合同\n出借人：欧阳建　借款人：裘美玲\n借款金额人民币拾贰万元整，借款期限壹年，自2026年5月1日至2027年5月1日。\n利息按月息捌厘计算，借款人每月十日前支付上个月的利息；本金于到期日一次归还。\n",
            "借款合同\n出借人欧阳建，借款人裘美玲，借款120,000元，借期12个月（2026年5月1日至2027年5月1日）。\n月息捌厘，每月5号支付上一期利息，借款本金到期一次性偿还。\n",
        ],
        RepaymentMethod::InterestOnly,
    );
}

#[test]
fn a_monthly_payment_day_in_the_interest_clause_and_the_principal_by_a_date_is_interest_only() {
    each_reads_as(
        &[
            "借条\n今借到同事温立新人民币叁万元整（30,000.00元），于二〇二六年六月一日收到。\n借期捌个月，至二〇二七年二月一日归还本金。\n利息按月息壹分计算，每月叁佰元，于每月一日支付。\n借款人：段可欣\n",
            "借条\n段可欣向温立新借款30,000元，2026年6月1日到账，期限8个月。利息月息1分，每月300元，在每个月1号付清；至2027年2月1日前偿还借款本金。\n",
        ],
        RepaymentMethod::InterestOnly,
    );
}

#[test]
fn the_principal_by_a_date_alone_is_not_interest_only() {
    // No interest paid along the way: the principal at the end is not interest-only.
    let text = "借条\n今借到温立新人民币叁万元整，于二〇二六年六月一日收到，至二〇二七年二月一日归还本金，不计利息。\n借款人：段可欣\n";
    let t = analysed(text).report.terms;
    assert_ne!(method(&t), Some(RepaymentMethod::InterestOnly));
}

#[test]
fn equal_principal_stated_in_words_or_as_a_decreasing_payment_is_equal_principal() {
    each_reads_as(
        &[
            "个人消费贷款合同\n贷款人：恒泰银行股份有限公司　借款人：裴晓明\n贷款金额：36,000.00元，贷款期限：12个月，年利率：3.6%\n还款方式：每期偿还固定金额的本金，利息按未还本金计收。\n签订日期：2026年9月1日\n",
            "个人消费贷款合同\n贷款人：恒泰银行股份有限公司　借款人：裴晓明\n贷款金额：36,000.00元，贷款期限：12个月，年利率：3.6%\n还款：首期还款3,108.00元，之后每期递减9.00元。\n签订日期：2026年9月1日\n",
        ],
        RepaymentMethod::EqualPrincipal,
    );
}

#[test]
fn equal_instalments_of_principal_and_interest_stay_equal_instalments() {
    // 相同金额 of 本金和利息 together is a level payment, not equal principal.
    let text = "个人消费贷款合同\n贷款金额：36,000.00元，贷款期限：12个月，年利率：3.6%\n还款方式：每月以相同金额偿还本金和利息。\n";
    let t = analysed(text).report.terms;
    assert_eq!(method(&t), Some(RepaymentMethod::EqualInstallment));
}

#[test]
fn a_drawdown_record_gives_the_days_used_as_the_term() {
    // 8,000 for 30 days at 0.05% a day: interest 8000 × 0.0005 × 30 = 120.00, one payment;
    // the nominal APR is 0.05% × 365 = 18.25% (hand arithmetic).
    for text in [
        "提款记录详情\n借款金额　　　　¥8,000.00\n提款日　　　　　2026年11月3日\n还款日　　　　　2026年12月3日\n实际用款天数　　30天\n日利率　　　　　0.05%\n利息　　　　　　¥120.00\n本息合计　　　　¥8,120.00\n",
        "用款明细\n本笔借款：8,000.00元；日利率：0.05%；使用天数：30天；放款日期：2026年11月3日；应还利息：120.00元；应还本息：8,120.00元。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(30), "{text}");
        assert!(near(apr(&a), dec!(18.25)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn numbered_phases_of_principal_alone_are_not_the_payments() {
    // 1-11 × 1,500 of principal then 1,500.04: parts of equal-principal payments, whose
    // interest comes on top; the schedule is not 12 payments of 1,500.
    let text = "个人贷款合同\n贷款金额：18,000.04元，贷款期限：12个月，年利率：4.8%，按月等额本金还款，共12期。\n第1期至第11期每期归还本金1,500.00元，第12期归还剩余本金1,500.04元；每期利息按期初本金余额计算。\n";
    let t = analysed(text).report.terms;
    assert!(t.stated_schedule.is_empty(), "{:?}", t.stated_schedule);
    assert_eq!(method(&t), Some(RepaymentMethod::EqualPrincipal));
}
